"""Import modes through the real adapter and the command line: a commune imported twice is not duplicated,
a revised PLU replaces the zones of its communes, update keeps the features and their ids, append stacks
(and the new commune checks say so); zones without commune field get the commune of their location."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from masterplan_plugin.core.errors import InputError
from masterplan_plugin.io.cnig_document import import_cnig_document
from masterplan_plugin.io.plan_import import import_file
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.io.validation import validate_plan
from masterplan_plugin.qgis_adapters.plan_project import create_plan
from test.qgis.import_sources import axes_file, communes_file, square, write_geojson, zoning_file

ROOT = Path(__file__).resolve().parents[2]
COMMUNE_FIELDS = {"name": "nom"}
FR = {"country": "FR", "zoning_standard": "CNIG"}


def cli(*args):
    return subprocess.run([sys.executable, "-m", "masterplan_plugin", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture()
def plan(tmp_path) -> Path:
    return create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg


def rules(gpkg, *wanted):
    return sorted(entry.finding.rule for entry in validate_plan(gpkg, write=False).register
                  if entry.finding.rule in wanted)


def column(gpkg, layer, name):
    return read_vector(gpkg, layer, columns=[name]).attributes[name].tolist()


def test_communes_imported_twice_are_replaced_not_duplicated(plan, tmp_path):
    source = communes_file(tmp_path / "communes.geojson")
    first = import_file(plan, "communes", source, fields=COMMUNE_FIELDS, constants=FR)
    second = import_file(plan, "communes", source, fields=COMMUNE_FIELDS, constants=FR)
    assert (first.mode, first.added, first.removed) == ("replace", 2, 0)
    assert (second.added, second.removed, second.replaced) == (2, 2, ["54580", "57038"])
    assert sorted(column(plan, "communes", "code")) == ["54580", "57038"]
    assert rules(plan, "COMMUNE_DUPLICATE_CODE", "COMMUNE_OVERLAP", "BOUNDARY_MISMATCH") == []


def test_appending_communes_twice_stacks_them_and_the_checks_say_so_once_per_code(plan, tmp_path):
    source = communes_file(tmp_path / "communes.geojson")
    for _ in range(2):
        import_file(plan, "communes", source, fields=COMMUNE_FIELDS, constants=FR, mode="append")
    assert sorted(column(plan, "communes", "code")) == ["54580", "54580", "57038", "57038"]
    assert rules(plan, "COMMUNE_DUPLICATE_CODE", "COMMUNE_OVERLAP", "BOUNDARY_MISMATCH") == [
        "COMMUNE_DUPLICATE_CODE", "COMMUNE_DUPLICATE_CODE"]


def test_zones_without_commune_field_get_the_commune_of_their_location(plan, tmp_path):
    import_file(plan, "communes", communes_file(tmp_path / "communes.geojson"), fields=COMMUNE_FIELDS,
                constants=FR)
    report = import_file(plan, "zoning", zoning_file(tmp_path / "zonage.geojson"), standard="CNIG")
    assert column(plan, "zoning", "commune_code") == ["54580", "54580", "57038", "57038"]
    assert (report.located, report.without_commune, report.unknown_codes) == (4, 0, {"XX": 1})
    assert column(plan, "zoning", "hilucs_code")[3] is None  # unknown code: no guessed class


def test_a_revised_plu_replaces_the_zones_of_its_communes_and_keeps_the_others(plan, tmp_path):
    import_file(plan, "communes", communes_file(tmp_path / "communes.geojson"), fields=COMMUNE_FIELDS,
                constants=FR)
    import_file(plan, "zoning", zoning_file(tmp_path / "plu_2017.geojson"), standard="CNIG")
    revised = zoning_file(tmp_path / "plu_2024.geojson", zones=[
        ("UA", "U", (100, 100, 600)), ("UB", "U", (700, 100, 600)), ("A", "A", (1300, 100, 600))])
    report = import_file(plan, "zoning", revised, standard="CNIG")
    assert (report.removed, report.added, report.replaced) == (2, 3, ["54580"])
    zoning = read_vector(plan, "zoning", columns=["commune_code", "source_document", "label"]).attributes
    rows = sorted(zip(zoning["commune_code"], zoning["source_document"], zoning["label"], strict=True))
    assert rows == [("54580", "plu_2024.geojson", "A"), ("54580", "plu_2024.geojson", "UA"),
                    ("54580", "plu_2024.geojson", "UB"), ("57038", "plu_2017.geojson", "AUc"),
                    ("57038", "plu_2017.geojson", "ZZ")]


def test_update_rewrites_the_zones_with_the_same_key_and_keeps_their_ids(plan, tmp_path):
    import_file(plan, "communes", communes_file(tmp_path / "communes.geojson"), fields=COMMUNE_FIELDS,
                constants=FR)
    source = zoning_file(tmp_path / "zonage.geojson")
    import_file(plan, "zoning", source, standard="CNIG")
    before = read_vector(plan, "zoning", columns=["label"])
    zoning_file(source, zones=[("UA renamed", "U", (100, 100, 800)), ("N", "N", (1000, 100, 800)),
                               ("AUc", "AUc", (2100, 100, 800)), ("ZZ", "XX", (3000, 100, 800)),
                               ("New", "A", (3000, 1000, 500))])
    report = import_file(plan, "zoning", source, standard="CNIG", mode="update")
    after = read_vector(plan, "zoning", columns=["label"])
    assert (report.updated, report.added, report.removed) == (4, 1, 0)
    assert after.ids.tolist()[:4] == before.ids.tolist()
    assert after.attributes["label"].tolist() == ["UA renamed", "N", "AUc", "ZZ", "New"]


def test_update_keeps_the_fields_the_import_does_not_bring(plan, tmp_path):
    source = communes_file(tmp_path / "communes.geojson")
    import_file(plan, "communes", source, fields=COMMUNE_FIELDS, constants=FR)
    communes_file(source, names=("Villerupt (54)", "Audun"))
    report = import_file(plan, "communes", source, fields={**COMMUNE_FIELDS, "population": None},
                         mode="update", key="code")
    assert (report.updated, report.added) == (2, 0)
    assert column(plan, "communes", "name") == ["Villerupt (54)", "Audun"]
    assert column(plan, "communes", "country") == ["FR", "FR"]  # not imported this time: kept


def test_axes_are_replaced_by_the_commune_they_lie_in(plan, tmp_path):
    import_file(plan, "communes", communes_file(tmp_path / "communes.geojson"), fields=COMMUNE_FIELDS,
                constants=FR)
    source = axes_file(tmp_path / "axes.geojson")
    import_file(plan, "mobility_axes", source)
    report = import_file(plan, "mobility_axes", source)
    assert (report.removed, report.added, report.replaced) == (2, 2, ["54580", "57038"])
    assert column(plan, "mobility_axes", "name") == ["Rue de la Frontière", "Tram"]


def test_a_refused_import_removes_nothing(plan, tmp_path):
    import_file(plan, "zoning", zoning_file(tmp_path / "zonage.geojson"), standard="CNIG",
                constants={"commune_code": "54580"})
    points = write_geojson(tmp_path / "points.geojson", [
        ({"TYPEZONE": "U"}, {"type": "Point", "coordinates": [930_100, 6_930_100]})])
    with pytest.raises(InputError):
        import_file(plan, "zoning", points, standard="CNIG", constants={"commune_code": "54580"})
    assert len(column(plan, "zoning", "label")) == 4


def test_a_cnig_document_imported_again_keeps_its_commune_and_replaces_its_zones(plan, tmp_path):
    from test.qgis.test_cnig_document import _write_plui

    _write_plui(tmp_path / "plui", ["30001"])
    first = import_cnig_document(plan, tmp_path / "plui")
    communes, zoning = import_cnig_document(plan, tmp_path / "plui")
    assert first[0].added == 1 and (communes.added, communes.kept) == (0, 1)
    assert (zoning.removed, zoning.added) == (5, 5)
    assert column(plan, "communes", "code") == ["30001"] and len(column(plan, "zoning", "label")) == 5


def test_command_line_mode_replace_by_default_then_append(tmp_path):
    plan = create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg
    source = communes_file(tmp_path / "communes.geojson")
    arguments = ["import", plan, "--communes", source, "--country", "FR", "--name-field", "nom"]
    for _ in range(2):
        result = cli(*arguments)
        assert result.returncode == 0, result.stderr
    assert "mode replace: 2 removed (communes 54580, 57038), 2 added" in result.stdout
    assert len(column(plan, "communes", "code")) == 2
    result = cli(*arguments, "--mode", "append")
    assert "mode append: 2 added" in result.stdout and len(column(plan, "communes", "code")) == 4
    result = cli(*arguments, "--mode", "update", "--key", "code,name")
    assert result.returncode == 0 and "mode update: 2 updated, 0 added" in result.stdout
    result = cli(*arguments, "--mode", "merge")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    report = json.loads(cli("validate", plan, "--format", "json").stdout)
    wanted = ("COMMUNE_DUPLICATE_CODE", "COMMUNE_OVERLAP")
    found = [f["rule"] for f in report["findings"] if f["rule"] in wanted]
    assert found == ["COMMUNE_DUPLICATE_CODE", "COMMUNE_DUPLICATE_CODE"]


def test_command_line_zoning_summary_names_the_located_zones_and_unknown_codes(tmp_path):
    plan = create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg
    cli("import", plan, "--communes", communes_file(tmp_path / "c.geojson"), "--country", "FR")
    result = cli("import", plan, "--zoning", zoning_file(tmp_path / "z.geojson"), "--standard", "cnig")
    assert result.returncode == 0, result.stderr
    assert "4 zone(s) got their commune from their location" in result.stdout
    assert "unknown cnig code 'XX': 1 feature(s)" in result.stdout
    assert square(0, 0, 1)["type"] == "Polygon"
