"""The area a polygon feature stands for, even when its geometry is invalid.

An invalid zone (a bow-tie, a ring touching itself) cannot take part in GEOS overlays, but the land it was
drawn on is zoned: left out of the coverage, its whole footprint would be reported as unzoned land. GEOS's
``make_valid`` with the *structure* method gives that footprint (shells minus holes, overlapping shells
unioned, collapsed parts dropped); the invalid geometry itself is still reported by GEOM_INVALID.
"""

from __future__ import annotations

import numpy as np
import shapely

_POLYGONAL = (shapely.GeometryType.POLYGON.value, shapely.GeometryType.MULTIPOLYGON.value)


def present(geometries: np.ndarray) -> np.ndarray:
    """Mask of the geometries that exist and are not empty."""
    return ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)


def repaired_footprints(geometries: np.ndarray) -> np.ndarray:
    """Each geometry's polygonal area as a valid (Multi)Polygon; an empty polygon where none is left."""
    geometries = np.asarray(geometries, dtype=object)
    result = np.array([shapely.Polygon()] * len(geometries), dtype=object)
    rows = np.flatnonzero(present(geometries))
    if not len(rows):
        return result
    repaired = shapely.make_valid(geometries[rows], method="structure", keep_collapsed=False)
    parts, owner = shapely.get_parts(repaired, return_index=True)
    polygonal = np.isin(shapely.get_type_id(parts), _POLYGONAL) & ~shapely.is_empty(parts)
    parts, owner = parts[polygonal], owner[polygonal]
    grouped = np.empty(len(rows), dtype=object)
    shapely.multipolygons(parts, indices=owner, out=grouped)  # rows without parts stay None
    filled = ~shapely.is_missing(grouped)
    result[rows[filled]] = grouped[filled]
    return result


def invalid_footprints(geometries: np.ndarray, usable: np.ndarray) -> np.ndarray:
    """The repaired footprints of the present but unusable (invalid) geometries, without empty ones or
    those with a non-finite coordinate (nothing can be repaired there)."""
    rows = np.flatnonzero(present(geometries) & ~usable)
    with np.errstate(invalid="ignore"):
        rows = rows[np.isfinite(shapely.bounds(geometries[rows])).all(axis=1)]
    if not len(rows):
        return np.array([], dtype=object)
    footprints = repaired_footprints(geometries[rows])
    return footprints[~shapely.is_empty(footprints)]
