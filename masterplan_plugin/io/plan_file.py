"""The plan's GeoPackage through GDAL/OGR alone: its schema from the data model, its settings table and the
national code list the zone form offers.

``create_plan_file`` writes a new plan atomically; ``qgis_adapters.plan_project.create_plan`` adds the QGIS
default styles (through its ``finish`` step, before the rename) and the project. Everything that reads or
writes a plan's settings (working CRS, language, profile…) goes through ``read_plan_settings`` and
``write_plan_setting``.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..core import code_list
from ..core.errors import InputError, PlanError
from ..core.model import FieldSpec, LayerSpec, plan_schema
from .plan_io import open_vector

LOG = logging.getLogger(__name__)

SETTINGS_TABLE = "plan_settings"
SCHEMA_VERSION = "1"
LANGUAGE_KEY = "language"
CODE_LIST_KEY = "code_list"  # the digest of the national_codes table the plan holds

_OGR_GEOMETRY = {
    "MultiPolygon": ogr.wkbMultiPolygon,
    "MultiLineString": ogr.wkbMultiLineString,
    "Geometry": ogr.wkbUnknown,
}
_OGR_FIELD = {
    "string": ogr.OFTString,
    "integer": ogr.OFTInteger64,
    "real": ogr.OFTReal,
    "boolean": ogr.OFTInteger,
}


def create_plan_file(path: Path, working_crs: str, language: str,
                     finish: Callable[[Path], None] | None = None) -> None:
    """Write a new, empty plan GeoPackage at ``path`` (schema, settings, code list), atomically: it is built
    in a hidden temporary file, ``finish(temporary)`` may add to it (the QGIS default styles), then a rename
    puts it in place; a failure leaves no file."""
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex}.gpkg")
    try:
        _write_schema(temporary, working_crs, language)
        write_code_list(temporary)
        if finish is not None:
            finish(temporary)
        os.replace(temporary, path)
    finally:
        remove_quietly(temporary)


def read_plan_settings(gpkg_path: str | Path) -> dict[str, str]:
    """The plan's key/value settings (working CRS, schema version…); PlanError if not a plan."""
    path = Path(gpkg_path)
    if not path.is_file():
        raise InputError("The plan file does not exist.", str(path))
    dataset = open_vector(path)
    if dataset is None:
        raise PlanError("This file is not a GeoPackage that QGIS can read.", str(path))
    table = dataset.GetLayerByName(SETTINGS_TABLE)
    missing = [name for name in plan_schema().layer_names if dataset.GetLayerByName(name) is None]
    settings = {} if table is None else {f.GetField("key"): f.GetField("value") for f in table}
    # An OGR layer must not outlive its dataset: a raised error's frame would keep both alive, and the
    # interpreter would free them in any order at exit (a heap corruption).
    table = dataset = None
    if not settings or missing:
        raise PlanError(
            "This GeoPackage is not a master plan.", f"{path}: missing {missing or SETTINGS_TABLE}"
        )
    return settings


def plan_crs(gpkg_path: str | Path) -> str:
    return read_plan_settings(gpkg_path)["crs"]


def write_plan_setting(gpkg_path: str | Path, key: str, value: str | None) -> None:
    """Set (or, with ``None``, remove) one key of the plan's settings table, in one transaction."""
    path = Path(gpkg_path)
    read_plan_settings(path)  # the same errors as reading when this is not a plan
    dataset = open_vector(path, update=True)
    if dataset is None:
        raise PlanError("The plan cannot be opened for writing.", str(path))
    table = dataset.GetLayerByName(SETTINGS_TABLE)
    table.StartTransaction()
    try:
        escaped = key.replace("'", "''")
        table.SetAttributeFilter(f"key = '{escaped}'")
        existing = [feature.GetFID() for feature in table]
        table.SetAttributeFilter(None)
        for fid in existing:
            table.DeleteFeature(fid)
        if value is not None:
            feature = ogr.Feature(table.GetLayerDefn())
            feature.SetField("key", key)
            feature.SetField("value", value)
            if table.CreateFeature(feature) != 0:
                raise PlanError("The plan setting could not be written.", f"{path}: {key}")
        table.CommitTransaction()
    except Exception:
        table.RollbackTransaction()
        raise
    finally:
        table = dataset = None  # the layer first: it must not outlive its dataset
    LOG.info("Plan setting %s written to %s", key, path)


# --- GeoPackage schema -------------------------------------------------------------------------------


def _write_schema(path: Path, working_crs: str, language: str) -> None:
    schema = plan_schema()
    # A gdal.Dataset (not an ogr.DataSource) is needed to store field domains.
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    if dataset is None:
        raise PlanError("The GeoPackage could not be created.", str(path))
    for domain in schema.domains:
        dataset.AddFieldDomain(_coded_domain(domain))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(working_crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    for spec in schema.layers:
        _create_layer(dataset, spec, srs)
    _write_settings(dataset, working_crs, language)
    dataset.FlushCache()
    dataset = None


def _coded_domain(domain: str) -> ogr.FieldDomain:
    schema = plan_schema()
    values = {value: schema.domain_label(domain, value, "en") for value in schema.domain_values(domain)}
    return ogr.CreateCodedFieldDomain(domain, "", ogr.OFTString, ogr.OFSTNone, values)


def _create_layer(dataset, spec: LayerSpec, srs) -> None:
    options = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", f"IDENTIFIER={spec.name}"]
    layer = dataset.CreateLayer(spec.name, srs, _OGR_GEOMETRY[spec.geometry], options=options)
    if layer is None:
        raise PlanError("A plan layer could not be created.", spec.name)
    for field_spec in spec.fields:
        # Constraints stay in the QGIS form, not in the database: imports of imperfect data must succeed
        # so that the checks can report missing values instead of the import failing.
        if layer.CreateField(_field_definition(field_spec)) != 0:
            raise PlanError("A plan field could not be created.", f"{spec.name}.{field_spec.name}")


def _field_definition(spec: FieldSpec) -> ogr.FieldDefn:
    definition = ogr.FieldDefn(spec.name, _OGR_FIELD[spec.type])
    if spec.type == "boolean":
        definition.SetSubType(ogr.OFSTBoolean)
    if spec.length and spec.type == "string":
        definition.SetWidth(spec.length)
    if spec.domain:
        definition.SetDomainName(spec.domain)
    if spec.default is not None:
        definition.SetDefault(_sql_literal(spec.default))
    return definition


def _sql_literal(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _write_settings(dataset, working_crs: str, language: str) -> None:
    table = dataset.CreateLayer(SETTINGS_TABLE, None, ogr.wkbNone, options=["FID=fid"])
    table.CreateField(ogr.FieldDefn("key", ogr.OFTString))
    table.CreateField(ogr.FieldDefn("value", ogr.OFTString))
    values = {
        "crs": working_crs,
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        LANGUAGE_KEY: language,
    }
    for key, value in values.items():
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("key", key)
        feature.SetField("value", value)
        table.CreateFeature(feature)


# --- the national code list ---------------------------------------------------------------------------


def write_code_list(gpkg_path: str | Path, settings: dict[str, str] | None = None) -> bool:
    """Write the ``national_codes`` table from the nomenclature, replacing an outdated one; True if written.

    Kept beside the plan's layers (not in the schema: a plan made before it is still a plan). The plan's
    settings (``settings``, read again when not given) say which version it holds.
    """
    path = Path(gpkg_path)
    settings = read_plan_settings(path) if settings is None else settings
    if settings.get(CODE_LIST_KEY) == code_list.digest():
        return False
    rows = [row.values() for row in code_list.code_rows()]
    if _stored_code_list(path) == rows:
        write_plan_setting(path, CODE_LIST_KEY, code_list.digest())
        return False
    dataset = open_vector(path, update=True)
    if dataset is None:
        raise PlanError("The plan cannot be opened for writing.", str(path))
    try:
        _replace_code_table(dataset, rows)
    finally:
        dataset = None
    write_plan_setting(path, CODE_LIST_KEY, code_list.digest())
    LOG.info("Code list %s written to %s (%d codes)", code_list.TABLE, path.name, len(rows))
    return True


def _stored_code_list(path: Path) -> list[tuple] | None:
    dataset = open_vector(path)
    if dataset is None:
        return None
    table = dataset.GetLayerByName(code_list.TABLE)
    rows = None
    if table is not None and tuple(f.GetName() for f in table.schema) == code_list.COLUMNS:
        rows = [tuple(feature.GetField(column) for column in code_list.COLUMNS) for feature in table]
    table = dataset = None  # the layer first: it must not outlive its dataset
    return rows


def _replace_code_table(dataset, rows: list[tuple]) -> None:
    if dataset.GetLayerByName(code_list.TABLE) is not None:
        dataset.DeleteLayer(code_list.TABLE)
    table = dataset.CreateLayer(code_list.TABLE, None, ogr.wkbNone, options=["FID=fid"])
    for column in code_list.COLUMNS:
        table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    table.StartTransaction()
    for values in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for column, value in zip(code_list.COLUMNS, values, strict=True):
            if value is not None:
                feature.SetField(column, value)
        table.CreateFeature(feature)
    table.CommitTransaction()
    table = None


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


