"""The real CNIG PLU of Arpaillargues-et-Aureilhac (INSEE 30014) through the import and the checks."""

import json

import pytest
import shapely

from masterplan_plugin.core.checks.profile import profile_from_dict
from masterplan_plugin.core.cnig import DOCUMENTS_SETTING
from masterplan_plugin.io.cnig_document import import_cnig_document
from masterplan_plugin.io.plan_file import read_plan_settings
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.io.validation import load_snapshot, validate_plan
from masterplan_plugin.qgis_adapters.plan_project import create_plan
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


def test_zones_keep_their_document_and_shapefile_fid_and_findings_name_them(plan):
    zoning = read_vector(plan, "zoning")
    assert set(zoning.attributes["source_document"]) == {"30014_PLU_20171013"}
    assert zoning.attributes["source_fid"].tolist() == list(range(90))  # the shapefile's FIDs, in order
    overlaps = _rules(validate_plan(plan, write=False), "ZONE_OVERLAP")
    largest = max(overlaps, key=lambda finding: finding.measure)
    labels = dict(zip(zoning.ids.tolist(), zoning.attributes["label"].tolist(), strict=True))
    first, second = largest.feature_ids
    assert largest.message("en").startswith(
        f"Zones {labels[first]} (no. {first}, 30014_PLU_20171013, source FID {first - 1}) / "
        f"{labels[second]} (no. {second}, 30014_PLU_20171013, source FID {second - 1}) "
        "overlap on 6,001\u00a0m²"
    )


def test_the_document_commune_list_is_kept_and_matches_its_zones(plan):
    assert json.loads(read_plan_settings(plan)[DOCUMENTS_SETTING]) == {"30014_PLU_20171013": ["30014"]}
    assert not _rules(validate_plan(plan, write=False), "CNIG_COMMUNE_LIST_MISMATCH")


# --- a generated PLUi: commune list against zones, an invalid zone ----------------------------------------

PLUI = "200000001_PLUI_20200101"
X0, Y0 = 800_000, 6_300_000  # Lambert-93
# Self-touching ring: a 100 m square whose outline pinches a 200 m² notch (an inverted hole): invalid.
SELF_TOUCHING = [(100, 0), (200, 0), (200, 100), (150, 100), (160, 80), (140, 80), (150, 100), (100, 100)]


def _write_plui(folder, listed):
    """ZONE_URBA (2014 standard: INSEE per zone) and DOC_URBA_COM of a PLUi whose zones all lie in
    commune 30001; the middle zone's ring touches itself."""
    from osgeo import ogr, osr

    data = folder / "Donnees_geographiques"
    data.mkdir(parents=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(data / "200000001_ZONE_URBA.shp"))
    layer = source.CreateLayer("200000001_ZONE_URBA", srs, ogr.wkbPolygon)
    for name in ("LIBELLE", "TYPEZONE", "IDURBA", "INSEE"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    rings = [
        [(0, 0), (100, 0), (100, 100), (0, 100)],
        SELF_TOUCHING,
        [(200, 0), (300, 0), (300, 100), (200, 100)],
    ]
    rings += [[(0, 100), (300, 100), (300, 200), (0, 200)], [(0, -100), (300, -100), (300, 0), (0, 0)]]
    for index, ring in enumerate(rings):
        feature = ogr.Feature(layer.GetLayerDefn())
        wkt = "POLYGON ((" + ", ".join(f"{X0 + x} {Y0 + y}" for x, y in ring + ring[:1]) + "))"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, value in (
            ("LIBELLE", f"Z{index}"),
            ("TYPEZONE", "U"),
            ("IDURBA", PLUI),
            ("INSEE", "30001"),
        ):
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    source = None
    table = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(folder / "200000001_DOC_URBA_COM.dbf"))
    rows = table.CreateLayer("200000001_DOC_URBA_COM", None, ogr.wkbNone)
    for name in ("IDURBA", "INSEE"):
        rows.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for code in listed:
        row = ogr.Feature(rows.GetLayerDefn())
        row.SetField("IDURBA", PLUI)
        row.SetField("INSEE", code)
        rows.CreateFeature(row)
    table = None


def test_plui_listing_communes_its_zones_do_not_use_is_reported_at_import_and_validation(tmp_path):
    _write_plui(tmp_path / "plui", ["30001", "30002", "30003"])
    gpkg = create_plan(tmp_path / "plui.gpkg", "EPSG:2154").gpkg
    communes_report, zoning_report = import_cnig_document(gpkg, tmp_path / "plui")
    assert communes_report.warnings == [
        f"{PLUI}: DOC_URBA_COM lists 3 communes, the zones use 1; no zone in 30002, 30003 "
        "(no commune outline for them)."
    ]
    assert zoning_report.count == 5
    findings = validate_plan(gpkg, write=False)
    mismatches = _rules(findings, "CNIG_COMMUNE_LIST_MISMATCH")
    assert sorted(f.communes for f in mismatches) == [("30002",), ("30003",)]
    assert mismatches[0].message("en").startswith(f"Document {PLUI} lists 3000")
    # The invalid zone is reported, and only the notch its ring leaves out is unzoned land.
    [invalid] = _rules(findings, "GEOM_INVALID")
    expected = f"Invalid geometry of Z1 (no. 2, {PLUI}, source FID 1) in “Zoning”: "
    assert invalid.message("en").startswith(expected)
    assert [round(f.measure) for f in _rules(findings, "ZONE_GAP")] == [200]


def test_plui_list_matching_its_zones_gives_no_warning(tmp_path):
    _write_plui(tmp_path / "plui", ["30001"])
    gpkg = create_plan(tmp_path / "plui.gpkg", "EPSG:2154").gpkg
    communes_report, _ = import_cnig_document(gpkg, tmp_path / "plui")
    assert communes_report.warnings == []
    assert not _rules(validate_plan(gpkg, write=False), "CNIG_COMMUNE_LIST_MISMATCH")
