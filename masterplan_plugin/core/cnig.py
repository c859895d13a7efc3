"""French CNIG PLU documents: the document's communes outlined from its zones, its commune list.

A CNIG document (ZONE_URBA + DOC_URBA_COM tables) lists its communes by INSEE code but carries no commune
polygon. The PLU covers the whole commune, so each commune is outlined by the outer rings of the union
of its zones: holes between zones stay inside the commune, where the checks can report them as gaps.
A PLUi's list (DOC_URBA_COM) and its zones' INSEE codes must agree: the import says where they do not,
and the plan keeps the list (``PlanSnapshot.documents``) for CNIG_COMMUNE_LIST_MISMATCH.
"""

from __future__ import annotations

import numpy as np
import shapely

from .footprint import present, repaired_footprints

DOCUMENTS_SETTING = "cnig_documents"  # plan setting: JSON {IDURBA: [INSEE codes its DOC_URBA_COM lists]}


def commune_outlines(zones: np.ndarray, zone_communes: list, communes: list[str]) -> dict[str, object]:
    """INSEE code -> outline polygon for each commune of the document that has zones."""
    zone_communes = np.asarray(zone_communes, dtype=object)
    # An invalid zone still stands for its land: its repaired footprint outlines the commune too.
    zones = np.asarray(zones, dtype=object).copy()
    invalid = present(zones) & ~shapely.is_valid(zones)
    zones[invalid] = repaired_footprints(zones[invalid])
    usable = present(zones)
    outlines = {}
    for code in communes:
        own = zones[usable & (zone_communes == code)]
        if not len(own):
            continue
        union = shapely.union_all(own)
        shells = shapely.polygons(shapely.get_exterior_ring(shapely.get_parts(union)))
        outlines[code] = shapely.union_all(shells)
    return outlines


def document_communes(idurba: list, insee: list) -> dict[str, list[str]]:
    """DOC_URBA_COM's rows grouped: IDURBA -> the INSEE codes it lists (trimmed, sorted, no blanks)."""
    documents: dict[str, set[str]] = {}
    for document, code in zip(idurba, insee, strict=True):
        if _text(document) and _text(code):
            documents.setdefault(_text(document), set()).add(_text(code))
    return {document: sorted(codes) for document, codes in sorted(documents.items())}


def commune_list_mismatch(listed, used) -> tuple[list[str], list[str]]:
    """(communes listed that no zone uses, communes zones use that are not listed), sorted; codes compare
    as trimmed text. Zones without any commune code give nothing to compare: ([], [])."""
    listed, used = {_text(c) for c in listed} - {""}, {_text(c) for c in used} - {""}
    if not used:
        return [], []
    return sorted(listed - used), sorted(used - listed)


def _text(value) -> str:
    return "" if value is None else str(value).strip()
