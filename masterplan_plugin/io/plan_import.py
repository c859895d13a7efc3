"""Import a vector file into a plan layer: read, reproject to the plan's CRS, map fields, then write in one
transaction according to the import mode (``core.importing``: replace the communes present in the input,
update by key, or append)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from ..core import crs as crs_tools
from ..core.errors import InputError
from ..core.importing import (
    DEFAULT_MODE,
    Changes,
    commune_codes_from_location,
    import_mode,
    keep_sources,
    key_values,
    map_columns,
    plan_changes,
    replace_groups,
    resolve_field_map,
    update_key,
)
from ..core.locate import locate_communes
from ..core.model import COMMUNES, ZONING, plan_schema
from .plan_file import plan_crs
from .plan_io import append_to_plan, read_vector

LOG = logging.getLogger(__name__)
LOCATED_LAYERS = ("mobility_axes", "green_spaces", "sites")  # no commune field: grouped by location


@dataclass
class ImportReport:
    plan_layer: str
    source: str
    source_crs: str
    count: int
    field_map: dict[str, str]
    unknown_codes: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what the import summary must point out
    mode: str = "append"
    added: int = 0
    updated: int = 0
    removed: int = 0
    replaced: list[str] = field(default_factory=list)  # communes whose features were replaced
    documents: list[str] = field(default_factory=list)  # documents whose zones without commune were replaced
    located: int = 0  # zones that got their commune from their location
    without_commune: int = 0  # zones left without commune (outside every commune of the plan)
    unmatched: int = 0  # replace: input features in no commune; update: input features without key value
    kept: int = 0  # input features not imported because the plan has them (a CNIG document's communes)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def import_file(
    gpkg: str | Path,
    plan_layer: str,
    source_path: str | Path,
    *,
    layer: str | None = None,
    fields: dict[str, str | None] | None = None,
    constants: dict[str, object] | None = None,
    standard: str | None = None,
    source_crs: str | None = None,
    source_name: str | None = None,
    source_fids: bool | str = True,
    mode: str = DEFAULT_MODE,
    key: list[str] | str | None = None,
) -> ImportReport:
    """Import the features of ``source_path`` into ``plan_layer`` (``mode``: replace, update, append; see
    ``core.importing``); the plan's other layers are untouched.

    Zones keep their source: document (``source_name``, default the file name) and feature id there
    (``source_fids``: True, the file's own; a field name, the column of a copy holding the original ids;
    False, none). Zones without commune code get the commune their location gives."""
    if plan_layer not in plan_schema().layer_names or plan_layer == "findings":
        raise InputError("Features cannot be imported into this layer.", plan_layer)
    mode = import_mode(mode)
    keys = update_key(plan_layer, key) if mode == "update" else ()
    target_crs = plan_crs(gpkg)
    data = read_vector(source_path, layer)
    declared = source_crs or data.crs
    if not declared:
        raise InputError(
            "The input layer has no coordinate reference system; give it explicitly.", str(source_path)
        )
    mapping = resolve_field_map(plan_layer, list(data.attributes), fields or {}, standard)
    mapped = map_columns(plan_layer, data.attributes, len(data), mapping, constants, standard)
    geometries = crs_tools.reproject_checked(data.geometries, declared, target_crs, data.ids)
    geometries = shapely.force_2d(geometries)
    report = ImportReport(plan_layer, str(source_path), crs_tools.crs_id(declared), len(data), mapping,
                          mapped.unknown_codes, mode=mode)
    communes = _plan_communes(gpkg) if plan_layer in (ZONING, *LOCATED_LAYERS) else None
    if plan_layer == ZONING:
        document = source_name or Path(source_path).name + (f":{layer}" if layer else "")
        keep_sources(mapped, len(data), document, _source_ids(data, source_fids))
        located = _codes_at(geometries, communes, gpkg)
        filled = commune_codes_from_location(mapped.columns, len(data), located)
        report.located, report.without_commune = filled
    changes = _changes(gpkg, plan_layer, mode, keys, mapped.columns, geometries, communes)
    append_to_plan(gpkg, plan_layer, geometries, mapped.columns, remove=changes.remove,
                   overwrite=changes.overwrite)
    report.added, report.updated, report.removed = changes.added, changes.updated, len(changes.remove)
    report.replaced, report.documents = changes.replaced, changes.documents
    report.unmatched = changes.unmatched
    LOG.info("Imported %d features into %s from %s (%s), mode %s: %d added, %d updated, %d removed",
             report.count, plan_layer, source_path, declared, mode, report.added, report.updated,
             report.removed)
    return report


def _source_ids(data, source_fids: bool | str):
    if isinstance(source_fids, str):
        column = data.attributes.get(source_fids)
        return None if column is None else [None if fid is None else int(fid) for fid in column]
    return data.ids if source_fids else None


def _plan_communes(gpkg) -> tuple[np.ndarray, list]:
    communes = read_vector(gpkg, COMMUNES, columns=["code"])
    return communes.geometries, list(communes.attributes.get("code", []))


def _codes_at(geometries, communes, gpkg) -> list[str | None]:
    """The code of the plan commune holding most of each geometry (None: in none)."""
    commune_geometries, codes = communes
    if not len(commune_geometries) or not len(geometries):
        return [None] * len(geometries)
    from .validation import plan_profile

    noise = plan_profile(gpkg).tolerance("boundary_min_offset_m")
    index = locate_communes(geometries, commune_geometries, noise)
    return [codes[i] if i >= 0 else None for i in index.tolist()]


def _changes(gpkg, plan_layer: str, mode: str, keys: tuple[str, ...], columns: dict, geometries,
             communes) -> Changes:
    """What the import removes and overwrites in the plan layer (``core.importing.plan_changes``)."""
    count = len(geometries)
    if mode == "append":
        return plan_changes(mode, [None] * count, [], [])
    wanted = list(keys) if mode == "update" else ["code", "commune_code", "source_document"]
    present = set(plan_schema().layer(plan_layer).field_names)
    existing = read_vector(gpkg, plan_layer, columns=[name for name in wanted if name in present])
    old = {name: list(values) for name, values in existing.attributes.items()}
    if mode == "update":
        return plan_changes(mode, key_values(columns, count, keys),
                            key_values(old, len(existing), keys), existing.ids)
    located_new = located_old = None
    if plan_layer in LOCATED_LAYERS:
        located_new = _codes_at(geometries, communes, gpkg)
        located_old = _codes_at(existing.geometries, communes, gpkg)
    return plan_changes(mode, replace_groups(plan_layer, columns, count, located_new),
                        replace_groups(plan_layer, old, len(existing), located_old), existing.ids)
