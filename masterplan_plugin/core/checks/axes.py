"""The mobility network across municipal and national borders: AXIS_DISCONTINUITY, AXIS_HIERARCHY_BREAK and
AXIS_DANGLE.

Every rule looks at axis *ends*: where a line part starts or stops (a MultiLineString axis has two ends per
part; a closed ring has none). Decisions where the issue is silent, as a planner reads a network:

- **Connected.** An end with another axis part — another feature, or another part of the same feature —
  within ``axis_snap_tolerance_m`` (1 m) is a junction (end to end or a T). Connection says nothing about
  a border: a junction at a border is still checked for its continuation across.
- **The end's commune** is the commune holding the axis just before its end (the point
  ``axis_continuation_tolerance_m`` back along the part, or its middle when shorter): an axis drawn a few
  metres past the border still belongs to the commune it comes from.
- **Borders.** The border of commune A with commune B is the stretch of A's boundary within
  ``axis_continuation_tolerance_m`` (60 m) of B: national datasets leave gaps and overlaps of tens of
  metres between countries, so the neighbour need not touch. An end *reaches a border* when it lies within
  ``axis_border_tolerance_m`` (20 m) of its commune's border with another commune.
- **Plan edge.** The plan's outer edge is the outline of the communes with the gaps narrower than twice the
  continuation tolerance closed (a morphological closing with mitred corners: a 25 m gap between two
  national boundary datasets is not an edge of the plan, a real corner stays where it is). An end within
  ``axis_border_tolerance_m`` of it leaves the plan: no rule applies, even near a tri-point on the edge.
- **Other side.** A candidate continuation is an axis part within the continuation tolerance of the end
  whose stretch in that radius leaves the end's commune (grown by 1 m of boundary noise): an axis of the
  same commune running along the border continues nothing across it.
- **AXIS_DISCONTINUITY**: a border end with no candidate on the other side. Also when the only candidates
  are axes *passing by* (not ending within the tolerance) of another mode: a tram, a bus lane or a cycle
  route that meets only roads across the border stops there ("a tram that becomes nothing"). An axis
  passing by with the same mode is a junction across the border and continues the axis (a local street
  ending on the neighbour's boulevard). Geometry: the end point; communes: the end's commune, then the
  neighbour(s) it faces.
- **AXIS_HIERARCHY_BREAK**: a border end continued end to end (the other axis ends within the
  continuation tolerance) only by axes of another hierarchy or mode. The best candidate wins: no break
  when any candidate has the same hierarchy and mode. *Any* difference counts, both ways — a main street
  becoming an urban boulevard changes capacity, speed and street design at the border as much as the
  reverse; an intended change is accepted in the findings register. A street starting at a cross-border
  junction whose through axis is continued by a matching axis is a branch of that junction, not a break
  (the boulevard continues as a boulevard; the side street never continued it). A missing hierarchy or mode
  (ATTR_MISSING reports it) matches anything: no break is claimed on an unknown value. One finding per
  pair of axes, named after the higher-ranking one (``hierarchy_a``/``mode_a``); geometry: the junction
  point, or the short segment joining the two ends when the datasets leave a gap (measure: that gap, m).
- **AXIS_DANGLE** (info by default: cul-de-sacs exist, planners review them): an end connected to nothing,
  inside a commune and farther than ``axis_border_tolerance_m`` from every commune boundary (near a
  boundary it is a border end — the two rules above — or a plan-edge end). An end that continues another
  axis across the border (it lies within the continuation tolerance of a border end, on the other side)
  is part of that cross-border link, even when its dataset draws it 20-60 m inside the commune: not a
  dangle. An end outside every commune is left to the zoning/commune checks. Geometry: the end point.

Performance: ends are extracted with vectorised ``get_point``/``line_interpolate_point``; every proximity
test is a bulk STRtree query (envelopes grown by the distance) followed by a vectorised ``dwithin`` /
``intersects`` / ``covers`` against *prepared* commune polygons, boundaries and border lines (GEOS's
indexed facet distance: O(log n) per test however detailed the boundaries). Python loops run over
findings only. :func:`border_frame` is shared with the green-corridor check (``green.py``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely
from shapely import STRtree

from ..columns import Factorized
from ..findings import Finding
from ..model import AXES, plan_schema
from .prepared import prepared_copy
from .registry import check

AXIS_RULES = ("AXIS_DISCONTINUITY", "AXIS_HIERARCHY_BREAK", "AXIS_DANGLE")
LINEAL = (shapely.GeometryType.LINESTRING.value, shapely.GeometryType.LINEARRING.value)
POINT = shapely.GeometryType.POINT.value
SIDE_NOISE_M = 1.0  # boundary noise ignored when deciding on which side of a border a feature lies


# --- borders shared with green.py ----------------------------------------------------------------------


class BorderFrame:
    """The plan's communes seen from their borders, for one reach (the continuation tolerance).

    ``lines[k]`` is the border of commune ``i[k]`` with commune ``j[k]``: the part of ``i``'s boundary within
    ``reach`` of ``j``. The commune polygons, their boundaries, the polygons grown and shrunk by the boundary
    noise (``SIDE_NOISE_M``), the border lines and the outer edge are prepared for fast bulk predicates:
    a frame is therefore private to one thread (``prepared.py``), and so is its copy of the communes.
    """

    def __init__(self, context, reach: float):
        communes = context.communes
        self.reach = reach
        self.polygons = prepared_copy(communes.geometries)
        self.tree = communes.tree
        self.codes = context.commune_codes
        self.labels = context.commune_labels
        if not len(communes):
            self.boundaries = self.grown = self.core = self.lines = np.array([], dtype=object)
            self.i = self.j = np.array([], dtype=np.int64)
            self.edge = shapely.LineString()
            self.lines_tree = STRtree(self.lines)
            return
        self.boundaries = shapely.boundary(self.polygons)
        self.grown = shapely.buffer(self.polygons, SIDE_NOISE_M, quad_segs=2)
        self.core = shapely.buffer(self.polygons, -SIDE_NOISE_M, quad_segs=2)
        outline = shapely.buffer(
            shapely.buffer(context.communes_union, reach, join_style="mitre"), -reach, join_style="mitre"
        )
        self.edge = shapely.boundary(outline)
        shapely.prepare(self.boundaries)
        shapely.prepare(self.grown)
        shapely.prepare(self.core)
        shapely.prepare(self.edge)
        a, b = pairs_within(self.tree, self.polygons, self.polygons, reach)
        a, b = a[a != b], b[a != b]
        reached = shapely.buffer(self.polygons, reach)
        lines = shapely.intersection(self.boundaries[a], reached[b])
        keep = ~shapely.is_empty(lines) & (shapely.length(lines) > 0)
        self.i, self.j, self.lines = a[keep], b[keep], lines[keep]
        shapely.prepare(self.lines)
        self.lines_tree = STRtree(self.lines)

    def commune_of(self, xy: np.ndarray, nearest: bool = False) -> np.ndarray:
        """Index of a commune containing each point (x, y rows; lowest index in overlaps); -1 outside
        every commune, or the nearest commune when ``nearest``.

        Tested commune by commune on the points in its envelope with GEOS's prepared point-in-polygon on
        raw coordinates: no Point object is made (their creation holds the interpreter lock).
        """
        result = np.full(len(xy), -1, dtype=np.int64)
        if not len(xy) or not len(self.polygons):
            return result
        x, y = xy[:, 0], xy[:, 1]
        for commune, (minx, miny, maxx, maxy) in enumerate(shapely.bounds(self.polygons)):
            rows = np.flatnonzero((result < 0) & (x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))
            if len(rows):
                result[rows[shapely.intersects_xy(self.polygons[commune], x[rows], y[rows])]] = commune
        missing = np.flatnonzero(result < 0)
        if nearest and len(missing):
            m, c = self.tree.query_nearest(shapely.points(xy[missing]), all_matches=False)
            result[missing[m]] = c
        return result

    def borders_near(self, geometries: np.ndarray, distance: float) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (geometry index, border index) within ``distance`` of each other. Points go through the
        tree's own query (a point's distance to a border is cheap; an envelope object per point is not)."""
        if len(geometries) and len(self.lines) and (shapely.get_type_id(geometries) == POINT).all():
            return self.lines_tree.query(geometries, predicate="dwithin", distance=distance)
        return pairs_within(self.lines_tree, self.lines, geometries, distance)

    def boundaries_near(self, geometries: np.ndarray, distance: float) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (geometry index, commune index) with the commune's boundary within ``distance``."""
        return pairs_within(self.tree, self.boundaries, geometries, distance)

    def at_edge(self, geometries: np.ndarray, distance: float) -> np.ndarray:
        if not len(geometries) or self.edge.is_empty:
            return np.zeros(len(geometries), dtype=bool)
        return shapely.dwithin(self.edge, geometries, distance)

    def reaches_across(
        self, geometries: np.ndarray, communes: np.ndarray, centres: np.ndarray, distance: float
    ) -> np.ndarray:
        """Whether each geometry, within ``distance`` of its centre (an axis end, a corridor front), lies
        outside its commune grown by the boundary noise. The pairs are within ``distance`` already.

        Geometries covered by the grown commune stay on its side and those missing the commune shrunk by
        the noise lie wholly across (both prepared predicates); only the few straddling the boundary are
        clipped to the reach of their centre.
        """
        own = shapely.covers(self.grown[communes], geometries)
        result = ~own
        straddling = np.flatnonzero(result)
        straddling = straddling[shapely.intersects(self.core[communes[straddling]], geometries[straddling])]
        if len(straddling):
            pieces = shapely.intersection(
                geometries[straddling], shapely.buffer(centres[straddling], distance, quad_segs=16)
            )
            result[straddling] = ~shapely.is_empty(pieces) & ~shapely.covers(
                self.grown[communes[straddling]], pieces
            )
        return result

    def label(self, indices) -> str:
        return " | ".join(str(self.labels[k]) for k in indices)


def border_frame(context, reach: float) -> BorderFrame:
    """The context's BorderFrame for ``reach``, built once per validation run and worker thread: its
    prepared geometries must not be shared by checks running at the same time (``prepared.py``)."""
    frames = context.__dict__.setdefault("_border_frames", {})
    key = (reach, threading.get_ident())
    if key not in frames:
        frames[key] = BorderFrame(context, reach)
    return frames[key]


def pairs_within(
    tree: STRtree, tree_geometries: np.ndarray, geometries: np.ndarray, distance: float
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (index in ``geometries``, index in the tree) within ``distance``: an envelope query on the
    tree, then a vectorised ``dwithin`` from the (prepared) tree geometries."""
    if not len(geometries) or not len(tree_geometries):
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    bounds = shapely.bounds(geometries)
    boxes = shapely.box(
        bounds[:, 0] - distance, bounds[:, 1] - distance, bounds[:, 2] + distance, bounds[:, 3] + distance
    )
    q, t = tree.query(boxes)
    hit = shapely.dwithin(tree_geometries[t], geometries[q], distance)
    return q[hit], t[hit]


def codes(column: Factorized) -> np.ndarray:
    """Attribute values as integer codes for vectorised comparison (-1: missing); case and surrounding
    blanks ignored."""
    canonical: dict[str, int] = {}
    per_value = [
        canonical.setdefault(v.strip().lower(), len(canonical)) if isinstance(v, str) and v.strip() else -1
        for v in column.values
    ]
    return np.array(per_value, dtype=np.int64)[column.index]


# --- the network of axis ends --------------------------------------------------------------------------


@dataclass
class _Ends:
    parts: np.ndarray  # line parts of the usable axes (a single-part axis is its own part)
    part_axis: np.ndarray  # usable-axis index of each part
    part_coords: np.ndarray  # (vertices, 2): the parts' vertices, part after part
    part_first: np.ndarray  # index of each part's first vertex in ``part_coords``
    part_last: np.ndarray
    part_open: np.ndarray  # parts with two distinct ends
    points: np.ndarray  # one per end of an open part
    part: np.ndarray  # part of each end
    at_start: np.ndarray
    end_of_part: np.ndarray  # (parts, 2): end index of each part's start / end, -1 for closed parts

    @classmethod
    def of(cls, geometries: np.ndarray) -> _Ends:
        parts, part_axis = _line_parts(geometries)
        coords, vertex_part = shapely.get_coordinates(parts, return_index=True)
        counts = np.bincount(vertex_part, minlength=len(parts))
        first = np.cumsum(counts) - counts
        last = first + np.maximum(counts, 1) - 1
        is_open = (counts >= 2) & np.any(coords[first] != coords[last], axis=1) if len(coords) else counts > 0
        rows = np.flatnonzero(is_open)
        end_of_part = np.full((len(parts), 2), -1, dtype=np.int64)
        end_of_part[rows, 0] = np.arange(len(rows))
        end_of_part[rows, 1] = np.arange(len(rows)) + len(rows)
        return cls(
            parts,
            part_axis,
            coords,
            first,
            last,
            is_open,
            shapely.points(np.concatenate([coords[first[rows]], coords[last[rows]]])),
            np.concatenate([rows, rows]),
            np.r_[np.ones(len(rows), bool), np.zeros(len(rows), bool)],
            end_of_part,
        )

    @cached_property
    def xy(self) -> np.ndarray:
        """Coordinates of every end."""
        vertex = np.where(self.at_start, self.part_first[self.part], self.part_last[self.part])
        return self.part_coords[vertex]

    def start_xy(self, parts: np.ndarray) -> np.ndarray:
        return self.part_coords[self.part_first[parts]]

    def end_xy(self, parts: np.ndarray) -> np.ndarray:
        return self.part_coords[self.part_last[parts]]

    def inner_xy(self, ends: np.ndarray, distance: float) -> np.ndarray:
        """Coordinates ``distance`` back along each end's part (its middle when the part is shorter),
        interpolated with numpy on the parts' vertices."""
        part = self.part[ends]
        first, last = self.part_first[part], self.part_last[part]
        # Each end's part walked from that end, all walks laid end to end in flat arrays.
        counts = last - first + 1
        begin = np.cumsum(counts) - counts
        walk = np.repeat(np.arange(len(ends)), counts)
        k = np.arange(counts.sum()) - begin[walk]
        vertex = np.where(self.at_start[ends][walk], first[walk] + k, last[walk] - k)
        xy = self.part_coords[vertex]
        step = np.r_[0.0, np.hypot(*(xy[1:] - xy[:-1]).T)]
        step[begin] = 0.0
        walked = np.cumsum(step)  # non-decreasing over all walks
        length = walked[begin + counts - 1] - walked[begin]
        target = walked[begin] + np.minimum(distance, length / 2)
        after = np.clip(np.searchsorted(walked, target), begin + 1, begin + counts - 1)
        before = after - 1
        span = walked[after] - walked[before]
        t = np.divide(target - walked[before], span, out=np.zeros_like(span), where=span > 0)
        return xy[before] + t[:, None] * (xy[after] - xy[before])


def _line_parts(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The line parts of each geometry and their owner; a geometry of one line part is kept as it is
    (planners' layers are MultiLineString with one part: no copy of each is made)."""
    types = shapely.get_type_id(geometries)
    single = np.isin(types, LINEAL) | (
        (types == shapely.GeometryType.MULTILINESTRING.value) & (shapely.get_num_geometries(geometries) == 1)
    )
    rest = np.flatnonzero(~single)
    parts, owner = shapely.get_parts(geometries[rest], return_index=True)
    lineal = np.isin(shapely.get_type_id(parts), LINEAL)
    keep = np.flatnonzero(single)
    parts = np.concatenate([geometries[keep], parts[lineal]])
    owner = np.concatenate([keep, rest[owner[lineal]]])
    order = np.argsort(owner, kind="stable")
    return parts[order], owner[order]


@dataclass(frozen=True)
class _Tolerances:
    border: float
    continuation: float
    snap: float


@check("axes", *AXIS_RULES)
def check_axes(snapshot, profile, context) -> list[Finding]:
    axes = context.axes
    if not len(axes) or not len(context.communes) or not any(profile.enabled(r) for r in AXIS_RULES):
        return []
    tol = _Tolerances(
        profile.tolerance("axis_border_tolerance_m"),
        profile.tolerance("axis_continuation_tolerance_m"),
        profile.tolerance("axis_snap_tolerance_m"),
    )
    ends = _Ends.of(axes.geometries)
    if not len(ends.points):
        return []
    frame = border_frame(context, tol.continuation)
    parts_tree = STRtree(ends.parts)
    q, p = parts_tree.query(ends.points, predicate="dwithin", distance=tol.snap)
    connected = np.zeros(len(ends.points), dtype=bool)
    connected[q[p != ends.part[q]]] = True

    network = _Network(axes, ends, parts_tree, frame, tol)
    findings = network.border_findings(profile)
    findings += network.dangles(~connected & ~network.continuing, profile)
    return [f for f in findings if profile.enabled(f.rule)]


class _Network:
    def __init__(self, axes, ends: _Ends, parts_tree: STRtree, frame: BorderFrame, tol: _Tolerances):
        self.axes, self.ends, self.parts_tree, self.frame, self.tol = axes, ends, parts_tree, frame, tol
        self.names = axes.column("name")
        self.hierarchy, self.mode = axes.column("hierarchy"), axes.column("mode")
        self.hierarchy_code, self.mode_code = codes(axes.distinct("hierarchy")), codes(axes.distinct("mode"))
        order = plan_schema().domain_values("axis_hierarchy")
        rank = {value: index for index, value in enumerate(order)}
        self.rank = np.array([rank.get(v, len(order)) for v in self.hierarchy], dtype=np.int64)
        # Ends that continue a border end across the border (within the continuation tolerance): they
        # belong to a cross-border link, offset or not, and are never dangles.
        self.continuing = np.zeros(len(ends.points), dtype=bool)

    # -- border ends ------------------------------------------------------------------------------------

    def border_findings(self, profile) -> list[Finding]:
        ends, frame, tol = self.ends, self.frame, self.tol
        e, k = frame.borders_near(ends.points, tol.border)
        if not len(e):
            return []
        candidates = np.unique(e)
        home = np.full(len(ends.points), -1, dtype=np.int64)
        home[candidates] = frame.commune_of(ends.inner_xy(candidates, tol.continuation), nearest=True)
        own = frame.i[k] == home[e]
        e, k = e[own], k[own]
        off_edge = ~frame.at_edge(ends.points[e], tol.border)
        e, k = e[off_edge], k[off_edge]
        if not len(e):
            return []
        border_ends = np.unique(e)
        neighbours: dict[int, list[int]] = {}
        for end, other in zip(e, frame.j[k], strict=True):
            neighbours.setdefault(int(end), []).append(int(other))
        return self._judge(border_ends, home, neighbours, profile)

    def _judge(self, border_ends, home, neighbours, profile) -> list[Finding]:
        ends, tol = self.ends, self.tol
        points = ends.points[border_ends]
        b, p = self.parts_tree.query(points, predicate="dwithin", distance=tol.continuation)
        own_part = ends.part[border_ends[b]]
        b, p = b[p != own_part], p[p != own_part]
        other = self.frame.reaches_across(ends.parts[p], home[border_ends[b]], points[b], tol.continuation)
        b, p = b[other], p[other]

        end_xy = ends.xy[border_ends[b]]
        gap_start = np.hypot(*(ends.start_xy(p) - end_xy).T)
        gap_end = np.hypot(*(ends.end_xy(p) - end_xy).T)
        gap = np.minimum(gap_start, gap_end)
        is_end = ends.part_open[p] & (gap <= tol.continuation)
        near_end = ends.end_of_part[p, np.where(gap_start <= gap_end, 0, 1)]
        self.continuing[near_end[is_end]] = True
        axis_a, axis_b = ends.part_axis[ends.part[border_ends[b]]], ends.part_axis[p]
        same_mode = _same(self.mode_code[axis_a], self.mode_code[axis_b])
        same_hierarchy = _same(self.hierarchy_code[axis_a], self.hierarchy_code[axis_b])
        matches = np.where(is_end, same_mode & same_hierarchy, same_mode)

        count = len(border_ends)
        has_any, has_end, ok = (np.zeros(count, dtype=bool) for _ in range(3))
        has_any[b] = True
        has_end[b[is_end]] = True
        ok[b[matches]] = True
        discontinuous = ~has_any | (~ok & ~has_end)
        broken = ~ok & has_end
        continued = np.zeros(len(ends.points), dtype=bool)
        continued[border_ends[ok]] = True

        findings = [
            self._discontinuity(int(border_ends[x]), home, neighbours, profile)
            for x in np.flatnonzero(discontinuous)
        ]
        # The best continuation of each broken end: same mode first, then same hierarchy, then nearest.
        pairs = np.flatnonzero(is_end & broken[b])
        order = pairs[np.lexsort((gap[pairs], ~same_hierarchy[pairs], ~same_mode[pairs], b[pairs]))]
        first = order[np.r_[True, b[order][1:] != b[order][:-1]]] if len(order) else order
        seen: set[tuple[int, int]] = set()
        for pair in first:
            end, partner = int(border_ends[b[pair]]), int(p[pair])
            key = tuple(sorted((int(ends.part[end]), partner)))
            if key in seen or continued[near_end[pair]]:
                # Reported from the other end already; or the partner is continued by a matching axis on
                # this side: this end is a side street branching at a cross-border junction.
                continue
            seen.add(key)
            gap_m = round(float(gap[pair]), 3)
            findings.append(self._hierarchy_break(end, partner, int(near_end[pair]), gap_m, home, profile))
        return findings

    def _discontinuity(self, end: int, home, neighbours, profile) -> Finding:
        axis = self.ends.part_axis[self.ends.part[end]]
        communes = [int(home[end])] + sorted(set(neighbours.get(end, [])))
        return Finding(
            "AXIS_DISCONTINUITY",
            profile.severity("AXIS_DISCONTINUITY"),
            AXES,
            (int(self.axes.ids[axis]),),
            self.ends.points[end],
            tuple(str(self.frame.codes[c]) for c in communes),
            params={
                "name": self._name(axis),
                "mode": _text(self.mode[axis]),
                "communes": self.frame.label(communes),
            },
        )

    def _hierarchy_break(
        self, end: int, partner: int, partner_end: int, gap: float, home, profile
    ) -> Finding:
        ends, frame = self.ends, self.frame
        point = ends.points[end]
        if gap > self.tol.snap:
            geometry = shapely.LineString(
                [shapely.get_coordinates(point)[0], shapely.get_coordinates(ends.points[partner_end])[0]]
            )
        else:
            geometry = point
        axis, other = int(ends.part_axis[ends.part[end]]), int(ends.part_axis[partner])
        here, there = int(home[end]), int(home[partner_end])
        if there < 0:  # the partner's end is not at a border of its own: where its axis comes from
            inner = ends.inner_xy(np.array([partner_end]), self.tol.continuation)
            there = int(frame.commune_of(inner, nearest=True)[0])
        sides = [(axis, here), (other, there)]
        if (self.rank[other], self.axes.ids[other]) < (self.rank[axis], self.axes.ids[axis]):
            sides.reverse()
        (a, commune_a), (b, commune_b) = sides
        communes = [commune_a] + ([commune_b] if commune_b != commune_a else [])
        ids = tuple(dict.fromkeys(int(self.axes.ids[x]) for x in (a, b)))
        return Finding(
            "AXIS_HIERARCHY_BREAK",
            profile.severity("AXIS_HIERARCHY_BREAK"),
            AXES,
            ids,
            geometry,
            tuple(str(frame.codes[c]) for c in communes),
            gap,
            params={
                "name": self._name(a),
                "hierarchy_a": _text(self.hierarchy[a]),
                "mode_a": _text(self.mode[a]),
                "hierarchy_b": _text(self.hierarchy[b]),
                "mode_b": _text(self.mode[b]),
                "communes": frame.label(communes),
            },
        )

    # -- dangles ----------------------------------------------------------------------------------------

    def dangles(self, unconnected: np.ndarray, profile) -> list[Finding]:
        ends, frame = self.ends, self.frame
        rows = np.flatnonzero(unconnected)
        if not len(rows):
            return []
        commune = frame.commune_of(ends.xy[rows])
        rows, commune = rows[commune >= 0], commune[commune >= 0]
        near, _ = frame.boundaries_near(ends.points[rows], self.tol.border)
        inside = np.ones(len(rows), dtype=bool)
        inside[near] = False
        findings = []
        for end, c in zip(rows[inside], commune[inside], strict=True):
            axis = ends.part_axis[ends.part[end]]
            findings.append(
                Finding(
                    "AXIS_DANGLE",
                    profile.severity("AXIS_DANGLE"),
                    AXES,
                    (int(self.axes.ids[axis]),),
                    ends.points[end],
                    (str(frame.codes[c]),),
                    params={"name": self._name(axis), "communes": frame.label([c])},
                )
            )
        return findings

    def _name(self, axis: int) -> str:
        return _text(self.names[axis], f"#{self.axes.ids[axis]}")


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Equal codes; a missing value (-1) matches anything."""
    return (a == b) | (a < 0) | (b < 0)


def _text(value, missing: str = "?") -> str:
    return value.strip() if isinstance(value, str) and value.strip() else missing
