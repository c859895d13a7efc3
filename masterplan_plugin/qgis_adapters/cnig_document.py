"""Import a whole CNIG PLU document folder: its communes (outlined from the zones) and its zoning."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..core import crs as crs_tools
from ..core.cnig import commune_outlines
from ..core.errors import InputError
from .plan_import import ImportReport, import_file
from .plan_io import append_to_plan, read_vector
from .plan_store import plan_crs


def find_document_tables(folder: str | Path) -> tuple[Path, Path | None]:
    """The ZONE_URBA layer and the DOC_URBA_COM table of a CNIG document folder."""
    folder = Path(folder)
    zones = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in (".shp", ".gpkg", ".geojson") and "ZONE_URBA" in p.name.upper()
    )
    if not zones:
        raise InputError("No ZONE_URBA layer in this folder: is it a CNIG PLU document?", str(folder))
    communes = sorted(
        p for p in folder.rglob("*") if p.suffix.lower() == ".dbf" and "DOC_URBA_COM" in p.name.upper()
    )
    return zones[0], (communes[0] if communes else None)


def import_cnig_document(gpkg: str | Path, folder: str | Path) -> list[ImportReport]:
    """Add the document's communes and zones to the plan (zones harmonised, unknown codes listed)."""
    zones_path, communes_path = find_document_tables(folder)
    zones = read_vector(zones_path, columns=["INSEE", "IDURBA"])
    if not zones.crs:
        raise InputError("The ZONE_URBA layer has no coordinate reference system.", str(zones_path))
    document = read_vector(communes_path).attributes if communes_path else {}
    insee = _zone_communes(zones.attributes, document)
    codes = sorted({code for code in list(document.get("INSEE", [])) + insee if code})
    outlines = commune_outlines(zones.geometries, insee, codes)
    target = plan_crs(gpkg)
    geometries = crs_tools.reproject_checked(
        np.array(list(outlines.values()), dtype=object), zones.crs, target
    )
    count = len(outlines)
    append_to_plan(
        gpkg,
        "communes",
        geometries,
        {
            "code": list(outlines),
            "name": list(outlines),
            "country": ["FR"] * count,
            "zoning_standard": ["CNIG"] * count,
        },
    )
    communes_report = ImportReport(
        "communes", str(communes_path or zones_path), zones.crs, count, {"code": "INSEE"}
    )
    single = {"commune_code": codes[0]} if len(codes) == 1 else None
    return [communes_report, import_file(gpkg, "zoning", zones_path, standard="CNIG", constants=single)]


def _zone_communes(zone_columns: dict, document: dict) -> list:
    """Each zone's INSEE code: its own INSEE field (2014 standard), else its document's only commune.

    A PLUi covers several communes and the 2017 standard no longer says which one a zone lies in: those
    zones keep no commune code (reported by ATTR_MISSING) until the communes are imported separately.
    """
    count = len(next(iter(zone_columns.values()), []))
    if len(zone_columns.get("INSEE", [])):
        return list(zone_columns["INSEE"])
    by_document: dict[str, set] = {}
    for idurba, code in zip(document.get("IDURBA", []), document.get("INSEE", []), strict=False):
        by_document.setdefault(idurba, set()).add(code)
    single = {idurba: next(iter(codes)) for idurba, codes in by_document.items() if len(codes) == 1}
    return [single.get(idurba) for idurba in zone_columns.get("IDURBA", [None] * count)]
