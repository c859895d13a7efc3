"""Zoning against the municipalities: ZONE_OUTSIDE_COMMUNES, ZONE_STRADDLES_COMMUNES,
ZONE_COMMUNE_MISMATCH and COMMUNE_NOT_COVERED.

Zoning is decided per municipality: every zone lies inside the plan's municipalities, inside one of them,
the one its ``commune_code`` names, and every municipality is zoned. Decisions where the issue is silent:

- **Border noise.** National datasets disagree along borders by centimetres to metres. A part thinner than
  ``boundary_min_offset_m`` (default 1 m, the offset below which BOUNDARY_MISMATCH too sees only noise;
  tested by an inward buffer of half that width) is digitising noise, not zoning outside the plan, a spill
  into a neighbour or unzoned land: it is dropped before any area is measured, for all four rules.
- **ZONE_OUTSIDE_COMMUNES** (one finding per zone): the parts of the zone outside the union of the
  municipalities; measure and ``area`` = their area (m²), reported above ``outside_min_area_m2``. Without
  a communes layer nothing can be outside, so nothing is reported.
- **ZONE_STRADDLES_COMMUNES** (one finding per zone): the zone belongs to the commune holding most of it
  (``context.zone_commune``, the same home every check uses); every *other* commune holding at least
  ``straddle_min_area_m2`` of it is named in ``other``; the geometry is the zone's parts in those
  communes, the measure their area. Parts outside every commune are ZONE_OUTSIDE's, not counted here.
- **ZONE_COMMUNE_MISMATCH**: ``commune_code`` is not the code of the home commune. Left to other rules, so
  that one defect gives one finding: an empty code (ATTR_MISSING), a code naming no commune of the plan
  (ATTR_UNKNOWN_CODE), a zone outside every commune (ZONE_OUTSIDE_COMMUNES), a home commune without code
  (ATTR_MISSING on communes). A zone attributed to commune B but mostly lying in A is reported even when
  part of it is in B: it is also a straddle, and the planner must decide which commune zones it.
  Codes compare as trimmed text (an INSEE code read as the number 57038 matches "57038").
- **COMMUNE_NOT_COVERED** (one finding per commune, layer ``communes``): the commune's area that no zone
  covers — any zone, whichever commune it is attributed to (a neighbour's spill covers the land; the spill
  itself is ZONE_STRADDLES's) — minus the plan's allowed gaps (roads, rivers left unzoned on purpose, as
  ZONE_GAP honours them). Reported when the uncovered share exceeds ``commune_uncovered_min_share``
  (a fraction: 0.001 = 0.1 %); geometry = the uncovered parts (MultiPolygon), measure = their area (m²),
  ``share`` in % with one decimal. A commune with no zoning at all is the same defect at its extreme:
  one finding, share 100 %, geometry = the commune, *same severity* (warning by default) — a plan is
  usually assembled commune by commune, and an error would make every intermediate validation fail;
  a profile can raise the rule's severity when a complete plan is expected.
- Only usable zones and communes count (invalid or empty geometries are GEOM_INVALID / GEOM_EMPTY's).

Performance: zones inside one commune (almost all of them) are recognised with one bulk
``contains_properly`` query from the prepared communes, enlarged by a quarter of the noise width; only
the few others are intersected. Coverage cuts the context's unzoned land (shared with ZONE_GAP) along the
communes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from ..findings import Finding
from ..model import COMMUNES, ZONING
from ..sources import source_refs
from .context import invalid_zone_footprints
from .coverage import polygon_parts
from .prepared import prepared_copy
from .registry import Needs, check

ZONE_RULES = ("ZONE_OUTSIDE_COMMUNES", "ZONE_STRADDLES_COMMUNES", "ZONE_COMMUNE_MISMATCH")


# --- shared helpers -----------------------------------------------------------------------------------


def solid(parts: np.ndarray, width: float) -> np.ndarray:
    """Mask of the polygons wider than ``width`` (an inward buffer of half the width leaves something)."""
    if width <= 0 or not len(parts):
        return np.ones(len(parts), dtype=bool)
    return ~shapely.is_empty(shapely.buffer(parts, -width / 2.0, quad_segs=2))


def solid_parts(geometries: np.ndarray, width: float) -> tuple[np.ndarray, np.ndarray]:
    """``polygon_parts`` without the slivers thinner than ``width``."""
    parts, owner = polygon_parts(geometries)
    keep = solid(parts, width)
    return parts[keep], owner[keep]


def _multipolygon(parts: np.ndarray):
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(list(parts))


def _text(value) -> str:
    return "" if value is None else str(value).strip()


@dataclass
class ZonePieces:
    """How each usable zone sits in the communes, computed in bulk.

    Zones inside one commune (covered by it) need nothing more. For the others (``rows``): their
    intersections with every commune they overlap (``piece_row``/``piece_commune``/``pieces``, polygon
    parts only) and the part outside every commune (``outside``).
    """

    rows: np.ndarray  # zone rows (index in context.zones) not covered by a single commune
    outside: np.ndarray  # per entry of rows: zone minus the union of the communes (may be empty)
    piece_row: np.ndarray  # zone row of each piece
    piece_commune: np.ndarray  # commune index of each piece
    pieces: np.ndarray  # polygon parts of zone ∩ commune


def zone_pieces(context) -> ZonePieces:
    """Zones against communes, cached on the context for the run."""
    cache = context.__dict__.setdefault("_zoning_communes", {})
    if "pieces" not in cache:
        inside, _ = context.zones_inside_communes
        cache["pieces"] = _zone_pieces(context.zones, context.communes, context.communes_union, inside)
    return cache["pieces"]


def _zone_pieces(zones, communes, communes_union, inside: np.ndarray) -> ZonePieces:
    empty, no_pieces = np.array([], dtype=np.int64), np.array([], dtype=object)
    if not len(zones) or not len(communes):
        return ZonePieces(np.arange(len(zones)), zones.geometries.copy(), empty, empty, no_pieces)
    # The bulk: zones inside one commune, recognised from the prepared communes at once.
    rest = np.setdiff1d(np.arange(len(zones)), inside)
    if not len(rest):
        return ZonePieces(rest, no_pieces, empty, empty, no_pieces)
    # The few others: intersect with each commune they reach, and take what lies outside all.
    geometries = zones.geometries[rest]
    zone_idx, commune_idx = communes.tree.query(geometries, predicate="intersects")
    intersections = shapely.intersection(geometries[zone_idx], communes.geometries[commune_idx])
    pieces, owner = polygon_parts(intersections)
    communes_union = prepared_copy(communes_union)
    outside = geometries.copy()
    reached = shapely.intersects(communes_union, geometries)
    outside[reached] = shapely.difference(geometries[reached], communes_union)
    return ZonePieces(rest, outside, rest[zone_idx[owner]], commune_idx[owner], pieces)


# --- zones: outside, straddling, attributed to another commune ------------------------------------------


@check("zoning and municipalities", *ZONE_RULES)
def check_zones_in_communes(snapshot, profile, context) -> list[Finding]:
    if not len(context.zones) or not len(context.communes):
        return []
    findings: list[Finding] = []
    if profile.enabled("ZONE_OUTSIDE_COMMUNES"):
        findings += _outside(snapshot, profile, context)
    if profile.enabled("ZONE_STRADDLES_COMMUNES"):
        findings += _straddles(profile, context)
    if profile.enabled("ZONE_COMMUNE_MISMATCH"):
        findings += _mismatches(snapshot, profile, context)
    return findings


def _outside(snapshot, profile, context) -> list[Finding]:
    found = zone_pieces(context)
    parts, owner = solid_parts(found.outside, profile.tolerance("boundary_min_offset_m"))
    if not len(parts):
        return []
    areas = np.bincount(owner, weights=shapely.area(parts), minlength=len(found.rows))
    zones = context.zones
    known = set(map(_text, snapshot.layer(COMMUNES).column("code"))) - {""}
    declared = zones.column("commune_code")
    reported = np.flatnonzero(areas > profile.tolerance("outside_min_area_m2"))
    communes = context.communes_of(zones.geometries[found.rows[reported]])
    severity = profile.severity("ZONE_OUTSIDE_COMMUNES")
    findings = []
    refs = source_refs(zones.layer, zones.rows[found.rows[reported]])
    for entry, codes, ref in zip(reported, communes, refs, strict=True):
        row = found.rows[entry]
        if not codes and _text(declared[row]) in known:
            codes = (_text(declared[row]),)  # entirely outside: list it under the commune it claims
        fid, area = int(zones.ids[row]), float(areas[entry])
        findings.append(
            Finding(
                "ZONE_OUTSIDE_COMMUNES",
                severity,
                ZONING,
                (fid,),
                _multipolygon(parts[owner == entry]),
                codes,
                area,
                {"ids": f"#{fid}", "features": [ref], "area": f"{area:.1f}"},
            )
        )
    return findings


def _straddles(profile, context) -> list[Finding]:
    found = zone_pieces(context)
    home = context.zone_commune
    away = (home[found.piece_row] >= 0) & (found.piece_commune != home[found.piece_row])
    pieces = found.pieces[away]
    keep = solid(pieces, profile.tolerance("boundary_min_offset_m"))
    rows, communes, pieces = found.piece_row[away][keep], found.piece_commune[away][keep], pieces[keep]
    if not len(pieces):
        return []
    # Area of each zone in each other commune; only communes holding enough of it are named.
    areas = shapely.area(pieces)
    pairs, pair_of = np.unique(np.stack([rows, communes], axis=1), axis=0, return_inverse=True)
    pair_area = np.bincount(pair_of.ravel(), weights=areas, minlength=len(pairs))
    substantial = pair_area >= profile.tolerance("straddle_min_area_m2")
    zones = context.zones
    severity = profile.severity("ZONE_STRADDLES_COMMUNES")
    findings = []
    for row in np.unique(pairs[substantial, 0]):
        others = np.flatnonzero(substantial & (pairs[:, 0] == row))
        other_communes = pairs[others, 1]
        mask = (rows == row) & np.isin(communes, other_communes)
        geometry = shapely.union_all(pieces[mask]) if mask.sum() > 1 else pieces[mask][0]
        area = float(pair_area[others].sum())
        fid = int(zones.ids[row])
        codes = tuple(sorted({context.commune_codes[home[row]], *context.commune_codes[other_communes]}))
        params = {
            "ids": f"#{fid}",
            "features": source_refs(zones.layer, [zones.rows[row]]),
            "commune": context.commune_label(home[row]),
            "other": ", ".join(context.commune_label(c) for c in other_communes),
            "area": f"{area:.1f}",
        }
        findings.append(
            Finding("ZONE_STRADDLES_COMMUNES", severity, ZONING, (fid,), geometry, codes, area, params)
        )
    return findings


def _mismatches(snapshot, profile, context) -> list[Finding]:
    zones = context.zones
    home = context.zone_commune
    raw_codes = context.communes.column("code")
    # Codes compared as numbers (-1: empty, or no commune of the plan has it), each text decided once.
    number: dict[str, int] = {}
    for code in snapshot.layer(COMMUNES).column("code").tolist():
        if _text(code):
            number.setdefault(_text(code), len(number))
    declared_number = zones.distinct("commune_code").per_value(lambda v: number.get(_text(v), -1), np.int64)
    commune_number = np.array([number.get(_text(code), -1) for code in raw_codes] + [-1], dtype=np.int64)
    actual_number = commune_number[home]  # home -1 (no commune) takes the trailing -1
    checked = (declared_number >= 0) & (actual_number >= 0)
    rows = np.flatnonzero(checked & (declared_number != actual_number))
    if not len(rows):
        return []
    declared_codes = zones.column("commune_code")
    labels = {}
    for code, label in zip(raw_codes, context.commune_labels, strict=True):
        labels.setdefault(_text(code), label)
    severity = profile.severity("ZONE_COMMUNE_MISMATCH")
    findings = []
    for row, ref in zip(rows.tolist(), source_refs(zones.layer, zones.rows[rows]), strict=True):
        fid = int(zones.ids[row])
        declared, actual = _text(declared_codes[row]), _text(raw_codes[home[row]])
        params = {
            "ids": f"#{fid}",
            "features": [ref],
            "declared": labels.get(declared, declared),
            "actual": context.commune_label(home[row]),
        }
        findings.append(
            Finding(
                "ZONE_COMMUNE_MISMATCH",
                severity,
                ZONING,
                (fid,),
                zones.geometries[row],
                tuple(sorted({declared, actual})),
                None,
                params,
            )
        )
    return findings


# --- municipalities left without zoning --------------------------------------------------------------


@check("municipal zoning coverage", "COMMUNE_NOT_COVERED", needs=Needs.UNZONED)
def check_communes_covered(snapshot, profile, context) -> list[Finding]:
    communes = context.communes
    if not len(communes):
        return []
    geometries = communes.geometries
    if len(context.zones) or len(invalid_zone_footprints(snapshot.layer(ZONING))):
        # The unzoned land of the whole plan (invalid zones' land counts as zoned), cut along the communes.
        unzoned = context.unzoned_land
        piece, owner = communes.tree.query(unzoned, predicate="intersects")
        uncovered = shapely.intersection(unzoned[piece], geometries[owner])
    else:
        uncovered, owner = geometries.copy(), np.arange(len(geometries))
    if snapshot.allowed_gaps is not None and not shapely.is_empty(snapshot.allowed_gaps):
        uncovered = shapely.difference(uncovered, snapshot.allowed_gaps)
    parts, piece_of_part = solid_parts(uncovered, profile.tolerance("boundary_min_offset_m"))
    owner = owner[piece_of_part]
    areas = shapely.area(parts)
    uncovered_area = np.bincount(owner, weights=areas, minlength=len(communes))
    commune_area = shapely.area(geometries)
    share = np.divide(uncovered_area, commune_area, out=np.zeros(len(communes)), where=commune_area > 0)
    min_share = profile.tolerance("commune_uncovered_min_share")
    reported = np.flatnonzero((share > min_share) & (uncovered_area > 0))
    severity = profile.severity("COMMUNE_NOT_COVERED")
    findings = []
    for index in reported:
        area = float(uncovered_area[index])
        fid = int(communes.ids[index])
        params = {
            "commune": context.commune_label(index),
            "area": f"{area:.0f}",
            "share": f"{100.0 * share[index]:.1f}",
        }
        findings.append(
            Finding(
                "COMMUNE_NOT_COVERED",
                severity,
                COMMUNES,
                (fid,),
                shapely.MultiPolygon(list(parts[owner == index])),
                (context.commune_codes[index],),
                area,
                params,
            )
        )
    return findings
