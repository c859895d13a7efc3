"""The real CNIG PLU of Arpaillargues-et-Aureilhac (INSEE 30014) through the import and the checks."""

import pytest
import shapely

from masterplan_plugin.core.checks.profile import profile_from_dict
from masterplan_plugin.qgis_adapters.cnig_document import import_cnig_document
from masterplan_plugin.qgis_adapters.plan_io import read_vector
from masterplan_plugin.qgis_adapters.plan_store import create_plan
from masterplan_plugin.qgis_adapters.validation import load_snapshot, validate_plan
from test.unit.realdata import realdata_path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = realdata_path("cnig_plu", "30014_PLU_20171013")
    gpkg = create_plan(tmp_path_factory.mktemp("cnig") / "arpaillargues.gpkg", "EPSG:2154").gpkg
    import_cnig_document(gpkg, folder)
    return gpkg


def _rules(result, rule):
    return [entry.finding for entry in result.register if entry.finding.rule == rule]


def test_document_imports_with_its_commune_and_all_zones_harmonised(plan):
    communes = read_vector(plan, "communes")
    zoning = read_vector(plan, "zoning")
    assert communes.attributes["code"].tolist() == ["30014"]
    assert len(zoning) == 90 and set(zoning.attributes["commune_code"]) == {"30014"}
    assert None not in zoning.attributes["hilucs_code"].tolist()
    # The commune outline holds every zone.
    assert (
        shapely.area(shapely.difference(shapely.union_all(zoning.geometries), communes.geometries[0])) < 1e-3
    )


def test_zone_overlaps_are_reported_largest_about_6000_m2(plan):
    overlaps = _rules(validate_plan(plan, write=False), "ZONE_OVERLAP")
    areas = sorted(finding.measure for finding in overlaps)
    assert len(overlaps) == 5  # pairs above the 1 m² default
    assert areas[-1] == pytest.approx(6001, abs=5)
    # Down to 0.01 m² the document has 8 overlapping pairs (below, only floating-point slivers).
    finer = validate_plan(plan, profile_from_dict({"tolerances": {"overlap_min_area_m2": 0.01}}), write=False)
    assert len({f.feature_ids for f in _rules(finer, "ZONE_OVERLAP")}) == 8


def test_holes_in_the_zoning_are_reported_and_overlay_slivers_are_not(plan):
    """The union of the document's zones has 25 holes (README), 23 of them under 10 µm wide: edges that
    nearly coincide, not land left unzoned. The two real holes are reported whatever the area tolerance."""
    snapshot = load_snapshot(plan)
    commune = shapely.union_all(snapshot.layer("communes").geometries)
    zoned = shapely.union_all(snapshot.layer("zoning").geometries)
    holes = shapely.get_parts(shapely.difference(commune, zoned))
    thin = shapely.is_empty(shapely.buffer(holes, -5e-6))
    assert len(holes) == 25 and thin.sum() == 23
    for profile in (None, profile_from_dict({"tolerances": {"gap_min_area_m2": 0}})):
        gaps = _rules(validate_plan(plan, profile, write=False), "ZONE_GAP")
        assert sorted(round(finding.measure, 1) for finding in gaps) == [3.6, 3.9]
