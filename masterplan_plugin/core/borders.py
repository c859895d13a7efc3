"""National borders between the plan's municipalities, for maps that must show them above the zoning.

A stretch of a commune's outline is a national border where a commune of another country lies within
``tolerance`` metres of it. The tolerance matters: neighbouring countries' boundary datasets rarely agree
to the metre (the demo's Luxembourg border runs 25 m north of the French one), and each side's own line is
kept, so the map shows both where they disagree instead of choosing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

BORDER_TOLERANCE_M = 50.0
SHARED_M = 0.5  # a stretch this close to a same-country neighbour's outline runs along it
MIN_LENGTH_M = 1.0  # pieces shorter than this are where two borders only touch at a corner


@dataclass(frozen=True)
class BorderStretch:
    commune: int  # index of the commune whose outline this is
    neighbour: int  # index of the foreign commune it faces
    geometry: object  # shapely (Multi)LineString, in the communes' CRS


def national_borders(geometries: Sequence, countries: Sequence[str | None],
                     tolerance: float = BORDER_TOLERANCE_M) -> list[BorderStretch]:
    """The stretches of each commune's outline that face a commune of another country.

    ``geometries``: the communes' (multi)polygons; ``countries``: their country codes (a commune without
    one borders nobody). Communes of one country, and the plan's outer edge, give no border.
    """
    polygons = np.asarray(geometries, dtype=object)
    if len(polygons) < 2:
        return []
    left, right = STRtree(polygons).query(polygons, predicate="dwithin", distance=tolerance)
    country = np.array([value or "" for value in countries], dtype=object)
    known = (country[left] != "") & (country[right] != "")
    foreign = (left != right) & known & (country[left] != country[right])
    left, right = left[foreign], right[foreign]
    if not len(left):
        return []
    near = shapely.buffer(polygons[right], tolerance)
    pieces = shapely.intersection(shapely.boundary(polygons[left]), near)
    pieces = shapely.line_merge(_off_home_borders(pieces, left, polygons, country, tolerance))
    keep = shapely.length(pieces) >= MIN_LENGTH_M
    return [BorderStretch(int(a), int(b), piece) for a, b, piece in zip(left[keep], right[keep], pieces[keep],
                                                                        strict=True)]


def _off_home_borders(pieces: np.ndarray, owners: np.ndarray, polygons: np.ndarray, country: np.ndarray,
                      tolerance: float) -> np.ndarray:
    """``pieces`` without what runs along a same-country neighbour: near a corner where the border meets a
    municipal boundary, the tolerance would otherwise carry the border a little way along that boundary."""
    tree = STRtree(polygons)
    result = pieces.copy()
    for index, (piece, owner) in enumerate(zip(pieces, owners, strict=True)):
        near = tree.query(piece, predicate="dwithin", distance=tolerance)
        home = near[(near != owner) & (country[near] == country[owner])]
        if len(home):
            shared = shapely.buffer(shapely.union_all(shapely.boundary(polygons[home])), SHARED_M)
            result[index] = shapely.difference(piece, shared)
    return result
