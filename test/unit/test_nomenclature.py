"""Nomenclatures: HILUCS table, national crosswalks and the land-use compatibility matrix (pure core)."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest

from masterplan_plugin.core import nomenclature
from masterplan_plugin.core.errors import InputError
from masterplan_plugin.core.nomenclature import (
    Compatibility,
    NomenclatureDataError,
    UnknownCodeError,
    UnknownStandardError,
    code_label,
    compatibility,
    harmonise,
    hilucs_class,
    hilucs_classes,
    known_codes,
)

DATA_DIR = Path(nomenclature.__file__).parent
CROSSWALK_FILES = ["cnig_plu.csv", "pag_lu.csv", "pds_wallonie.csv"]
REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"
CNIG_ZONE_URBA = (
    REALDATA / "cnig_plu" / "30014_PLU_20171013" / "Donnees_geographiques" / "30014_ZONE_URBA_20171013.dbf"
)


def read_csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def code_of(standard: str, code: str | None, subcode: str | None = None) -> str | None:
    found = harmonise(standard, code, subcode)
    return found.code if found else None


# --- HILUCS -------------------------------------------------------------------------------------------


def test_hilucs_level_one_is_the_six_inspire_classes_with_their_default_colours():
    level1 = {c.code: (c.inspire_value, c.colour) for c in hilucs_classes().values() if c.level == 1}
    assert level1 == {
        "1": ("1_PrimaryProduction", "#B4E66E"),
        "2": ("2_SecondaryProduction", "#646464"),
        "3": ("3_TertiaryProduction", "#969696"),
        "4": ("4_TransportNetworksLogisticsAndUtilities", "#B478F0"),
        "5": ("5_ResidentialUse", "#F07864"),
        "6": ("6_OtherUses", "#DCDCDC"),
    }


def test_hilucs_level_two_is_complete():
    level2 = [c.code for c in hilucs_classes().values() if c.level == 2]
    assert len(level2) == 27
    assert level2.count("5_1") == 1 and "6_6" in level2 and "2_5" in level2


def test_every_hilucs_class_has_a_parent_one_level_up_and_three_labels():
    classes = hilucs_classes()
    for hilucs in classes.values():
        assert set(hilucs.labels) == {"fr", "en", "de"}
        assert hilucs.inspire_value.startswith(hilucs.code + "_")
        if hilucs.level > 1:
            assert classes[hilucs.parent].level == hilucs.level - 1
            assert hilucs.code.startswith(hilucs.parent + "_")


def test_hilucs_class_is_found_by_short_code_inspire_value_or_registry_uri():
    expected = hilucs_class("5_1")
    assert hilucs_class("5_1_PermanentResidentialUse") is expected
    uri = "http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"
    assert hilucs_class(uri) is expected
    assert expected.uri.endswith("/HILUCSValue/5_1_PermanentResidentialUse")
    assert expected.label("de_DE") == "Dauerhafte Wohnnutzung"
    with pytest.raises(UnknownCodeError):
        hilucs_class("5_9")


def test_hilucs_class_is_frozen_and_hashable():
    hilucs = hilucs_class("1_1")
    assert {hilucs: 1}[hilucs_class("1_1")] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        hilucs.colour = "#000000"


def test_hilucs_classes_returns_a_copy_the_caller_may_change():
    hilucs_classes().clear()
    assert "5_1" in hilucs_classes()


# --- crosswalk files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CROSSWALK_FILES)
def test_every_crosswalk_target_exists_in_hilucs(name):
    targets = {row["hilucs_code"] for row in read_csv(name) if row["hilucs_code"]}
    assert targets
    assert targets - set(hilucs_classes()) == set()


@pytest.mark.parametrize("name", CROSSWALK_FILES)
def test_every_crosswalk_row_has_a_french_label_and_every_code_a_default(name):
    rows = read_csv(name)
    assert all(row["label_fr"] for row in rows)
    defaults = {row["code"] for row in rows if not row["subcode"]}
    assert {row["code"] for row in rows if row["subcode"]} - defaults - {"*"} == set()


@pytest.mark.parametrize("standard", ["CNIG", "PAG", "PDS", "HILUCS"])
def test_every_known_code_harmonises_and_has_a_label_in_each_language(standard):
    for code in known_codes(standard):
        assert harmonise(standard, code) is not None, code
        for language in ("fr", "en", "de"):
            assert code_label(standard, code, language), (code, language)


# --- CNIG PLU -----------------------------------------------------------------------------------------


def test_cnig_typezones_map_to_planned_land_use():
    assert code_of("CNIG", "U") == "5_2"
    assert code_of("CNIG", "AUc") == "5_2"
    assert code_of("CNIG", "AUs") == "6_5"
    assert code_of("CNIG", "A") == "1_1"
    assert code_of("CNIG", "N") == "6_3_1"


def test_cnig_typezone_is_matched_case_insensitively():
    assert code_of("CNIG", " auc ") == "5_2"
    assert code_of("CNIG", "AUS") == "6_5"


def test_cnig_known_codes_start_with_the_2017_typezones():
    assert known_codes("CNIG")[:5] == ("U", "AUc", "AUs", "A", "N")
    assert "*" not in known_codes("CNIG")


def test_cnig_destdomi_refines_any_typezone():
    assert code_of("CNIG", "U", "02") == "2_3"
    assert code_of("CNIG", "U", "01") == "5_1"
    assert code_of("CNIG", "AUs", "01") == "5_1"
    assert code_of("CNIG", "N", "10") == "1_3"


def test_cnig_formdomi_refines_with_or_without_zero_padding():
    assert code_of("CNIG", "U", "0202") == "3_1"
    assert code_of("CNIG", "U", "202") == "3_1"
    assert code_of("CNIG", "N", "0903") == "2_4_4"
    assert code_of("CNIG", "U", "0201") == "2"


def test_cnig_not_applicable_or_other_subcode_keeps_the_typezone_default():
    for subcode in ("00", "0", "0000", "99", "9900", "", None):
        assert code_of("CNIG", "A", subcode) == "1_1"


def test_cnig_unknown_subcode_of_a_known_typezone_falls_back_to_the_default():
    assert code_of("CNIG", "U", "42") == "5_2"
    assert code_of("CNIG", "N", "habitat") == "6_3_1"


def test_cnig_unknown_typezone_is_not_harmonised_even_with_a_known_subcode():
    assert code_of("CNIG", "X") is None
    assert code_of("CNIG", "AU") is None
    assert code_of("CNIG", "Ua") is None  # a LIBELLE, not a TYPEZONE
    assert code_of("CNIG", "X", "01") is None


def test_cnig_legacy_2014_typezones_are_known():
    assert code_of("CNIG", "Nh") == "5_1"
    assert code_of("CNIG", "Ah") == "5_1"
    assert code_of("CNIG", "Nd") == "6_3_1"


# --- PAG Luxembourg -----------------------------------------------------------------------------------


def test_pag_hab1_is_permanent_residential_in_any_spelling():
    for spelling in ("HAB-1", "hab_1", "Hab-1", " HAB_1 ", "[HAB-1]", "hab 1"):
        assert code_of("PAG", spelling) == "5_1", spelling


def test_pag_business_and_open_space_categories():
    assert code_of("PAG", "ECO-c1") == "2_3"
    assert code_of("PAG", "eco_C1") == "2_3"
    assert code_of("PAG", "ECO-r") == "2"
    assert code_of("PAG", "MIX-u") == "5_2"
    assert code_of("PAG", "BEP") == "3_3"
    assert code_of("PAG", "JAR") == "1_1_3"
    assert code_of("PAG", "PARC") == "3_4_4"
    assert code_of("PAG", "FOR") == "1_2"


def test_pag_known_codes_cover_the_rgd_categories_listed_in_the_brief():
    expected = {
        "HAB-1",
        "HAB-2",
        "MIX-u",
        "MIX-c",
        "MIX-v",
        "MIX-r",
        "BEP",
        "ECO-c1",
        "ECO-c2",
        "ECO-r",
        "COM",
        "MIL",
        "SPEC",
        "AERO",
        "GARE",
        "PORT",
        "REC",
        "JAR",
        "AGR",
        "FOR",
        "VIT",
        "HOR",
        "PARC",
        "VERD",
    }
    assert expected <= set(known_codes("PAG"))


def test_pag_near_misses_are_unknown():
    for code in ("HAB-3", "HAB", "HAB1", "ECO-c3", "MIX", "X", "HAB--1x"):
        assert code_of("PAG", code) is None, code


# --- Plan de secteur Wallonie -------------------------------------------------------------------------


def test_pds_rural_housing_zone_by_code_or_full_name():
    for spelling in (
        "HAB_RUR",
        "hab-rur",
        "zone d'habitat à caractère rural",
        "Zone d’habitat à caractère rural",
        "ZONE D'HABITAT A CARACTERE RURAL",
        "habitat à caractère rural",
    ):
        assert code_of("PDS", spelling) == "5_2", spelling
    assert code_label("PDS", "hab_rur", "fr") == "Zone d'habitat à caractère rural"


def test_pds_zones_are_not_confused_with_each_other():
    assert code_of("PDS", "Zone d'aménagement communal concerté") == "6_5"
    assert code_of("PDS", "zone d'aménagement communal concerté à caractère économique") == "2_3"
    assert code_of("PDS", "zone d'activité économique industrielle") == "2"
    assert code_of("PDS", "zone d'extraction") == "1_3"
    assert code_of("PDS", "zone naturelle") == "6_3_1"
    assert code_of("PDS", "zone d'enjeu régional") == "6_4"
    assert code_of("PDS", "zone d'aménagement différé") == "6_5"


def test_pds_near_misses_are_unknown():
    for code in ("zone d'habitat rurale", "habitat rural", "zone", "HAB_RURAL", "zone d'activité économique"):
        assert code_of("PDS", code) is None, code


def test_pds_known_codes_cover_the_codt_zones():
    assert len(known_codes("PDS")) >= 18
    assert {"HAB", "HAB_RUR", "SPEC", "ZACC", "ZACC_ECO", "ZER", "ZEC"} <= set(known_codes("PDS"))


# --- HILUCS as a standard, unknown codes and standards ------------------------------------------------


def test_hilucs_standard_accepts_short_code_and_inspire_value():
    assert code_of("HILUCS", "5_1") == "5_1"
    assert code_of("hilucs", "5_1_PermanentResidentialUse") == "5_1"
    assert code_of("HILUCS", "6_3_1", "ignored") == "6_3_1"


@pytest.mark.parametrize(
    "standard, code",
    [
        ("CNIG", "X"),
        ("CNIG", ""),
        ("CNIG", None),
        ("PAG", "X"),
        ("PDS", "X"),
        ("HILUCS", "7"),
        ("HILUCS", "5_1_Permanent"),
        ("HILUCS", "2_1_5"),
    ],
)
def test_unknown_codes_return_none(standard, code):
    assert harmonise(standard, code) is None


def test_unknown_standard_raises_an_input_error():
    with pytest.raises(UnknownStandardError) as raised:
        harmonise("PLU", "U")
    assert isinstance(raised.value, InputError)
    with pytest.raises(UnknownStandardError):
        known_codes("")
    with pytest.raises(UnknownStandardError):
        code_label("BauNVO", "WA", "de")


def test_code_label_falls_back_to_english_and_returns_unknown_codes_unchanged():
    assert code_label("PAG", "HAB-1", "fr") == "Zone d'habitation 1"
    assert code_label("PAG", "hab_1", "de_LU") == "Wohngebiet 1"
    assert code_label("PAG", "HAB-1", "it") == "Residential zone 1"
    assert code_label("PAG", "HAB-3", "fr") == "HAB-3"
    assert code_label("HILUCS", "2_1", "fr") == "Industrie de matières premières"


# --- compatibility ------------------------------------------------------------------------------------


def test_compatibility_matrix_file_is_square_symmetric_and_complete():
    with (DATA_DIR / "compatibility.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    level2 = [c.code for c in hilucs_classes().values() if c.level == 2]
    assert table[0][1:] == level2
    assert [row[0] for row in table[1:]] == level2
    values = {
        (row[0], column): value
        for row in table[1:]
        for column, value in zip(table[0][1:], row[1:], strict=True)
    }
    assert set(values.values()) <= {"compatible", "buffer", "conflict"}
    assert all(values[(a, b)] == values[(b, a)] for a in level2 for b in level2)


def test_loader_rejects_an_asymmetric_matrix(tmp_path):
    path = tmp_path / "matrix.csv"
    path.write_text("class,a,b\na,compatible,conflict\nb,buffer,compatible\n", encoding="utf-8")
    with pytest.raises(NomenclatureDataError, match="not symmetric"):
        nomenclature._read_matrix(path, ("a", "b"))


def test_loader_rejects_an_incomplete_matrix(tmp_path):
    path = tmp_path / "matrix.csv"
    path.write_text("class,a,b\na,compatible,buffer\n", encoding="utf-8")
    with pytest.raises(NomenclatureDataError, match="rows must be"):
        nomenclature._read_matrix(path, ("a", "b"))


def test_heavy_and_raw_industry_next_to_housing_is_a_conflict():
    assert compatibility("2_1", "5_1") is Compatibility.CONFLICT
    assert compatibility("5_1", "2_2") is Compatibility.CONFLICT


def test_light_industry_next_to_housing_needs_a_buffer():
    assert compatibility("2_3", "5_1") is Compatibility.BUFFER
    assert compatibility("5_2", "2_3") is Compatibility.BUFFER


def test_housing_next_to_farmland_or_housing_is_compatible():
    assert compatibility("5_1", "1_1") is Compatibility.COMPATIBLE
    assert compatibility("5_1", "5_2") is Compatibility.COMPATIBLE


def test_compatibility_is_symmetric_for_every_pair():
    codes = list(hilucs_classes())
    assert all(compatibility(a, b) is compatibility(b, a) for a in codes for b in codes)


def test_level_three_class_is_judged_as_its_level_two_parent():
    assert compatibility("4_1_3", "5_1") is compatibility("4_1", "5_1") is Compatibility.BUFFER
    assert compatibility("1_1_3", "5_1") is Compatibility.COMPATIBLE


def test_level_one_class_is_judged_as_its_most_demanding_child():
    assert compatibility("2", "5_1") is Compatibility.CONFLICT
    assert compatibility("5", "1_1") is Compatibility.COMPATIBLE


def test_compatibility_accepts_harmonised_classes():
    assert compatibility(harmonise("PAG", "ECO-r"), harmonise("PAG", "HAB-1")) is Compatibility.CONFLICT
    assert compatibility(harmonise("CNIG", "U"), harmonise("CNIG", "A")) is Compatibility.COMPATIBLE


def test_compatibility_of_an_unknown_class_raises():
    with pytest.raises(UnknownCodeError):
        compatibility("9_9", "5_1")


# --- a real French PLU --------------------------------------------------------------------------------


def test_every_zone_of_a_real_cnig_plu_harmonises():
    if not CNIG_ZONE_URBA.exists():
        pytest.skip(f"real CNIG PLU not available at {CNIG_ZONE_URBA}")
    ogr = pytest.importorskip("osgeo.ogr", reason="GDAL's Python bindings are needed to read the DBF")
    source = ogr.Open(str(CNIG_ZONE_URBA))
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    fields = {definition.GetFieldDefn(i).GetName().upper() for i in range(definition.GetFieldCount())}
    subfield = next((name for name in ("FORMDOMI", "DESTDOMI") if name in fields), None)
    zones = [
        (feature.GetField("TYPEZONE"), feature.GetField(subfield) if subfield else None) for feature in layer
    ]
    assert len(zones) == 90
    assert {typezone for typezone, _ in zones} == {"U", "AUc", "A", "N"}
    unknown = [(typezone, sub) for typezone, sub in zones if harmonise("CNIG", typezone, sub) is None]
    assert unknown == []
