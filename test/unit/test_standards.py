"""The zoning-standard descriptor (standards.json): complete, consistent with the plan's schema, the
crosswalks, the legends, the import presets, the demo and the CLI that all read it (pure core)."""

from __future__ import annotations

import csv
import json

import pytest

from masterplan_plugin.cli import build_parser
from masterplan_plugin.core import demo, nomenclature
from masterplan_plugin.core.errors import InputError
from masterplan_plugin.core.importing import field_presets, resolve_field_map
from masterplan_plugin.core.model import ZONING, plan_schema
from masterplan_plugin.core.nomenclature import legends, standards
from masterplan_plugin.core.nomenclature.standards import (
    NomenclatureDataError,
    UnknownStandardError,
    countries,
    national_standards,
    standard_of_country,
    zoning_standard,
    zoning_standards,
)


def test_four_standards_three_national_and_the_harmonised_one():
    assert [s.id for s in zoning_standards()] == ["CNIG", "PAG", "PDS", "HILUCS"]
    assert [s.id for s in national_standards()] == ["CNIG", "PAG", "PDS"]
    hilucs = zoning_standard("HILUCS")
    assert not hilucs.national and hilucs.crosswalk is None and hilucs.legend is None and hilucs.crs is None
    assert nomenclature.STANDARDS == ("CNIG", "PAG", "PDS", "HILUCS")


def test_every_national_standard_has_its_files_and_they_load():
    for standard in national_standards():
        assert standard.crosswalk.is_file() and standard.legend.is_file(), standard.id
        assert standard.code_key in nomenclature._CODE_KEYS, standard.id
        assert nomenclature.CROSSWALK_CSV[standard.id] == standard.crosswalk
        assert legends.LEGEND_CSV[standard.id] == standard.legend
        assert nomenclature.known_codes(standard.id), standard.id
        assert legends.national_legend(standard.id), standard.id


def test_the_plan_schema_domains_are_the_descriptor_ids_and_labels():
    schema = plan_schema()
    assert schema.domain_values("zoning_standard") == tuple(s.id for s in zoning_standards())
    for standard in zoning_standards():
        assert schema.domains["zoning_standard"][standard.id] == standard.labels
        for language in ("fr", "en", "de", "fr_FR"):
            assert standard.label(language) == schema.domain_label("zoning_standard", standard.id, language)
    assert schema.domain_values("country") == countries() == ("FR", "LU", "BE")


def test_every_country_has_exactly_one_standard():
    assert len(set(countries())) == len(countries())
    for country in countries():
        assert standard_of_country(country).country == country
    assert {c: standard_of_country(c).id for c in countries()} == {"FR": "CNIG", "LU": "PAG", "BE": "PDS"}
    with pytest.raises(UnknownStandardError) as raised:
        standard_of_country("DE")
    assert isinstance(raised.value, InputError)


def test_lookup_ignores_case_and_spaces_and_refuses_unknown_names():
    assert zoning_standard(" cnig ").id == "CNIG"
    for name in ("PLU", "", None):
        with pytest.raises(UnknownStandardError):
            zoning_standard(name)
    with pytest.raises(UnknownStandardError):
        nomenclature.harmonise("PLU", "U")


def test_only_cnig_has_subcodes_and_its_crosswalk_names_their_fields():
    assert [s.id for s in zoning_standards() if s.has_subcodes] == ["CNIG"]
    cnig = zoning_standard("CNIG")
    assert set(cnig.subcode_fields) == {"FORMDOMI", "DESTDOMI"}
    with cnig.crosswalk.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["subcode"]]
    named = {part for row in rows for part in row["subfield"].split("/")}
    assert named == set(cnig.subcode_fields)
    assert nomenclature.harmonise("CNIG", "U", "0201").code != nomenclature.harmonise("CNIG", "U").code
    # The sub-code fields are the ones the CNIG import tries for the zone's sub-code.
    assert set(cnig.subcode_fields) <= set(cnig.import_fields["national_subcode"])


def test_plan_de_secteur_zones_are_found_by_their_french_name_too():
    assert zoning_standard("PDS").label_names_code and not zoning_standard("PAG").label_names_code
    assert nomenclature.harmonise("PDS", "Zone d'habitat") == nomenclature.harmonise("PDS", "HAB")
    assert nomenclature.harmonise("PAG", "Zone d'habitation 1") is None


def test_import_fields_name_zoning_fields_and_drive_the_field_map():
    zoning_fields = set(plan_schema().layer(ZONING).field_names)
    for standard in zoning_standards():
        assert standard.import_fields and set(standard.import_fields) <= zoning_fields, standard.id
        assert field_presets(ZONING, standard.cli) == standard.import_fields
    source = ["TYPEZONE", "FORMDOMI", "DESTDOMI", "LIBELLE", "INSEE", "IDURBA"]
    assert resolve_field_map(ZONING, source, {}, "CNIG") == {
        "national_code": "TYPEZONE", "national_subcode": "FORMDOMI", "label": "LIBELLE",
        "commune_code": "INSEE", "source_document": "IDURBA"}
    pds = resolve_field_map(ZONING, ["zone", "nis5"], {}, "pds")
    assert pds == {"national_code": "zone", "commune_code": "nis5"}
    assert "code" in field_presets("communes")
    with pytest.raises(InputError):
        field_presets(ZONING, None)


def test_cli_choices_come_from_the_descriptor():
    parser = build_parser()
    importer = next(action for action in parser._subparsers._group_actions[0].choices.values()
                    if any(a.dest == "standard" for a in action._actions))
    options = {action.dest: action.choices for action in importer._actions}
    assert list(options["standard"]) == [s.cli for s in zoning_standards()]
    assert list(options["standard"]) == ["cnig", "pag", "pds", "hilucs"]
    assert list(options["country"]) == list(countries())
    assert all(zoning_standard(value).cli == value for value in options["standard"])


def test_the_demo_delivers_each_country_in_its_national_crs_and_standard():
    assert demo.NATIONAL_CRS == {s.country: s.crs for s in national_standards()}
    assert demo.NATIONAL_CRS == {"FR": "EPSG:2154", "LU": "EPSG:2169", "BE": "EPSG:31370"}
    assert demo.STANDARD == {"FR": "CNIG", "LU": "PAG", "BE": "PDS"}


@pytest.mark.parametrize("change, message", [
    (lambda entries: entries[1].update(country="FR"), "duplicate country"),
    (lambda entries: entries[0].update(code_key="lower"), "code_key"),
    (lambda entries: entries[2].update(legend=None), "needs crs, crosswalk, legend and code_key"),
])
def test_a_broken_descriptor_is_refused(tmp_path, monkeypatch, change, message):
    data = json.loads(standards.STANDARDS_JSON.read_text(encoding="utf-8"))
    change(data["standards"])
    broken = tmp_path / "standards.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(standards, "STANDARDS_JSON", broken)
    standards._standards.cache_clear()
    try:
        with pytest.raises(NomenclatureDataError, match=message):
            zoning_standards()
    finally:
        standards._standards.cache_clear()
