"""AXIS_DISCONTINUITY, AXIS_HIERARCHY_BREAK and AXIS_DANGLE: found cases, near-misses, the demo."""

import numpy as np
import pytest
import shapely

from masterplan_plugin.core.checks.axes import check_axes
from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.demo import FRAME_ORIGIN, demo_snapshot
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan

# Commune A (France) south of y = 1000, commune B (Luxembourg) north of it; the plan is 2 km x 2 km.
FR_LU = [commune("A", 0, 0, 2000, 1000, "FR", "Alpha"), commune("B", 0, 1000, 2000, 2000, "LU", "Beta")]
# A west of x = 1000, B east of it: a border meeting the plan's south edge at (1000, 0).
SIDE_BY_SIDE = [
    commune("A", 0, 0, 1000, 2000, "FR", "Alpha"),
    commune("B", 1000, 0, 2000, 2000, "LU", "Beta"),
]


def axis(coords, hierarchy="main_street", mode="road", name="Rue"):
    single = isinstance(coords[0], tuple)
    wkt = shapely.LineString(coords).wkt if single else shapely.MultiLineString(coords).wkt
    return wkt, {"name": name, "hierarchy": hierarchy, "mode": mode, "status": "existing"}


def run(*axes, communes=FR_LU, **tolerances):
    plan = make_plan(communes=communes, axes=list(axes))
    profile = profile_from_dict({"tolerances": tolerances})
    return check_axes(plan, profile, CheckContext(plan, profile))


def rules(findings, rule):
    return [f for f in findings if f.rule == rule]


def coords(geometry):
    return [tuple(round(v, 1) for v in xy) for xy in shapely.get_coordinates(geometry)]


# --- AXIS_DISCONTINUITY -----------------------------------------------------------------------------------


def test_axis_stopping_at_the_border_is_a_discontinuity_located_at_its_end():
    findings = run(axis([(1000, 0), (1000, 1000)], mode="tram", name="Tram 1"))
    [found] = findings
    assert found.rule == "AXIS_DISCONTINUITY"
    assert coords(found.geometry) == [(1000, 1000)]
    assert found.feature_ids == (1,)
    assert found.communes == ("A", "B")
    assert found.params == {"name": "Tram 1", "mode": "tram", "communes": "Alpha (A) | Beta (B)"}
    assert found.severity == Severity.WARNING


def test_axis_continued_on_the_other_side_is_not_a_discontinuity():
    assert run(axis([(1000, 0), (1000, 1000)]), axis([(1000, 1000), (1000, 2000)])) == []


def test_axis_crossing_the_border_as_one_line_is_continuous():
    assert run(axis([(1000, 0), (1000, 2000)])) == []


def test_continuation_offset_by_national_datasets_within_tolerance_is_accepted():
    assert run(axis([(1000, 0), (1000, 1000)]), axis([(1030, 1040), (1000, 2000)])) == []


def test_continuation_beyond_the_tolerance_leaves_a_discontinuity_and_a_dangle():
    findings = run(axis([(1000, 0), (1000, 1000)]), axis([(1000, 1080), (1000, 2000)]))
    assert sorted((f.rule, coords(f.geometry)[0]) for f in findings) == [
        ("AXIS_DANGLE", (1000, 1080)),
        ("AXIS_DISCONTINUITY", (1000, 1000)),
    ]


def test_end_short_of_the_border_within_tolerance_still_reaches_it():
    [found] = run(axis([(1000, 0), (1000, 985)]))
    assert found.rule == "AXIS_DISCONTINUITY"


def test_neighbour_drawn_25_m_away_still_makes_a_border():
    # Luxembourg's boundary 25 m north of the French one: the gap is not the plan's edge.
    offset = [commune("A", 0, 0, 2000, 1000, "FR"), commune("B", 0, 1025, 2000, 2000, "LU")]
    [found] = run(axis([(1000, 0), (1000, 1000)]), communes=offset)
    assert found.rule == "AXIS_DISCONTINUITY" and found.communes == ("A", "B")
    assert run(axis([(1000, 0), (1000, 1000)]), axis([(1000, 1025), (1000, 2000)]), communes=offset) == []


def test_ends_at_the_plan_edge_are_not_reported_even_near_a_tri_point():
    # (960, 0) lies on the plan's south edge, 40 m from commune B: the axis leaves the plan there.
    assert run(axis([(960, 0), (960, 500)]), axis([(0, 500), (2000, 500)]), communes=SIDE_BY_SIDE) == []


def test_an_axis_of_the_same_commune_along_the_border_is_no_continuation():
    findings = run(axis([(1000, 0), (1000, 1000)]), axis([(0, 995), (2000, 995)], name="Along"))
    [found] = rules(findings, "AXIS_DISCONTINUITY")
    assert found.feature_ids == (1,)


def test_tram_meeting_only_a_road_across_the_border_stops_there():
    findings = run(axis([(1000, 0), (1000, 1000)], mode="tram"), axis([(0, 1010), (2000, 1010)]))
    [found] = findings
    assert found.rule == "AXIS_DISCONTINUITY" and found.params["mode"] == "tram"


def test_street_ending_on_a_road_across_the_border_is_a_junction():
    assert run(axis([(1000, 0), (1000, 1000)], "local_street"), axis([(0, 1010), (2000, 1010)])) == []


# --- AXIS_HIERARCHY_BREAK ---------------------------------------------------------------------------------


def test_boulevard_continued_by_a_local_street_is_one_hierarchy_break():
    findings = run(
        axis([(1000, 0), (1000, 1000)], "urban_boulevard", name="Boulevard"),
        axis([(1000, 1000), (1000, 2000)], "local_street", name="Ruelle"),
    )
    [found] = findings
    assert found.rule == "AXIS_HIERARCHY_BREAK"
    assert found.feature_ids == (1, 2)
    assert coords(found.geometry) == [(1000, 1000)]
    assert found.communes == ("A", "B")
    assert found.params == {
        "name": "Boulevard",
        "hierarchy_a": "urban_boulevard",
        "mode_a": "road",
        "hierarchy_b": "local_street",
        "mode_b": "road",
        "communes": "Alpha (A) | Beta (B)",
    }


def test_break_is_named_after_the_higher_hierarchy_whichever_side_it_is_on():
    [found] = run(
        axis([(1000, 0), (1000, 1000)], "local_street", name="Ruelle"),
        axis([(1000, 1000), (1000, 2000)], "urban_boulevard", name="Boulevard"),
    )
    assert found.params["name"] == "Boulevard" and found.params["hierarchy_b"] == "local_street"
    assert found.params["communes"] == "Beta (B) | Alpha (A)"


def test_main_street_widening_into_a_boulevard_is_a_break_too():
    [found] = run(
        axis([(1000, 0), (1000, 1000)], "main_street"), axis([(1000, 1000), (1000, 2000)], "urban_boulevard")
    )
    assert found.rule == "AXIS_HIERARCHY_BREAK"


def test_change_of_mode_is_a_break():
    [found] = run(
        axis([(1000, 0), (1000, 1000)], mode="tram"), axis([(1000, 1000), (1000, 2000)], mode="road")
    )
    assert found.rule == "AXIS_HIERARCHY_BREAK"
    assert (found.params["mode_a"], found.params["mode_b"]) == ("tram", "road")


def test_same_hierarchy_and_mode_is_no_break():
    assert (
        run(
            axis([(1000, 0), (1000, 1000)], "urban_boulevard"),
            axis([(1000, 1000), (1000, 2000)], "urban_boulevard"),
        )
        == []
    )


def test_best_candidate_wins_when_one_continuation_matches():
    # Across a 20 m offset, a local street and the matching boulevard both end near the French end.
    assert (
        run(
            axis([(1000, 0), (1000, 1000)], "urban_boulevard"),
            axis([(1000, 1020), (1000, 2000)], "urban_boulevard"),
            axis([(1010, 1000), (2000, 1500)], "local_street"),
        )
        == []
    )


def test_side_street_branching_at_a_cross_border_junction_is_no_break():
    # The boulevard continues as a boulevard; the local street starting at the same border point is a
    # branch of that junction, not a continuation of the boulevard.
    assert (
        run(
            axis([(1000, 0), (1000, 1000)], "urban_boulevard"),
            axis([(1000, 1000), (1000, 2000)], "urban_boulevard"),
            axis([(1000, 1000), (0, 1800)], "local_street"),
        )
        == []
    )


def test_missing_hierarchy_is_not_claimed_as_a_break():
    assert (
        run(axis([(1000, 0), (1000, 1000)], "urban_boulevard"), axis([(1000, 1000), (1000, 2000)], None))
        == []
    )


def test_break_across_an_offset_is_located_by_the_segment_joining_the_ends():
    [found] = run(
        axis([(1000, 0), (1000, 1000)], "urban_boulevard"), axis([(1000, 1030), (1000, 2000)], "local_street")
    )
    assert found.rule == "AXIS_HIERARCHY_BREAK"
    assert found.geometry.geom_type == "LineString" and found.measure == pytest.approx(30)


# --- AXIS_DANGLE ------------------------------------------------------------------------------------------


def test_end_connected_to_nothing_inside_a_commune_is_a_dangle():
    findings = run(axis([(0, 500), (2000, 500)]), axis([(500, 500), (500, 300)], name="Impasse"))
    [found] = findings
    assert found.rule == "AXIS_DANGLE"
    assert coords(found.geometry) == [(500, 300)]
    assert found.feature_ids == (2,) and found.communes == ("A",)
    assert found.params == {"name": "Impasse", "communes": "Alpha (A)"}
    assert found.severity == Severity.INFO


def test_t_junction_and_snapped_ends_are_connected():
    assert (
        run(axis([(0, 500), (2000, 500)]), axis([(500, 500.5), (500, 0)]), axis([(1500, 0), (1500, 499.2)]))
        == []
    )


def test_end_a_few_metres_short_of_another_axis_is_a_dangle():
    [found] = run(axis([(0, 500), (2000, 500)]), axis([(500, 0), (500, 495)]))
    assert found.rule == "AXIS_DANGLE" and coords(found.geometry) == [(500, 495)]


def test_end_near_the_plan_edge_is_no_dangle():
    assert run(axis([(0, 500), (2000, 500)]), axis([(500, 500), (500, 10)])) == []


def test_axis_without_name_is_named_by_its_feature_id():
    [found] = run(axis([(0, 500), (2000, 500)]), axis([(500, 500), (500, 300)], name=None))
    assert found.params["name"] == "#2"


def test_multilinestring_axes_are_checked_part_by_part():
    # One feature drawn in two parts, either side of the border: continuous. A second feature whose
    # second part stops inside A: one dangle.
    continuous = axis([[(1000, 0), (1000, 1000)], [(1000, 1000), (1000, 2000)]])
    two_parts = axis([[(0, 500), (2000, 500)], [(300, 500), (300, 200)]], name="Deux")
    findings = run(continuous, two_parts)
    [found] = findings
    assert found.rule == "AXIS_DANGLE" and found.feature_ids == (2,)
    assert coords(found.geometry) == [(300, 200)]


def test_disabled_rule_produces_nothing():
    plan = make_plan(communes=FR_LU, axes=[axis([(0, 500), (2000, 500)]), axis([(500, 500), (500, 300)])])
    profile = profile_from_dict({"disabled_rules": ["AXIS_DANGLE"]})
    assert check_axes(plan, profile, CheckContext(plan, profile)) == []


# --- the demo ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_findings():
    plan = demo_snapshot()
    profile = default_profile()
    findings = check_axes(plan, profile, CheckContext(plan, profile))
    names = plan.layer("mobility_axes").column("name")
    fids = list(plan.layer("mobility_axes").ids)
    located = []
    for f in findings:
        local = shapely.transform(f.geometry, lambda xy: xy - np.array(FRAME_ORIGIN))
        located.append((f.rule, tuple(names[fids.index(i)] for i in f.feature_ids), coords(local), f))
    return located


def test_demo_tram_stopping_at_the_border_is_a_discontinuity(demo_findings):
    [(_, axes, where, finding)] = [f for f in demo_findings if f[0] == "AXIS_DISCONTINUITY"]
    assert axes == ("Tram Alzette",) and where == [(4500, 3000)]
    assert finding.communes == ("57038", "LU-ESCH")


def test_demo_boulevard_continued_by_a_local_street_is_a_hierarchy_break(demo_findings):
    [(_, axes, where, finding)] = [f for f in demo_findings if f[0] == "AXIS_HIERARCHY_BREAK"]
    assert axes == ("Boulevard de Micheville", "Rue de Micheville") and where == [(1500, 3000)]
    assert finding.communes == ("54580", "LU-SANEM")


def test_demo_dangles_are_the_impasse_and_the_street_without_hierarchy(demo_findings):
    dangles = sorted((axes, where[0]) for rule, axes, where, _ in demo_findings if rule == "AXIS_DANGLE")
    assert dangles == [(("Impasse des Mines",), (5200, 800)), (("Rue sans hiérarchie",), (7500, 5500))]


def test_demo_clean_axes_raise_nothing(demo_findings):
    # Boulevard de l'Alzette (FR -> LU), Route de Belvaux (LU -> BE), plan-edge ends, T-junctions.
    assert len(demo_findings) == 4


def test_axis_ends_and_inner_points_match_shapely_on_mixed_geometries():
    from masterplan_plugin.core.checks.axes import _Ends

    rng = np.random.default_rng(7)
    lines = [shapely.LineString(rng.uniform(0, 500, (n, 2))) for n in rng.integers(2, 9, 40)]
    geometries = np.array(
        lines[:20]
        + [shapely.MultiLineString([line]) for line in lines[20:30]]
        + [shapely.MultiLineString(lines[30:33]), shapely.LinearRing([(0, 0), (5, 0), (5, 5)])]
        + [shapely.GeometryCollection([lines[33], shapely.Point(1, 1)]), shapely.LineString([(3, 3), (3, 3)])]
        + lines[34:],
        dtype=object,
    )
    ends = _Ends.of(geometries)
    expected_parts = [
        part for g in geometries for part in shapely.get_parts(g) if part.geom_type == "LineString"
    ]
    assert len(ends.parts) == len(expected_parts) + 1  # + the LinearRing, a closed part without ends
    ours = [shapely.get_parts(part)[0] for part in ends.parts if part.geom_type != "LinearRing"]
    assert all(shapely.equals(a, b) for a, b in zip(ours, expected_parts, strict=True))
    opened = np.flatnonzero(ends.part_open)
    assert len(ends.points) == 2 * len(opened)
    all_ends = np.arange(len(ends.points))
    parts = ends.parts[ends.part]
    for distance in (0.0, 1.0, 60.0, 1e6):
        length = shapely.length(parts)
        back = np.minimum(distance, length / 2)
        expected = shapely.line_interpolate_point(parts, np.where(ends.at_start, back, length - back))
        assert np.allclose(ends.inner_xy(all_ends, distance), shapely.get_coordinates(expected), atol=1e-6)
    assert np.allclose(ends.xy, shapely.get_coordinates(ends.points))
