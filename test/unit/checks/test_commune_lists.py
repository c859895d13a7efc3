"""CNIG_COMMUNE_LIST_MISMATCH: a CNIG document's DOC_URBA_COM list against its zones' communes."""

import shapely

from masterplan_plugin.core.checks import run_checks
from masterplan_plugin.core.cnig import commune_list_mismatch, document_communes
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan, zone

PLUI = "200000000_PLUI_20200101"
COMMUNES = [commune("A", 0, 0, 100, 100, name="Alpha"), commune("B", 100, 0, 200, 100, name="Beta")]


def zones_of(document, *codes):
    rows = []
    for index, code in enumerate(codes):
        wkt, attrs = zone((index * 10, 0, index * 10 + 10, 10), code)
        attrs["source_document"] = document
        rows.append((wkt, attrs))
    return rows


def mismatches(documents, zoning):
    plan = make_plan(communes=COMMUNES, zoning=zoning)
    plan.documents = documents
    return [f for f in run_checks(plan) if f.rule == "CNIG_COMMUNE_LIST_MISMATCH"]


def test_listed_communes_without_zones_and_unlisted_zone_communes_are_reported():
    found = mismatches({PLUI: ["A", "B", "C"]}, zones_of(PLUI, "A", "A", "D"))
    assert [(f.communes, f.feature_ids, f.params.get("_variant", "message")) for f in found] == [
        (("B",), (), "message"),
        (("C",), (), "message"),
        (("D",), (3,), "message_unlisted"),
    ]
    beta, c, d = found
    assert {f.severity for f in found} == {Severity.WARNING}
    assert beta.geometry.equals(shapely.box(100, 0, 200, 100))  # the commune, when the plan has it
    assert c.geometry is None
    assert d.geometry.equals(shapely.box(20, 0, 30, 10))
    assert (
        beta.message("en")
        == f"Document {PLUI} lists Beta (B) in DOC_URBA_COM, but none of its 3 zones is attributed to it."
    )
    assert (
        d.message("fr")
        == f"1 zone(s) du document {PLUI} sont rattachée(s) à D, que son DOC_URBA_COM ne cite pas."
    )


def test_matching_list_other_documents_and_zones_without_codes_give_nothing():
    assert mismatches({PLUI: ["A", "B"]}, zones_of(PLUI, "A", " B ")) == []  # codes compare trimmed
    assert mismatches({PLUI: ["A", "B"]}, zones_of("other.shp", "A")) == []  # no zone of the document
    assert mismatches({PLUI: ["A", "B"]}, zones_of(PLUI, None, None)) == []  # ATTR_MISSING's
    assert mismatches({}, zones_of(PLUI, "Z")) == []


def test_document_lists_are_grouped_and_compared_as_trimmed_text():
    assert document_communes([PLUI, PLUI, "X", None, PLUI], ["30014 ", "30001", "1", "2", ""]) == {
        PLUI: ["30001", "30014"],
        "X": ["1"],
    }
    assert commune_list_mismatch(["1", "2", "3"], ["1", None, "4 "]) == (["2", "3"], ["4"])
    assert commune_list_mismatch(["1", "2"], [None, ""]) == ([], [])
