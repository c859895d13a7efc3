"""GEOM_DEGENERATE: features, rings and spikes without area, whether GEOS calls them invalid or not.

GEOS's validity test sees some collapses (a ring of two distinct points: "Too few points"; a spike that
doubles back exactly: "Self-intersection") and not others (the same spike off by a micrometre, a zone a
tenth of a millimetre wide): which one a real file holds is chance. Here a piece is degenerate when it is
thinner than ``DEGENERATE_WIDTH_M`` (1 mm: national data is given to the millimetre):

- a feature whose repaired footprint (``footprint.repaired_footprints``) is that thin, or a line of that
  length, has no extent: an error (the rule's severity), located on its outline. GEOM_INVALID leaves such
  a feature to this rule: one defect, one finding, with the better diagnosis;
- a ring of an otherwise fine polygon (one of its parts, a hole) that thin, and each spike — a vertex
  where the outline turns back along itself, the triangle it makes with its two neighbours thinner than
  that width — are warnings (unless a profile sets the rule's severity), located on the ring or at the
  spikes' tips: one finding per ring, one per feature for its spikes. When GEOS calls that feature
  invalid it is also GEOM_INVALID's, since the other checks cannot use it.

Cost: area and length of every feature, then one numpy pass over the vertices of the outlines that may
hold a spike (for the zoning: the coverage analysis's suspects, see ``_suspect_zones``); GEOS only for
the few candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from ..findings import Finding, Severity
from ..footprint import present, repaired_footprints
from ..model import FINDINGS, ZONING
from ..sources import source_refs
from .registry import Needs, check

DEGENERATE_WIDTH_M = 0.001
RULE = "GEOM_DEGENERATE"
_POLYGONAL = (shapely.GeometryType.POLYGON.value, shapely.GeometryType.MULTIPOLYGON.value)
_LINEAR = (shapely.GeometryType.LINESTRING.value, shapely.GeometryType.MULTILINESTRING.value)


def collapsed(geometries: np.ndarray, width: float = DEGENERATE_WIDTH_M) -> np.ndarray:
    """Mask of the polygons whose repaired footprint is thinner than ``width`` (none left: also) and of
    the lines not longer than it (geometries with a non-finite coordinate are neither)."""
    geometries = np.asarray(geometries, dtype=object)
    result = np.zeros(len(geometries), dtype=bool)
    types = np.where(_finite(geometries), shapely.get_type_id(geometries), -1)
    lines = np.isin(types, _LINEAR)
    result[lines] = shapely.length(geometries[lines]) <= width
    polygons = np.flatnonzero(np.isin(types, _POLYGONAL))
    footprints = repaired_footprints(geometries[polygons])
    result[polygons] = shapely.is_empty(shapely.buffer(footprints, -width / 2.0, quad_segs=2))
    return result


@dataclass
class _Rings:
    """Closed rings as runs of coordinates (the closing point kept, repeated points dropped)."""

    x: np.ndarray
    y: np.ndarray
    ring: np.ndarray  # ring number of each coordinate, ascending
    feature: np.ndarray  # per ring: row of its feature
    first: np.ndarray  # per ring: index of its first coordinate
    last: np.ndarray  # per ring: index of its closing coordinate

    @classmethod
    def of(cls, x, y, ring, feature) -> _Rings:
        if len(x):  # repeated points would hide a spike (a zero-length side has no direction)
            repeated = np.r_[False, (ring[1:] == ring[:-1]) & (x[1:] == x[:-1]) & (y[1:] == y[:-1])]
            if repeated.any():
                x, y, ring = x[~repeated], y[~repeated], ring[~repeated]
        counts = np.bincount(ring, minlength=len(feature))
        last = np.cumsum(counts) - 1
        return cls(x, y, ring, feature, last + 1 - counts, last)

    @property
    def corners(self) -> np.ndarray:
        """Per ring: its number of distinct vertices (the closing point is the first one again)."""
        return self.last - self.first


@check("degenerate geometries", RULE, needs=Needs.COVERAGE)
def check_degenerate(snapshot, profile, context) -> list[Finding]:
    error = profile.severity(RULE)
    part = profile.severities.get(RULE, Severity.WARNING)
    found = []  # (layer, row, location, severity, params)
    for name, layer in snapshot.layers.items():
        # Widths are metres of the working CRS: a layer without CRS is CRS_MISSING's.
        if name == FINDINGS or not len(layer) or not layer.transformed:
            continue
        outlines = _suspect_zones(context) if name == ZONING else None
        found += _layer_defects(layer, outlines, error, part)
    locations = np.array([location for _, _, location, _, _ in found], dtype=object)
    communes = context.communes_of(locations)
    findings = []
    for (layer, row, location, severity, params), codes in zip(found, communes, strict=True):
        fid = int(layer.ids[row])
        params = {"layer": layer.name, "ids": f"#{fid}", "features": source_refs(layer, [row]), **params}
        findings.append(Finding(RULE, severity, layer.name, (fid,), location, codes, None, params))
    return findings


def _suspect_zones(context) -> np.ndarray:
    """Rows of the zoning layer whose outline may hold a spike or a collapsed ring.

    A valid zone's near-collapsed spike or ring has edges no neighbour walks back (exact ones make the
    zone invalid), so it is a suspect of the coverage analysis: only those outlines are walked vertex by
    vertex (2.5k of the 100k benchmark zones). The one miss: a spike that its neighbour's outline wraps
    exactly, the neighbour then holding the matching degenerate notch.
    """
    zones = context.zones
    return zones.rows[context.zone_suspects] if len(zones) else np.array([], dtype=np.int64)


def _layer_defects(layer, outlines, error: Severity, part: Severity) -> list[tuple]:
    """The layer's collapsed features, and the collapsed rings and spikes of the others; ``outlines``:
    the usable rows worth walking vertex by vertex (None: all; invalid rows are always walked)."""
    geometries = layer.geometries
    invalid = np.flatnonzero(~layer.usable)
    # Present, and nothing to measure on an infinite coordinate.
    invalid = invalid[present(geometries[invalid]) & _finite(geometries[invalid])]
    measured = layer.usable.copy()
    measured[invalid] = True
    types = shapely.get_type_id(geometries)
    polygons, lines = measured & np.isin(types, _POLYGONAL), measured & np.isin(types, _LINEAR)
    flat_polygons = _collapsed_polygons(layer, np.flatnonzero(polygons))
    found = [(layer, row, _outline(geometries[row]), error, {}) for row in flat_polygons]
    lines = np.flatnonzero(lines)
    for row in lines[collapsed(geometries[lines])]:
        found.append((layer, row, _outline(geometries[row]), error, {"_variant": "message_line"}))
    walked = polygons.copy()
    if outlines is not None:
        worth = np.zeros(len(geometries), dtype=bool)
        worth[outlines] = worth[invalid] = True
        walked &= worth
    walked[flat_polygons] = False
    rings = _rings(geometries, np.flatnonzero(walked))
    flat = _collapsed_rings(rings)
    for ring in flat:
        location = _line_or_point(rings, ring)
        found.append((layer, rings.feature[ring], location, part, {"_variant": "message_ring"}))
    tips, owners = _spikes(rings, flat)
    for row in np.unique(owners):
        params = {"_variant": "message_spikes", "count": int(np.sum(owners == row))}
        found.append((layer, row, shapely.multipoints(tips[owners == row]), part, params))
    return found


def _finite(geometries: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return np.isfinite(shapely.bounds(geometries)).all(axis=1)


def _collapsed_polygons(layer, rows: np.ndarray) -> np.ndarray:
    """Rows of polygon features with no area: candidates are the invalid ones and those whose area is
    small for their perimeter (a sliver w wide has 2A/P about w); GEOS confirms."""
    geometries = layer.geometries[rows]
    thin = 2.0 * shapely.area(geometries) <= DEGENERATE_WIDTH_M * shapely.length(geometries)
    candidates = rows[thin | ~layer.usable[rows]]
    return candidates[collapsed(layer.geometries[candidates])]


def _rings(geometries: np.ndarray, rows: np.ndarray) -> _Rings:
    """The rings of the polygons ``rows``. Most features are one ring: their coordinates are used as
    they come (no Python object per ring); the others (holes, several parts) go through shapely's ring
    extraction."""
    coords, index = shapely.get_coordinates(geometries[rows], return_index=True)
    x, y = coords[:, 0], coords[:, 1]
    counts = np.bincount(index, minlength=len(rows))
    first = np.cumsum(counts) - counts
    first_x, first_y = x[first[index]], y[first[index]]
    closes = np.bincount(index, weights=(x == first_x) & (y == first_y), minlength=len(rows))
    one_ring = (closes == 2) & (counts >= 2)
    ends = first[one_ring] + counts[one_ring] - 1
    one_ring[one_ring] = (x[ends] == x[first[one_ring]]) & (y[ends] == y[first[one_ring]])
    simple = one_ring[index]
    parts, part_row = shapely.get_parts(geometries[rows[~one_ring]], return_index=True)
    others, ring_part = shapely.get_rings(parts, return_index=True)
    other_coords, other_ring = shapely.get_coordinates(others, return_index=True)
    ring_of = np.cumsum(one_ring) - 1  # ring number of each one-ring feature
    return _Rings.of(
        np.concatenate([x[simple], other_coords[:, 0]]),
        np.concatenate([y[simple], other_coords[:, 1]]),
        np.concatenate([ring_of[index[simple]], other_ring + int(one_ring.sum())]),
        np.concatenate([rows[one_ring], rows[~one_ring][part_row[ring_part]]]),
    )


def _sides(rings: _Rings, vertices: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(ux, uy, vx, vy): the side arriving at and the side leaving each of ``vertices`` (not closing
    points) around its ring."""
    previous = vertices - 1
    starts = vertices == rings.first[rings.ring[vertices]]
    previous[starts] = rings.last[rings.ring[vertices[starts]]] - 1
    x, y = rings.x, rings.y
    return (
        x[vertices] - x[previous],
        y[vertices] - y[previous],
        x[vertices + 1] - x[vertices],
        y[vertices + 1] - y[vertices],
    )


def _collapsed_rings(rings: _Rings) -> np.ndarray:
    """Rings, of features with several rings, that are thinner than the width on their own (a one-ring
    feature's ring is the feature, already decided). Candidates by their shoelace area and perimeter."""
    if not len(rings.feature):
        return np.array([], dtype=np.int64)
    candidates = np.flatnonzero(np.bincount(rings.feature)[rings.feature] > 1)
    vertices = _vertices(rings, candidates)
    ring = rings.ring[vertices]
    origin = rings.first[ring]  # shoelace relative to the ring's start: no cancellation
    ax, ay = rings.x[vertices] - rings.x[origin], rings.y[vertices] - rings.y[origin]
    bx, by = rings.x[vertices + 1] - rings.x[origin], rings.y[vertices + 1] - rings.y[origin]
    twice_area = np.abs(np.bincount(ring, ax * by - bx * ay, len(rings.feature)))
    perimeter = np.bincount(ring, np.hypot(bx - ax, by - ay), len(rings.feature))
    candidates = candidates[twice_area[candidates] <= DEGENERATE_WIDTH_M * perimeter[candidates]]
    tiny = rings.corners[candidates] < 3  # a point, or a line out and back: no ring to build
    rest = candidates[~tiny]
    coords = np.isin(rings.ring, rest)
    polygons = shapely.polygons(
        shapely.linearrings(
            rings.x[coords], rings.y[coords], indices=np.searchsorted(rest, rings.ring[coords])
        )
    )
    return np.sort(np.concatenate([candidates[tiny], rest[collapsed(polygons)]]))


def _vertices(rings: _Rings, ring_numbers: np.ndarray | None = None) -> np.ndarray:
    """Indexes of the coordinates that are vertices (not closing points), of all rings or of some."""
    keep = np.ones(len(rings.x), dtype=bool)
    keep[rings.last] = False
    if ring_numbers is not None:
        chosen = np.zeros(len(rings.feature), dtype=bool)
        chosen[ring_numbers] = True
        keep &= chosen[rings.ring]
    return np.flatnonzero(keep)


def _spikes(rings: _Rings, collapsed_rings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Tips (points) and feature rows of the spikes: at vertex p between a and b, the outline turns back
    (the angle at p is acute) and the triangle a-p-b is thinner than the width (twice its area over its
    longest side at p). Collapsed rings are reported whole, not as spikes."""
    fine = rings.corners >= 3
    fine[collapsed_rings] = False
    vertices = _vertices(rings, np.flatnonzero(fine))
    ux, uy, vx, vy = _sides(rings, vertices)
    cross = np.abs(ux * vy - uy * vx)
    longest = np.maximum(np.hypot(ux, uy), np.hypot(vx, vy))
    spike = vertices[(ux * vx + uy * vy < 0) & (cross <= DEGENERATE_WIDTH_M * longest)]
    return shapely.points(rings.x[spike], rings.y[spike]), rings.feature[rings.ring[spike]]


def _outline(geometry):
    """Where a collapsed feature is: its outline, or a point when it has no length either."""
    if shapely.length(geometry) > 0:
        return shapely.boundary(geometry) if shapely.get_dimensions(geometry) == 2 else geometry
    return shapely.points(shapely.get_coordinates(geometry)[0])


def _line_or_point(rings: _Rings, ring: int):
    """A collapsed ring as a line along it, or a point when it has a single distinct vertex."""
    x, y = (
        rings.x[rings.first[ring] : rings.last[ring] + 1],
        rings.y[rings.first[ring] : rings.last[ring] + 1],
    )
    return shapely.linestrings(x, y) if len(x) >= 2 else shapely.points(x[0], y[0])
