"""ZONE_OVERLAP and ZONE_GAP: the zoning must cover each municipality once and only once.

Overlaps are found on interior intersection (DE-9IM ``2********``), so a zone contained in another and
two identical zones are overlaps too — QGIS's geometry checker uses GEOS ``overlaps`` and misses both
(qgis/QGIS#26430). One finding per polygonal part (piece) of each intersection, as QGIS does, so counts
and areas compare with QGIS's own test suite; a piece's message says which piece of how many between
its two zones and how many slivers of theirs (at or below the tolerance) were left out.

Gaps: with municipalities in the plan, a gap is any part of a zoned municipality that no zone covers
(an unzoned municipality is reported once by COMMUNE_NOT_COVERED instead of as one huge gap); without
municipalities, the holes enclosed by the zoning. Areas below the minimum are drawing noise, and so are
pieces under 1 mm wide (``OVERLAY_SLIVER_WIDTH_M``) whatever their area; areas of an allowed-gaps layer
(roads, rivers left unzoned on purpose) are not reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

from ..findings import Finding
from ..model import ZONING
from ..sources import source_refs
from .catalogue import term
from .context import invalid_zone_footprints
from .coverage import analyse_coverage, polygon_parts
from .registry import Needs, check
from .zoning_communes import solid

# Thinner than this, an unzoned piece is where two edges nearly coincide: whether GEOS leaves such a
# sliver depends on the order it unions the zones (on the real CNIG PLU: 23 of its 25 holes are under
# 10 µm wide). National data is given to the millimetre, so nothing thinner is a gap.
OVERLAY_SLIVER_WIDTH_M = 0.001


@dataclass
class OverlapParts:
    first: np.ndarray  # index of the first polygon of each overlap part
    second: np.ndarray
    parts: np.ndarray  # the overlap polygons
    kinds: np.ndarray  # "duplicate" | "contained" | "partial"
    piece: np.ndarray | None = None  # rank of each part among its pair's reported parts, largest first (1…)
    pieces: np.ndarray | None = None  # number of reported parts of each part's pair
    slivers: np.ndarray | None = None  # number of its pair's polygon parts left out (area <= min_area)


def overlap_parts(
    geometries: np.ndarray,
    min_area: float,
    max_area: float = 0.0,
    suspects: np.ndarray | None = None,
    tree: STRtree | None = None,
) -> OverlapParts:
    """Every polygonal part of every pairwise interior intersection with min_area < area (< max_area).

    ``suspects``: the polygons that may overlap another (``coverage.analyse_coverage``), when known."""
    if len(geometries) < 2:
        return OverlapParts(
            *(np.array([], dtype=int),) * 2, np.array([], dtype=object), np.array([], dtype=object)
        )
    if suspects is None:
        suspects = analyse_coverage(geometries, min_area).suspects
    first, second = _candidate_pairs(tree or STRtree(geometries), geometries, suspects)
    interior = shapely.relate_pattern(geometries[first], geometries[second], "2********")
    first, second = first[interior], second[interior]
    kinds = _overlap_kinds(geometries[first], geometries[second])
    intersections = shapely.intersection(geometries[first], geometries[second])
    parts, pair = polygon_parts(intersections)
    areas = shapely.area(parts)
    keep = areas > min_area
    if max_area > 0:
        keep &= areas < max_area
    slivers = np.bincount(pair[areas <= min_area], minlength=len(first))
    pair, areas = pair[keep], areas[keep]
    piece, pieces = _ranks(pair, areas)
    return OverlapParts(first[pair], second[pair], parts[keep], kinds[pair], piece, pieces, slivers[pair])


def _ranks(group: np.ndarray, areas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each item's rank in its group by decreasing area (1 = largest) and its group's size."""
    order = np.lexsort((-areas, group))
    sizes = np.bincount(group)
    starts = np.cumsum(sizes) - sizes
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - starts[group[order]] + 1
    return rank, sizes[group]


def _candidate_pairs(
    tree: STRtree, geometries: np.ndarray, suspects: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of polygons that may overlap.

    Every overlap above the tolerance involves a suspect polygon (see ``coverage``), so only pairs with
    one are related: on a 100k-zone coverage, 4k polygons instead of 400k touching pairs.
    """
    suspect = np.flatnonzero(suspects)
    found, other = tree.query(geometries[suspect], predicate="intersects")
    first, second = np.minimum(suspect[found], other), np.maximum(suspect[found], other)
    pairs = np.unique(np.stack([first, second], axis=1)[first < second], axis=0)
    return pairs[:, 0], pairs[:, 1]


def _overlap_kinds(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    kinds = np.full(len(a), "partial", dtype=object)
    contained = shapely.within(a, b) | shapely.within(b, a)
    kinds[contained] = "contained"
    kinds[shapely.equals(a, b)] = "duplicate"
    return kinds


def enclosed_gaps(geometries: np.ndarray, min_area: float, max_area: float = 0.0, allowed=None) -> np.ndarray:
    """Areas enclosed by ``geometries`` that none of them covers (what QGIS's gap check reports).

    Holes between several polygons are not interior rings of any one polygon, so the gaps are taken as
    the parts of (envelope − union) that do not reach the envelope's edge.
    """
    union = shapely.union_all(geometries)
    frame = shapely.buffer(shapely.envelope(union), 2.0, join_style="mitre")
    parts = shapely.get_parts(shapely.difference(frame, union))
    enclosed = parts[~shapely.intersects(parts, shapely.boundary(frame))]
    return _filter_gaps(enclosed, min_area, max_area, allowed)


def _filter_gaps(gaps: np.ndarray, min_area: float, max_area: float, allowed) -> np.ndarray:
    gaps = gaps[shapely.get_type_id(gaps) == shapely.GeometryType.POLYGON.value] if len(gaps) else gaps
    if allowed is not None and len(gaps):
        # The remainder of a gap mostly covered by an allowed gap is an artefact, not a new gap.
        gaps = polygon_parts(shapely.difference(gaps, allowed))[0]
    areas = shapely.area(gaps)
    keep = areas > min_area
    if max_area > 0:
        keep &= areas < max_area
    return gaps[keep]


@check("zoning overlaps", "ZONE_OVERLAP", needs=Needs.COVERAGE)
def check_overlaps(snapshot, profile, context) -> list[Finding]:
    zones = context.zones
    found = overlap_parts(
        zones.geometries,
        profile.tolerance("overlap_min_area_m2"),
        suspects=context.zone_suspects,
        tree=zones.tree,
    )
    communes = context.communes_of(found.parts)
    refs = source_refs(zones.layer, zones.rows[np.stack([found.first, found.second], axis=1).ravel()])
    severity = profile.severity("ZONE_OVERLAP")
    findings = []
    for index, (a, b, part, kind, codes) in enumerate(
        zip(found.first, found.second, found.parts, found.kinds, communes, strict=True)
    ):
        ids = (int(zones.ids[a]), int(zones.ids[b]))
        area = float(shapely.area(part))
        params = {
            "ids": f"#{ids[0]} / #{ids[1]}",
            "features": refs[2 * index : 2 * index + 2],
            "area": f"{area:.1f}",
            "kind": term(f"overlap_{kind}") if kind != "partial" else "",
            "overlap_kind": kind,
            **_piece_params(found, index, profile.tolerance("overlap_min_area_m2")),
        }
        findings.append(Finding("ZONE_OVERLAP", severity, ZONING, ids, part, codes, area, params))
    return findings


def _piece_params(found: OverlapParts, index: int, tolerance: float) -> dict:
    """Findings are per piece: which piece of how many between the two zones, how many slivers of the
    pair were left out (the message says so when there is more than the one piece)."""
    piece, pieces, slivers = int(found.piece[index]), int(found.pieces[index]), int(found.slivers[index])
    params = {"piece": piece, "piece_count": pieces, "sliver_count": slivers}
    if pieces > 1 or slivers:
        params["_variant"] = "message_pieces"
        params["piece_note"] = term("overlap_piece", piece=piece, pieces=pieces) if pieces > 1 else ""
        params["sliver_note"] = (
            term("overlap_slivers", slivers=slivers, tolerance=f"{tolerance:g}") if slivers else ""
        )
    return params


@check("zoning gaps", "ZONE_GAP", needs=Needs.UNZONED)
def check_gaps(snapshot, profile, context) -> list[Finding]:
    zones = context.zones
    if not len(zones):
        return []
    min_area = profile.tolerance("gap_min_area_m2")
    allowed = snapshot.allowed_gaps
    if len(context.communes):
        zoned = np.unique(context.zone_commune[context.zone_commune >= 0])
        if not len(zoned):
            return []
        gaps = context.unzoned_land
        if len(zoned) < len(context.communes):  # unzoned communes are COMMUNE_NOT_COVERED's
            zoned_area = shapely.union_all(context.communes.geometries[zoned])
            gaps = polygon_parts(shapely.intersection(gaps, zoned_area))[0]
        gaps = _filter_gaps(gaps, min_area, 0.0, allowed)
    else:  # the land under invalid zones is zoned: their repaired footprints close the zoning
        footprints = invalid_zone_footprints(snapshot.layer(ZONING))
        gaps = enclosed_gaps(np.concatenate([zones.geometries, footprints]), min_area, allowed=allowed)
    gaps = gaps[solid(gaps, OVERLAY_SLIVER_WIDTH_M)]
    severity = profile.severity("ZONE_GAP")
    labels = dict(zip(context.commune_codes, context.commune_labels, strict=False))
    findings = []
    for gap, codes in zip(gaps, context.communes_of(gaps), strict=False):
        area = float(shapely.area(gap))
        params = {"area": f"{area:.1f}", "communes": ", ".join(labels[c] for c in codes) or "-"}
        findings.append(Finding("ZONE_GAP", severity, ZONING, (), gap, codes, area, params))
    return findings
