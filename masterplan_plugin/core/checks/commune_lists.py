"""CNIG_COMMUNE_LIST_MISMATCH: a CNIG document's commune list (DOC_URBA_COM) against its zones' communes.

A PLUi lists the communes it zones; its zones name theirs (INSEE, ``commune_code``). Where they disagree
— a listed commune no zone of the document is attributed to (on one real PLUi: 12 listed, 1 used), a
commune the zones use that the list lacks — either the list or the zones' codes are wrong. One finding
per commune and document: the plan keeps each document's list (``PlanSnapshot.documents``, stored by the
CNIG import) and its zones' ``source_document`` (IDURBA). A document whose zones carry no commune code
gives nothing to compare (ATTR_MISSING reports the zones).
"""

from __future__ import annotations

import numpy as np
import shapely

from ..cnig import commune_list_mismatch
from ..findings import Finding
from ..model import ZONING
from .registry import check

RULE = "CNIG_COMMUNE_LIST_MISMATCH"


@check("CNIG commune lists", RULE)
def check_commune_lists(snapshot, profile, context) -> list[Finding]:
    zoning = snapshot.layer(ZONING)
    if not snapshot.documents or not len(zoning):
        return []
    documents = zoning.distinct("source_document").per_value(_text, object)
    codes = zoning.distinct("commune_code").per_value(_text, object)  # each distinct value once
    findings = []
    for document, listed in sorted(snapshot.documents.items()):
        own = np.flatnonzero(documents == document)
        unused, unlisted = commune_list_mismatch(listed, codes[own])
        findings += [_unused(document, code, len(own), profile, context) for code in unused]
        for code in unlisted:
            findings.append(_unlisted(zoning, own[codes[own] == code], document, code, profile, context))
    return findings


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _unused(document: str, code: str, zones: int, profile, context) -> Finding:
    """A listed commune no zone of the document is attributed to: on the commune, if the plan has it."""
    index = np.flatnonzero(context.commune_codes == code)
    geometry = context.communes.geometries[index[0]] if len(index) else None
    params = {"document": document, "commune": _label(context, index, code), "count": zones}
    return Finding(RULE, profile.severity(RULE), ZONING, (), geometry, (code,), None, params)


def _unlisted(zoning, rows: np.ndarray, document: str, code: str, profile, context) -> Finding:
    """Zones of the document attributed to a commune its list lacks: located on those zones."""
    usable = rows[zoning.usable[rows]]
    geometry = shapely.union_all(zoning.geometries[usable]) if len(usable) else None
    index = np.flatnonzero(context.commune_codes == code)
    params = {
        "_variant": "message_unlisted",
        "document": document,
        "commune": _label(context, index, code),
        "count": len(rows),
    }
    ids = tuple(int(fid) for fid in zoning.ids[rows])
    return Finding(RULE, profile.severity(RULE), ZONING, ids, geometry, (code,), float(len(rows)), params)


def _label(context, index: np.ndarray, code: str) -> str:
    return context.commune_labels[index[0]] if len(index) else code
