"""Land uses that must not meet: ADJACENT_INCOMPATIBLE and GREEN_IN_INCOMPATIBLE_ZONE.

Both read the zones' harmonised class (``hilucs_code``); a zone without a known class is skipped (its code
is ATTR_MISSING's or ATTR_UNKNOWN_CODE's). Decisions where the issue is silent:

**ADJACENT_INCOMPATIBLE** — zones of two *different* municipalities (home commune = ``context.zone_commune``;
a commune's internal zoning is its own choice) whose classes the compatibility matrix
(``nomenclature.compatibility``) calls CONFLICT, facing each other across the border.

- Only CONFLICT is reported. BUFFER means "acceptable with a transition between the two uses"; across a
  border each side may have planned that transition inside its own zones, which the zoning cannot show,
  and BUFFER pairs (housing next to light industry, a road, a station) line most borders: reporting them
  would bury the conflicts. ``verdict`` is therefore always ``"conflict"`` (a language-neutral value).
- *Facing*: national datasets do not share their border (offsets of tens of metres: median 12 m, p95 about
  50 m on real FR/LU data), so zones need not touch. A point of zone A's boundary faces zone B when a
  boundary segment of B lies within ``adjacency_tolerance_m`` (60 m) *perpendicularly* (its foot falls on
  the segment) and runs against it: the two segments are within 45° of antiparallel, as two neighbours'
  rings are when both are oriented with the interior on the left. This excludes what a plain distance
  buffer would count: zones meeting only at a corner (diagonal neighbours), a zone's far side, edges
  perpendicular to the border.
- *Occlusion*: where a third zone lies between A and B (typically the green transition strip a planner drew
  on purpose) the stretch is screened and not counted; it is tested on pieces of at most 10 m of A's
  boundary, a piece being screened when other zones cover more than half of the band between it and B.
  The empty offset strip between two national datasets screens nothing.
- *Length* = the shorter of the two facing stretches (A's side facing B, B's side facing A), so that a
  zone's end edges near the border do not lengthen it; reported from ``adjacency_min_length_m``.
- *Geometry* = both facing stretches (a MultiLineString: one line where the zones touch, two parallel
  lines along an offset border, showing the band in between); measure = length (m).
- *Params*: ``class_a``/``class_b`` name each class by its national code and HILUCS code,
  e.g. ``U/0201 [HILUCS 2]`` and ``HAB-1 [HILUCS 5_1]``: language-neutral and what the planners of each
  side read on their own plans (``hilucs_a``/``hilucs_b`` carry the bare codes for translated legends);
  ``commune_a``/``commune_b`` are labels; ``length`` in metres with one decimal.

**GREEN_IN_INCOMPATIBLE_ZONE** — a public green space (``public_access`` true; kind park, garden or
corridor; existing, planned or of unstated status: a public park is a gathering place whatever its stage)
overlapping a zone whose class excludes public green by at least ``green_in_zone_min_area_m2``. The
excluding classes are data, with their reasons: ``green_excluded_classes.json`` (mining, raw and heavy
industry, airports, waste treatment). A listed class excludes its sub-classes; a level-1 class of unknown
type (``2``, industry type not given) is judged as its most demanding level-2 child, as the compatibility
matrix does. One finding per green space and zone; geometry = their overlap; layer ``green_spaces``;
``name`` is the green space's name or its id, ``zone_class`` as ``class_a`` above, ``zone`` the zone id.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree

from .. import nomenclature
from ..columns import Factorized
from ..findings import Finding
from ..model import GREEN, ZONING
from .coverage import polygon_parts
from .registry import check

EXCLUDED_CLASSES_PATH = Path(__file__).parent / "green_excluded_classes.json"
FACING_ANGLE_DEG = 45.0  # segments within this angle of antiparallel face each other
OCCLUSION_PIECE_M = 10.0  # occlusion is decided on pieces of boundary at most this long
OCCLUDED_SHARE = 0.5  # a piece is screened when other zones cover more than this share of its band
TOUCHING_M = 0.01  # closer than this, two boundaries touch: nothing can lie between them
PUBLIC_GREEN_KINDS = frozenset({"park", "garden", "corridor"})
_TRUE = frozenset({"1", "true", "t", "yes", "y", "oui", "vrai", "ja", "wahr"})


# --- classes ------------------------------------------------------------------------------------------


def zone_classes(column: Factorized) -> tuple[list[str], np.ndarray]:
    """Canonical HILUCS codes present in ``column`` and, per row, its index in them (-1: unknown)."""
    codes: list[str] = []
    position: dict[str, int] = {}
    per_value = np.full(len(column.values), -1, dtype=np.int64)
    for k, value in enumerate(column.values):
        if value is None or not str(value).strip():
            continue
        try:
            code = nomenclature.hilucs_class(str(value)).code
        except nomenclature.UnknownCodeError:
            continue
        per_value[k] = position.setdefault(code, len(position))
        if per_value[k] == len(codes):
            codes.append(code)
    return codes, per_value[column.index]


def class_text(national_code, subcode, hilucs: str) -> str:
    """'U/0201 [HILUCS 2]': the national code as planners know it, and the harmonised class."""
    national = str(national_code).strip() if national_code is not None else ""
    if national and subcode is not None and str(subcode).strip():
        national = f"{national}/{str(subcode).strip()}"
    return f"{national} [HILUCS {hilucs}]" if national else f"HILUCS {hilucs}"


def _conflicts(codes: list[str]) -> np.ndarray:
    matrix = np.zeros((len(codes), len(codes)), dtype=bool)
    for i, a in enumerate(codes):
        for j in range(i, len(codes)):
            conflict = nomenclature.compatibility(a, codes[j]) is nomenclature.Compatibility.CONFLICT
            matrix[i, j] = matrix[j, i] = conflict
    return matrix


# --- ADJACENT_INCOMPATIBLE ----------------------------------------------------------------------------


@check("incompatible land uses across borders", "ADJACENT_INCOMPATIBLE")
def check_adjacent_incompatible(snapshot, profile, context) -> list[Finding]:
    zones = context.zones
    if len(zones) < 2 or not len(context.communes):
        return []
    tolerance = profile.tolerance("adjacency_tolerance_m")
    home = context.zone_commune
    codes, class_of = zone_classes(zones.distinct("hilucs_code"))
    if not codes:
        return []
    conflict = _conflicts(codes)
    able = (home >= 0) & (class_of >= 0)
    able[able] = conflict[class_of[able]].any(axis=1)
    rows = np.flatnonzero(able)  # zones that can conflict with something present
    if len(rows) < 2:
        return []
    pairs = _border_pairs(
        rows,
        zones.geometries[rows],
        home[rows],
        class_of[rows],
        conflict,
        context.communes.geometries,
        tolerance,
    )
    if not len(pairs):
        return []
    min_length = profile.tolerance("adjacency_min_length_m")
    facing = _facing(zones.geometries[rows], pairs, tolerance, min_length, context.zones.tree, rows)
    reported = np.flatnonzero(facing.length >= min_length)
    national, subcode = zones.column("national_code"), zones.column("national_subcode")
    severity = profile.severity("ADJACENT_INCOMPATIBLE")
    findings = []
    for p in reported:
        a, b = rows[pairs[p, 0]], rows[pairs[p, 1]]
        hilucs_a, hilucs_b = codes[class_of[a]], codes[class_of[b]]
        length = float(facing.length[p])
        params = {
            "class_a": class_text(national[a], subcode[a], hilucs_a),
            "class_b": class_text(national[b], subcode[b], hilucs_b),
            "hilucs_a": hilucs_a,
            "hilucs_b": hilucs_b,
            "commune_a": context.commune_label(home[a]),
            "commune_b": context.commune_label(home[b]),
            "length": f"{length:.1f}",
            "verdict": nomenclature.Compatibility.CONFLICT.value,
        }
        ids = (int(zones.ids[a]), int(zones.ids[b]))
        communes = tuple(sorted({context.commune_codes[home[a]], context.commune_codes[home[b]]}))
        findings.append(
            Finding(
                "ADJACENT_INCOMPATIBLE", severity, ZONING, ids, facing.geometry[p], communes, length, params
            )
        )
    return findings


def _border_pairs(rows, geometries, home, class_of, conflict, communes, tolerance) -> np.ndarray:
    """Pairs (local indices, first < second) of zones of different communes, in conflict, within reach."""
    tree = STRtree(geometries)
    # Zones deeper than the tolerance inside their commune cannot reach another commune's zone —
    # unless that zone spills into their commune, and then the spilling zone finds them below.
    shrunk = shapely.buffer(communes, -tolerance, quad_segs=4)
    commune_idx, zone_idx = tree.query(shrunk, predicate="contains_properly")
    deep = np.zeros(len(geometries), dtype=bool)
    deep[zone_idx[commune_idx == home[zone_idx]]] = True
    border = np.flatnonzero(~deep)
    if not len(border):
        return np.empty((0, 2), dtype=np.int64)
    query_idx, other = tree.query(geometries[border], predicate="dwithin", distance=tolerance)
    first, second = border[query_idx], other
    keep = (home[first] != home[second]) & conflict[class_of[first], class_of[second]]
    pairs = np.sort(np.stack([first[keep], second[keep]], axis=1), axis=1)
    return np.unique(pairs, axis=0) if len(pairs) else np.empty((0, 2), dtype=np.int64)


class _Facing:
    def __init__(self, length: np.ndarray, geometry: np.ndarray):
        self.length = length
        self.geometry = geometry


def boundary_segments(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start points, end points and owner index of every ring segment, interior on the left."""
    parts, part_owner = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(shapely.orient_polygons(parts), return_index=True)
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    same = coord_ring[1:] == coord_ring[:-1]
    start, end = coords[:-1][same], coords[1:][same]
    owner = part_owner[ring_part[coord_ring[:-1][same]]]
    long_enough = np.hypot(*(end - start).T) > 0
    return start[long_enough], end[long_enough], owner[long_enough]


def _linear_range(c0: np.ndarray, c1: np.ndarray, low: float | np.ndarray, high: float | np.ndarray):
    """The t for which low <= c0 + t * c1 <= high (inf/-inf bounds where c1 is 0)."""
    flat = np.abs(c1) < 1e-12
    with np.errstate(divide="ignore", invalid="ignore"):
        t_low, t_high = (low - c0) / c1, (high - c0) / c1
    lo, hi = np.minimum(t_low, t_high), np.maximum(t_low, t_high)
    inside = (c0 >= low) & (c0 <= high)
    lo = np.where(flat, np.where(inside, -np.inf, np.inf), lo)
    hi = np.where(flat, np.where(inside, np.inf, -np.inf), hi)
    return lo, hi


def merge_intervals(group: np.ndarray, t0: np.ndarray, t1: np.ndarray):
    """Union of [t0, t1] intervals (0 <= t <= 1) within each group: (group, t0, t1) of the merged ones.

    Intervals that touch (within 1e-9) are joined: consecutive pieces of one stretch become one again.
    """
    if not len(group):
        return group, t0, t1
    order = np.lexsort((t0, group))
    group, t0, t1 = group[order], t0[order], t1[order]
    _, dense = np.unique(group, return_inverse=True)
    offset = 4.0 * dense.ravel()  # groups made disjoint on one axis
    reach = np.maximum.accumulate(t1 + offset)
    starts = np.flatnonzero(np.r_[True, (t0 + offset)[1:] > reach[:-1] + 1e-9])  # touching pieces join
    return group[starts], t0[starts], np.maximum.reduceat(t1, starts)


def _facing(geometries, pairs, tolerance, min_length, all_zones_tree, rows) -> _Facing:
    """Facing length of each pair, and its stretches where it reaches ``min_length`` (module docstring)."""
    involved = np.unique(pairs)
    local = np.full(len(geometries), -1, dtype=np.int64)
    local[involved] = np.arange(len(involved))
    start, end, owner = boundary_segments(geometries[involved])
    owner = involved[owner]  # zone (local index in geometries) of each segment
    lines = shapely.linestrings(np.stack([start, end], axis=1))
    seg_a, seg_b = STRtree(lines).query(lines, predicate="dwithin", distance=tolerance)
    zone_a, zone_b = owner[seg_a], owner[seg_b]
    # Keep segment couples that belong to a pair (either order); side 0 = segment of the pair's first zone.
    keys = pairs[:, 0] * len(geometries) + pairs[:, 1]
    couple = np.minimum(zone_a, zone_b) * len(geometries) + np.maximum(zone_a, zone_b)
    position = np.clip(np.searchsorted(keys, couple), 0, len(keys) - 1)
    known = keys[position] == couple
    seg_a, seg_b, pair = seg_a[known], seg_b[known], position[known]
    side = (owner[seg_a] != pairs[pair, 0]).astype(np.int64)
    # Where on segment a (t in [0, 1]) is it facing segment b?
    a0, da = start[seg_a], end[seg_a] - start[seg_a]
    b0, db = start[seg_b], end[seg_b] - start[seg_b]
    length_a, length_b = np.hypot(*da.T), np.hypot(*db.T)
    ub = db / length_b[:, None]
    nb = np.stack([ub[:, 1], -ub[:, 0]], axis=1)  # outward normal of b (interior on its left)
    facing = np.einsum("ij,ij->i", da / length_a[:, None], ub) <= -np.cos(np.radians(FACING_ANGLE_DEG))
    rel = a0 - b0
    s0, s1 = np.einsum("ij,ij->i", rel, ub), np.einsum("ij,ij->i", da, ub)
    d0, d1 = np.einsum("ij,ij->i", rel, nb), np.einsum("ij,ij->i", da, nb)
    s_lo, s_hi = _linear_range(s0, s1, 0.0, length_b)
    d_lo, d_hi = _linear_range(d0, d1, -tolerance, tolerance)
    t0 = np.maximum.reduce([np.zeros(len(s_lo)), s_lo, d_lo])
    t1 = np.minimum.reduce([np.ones(len(s_hi)), s_hi, d_hi])
    keep = facing & ((t1 - t0) * length_a > 1e-6)
    seg_a, seg_b, pair, side, t0, t1 = seg_a[keep], seg_b[keep], pair[keep], side[keep], t0[keep], t1[keep]
    # Pieces of at most OCCLUSION_PIECE_M, dropped when other zones screen them.
    count = np.maximum(np.ceil((t1 - t0) * np.hypot(*(end - start)[seg_a].T) / OCCLUSION_PIECE_M), 1)
    count = count.astype(np.int64)
    piece = np.repeat(np.arange(len(seg_a)), count)
    order = np.arange(len(piece)) - np.repeat(np.cumsum(count) - count, count)
    width = (t1 - t0)[piece] / count[piece]
    u0 = t0[piece] + order * width
    u1 = u0 + width
    visible = ~_screened(
        start, end, seg_a[piece], seg_b[piece], u0, u1, pairs[pair[piece]], rows, all_zones_tree
    )
    piece, u0, u1 = piece[visible], u0[visible], u1[visible]
    # Union per (pair, side, segment a), then length per pair side.
    group = (pair[piece] * 2 + side[piece]) * len(start) + seg_a[piece]
    group, u0, u1 = merge_intervals(group, u0, u1)
    seg = group % len(start)
    pair_side = group // len(start)
    seg_length = np.hypot(*(end - start)[seg].T)
    side_length = np.bincount(pair_side, weights=(u1 - u0) * seg_length, minlength=2 * len(pairs))
    length = np.minimum(side_length[0::2], side_length[1::2])
    p0 = start[seg] + u0[:, None] * (end - start)[seg]
    p1 = start[seg] + u1[:, None] * (end - start)[seg]
    stretches = shapely.linestrings(np.stack([p0, p1], axis=1))
    geometry = np.full(len(pairs), None, dtype=object)
    owner_pair = pair_side // 2
    for p in np.flatnonzero((length > 0) & (length >= min_length)):  # a loop over findings only
        geometry[p] = shapely.line_merge(shapely.union_all(stretches[owner_pair == p]))
    return _Facing(length, geometry)


def _screened(start, end, seg_a, seg_b, u0, u1, piece_pairs, rows, all_zones_tree) -> np.ndarray:
    """Mask of boundary pieces (u0..u1 on seg_a, facing seg_b) hidden from B by other zones."""
    direction = end[seg_a] - start[seg_a]
    p0 = start[seg_a] + u0[:, None] * direction
    p1 = start[seg_a] + u1[:, None] * direction
    b0 = start[seg_b]
    ub = (end[seg_b] - b0) / np.hypot(*(end[seg_b] - b0).T)[:, None]
    q0 = b0 + np.einsum("ij,ij->i", p0 - b0, ub)[:, None] * ub
    q1 = b0 + np.einsum("ij,ij->i", p1 - b0, ub)[:, None] * ub
    apart = np.maximum(np.hypot(*(p0 - q0).T), np.hypot(*(p1 - q1).T)) > TOUCHING_M
    screened = np.zeros(len(seg_a), dtype=bool)
    test = np.flatnonzero(apart)
    if not len(test):
        return screened
    corners = np.stack([p0[test], p1[test], q1[test], q0[test]], axis=1).reshape(-1, 2)
    bands = shapely.convex_hull(shapely.multipoints(corners, indices=np.repeat(np.arange(len(test)), 4)))
    band_idx, zone_row = all_zones_tree.query(bands, predicate="intersects")
    own = piece_pairs[test[band_idx]]
    other = (zone_row != rows[own[:, 0]]) & (zone_row != rows[own[:, 1]])
    band_idx, zone_row = band_idx[other], zone_row[other]
    if not len(band_idx):
        return screened
    covered = shapely.area(shapely.intersection(bands[band_idx], all_zones_tree.geometries[zone_row]))
    covered = np.bincount(band_idx, weights=covered, minlength=len(test))
    screened[test] = covered > OCCLUDED_SHARE * shapely.area(bands)
    return screened


# --- GREEN_IN_INCOMPATIBLE_ZONE -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def green_excluded_classes() -> dict[str, str]:
    """HILUCS code -> reason, from green_excluded_classes.json (codes checked against hilucs.csv)."""
    raw = json.loads(EXCLUDED_CLASSES_PATH.read_text(encoding="utf-8"))
    classes = {}
    for entry in raw["classes"]:
        classes[nomenclature.hilucs_class(entry["hilucs"]).code] = entry["reason"]
    return classes


def excludes_public_green(code: str) -> bool:
    """Does a zone of HILUCS class ``code`` exclude public green space?"""
    listed = green_excluded_classes()
    hilucs = nomenclature.hilucs_class(code)
    if hilucs.level == 1:
        children = [c for c in nomenclature.hilucs_classes().values() if c.parent == hilucs.code]
        return hilucs.code in listed or any(excludes_public_green(child.code) for child in children)
    classes = nomenclature.hilucs_classes()
    current = hilucs
    while current is not None:
        if current.code in listed:
            return True
        current = classes.get(current.parent) if current.parent else None
    return False


def _polygonal(pieces: np.ndarray):
    return pieces[0] if len(pieces) == 1 else shapely.MultiPolygon(list(pieces))


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    return value is not None and bool(value)


@check("public green in incompatible zones", "GREEN_IN_INCOMPATIBLE_ZONE")
def check_green_in_incompatible_zone(snapshot, profile, context) -> list[Finding]:
    green, zones = context.green, context.zones
    if not len(green) or not len(zones):
        return []
    public_kind = green.distinct("kind").per_value(
        lambda kind: kind is not None and str(kind).strip().lower() in PUBLIC_GREEN_KINDS
    )
    public = np.flatnonzero(green.distinct("public_access").per_value(_truthy) & public_kind)
    codes, class_of = zone_classes(zones.distinct("hilucs_code"))
    if not len(codes):
        return []  # no zone has a harmonised class
    excluding = np.array([excludes_public_green(code) for code in codes], dtype=bool)
    hostile = np.flatnonzero((class_of >= 0) & excluding[np.maximum(class_of, 0)])
    if not len(public) or not len(hostile):
        return []
    green_idx, zone_idx = STRtree(zones.geometries[hostile]).query(
        green.geometries[public], predicate="intersects"
    )
    green_rows, zone_rows = public[green_idx], hostile[zone_idx]
    overlaps = shapely.intersection(green.geometries[green_rows], zones.geometries[zone_rows])
    parts, owner = polygon_parts(overlaps)
    areas = np.bincount(owner, weights=shapely.area(parts), minlength=len(overlaps))
    reported = np.flatnonzero(areas >= profile.tolerance("green_in_zone_min_area_m2"))
    names = green.column("name")
    national, subcode = zones.column("national_code"), zones.column("national_subcode")
    geometries = np.array([_polygonal(parts[owner == index]) for index in reported], dtype=object)
    communes = context.communes_of(geometries)
    severity = profile.severity("GREEN_IN_INCOMPATIBLE_ZONE")
    findings = []
    for index, geometry, codes_here in zip(reported, geometries, communes, strict=True):
        g, z = green_rows[index], zone_rows[index]
        fid, area = int(green.ids[g]), float(areas[index])
        name = str(names[g]).strip() if names[g] is not None and str(names[g]).strip() else f"#{fid}"
        params = {
            "name": name,
            "area": f"{area:.1f}",
            "zone": f"#{int(zones.ids[z])}",
            "zone_class": class_text(national[z], subcode[z], codes[class_of[z]]),
        }
        findings.append(
            Finding("GREEN_IN_INCOMPATIBLE_ZONE", severity, GREEN, (fid,), geometry, codes_here, area, params)
        )
    return findings
