"""BOUNDARY_MISMATCH: one finding per stretch of border whose two tracés disagree, with its max offset.

Synthetic cases (found / near-miss per decision of the module doc), the demo's defect, a noisy 50-commune
grid, and the real FR/LU/BE municipal boundaries of ../shared/realdata/boundaries (skipped without them).
"""

import numpy as np
import pytest
import shapely

from masterplan_plugin.core.checks.boundaries import check_boundaries
from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.demo import demo_snapshot
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan
from test.unit.realdata import boundaries_plan


def run(plan, **tolerances):
    profile = profile_from_dict({"tolerances": tolerances}) if tolerances else default_profile()
    return check_boundaries(plan, profile, CheckContext(plan, profile))


def polygon(code, coords, country="FR", name=None):
    _, attrs = commune(code, 0, 0, 1, 1, country, name)
    return shapely.Polygon(coords).wkt, attrs


def pairs(findings):
    return sorted(tuple(sorted(finding.communes)) for finding in findings)


# Two 2 km squares, FR south of LU; the LU line leaves the FR one by `rise` metres between x=400 and 1600.
def two_squares(rise, south=None):
    fr = commune("FR1", 0, -2000, 2000, 0, "FR", "Sud")
    south = south or [(0, 0), (200, 0), (400, rise), (1600, rise), (1800, 0), (2000, 0)]
    lu = polygon("LU1", south + [(2000, 2000), (0, 2000)], "LU", "Nord")
    return make_plan(communes=[fr, lu])


# --- found ---------------------------------------------------------------------------------------------


def test_wedge_gap_along_a_border_is_one_finding_with_its_max_offset():
    [finding] = run(two_squares(25))
    assert finding.rule == "BOUNDARY_MISMATCH" and finding.severity is Severity.WARNING
    assert finding.communes == ("FR1", "LU1") and finding.feature_ids == (1, 2)
    assert finding.layer == "communes"
    assert finding.measure == pytest.approx(25, abs=0.1) and finding.params["offset"] == "25.0"
    assert 1580 <= float(finding.params["length"]) <= 1620
    assert float(finding.params["gap"]) == pytest.approx(25 * 1200 + 2 * 200 * 25 / 2, rel=0.01)
    assert finding.params["overlap"] == "0"
    assert finding.params["communes"] == "Sud (FR1) | Nord (LU1)"
    # Located on the stretch of border: both tracés, over the wedge only.
    assert finding.geometry.geom_type in ("LineString", "MultiLineString")
    assert shapely.box(190, -1, 1810, 26).contains(finding.geometry)
    for language in ("fr", "en", "de"):
        assert "{" not in finding.message(language)


def test_overlap_is_measured_like_a_gap():
    [finding] = run(two_squares(-25))
    assert finding.measure == pytest.approx(25, abs=0.1)
    assert finding.params["gap"] == "0"
    assert float(finding.params["overlap"]) == pytest.approx(35_000, rel=0.01)


def test_gap_and_overlap_less_than_the_join_distance_apart_are_one_stretch():
    south = [
        (0, 0),
        (200, 0),
        (300, 20),
        (600, 20),
        (700, 0),
        (760, 0),
        (860, -20),
        (1160, -20),
        (1260, 0),
        (2000, 0),
    ]
    [finding] = run(two_squares(0, south))
    assert finding.measure == pytest.approx(20, abs=0.1)
    assert float(finding.params["gap"]) == pytest.approx(8000, rel=0.01)
    assert float(finding.params["overlap"]) == pytest.approx(8000, rel=0.01)
    assert 1000 <= float(finding.params["length"]) <= 1100
    # Near-miss: with a 20 m join distance the two slivers 60 m apart are two stretches.
    assert len(run(two_squares(0, south), boundary_stretch_join_m=20)) == 2


def test_tongue_is_measured_to_the_border_it_overshoots_not_to_the_nearest_line():
    # A's tongue runs 200 m into B; its tip is only 50 m from B's clean border with C.
    tongue = [(0, 0), (1000, 0), (1000, 1000), (520, 1000), (520, 1200), (480, 1200), (480, 1000), (0, 1000)]
    plan = make_plan(
        communes=[
            polygon("A", tongue),
            commune("B", 0, 1000, 1000, 1250, "LU"),
            commune("C", 0, 1250, 1000, 2000, "LU"),
        ]
    )
    [finding] = run(plan)
    assert finding.communes == ("A", "B")
    assert 195 <= finding.measure <= 200
    assert float(finding.params["overlap"]) == pytest.approx(40 * 200, rel=0.01)


def test_enclosed_corridor_is_a_gap_between_the_two_communes_facing_across_it():
    plan = make_plan(
        communes=[
            commune("A", 0, 0, 2000, 1000),
            commune("B", 0, 1025, 2000, 2025, "LU"),
            commune("C", -1000, 0, 0, 2025),
            commune("D", 2000, 0, 3000, 2025, "LU"),
        ]
    )
    [finding] = run(plan)
    assert finding.communes == ("A", "B") and finding.measure == pytest.approx(25)
    assert float(finding.params["gap"]) == pytest.approx(50_000, rel=0.01)


def test_notch_of_one_dataset_spanned_by_the_other_is_a_mismatch_with_the_other_only():
    # Two French communes share a clean border ending in a 300 m deep V notch of the national line; the
    # Luxembourg line runs across it, a few cm off the French one elsewhere (another dataset). The notch is
    # France vs Luxembourg, not A1 vs A2, however narrow it is between them.
    a1 = polygon("A1", [(0, 0), (1000, 0), (1000, 700), (950, 1000), (0, 1000)])
    a2 = polygon("A2", [(1000, 0), (2000, 0), (2000, 1000), (1050, 1000), (1000, 700)])
    b = polygon("B", [(0, 1000), (900, 1000.2), (1100, 1000.2), (2000, 1000), (2000, 2000), (0, 2000)], "LU")
    findings = run(make_plan(communes=[a1, a2, b]))
    assert pairs(findings) == [("A1", "B"), ("A2", "B")]
    assert 290 <= max(f.measure for f in findings) <= 300.2  # the tip, sampled every 10 m
    assert sum(float(f.params["gap"]) for f in findings) == pytest.approx(100 * 300 / 2, rel=0.02)


def test_communes_of_one_country_are_compared_too():
    east = polygon("B", [(1000, 0), (2000, 0), (2000, 1000), (1000, 1000), (1012, 500)])
    [finding] = run(make_plan(communes=[commune("A", 0, 0, 1000, 1000), east]))
    assert finding.communes == ("A", "B") and finding.measure == pytest.approx(12, abs=0.1)


def test_hole_wider_than_the_max_offset_is_missing_territory_unless_the_tolerance_says_otherwise():
    # A 600 m wide hole in the middle of four communes: a commune left out, not a border.
    ring = [
        commune("S", 0, 0, 1600, 500),
        commune("N", 0, 1100, 1600, 1600),
        commune("W", 0, 500, 500, 1100),
        commune("E", 1100, 500, 1600, 1100),
    ]
    assert run(make_plan(communes=ring)) == []
    found = run(make_plan(communes=ring), boundary_max_offset_m=700)
    assert pairs(found) == [("E", "W"), ("N", "S")] and {round(f.measure) for f in found} == {600}


# --- near-misses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("rise", [0.5, -0.5])
def test_sub_metre_wobble_is_digitising_noise(rise):
    assert run(two_squares(rise)) == []


def test_minimum_offset_tolerance_decides_what_noise_is():
    [finding] = run(two_squares(0.5), boundary_min_offset_m=0.2)
    assert finding.measure == pytest.approx(0.5, abs=0.01)


def test_clean_neighbours_raise_nothing():
    # A T-junction and an L-shaped corner of the plan outline.
    plan = make_plan(
        communes=[
            commune("A", 0, 0, 1000, 1000),
            commune("B", 1000, 0, 2000, 2000, "LU"),
            commune("C", 0, 1000, 1000, 1500),
        ]
    )
    assert run(plan) == []


def test_plan_outline_is_not_a_border():
    # Two communes 25 m apart, the strip open at both ends; a narrow bay of the outline between B and C.
    bay = polygon("C", [(2000, 0), (3000, 0), (3000, 2025), (2100, 2025), (2000, 1000)])
    plan = make_plan(communes=[commune("A", 0, 0, 2000, 1000), commune("B", 0, 1025, 2000, 2025, "LU"), bay])
    assert run(plan) == []


def test_communes_farther_apart_than_the_max_offset_are_not_neighbours():
    plan = make_plan(communes=[commune("A", 0, 0, 1000, 1000), commune("B", 1600, 0, 2600, 1000, "LU")])
    assert run(plan) == []


def test_a_single_commune_has_no_border():
    assert run(make_plan(communes=[commune("A", 0, 0, 1000, 1000)])) == []


# --- the demo and a noisy grid -------------------------------------------------------------------------


def test_demo_border_defect_is_found_and_its_one_millimetre_wobble_is_not():
    plan = demo_snapshot()
    [finding] = run(plan)
    assert finding.communes == ("57038", "LU-ESCH")
    assert finding.measure == pytest.approx(25, abs=0.1)
    assert float(finding.params["length"]) == pytest.approx(1600, abs=20)


def trapezoid(t, start, end, ramp=100.0):
    return np.clip(np.minimum(t - start, end - t) / ramp, 0.0, 1.0)


def noisy_grid(columns=10, rows=5, size=2000.0, noise=0.3, seed=1):
    """50 communes drawn independently (each border twice, vertices every 20 m jittered by ±0.3 m, as
    two datasets would), with two real defects: C22's east border bulges 30 m into C23 over 500 m, C16's
    north border stops 15 m short of C26 over 1 km."""
    rng = np.random.default_rng(seed)
    rows_out = []
    for j in range(rows):
        for i in range(columns):
            square = shapely.box(i * size, j * size, (i + 1) * size, (j + 1) * size)
            xy = shapely.get_coordinates(shapely.segmentize(square, 20.0).exterior)[:-1]
            xy = xy + rng.uniform(-noise, noise, xy.shape)
            if (i, j) == (2, 2):
                east = np.abs(xy[:, 0] - 3 * size) < 1
                xy[east, 0] += 30 * trapezoid(xy[east, 1], 2 * size + 400, 2 * size + 1100)
            if (i, j) == (6, 1):
                north = np.abs(xy[:, 1] - 2 * size) < 1
                xy[north, 1] -= 15 * trapezoid(xy[north, 0], 6 * size + 300, 6 * size + 1500)
            rows_out.append(polygon(f"C{j}{i}", xy, "FR" if i < 5 else "LU"))
    return make_plan(communes=rows_out)


def test_noisy_grid_reports_its_two_defects_and_none_of_its_noise():
    findings = run(noisy_grid())
    assert pairs(findings) == [("C16", "C26"), ("C22", "C23")]
    offsets = {f.communes: f.measure for f in findings}
    assert offsets[("C22", "C23")] == pytest.approx(30, abs=0.7)
    assert offsets[("C16", "C26")] == pytest.approx(15, abs=0.7)


# --- real boundaries -----------------------------------------------------------------------------------

NOT_TOUCHING_LU = {"Villerupt", "Thil", "Aumetz", "Boulange"}


@pytest.fixture(scope="module")
def fr_lu():
    plan = boundaries_plan("FR", "LU")
    countries = dict(
        zip(plan.layers["communes"].column("code"), plan.layers["communes"].column("country"), strict=True)
    )
    return run(plan), countries


def names(finding):
    return tuple(label.rsplit(" (", 1)[0] for label in finding.params["communes"].split(" | "))


def test_real_fr_lu_border_is_reported_as_stretches_between_french_and_luxembourg_communes(fr_lu):
    findings, countries = fr_lu
    assert all({countries[code] for code in f.communes} == {"FR", "LU"} for f in findings)
    assert 25 <= len(findings) <= 40  # ~32 FR–LU pairs lie within 100 m of each other
    found = {names(f) for f in findings}
    assert {
        ("Audun-le-Tiche", "Esch-sur-Alzette"),
        ("Zoufftgen", "Dudelange"),
        ("Hussigny-Godbrange", "Differdange"),
    } <= found
    assert not NOT_TOUCHING_LU & {name for pair in found for name in pair}


def test_real_fr_lu_offsets_match_the_known_measurements(fr_lu):
    findings, _ = fr_lu
    offsets = np.array([f.measure for f in findings])
    assert 60 <= offsets.max() <= 250
    # The largest is the narrow tongue of Sanem into Russange (228 m, sampled every 10 m).
    worst = findings[int(offsets.argmax())]
    assert names(worst) == ("Russange", "Sanem") and worst.measure == pytest.approx(228, abs=8)
    # Typical offsets of the two national lines: tens of metres.
    assert 20 <= np.median(offsets) <= 80
    # The national datasets overlap by about 0.60 km² and leave about 0.75 km² of gaps, part of which
    # opens onto the plan's outline at the ends of the border (not a border gap).
    assert sum(float(f.params["overlap"]) for f in findings) == pytest.approx(0.60e6, rel=0.05)
    assert 0.55e6 <= sum(float(f.params["gap"]) for f in findings) <= 0.75e6


@pytest.mark.parametrize(
    ("pair", "border_km"),
    [
        (("Audun-le-Tiche", "Esch-sur-Alzette"), 6.99),
        (("Zoufftgen", "Dudelange"), 6.63),
        (("Hussigny-Godbrange", "Differdange"), 6.30),
    ],
)
def test_longest_real_borders_are_each_one_stretch_along_most_of_their_length(fr_lu, pair, border_km):
    findings, _ = fr_lu
    [finding] = [f for f in findings if names(f) == pair]
    assert 0.8 * border_km * 1000 <= float(finding.params["length"]) <= 1.05 * border_km * 1000
    assert float(finding.params["gap"]) > 0 and float(finding.params["overlap"]) > 0


def test_real_luxembourg_micro_noise_is_below_the_default_tolerances():
    plan = boundaries_plan("LU")
    # The noise is there (7 micro-holes, mm overlaps) ...
    context = CheckContext(plan, default_profile())
    holes = sum(len(part.interiors) for part in shapely.get_parts(context.communes_union))
    assert holes == 7
    # ... and raises nothing.
    assert run(plan) == []


def test_real_french_communes_are_clean_among_themselves():
    assert run(boundaries_plan("FR")) == []


def test_real_belgian_communes_validate_clean():
    assert run(boundaries_plan("BE", working_crs="EPSG:3035")) == []
