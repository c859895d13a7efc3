"""GREEN_CORRIDOR_BREAK: found cases, near-misses, the demo."""

import numpy as np
import pytest
import shapely

from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.green import check_green
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.demo import FRAME_ORIGIN, demo_snapshot
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan

# Commune A (France) south of y = 1000, commune B (Belgium) north of it; the plan is 2 km x 2 km.
FR_BE = [commune("A", 0, 0, 2000, 1000, "FR", "Alpha"), commune("B", 0, 1000, 2000, 2000, "BE", "Beta")]
# The corridor heads north from the middle of A and stops at the border.
CORRIDOR = (960, 300, 1040, 1000)


def green(bounds, kind="corridor", name="Coulée verte"):
    return shapely.box(*bounds).wkt, {"name": name, "kind": kind, "public_access": True, "status": "existing"}


def run(*spaces, communes=FR_BE, **tolerances):
    plan = make_plan(communes=communes, green=list(spaces))
    profile = profile_from_dict({"tolerances": tolerances})
    return check_green(plan, profile, CheckContext(plan, profile))


def test_corridor_stopping_at_the_border_with_nothing_across_is_a_break():
    [found] = run(green(CORRIDOR))
    assert found.rule == "GREEN_CORRIDOR_BREAK" and found.severity == Severity.WARNING
    assert found.feature_ids == (1,)
    assert found.communes == ("A", "B")
    assert found.params == {"name": "Coulée verte", "communes": "Alpha (A) | Beta (B)"}
    # Located on the corridor's outline along the border, not at its centroid.
    assert found.geometry.geom_type in ("LineString", "MultiLineString")
    assert shapely.hausdorff_distance(found.geometry, shapely.LineString([(960, 1000), (1040, 1000)])) <= 20
    assert found.geometry.distance(shapely.Point(1000, 1000)) < 1e-6


def test_corridor_continued_by_any_green_space_across_is_no_break():
    assert run(green(CORRIDOR), green((900, 1000, 1200, 1300), kind="park", name="Parc")) == []


def test_continuation_across_a_national_gap_is_accepted():
    offset = [commune("A", 0, 0, 2000, 1000, "FR"), commune("B", 0, 1025, 2000, 2000, "BE")]
    assert run(green(CORRIDOR), green((960, 1025, 1040, 1500)), communes=offset) == []
    [found] = run(green(CORRIDOR), communes=offset)
    assert found.communes == ("A", "B")


def test_green_space_beyond_the_continuation_tolerance_does_not_continue():
    [found] = run(green(CORRIDOR), green((900, 1080, 1200, 1300), kind="forest"))
    assert found.feature_ids == (1,)


def test_green_space_of_the_same_commune_along_the_border_does_not_continue():
    [found] = run(green(CORRIDOR), green((0, 990, 2000, 999.5), kind="park"))
    assert found.feature_ids == (1,)


def test_corridor_crossing_the_border_as_one_polygon_is_continuous():
    assert run(green((960, 300, 1040, 1500))) == []


def test_corridor_stopping_short_of_the_border_beyond_tolerance_is_not_at_the_border():
    assert run(green((960, 300, 1040, 970))) == []
    assert len(run(green((960, 300, 1040, 985)))) == 1


def test_corridor_at_the_plan_edge_is_not_reported():
    assert run(green((960, 0, 1040, 700))) == []


def test_corridor_at_a_border_near_the_plan_edge_is_not_reported():
    side_by_side = [commune("A", 0, 0, 1000, 2000, "FR"), commune("B", 1000, 0, 2000, 2000, "BE")]
    # A 15 m wide corridor along the plan's south edge up to the border at x = 1000: its front lies within
    # the border tolerance of the plan edge, where the other side may lie outside the plan.
    assert run(green((300, 0, 1000, 15)), communes=side_by_side) == []
    # Wider, it reaches the border beyond the edge's tolerance: a break.
    assert len(run(green((300, 0, 1000, 200)), communes=side_by_side)) == 1


def test_other_kinds_of_green_space_are_not_corridors():
    assert run(green(CORRIDOR, kind="park")) == []


def test_corridor_running_along_the_border_is_not_reported():
    assert run(green((200, 950, 1800, 1000))) == []


def test_corridor_on_the_belgian_side_is_checked_from_its_own_commune():
    [found] = run(green((960, 1000, 1040, 1700)))
    assert found.communes == ("B", "A")
    assert found.params["communes"] == "Beta (B) | Alpha (A)"


@pytest.fixture(scope="module")
def demo_findings():
    plan = demo_snapshot()
    profile = default_profile()
    return plan, check_green(plan, profile, CheckContext(plan, profile))


def test_demo_russange_corridor_stopping_at_the_belgian_border_is_found(demo_findings):
    plan, findings = demo_findings
    [found] = findings  # the Chiers corridor, continued from France into Luxembourg, is not reported
    layer = plan.layer("green_spaces")
    assert layer.column("name")[list(layer.ids).index(found.feature_ids[0])] == "Corridor du Crassier"
    assert found.communes == ("57603", "BE-AUBANGE")
    local = shapely.transform(found.geometry, lambda xy: xy - np.array(FRAME_ORIGIN))
    assert local.distance(shapely.Point(7040, 3000)) < 1
    assert local.length < 200
