"""Import a vector file into a plan layer: read, reproject to the plan's CRS, map fields, append."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import shapely

from ..core import crs as crs_tools
from ..core.errors import InputError
from ..core.importing import keep_sources, map_columns, resolve_field_map
from ..core.model import ZONING, plan_schema
from .plan_io import append_to_plan, read_vector
from .plan_store import plan_crs

LOG = logging.getLogger(__name__)


@dataclass
class ImportReport:
    plan_layer: str
    source: str
    source_crs: str
    count: int
    field_map: dict[str, str]
    unknown_codes: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what the import summary must point out


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
    source_fids: bool = True,
) -> ImportReport:
    """Append the features of ``source_path`` to ``plan_layer``; the plan's other layers are untouched.

    Zones keep their source: document (``source_name``, default the file name) and feature id there
    (unless ``source_fids`` is False: a temporary copy of the source has its own)."""
    if plan_layer not in plan_schema().layer_names or plan_layer == "findings":
        raise InputError("Features cannot be imported into this layer.", plan_layer)
    target_crs = plan_crs(gpkg)
    data = read_vector(source_path, layer)
    declared = source_crs or data.crs
    if not declared:
        raise InputError(
            "The input layer has no coordinate reference system; give it explicitly.", str(source_path)
        )
    mapping = resolve_field_map(plan_layer, list(data.attributes), fields or {}, standard)
    mapped = map_columns(plan_layer, data.attributes, len(data), mapping, constants, standard)
    if plan_layer == ZONING:
        document = source_name or Path(source_path).name + (f":{layer}" if layer else "")
        keep_sources(mapped, len(data), document, data.ids if source_fids else None)
    geometries = crs_tools.reproject_checked(data.geometries, declared, target_crs, data.ids)
    geometries = shapely.force_2d(geometries)
    append_to_plan(gpkg, plan_layer, geometries, mapped.columns)
    report = ImportReport(
        plan_layer, str(source_path), crs_tools.crs_id(declared), len(data), mapping, mapped.unknown_codes
    )
    LOG.info("Imported %d features into %s from %s (%s)", report.count, plan_layer, source_path, declared)
    return report
