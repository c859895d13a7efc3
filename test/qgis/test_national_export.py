"""The demo plan exported as CNIG PLU folders and INSPIRE PLU, read back by GDAL and the plugin's import."""

import argparse
import importlib.util
import shutil
import xml.etree.ElementTree as ET
from collections import Counter

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingContext, QgsProcessingFeedback

from masterplan_plugin.cli_export import add_export_parser, run_export
from masterplan_plugin.core import cnig_export as cnig
from masterplan_plugin.core.crs import transform_geometries
from masterplan_plugin.core.errors import InputError
from masterplan_plugin.core.inspire_plu import plu_spec
from masterplan_plugin.core.nomenclature import hilucs_classes
from masterplan_plugin.io.cnig_document import import_cnig_document
from masterplan_plugin.io.national_export import export_cnig_folders, export_inspire_plu
from masterplan_plugin.io.plan_io import append_to_plan, read_vector
from masterplan_plugin.processing.export_national import ExportCnigAlgorithm, ExportInspirePluAlgorithm
from masterplan_plugin.qgis_adapters.demo_builder import build_demo
from masterplan_plugin.qgis_adapters.plan_project import create_plan

FRENCH = ("54580", "57038", "57603")
DATE = "20240115"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("demo"))[0].gpkg


@pytest.fixture(scope="module")
def exported(plan, tmp_path_factory):
    out = tmp_path_factory.mktemp("cnig")
    return export_cnig_folders(plan, out, approval_date=DATE)


@pytest.fixture(scope="module")
def zoning(plan):
    return read_vector(plan, "zoning")


def _layer_fields(path):
    dataset = ogr.Open(str(path))
    definition = dataset.GetLayer(0).GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    return [(f.GetName(), f.GetTypeName(), f.GetWidth()) for f in fields]


def _features(path):
    dataset = ogr.Open(str(path))
    return [
        (
            feature.items(),
            shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
            if feature.GetGeometryRef()
            else None,
        )
        for feature in dataset.GetLayer(0)
    ]


def _plan_copy(plan, tmp_path):
    copy = tmp_path / "plan.gpkg"
    shutil.copy(plan, copy)
    return copy


# --- CNIG ------------------------------------------------------------------------------------------------


def test_one_gpu_folder_per_french_commune(exported):
    out = exported.out_dir
    assert sorted(p.name for p in out.iterdir()) == [
        f"{code}_PLU_{DATE}" for code in FRENCH
    ]  # no staging left
    for code in FRENCH:
        folder = out / f"{code}_PLU_{DATE}"
        geodata = folder / "Donnees_geographiques"
        assert sorted(p.name for p in geodata.iterdir()) == [
            f"{code}_ZONE_URBA_{DATE}{ext}" for ext in (".cpg", ".dbf", ".prj", ".shp", ".shx")
        ]
        assert (geodata / f"{code}_ZONE_URBA_{DATE}.cpg").read_text() == "UTF-8"
        for table in ("DOC_URBA", "DOC_URBA_COM"):
            assert (folder / f"{code}_{table}_{DATE}.dbf").is_file()
        srs = osr.SpatialReference()
        srs.SetFromUserInput((geodata / f"{code}_ZONE_URBA_{DATE}.prj").read_text())
        assert [(m.GetAuthorityCode(None), confidence) for m, confidence in srs.FindMatches()][0] == (
            "2154",
            100,
        )
        written = folder / "Pieces_ecrites"
        assert sorted(p.name for p in written.iterdir()) == [
            "0_Procedure",
            "1_Rapport_de_presentation",
            "2_PADD",
            "3_Reglement",
            "4_Annexes",
        ]
        assert not any(p.is_file() for p in written.rglob("*"))  # the planner adds the PDFs
    assert exported.other_standard_zones == 26  # Luxembourg and Walloon zones: never CNIG


def test_fields_types_and_widths_are_the_standards(exported):
    folder = exported.out_dir / f"57038_PLU_{DATE}"
    assert _layer_fields(folder / "Donnees_geographiques" / f"57038_ZONE_URBA_{DATE}.shp") == [
        ("LIBELLE", "String", 12),
        ("LIBELONG", "String", 254),
        ("TYPEZONE", "String", 3),
        ("FORMDOMI", "String", 4),
        ("NOMFIC", "String", 80),
        ("URLFIC", "String", 254),
        ("IDURBA", "String", 30),
        ("DATVALID", "String", 8),
    ]
    assert _layer_fields(folder / f"57038_DOC_URBA_{DATE}.dbf") == [
        (f.name, "String", f.width) for f in cnig.cnig_spec().tables["DOC_URBA"]
    ]
    assert _layer_fields(folder / f"57038_DOC_URBA_COM_{DATE}.dbf") == [
        ("IDURBA", "String", 30),
        ("INSEE", "String", 5),
    ]
    document = _features(folder / f"57038_DOC_URBA_{DATE}.dbf")[0][0]
    assert (document["IDURBA"], document["TYPEDOC"], document["DATAPPRO"], document["ETAT"]) == (
        f"57038_PLU_{DATE}",
        "PLU",
        DATE,
        "03",
    )
    assert _features(folder / f"57038_DOC_URBA_COM_{DATE}.dbf")[0][0] == {
        "IDURBA": f"57038_PLU_{DATE}",
        "INSEE": "57038",
    }


def test_each_commune_gets_exactly_its_french_zones_with_their_codes(exported, zoning):
    codes = zoning.attributes["commune_code"]
    for document in exported.documents:
        own = (codes == document.insee) & (zoning.attributes["standard"] == "CNIG")
        rows = _features(document.folder / "Donnees_geographiques" / f"{document.insee}_ZONE_URBA_{DATE}.shp")
        assert len(rows) == own.sum() == document.zones and document.skipped == []
        assert Counter((r["TYPEZONE"], r["FORMDOMI"]) for r, _ in rows) == Counter(
            zip(
                zoning.attributes["national_code"][own],
                zoning.attributes["national_subcode"][own],
                strict=True,
            )
        )
        assert {r["IDURBA"] for r, _ in rows} == {f"{document.insee}_PLU_{DATE}"}
        assert {r["NOMFIC"] for r, _ in rows} == {f"{document.insee}_reglement_{DATE}.pdf"}
        assert all(geometry.is_valid for _, geometry in rows)
    assert sum(d.zones for d in exported.documents) == 30  # the demo's French zones; no LU/BE zone
    assert sorted(d.insee for d in exported.documents) == list(FRENCH)


def test_a_folder_imports_back_into_a_plan_with_the_same_zones(exported, zoning, tmp_path):
    """Round trip through the plugin's own CNIG import: counts, codes, sub-codes and areas."""
    target = create_plan(tmp_path / "back.gpkg", "EPSG:3035").gpkg
    for document in exported.documents:
        import_cnig_document(target, document.folder)
    back = read_vector(target, "zoning")
    assert sorted(read_vector(target, "communes").attributes["code"]) == list(FRENCH)
    french = zoning.attributes["standard"] == "CNIG"
    for code in FRENCH:
        before = french & (zoning.attributes["commune_code"] == code)
        after = back.attributes["commune_code"] == code
        assert after.sum() == before.sum()
        assert Counter(
            zip(
                back.attributes["national_code"][after],
                back.attributes["national_subcode"][after],
                back.attributes["hilucs_code"][after],
                strict=True,
            )
        ) == Counter(
            zip(
                zoning.attributes["national_code"][before],
                zoning.attributes["national_subcode"][before],
                zoning.attributes["hilucs_code"][before],
                strict=True,
            )
        )
        assert set(back.attributes["source_document"][after]) == {f"{code}_PLU_{DATE}"}
        np.testing.assert_allclose(
            np.sort(shapely.area(back.geometries[after])),
            np.sort(shapely.area(zoning.geometries[before])),
            rtol=1e-7,
        )


def test_existing_folders_are_kept_unless_overwriting_is_asked(plan, tmp_path):
    first = export_cnig_folders(plan, tmp_path, communes=["57603"], approval_date=DATE)
    doc = first.documents[0].folder / f"57603_DOC_URBA_{DATE}.dbf"
    with pytest.raises(InputError):
        export_cnig_folders(plan, tmp_path, communes=["57603"], approval_date=DATE)
    export_cnig_folders(
        plan,
        tmp_path,
        communes=["57603"],
        approval_date=DATE,
        overwrite=True,
        document={"DATEREF": "20230601"},
    )
    assert _features(doc)[0][0]["DATEREF"] == "20230601"
    assert [p.name for p in tmp_path.iterdir()] == [f"57603_PLU_{DATE}"]


def test_an_error_leaves_no_folder_at_all(plan, tmp_path):
    """Villerupt is written first (in staging), then a Russange zone cannot be brought to Lambert-93."""
    copy = _plan_copy(plan, tmp_path)
    append_to_plan(
        copy,
        "zoning",
        np.array([shapely.box(1e12, 1e12, 1e12 + 10, 1e12 + 10)], dtype=object),
        {"commune_code": ["57603"], "standard": ["CNIG"], "national_code": ["U"]},
    )
    out = tmp_path / "out"
    with pytest.raises(InputError):
        export_cnig_folders(copy, out, communes=["54580", "57603"], approval_date=DATE)
    assert list(out.iterdir()) == []


def test_invalid_zones_are_repaired_and_long_labels_kept_whole(plan, tmp_path):
    copy = _plan_copy(plan, tmp_path)
    bow_tie = shapely.Polygon(
        [(4026100, 2930100), (4026300, 2930300), (4026300, 2930100), (4026100, 2930300)]
    )
    long_label = "Zone urbaine du centre"
    append_to_plan(
        copy,
        "zoning",
        np.array([bow_tie, shapely.box(4026000, 2930000, 4026050, 2930050)], dtype=object),
        {
            "commune_code": ["54580", "54580"],
            "standard": ["CNIG", "CNIG"],
            "national_code": ["N", "Nh"],
            "label": [long_label, None],
        },
    )
    fids = read_vector(copy, "zoning").ids[-2:].tolist()
    report = export_cnig_folders(copy, tmp_path / "out", communes=["54580"], approval_date=DATE)
    document = report.documents[0]
    kinds = {(issue.kind, issue.fid) for issue in document.issues if issue.kind != cnig.DATEREF_ASSUMED}
    assert kinds == {
        (cnig.GEOMETRY_REPAIRED, fids[0]),
        (cnig.LABEL_TOO_LONG, fids[0]),
        (cnig.TYPEZONE_UNKNOWN, fids[1]),
    }
    assert document.skipped == [fids[1]] and document.zones == 12
    shp = document.folder / "Donnees_geographiques" / f"54580_ZONE_URBA_{DATE}.shp"
    rows = _features(shp)
    repaired = [geometry for values, geometry in rows if values["LIBELLE"] == long_label]
    assert (
        len(repaired) == 1
        and repaired[0].is_valid
        and repaired[0].area == pytest.approx(2 * 200 * 100 / 2, rel=0.01)
    )
    assert ("LIBELLE", "String", len(long_label)) in _layer_fields(shp)


def test_only_french_communes_of_the_plan_can_be_chosen(plan, tmp_path):
    for communes in (["LU-ESCH"], ["99999"]):
        with pytest.raises(InputError):
            export_cnig_folders(plan, tmp_path, communes=communes)
    with pytest.raises(InputError):
        export_cnig_folders(plan, tmp_path, approval_date="2024-13-01")
    assert list(tmp_path.iterdir()) == []


# --- INSPIRE ---------------------------------------------------------------------------------------------

NS = plu_spec()["namespaces"]


def _q(prefix, name):
    return f"{{{NS[prefix]}}}{name}"


def test_inspire_gml_parses_back_with_every_zone_its_hilucs_class_and_area(plan, zoning, tmp_path):
    path = tmp_path / "plu.gml"
    report = export_inspire_plu(plan, path, valid_from=DATE)
    assert (report.zones, report.plans, report.crs) == (56, 6, "EPSG:4258")
    root = ET.parse(path).getroot()
    elements = root.findall(f".//{_q('plu', 'ZoningElement')}")
    assert len(elements) == len(zoning) == 56 and len(root.findall(f".//{_q('plu', 'SpatialPlan')}")) == 6
    uris = {hilucs.uri for hilucs in hilucs_classes().values()}
    plan_areas = dict(zip(zoning.ids.tolist(), shapely.area(zoning.geometries), strict=True))
    plan_codes = dict(zip(zoning.ids.tolist(), zoning.attributes["national_code"], strict=True))
    for element in elements:
        fid = int(element.find(f".//{_q('base', 'localId')}").text.rsplit("_", 1)[1])
        assert element.find(_q("plu", "hilucsLandUse")).get(_q("xlink", "href")) in uris
        specific = element.find(_q("plu", "specificLandUse"))
        assert specific.get(_q("xlink", "title")) == plan_codes[fid]
        assert element.find(_q("plu", "validFrom")).text == "2024-01-15"
        fragment = ET.tostring(element.find(_q("plu", "geometry"))[0], encoding="unicode")
        geometry = shapely.from_wkb(bytes(ogr.CreateGeometryFromGML(fragment).ExportToIsoWkb()))
        lon_lat = shapely.transform(geometry, lambda xy: xy[:, ::-1])  # GML: EPSG:4258's lat/long order
        area = shapely.area(transform_geometries(np.array([lon_lat]), "EPSG:4258", "EPSG:3035"))[0]
        assert area == pytest.approx(plan_areas[fid], rel=1e-6)
    unknown = {issue.fid for issue in report.issues}
    assert unknown == {int(f) for f in zoning.ids[[h is None for h in zoning.attributes["hilucs_code"]]]}
    # GDAL's own GML reader (no schema download) sees the same features.
    dataset = gdal.OpenEx(str(path), open_options=["DOWNLOAD_SCHEMA=NO"])
    counts = {
        dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
        for i in range(dataset.GetLayerCount())
    }
    assert counts == {"SpatialPlan": 6, "ZoningElement": 56}


def test_inspire_geopackage_is_the_flattened_zoning_element_table(plan, zoning, tmp_path):
    path = tmp_path / "plu.gpkg"
    report = export_inspire_plu(plan, path, crs="EPSG:3035", namespace="eu.example.masterplan")
    assert report.encoding == "GPKG"
    table = read_vector(path, "ZoningElement")
    assert len(table) == 56 and table.crs == "EPSG:3035"
    np.testing.assert_allclose(shapely.area(table.geometries), shapely.area(zoning.geometries), rtol=1e-9)
    hilucs = dict(zip(zoning.ids.tolist(), zoning.attributes["hilucs_code"], strict=True))
    for local_id, uri in zip(
        table.attributes["inspireId_localId"], table.attributes["hilucsLandUse"], strict=True
    ):
        code = hilucs[int(local_id.rsplit("_", 1)[1])] or "6_6"
        assert uri == hilucs_classes()[code].uri
    assert set(table.attributes["inspireId_namespace"]) == {"eu.example.masterplan"}
    with pytest.raises(InputError):
        export_inspire_plu(plan, tmp_path / "plu.shp")


# --- Processing, command line, CNIG pre-check ------------------------------------------------------------


def _run(algorithm, parameters):
    algorithm.initAlgorithm()
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results, ok = algorithm.run(parameters, context, feedback)
    assert ok, results
    return results


def test_processing_algorithms_export_both_formats(plan, tmp_path):
    results = _run(
        ExportCnigAlgorithm(),
        {
            "PLAN": str(plan),
            "OUTPUT": str(tmp_path / "cnig"),
            "COMMUNES": "57038, 57603",
            "DATE": DATE,
            "DATEREF": "20230101",
        },
    )
    assert results["ZONES"] == 19 and results["SKIPPED"] == 0
    assert [p.rsplit("/", 1)[-1] for p in results["FOLDERS"].splitlines()] == [
        f"57038_PLU_{DATE}",
        f"57603_PLU_{DATE}",
    ]
    results = _run(
        ExportInspirePluAlgorithm(), {"PLAN": str(plan), "OUTPUT": str(tmp_path / "plu.gml"), "CRS": 1}
    )
    assert (results["ZONES"], results["PLANS"]) == (56, 6)
    assert "EPSG/0/3035" in (tmp_path / "plu.gml").read_text(encoding="utf-8")
    algorithm = ExportCnigAlgorithm()
    algorithm.initAlgorithm()
    results, ok = algorithm.run(
        {"PLAN": str(plan), "OUTPUT": str(tmp_path / "cnig"), "COMMUNES": "57038", "DATE": DATE},
        QgsProcessingContext(),
        QgsProcessingFeedback(),
    )
    assert not ok  # the folder is there and OVERWRITE is off


def test_command_line_export(plan, tmp_path, capsys):
    parser = argparse.ArgumentParser()
    add_export_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        [
            "export",
            str(plan),
            "--cnig",
            str(tmp_path),
            "--communes",
            "54580",
            "--date",
            DATE,
            "--siren",
            "200000172",
        ]
    )
    assert run_export(args) == 0
    assert f"54580_PLU_{DATE}: 11 zone(s) of 54580 Villerupt" in capsys.readouterr().out
    doc = _features(tmp_path / f"54580_PLU_{DATE}" / f"54580_DOC_URBA_{DATE}.dbf")[0][0]
    assert doc["SIREN"] == "200000172"
    args = parser.parse_args(
        ["export", str(plan), "--inspire", str(tmp_path / "plu.gpkg"), "--crs", "EPSG:3035"]
    )
    assert run_export(args) == 0 and len(read_vector(tmp_path / "plu.gpkg", "ZoningElement")) == 56


@pytest.mark.skipif(
    importlib.util.find_spec("masterplan_plugin.io.cnig_precheck") is None,
    reason="the CNIG pre-check (io/cnig_precheck.py) is not in this tree",
)
def test_exported_folders_pass_the_cnig_precheck_but_for_what_the_planner_adds(exported):
    """Only the written documents (Pieces_ecrites) and the metadata record are missing; the zone topology
    findings are the demo's own deliberate defects, not the export's."""
    from masterplan_plugin.io.cnig_precheck import validate_cnig_document

    for document in exported.documents:
        result = validate_cnig_document(document.folder)
        assert result.version == "2017"
        conformity = [e.finding for e in result.register if e.finding.rule.startswith("CNIG_")]
        assert {(f.rule, f.params.get("file")) for f in conformity} <= {
            ("CNIG_FILE_MISSING", "Pieces_ecrites/"),
            ("CNIG_FILE_MISSING", "<metadata>.xml"),
        }, [f.message("en") for f in conformity]
