"""Export the findings register: a GeoPackage layer, a CSV table, an HTML report. Every file is written
atomically (a temporary file beside the target, renamed over it), so a failed export leaves no half file.

CSV and HTML come from ``core.reports``, the same writers as the command line; the GeoPackage copy holds
the register rows still present (not ``fixed``) with their problem geometries in the plan CRS.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from osgeo import gdal

from ..core import reports
from ..core.errors import PlanError
from ..core.fileio import write_text_atomic
from ..core.model import COMMUNES, FINDINGS
from ..core.register import RegisterEntry
from .plan_io import read_vector

LOG = logging.getLogger(__name__)


def commune_names(gpkg: str | Path) -> dict[str, str]:
    data = read_vector(gpkg, COMMUNES, columns=["code", "name"])
    pairs = zip(data.attributes["code"], data.attributes["name"], strict=True)
    return {str(code): name or str(code) for code, name in pairs if code is not None}


def export_csv(register: list[RegisterEntry], target: str | Path, language: str) -> Path:
    return write_text_atomic(target, reports.to_csv(register, language))


def export_html(gpkg: str | Path, crs: str, register: list[RegisterEntry], target: str | Path,
                language: str) -> Path:
    text = reports.to_html(Path(gpkg).stem, crs, register, commune_names(gpkg), language)
    return write_text_atomic(target, text)


def export_geopackage(gpkg: str | Path, target: str | Path) -> Path:
    """Copy the plan's findings still present into ``target`` (a new GeoPackage, layer ``findings``)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex}.gpkg")
    options = gdal.VectorTranslateOptions(format="GPKG", layers=[FINDINGS], layerName=FINDINGS,
                                          where="state <> 'fixed'")
    try:
        try:
            result = gdal.VectorTranslate(str(temporary), str(gpkg), options=options)
        except RuntimeError as error:  # GDAL with exceptions enabled
            raise PlanError("The findings could not be exported.", str(error)) from error
        if result is None:
            raise PlanError("The findings could not be exported.", gdal.GetLastErrorMsg() or str(target))
        result = None  # closes the file before it is renamed
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    LOG.info("Findings exported to %s", target)
    return target
