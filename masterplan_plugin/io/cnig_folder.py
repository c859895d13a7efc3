"""Read a CNIG document folder into a ``core.cnig_conformity.DocumentInventory`` (GDAL/OGR only).

Every shapefile, and every DBF without a shapefile (DOC_URBA, DOC_URBA_COM), becomes a table: its OGR
field definitions (name, type, width), its values (None for null; dates as ``datetime.date``), its OGR
FIDs, its geometries as shapely (2D, in the file's CRS), its .cpg text and the DBF's raw record bytes for
the encoding check (the first ``RECORD_BYTES`` of them).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr

from ..core.cnig_conformity import DocumentInventory, FieldDefinition, TableData
from ..core.errors import InputError
from .plan_io import open_vector

RECORD_BYTES = 8 * 1024 * 1024  # enough to meet a wrongly declared encoding, bounded for huge tables


def read_document_folder(folder: str | Path) -> DocumentInventory:
    root = Path(folder)
    if not root.is_dir():
        raise InputError("This is not a folder: a CNIG document is a folder of files.", str(root))
    files = sorted(p for p in root.rglob("*") if p.is_file())
    relative = [p.relative_to(root).as_posix() for p in files]
    shapefiles = {p.with_suffix("").as_posix().lower() for p in files if p.suffix.lower() == ".shp"}
    tables = []
    for path in files:
        suffix = path.suffix.lower()
        alone = path.with_suffix("").as_posix().lower() not in shapefiles
        if suffix == ".shp" or (suffix == ".dbf" and alone):
            tables.append(read_table(root, path))
    return DocumentInventory(root.name, relative, tables)


def read_table(root: Path, path: Path) -> TableData:
    dataset = open_vector(path)
    if dataset is None or dataset.GetLayerCount() == 0:
        raise InputError("GDAL cannot read this table of the CNIG document.", str(path))
    try:
        layer = dataset.GetLayer(0)
        definition = layer.GetLayerDefn()
        fields = [_field(definition.GetFieldDefn(i)) for i in range(definition.GetFieldCount())]
        has_geometry = path.suffix.lower() == ".shp"
        columns: dict[str, list] = {f.name: [] for f in fields}
        fids, wkbs = [], []
        layer.ResetReading()
        for feature in layer:
            fids.append(feature.GetFID())
            for index, spec in enumerate(fields):
                columns[spec.name].append(_value(feature, index, spec.type))
            if has_geometry:
                geometry = feature.GetGeometryRef()
                empty = geometry is None or geometry.IsEmpty()
                wkbs.append(None if empty else bytes(geometry.ExportToIsoWkb()))
        crs = _crs(layer.GetSpatialRef())
    finally:
        layer = definition = dataset = None  # freed in order (see plan_io.read_vector)
    geometries = None
    if has_geometry:
        geometries = shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore")
        geometries = shapely.force_2d(geometries) if len(geometries) else geometries
    records, cut = _dbf_records(path)
    return TableData(path.relative_to(root).as_posix(), fields, columns, np.asarray(fids, dtype=np.int64),
                     geometries, _sibling_text(path, ".cpg"), records, crs, cut)


def _field(definition) -> FieldDefinition:
    type_name = ogr.GetFieldTypeName(definition.GetType())
    return FieldDefinition(definition.GetName(), type_name, definition.GetWidth())


def _value(feature, index: int, type_name: str):
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if type_name in ("Integer", "Integer64"):
        return feature.GetFieldAsInteger64(index)
    if type_name == "Real":
        return feature.GetFieldAsDouble(index)
    if type_name == "Date":
        year, month, day = feature.GetFieldAsDateTime(index)[:3]
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return feature.GetFieldAsString(index)
    return feature.GetFieldAsString(index)


def _crs(srs) -> str | None:
    if srs is None:
        return None
    srs.AutoIdentifyEPSG()
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    return f"{name}:{code}" if name and code else srs.ExportToWkt()


def _sibling(path: Path, suffix: str) -> Path | None:
    for candidate in path.parent.iterdir():
        if candidate.stem == path.stem and candidate.suffix.lower() == suffix:
            return candidate
    return None


def _sibling_text(path: Path, suffix: str) -> str | None:
    sibling = _sibling(path, suffix)
    return None if sibling is None else sibling.read_bytes().decode("ascii", "replace").strip()


def _dbf_records(path: Path) -> tuple[bytes | None, bool]:
    """The DBF's record area, raw (dBase header: its length in bytes 8-9, little-endian), at most
    ``RECORD_BYTES`` of it, and whether it was cut there."""
    dbf = path if path.suffix.lower() == ".dbf" else _sibling(path, ".dbf")
    if dbf is None:
        return None, False
    with dbf.open("rb") as stream:
        header = stream.read(32)
        if len(header) < 32:
            return None, False
        stream.seek(int.from_bytes(header[8:10], "little"))
        records = stream.read(RECORD_BYTES)
        return records, bool(stream.read(1))
