"""The zoning as a polygon coverage: which zones may overlap a neighbour, and the land no zone covers.

In a clean coverage every inner edge is walked by exactly two zones, once in each direction. Counting the
segments of all zones with numpy (0.15 s for 100k zones) therefore splits the zoning in two:

- *clean* zones, whose every segment has exactly one reverse twin: they can only overlap one another if
  they fold over each other, which the area test below detects;
- *suspect* zones (an edge shared by no one, by three zones, walked twice the same way, or not matching
  its neighbour's vertices): the plan's outer edge, the rims of gaps, and every zone drawn over another.

The clean zones are dissolved from their unshared edges alone (polygonised, then the faces they cover
kept); what that union leaves of an area then loses the suspects it meets. Where the clean zones' union
is smaller than the sum of their areas by more than the overlap tolerance, clean zones overlap (e.g. two
versions of a commune's zoning imported one over the other): every zone becomes a suspect and GEOS's
general union is used. Either way every overlap above the tolerance involves a suspect zone. (GEOS's
coverage validator is no help there: it accepts any edge a neighbour matches, and flags 30 of the 128
zones of two such layers.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

from .prepared import prepared_copy

LOG = logging.getLogger(__name__)


@dataclass
class Coverage:
    polygons: np.ndarray
    suspects: np.ndarray  # per polygon: may overlap another polygon (test it geometrically)
    clean_union: shapely.Geometry | None  # the other polygons dissolved (None: all are suspects)

    def uncovered(self, area: shapely.Geometry) -> np.ndarray:
        """The polygons of ``area`` that no polygon covers.

        Without dissolving everything: ``area`` minus the clean union leaves the holes and the rim where
        the suspects lie; each of those pieces then loses the suspects it meets, one per round for all
        pieces at once (vectorised, so the interpreter lock is free for the checks on the other thread;
        twice as fast as unioning each piece's suspects first, 4x as adding 2.5k suspects to the clean
        union on the 100k-zone benchmark).
        """
        if self.clean_union is None:
            return _polygons(shapely.difference(area, shapely.union_all(self.polygons)))
        pieces = _polygons(shapely.difference(area, self.clean_union))
        suspects = self.polygons[self.suspects]
        if not len(pieces) or not len(suspects):
            return pieces
        piece, suspect = STRtree(suspects).query(pieces, predicate="intersects")
        order = np.lexsort((suspect, piece))
        piece, suspect = piece[order], suspect[order]
        starts = np.r_[True, piece[1:] != piece[:-1]]
        rank = np.arange(len(piece)) - np.maximum.accumulate(np.where(starts, np.arange(len(piece)), 0))
        remaining = pieces.copy()
        for k in range(int(rank.max()) + 1 if len(rank) else 0):
            now = rank == k  # each piece's k-th suspect
            remaining[piece[now]] = shapely.difference(remaining[piece[now]], suspects[suspect[now]])
        return _polygons(remaining)


@dataclass
class _Segments:
    zone: np.ndarray  # polygon index of each segment
    reversed: np.ndarray  # walked against the group's orientation
    group: np.ndarray  # identical segments (direction ignored) share a group
    ends: np.ndarray  # (groups, 2, 2): each group's segment


def polygon_parts(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The polygons of each geometry (overlay results may mix in lines and points) and their owner index."""
    if not len(geometries):
        return np.array([], dtype=object), np.array([], dtype=np.int64)
    parts, owner = shapely.get_parts(geometries, return_index=True)
    polygonal = shapely.get_type_id(parts) == shapely.GeometryType.POLYGON.value
    return parts[polygonal], owner[polygonal]


def _polygons(geometry) -> np.ndarray:
    parts = polygon_parts(np.atleast_1d(np.asarray(geometry, dtype=object)))[0]
    return parts[~shapely.is_empty(parts)]


def analyse_coverage(
    polygons: np.ndarray, overlap_tolerance: float, tree: STRtree | None = None, outer_edge=None
) -> Coverage:
    """Suspect zones and the clean zones' union of ``polygons`` (valid polygons in a metric CRS).

    ``outer_edge``: the plan's outer boundary, if known. A zone edge lying on it has no neighbour to share
    it with, and is not a reason to suspect the zone (the area test still guards the clean zones).
    """
    if not len(polygons):
        return Coverage(polygons, np.zeros(0, dtype=bool), shapely.Polygon())
    tree = tree or STRtree(polygons)
    segments = _segments(polygons)
    suspects = _suspects(segments, len(polygons), outer_edge)
    clean = np.flatnonzero(~suspects)
    clean_union = _union_from_unshared_edges(segments, suspects, polygons, tree)
    excess = float(np.sum(shapely.area(polygons[clean]))) - shapely.area(clean_union)
    if abs(excess) > overlap_tolerance:
        LOG.info("zones with matching edges overlap (%.3f m²): general coverage validation", excess)
        return Coverage(polygons, np.ones(len(polygons), dtype=bool), None)
    return Coverage(polygons, suspects, clean_union)


def _segments(polygons: np.ndarray) -> _Segments:
    zone, start, end = _walks(polygons)
    proper = np.any(start != end, axis=1)
    (x0, y0), (x1, y1), zone = start[proper].T, end[proper].T, zone[proper]
    # One orientation per segment so that both walks of a shared edge sort together; ``reversed``
    # remembers which walk went the other way.
    reversed_ = (x0 > x1) | ((x0 == x1) & (y0 > y1))
    keys = [np.where(reversed_, b, a) for a, b in ((x0, x1), (y0, y1), (x1, x0), (y1, y0))]
    # Sort on a 64-bit hash of the exact coordinates (8x faster than a 4-key lexsort, and numpy
    # releases the GIL for it, so the checks on the other thread run on); equal hashes of different
    # segments, if ever, only split a group: more suspects, never a missed overlap.
    order = np.argsort(_hash(keys))
    keys = [key[order] for key in keys]
    first = np.ones(len(order), dtype=bool)
    first[1:] = np.logical_or.reduce([key[1:] != key[:-1] for key in keys])
    group = np.cumsum(first) - 1
    ends = np.column_stack([key[first] for key in keys]).reshape(-1, 2, 2)
    return _Segments(zone[order], reversed_[order], group, ends)


def _walks(polygons: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(polygon index, start, end) of every ring segment, walked with the polygon's interior on the left.

    Most zones are one ring: their coordinates are taken in one call and their orientation from the
    shoelace sum, without creating a Python object per ring (which would hold the GIL the checks on the
    other thread need). Zones with holes or several parts go through shapely's ring extraction.
    """
    coords, index = shapely.get_coordinates(polygons, return_index=True)
    counts = np.bincount(index, minlength=len(polygons))
    first = np.cumsum(counts) - counts
    closes = np.all(coords == coords[first[index]], axis=1)  # back at the ring's start
    one_ring = (np.bincount(index, weights=closes, minlength=len(polygons)) == 2) & (counts >= 4)
    one_ring[one_ring] = np.all(coords[first[one_ring] + counts[one_ring] - 1] == coords[first[one_ring]], 1)
    simple = one_ring[index]
    zone, start, end = _ring_walks(coords[simple], index[simple])
    others = np.flatnonzero(~one_ring)
    if len(others):
        parts, part_zone = shapely.get_parts(shapely.orient_polygons(polygons[others]), return_index=True)
        rings, ring_part = shapely.get_rings(parts, return_index=True)
        ring_coords, ring = shapely.get_coordinates(rings, return_index=True)
        same_ring = ring[1:] == ring[:-1]
        zone = np.concatenate([zone, others[part_zone[ring_part[ring[:-1][same_ring]]]]])
        start = np.concatenate([start, ring_coords[:-1][same_ring]])
        end = np.concatenate([end, ring_coords[1:][same_ring]])
    return zone, start, end


def _ring_walks(coords: np.ndarray, ring: np.ndarray):
    """Segments of closed rings given as consecutive coordinates, turned counter-clockwise."""
    same_ring = ring[1:] == ring[:-1]
    zone, start, end = ring[:-1][same_ring], coords[:-1][same_ring], coords[1:][same_ring]
    origin = coords[np.searchsorted(ring, zone)]  # shoelace relative to the ring's start: no cancellation
    (ax, ay), (bx, by) = (start - origin).T, (end - origin).T
    clockwise = (np.bincount(zone, weights=ax * by - bx * ay) < 0)[zone]
    return zone, np.where(clockwise[:, None], end, start), np.where(clockwise[:, None], start, end)


_MIXERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], np.uint64
)


def _hash(columns: list[np.ndarray]) -> np.ndarray:
    mixed = np.zeros(len(columns[0]), dtype=np.uint64)
    for column, mixer in zip(columns, _MIXERS, strict=True):
        exact = np.ascontiguousarray(column, dtype=np.float64) + 0.0  # -0.0 and 0.0: one hash
        mixed ^= exact.view(np.uint64) * mixer
    return mixed ^ (mixed >> np.uint64(29))


def _suspects(segments: _Segments, count: int, outer_edge=None) -> np.ndarray:
    walks = np.bincount(segments.group)
    reversed_walks = np.bincount(segments.group, weights=segments.reversed)
    twinned = (walks == 2) & (reversed_walks == 1)
    if outer_edge is not None and not shapely.is_empty(outer_edge):
        alone = np.flatnonzero(walks == 1)
        outer_edge = prepared_copy(outer_edge)
        twinned[alone] = shapely.covers(outer_edge, shapely.linestrings(segments.ends[alone]))
    suspects = np.zeros(count, dtype=bool)
    suspects[segments.zone[~twinned[segments.group]]] = True
    return suspects


def _union_from_unshared_edges(segments: _Segments, suspects, polygons, tree: STRtree):
    clean_walks = np.bincount(segments.group, weights=~suspects[segments.zone])
    edges = shapely.linestrings(segments.ends[clean_walks == 1])
    if not len(edges):
        return shapely.union_all(polygons[~suspects])
    faces = shapely.get_parts(shapely.polygonize(edges))
    # The unshared edges also close around the holes of the union: keep the faces clean zones cover.
    face, zone = tree.query(shapely.point_on_surface(faces), predicate="intersects")
    covered = faces[np.unique(face[~suspects[zone]])]
    if not len(covered):
        return shapely.Polygon()
    # Faces polygonised from edges that meet only at their ends tile the plane: dissolved by their
    # edges alone (0.002 s where the general union takes 0.09 s on the 100k-zone benchmark). Edges that
    # cross (clean zones drawn over each other) give overlapping faces: the general union, which the
    # area test then catches.
    return shapely.coverage_union_all(covered) if _meet_only_at_ends(edges) else shapely.union_all(covered)


def _meet_only_at_ends(lines: np.ndarray) -> bool:
    """Whether no line crosses, touches the inside of, or runs along another: GEOS's noding then splits
    none of them (0.01 s for 7k edges, where relating the intersecting pairs takes 0.07 s)."""
    noded = shapely.node(shapely.multilinestrings(lines))
    return shapely.get_num_geometries(noded) == len(lines)
