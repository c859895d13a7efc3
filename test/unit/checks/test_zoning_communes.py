"""ZONE_OUTSIDE_COMMUNES, ZONE_STRADDLES_COMMUNES, ZONE_COMMUNE_MISMATCH, COMMUNE_NOT_COVERED:
a case that must be found and a near-miss that must not, per rule; and the demo's defects."""

import pytest
import shapely

from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.checks.zoning_communes import check_communes_covered, check_zones_in_communes
from masterplan_plugin.core.demo import demo_snapshot
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan, zone

TWO_COMMUNES = [commune("A", 0, 0, 1000, 1000, name="Alpha"), commune("B", 1000, 0, 2000, 1000, "LU", "Beta")]


def run(check, plan, profile=None, rule=None):
    profile = profile or default_profile()
    findings = check(plan, profile, CheckContext(plan, profile))
    return [f for f in findings if rule is None or f.rule == rule]


def zones_in_communes(plan, rule, **tolerances):
    return run(check_zones_in_communes, plan, profile_from_dict({"tolerances": tolerances}), rule)


def coverage(plan, **tolerances):
    return run(check_communes_covered, plan, profile_from_dict({"tolerances": tolerances}))


# --- ZONE_OUTSIDE_COMMUNES ----------------------------------------------------------------------------


def test_zone_drawn_past_the_plan_edge_is_reported_with_its_outside_part():
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((1800, 100, 2100, 300), "B")])
    [finding] = zones_in_communes(plan, "ZONE_OUTSIDE_COMMUNES")
    assert finding.feature_ids == (1,) and finding.communes == ("B",)
    assert finding.geometry.equals(shapely.box(2000, 100, 2100, 300))
    assert finding.measure == pytest.approx(20_000) and finding.params["area"] == "20000.0"
    assert finding.severity is Severity.ERROR
    assert "{" not in finding.message("fr")


def test_zone_entirely_outside_is_listed_under_the_commune_it_claims():
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((0, -400, 500, -100), "A")])
    [finding] = zones_in_communes(plan, "ZONE_OUTSIDE_COMMUNES")
    assert finding.communes == ("A",) and finding.geometry.equals(shapely.box(0, -400, 500, -100))
    assert not zones_in_communes(plan, "ZONE_COMMUNE_MISMATCH")
    assert not zones_in_communes(plan, "ZONE_STRADDLES_COMMUNES")


def test_sub_metre_overshoot_along_the_edge_is_drawing_noise_not_outside_zoning():
    # 0.4 m x 800 m = 320 m² outside, but thinner than boundary_min_offset_m (1 m).
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((100, -0.4, 900, 500), "A")])
    assert zones_in_communes(plan, "ZONE_OUTSIDE_COMMUNES") == []


def test_outside_part_below_the_minimum_area_is_not_reported():
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((100, -5, 105, 500), "A")])  # 25 m² outside
    assert zones_in_communes(plan, "ZONE_OUTSIDE_COMMUNES", outside_min_area_m2=50) == []
    assert len(zones_in_communes(plan, "ZONE_OUTSIDE_COMMUNES", outside_min_area_m2=20)) == 1


def test_zones_inside_and_along_commune_borders_are_not_outside():
    plan = make_plan(
        communes=TWO_COMMUNES,
        zoning=[
            zone((0, 0, 1000, 1000), "A"),
            zone((1000, 0, 2000, 500), "B"),
            zone((1200, 600, 1300, 700), "B"),
        ],
    )
    assert zones_in_communes(plan, None) == []


# --- ZONE_STRADDLES_COMMUNES --------------------------------------------------------------------------


def test_zone_running_into_the_neighbouring_commune_is_reported_with_the_spilled_part():
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((500, 0, 1300, 500), "A")])
    [finding] = zones_in_communes(plan, "ZONE_STRADDLES_COMMUNES")
    assert finding.geometry.equals(shapely.box(1000, 0, 1300, 500))
    assert finding.measure == pytest.approx(150_000)
    assert finding.params["commune"] == "Alpha (A)" and finding.params["other"] == "Beta (B)"
    assert finding.communes == ("A", "B")
    assert finding.message("en") == "Zone no. 1 of Alpha (A) spills 15.00\u00a0ha into Beta (B)."


def test_zone_over_three_communes_names_both_others_and_is_reported_once():
    communes = TWO_COMMUNES + [commune("C", 0, 1000, 2000, 2000, name="Gamma")]
    plan = make_plan(communes=communes, zoning=[zone((200, 200, 1200, 1200), "A")])
    [finding] = zones_in_communes(plan, "ZONE_STRADDLES_COMMUNES")
    assert finding.params["commune"] == "Alpha (A)"
    assert finding.params["other"] == "Beta (B), Gamma (C)"
    assert finding.geometry.area == pytest.approx(finding.measure) == pytest.approx(200 * 800 + 1000 * 200)


def test_small_or_thin_spill_into_the_neighbour_is_not_a_straddle():
    plan = make_plan(
        communes=TWO_COMMUNES,
        zoning=[
            zone((500, 0, 1009, 10), "A"),  # 90 m² < 100 m²
            zone((500, 100, 1000.5, 900), "A"),
        ],
    )  # 0.5 m wide sliver
    assert zones_in_communes(plan, "ZONE_STRADDLES_COMMUNES") == []


# --- ZONE_COMMUNE_MISMATCH ----------------------------------------------------------------------------


def test_zone_attributed_to_the_neighbour_is_reported_on_the_whole_zone():
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((100, 100, 400, 400), "B")])
    [finding] = zones_in_communes(plan, "ZONE_COMMUNE_MISMATCH")
    assert finding.geometry.equals(shapely.box(100, 100, 400, 400))
    assert finding.params["declared"] == "Beta (B)" and finding.params["actual"] == "Alpha (A)"
    assert finding.communes == ("A", "B")
    assert finding.message("en") == "Zone no. 1 is attributed to Beta (B) but lies in Alpha (A)."


def test_unknown_or_empty_commune_codes_are_left_to_the_attribute_rules():
    plan = make_plan(
        communes=TWO_COMMUNES,
        zoning=[
            zone((100, 100, 400, 400), "Z"),
            zone((500, 100, 900, 400), None),
            zone((100, 500, 400, 900), "  "),
        ],
    )
    assert zones_in_communes(plan, "ZONE_COMMUNE_MISMATCH") == []


def test_zone_in_its_own_commune_and_a_straddling_zone_held_mostly_by_its_commune_match():
    communes = [commune("57038", 0, 0, 1000, 1000), commune("B", 1000, 0, 2000, 1000)]
    _, attributes = zone((100, 100, 400, 400), "A")
    attributes["commune_code"] = 57038  # an INSEE code read as a number
    plan = make_plan(
        communes=communes,
        zoning=[
            (shapely.box(100, 100, 400, 400).wkt, attributes),
            zone((1000, 0, 1900, 500), "B"),
            zone((600, 500, 1100, 1000), "57038"),
        ],
    )
    assert zones_in_communes(plan, "ZONE_COMMUNE_MISMATCH") == []


# --- COMMUNE_NOT_COVERED ------------------------------------------------------------------------------


def _zoned_except(hole, code="A", bounds=(0, 0, 1000, 1000)):
    geometry = shapely.box(*bounds).difference(shapely.box(*hole))
    return zone(geometry.wkt, code)


def test_block_left_without_zoning_is_reported_with_its_area_and_share():
    plan = make_plan(
        communes=TWO_COMMUNES, zoning=[_zoned_except((400, 400, 500, 500)), zone((1000, 0, 2000, 1000), "B")]
    )
    [finding] = coverage(plan)
    assert finding.layer == "communes" and finding.feature_ids == (1,) and finding.communes == ("A",)
    assert finding.geometry.geom_type == "MultiPolygon"
    assert finding.geometry.equals(shapely.box(400, 400, 500, 500))
    assert finding.measure == pytest.approx(10_000)
    assert finding.params == {"commune": "Alpha (A)", "area": "10000", "share": "1.0"}
    assert finding.severity is Severity.WARNING


def test_uncovered_share_below_the_minimum_is_not_reported():
    plan = make_plan(
        communes=TWO_COMMUNES,
        zoning=[
            _zoned_except((400, 400, 430, 430)),  # 0.09 %
            zone((1000, 0, 2000, 1000), "B"),
        ],
    )
    assert coverage(plan) == []
    assert len(coverage(plan, commune_uncovered_min_share=0.0005)) == 1


def test_commune_without_any_zoning_is_reported_once_at_100_percent_with_the_same_severity():
    plan = make_plan(communes=TWO_COMMUNES, zoning=[zone((0, 0, 1000, 1000), "A")])
    [finding] = coverage(plan)
    assert finding.communes == ("B",) and finding.params["share"] == "100.0"
    assert finding.geometry.equals(shapely.box(1000, 0, 2000, 1000))
    assert finding.severity is default_profile().severity("COMMUNE_NOT_COVERED")


def test_land_covered_by_the_neighbours_spilling_zone_counts_as_zoned():
    plan = make_plan(
        communes=TWO_COMMUNES, zoning=[zone((0, 0, 1100, 1000), "A"), zone((1100, 0, 2000, 1000), "B")]
    )
    assert coverage(plan) == []


def test_allowed_gaps_and_sub_metre_border_slivers_are_not_missing_zoning():
    communes = [commune("A", 0, 0, 100, 100)]
    sliver = make_plan(communes=communes, zoning=[zone((0, 0, 100, 99.5), "A")])  # 0.5 % of A, 0.5 m wide
    assert coverage(sliver) == []
    river = make_plan(
        communes=communes,
        zoning=[_zoned_except((40, 0, 60, 100), bounds=(0, 0, 100, 100))],
        allowed_gaps=shapely.box(40, -10, 60, 110).wkt,
    )
    assert coverage(river) == []


# --- the demo -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_findings():
    plan = demo_snapshot()
    profile = default_profile()
    context = CheckContext(plan, profile)
    return check_zones_in_communes(plan, profile, context) + check_communes_covered(plan, profile, context)


def _of(findings, rule):
    return [f for f in findings if f.rule == rule]


def test_demo_zone_south_of_audun_is_outside_the_communes(demo_findings):
    [finding] = _of(demo_findings, "ZONE_OUTSIDE_COMMUNES")
    assert finding.communes == ("57038",)
    assert finding.measure == pytest.approx(600 * 350, rel=1e-4)


def test_demo_sanem_forest_zone_straddles_into_esch_by_300_m(demo_findings):
    [finding] = _of(demo_findings, "ZONE_STRADDLES_COMMUNES")
    assert finding.params["commune"].startswith("Sanem") and finding.params["other"].startswith("Esch")
    assert finding.measure == pytest.approx(300 * 1000, rel=1e-4)
    minx, _, maxx, _ = finding.geometry.bounds
    assert maxx - minx == pytest.approx(300, abs=0.01)


def test_demo_audun_zone_attributed_to_russange_is_a_mismatch(demo_findings):
    [finding] = _of(demo_findings, "ZONE_COMMUNE_MISMATCH")
    assert finding.params["declared"] == "Russange (57603)"
    assert finding.params["actual"] == "Audun-le-Tiche (57038)"


def test_demo_uncovered_communes_are_sanem_block_and_audun_hole_only(demo_findings):
    found = {f.communes[0]: f for f in _of(demo_findings, "COMMUNE_NOT_COVERED")}
    assert set(found) == {"LU-SANEM", "57038"}  # the LU/FR offset strip is in no commune: no noise
    assert found["LU-SANEM"].measure == pytest.approx(1_000_000, rel=1e-4)
    assert found["LU-SANEM"].params["share"] == "11.1"
    assert found["57038"].measure == pytest.approx(150 * 150, rel=1e-4)
