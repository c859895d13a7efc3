"""Hostile input on the command line: every case ends with exit 0, 1 or 2, a message and no traceback,
and a refused import leaves the plan exactly as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from masterplan_plugin.qgis_adapters.plan_project import create_plan
from test.qgis.test_validation_cli import _layers_digest, cli


def _geojson(path, features, crs=None):
    document = {"type": "FeatureCollection", "features": features}
    if crs:
        document["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(document))
    return path


def _square(x, y, size=100.0, **properties):
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    geometry = {"type": "Polygon", "coordinates": [ring]}
    return {"type": "Feature", "properties": properties, "geometry": geometry}


@pytest.fixture
def plan(tmp_path):
    return create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg


def _assert_clean_exit(result, allowed=(0, 1, 2)):
    assert result.returncode in allowed, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr


def test_projected_metres_in_a_geojson_without_crs_are_refused_and_the_plan_is_unchanged(plan, tmp_path):
    # RFC 7946 GeoJSON has no "crs": it is read as WGS 84, so Lambert-93 metres are far beyond ±180°.
    source = _geojson(tmp_path / "communes.geojson", [_square(921_000, 6_932_000, code="57038", name="A")])
    before = _layers_digest(plan)
    result = cli("import", plan, "--communes", source, "--code-field", "code", "--name-field", "name")
    _assert_clean_exit(result, allowed=(2,))
    assert "cannot hold" in result.stderr and "EPSG:4326" in result.stderr
    assert _layers_digest(plan) == before
    _assert_clean_exit(cli("validate", plan))


def test_the_same_file_with_its_crs_given_imports(plan, tmp_path):
    commune = _square(921_000, 6_932_000, 1000, code="57038", name="A")
    source = _geojson(tmp_path / "communes.geojson", [commune])
    result = cli("import", plan, "--communes", source, "--code-field", "code", "--name-field", "name",
                 "--source-crs", "EPSG:2154")
    _assert_clean_exit(result, allowed=(0,))


def test_a_plan_damaged_with_infinite_coordinates_validates_without_traceback(tmp_path):
    plan = create_plan(tmp_path / "damaged.gpkg", "EPSG:3035").gpkg
    source = _geojson(tmp_path / "zones.geojson", [_square(4_030_000, 2_930_000, code="U"),
                                                   _square(4_030_200, 2_930_000, code="N")],
                      crs="EPSG:3035")
    _assert_clean_exit(cli("import", plan, "--zoning", source, "--standard", "cnig", "--code-field", "code"),
                       allowed=(0,))
    # What an older version let through: a point of a zone written as +inf (GeoPackage blob edited here).
    from osgeo import ogr

    dataset = ogr.Open(str(plan), 1)
    layer = dataset.GetLayerByName("zoning")
    feature = layer.GetNextFeature()
    geometry = ogr.CreateGeometryFromWkt("MULTIPOLYGON (((4030000 2930000, 1e400 2930000, 4030100 2930100, "
                                          "4030000 2930000)))")
    feature.SetGeometry(geometry)
    layer.SetFeature(feature)
    dataset = None
    output = tmp_path / "report.json"
    result = cli("validate", plan, "--format", "json", "--output", output)
    _assert_clean_exit(result)
    report = json.loads(output.read_text())
    invalid = [f for f in report["findings"] if f["rule"] == "GEOM_INVALID"]
    assert invalid and invalid[0]["geometry_wkt"] is None and invalid[0]["feature_ids"] == [1]
    assert "infinite or undefined coordinate" in invalid[0]["message"]


@pytest.mark.parametrize(
    "content",
    [b"", b"not a vector file at all", b'{"type": "FeatureCollection", "features": [', b"\x00" * 4096],
    ids=["empty", "text", "truncated json", "zeros"],
)
def test_unreadable_import_files_exit_2(plan, tmp_path, content):
    source = tmp_path / "bad.geojson"
    source.write_bytes(content)
    before = _layers_digest(plan)
    result = cli("import", plan, "--zoning", source, "--standard", "cnig")
    _assert_clean_exit(result, allowed=(2,))
    assert "\nerror: " in "\n" + result.stderr  # GDAL may say why first, on its own lines
    assert _layers_digest(plan) == before


@pytest.mark.parametrize("damage", ["truncated", "not a plan", "missing layer"])
def test_damaged_plan_files_exit_2(tmp_path, damage):
    plan = create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg
    if damage == "truncated":
        data = plan.read_bytes()
        plan.write_bytes(data[: len(data) // 3])
    elif damage == "not a plan":
        shutil.copy(__file__, plan)
    else:
        with sqlite3.connect(plan) as db:
            db.execute("DROP TABLE zoning")
            db.execute("DELETE FROM gpkg_contents WHERE table_name = 'zoning'")
            db.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = 'zoning'")
    for command in (["validate", plan], ["atlas", plan, "--output", tmp_path / "atlas"]):
        _assert_clean_exit(cli(*command), allowed=(2,))


def _point(x, y, **properties):
    return {"type": "Feature", "properties": properties, "geometry": {"type": "Point", "coordinates": [x, y]}}


@pytest.mark.parametrize(
    "case",
    ["points as zoning", "unknown source crs", "null geometries", "plan is a folder", "lines as communes"],
)
def test_unusable_imports_end_cleanly(plan, tmp_path, case):
    zones = [_square(4_030_000, 2_930_000, code="U")]
    args = ["--zoning", None, "--standard", "cnig", "--code-field", "code"]
    target = plan
    if case == "points as zoning":
        zones = [_point(4_030_000, 2_930_000, code="U")]
    elif case == "unknown source crs":
        args += ["--source-crs", "EPSG:999999"]
    elif case == "null geometries":
        zones = [{"type": "Feature", "properties": {"code": "U"}, "geometry": None}] * 3
    elif case == "plan is a folder":
        target = tmp_path
    else:
        line = {"type": "LineString", "coordinates": [[4_030_000, 2_930_000], [4_031_000, 2_931_000]]}
        zones = [{"type": "Feature", "properties": {"code": "A"}, "geometry": line}]
        args = ["--communes", None, "--code-field", "code"]
    source = _geojson(tmp_path / "input.geojson", zones, crs="EPSG:3035")
    args[args.index(None)] = source
    before = _layers_digest(plan)
    result = cli("import", target, *args)
    _assert_clean_exit(result, allowed=(2,) if case != "null geometries" else (0, 1, 2))
    if result.returncode == 0:  # accepted: then validation reports what is wrong, still without traceback
        _assert_clean_exit(cli("validate", plan))
    else:
        assert _layers_digest(plan) == before
