"""ADJACENT_INCOMPATIBLE and GREEN_IN_INCOMPATIBLE_ZONE: a case that must be found and a near-miss that
must not, per rule; and the demo's defects."""

import numpy as np
import pytest
import shapely

from masterplan_plugin.core import nomenclature
from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.land_use import (
    check_adjacent_incompatible,
    check_green_in_incompatible_zone,
    excludes_public_green,
    green_excluded_classes,
    merge_intervals,
)
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.demo import demo_snapshot
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan, zone

# Commune A (France) south of y = 1000, commune B (Luxembourg) north of it.
FR_LU = [commune("A", 0, 0, 2000, 1000, "FR", "Alpha"), commune("B", 0, 1000, 2000, 2000, "LU", "Beta")]


def run(check, plan, **tolerances):
    profile = profile_from_dict({"tolerances": tolerances})
    return check(plan, profile, CheckContext(plan, profile))


def adjacent(*zones, communes=FR_LU, **tolerances):
    return run(check_adjacent_incompatible, make_plan(communes=communes, zoning=list(zones)), **tolerances)


def industry(box, code="A"):
    return zone(box, code, code="U", hilucs="2_1")


def housing(box, code="B"):
    return zone(box, code, code="HAB-1", hilucs="5_1", standard="PAG")


# --- ADJACENT_INCOMPATIBLE ----------------------------------------------------------------------------


def test_industry_touching_housing_across_the_border_is_a_conflict_along_the_shared_edge():
    [finding] = adjacent(industry((0, 500, 1000, 1000)), housing((0, 1000, 1000, 1500)))
    assert finding.rule == "ADJACENT_INCOMPATIBLE" and finding.severity is Severity.WARNING
    assert finding.feature_ids == (1, 2) and finding.communes == ("A", "B")
    assert finding.measure == pytest.approx(1000)
    assert finding.geometry.equals(shapely.LineString([(0, 1000), (1000, 1000)]))
    assert finding.params["class_a"] == "U [HILUCS 2_1]" and finding.params["class_b"] == "HAB-1 [HILUCS 5_1]"
    assert finding.params["verdict"] == "conflict"
    assert finding.message("en") == (
        "U [HILUCS 2.1] (Alpha (A)) meets HAB-1 [HILUCS 5.1] (Beta (B)) over 1.00\u00a0km: conflicting uses."
    )


def test_conflict_across_an_offset_national_border_is_found_and_drawn_on_both_sides():
    [finding] = adjacent(industry((0, 500, 1000, 1000)), housing((200, 1025, 1400, 1500)))
    assert finding.measure == pytest.approx(800)  # the stretch where they face each other
    lines = shapely.get_parts(finding.geometry)
    assert sorted(round(line.centroid.y) for line in lines) == [1000, 1025]


def test_partly_offset_border_counts_the_whole_facing_stretch():
    housing_zone = shapely.Polygon(
        [(0, 1000), (400, 1000), (500, 1040), (1000, 1040), (1000, 1500), (0, 1500)]
    )
    [finding] = adjacent(industry((0, 500, 1000, 1000)), housing(housing_zone.wkt))
    assert finding.measure == pytest.approx(1000, rel=0.02)


def test_zones_further_apart_than_the_tolerance_are_not_neighbours():
    assert adjacent(industry((0, 500, 1000, 1000)), housing((0, 1061, 1000, 1500))) == []
    assert len(adjacent(industry((0, 500, 1000, 1000)), housing((0, 1059, 1000, 1500)))) == 1


def test_diagonal_neighbours_meeting_at_a_corner_do_not_share_a_stretch():
    assert adjacent(industry((0, 500, 1000, 1000)), housing((1000, 1000, 2000, 1500))) == []
    assert adjacent(industry((0, 500, 1000, 1000)), housing((1010, 1020, 2000, 1500))) == []


def test_stretch_shorter_than_the_minimum_length_is_not_reported():
    assert adjacent(industry((0, 500, 1000, 1000)), housing((992, 1000, 2000, 1500))) == []
    [finding] = adjacent(industry((0, 500, 1000, 1000)), housing((985, 1000, 2000, 1500)))
    assert finding.measure == pytest.approx(15)


def test_incompatible_zones_of_the_same_commune_are_the_communes_own_choice():
    assert adjacent(industry((0, 500, 1000, 1000)), housing((0, 0, 1000, 500), "A")) == []


def test_buffer_pairs_are_not_conflicts():
    light_industry = zone((0, 500, 1000, 1000), "A", code="U", hilucs="2_3")
    assert nomenclature.compatibility("2_3", "5_1") is nomenclature.Compatibility.BUFFER
    assert adjacent(light_industry, housing((0, 1000, 1000, 1500))) == []


def test_transition_strip_between_the_two_uses_screens_the_conflict():
    strip = zone((0, 960, 1000, 1000), "A", code="N", hilucs="6_3_1")
    assert adjacent(industry((0, 500, 1000, 960)), strip, housing((0, 1000, 1000, 1500))) == []
    # Without the strip the same 40 m gap is a conflict.
    assert len(adjacent(industry((0, 500, 1000, 960)), housing((0, 1000, 1000, 1500)))) == 1


def test_industry_of_unknown_type_is_judged_as_its_most_demanding_kind():
    generic = zone((0, 500, 1000, 1000), "A", code="AE_IND", hilucs="2", standard="PDS")
    [finding] = adjacent(generic, housing((0, 1000, 1000, 1500)))
    assert finding.params["hilucs_a"] == "2"


def test_zones_without_a_known_class_are_skipped():
    unknown = zone((0, 500, 1000, 1000), "A", code="X", hilucs=None)
    assert adjacent(unknown, housing((0, 1000, 1000, 1500))) == []


def test_merge_intervals_unions_overlaps_within_each_group_only():
    group, t0, t1 = merge_intervals(
        np.array([1, 0, 1, 1]), np.array([0.5, 0.0, 0.0, 0.8]), np.array([0.7, 1.0, 0.6, 0.9])
    )
    assert group.tolist() == [0, 1, 1] and t0.tolist() == [0.0, 0.0, 0.8] and t1.tolist() == [1.0, 0.7, 0.9]


# --- GREEN_IN_INCOMPATIBLE_ZONE -----------------------------------------------------------------------


def green(box, name="Parc", kind="park", public=True, status="planned"):
    return shapely.box(*box).wkt, {"name": name, "kind": kind, "public_access": public, "status": status}


def greens(*spaces, hilucs="2_1", **tolerances):
    plan = make_plan(
        communes=[commune("A", 0, 0, 1000, 1000, name="Alpha")],
        zoning=[
            zone((0, 0, 500, 1000), "A", code="U", hilucs=hilucs),
            zone((500, 0, 1000, 1000), "A", code="U", hilucs="5_1"),
        ],
        green=list(spaces),
    )
    return run(check_green_in_incompatible_zone, plan, **tolerances)


def test_public_park_in_heavy_industry_is_reported_on_the_overlap():
    [finding] = greens(green((400, 100, 600, 300), name="Square"))
    assert finding.layer == "green_spaces" and finding.feature_ids == (1,) and finding.communes == ("A",)
    assert finding.geometry.equals(shapely.box(400, 100, 500, 300))
    assert finding.measure == pytest.approx(20_000)
    assert finding.params == {
        "name": "Square",
        "area": "20000.0",
        "zone": "#1",
        "zone_class": "U [HILUCS 2_1]",
    }
    assert finding.message("en") == (
        "Public green space Square is planned on 2.00\u00a0ha in a U [HILUCS 2.1] zone."
    )


@pytest.mark.parametrize("hilucs", ["2", "2_2", "1_3", "4_1_3", "4_3_3"])
def test_public_green_in_any_excluding_class_is_reported(hilucs):
    assert len(greens(green((100, 100, 200, 200)), hilucs=hilucs)) == 1


@pytest.mark.parametrize("hilucs", ["2_3", "4_1", "4_1_2", "5_1", "3_4_4"])
def test_public_green_in_compatible_zones_is_fine(hilucs):
    assert greens(green((100, 100, 200, 200)), hilucs=hilucs) == []


def test_private_forest_and_tiny_overlaps_are_not_reported():
    assert greens(green((100, 100, 200, 200), public=False)) == []
    assert greens(green((100, 100, 200, 200), kind="forest")) == []
    assert greens(green((495, 100, 600, 118))) == []  # 90 m² in the industrial zone
    assert len(greens(green((495, 100, 600, 118)), green_in_zone_min_area_m2=50)) == 1


def test_public_access_read_from_text_and_unnamed_green_is_named_by_its_id():
    [finding] = greens(green((100, 100, 200, 200), name=None, public="true", status=None, kind="Corridor"))
    assert finding.params["name"] == "#1"


def test_excluded_classes_data_file_names_real_hilucs_classes_with_reasons():
    classes = green_excluded_classes()
    assert {"1_3", "2_1", "2_2", "4_1_3", "4_3_3"} <= set(classes)
    assert all(reason.strip() for reason in classes.values())
    assert excludes_public_green("2") and excludes_public_green("2_1")
    assert not excludes_public_green("5_1") and not excludes_public_green("4_1")


# --- the demo -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_findings():
    plan = demo_snapshot()
    profile = default_profile()
    context = CheckContext(plan, profile)
    return check_adjacent_incompatible(plan, profile, context) + check_green_in_incompatible_zone(
        plan, profile, context
    )


def test_demo_audun_industry_facing_esch_housing_is_the_only_conflict(demo_findings):
    [finding] = [f for f in demo_findings if f.rule == "ADJACENT_INCOMPATIBLE"]
    assert finding.communes == ("57038", "LU-ESCH")
    assert {finding.params["commune_a"], finding.params["commune_b"]} == {
        "Audun-le-Tiche (57038)",
        "Esch-sur-Alzette (LU-ESCH)",
    }
    assert {finding.params["hilucs_a"], finding.params["hilucs_b"]} == {"2", "5_1"}
    assert finding.measure == pytest.approx(1000, rel=1e-3)


def test_demo_public_park_in_audun_industry_is_found(demo_findings):
    [finding] = [f for f in demo_findings if f.rule == "GREEN_IN_INCOMPATIBLE_ZONE"]
    assert finding.params["name"] == "Square des Hauts-Fourneaux"
    assert finding.communes == ("57038",)
    assert finding.measure == pytest.approx(200 * 200, rel=1e-4)


def test_zoning_without_any_harmonised_class_raises_no_error():
    from masterplan_plugin.core.checks.context import CheckContext
    from masterplan_plugin.core.checks.land_use import check_green_in_incompatible_zone
    from masterplan_plugin.core.checks.profile import default_profile
    from test.unit.factories import commune, make_plan, zone

    plan = make_plan(
        communes=[commune("A", 0, 0, 100, 100)],
        zoning=[zone((0, 0, 100, 100), "A", hilucs=None)],
        green=[("POLYGON((0 0,50 0,50 50,0 50,0 0))", {"kind": "park", "public_access": True})],
    )
    profile = default_profile()
    assert check_green_in_incompatible_zone(plan, profile, CheckContext(plan, profile)) == []
