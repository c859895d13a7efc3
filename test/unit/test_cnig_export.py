"""CNIG PLU export and INSPIRE PLU records: names, values and the decisions they report (pure core)."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest

from masterplan_plugin.core import cnig_export as cnig
from masterplan_plugin.core import inspire_plu as plu
from masterplan_plugin.core.errors import InputError

NAMES = cnig.document_names("57038", "20240115")


def test_the_specification_is_the_2017_gpu_model():
    spec = cnig.cnig_spec()
    zone = {f.name: f for f in spec.tables["ZONE_URBA"]}
    assert spec.crs == "EPSG:2154" and spec.encoding == "UTF-8"
    assert (zone["LIBELLE"].width, zone["LIBELONG"].width, zone["TYPEZONE"].width) == (12, 254, 3)
    assert {name for name, f in zone.items() if f.required} == {"LIBELLE", "TYPEZONE", "NOMFIC", "IDURBA"}
    assert [f.name for f in spec.tables["DOC_URBA_COM"]] == ["IDURBA", "INSEE"]
    assert spec.typezones == ("U", "AUc", "AUs", "A", "N")


def test_names_follow_the_validator_patterns():
    assert NAMES.folder == "57038_PLU_20240115" == NAMES.idurba
    assert NAMES.zone_urba == "Donnees_geographiques/57038_ZONE_URBA_20240115"
    assert NAMES.doc_urba == "57038_DOC_URBA_20240115" and NAMES.doc_urba_com == "57038_DOC_URBA_COM_20240115"
    # The GPU validator's cnig_PLU_2017 patterns (IGNF/validator), also for Corsica's 2A/2B codes.
    assert re.fullmatch(r"[a-zA-Z0-9]+_PLU_[0-9]{8}(_[a-zA-Z])?", NAMES.folder)
    assert re.fullmatch(r"([0-9]{9}|(2A|2B|[0-9]{2})[0-9]{3})_reglement_[0-9]{8}.pdf", NAMES.reglement)
    assert cnig.is_insee("2A004") and cnig.is_insee(" 57038 ")
    assert not cnig.is_insee("LU-ESCH") and not cnig.is_insee("5703") and not cnig.is_insee(None)


def test_approval_date_accepts_both_spellings_and_defaults_to_today():
    assert cnig.approval_date("2024-01-15") == "20240115" == cnig.approval_date(datetime.date(2024, 1, 15))
    assert cnig.approval_date(None, today=datetime.date(2025, 3, 9)) == "20250309"
    for wrong in ("20241332", "15/01/2024", "2024"):
        with pytest.raises(InputError):
            cnig.approval_date(wrong)


def test_typezone_and_subcodes():
    assert cnig.typezone(" auc ") == "AUc" and cnig.typezone("U") == "U"
    assert cnig.typezone("Nh") is None and cnig.typezone(None) is None  # 2014 values: no longer accepted
    assert cnig.subcode_column("0100") == ("FORMDOMI", "0100") == cnig.subcode_column("100")
    assert cnig.subcode_column("1") == ("DESTDOMI", "01")
    assert cnig.subcode_column("0999") is None and cnig.subcode_column("x1") is None


def test_zone_table_reports_every_decision():
    long_label = "Zone urbaine du centre ancien"
    table = cnig.zone_table(
        [1, 2, 3, 4, 5],
        ["U", "Nh", "A", "AUc", "U"],
        ["0100", None, "77", None, None],
        ["UA", "Nh1", None, long_label, "Zoné àéèùî"],
        NAMES,
    )
    kinds = {(issue.kind, issue.fid) for issue in table.issues}
    assert kinds == {
        (cnig.TYPEZONE_UNKNOWN, 2),
        (cnig.LABEL_MISSING, 3),
        (cnig.SUBCODE_UNKNOWN, 3),
        (cnig.LABEL_TOO_LONG, 4),
    }
    assert table.positions == [0, 2, 3, 4]
    by_label = {row["LIBELLE"]: row for row in table.rows}
    assert by_label[long_label]["LIBELONG"] == long_label  # never cut: written whole and reported
    assert by_label["A"]["TYPEZONE"] == "A" and by_label["UA"]["LIBELONG"] == "Zone urbaine"
    assert by_label["UA"]["FORMDOMI"] == "0100" and by_label["UA"]["IDURBA"] == "57038_PLU_20240115"
    assert (
        by_label["UA"]["NOMFIC"] == "57038_reglement_20240115.pdf"
        and by_label["UA"]["DATVALID"] == "20240115"
    )
    assert [f.name for f in table.fields] == [
        "LIBELLE",
        "LIBELONG",
        "TYPEZONE",
        "FORMDOMI",
        "NOMFIC",
        "URLFIC",
        "IDURBA",
        "DATVALID",
    ]  # no DESTDOMI: no zone has one
    # 11 characters but 16 UTF-8 bytes: the DBF column widens, the standard's limit is kept.
    assert table.widths["LIBELLE"] == len(long_label.encode())
    assert table.widths["TYPEZONE"] == 3


def test_subcode_fields_can_be_left_out_and_say_so():
    table = cnig.zone_table([1], ["U"], ["0201"], ["UX"], NAMES, subcode_fields=False)
    assert "FORMDOMI" not in table.rows[0]
    assert [(i.kind, i.value) for i in table.issues] == [(cnig.SUBCODE_LEFT_OUT, "0201")]


def test_values_beyond_the_dbf_are_cut_at_a_character_boundary():
    label = "é" * 200  # 400 bytes
    table = cnig.zone_table([7], ["N"], [None], [label], NAMES)
    assert len(table.rows[0]["LIBELONG"].encode()) <= 254 and table.rows[0]["LIBELONG"] == "é" * 127
    assert {(i.kind, i.field) for i in table.issues} >= {
        (cnig.VALUE_CUT, "LIBELONG"),
        (cnig.VALUE_CUT, "LIBELLE"),
    }
    assert table.widths["LIBELONG"] == 254


def test_document_row_defaults_and_refusals():
    row, issues = cnig.document_row(NAMES)
    assert (row["IDURBA"], row["TYPEDOC"], row["ETAT"], row["DATAPPRO"]) == (
        "57038_PLU_20240115",
        "PLU",
        "03",
        "20240115",
    )
    assert row["NOMREG"] == NAMES.reglement and row["SIREN"] is None
    assert [(i.kind, i.value) for i in issues] == [(cnig.DATEREF_ASSUMED, "20240115")]
    row, issues = cnig.document_row(NAMES, {"DATEREF": "20230101", "SIREN": "200000172"})
    assert row["DATEREF"] == "20230101" and row["SIREN"] == "200000172" and issues == []
    with pytest.raises(InputError):
        cnig.document_row(NAMES, {"ETAT": "3"})
    with pytest.raises(InputError):
        cnig.document_row(NAMES, {"IDURBA": "x"})


# --- INSPIRE PLU ---------------------------------------------------------------------------------------


def test_zoning_elements_carry_hilucs_uris_and_unknown_codes_get_not_known_use():
    elements, issues = plu.zoning_elements(
        [1, 2, 3],
        ["57038", "LU-ESCH", None],
        ["CNIG", "PAG", "PDS"],
        ["U", "HAB-3", None],
        ["5_2", None, None],
    )
    assert (
        elements[0].hilucs_uri
        == "http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"
    )
    assert elements[1].hilucs_uri.endswith("/6_6_NotKnownUse")
    assert [(i.kind, i.fid) for i in issues] == [(plu.HILUCS_UNKNOWN, 2), (plu.HILUCS_UNKNOWN, 3)]
    assert elements[0].regulation_nature_uri.endswith("RegulationNatureValue/generallyBinding")
    assert elements[0].specific_uri == "urn:x-masterplan:codelist:CNIG:U" and elements[2].specific_uri is None
    assert [e.plan_gml_id for e in elements] == [
        "SpatialPlan_57038",
        "SpatialPlan_LU-ESCH",
        "SpatialPlan_none",
    ]
    plans = plu.spatial_plans(elements, {"57038": "Audun-le-Tiche"}, {"57038": "CNIG", "LU-ESCH": "PAG"})
    assert [(p.title, p.members) for p in plans] == [
        ("Audun-le-Tiche", ("ZoningElement_1",)),
        ("LU-ESCH", ("ZoningElement_2",)),
        ("none", ("ZoningElement_3",)),
    ]
    assert plans[0].level_uri.endswith("LevelOfSpatialPlanValue/local")


def test_only_etrs89_is_written():
    assert plu.srs_name(None) == ("EPSG:4258", "http://www.opengis.net/def/crs/EPSG/0/4258")
    assert plu.srs_name("epsg:3035")[0] == "EPSG:3035"
    with pytest.raises(InputError):
        plu.srs_name("EPSG:2154")


def test_gml_document_nests_the_geometry_fragments():
    elements, _ = plu.zoning_elements([4], ["57038"], ["CNIG"], ["A"], ["1_1"])
    plans = plu.spatial_plans(elements, {}, {})
    fragment = (
        '<gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="{}"><gml:exterior><gml:LinearRing>'
        "<gml:posList>0 0 0 1 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
    )
    document = plu.gml_document(
        plans,
        elements,
        {"SpatialPlan_57038": fragment.format("p")},
        {"ZoningElement_4": fragment.format("z")},
        "ns",
        "2024-01-15",
        "2024-01-15T00:00:00",
    )
    root = ET.fromstring(document)
    ns = plu.plu_spec()["namespaces"]
    zone = root.find(f".//{{{ns['plu']}}}ZoningElement")
    assert zone.get(f"{{{ns['gml']}}}id") == "ZoningElement_4"
    assert zone.find(f".//{{{ns['base']}}}localId").text == "ZoningElement_4"
    assert zone.find(f"{{{ns['plu']}}}geometry/{{{ns['gml']}}}Polygon") is not None
    assert zone.find(f"{{{ns['plu']}}}plan").get(f"{{{ns['xlink']}}}href") == "#SpatialPlan_57038"
    assert root.get("numberReturned") == "2"
