"""An invalid zone is still zoned land: GEOM_INVALID reports its geometry, but its footprint (repaired by
GEOS's make_valid) is never reported as ZONE_GAP or COMMUNE_NOT_COVERED."""

import numpy as np
import pytest
import shapely

from masterplan_plugin.core.checks import run_checks
from masterplan_plugin.core.cnig import commune_outlines
from masterplan_plugin.core.footprint import repaired_footprints
from test.unit.factories import commune, make_plan, zone

# A 3 x 3 grid of 100 m zones in commune A (0..300); the middle cell is replaced by an invalid zone.
MIDDLE = (100, 100, 200, 200)
BOW_TIE = "POLYGON ((100 100, 200 200, 200 100, 100 200, 100 100))"  # two triangles crossing at (150 150)
# A square whose ring touches itself: an inverted hole (100 x 100 minus a 20 x 20 notch pinched at the top).
SELF_TOUCHING = "POLYGON ((100 100, 200 100, 200 200, 150 200, 160 180, 140 180, 150 200, 100 200, 100 100))"


def grid_plan(middle_wkt=None, with_communes=True):
    """The grid, its middle cell zoned by ``middle_wkt`` (None: left unzoned)."""
    cells = [(x, y, x + 100, y + 100) for x in (0, 100, 200) for y in (0, 100, 200)]
    zoning = [zone(cell, "A") for cell in cells if cell != MIDDLE]
    if middle_wkt:
        zoning.append(zone(middle_wkt, "A"))
    communes = [commune("A", 0, 0, 300, 300, name="Alpha")] if with_communes else []
    return make_plan(communes=communes, zoning=zoning)


def by_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


def footprint(wkt):
    return repaired_footprints(np.array([shapely.from_wkt(wkt)]))[0]


@pytest.mark.parametrize("wkt", [BOW_TIE, SELF_TOUCHING], ids=["bow-tie", "self-touching ring"])
def test_invalid_zone_is_reported_but_its_footprint_is_no_gap(wkt):
    findings = run_checks(grid_plan(wkt))
    [invalid] = by_rule(findings, "GEOM_INVALID")
    assert invalid.feature_ids == (9,)
    unzoned = [f.geometry for f in findings if f.rule in ("ZONE_GAP", "COMMUNE_NOT_COVERED")]
    assert shapely.area(shapely.intersection(shapely.union_all(unzoned), footprint(wkt))) == 0.0


def test_bow_tie_leaves_exactly_its_two_open_triangles_unzoned():
    """The bow-tie covers two of the four triangles of its cell: the other two are really unzoned."""
    findings = run_checks(grid_plan(BOW_TIE))
    gaps = by_rule(findings, "ZONE_GAP")
    assert [round(f.measure) for f in gaps] == [2500, 2500]
    open_triangles = shapely.difference(shapely.box(*MIDDLE), footprint(BOW_TIE))
    assert shapely.union_all([f.geometry for f in gaps]).equals(open_triangles)
    [not_covered] = by_rule(findings, "COMMUNE_NOT_COVERED")  # 5000 of 90 000 m²: above 0.1 %
    assert not_covered.measure == pytest.approx(5000)


def test_self_touching_zone_closes_the_grid_without_communes_too():
    findings = run_checks(grid_plan(SELF_TOUCHING, with_communes=False))
    assert by_rule(findings, "GEOM_INVALID")
    # The notch (the inverted hole) is land the zone leaves out: a real 200 m² hole; the rest is zoned.
    assert [round(f.measure) for f in by_rule(findings, "ZONE_GAP")] == [200]


def test_without_the_middle_zone_its_whole_cell_is_a_gap():
    """The near miss: no zone at all in the middle cell."""
    [gap] = by_rule(run_checks(grid_plan(None)), "ZONE_GAP")
    assert gap.measure == pytest.approx(10_000)


def test_cnig_commune_outline_includes_an_invalid_zone_on_its_edge():
    bow_tie = shapely.from_wkt("POLYGON ((100 0, 200 100, 200 0, 100 100, 100 0))")
    outline = commune_outlines(np.array([shapely.box(0, 0, 100, 100), bow_tie]), ["A", "A"], ["A"])["A"]
    assert outline.area == pytest.approx(10_000 + 2 * 2_500)


def test_a_commune_whose_only_zone_is_invalid_is_zoned_by_it():
    plan = make_plan(communes=[commune("A", 100, 100, 200, 200)], zoning=[zone(SELF_TOUCHING, "A")])
    findings = run_checks(plan)
    assert by_rule(findings, "GEOM_INVALID")
    [not_covered] = by_rule(findings, "COMMUNE_NOT_COVERED")  # only the 200 m² notch, 2 % of the commune
    assert not_covered.measure == pytest.approx(200)
