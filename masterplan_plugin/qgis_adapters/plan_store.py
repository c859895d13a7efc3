"""Master-plan files: create the GeoPackage from the data model, open it in a QGIS project.

One call creates a plan for every entry point (toolbar, command line, Processing):
``create_plan(path, crs)`` writes the GeoPackage (layers, domains, default styles with forms) and a
QGIS project next to it that opens the plan styled and grouped.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)

from ..core.crs import require_metric_crs
from ..core.errors import InputError, PlanError
from ..core.model import FINDINGS, FieldSpec, LayerSpec, pick_label, plan_schema
from .forms import apply_form_config
from .locale import user_language
from .styles import apply_default_style

LOG = logging.getLogger(__name__)

SETTINGS_TABLE = "plan_settings"
SCHEMA_VERSION = "1"
# Drawing order in the layer tree, top first; findings are split by geometry type for rendering.
TREE_ORDER = ("findings", "sites", "mobility_axes", "green_spaces", "zoning", "communes")
FINDINGS_PARTS = ("Point", "LineString", "Polygon")

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


@dataclass(frozen=True)
class PlanFiles:
    gpkg: Path
    project: Path


def create_plan(gpkg_path: str | Path, crs: str | None = None, overwrite: bool = False) -> PlanFiles:
    """Write a new, empty master plan and its QGIS project; atomic (a failure leaves no file)."""
    path = Path(gpkg_path).resolve()
    if path.suffix.lower() != ".gpkg":
        raise InputError("A master plan is a GeoPackage: the file name must end with .gpkg.", str(path))
    working_crs = require_metric_crs(crs or plan_schema().default_crs)
    if path.exists() and not overwrite:
        raise PlanError("A file with this name already exists.", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    language = user_language()
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex}.gpkg")
    try:
        _write_schema(temporary, working_crs)
        _write_default_styles(temporary, language)
        os.replace(temporary, path)
    finally:
        _remove_quietly(temporary)
    project_path = write_project(path)
    LOG.info("Created plan %s in %s", path, working_crs)
    return PlanFiles(gpkg=path, project=project_path)


def read_plan_settings(gpkg_path: str | Path) -> dict[str, str]:
    """The plan's key/value settings (working CRS, schema version…); PlanError if not a plan."""
    path = Path(gpkg_path)
    if not path.is_file():
        raise InputError("The plan file does not exist.", str(path))
    dataset = ogr.Open(str(path))
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


def add_plan_to_project(gpkg_path: str | Path, project: QgsProject) -> dict[str, QgsVectorLayer]:
    """Add the plan's styled layers to ``project`` in a group named after the plan."""
    path = Path(gpkg_path).resolve()
    settings = read_plan_settings(path)
    language = user_language()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, _group_name(path, settings))
    layers = {}
    for name in TREE_ORDER:
        for layer in _plan_layers(path, name, language):
            if not layer.isValid():
                raise PlanError("A layer of the plan cannot be read.", f"{path}|{name}")
            project.addMapLayer(layer, False)
            _insert(group, name, layer, language)
            layers[layer.name() if name == FINDINGS else name] = layer
    if not project.crs().isValid():
        project.setCrs(QgsCoordinateReferenceSystem(settings["crs"]))
    return layers


def write_project(gpkg_path: str | Path) -> Path:
    """Write ``<plan>.qgz`` next to the plan, opening it styled and grouped (relative paths)."""
    path = Path(gpkg_path).resolve()
    project_path = path.with_suffix(".qgz")
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex}.qgz")
    project = QgsProject()
    try:
        project.setCrs(QgsCoordinateReferenceSystem(plan_crs(path)))
        project.setTitle(path.stem)
        add_plan_to_project(path, project)
        if not project.write(str(temporary)):
            raise PlanError("The QGIS project could not be written.", project.error() or str(temporary))
        os.replace(temporary, project_path)
    finally:
        project.clear()
        _remove_quietly(temporary)
    return project_path


# --- GeoPackage schema -------------------------------------------------------------------------------


def _write_schema(path: Path, working_crs: str) -> None:
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
    _write_settings(dataset, working_crs)
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


def _write_settings(dataset, working_crs: str) -> None:
    table = dataset.CreateLayer(SETTINGS_TABLE, None, ogr.wkbNone, options=["FID=fid"])
    table.CreateField(ogr.FieldDefn("key", ogr.OFTString))
    table.CreateField(ogr.FieldDefn("value", ogr.OFTString))
    values = {
        "crs": working_crs,
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    for key, value in values.items():
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("key", key)
        feature.SetField("value", value)
        table.CreateFeature(feature)


# --- QGIS side: default styles, layers, tree ----------------------------------------------------------


def _write_default_styles(path: Path, language: str) -> None:
    """Store each layer's form and renderer as its default style: QGIS applies it whenever it is added.

    The findings table holds mixed geometries, and a GeoPackage keeps one default style per table, so its
    per-geometry styles are applied when the plan is opened instead.
    """
    for name in TREE_ORDER:
        if name == FINDINGS:
            continue
        for layer in _plan_layers(path, name, language, load_default_style=False):
            _configure(layer, name, language)
            message = layer.saveStyleToDatabase(name, "Master plan default style", True, "")
            if message:
                raise PlanError("The default style could not be stored in the plan.", f"{name}: {message}")


def _plan_layers(path: Path, name: str, language: str, load_default_style: bool = True):
    options = QgsVectorLayer.LayerOptions(loadDefaultStyle=load_default_style)
    spec = plan_schema().layer(name)
    label = pick_label(spec.label, language)
    if name != FINDINGS:
        layer = QgsVectorLayer(f"{path}|layername={name}", label, "ogr", options)
        apply_form_config(layer, spec, language)  # labels follow the user's language, not the creator's
        return [layer]
    layers = []
    for part in FINDINGS_PARTS:
        uri = f"{path}|layername={name}|geometrytype={part}"
        layer = QgsVectorLayer(
            uri, f"{label} ({part})", "ogr", QgsVectorLayer.LayerOptions(loadDefaultStyle=False)
        )
        _configure(layer, name, language)
        layers.append(layer)
    return layers


def _configure(layer: QgsVectorLayer, name: str, language: str) -> None:
    apply_form_config(layer, plan_schema().layer(name), language)
    apply_default_style(layer, name, language)


def _insert(group: QgsLayerTreeGroup, name: str, layer: QgsVectorLayer, language: str) -> None:
    if name == FINDINGS:
        findings_group = group.findGroup(layer.name().split(" (")[0])
        if findings_group is None:
            findings_group = group.addGroup(layer.name().split(" (")[0])
        findings_group.addLayer(layer)
    else:
        group.addLayer(layer)


def _group_name(path: Path, settings: dict[str, str]) -> str:
    return f"{path.stem} ({settings['crs']})"


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def write_plan_setting(gpkg_path: str | Path, key: str, value: str | None) -> None:
    """Set (or, with ``None``, remove) one key of the plan's settings table, in one transaction."""
    path = Path(gpkg_path)
    read_plan_settings(path)  # the same errors as reading when this is not a plan
    dataset = ogr.Open(str(path), 1)
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
