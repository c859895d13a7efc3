"""Import a whole CNIG PLU document folder: its communes (outlined from the zones) and its zoning."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..core import crs as crs_tools
from ..core.cnig import DOCUMENTS_SETTING, commune_list_mismatch, commune_outlines, document_communes
from ..core.errors import InputError
from ..core.importing import DEFAULT_MODE, import_mode
from .plan_file import plan_crs, read_plan_settings, write_plan_setting
from .plan_import import ImportReport, import_file
from .plan_io import append_to_plan, read_vector


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


def import_cnig_document(gpkg: str | Path, folder: str | Path,
                         mode: str = DEFAULT_MODE) -> list[ImportReport]:
    """Add the document's communes and zones to the plan (zones harmonised, unknown codes listed).

    ``mode`` applies to the zones (``core.importing``: a revised PLU replaces the zones of its communes by
    default). The communes are outlined from the zones: in ``replace`` and ``update`` mode only the
    communes the plan lacks are added (those it has may come from an official boundary file and are
    kept); ``append`` adds them all."""
    mode = import_mode(mode)
    zones_path, communes_path = find_document_tables(folder)
    zones = read_vector(zones_path, columns=["INSEE", "IDURBA"])
    if not zones.crs:
        raise InputError("The ZONE_URBA layer has no coordinate reference system.", str(zones_path))
    document = read_vector(communes_path).attributes if communes_path else {}
    lists = document_communes(list(document.get("IDURBA", [])), list(document.get("INSEE", [])))
    insee = _zone_communes(zones.attributes, document)
    codes = sorted({code for code in list(document.get("INSEE", [])) + insee if code})
    outlines = commune_outlines(zones.geometries, insee, codes)
    known = set() if mode == "append" else _plan_commune_codes(gpkg)
    added = {code: outline for code, outline in outlines.items() if code not in known}
    target = plan_crs(gpkg)
    geometries = crs_tools.reproject_checked(np.array(list(added.values()), dtype=object), zones.crs, target)
    count = len(added)
    append_to_plan(
        gpkg,
        "communes",
        geometries,
        {
            "code": list(added),
            "name": list(added),
            "country": ["FR"] * count,
            "zoning_standard": ["CNIG"] * count,
        },
    )
    communes_report = ImportReport(
        "communes", str(communes_path or zones_path), zones.crs, count, {"code": "INSEE"}, mode=mode,
        added=count,
    )
    communes_report.kept = len(outlines) - count
    communes_report.warnings = _list_warnings(lists, zones.attributes.get("IDURBA"), insee)
    single = {"commune_code": codes[0]} if len(codes) == 1 else None
    # Zones without IDURBA belong to the document when the folder holds only one.
    only = next(iter(lists)) if len(lists) == 1 else None
    zoning_report = import_file(
        gpkg, "zoning", zones_path, standard="CNIG", constants=single, source_name=only, mode=mode
    )
    if lists:  # kept with the plan for CNIG_COMMUNE_LIST_MISMATCH
        stored = json.loads(read_plan_settings(gpkg).get(DOCUMENTS_SETTING) or "{}")
        write_plan_setting(gpkg, DOCUMENTS_SETTING, json.dumps({**stored, **lists}, ensure_ascii=False))
    return [communes_report, zoning_report]


def _plan_commune_codes(gpkg) -> set[str]:
    codes = read_vector(gpkg, "communes", columns=["code"]).attributes.get("code", [])
    return {str(code).strip() for code in codes if code is not None}


def _list_warnings(lists: dict[str, list[str]], zone_documents, zone_communes: list) -> list[str]:
    """The import summary's word on each document whose DOC_URBA_COM and zones disagree."""
    documents = list(zone_documents) if zone_documents is not None else [None] * len(zone_communes)
    only = next(iter(lists)) if len(lists) == 1 else None
    warnings = []
    for document, listed in lists.items():
        used = [c for d, c in zip(documents, zone_communes, strict=True) if (d or only) == document]
        unused, unlisted = commune_list_mismatch(listed, used)
        if unused:
            warnings.append(
                f"{document}: DOC_URBA_COM lists {len(listed)} communes, the zones use "
                f"{len(listed) - len(unused)}; no zone in {', '.join(unused)} (no commune outline for them)."
            )
        if unlisted:
            warnings.append(f"{document}: zones in {', '.join(unlisted)}, which DOC_URBA_COM does not list.")
    return warnings


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
