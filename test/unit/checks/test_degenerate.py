"""GEOM_DEGENERATE: zero-area features (error), collapsed rings and spikes of otherwise fine polygons
(warnings), whether GEOS calls them invalid or not; and the near misses that are real shapes."""

import pytest
import shapely

from masterplan_plugin.core.checks import run_checks
from masterplan_plugin.core.checks.profile import profile_from_dict
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan, zone

COMMUNE = [commune("A", 0, 0, 300, 300, name="Alpha")]
SQUARE = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"
# The square with a spike 20 m out of its top side at x = 50, doubling back exactly (GEOS: invalid) …
SPIKE = "POLYGON ((0 0, 100 0, 100 100, 50 100, 50 120, 50 100, 0 100, 0 0))"
# … and the same spike one micrometre wide at its base (GEOS: valid).
NEAR_SPIKE = "POLYGON ((0 0, 100 0, 100 100, 50.000001 100, 50 120, 50 100, 0 100, 0 0))"


def degenerate(*zone_wkts, profile=None, **layers):
    plan = make_plan(communes=COMMUNE, zoning=[zone(w, "A") for w in zone_wkts], **layers)
    findings = run_checks(plan, profile)
    return [f for f in findings if f.rule == "GEOM_DEGENERATE"], findings


def rules_of(findings, fid):
    return sorted(f.rule for f in findings if fid in f.feature_ids and f.layer == "zoning")


@pytest.mark.parametrize(
    "wkt",
    [
        "POLYGON ((10 10, 60 10, 110 10, 10 10))",  # collinear ring: GEOS "Self-intersection"
        "POLYGON ((10 10, 60 10, 60 10, 10 10))",  # two distinct points: GEOS "Too few points"
        "POLYGON ((10 10, 10 10, 10 10, 10 10))",  # one point
        "POLYGON ((10 10, 110 10, 110 10.0005, 10 10.0005, 10 10))",  # 0.5 mm wide: GEOS "valid"
    ],
    ids=["collinear", "two points", "one point", "half-millimetre sliver"],
)
def test_zone_without_area_is_one_degenerate_error_on_its_outline(wkt):
    found, findings = degenerate(SQUARE, wkt)
    [finding] = found
    assert finding.feature_ids == (2,) and finding.severity is Severity.ERROR
    assert "GEOM_INVALID" not in rules_of(findings, 2)  # one defect, one finding
    assert shapely.distance(finding.geometry, shapely.from_wkt(wkt)) < 1e-9
    assert finding.communes == ("A",)
    assert "{" not in finding.message("fr") and "has no area" in finding.message("en")


def test_two_millimetre_wide_zone_and_a_bow_tie_are_not_degenerate():
    bow_tie = "POLYGON ((100 100, 200 200, 200 100, 100 200, 100 100))"
    found, findings = degenerate(SQUARE, "POLYGON ((10 10, 110 10, 110 10.002, 10 10.002, 10 10))", bow_tie)
    assert found == []
    assert rules_of(findings, 3) == ["GEOM_INVALID"]


@pytest.mark.parametrize("wkt, geos_invalid", [(SPIKE, True), (NEAR_SPIKE, False)], ids=["exact", "1 µm"])
def test_collapsed_spike_is_a_warning_at_its_tip(wkt, geos_invalid):
    found, findings = degenerate(wkt)
    [finding] = found
    assert finding.severity is Severity.WARNING and finding.params["count"] == 1
    assert finding.geometry.equals(shapely.MultiPoint([(50, 120)]))
    assert ("GEOM_INVALID" in rules_of(findings, 1)) is geos_invalid


def test_repeated_points_do_not_hide_a_spike():
    found, _ = degenerate("POLYGON ((0 0, 100 0, 100 100, 50 100, 50 120, 50 120, 50 100, 0 100, 0 0))")
    assert [f.params["count"] for f in found] == [1]


def test_sharp_but_real_corner_is_not_a_spike():
    """A 20 m long tongue 5 mm wide at its base is thin, but wider than 1 mm: a shape, not a collapse."""
    found, _ = degenerate("POLYGON ((0 0, 100 0, 100 100, 50.005 100, 50 120, 50 100, 0 100, 0 0))")
    assert found == []


def test_spike_of_a_zone_inside_a_clean_grid_is_found():
    """The zoning is walked vertex by vertex only where the coverage analysis suspects a zone: a valid
    zone with a near-collapsed spike is one of them."""
    cells = [(x, y, x + 100, y + 100) for x in (0, 100, 200) for y in (0, 100, 200) if (x, y) != (0, 0)]
    found, _ = degenerate(NEAR_SPIKE.replace("50 120", "50 150"), *[shapely.box(*c).wkt for c in cells])
    [finding] = found
    assert finding.feature_ids == (1,) and finding.geometry.equals(shapely.MultiPoint([(50, 150)]))


def test_collapsed_hole_and_collapsed_part_are_warnings_on_their_rings():
    hole = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 40 20, 60 20, 20 20))"
    part = "MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0)), ((150 150, 150 150.0002, 250 150, 150 150)))"
    found, _ = degenerate(hole, part)
    assert [(f.feature_ids, f.severity, f.params["_variant"]) for f in found] == [
        ((1,), Severity.WARNING, "message_ring"),
        ((2,), Severity.WARNING, "message_ring"),
    ]
    assert found[0].geometry.equals(shapely.LineString([(20, 20), (40, 20), (60, 20), (20, 20)]))
    assert found[1].geometry.distance(shapely.Point(200, 150)) < 1e-3


def test_hole_of_two_distinct_points_is_a_collapsed_ring_too():
    found, findings = degenerate("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 40 20, 20 20))")
    assert [(f.params["_variant"], f.geometry.wkt) for f in found] == [
        ("message_ring", "LINESTRING (20 20, 40 20, 20 20)")
    ]
    assert rules_of(findings, 1) == ["GEOM_DEGENERATE", "GEOM_INVALID"]  # GEOS: "Too few points"


def test_profile_severity_applies_to_every_degenerate_piece():
    profile = profile_from_dict({"severities": {"GEOM_DEGENERATE": "info"}})
    found, _ = degenerate("POLYGON ((10 10, 60 10, 110 10, 10 10))", NEAR_SPIKE, profile=profile)
    assert {f.severity for f in found} == {Severity.INFO} and len(found) == 2


def test_disabled_rule_leaves_zero_area_zones_to_geom_invalid():
    profile = profile_from_dict({"disabled_rules": ["GEOM_DEGENERATE"]})
    found, findings = degenerate(SQUARE, "POLYGON ((10 10, 60 10, 110 10, 10 10))", profile=profile)
    assert found == [] and rules_of(findings, 2) == ["GEOM_INVALID"]


def test_zero_length_axis_is_degenerate_and_a_short_one_is_not():
    axes = [
        ("LINESTRING (10 10, 10 10)", {"hierarchy": "path", "mode": "cycle", "status": "existing"}),
        ("LINESTRING (20 20, 20 20.01)", {"hierarchy": "path", "mode": "cycle", "status": "existing"}),
    ]
    found, _ = degenerate(SQUARE, axes=axes)
    assert [(f.layer, f.feature_ids, f.params["_variant"]) for f in found] == [
        ("mobility_axes", (1,), "message_line")
    ]
    assert "has no length" in found[0].message("en")
