"""GPU pre-check of CNIG document folders: the real PLU of Arpaillargues-et-Aureilhac (30014), folders
written with GDAL (naming, missing files, .cpg, DBF tables), the command line and the Processing algorithm."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

from masterplan_plugin.cli import main
from masterplan_plugin.core.errors import InputError
from masterplan_plugin.io.cnig_folder import read_document_folder
from masterplan_plugin.io.cnig_precheck import validate_cnig_document
from masterplan_plugin.processing.provider import MasterPlanProvider
from test.unit.realdata import realdata_path

IDURBA = "30014_PLU_20171013"


def rules(result) -> Counter:
    return Counter(entry.finding.rule for entry in result.register)


@pytest.fixture(scope="module")
def real():
    return validate_cnig_document(realdata_path("cnig_plu", IDURBA))


def test_real_document_is_read_with_its_dbf_tables_and_field_widths():
    inventory = read_document_folder(realdata_path("cnig_plu", IDURBA))
    tables = {t.stem: t for t in inventory.tables}
    assert len(tables) == 8 and tables["30014_DOC_URBA_COM_20171013"].geometries is None
    zones = tables["30014_ZONE_URBA_20171013"]
    assert len(zones) == 90 and zones.cpg == "1252" and zones.crs == "EPSG:2154"
    assert {f.name: f.width for f in zones.fields}["LIBELLE"] == 254
    assert zones.fids.tolist() == list(range(90)) and not any(g.has_z for g in zones.geometries)


def test_real_document_findings(real):
    """What the real document gets: 2017+ standard, well named (no naming finding), one IDURBA of 2014 left
    in its information layer, no written documents folder, Windows-1252 tables, and the zones' overlaps
    and gaps the GPU's validator does not look for."""
    assert real.version == "2017" and real.crs == "EPSG:2154" and real.topology_checked
    assert rules(real) == {
        "CNIG_IDURBA_MISMATCH": 18,  # every INFO_SURF feature says 30014_PLU_20141013
        "CNIG_FILE_MISSING": 1,  # Pieces_ecrites/
        "CNIG_ENCODING": 8,  # six shapefiles declare 1252, the two DBF tables declare nothing
        "ZONE_OVERLAP": 5,
        "ZONE_GAP": 2,
    }
    mismatch = next(e.finding for e in real.register if e.finding.rule == "CNIG_IDURBA_MISMATCH")
    assert mismatch.layer == "30014_INFO_SURF_20171013" and mismatch.params["value"] == "30014_PLU_20141013"
    assert mismatch.geometry is not None and mismatch.geometry.geom_type == "Polygon"
    overlap = next(e.finding for e in real.register if e.finding.rule == "ZONE_OVERLAP")
    assert {source["document"] for source in overlap.params["features"]} == {IDURBA}
    assert all("source_fid" in source for source in overlap.params["features"])
    assert real.open_errors == 18 + 1 + 5


def test_real_document_as_html_json_and_text_reports(real):
    from masterplan_plugin.operations.reports import render_report

    document = json.loads(render_report(real, "json", "fr"))
    assert document["plan"] == IDURBA and document["summary"]["CNIG_ENCODING"] == 8
    assert "Donnees_geographiques/30014_INFO_SURF_20171013.shp, objet 0, champ IDURBA" in " ".join(
        f["message"] for f in document["findings"])
    assert "<table>" in render_report(real, "html", "de")
    assert render_report(real, "text", "en").startswith(f"{IDURBA} (EPSG:2154): 34 finding(s)")


def write_table(path: Path, rows: list[dict], geometry: str | None = None, cpg: str | None = "UTF-8") -> None:
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    kind = ogr.wkbPolygon if geometry else ogr.wkbNone
    layer = dataset.CreateLayer(path.stem, srs if geometry else None, kind, ["ENCODING=UTF-8"])
    for name in rows[0]:
        field = ogr.FieldDefn(name, ogr.OFTString)
        field.SetWidth(254)
        layer.CreateField(field)
    for index, row in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in row.items():
            if value is not None:
                feature.SetField(name, value)
        if geometry:
            x = 700000 + index * 100
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} 6600000,{x + 100} 6600000,{x + 100} 6600100,{x} 6600100,{x} 6600000))"))
        layer.CreateFeature(feature)
    dataset = None
    cpg_path = path.with_suffix(".cpg")
    if cpg is None:
        cpg_path.unlink(missing_ok=True)
    else:
        cpg_path.write_text(cpg)


def write_document(root: Path, name: str = "57038_PLU_20200101", zone_name: str | None = None,
                   libelle: str = "UA") -> Path:
    folder = root / name
    data = folder / "Donnees_geographiques"
    data.mkdir(parents=True)
    idurba = "57038_PLU_20200101"
    rule = "57038_reglement_20200101.pdf"
    write_table(data / (zone_name or "57038_ZONE_URBA_20200101.shp"), [
        {"LIBELLE": libelle, "LIBELONG": "Zone urbaine", "TYPEZONE": "U", "NOMFIC": rule,
         "URLFIC": None, "IDURBA": idurba, "DATVALID": "20200101"},
        {"LIBELLE": "N", "LIBELONG": "Zone naturelle", "TYPEZONE": "N", "NOMFIC": rule,
         "URLFIC": None, "IDURBA": idurba, "DATVALID": "20200101"},
    ], geometry="polygon")
    write_table(folder / "57038_DOC_URBA_20200101.dbf", [
        {"IDURBA": idurba, "TYPEDOC": "PLU", "ETAT": "03", "DATAPPRO": "20200101", "DATEREF": "20190101"}])
    write_table(folder / "57038_DOC_URBA_COM_20200101.dbf", [{"IDURBA": idurba, "INSEE": "57038"}])
    (folder / "fr-000057038-plu20200101.xml").write_text("<metadata/>")
    written = folder / "Pieces_ecrites" / "3_Reglement"
    written.mkdir(parents=True)
    (written / "57038_reglement_20200101.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return folder


def test_a_clean_gdal_written_document_has_no_finding(tmp_path):
    folder = write_document(tmp_path)
    inventory = read_document_folder(folder)
    assert {t.stem: t.geometries is None for t in inventory.tables} == {
        "57038_ZONE_URBA_20200101": False, "57038_DOC_URBA_20200101": True,
        "57038_DOC_URBA_COM_20200101": True}
    result = validate_cnig_document(folder)
    assert [e.finding.rule for e in result.register] == [] and result.open_errors == 0


def test_gdal_written_defects_are_found_by_file_field_and_feature(tmp_path):
    folder = write_document(tmp_path, "57038_PLUi_2020", zone_name="zone_urba.shp", libelle="ABCDEFGHIJKLMN")
    (folder / "57038_DOC_URBA_20200101.cpg").unlink()
    (folder / "Pieces_ecrites" / "3_Reglement" / "notes.docx").write_bytes(b"PK")
    result = validate_cnig_document(folder)
    found = {(e.finding.rule, e.finding.layer) for e in result.register}
    assert ("CNIG_FOLDER_NAME", "57038_PLUi_2020") in found
    assert ("CNIG_ENCODING", "57038_DOC_URBA_20200101") in found
    assert ("CNIG_WRITTEN_DOCUMENT", "57038_PLUi_2020") in found  # the .docx
    [long_label] = [e.finding for e in result.register if e.finding.rule == "CNIG_VALUE_TOO_LONG"]
    assert long_label.message("en") == ("Donnees_geographiques/zone_urba.shp, feature 0, field LIBELLE: "
                                        "“ABCDEFGHIJKLMN” is 14 characters, at most 12.")


def test_misnamed_and_missing_tables(tmp_path):
    folder = write_document(tmp_path, zone_name="57038_ZONE_URBA_20191231.shp")
    (folder / "57038_DOC_URBA_20200101.dbf").unlink()
    result = validate_cnig_document(folder)
    by_rule = {e.finding.rule: e.finding for e in result.register}
    expected = "Donnees_geographiques/57038_ZONE_URBA_20200101.shp"
    assert by_rule["CNIG_FILE_NAME"].params["expected"] == expected
    assert by_rule["CNIG_FILE_MISSING"].params["file"] == "57038_DOC_URBA_20200101.dbf"


def test_a_folder_without_zones_is_reported_not_raised(tmp_path):
    folder = write_document(tmp_path)
    shutil.rmtree(folder / "Donnees_geographiques")
    result = validate_cnig_document(folder)
    assert not result.topology_checked
    assert "CNIG_FILE_MISSING" in rules(result)
    with pytest.raises(InputError):
        validate_cnig_document(tmp_path / "nothing_here")


def test_command_line_validates_a_cnig_document(tmp_path, capsys):
    folder = write_document(tmp_path)
    report = tmp_path / "report.json"
    arguments = ["validate", "--cnig-document", str(folder), "--format", "json", "--output", str(report)]
    assert main(arguments) == 0
    assert json.loads(report.read_text(encoding="utf-8"))["findings"] == []
    real = realdata_path("cnig_plu", IDURBA)
    assert main(["validate", "--cnig-document", str(real), "--language", "de"]) == 1
    assert "34 finding(s)" in capsys.readouterr().out
    assert main(["validate"]) == 2 and "either a plan or --cnig-document" in capsys.readouterr().err


def test_processing_algorithm_writes_the_reports(qgis_processing, tmp_path):
    from qgis import processing

    registry = QgsApplication.processingRegistry()
    provider = MasterPlanProvider()
    assert registry.addProvider(provider)
    try:
        html, report = tmp_path / "precheck.html", tmp_path / "precheck.json"
        outputs = processing.run("masterplan:validatecnig", {
            "FOLDER": str(realdata_path("cnig_plu", IDURBA)), "VERSION": 0, "HTML": str(html),
            "JSON": str(report)}, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    finally:
        registry.removeProvider(provider)
    assert (outputs["ERRORS"], outputs["WARNINGS"], outputs["FINDINGS"]) == (24, 10, 34)
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["ZONE_OVERLAP"] == 5
    assert "CNIG" in html.read_text(encoding="utf-8")
