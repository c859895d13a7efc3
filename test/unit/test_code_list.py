"""The code list a zone form offers: every national code once per standard, labelled in three languages."""

from masterplan_plugin.core import nomenclature
from masterplan_plugin.core.code_list import COLUMNS, code_rows


def rows_of(standard: str):
    return [row for row in code_rows() if row.standard == standard]


def test_every_standard_offers_its_codes_in_file_order():
    for standard in nomenclature.STANDARDS:
        assert tuple(row.code for row in rows_of(standard)) == nomenclature.known_codes(standard)


def test_a_code_shows_with_its_label_and_carries_its_class():
    [row] = [row for row in rows_of("PAG") if row.code == "HAB-1"]
    assert row.displays == {"fr": "HAB-1 — Zone d'habitation 1", "en": "HAB-1 — Residential zone 1",
                            "de": "HAB-1 — Wohngebiet 1"}
    assert row.hilucs_code == nomenclature.harmonise("PAG", "HAB-1").code
    assert len(row.values()) == len(COLUMNS)


def test_a_code_two_standards_share_names_both_meanings_wherever_it_is_shown():
    """QGIS shows a stored code by its first row outside a filtered form: never the other standard's label
    alone."""
    shared = [row for row in code_rows() if row.code == "SPEC"]
    assert [row.standard for row in shared] == ["PAG", "PDS"]
    assert shared[0].displays == shared[1].displays
    display = shared[0].displays["fr"]
    assert "(PAG)" in display and "(PDS)" in display
    assert shared[0].labels != shared[1].labels  # the plain labels stay each standard's own
