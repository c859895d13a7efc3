"""Coordinate reference systems: parse them, check a working CRS is metric, transform shapely arrays.

Every layer is brought into the plan's working CRS before checking, so tolerances stay in metres.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from .errors import InputError


@lru_cache(maxsize=64)
def parse_crs(text: str) -> CRS:
    """A CRS from 'EPSG:2154', a WKT or a PROJ string; InputError when it means nothing."""
    if not text or not str(text).strip():
        raise InputError("No coordinate reference system given.")
    try:
        return CRS.from_user_input(str(text).strip())
    except CRSError as error:
        raise InputError("Unknown coordinate reference system.", f"{text}: {error}") from error


def crs_id(text: str) -> str:
    """The canonical 'AUTH:CODE' of a CRS when it has one, its WKT otherwise."""
    crs = parse_crs(text)
    auth = crs.to_authority(min_confidence=90)
    return f"{auth[0]}:{auth[1]}" if auth else crs.to_wkt()


def require_metric_crs(text: str) -> str:
    """Check a working CRS is projected in metres (tolerances are metric) and return its id."""
    crs = parse_crs(text)
    units = {axis.unit_name for axis in crs.axis_info}
    if not crs.is_projected or not units <= {"metre", "meter"}:
        raise InputError(
            "The working CRS of a plan must be projected in metres.", f"{crs_id(text)} uses {sorted(units)}"
        )
    return crs_id(text)


def same_crs(a: str, b: str) -> bool:
    return parse_crs(a) == parse_crs(b) or crs_id(a) == crs_id(b)


@lru_cache(maxsize=64)
def _transformer(source: str, target: str) -> Transformer:
    return Transformer.from_crs(parse_crs(source), parse_crs(target), always_xy=True)


def transform_geometries(geometries: np.ndarray, source: str, target: str) -> np.ndarray:
    """Reproject an array of shapely geometries (vectorised: one pyproj call for all coordinates)."""
    if same_crs(source, target):
        return geometries
    transformer = _transformer(source, target)

    def project(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometries, project)


def area_of_use(text: str, target: str | None = None) -> tuple[float, float, float, float] | None:
    """The CRS's area of use as (minx, miny, maxx, maxy), in ``target`` CRS when given, else in degrees."""
    crs = parse_crs(text)
    aou = crs.area_of_use
    if aou is None:
        return None
    bounds = (aou.west, aou.south, aou.east, aou.north)
    if target is None:
        return bounds
    return _transformer("EPSG:4326", target).transform_bounds(*bounds, densify_pts=21)


def outside_area_of_use(geometries: np.ndarray, crs: str) -> np.ndarray:
    """Boolean mask of geometries whose bounds fall outside their CRS's area of use.

    A layer declared in the wrong CRS (say Lambert-93 coordinates labelled LUREF) usually lands far from
    that CRS's area: this is how a mislabelled CRS is caught instead of silently misplaced.
    """
    extent = area_of_use(crs, crs)
    mask = np.zeros(len(geometries), dtype=bool)
    if extent is None or len(geometries) == 0:
        return mask
    bounds = shapely.bounds(geometries)
    valid = ~np.isnan(bounds).any(axis=1)
    # A margin of 10 % of the extent: areas of use are drawn tightly around national borders.
    mx, my = 0.1 * (extent[2] - extent[0]), 0.1 * (extent[3] - extent[1])
    inside = (
        (bounds[:, 0] >= extent[0] - mx)
        & (bounds[:, 2] <= extent[2] + mx)
        & (bounds[:, 1] >= extent[1] - my)
        & (bounds[:, 3] <= extent[3] + my)
    )
    mask[valid] = ~inside[valid]
    return mask
