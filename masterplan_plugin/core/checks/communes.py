"""COMMUNE_DUPLICATE_CODE and COMMUNE_OVERLAP: the communes layer holds each commune once.

A commune imported twice (before imports replaced by default), the same commune from two sources (an
INSEE file and a LAU file), a *commune nouvelle* next to its *communes déléguées*: the plan then counts
land twice, zones find two communes, indicators and the atlas merge or split them.

* **COMMUNE_DUPLICATE_CODE**: two or more communes with one code (trimmed; nulls are ATTR_MISSING's), one
  finding per code, on all of them; it says how much of them is drawn over one another. Parts of one
  commune stored as separate features are reported too: they belong in one multi-part feature.
* **COMMUNE_OVERLAP**: two communes of different codes of which one is drawn over the other — not a
  border disagreement. Borders of two datasets always overlap a little along their line; those slivers are
  BOUNDARY_MISMATCH's, measured per stretch of border. The split, in one place (``commune_overlaps``),
  follows BOUNDARY_MISMATCH's own rule for gaps (a hole wider than ``boundary_max_offset_m`` is missing
  territory, not a border): a pair is a COMMUNE_OVERLAP when a piece of their overlap is wider than
  ``commune_overlap_min_width_m`` (twice its largest inscribed radius), or when their overlap covers at
  least ``commune_overlap_min_share`` of the smaller commune (a small commune drawn twice is narrower than
  any width). Such a pair is left out of BOUNDARY_MISMATCH (``reported_pairs``), so one defect gives one
  finding; a pair of one code is COMMUNE_DUPLICATE_CODE's alone. Thinner, smaller overlaps stay border
  mismatches, and overlaps within ``boundary_min_offset_m`` of the line are digitising noise for both.

One finding per pair, located on their overlap; vectorised (STRtree pairs, one intersection per pair,
inscribed circles only for pieces large enough to be wide).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from ..findings import Finding
from ..model import COMMUNES
from ..sources import source_refs
from .registry import check

DUPLICATE = "COMMUNE_DUPLICATE_CODE"
OVERLAP = "COMMUNE_OVERLAP"
SAME = 0.99  # share of a commune covered by another above which it lies within it (1 % of noise)


@dataclass(frozen=True)
class CommuneOverlaps:
    """Pairs of usable communes (indexes in ``context.communes``) drawn over one another, their overlap
    (polygons, beyond noise), its area and the share of each commune it covers."""

    pairs: np.ndarray  # (n, 2) int
    overlap: np.ndarray  # geometries
    area: np.ndarray
    shares: np.ndarray  # (n, 2): the share of the first and of the second commune


@check("communes", DUPLICATE, OVERLAP)
def check_communes(snapshot, profile, context) -> list[Finding]:
    findings = []
    if profile.enabled(DUPLICATE):
        findings += _duplicate_codes(snapshot.layer(COMMUNES), profile, context)
    if profile.enabled(OVERLAP):
        findings += _overlaps(profile, context)
    return findings


def reported_pairs(profile, context) -> set[tuple[int, int]]:
    """The pairs of communes (indexes, smaller first) that COMMUNE_OVERLAP or COMMUNE_DUPLICATE_CODE
    report under this profile: BOUNDARY_MISMATCH leaves them out."""
    found = context.commune_overlaps
    same = _same_code(found.pairs, context)
    keep = (same & profile.enabled(DUPLICATE)) | (~same & profile.enabled(OVERLAP))
    return {(int(a), int(b)) for a, b in found.pairs[keep]}


def commune_overlaps(communes, profile) -> CommuneOverlaps:
    """The pairs of communes drawn over one another (see the module doc)."""
    noise = profile.tolerance("boundary_min_offset_m")
    min_width = profile.tolerance("commune_overlap_min_width_m")
    min_share = profile.tolerance("commune_overlap_min_share")
    geometries = communes.geometries
    left, right = communes.tree.query(geometries, predicate="intersects") if len(communes) else ([], [])
    left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    ordered = left < right
    left, right = left[ordered], right[ordered]
    if not len(left):
        return _none()
    overlap = _polygons(shapely.intersection(geometries[left], geometries[right]))
    area = shapely.area(overlap)
    # Beyond border noise: something of the overlap is left once eroded by half the noise width.
    beyond = np.zeros(len(area), dtype=bool)
    some = np.flatnonzero(area > 0)
    beyond[some] = shapely.area(shapely.buffer(overlap[some], -noise / 2.0, quad_segs=4)) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.column_stack([area / shapely.area(geometries[left]),
                                  area / shapely.area(geometries[right])])
    shares = np.nan_to_num(shares, nan=0.0, posinf=1.0)
    wide = beyond & (shares.max(axis=1) >= min_share)
    candidates = np.flatnonzero(beyond & ~wide)
    wide[candidates] = _widest_piece(overlap[candidates], min_width) > min_width
    pairs = np.column_stack([left, right])[wide]
    return CommuneOverlaps(pairs, overlap[wide], area[wide], shares[wide])


def _polygons(geometries: np.ndarray) -> np.ndarray:
    """The polygonal parts of each geometry (intersections of neighbours hold their shared lines too)."""
    result = np.asarray(geometries, dtype=object).copy()
    mixed = np.flatnonzero(shapely.get_type_id(result) == shapely.GeometryType.GEOMETRYCOLLECTION)
    for row in mixed:
        parts = shapely.get_parts(result[row])
        result[row] = shapely.union_all(parts[shapely.get_dimensions(parts) == 2])
    return result


def _widest_piece(overlaps: np.ndarray, min_width: float) -> np.ndarray:
    """Width (twice the largest inscribed radius) of each overlap's widest polygon; pieces too small to
    hold a circle of ``min_width`` are not measured."""
    widths = np.zeros(len(overlaps))
    if not len(overlaps):
        return widths
    parts, owner = shapely.get_parts(overlaps, return_index=True)
    polygonal = shapely.get_dimensions(parts) == 2
    big = polygonal & (shapely.area(parts) > math.pi * (min_width / 2.0) ** 2)
    if big.any():
        radius = shapely.length(shapely.maximum_inscribed_circle(parts[big]))
        np.maximum.at(widths, owner[big], 2.0 * radius)
    return widths


def _none() -> CommuneOverlaps:
    empty = np.array([], dtype=object)
    return CommuneOverlaps(np.zeros((0, 2), dtype=np.int64), empty, np.zeros(0), np.zeros((0, 2)))


def _same_code(pairs: np.ndarray, context) -> np.ndarray:
    codes = np.array([_code(code) for code in context.communes.column("code")], dtype=object)
    if not len(pairs):
        return np.zeros(0, dtype=bool)
    return np.array([codes[a] is not None and codes[a] == codes[b] for a, b in pairs], dtype=bool)


def _code(value) -> str | None:
    text = None if value is None else str(value).strip()
    return text or None


# --- COMMUNE_OVERLAP -------------------------------------------------------------------------------------


def _overlaps(profile, context) -> list[Finding]:
    found = context.commune_overlaps
    same = _same_code(found.pairs, context) & profile.enabled(DUPLICATE)
    severity = profile.severity(OVERLAP)
    communes = context.communes
    findings = []
    for (a, b), geometry, area, share in zip(found.pairs[~same], found.overlap[~same], found.area[~same],
                                             found.shares[~same], strict=True):
        labels = context.commune_labels
        params = {"communes": f"{labels[a]} | {labels[b]}", "area": f"{area:.0f}"}
        if share.min() >= SAME:
            params["_variant"] = "message_duplicate"
        elif share.max() >= SAME:
            inner, outer = (a, b) if share[0] >= share[1] else (b, a)
            params.update({"_variant": "message_contained", "inner": labels[inner], "outer": labels[outer]})
        else:
            smaller = a if share[0] >= share[1] else b
            params.update({"share": round(100.0 * float(share.max()), 1), "smaller": labels[smaller]})
        ids = (int(communes.ids[a]), int(communes.ids[b]))
        codes = tuple(sorted({context.commune_codes[a], context.commune_codes[b]}))
        findings.append(Finding(OVERLAP, severity, COMMUNES, ids, geometry, codes, float(area), params))
    return findings


# --- COMMUNE_DUPLICATE_CODE --------------------------------------------------------------------------------


def _duplicate_codes(layer, profile, context) -> list[Finding]:
    codes = np.array([_code(code) for code in layer.column("code")], dtype=object) if len(layer) else []
    groups: dict[str, list[int]] = {}
    for row, code in enumerate(codes):
        if code is not None:
            groups.setdefault(code, []).append(row)
    severity = profile.severity(DUPLICATE)
    findings = []
    for code, rows in sorted(groups.items()):
        if len(rows) < 2:
            continue
        rows = np.array(rows)
        usable = rows[layer.usable[rows]] if len(layer.usable) else rows[:0]
        geometry = shapely.union_all(layer.geometries[usable]) if len(usable) else None
        area = _drawn_twice(layer.geometries[usable], profile)
        params = {"code": code, "count": len(rows), "features": source_refs(layer, rows)}
        if area > 0:
            params.update({"_variant": "message_overlap", "area": f"{area:.0f}"})
        ids = tuple(int(fid) for fid in layer.ids[rows])
        measure = float(len(rows))
        findings.append(Finding(DUPLICATE, severity, COMMUNES, ids, geometry, (code,), measure, params))
    return findings


def _drawn_twice(geometries: np.ndarray, profile) -> float:
    """Area of the ground covered by two communes of the group or more; 0 when all of it lies within the
    noise width of their lines (parts of one commune touching along a border)."""
    if len(geometries) < 2:
        return 0.0
    cores = shapely.buffer(geometries, -profile.tolerance("boundary_min_offset_m") / 2.0, quad_segs=4)
    total = float(shapely.area(cores).sum())
    if total - shapely.area(shapely.union_all(cores)) <= 1e-9 * total:
        return 0.0
    return float(shapely.area(geometries).sum() - shapely.area(shapely.union_all(geometries)))
