"""GEOM_*, CRS_*, ATTR_*, ZONE_OVERLAP and ZONE_GAP: a case that must be found, a near-miss that must not."""

import shapely

from masterplan_plugin.core.checks.attributes import check_attributes
from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.crs_checks import check_crs
from masterplan_plugin.core.checks.geometry import check_geometry
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.checks.zoning_coverage import check_gaps, check_overlaps
from masterplan_plugin.core.findings import Severity
from masterplan_plugin.core.plan import layer_snapshot
from test.unit.factories import commune, make_plan, zone

BOWTIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"


def run(check, plan, profile=None):
    profile = profile or default_profile()
    return check(plan, profile, CheckContext(plan, profile))


def rules(findings):
    return sorted(f.rule for f in findings)


# --- geometry ------------------------------------------------------------------------------------------


def test_bow_tie_zone_is_invalid_and_located_at_its_crossing():
    plan = make_plan(communes=[commune("A", 0, 0, 1000, 1000)], zoning=[zone(BOWTIE, "A")])
    [finding] = run(check_geometry, plan)
    assert finding.rule == "GEOM_INVALID" and finding.feature_ids == (1,)
    assert finding.geometry.equals(shapely.Point(50, 50))
    assert finding.message("en").endswith(": the outline crosses itself.")  # GEOS's reason, translated
    assert finding.message("fr").endswith(" : le contour se recoupe.") and "[" not in finding.message("de")


def test_null_and_empty_geometries_are_reported_and_valid_ones_are_not():
    plan = make_plan(
        sites=[
            (None, {"name": "a"}),
            ("POLYGON EMPTY", {"name": "b"}),
            ("POLYGON((0 0,1 0,1 1,0 0))", {"name": "c"}),
        ]
    )
    assert [(f.rule, f.feature_ids) for f in run(check_geometry, plan)] == [
        ("GEOM_EMPTY", (1,)),
        ("GEOM_EMPTY", (2,)),
    ]


# --- CRS ----------------------------------------------------------------------------------------------


def _plan_with(layer):
    plan = make_plan()
    plan.layers[layer.name] = layer
    return plan


def test_layer_without_crs_is_an_error():
    layer = layer_snapshot("zoning", [shapely.box(0, 0, 1, 1)], [1], {}, None, "EPSG:3035")
    [finding] = run(check_crs, _plan_with(layer))
    assert finding.rule == "CRS_MISSING" and finding.severity is Severity.ERROR


def test_layer_in_another_crs_is_transformed_and_noted_as_info():
    layer = layer_snapshot(
        "communes", [shapely.box(66_000, 62_000, 67_000, 63_000)], [1], {}, "EPSG:2169", "EPSG:3035"
    )
    [finding] = run(check_crs, _plan_with(layer))
    assert finding.rule == "CRS_MISMATCH" and finding.severity is Severity.INFO
    assert 4_000_000 < finding.geometry.centroid.x < 4_100_000  # the extent is in the plan's CRS


def test_layer_declared_in_the_wrong_crs_is_an_error():
    # Lambert-93 coordinates labelled LUREF: far outside Luxembourg.
    layer = layer_snapshot(
        "communes", [shapely.box(921_000, 6_932_000, 922_000, 6_933_000)], [7], {}, "EPSG:2169", "EPSG:3035"
    )
    [finding] = run(check_crs, _plan_with(layer))
    assert (
        finding.rule == "CRS_MISMATCH" and finding.severity is Severity.ERROR and finding.feature_ids == (7,)
    )


def test_layer_already_in_the_plan_crs_raises_nothing():
    assert run(check_crs, make_plan(communes=[commune("A", 0, 0, 10, 10)])) == []


# --- attributes ---------------------------------------------------------------------------------------


def test_empty_mandatory_fields_are_listed_per_feature():
    plan = make_plan(
        communes=[commune("A", 0, 0, 100, 100)],
        zoning=[zone((0, 0, 50, 100), "A", code=None), zone((50, 0, 100, 100), "A")],
    )
    [finding] = [f for f in run(check_attributes, plan) if f.rule == "ATTR_MISSING"]
    assert finding.feature_ids == (1,) and "National code" in finding.message("en")
    assert finding.communes == ("A",)


def test_unknown_national_code_is_reported_and_a_known_one_is_not():
    plan = make_plan(
        communes=[commune("L", 0, 0, 100, 100, "LU")],
        zoning=[
            zone((0, 0, 50, 100), "L", code="HAB-3", standard="PAG"),
            zone((50, 0, 100, 100), "L", code="hab_1", standard="PAG"),
        ],
    )
    [finding] = run(check_attributes, plan)
    assert finding.rule == "ATTR_UNKNOWN_CODE" and finding.feature_ids == (1,)
    assert "HAB-3" in finding.message("fr") and "PAG" in finding.message("fr")


def test_value_outside_a_domain_and_commune_code_unknown_to_the_plan():
    plan = make_plan(
        communes=[commune("A", 0, 0, 100, 100)],
        zoning=[zone((0, 0, 100, 100), "Z")],
        axes=[
            (
                "LINESTRING(0 0, 10 10)",
                {"hierarchy": "main_street", "mode": "hovercraft", "status": "existing"},
            )
        ],
    )
    found = {(f.layer, f.params["field"]) for f in run(check_attributes, plan)}
    assert found == {("mobility_axes", "mode"), ("zoning", "commune_code")}


# --- overlaps and gaps --------------------------------------------------------------------------------


def test_partial_contained_and_duplicate_overlaps_are_all_reported():
    plan = make_plan(
        communes=[commune("A", 0, 0, 300, 100)],
        zoning=[
            zone((0, 0, 110, 100), "A"),
            zone((100, 0, 200, 100), "A"),  # 10 m partial overlap
            zone((120, 20, 140, 40), "A"),  # inside the second
            zone((200, 0, 300, 100), "A"),
            zone((200, 0, 300, 100), "A"),
        ],
    )  # duplicates
    kinds = sorted(
        (f.feature_ids, f.params["overlap_kind"], round(f.measure)) for f in run(check_overlaps, plan)
    )
    assert kinds == [((1, 2), "partial", 1000), ((2, 3), "contained", 400), ((4, 5), "duplicate", 10000)]


def test_touching_zones_and_sub_tolerance_slivers_are_not_overlaps():
    plan = make_plan(
        communes=[commune("A", 0, 0, 200, 100)],
        zoning=[
            zone((0, 0, 100, 100), "A"),
            zone((100, 0, 200, 100), "A"),
            zone((199.995, 0, 300, 100), "A"),
        ],
    )
    assert run(check_overlaps, plan) == []  # 0.5 m² sliver < 1 m² tolerance


def test_hole_in_the_zoning_of_a_municipality_is_a_gap_located_on_the_hole():
    plan = make_plan(
        communes=[commune("A", 0, 0, 100, 100)],
        zoning=[zone("POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,60 40,60 60,40 60,40 40))", "A")],
    )
    [finding] = run(check_gaps, plan)
    assert finding.geometry.equals(shapely.box(40, 40, 60, 60)) and finding.measure == 400


def test_gap_below_tolerance_or_inside_allowed_gaps_is_not_reported():
    holed = "POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,60 40,60 60,40 60,40 40))"
    allowed = make_plan(
        communes=[commune("A", 0, 0, 100, 100)],
        zoning=[zone(holed, "A")],
        allowed_gaps="POLYGON((39 39,61 39,61 61,39 61,39 39))",
    )
    assert run(check_gaps, allowed) == []
    tolerant = profile_from_dict({"tolerances": {"gap_min_area_m2": 500}})
    plain = make_plan(communes=[commune("A", 0, 0, 100, 100)], zoning=[zone(holed, "A")])
    assert run(check_gaps, plain, tolerant) == []


def test_municipality_without_any_zoning_is_not_one_huge_gap():
    plan = make_plan(
        communes=[commune("A", 0, 0, 100, 100), commune("B", 100, 0, 200, 100)],
        zoning=[zone((0, 0, 100, 100), "A")],
    )
    assert run(check_gaps, plan) == []
