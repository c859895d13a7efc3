"""BOUNDARY_MISMATCH: neighbouring municipalities whose boundaries do not meet.

Two national datasets never draw their common border the same way: the French line and the Luxembourg
line cross each other every few hundred metres and leave slivers of gap and overlap between them. A
planner needs to know *where* the two tracés disagree and *by how much*, once per stretch of border, not
one message per sliver. The check measures the offset between the two lines along the border and groups
the places where it is significant into stretches.

Decisions (tolerances from the validation profile, in metres of the plan's working CRS):

* **Pairs of communes only.** Every pair of communes closer than ``boundary_max_offset_m`` (500 m) is a
  candidate, whatever their countries: two communes of one dataset are checked too (their borders are
  normally identical and stay silent; a real digitising error between them is reported). A pair of which
  one is drawn over the other (an overlap wider than ``commune_overlap_min_width_m`` or covering
  ``commune_overlap_min_share`` of the smaller one: a commune imported twice, a commune within another)
  is not a border: COMMUNE_OVERLAP (or COMMUNE_DUPLICATE_CODE, for one code) reports it, and this check
  leaves it out while that rule is enabled (``communes.py``).
* **Slivers.** An *overlap* sliver of A and B is a part of A∩B. A *gap* sliver is ground that the
  communes enclose and none covers — a hole in their union, or a gap pinched shut where two communes
  touch at a point of the outline — at most ``boundary_max_offset_m`` wide (twice its maximum inscribed
  radius); a wider hole is missing territory (a commune left out of the plan), not a border. Ground
  outside the plan's outline is never a gap: a bay of the outline between two communes (a commune left
  out of the selection, two communes meeting at an angle at the edge of the plan, two parallel communes
  with open ground between them) cannot be told from a border gap opening onto the outside, and the
  outline is not a border. A gap that opens onto the outside at the end of a border is therefore not
  reported; the enclosed slivers of the same border are.
* **Offset.** Every commune's boundary is sampled every 10 m (finer when ``boundary_stretch_join_m`` is
  below 100 m). At each sample point *p* of commune A:

  - *p* inside commune B and at least ``boundary_min_offset_m`` from B's boundary: overlap point of A
    and B. Its offset is the distance to B's *own* line — B's boundary less the borders it shares exactly
    with other communes — so that the tip of a tongue of A deep into B is measured to the border it
    overshoots, not to B's clean border with a third commune (the real Sanem tongue into Russange: 228 m
    to the national border, 197 m to Russange's border with Rédange).
  - *p* on a gap sliver and at least ``boundary_min_offset_m`` from every other commune: gap point of
    A and of the nearest commune B bounding the same sliver whose nearest point lies *across* it (the
    segment to it runs through the sliver, not along its outline — at a corner where A meets a third
    commune C, C is along the outline, not across). Its offset is that distance. Around a sliver bounded
    by three communes or more, communes chained by exact shared linework touching it form one side (one
    dataset); when a sliver has two sides or more, it lies between sides, never between two communes of
    one side: the French line cutting across a notch of the Luxembourg line between two Luxembourg
    communes is a mismatch of each of them with France, however narrowly they face each other across it.
  - otherwise *p* is on a clean border or within ``boundary_min_offset_m`` of it: digitising noise (the
    full-resolution Luxembourg communes have sub-millimetre overlaps and micro-holes) and ignored.

  The offset of a stretch is the **maximum** over the sample points of both communes' lines along it:
  a Hausdorff distance between the two tracés, sampled every 10 m (a sharp tip can be missed by up to
  the spacing). Overlaps are measured whatever their offset (a commune drawn over another is always a
  mismatch); gaps up to ``boundary_max_offset_m``: communes farther apart are not neighbours.
* **Stretches.** The offset points of one pair on one boundary ring form runs; points less than
  ``boundary_stretch_join_m`` (100 m) apart along the ring are one run. Runs of A's and of B's line for
  the same pair are one stretch when they lie within the join distance of each other, or within their
  own offset (the two sides of a wide gap). Gap and overlap slivers of one border in a row are thus one
  finding. Its geometry is the stretch of border: both tracés (A's and B's line, a MultiLineString)
  over the stretch, extended one sample spacing at each end so that they meet where the lines cross.
  ``length`` is the longer of the two tracés.
* **Areas.** ``overlap``: the parts of A∩B that the stretch's overlap points lie on, whole. ``gap``: the
  gap slivers its gap points lie on, a sliver bounded by several pairs (at a tri-point) shared in
  proportion to each pair's points on it.

Performance: sampling, spatial queries (STRtrees of boundary segments and of slivers, x-sorted sample
points against prepared communes) and classification are vectorised; Python loops run over communes,
slivers bounded by three communes or more, runs and stretches only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely
from shapely import STRtree

from ..findings import Finding
from ..model import COMMUNES
from .registry import check

RULE = "BOUNDARY_MISMATCH"
MAX_SAMPLE_SPACING_M = 10.0
MIN_SAMPLE_SPACING_M = 1.0
EPSILON = 1e-3  # metres: how far a sliver's outline may lie from the communes' lines after noding
GAP, OVERLAP = 0, 1


@check("municipal boundaries", RULE)
def check_boundaries(snapshot, profile, context) -> list[Finding]:
    communes = context.communes
    if len(communes) < 2:
        return []
    min_offset = profile.tolerance("boundary_min_offset_m")
    max_offset = profile.tolerance("boundary_max_offset_m")
    join = profile.tolerance("boundary_stretch_join_m")
    geometries = communes.geometries
    left, right = communes.tree.query(geometries, predicate="dwithin", distance=max_offset)
    neighbours = (left < right) & ~_drawn_over(left, right, profile, context)
    if not neighbours.any():
        return []
    involved = np.unique(np.concatenate([left[neighbours], right[neighbours]]))
    lines = _Lines(geometries, involved)
    samples = _Samples(lines, min(MAX_SAMPLE_SPACING_M, max(MIN_SAMPLE_SPACING_M, join / 10.0)))
    shared = _SharedLines(geometries, communes.tree)
    holes = _Holes(context.communes_union, shared, communes.tree, max_offset)
    records = _records(geometries, lines, samples, shared, holes, involved, min_offset, max_offset)
    if not len(records.sample):
        return []
    stretches = _stretches(_runs(lines, samples, records, join), join)
    areas = _areas(geometries, samples, records, holes, stretches)
    severity = profile.severity(RULE)
    findings = []
    for stretch, (gap, overlap) in zip(stretches, areas, strict=True):
        a, b = stretch[0].pair
        rows = np.concatenate([run.rows for run in stretch])
        offset = float(records.offset[rows].max())
        geometry = shapely.line_merge(shapely.multilinestrings([run.line for run in stretch]))
        length = max(sum(run.line.length for run in stretch if run.owner == owner) for owner in (a, b))
        params = {
            "communes": f"{context.commune_labels[a]} | {context.commune_labels[b]}",
            "offset": f"{offset:.1f}",
            "length": f"{length:.0f}",
            "gap": f"{gap:.0f}",
            "overlap": f"{overlap:.0f}",
        }
        ids = (int(communes.ids[a]), int(communes.ids[b]))
        codes = (context.commune_codes[a], context.commune_codes[b])
        findings.append(Finding(RULE, severity, COMMUNES, ids, geometry, codes, offset, params))
    return findings


def _drawn_over(left: np.ndarray, right: np.ndarray, profile, context) -> np.ndarray:
    """Pairs of which one commune is drawn over the other: COMMUNE_OVERLAP's or COMMUNE_DUPLICATE_CODE's
    findings, not a border to measure (see ``communes``)."""
    from .communes import reported_pairs

    reported = reported_pairs(profile, context)
    if not reported:
        return np.zeros(len(left), dtype=bool)
    return np.array([(a, b) in reported for a, b in zip(left.tolist(), right.tolist(), strict=True)])


# --- The communes' lines and samples along them ----------------------------------------------------------


class _Lines:
    """Every ring of the involved communes as one vertex array, with distances along the rings."""

    def __init__(self, geometries: np.ndarray, communes: np.ndarray):
        parts, part_of = shapely.get_parts(geometries[communes], return_index=True)
        rings, ring_of = shapely.get_rings(parts, return_index=True)
        self.commune = communes[part_of[ring_of]]  # commune of each ring
        self.coords, self.vertex_ring = shapely.get_coordinates(rings, return_index=True)
        step = np.hypot(*np.diff(self.coords, axis=0).T)
        step[self.vertex_ring[1:] != self.vertex_ring[:-1]] = 1.0  # keeps the distances increasing
        self.cum = np.concatenate([[0.0], np.cumsum(step)])
        counts = np.bincount(self.vertex_ring, minlength=len(rings))
        self.first = np.concatenate([[0], np.cumsum(counts)[:-1]])
        self.last = self.first + counts - 1  # the closing vertex (same point as the first)
        self.start, self.length = self.cum[self.first], self.cum[self.last] - self.cum[self.first]
        segment = np.flatnonzero(self.vertex_ring[1:] == self.vertex_ring[:-1])
        self.segment_start, self.segment_end = self.coords[segment], self.coords[segment + 1]
        self.segment_commune = self.commune[self.vertex_ring[segment]]
        self._trees: dict[int, tuple[STRtree, np.ndarray]] = {}

    @cached_property
    def tree(self) -> STRtree:
        return STRtree(shapely.linestrings(np.stack([self.segment_start, self.segment_end], axis=1)))

    def nearest(self, commune: int, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Distance from each point to the commune's boundary, and the nearest boundary point."""
        if commune not in self._trees:
            mine = np.flatnonzero(self.segment_commune == commune)
            ends = np.stack([self.segment_start[mine], self.segment_end[mine]], axis=1)
            self._trees[commune] = (STRtree(shapely.linestrings(ends)), mine)
        tree, mine = self._trees[commune]
        return _nearest_on(tree, self.segment_start[mine], self.segment_end[mine], xy)

    def piece(self, ring: int, a: float, b: float) -> np.ndarray:
        """Vertices of a ring between distances a < b along it (wrapping round its start point)."""
        coords = self.coords[self.first[ring] : self.last[ring] + 1]
        cum = self.cum[self.first[ring] : self.last[ring] + 1] - self.start[ring]
        length = cum[-1]
        if b - a >= length:
            return coords
        a, b = a % length, a % length + (b - a)
        if b <= length:
            return _between(coords, cum, a, b)
        return np.vstack([_between(coords, cum, a, length), _between(coords, cum, 0.0, b - length)[1:]])


def _between(coords: np.ndarray, cum: np.ndarray, a: float, b: float) -> np.ndarray:
    inner = coords[np.searchsorted(cum, a, side="right") : np.searchsorted(cum, b, side="left")]
    ends = np.column_stack([np.interp([a, b], cum, coords[:, 0]), np.interp([a, b], cum, coords[:, 1])])
    return np.vstack([ends[:1], inner, ends[1:]])


def _nearest_on(tree: STRtree, start: np.ndarray, end: np.ndarray, xy: np.ndarray):
    (_, nearest), distance = tree.query_nearest(shapely.points(xy), return_distance=True, all_matches=False)
    a, b = start[nearest], end[nearest]
    ab = b - a
    t = np.clip(((xy - a) * ab).sum(axis=1) / np.maximum((ab * ab).sum(axis=1), 1e-24), 0.0, 1.0)
    return distance, a + t[:, None] * ab


class _Samples:
    """Points every ``spacing`` metres (at most) along every ring."""

    def __init__(self, lines: _Lines, spacing: float):
        self.count = np.maximum(np.ceil(lines.length / spacing), 4).astype(np.int64)  # per ring
        self.spacing = lines.length / self.count  # per ring
        self.ring = np.repeat(np.arange(len(self.count)), self.count)
        offsets = np.concatenate([[0], np.cumsum(self.count)[:-1]])
        index = np.arange(len(self.ring))
        self.k = index - offsets[self.ring]  # rank along the ring
        position = lines.start[self.ring] + self.k * self.spacing[self.ring]
        self.xy = np.column_stack(
            [
                np.interp(position, lines.cum, lines.coords[:, 0]),
                np.interp(position, lines.cum, lines.coords[:, 1]),
            ]
        )
        self.commune = lines.commune[self.ring]
        self.by_x = np.argsort(self.xy[:, 0])
        self.x_sorted = self.xy[self.by_x, 0]

    def points(self, rows: np.ndarray) -> np.ndarray:
        """Point geometries of some samples, made on demand: one per sample of every border would hold
        the interpreter lock for nothing where the borders are clean."""
        return shapely.points(self.xy[rows])

    def in_boxes(self, bounds: np.ndarray) -> np.ndarray:
        """The samples inside at least one of the boxes (rows of minx, miny, maxx, maxy)."""
        low = np.searchsorted(self.x_sorted, bounds[:, 0])
        high = np.searchsorted(self.x_sorted, bounds[:, 2], side="right")
        counts = np.maximum(high - low, 0)
        box = np.repeat(np.arange(len(bounds)), counts)
        rank = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        candidate = self.by_x[low[box] + rank]
        y = self.xy[candidate, 1]
        return np.unique(candidate[(y >= bounds[box, 1]) & (y <= bounds[box, 3])])


# --- Clean borders and gap slivers -----------------------------------------------------------------------


class _SharedLines:
    """The exact linework that touching communes share: the clean borders drawn by one dataset."""

    def __init__(self, geometries: np.ndarray, communes_tree: STRtree):
        self.count = len(geometries)
        self.boundaries = shapely.boundary(geometries)
        a, b = communes_tree.query(geometries, predicate="intersects")
        a, b = a[a < b], b[a < b]
        parts, pair = shapely.get_parts(
            shapely.intersection(self.boundaries[a], self.boundaries[b]), return_index=True
        )
        linear = shapely.get_type_id(parts) == shapely.GeometryType.LINESTRING.value
        linear &= shapely.length(parts) > 0
        self.lines: dict[tuple[int, int], object] = {}
        if linear.any():
            with_lines, index = np.unique(pair[linear], return_inverse=True)
            merged = shapely.multilinestrings(parts[linear], indices=index.ravel())
            self.lines = {(int(a[i]), int(b[i])): line for i, line in zip(with_lines, merged, strict=True)}
        self._own: dict[int, tuple] = {}

    def between(self, a: int, b: int):
        return self.lines.get((min(a, b), max(a, b)))

    def nearest_on_own_line(self, commune: int, xy: np.ndarray):
        """Distance to the commune's boundary less the borders it shares exactly, and the nearest point
        (None when it shares all of its boundary)."""
        if commune not in self._own:
            clean = [line for pair, line in self.lines.items() if commune in pair]
            own = self.boundaries[commune]
            if clean:
                own = shapely.difference(own, shapely.union_all(clean))
            start, end = _segments(own)
            tree = STRtree(shapely.linestrings(np.stack([start, end], axis=1))) if len(start) else None
            self._own[commune] = (tree, start, end)
        tree, start, end = self._own[commune]
        return None if tree is None else _nearest_on(tree, start, end, xy)


def _segments(lines) -> tuple[np.ndarray, np.ndarray]:
    """Start and end points of every segment of a (multi)linestring."""
    parts = shapely.get_parts(lines)
    parts = parts[shapely.get_type_id(parts) == shapely.GeometryType.LINESTRING.value]
    coords, part = shapely.get_coordinates(parts, return_index=True)
    starts = np.flatnonzero(part[1:] == part[:-1])
    return coords[starts], coords[starts + 1]


class _Holes:
    """Gap slivers: ground enclosed by the communes (holes in their union, or pinched shut at a point of
    the outline), covered by none, at most max_offset wide."""

    def __init__(self, union, shared: _SharedLines, communes_tree: STRtree, max_offset: float):
        # The uncovered parts of a frame round the communes that do not reach the frame: holes, and gaps
        # pinched shut where two communes touch at a point on the outline.
        frame = shapely.buffer(shapely.envelope(union), 1.0, join_style="mitre")
        holes = shapely.get_parts(shapely.difference(frame, union))
        bounds, outer = shapely.bounds(holes), np.asarray(frame.bounds)
        holes = holes[(bounds[:, :2] > outer[:2]).all(axis=1) & (bounds[:, 2:] < outer[2:]).all(axis=1)]
        # Only a hole whose envelope and area both allow a circle max_offset wide may be wider.
        bounds = shapely.bounds(holes)
        wide = (np.minimum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]) > max_offset) & (
            shapely.area(holes) > math.pi * max_offset**2 / 4
        )
        wide[wide] = 2 * shapely.length(shapely.maximum_inscribed_circle(holes[wide])) > max_offset
        holes = holes[~wide]
        shapely.prepare(holes)
        self.polygons = holes
        self.tree = STRtree(holes)
        hole, commune = communes_tree.query(holes, predicate="dwithin", distance=EPSILON)
        order = np.lexsort((commune, hole))
        self.bounded_hole, self.bounded_commune = hole[order], commune[order]  # (hole, commune) pairs
        self.excluded = self._one_side_pairs(shared)

    def _one_side_pairs(self, shared: _SharedLines) -> np.ndarray:
        """Keys of (hole, a, b) where a and b are on one side of a hole that has several sides.

        Around a hole, communes chained by exact shared linework touching it form one side (one dataset)."""
        excluded = []
        starts = np.flatnonzero(np.r_[True, self.bounded_hole[1:] != self.bounded_hole[:-1]])
        for begin, end in zip(starts, np.r_[starts[1:], len(self.bounded_hole)], strict=True):
            around = self.bounded_commune[begin:end]
            if len(around) < 3:
                continue
            hole = int(self.bounded_hole[begin])
            i, j = np.triu_indices(len(around), 1)
            lines = np.array(
                [shared.between(around[x], around[y]) for x, y in zip(i, j, strict=True)], dtype=object
            )
            present = ~shapely.is_missing(lines)
            linked = np.zeros(len(i), dtype=bool)
            linked[present] = shapely.dwithin(self.polygons[hole], lines[present], EPSILON)
            side = _components(np.column_stack([around[i], around[j]])[linked], around)
            if len(set(side.values())) > 1:
                excluded.extend(
                    (hole, around[x], around[y])
                    for x, y in zip(i, j, strict=True)
                    if side[around[x]] == side[around[y]]
                )
        if not excluded:
            return np.array([], dtype=np.int64)
        excluded = np.array(excluded, dtype=np.int64)
        return _key(excluded[:, 0], excluded[:, 1], excluded[:, 2], shared.count)


def _key(hole, a, b, n: int) -> np.ndarray:
    low, high = np.minimum(a, b), np.maximum(a, b)
    return (np.asarray(hole, dtype=np.int64) * n + low) * n + high


def _components(edges: np.ndarray, nodes: np.ndarray) -> dict[int, int]:
    """Connected components (node → representative) of a small graph."""
    parent = {int(node): int(node) for node in np.unique(nodes)}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        parent[root(int(a))] = root(int(b))
    return {node: root(node) for node in parent}


# --- Offset points ---------------------------------------------------------------------------------------


@dataclass
class _Records:
    """Offset points: sample ``sample`` of its commune's line lies ``offset`` m from commune ``other``."""

    sample: np.ndarray
    other: np.ndarray
    kind: np.ndarray  # GAP or OVERLAP
    offset: np.ndarray
    target: np.ndarray  # (n, 2) the point of the other commune's line it is measured to
    hole: np.ndarray  # the gap sliver of a gap point, -1 for an overlap point


def _records(
    geometries,
    lines: _Lines,
    samples: _Samples,
    shared: _SharedLines,
    holes: _Holes,
    involved: np.ndarray,
    min_offset: float,
    max_offset: float,
) -> _Records:
    owner = samples.commune
    # Overlap points: inside another commune by min_offset at least (inside its core, eroded by it).
    cores = shapely.buffer(geometries[involved], -min_offset, quad_segs=4)
    shapely.prepare(cores)
    by_x, x_sorted = samples.by_x, samples.x_sorted
    found = []
    for commune, core, (minx, miny, maxx, maxy) in zip(involved, cores, shapely.bounds(cores), strict=True):
        if core.is_empty:
            continue
        candidate = by_x[np.searchsorted(x_sorted, minx) : np.searchsorted(x_sorted, maxx, side="right")]
        y = samples.xy[candidate, 1]
        candidate = candidate[(y >= miny) & (y <= maxy) & (owner[candidate] != commune)]
        inside = shapely.contains_xy(core, samples.xy[candidate, 0], samples.xy[candidate, 1])
        found.append(np.column_stack([candidate[inside], np.full(inside.sum(), commune)]))
    found = np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)
    over_sample, over_other = found[:, 0], found[:, 1]
    over_offset, over_target = _overlap_offsets(lines, samples, shared, over_sample, over_other)
    # Gap points: on a sliver, inside no other commune and at least min_offset from all of them.
    boxes = shapely.bounds(holes.polygons) + np.array([-EPSILON, -EPSILON, EPSILON, EPSILON])
    candidate = samples.in_boxes(boxes.reshape(-1, 4))
    on, hole = holes.tree.query(samples.points(candidate), predicate="dwithin", distance=EPSILON)
    on = candidate[on]
    near, segment = lines.tree.query(samples.points(on), predicate="dwithin", distance=min_offset)
    blocked = np.zeros(len(owner), dtype=bool)
    blocked[on[near][lines.segment_commune[segment] != owner[on[near]]]] = True
    blocked[over_sample] = True
    free = ~blocked[on]
    gap = _gap_records(lines, samples, holes, on[free], hole[free], max_offset, len(geometries))
    return _Records(
        np.concatenate([over_sample, gap.sample]),
        np.concatenate([over_other, gap.other]),
        np.concatenate([np.full(len(over_sample), OVERLAP), gap.kind]),
        np.concatenate([over_offset, gap.offset]),
        np.vstack([over_target, gap.target]),
        np.concatenate([np.full(len(over_sample), -1), gap.hole]),
    )


def _overlap_offsets(lines: _Lines, samples: _Samples, shared: _SharedLines, sample, other):
    """Distance from each overlap point (on A's line, inside B) to B's own line (see the module doc)."""
    offset, target = np.zeros(len(sample)), np.zeros((len(sample), 2))
    for commune in np.unique(other):
        mine = np.flatnonzero(other == commune)
        xy = samples.xy[sample[mine]]
        found = shared.nearest_on_own_line(commune, xy)
        offset[mine], target[mine] = found if found is not None else lines.nearest(commune, xy)
    return offset, target


def _gap_records(
    lines: _Lines,
    samples: _Samples,
    holes: _Holes,
    sample: np.ndarray,
    hole: np.ndarray,
    max_offset: float,
    n: int,
) -> _Records:
    """Points of a line bordering a gap sliver, with the nearest commune across the sliver."""
    # Candidates: every other commune bounding the same sliver.
    first = np.searchsorted(holes.bounded_hole, hole, side="left")
    count = np.searchsorted(holes.bounded_hole, hole, side="right") - first
    row = np.repeat(np.arange(len(sample)), count)
    other = holes.bounded_commune[
        np.repeat(first, count) + np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    ]
    sample, hole = sample[row], hole[row]
    keep = (other != samples.commune[sample]) & ~np.isin(
        _key(hole, samples.commune[sample], other, n), holes.excluded
    )
    sample, hole, other = sample[keep], hole[keep], other[keep]
    distance, target = np.zeros(len(sample)), np.zeros((len(sample), 2))
    for commune in np.unique(other):
        mine = np.flatnonzero(other == commune)
        distance[mine], target[mine] = lines.nearest(commune, samples.xy[sample[mine]])
    p = samples.xy[sample]
    # Across: the way to the other commune runs through the sliver, not along its outline.
    keep = distance <= max_offset
    inner = shapely.linestrings(np.stack([p + 0.01 * (target - p), target - 0.01 * (target - p)], axis=1))
    keep[keep] = shapely.within(inner[keep], holes.polygons[hole[keep]])
    rows = np.flatnonzero(keep)
    # Each gap point belongs to its nearest facing commune.
    rows = rows[np.lexsort((distance[rows], sample[rows]))]
    rows = rows[np.r_[True, sample[rows][1:] != sample[rows][:-1]]] if len(rows) else rows
    return _Records(
        sample[rows], other[rows], np.full(len(rows), GAP), distance[rows], target[rows], hole[rows]
    )


# --- Runs and stretches ----------------------------------------------------------------------------------


@dataclass
class _Run:
    """Offset points of one pair of communes, in a row on one ring of one of them."""

    pair: tuple[int, int]
    owner: int
    rows: np.ndarray  # record rows, in order along the ring
    line: shapely.LineString
    offset: float


def _runs(lines: _Lines, samples: _Samples, records: _Records, join: float) -> list[_Run]:
    owner = samples.commune[records.sample]
    low, high = np.minimum(owner, records.other), np.maximum(owner, records.other)
    ring, k = samples.ring[records.sample], samples.k[records.sample]
    order = np.lexsort((k, ring, high, low))
    low, high, ring, k = low[order], high[order], ring[order], k[order]
    step = samples.spacing[ring]
    reach = np.maximum(join, 1.01 * step)  # consecutive samples always join
    same = (low[1:] == low[:-1]) & (high[1:] == high[:-1]) & (ring[1:] == ring[:-1])
    starts = np.flatnonzero(~np.r_[False, same & ((k[1:] - k[:-1]) * step[1:] <= reach[1:])])
    groups: dict[tuple[int, int, int], list[np.ndarray]] = {}
    for begin, end in zip(starts, np.r_[starts[1:], len(order)], strict=True):
        groups.setdefault((int(low[begin]), int(high[begin]), int(ring[begin])), []).append(order[begin:end])
    runs = []
    for (a, b, r), pieces in groups.items():
        count, spacing = samples.count[r], samples.spacing[r]
        first_k, last_k = samples.k[records.sample[pieces[0][0]]], samples.k[records.sample[pieces[-1][-1]]]
        if len(pieces) > 1 and (first_k + count - last_k) * spacing <= max(join, 1.01 * spacing):
            pieces[0] = np.concatenate([pieces.pop(), pieces[0]])  # the run goes on across the ring's start
        for rows in pieces:
            ks = samples.k[records.sample[rows]]
            ks = np.where(ks < ks[0], ks + count, ks)
            # One spacing beyond the last offset points, so that the two tracés meet where they cross.
            line = shapely.LineString(lines.piece(r, (ks[0] - 1) * spacing, (ks[-1] + 1) * spacing))
            runs.append(_Run((a, b), int(lines.commune[r]), rows, line, float(records.offset[rows].max())))
    return runs


def _stretches(runs: list[_Run], join: float) -> list[list[_Run]]:
    """Runs of one pair within the join distance (or within their own offset) of each other."""
    by_pair: dict[tuple[int, int], list[_Run]] = {}
    for run in runs:
        by_pair.setdefault(run.pair, []).append(run)
    stretches = []
    for items in by_pair.values():
        edges = np.empty((0, 2), dtype=np.int64)
        if len(items) > 1:
            run_lines = np.array([run.line for run in items], dtype=object)
            offsets = np.array([run.offset for run in items])
            i, j = np.triu_indices(len(items), 1)
            reach = np.maximum(join, np.maximum(offsets[i], offsets[j]))
            linked = shapely.distance(run_lines[i], run_lines[j]) <= reach
            edges = np.column_stack([i[linked], j[linked]])
        component = _components(edges, np.arange(len(items)))
        groups: dict[int, list[_Run]] = {}
        for index, run in enumerate(items):
            groups.setdefault(component[index], []).append(run)
        stretches.extend(groups.values())
    return stretches


def _areas(
    geometries, samples: _Samples, records: _Records, holes: _Holes, stretches: list[list[_Run]]
) -> list[tuple[float, float]]:
    """(gap m², overlap m²) of each stretch: the slivers its offset points lie on."""
    stretch_of = np.full(len(records.sample), -1)
    for index, stretch in enumerate(stretches):
        for run in stretch:
            stretch_of[run.rows] = index
    gap, overlap = np.zeros(len(stretches)), np.zeros(len(stretches))
    rows = np.flatnonzero(records.kind == GAP)
    if len(rows):
        # A sliver bounded by several pairs is shared in proportion to each pair's points on it.
        per_hole = np.bincount(records.hole[rows], minlength=len(holes.polygons))
        share = shapely.area(holes.polygons[records.hole[rows]]) / per_hole[records.hole[rows]]
        np.add.at(gap, stretch_of[rows], share)
    rows = np.flatnonzero(records.kind == OVERLAP)
    if len(rows):
        owner = samples.commune[records.sample[rows]]
        low, high = np.minimum(owner, records.other[rows]), np.maximum(owner, records.other[rows])
        pairs, pair_of = np.unique(np.column_stack([low, high]), axis=0, return_inverse=True)
        parts, part_pair = shapely.get_parts(
            shapely.intersection(geometries[pairs[:, 0]], geometries[pairs[:, 1]]), return_index=True
        )
        polygonal = shapely.area(parts) > 0
        parts, part_pair = parts[polygonal], part_pair[polygonal]
        row, part = STRtree(parts).query(
            samples.points(records.sample[rows]), predicate="dwithin", distance=EPSILON
        )
        same_pair = part_pair[part] == pair_of.ravel()[row]
        row, part = row[same_pair], part[same_pair]
        part, first = np.unique(part, return_index=True)  # each sliver counts once, for its first point
        np.add.at(overlap, stretch_of[rows[row[first]]], shapely.area(parts[part]))
    return list(zip(gap.tolist(), overlap.tolist(), strict=True))
