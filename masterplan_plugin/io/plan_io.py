"""Vector files ⇄ core arrays, through GDAL/OGR (the library under QGIS's own OGR provider).

Features are read once into a shapely array (WKB → ``shapely.from_wkb``) plus attribute columns, and
written back in one transaction. This path serves plan import, the demo, validation and benchmarks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

from ..core.columns import Factorized, object_array
from ..core.crs import non_finite
from ..core.errors import InputError, PlanError, error_message
from ..core.model import plan_schema

LOG = logging.getLogger(__name__)

_MULTI = {"Polygon": shapely.multipolygons, "LineString": shapely.multilinestrings}


@dataclass
class VectorData:
    """Features of one layer: geometries (shapely array, None for null), ids, attribute columns (object
    arrays), CRS; text columns also by distinct value when the reader had them so."""

    name: str
    geometries: np.ndarray
    ids: np.ndarray
    attributes: dict[str, np.ndarray] = field(default_factory=dict)
    crs: str | None = None
    factorized: dict[str, Factorized] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.geometries)


def open_vector(path: str | Path, update: bool = False):
    """``ogr.Open``, None when GDAL cannot open the file, whether GDAL's Python exceptions are off (QGIS
    3.22) or on (QGIS 3.40 turns them on): callers then raise the plugin's own clear error."""
    try:
        return ogr.Open(str(path), 1 if update else 0)
    except RuntimeError:
        return None


def read_vector(path: str | Path, layer: str | None = None, columns: list[str] | None = None) -> VectorData:
    """Read a GeoPackage / GeoJSON / shapefile layer; InputError with a clear message when unusable.

    GDAL's Arrow stream hands whole columns over at once (100k zones in about 0.2 s); other formats and
    GDAL builds without it go through the feature loop, which decodes each file's own encoding.
    """
    dataset, source = _open_layer(path, layer)
    try:
        definition = source.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        wanted = names if columns is None else [name for name in columns if name in names]
        source.SetIgnoredFields([name for name in names if name not in wanted])
        # Arrow hands text over undecoded: only trusted for GeoPackage, which is UTF-8 by definition.
        arrow = hasattr(source, "GetArrowStreamAsNumPy") and dataset.GetDriver().GetName() == "GPKG"
        reader = _read_arrow if arrow else _read_features
        wkbs, ids, values, factorized = reader(source, wanted)
        crs, name = _crs_of(source.GetSpatialRef()), source.GetName()
        source.SetIgnoredFields([])
    finally:
        # On an error too: a raised error's frame would keep both, freed in any order (heap corruption).
        definition = source = dataset = None
    geometries = shapely.from_wkb(wkbs, on_invalid="ignore") if len(wkbs) else np.array([], dtype=object)
    if len(geometries) and shapely.has_z(geometries).any():
        geometries = shapely.force_2d(geometries)
    ids = np.asarray(ids, dtype=np.int64)
    return VectorData(name, geometries, ids, values, crs, factorized)


def _read_arrow(source, wanted: list[str]):
    fid_name = source.GetFIDColumn() or "OGC_FID"
    geometry_name = source.GetGeometryColumn() or "wkb_geometry"
    batches: dict[str, list] = {}
    source.ResetReading()
    for batch in source.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        for key, column in batch.items():
            batches.setdefault(key, []).append(column)

    def joined(key):
        parts = batches.get(key)
        return np.ma.concatenate(parts) if parts else np.ma.masked_array(np.array([], dtype=object))

    ids = np.ma.getdata(joined(fid_name)) if fid_name in batches else np.arange(len(joined(geometry_name)))
    if geometry_name in batches:
        wkbs = _as_objects(joined(geometry_name))[0]
    else:
        wkbs = np.full(len(ids), None, dtype=object)
    values, factorized = {}, {}
    for name in wanted:
        values[name], coded = _as_objects(joined(name))
        if coded is not None:
            factorized[name] = coded
    for name, column in _boolean_columns(source, wanted).items():
        values[name] = column
        factorized.pop(name, None)
    return wkbs, ids, values, factorized


def _boolean_columns(source, wanted: list[str]) -> dict[str, np.ndarray]:
    """Boolean fields read feature by feature: GDAL 3.6's Arrow-to-NumPy conversion garbles them."""
    definition = source.GetLayerDefn()
    booleans = {
        name: definition.GetFieldIndex(name)
        for name in wanted
        if definition.GetFieldDefn(definition.GetFieldIndex(name)).GetSubType() == ogr.OFSTBoolean
    }
    if not booleans:
        return {}
    source.SetIgnoredFields([n for n in wanted if n not in booleans] + ["OGR_GEOMETRY"])
    source.ResetReading()
    values = {name: [] for name in booleans}
    for feature in source:
        for name, index in booleans.items():
            null = feature.IsFieldNull(index)
            values[name].append(None if null else bool(feature.GetFieldAsInteger(index)))
    source.SetIgnoredFields([])
    return {name: object_array(column) for name, column in values.items()}


def _as_objects(column) -> tuple[np.ndarray, Factorized | None]:
    """A (masked) Arrow column as an object array (None for nulls, str for text, Python numbers); text
    also by distinct value, which it is decoded by anyway (columns of codes repeat a few values)."""
    mask = np.ma.getmaskarray(column)
    data = np.ma.getdata(column)
    if data.dtype.kind != "S":
        result = object_array(data.tolist()) if data.dtype != object else data.copy()
        result[mask] = None
        return result, None
    distinct, index = np.unique(data, return_inverse=True)
    values = object_array([value.decode("utf-8") for value in distinct.tolist()] + [None])
    index = np.where(mask, len(values) - 1, index).astype(np.int64)
    return values[index], Factorized(values, index)


def _read_features(source, wanted: list[str]):
    wkbs, ids = [], []
    values = {name: [] for name in wanted}
    source.ResetReading()
    for feature in source:
        geometry = feature.GetGeometryRef()
        wkbs.append(bytes(geometry.ExportToIsoWkb()) if geometry is not None else None)
        ids.append(feature.GetFID())
        for name in wanted:
            values[name].append(feature.GetField(name))
    return object_array(wkbs), ids, {name: object_array(column) for name, column in values.items()}, {}


def list_fields(path: str | Path, layer: str | None = None) -> list[str]:
    _, source = _open_layer(path, layer)
    definition = source.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def append_to_plan(
    gpkg: str | Path,
    layer_name: str,
    geometries: np.ndarray,
    attributes: dict[str, list],
    replace: bool = False,
    remove=(),
    overwrite: list[int | None] | None = None,
) -> int:
    """Write features to a plan layer in one transaction, so readers see the old content or the new one,
    never a mix: ``replace`` deletes all its old features, ``remove`` those fids; ``overwrite`` gives per
    row the fid of the feature it rewrites (its geometry and the given attributes; the others are kept),
    or None to add it. Returns the number of rows written."""
    spec = plan_schema().layer(layer_name)
    unknown = set(attributes) - set(spec.field_names)
    if unknown:
        raise InputError("These fields are not part of the plan layer.", f"{layer_name}: {sorted(unknown)}")
    broken = np.flatnonzero(non_finite(np.asarray(geometries, dtype=object)))
    if len(broken):  # GDAL would write them and leave the GeoPackage's extents unreadable
        raise InputError(
            "{count} features have coordinates that are not finite numbers: nothing was written.",
            f"{layer_name}: rows {broken[:10].tolist()}",
            count=len(broken),
        )
    _require_geometry_type(layer_name, spec.geometry, geometries)
    dataset = open_vector(gpkg, update=True)
    if dataset is None:
        raise PlanError("The plan cannot be opened for writing.", str(gpkg))
    target = dataset.GetLayerByName(layer_name)
    geometries = _promote_to_multi(geometries, spec.geometry)
    wkbs = shapely.to_wkb(geometries, flavor="iso", output_dimension=2)
    definition = target.GetLayerDefn()
    overwrite = overwrite if overwrite is not None else [None] * len(wkbs)
    target.StartTransaction()
    try:
        doomed = [feature.GetFID() for feature in target] if replace else [int(fid) for fid in remove]
        for fid in doomed:
            if target.DeleteFeature(fid) != 0:
                raise PlanError("A feature could not be removed from the plan.", f"{layer_name} #{fid}")
        for index, wkb in enumerate(wkbs):
            _write_row(target, definition, layer_name, index, wkb, attributes, overwrite[index])
        target.CommitTransaction()
    except Exception:
        target.RollbackTransaction()
        raise
    finally:
        target = dataset = None  # the layer first: it must not outlive its dataset
    return len(wkbs)


def _write_row(target, definition, layer_name: str, index: int, wkb, attributes: dict, fid) -> None:
    """Add row ``index``, or rewrite feature ``fid`` with it (fields not imported keep their value)."""
    feature = ogr.Feature(definition) if fid is None else target.GetFeature(int(fid))
    if feature is None:
        raise PlanError("A feature could not be written to the plan.", f"{layer_name} #{fid}")
    feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb) if wkb is not None else None)
    for name, column in attributes.items():
        _set_field(feature, name, column[index])
    written = target.CreateFeature(feature) if fid is None else target.SetFeature(feature)
    if written != 0:
        raise PlanError("A feature could not be written to the plan.", f"{layer_name} #{index}")


def _set_field(feature: ogr.Feature, name: str, value) -> None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        feature.SetFieldNull(name)
    elif isinstance(value, (bool, np.bool_)):
        feature.SetField(name, int(value))
    elif isinstance(value, (np.integer,)):
        feature.SetField(name, int(value))
    else:
        feature.SetField(name, value)


_DIMENSION = {
    "MultiPolygon": (2, error_message("{count} features are not polygons, as the {layer} layer needs.")),
    "MultiLineString": (1, error_message("{count} features are not lines, as the {layer} layer needs.")),
}


def _require_geometry_type(layer_name: str, layer_type: str, geometries) -> None:
    """Points in the zoning (or areas among the axes) would be written, then ignored by every check:
    refused before anything is written."""
    if layer_type not in _DIMENSION:
        return
    dimension, message = _DIMENSION[layer_type]
    geometries = np.asarray(geometries, dtype=object)
    present = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
    wrong = np.flatnonzero(present & (shapely.get_dimensions(geometries) != dimension))
    if len(wrong):
        raise InputError(
            message,
            f"rows {wrong[:10].tolist()}: {sorted({g.geom_type for g in geometries[wrong]})}",
            count=len(wrong),
            layer=layer_name,
        )


def _promote_to_multi(geometries: np.ndarray, target_type: str) -> np.ndarray:
    """Polygons become MultiPolygons (and lines MultiLineStrings) as the plan layers are typed multi."""
    geometries = np.asarray(geometries, dtype=object)
    result = geometries.copy()
    for single, multi in _MULTI.items():
        if target_type != f"Multi{single}":
            continue
        mask = shapely.get_type_id(geometries) == shapely.GeometryType[single.upper()].value
        if mask.any():
            result[mask] = multi(geometries[mask], indices=np.arange(mask.sum()))
    return result


def _open_layer(path: str | Path, layer: str | None):
    path = Path(path)
    if not path.exists():
        raise InputError("The input file does not exist.", str(path))
    dataset = open_vector(path)
    if dataset is None:
        raise InputError("The file is not a vector format that GDAL can read.", str(path))
    source = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    if source is None:
        raise InputError("The layer does not exist in the file.", f"{path}: {layer}")
    return dataset, source


def _crs_of(srs: osr.SpatialReference | None) -> str | None:
    if srs is None:
        return None
    srs.AutoIdentifyEPSG()
    authority, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if authority and code:
        return f"{authority}:{code}"
    return srs.ExportToWkt()
