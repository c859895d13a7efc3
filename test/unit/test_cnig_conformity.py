"""CNIG conformity rules on generated document inventories: a clean document, then one defect per rule."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from masterplan_plugin.core.checks.catalogue import rule_catalogue
from masterplan_plugin.core.cnig_conformity import (
    DocumentInventory,
    FieldDefinition,
    TableData,
    check_document,
    detect_version,
    make_context,
    standard,
)
from masterplan_plugin.core.findings import Severity

FOLDER = "30014_PLU_20171013"
IDURBA = "30014_PLU_20171013"
ZONES = "Donnees_geographiques/30014_ZONE_URBA_20171013.shp"
DOC = "30014_DOC_URBA_20171013.dbf"
DOC_COM = "30014_DOC_URBA_COM_20171013.dbf"
RULE_IDS = [rule for rule in rule_catalogue()
            if rule.startswith("CNIG_") and rule != "CNIG_COMMUNE_LIST_MISMATCH"]


def table(path, columns, geometries=None, cpg="UTF-8", records=None):
    count = len(next(iter(columns.values())))
    fields = [FieldDefinition(name, "String", 254) for name in columns]
    text = " ".join(str(v) for values in columns.values() for v in values if v is not None)
    return TableData(path, fields, {k: list(v) for k, v in columns.items()}, np.arange(count, dtype=np.int64),
                     None if geometries is None else np.array(geometries, dtype=object), cpg,
                     text.encode("utf-8") if records is None else records, "EPSG:2154")


def clean_document() -> DocumentInventory:
    zones = table(ZONES, {
        "LIBELLE": ["UA", "N"], "LIBELONG": ["Zone urbaine", "Zone naturelle"], "TYPEZONE": ["U", "N"],
        "NOMFIC": ["30014_reglement_20171013.pdf#page=3", "30014_reglement_20171013.pdf"],
        "URLFIC": [None, None], "IDURBA": [IDURBA, IDURBA], "DATVALID": ["20171013", None],
    }, [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)])
    doc = table(DOC, {"IDURBA": [IDURBA], "TYPEDOC": ["PLU"], "ETAT": ["03"], "DATAPPRO": ["20171013"],
                      "SIREN": [None], "NOMREG": ["30014_reglement_20171013.pdf"], "TYPEREF": ["02"],
                      "DATEREF": ["20150101"]})
    communes = table(DOC_COM, {"IDURBA": [IDURBA], "INSEE": ["30014"]})
    files = [ZONES, ZONES.replace(".shp", ".dbf"), DOC, DOC_COM, "fr-000030014-plu20171013.xml",
             "Pieces_ecrites/3_Reglement/30014_reglement_20171013.pdf"]
    return DocumentInventory(FOLDER, files, [zones, doc, communes])


def zones_of(document):
    return document.tables[0]


def only(findings, rule):
    found = [f for f in findings if f.rule == rule]
    assert found, [(f.rule, f.params) for f in findings]
    return found


def test_a_clean_document_has_no_finding():
    assert check_document(clean_document()) == []


def test_every_cnig_rule_has_a_failing_case_below():
    covered = {name.split("test_")[1] for name in globals() if name.startswith("test_cnig_")}
    assert {rule.lower() for rule in RULE_IDS} == covered


def test_version_is_detected_from_the_fields_and_can_be_overridden():
    document = clean_document()
    assert detect_version(make_context(document)) == "2017"
    zones = zones_of(document)
    zones.fields.append(FieldDefinition("INSEE", "String", 5))
    zones.columns["INSEE"] = ["30014", "30014"]
    assert detect_version(make_context(document)) == "2014"
    assert make_context(document, "2013").version == "2013"
    with pytest.raises(ValueError):
        make_context(document, "2020")


def test_cnig_folder_name():
    document = clean_document()
    document.folder = "PLU Arpaillargues"
    [finding] = only(check_document(document), "CNIG_FOLDER_NAME")
    assert finding.message("en").startswith("Folder “PLU Arpaillargues” does not follow the pattern")


def test_cnig_file_name():
    document = clean_document()
    zones_of(document).path = "Donnees_geographiques/30014_ZONE_URBA_20171014.shp"
    [finding] = only(check_document(document), "CNIG_FILE_NAME")
    assert finding.params["expected"] == ZONES and finding.layer == "30014_ZONE_URBA_20171014"


def test_cnig_file_missing():
    document = clean_document()
    document.tables.pop(0)
    document.files = [f for f in document.files if not f.startswith(("Pieces", "fr-"))]
    files = {f.params["file"] for f in only(check_document(document), "CNIG_FILE_MISSING")}
    assert files == {ZONES, "Pieces_ecrites/", "<metadata>.xml"}


def test_cnig_field_missing():
    document = clean_document()
    zones = zones_of(document)
    zones.fields = [f for f in zones.fields if f.name != "TYPEZONE"]
    del zones.columns["TYPEZONE"]
    [finding] = only(check_document(document), "CNIG_FIELD_MISSING")
    assert finding.message("en") == f"{ZONES}: field TYPEZONE (mandatory, standard 2017+) is missing."


def test_cnig_value_missing():
    document = clean_document()
    zones_of(document).columns["LIBELLE"][1] = "  "
    zones_of(document).geometries[0] = None
    findings = only(check_document(document), "CNIG_VALUE_MISSING")
    assert {(f.feature_ids, f.params["field"]) for f in findings} == {((1,), "LIBELLE"), ((0,), "geometry")}
    libelle = next(f for f in findings if f.params["field"] == "LIBELLE")
    assert libelle.geometry.equals(shapely.box(100, 0, 200, 100))  # located by the feature, document CRS


def test_cnig_value_not_allowed():
    document = clean_document()
    zones_of(document).columns["TYPEZONE"][0] = "Nh"  # allowed before 2017 only
    [finding] = only(check_document(document), "CNIG_VALUE_NOT_ALLOWED")
    assert finding.params["expected"] == "U, AUc, AUs, A, N" and finding.severity is Severity.ERROR
    assert not [f for f in check_document(document, "2014") if f.rule == "CNIG_VALUE_NOT_ALLOWED"]


def test_cnig_value_too_long():
    document = clean_document()
    zones_of(document).columns["LIBELLE"][0] = "ABCDEFGHIJKLMN"
    [finding] = only(check_document(document), "CNIG_VALUE_TOO_LONG")
    assert finding.layer == "30014_ZONE_URBA_20171013" and finding.feature_ids == (0,)
    assert finding.message("en") == (f"{ZONES}, feature 0, field LIBELLE: “ABCDEFGHIJKLMN” is 14 characters, "
                                     "at most 12.")
    assert finding.params["value"] == "ABCDEFGHIJKLMN" and finding.communes == ("30014",)


def test_cnig_date_invalid():
    document = clean_document()
    zones_of(document).columns["DATVALID"][0] = "20171332"
    [finding] = only(check_document(document), "CNIG_DATE_INVALID")
    assert finding.params["field"] == "DATVALID"


def test_cnig_code_invalid():
    document = clean_document()
    document.tables[2].columns["INSEE"][0] = "3014"
    document.tables[1].columns["SIREN"][0] = "12345"
    findings = only(check_document(document), "CNIG_CODE_INVALID")
    assert {f.params["field"] for f in findings} == {"INSEE", "SIREN"}
    corsica = clean_document()
    corsica.tables[2].columns["INSEE"][0] = "2A004"
    assert not [f for f in check_document(corsica) if f.rule == "CNIG_CODE_INVALID"]


def test_cnig_idurba_invalid():
    document = clean_document()
    zones_of(document).columns["IDURBA"][1] = "30014-PLU-2017"
    [finding] = only(check_document(document), "CNIG_IDURBA_INVALID")
    assert finding.feature_ids == (1,)


def test_cnig_idurba_mismatch():
    document = clean_document()
    zones_of(document).columns["IDURBA"][0] = "30014_PLU_20141013"
    document.tables[1].columns["IDURBA"][0] = "30014_PLU_20101013"
    findings = only(check_document(document), "CNIG_IDURBA_MISMATCH")
    assert {f.layer for f in findings} == {"30014_ZONE_URBA_20171013", "30014_DOC_URBA_20171013"}
    assert any(f.params.get("_variant") == "message_not_found" for f in findings)


def test_cnig_doc_communes():
    document = clean_document()
    document.tables[2] = table(DOC_COM, {"IDURBA": [IDURBA, IDURBA], "INSEE": ["30014", "30015"]})
    [finding] = only(check_document(document), "CNIG_DOC_COMMUNES")
    assert finding.params["commune"] == "30015"


def test_cnig_written_document():
    document = clean_document()
    zones_of(document).columns["NOMFIC"] = ["30014_missing.pdf", "30014_missing.pdf#page=2"]
    document.files.append("Pieces_ecrites/3_Reglement/notes.docx")
    findings = only(check_document(document), "CNIG_WRITTEN_DOCUMENT")
    missing = next(f for f in findings if f.params.get("field") == "NOMFIC")
    assert missing.feature_ids == (0, 1) and missing.params["value"] == "30014_missing.pdf"
    assert any(f.params.get("_variant") == "message_format" for f in findings)


def test_cnig_geometry_limit(monkeypatch):
    monkeypatch.setitem(standard.settings()["geometry_limits"], "max_vertices", 5)
    document = clean_document()
    zones_of(document).geometries[1] = shapely.Point(150, 50).buffer(10)
    [finding] = only(check_document(document), "CNIG_GEOMETRY_LIMIT")
    assert finding.feature_ids == (1,) and finding.params["vertices"] > 5


@pytest.mark.parametrize(("cpg", "records", "variant"), [
    (None, None, "message_missing"),
    ("1252", None, "message_other"),
    ("UTF-8", "Zone d'activité".encode("cp1252"), "message_mismatch"),
])
def test_cnig_encoding(cpg, records, variant):
    document = clean_document()
    zones_of(document).cpg = cpg
    if records is not None:
        zones_of(document).records = records
    [finding] = only(check_document(document), "CNIG_ENCODING")
    assert finding.params["_variant"] == variant and finding.severity is Severity.WARNING


def test_utf8_cut_in_the_middle_of_a_character_is_not_a_mismatch():
    document = clean_document()
    zones_of(document).records = "activité".encode()[:-1]
    zones_of(document).records_cut = True  # the adapter read only the table's first bytes
    assert check_document(document) == []
    zones_of(document).records_cut = False
    assert [f.rule for f in check_document(document)] == ["CNIG_ENCODING"]


def test_a_2014_document_is_checked_with_its_own_fields_and_codes():
    zones = table("Donnees_geographiques/30014_ZONE_URBA_20140101.shp", {
        "LIBELLE": ["Nh1"], "TYPEZONE": ["Nh"], "DESTDOMI": ["06"], "INSEE": ["30014"],
        "DATAPPRO": ["20140101"]}, [shapely.box(0, 0, 1, 1)])
    doc = table("30014_DOC_URBA_20140101.dbf",
                {"IDURBA": ["3001420140101"], "TYPEDOC": ["PLU"], "ETAT": ["03"]})
    document = DocumentInventory("30014_PLU_20140101", ["a.xml", "Pieces_ecrites/r.pdf"], [zones, doc])
    findings = check_document(document)
    assert [(f.rule, f.params["field"], f.params["value"]) for f in findings] == [
        ("CNIG_VALUE_NOT_ALLOWED", "DESTDOMI", "06")]


def test_every_cnig_message_fills_its_placeholders_in_three_languages():
    document = clean_document()
    document.folder = "3001_PLU_20171332"
    zones = zones_of(document)
    zones.columns["LIBELLE"][0] = "ABCDEFGHIJKLMN"
    zones.columns["NOMFIC"][0] = "nowhere.pdf"
    zones.cpg = "1252"
    for finding in check_document(document):
        for language in ("fr", "en", "de"):
            message = finding.message(language)
            assert "{" not in message and "None" not in message, message
