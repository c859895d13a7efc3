"""Coordinate reference systems: parse them, check a working CRS is metric, transform shapely arrays.

Every layer is brought into the plan's working CRS before checking, so tolerances stay in metres.

pyproj's CRS and Transformer objects must not be shared between threads (their PROJ context is not
thread-safe: a transformer cached by one thread and used by a QgsTask's thread crashed in libproj), so
each thread keeps its own (``_per_thread``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from .errors import InputError

_THREAD = threading.local()
_CACHE_SIZE = 64


def _per_thread(kind: str, key, build: Callable):
    """``build()`` cached by ``key`` for the calling thread only."""
    cache = _THREAD.__dict__.setdefault(kind, {})
    if key not in cache:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        cache[key] = build()
    return cache[key]


def parse_crs(text: str) -> CRS:
    """A CRS from 'EPSG:2154', a WKT or a PROJ string; InputError when it means nothing."""
    if not text or not str(text).strip():
        raise InputError("No coordinate reference system given.")
    return _per_thread("crs", str(text).strip(), lambda: _parse(str(text).strip()))


def _parse(text: str) -> CRS:
    try:
        return CRS.from_user_input(text)
    except CRSError as error:
        raise InputError("Unknown coordinate reference system.", f"{text}: {error}") from error


def crs_id(text: str) -> str:
    """The canonical 'AUTH:CODE' of a CRS when it has one, its WKT otherwise."""
    crs = parse_crs(text)
    auth = crs.to_authority(min_confidence=90)
    return f"{auth[0]}:{auth[1]}" if auth else crs.to_wkt()


def crs_label(text: str) -> str:
    """'EPSG:4326 (WGS 84)': short enough for a message, whatever the CRS was given as."""
    crs = parse_crs(text)
    auth = crs.to_authority(min_confidence=90)
    return f"{auth[0]}:{auth[1]} ({crs.name})" if auth else crs.name


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
    """Whether two CRSs are the same frame, by definition rather than by name: a shapefile's ESRI
    "RGF_1993_Lambert_93" or IGNF:LAMB93 is EPSG:2154. Axis order does not count (we work x, y)."""
    return _per_thread("same", (a, b), lambda: _equivalent(a, b))


def _equivalent(a: str, b: str) -> bool:
    first, second = parse_crs(a), parse_crs(b)
    if first.equals(second, ignore_axis_order=True) or crs_id(a) == crs_id(b):
        return True
    return _transformer(a, b).definition.startswith("proj=noop")


def _transformer(source: str, target: str) -> Transformer:
    return _per_thread(
        "transformer",
        (source, target),
        lambda: Transformer.from_crs(parse_crs(source), parse_crs(target), always_xy=True),
    )


def transform_geometries(geometries: np.ndarray, source: str, target: str) -> np.ndarray:
    """Reproject an array of shapely geometries (vectorised: one pyproj call for all coordinates).

    Equivalent CRSs are not transformed at all: a near-identity pipeline still moves coordinates by
    1e-9 m, enough to make a valid zone invalid and open a false gap along a shared edge.
    """
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


def non_finite(geometries: np.ndarray) -> np.ndarray:
    """Mask of geometries with a coordinate that is not a finite number (inf, nan)."""
    mask = np.zeros(len(geometries), dtype=bool)
    present = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
    if present.any():
        coords, owner = shapely.get_coordinates(geometries[present], return_index=True)
        bad = ~np.isfinite(coords).all(axis=1)
        mask[np.flatnonzero(present)[np.unique(owner[bad])]] = True
    return mask


def outside_valid_range(geometries: np.ndarray, crs: str) -> np.ndarray:
    """Mask of geometries no CRS like ``crs`` can hold: non-finite, or beyond ±180° / ±90° in a
    geographic CRS (projected metres read as degrees, e.g. a GeoJSON without "crs" taken as WGS 84)."""
    mask = non_finite(geometries)
    if parse_crs(crs).is_geographic and len(geometries):
        bounds = shapely.bounds(geometries)
        with np.errstate(invalid="ignore"):
            beyond = (np.abs(bounds[:, [0, 2]]) > 180) | (np.abs(bounds[:, [1, 3]]) > 90)
        mask |= beyond.any(axis=1)
    return mask


def reproject_checked(geometries: np.ndarray, source: str, target: str, ids=None) -> np.ndarray:
    """``transform_geometries`` for data entering a plan: InputError (nothing written) when a feature's
    coordinates are out of the source CRS's range or are not finite once reprojected."""
    bad = outside_valid_range(geometries, source)
    if not bad.any():
        geometries = transform_geometries(geometries, source, target)
        bad = non_finite(geometries)
    if bad.any():
        rows = np.flatnonzero(bad)
        names = rows if ids is None else np.asarray(ids)[rows]
        raise InputError(
            "{count} features have coordinates that {crs} cannot hold: is that really the layer's "
            "coordinate reference system? Give the right one explicitly.",
            "features " + ", ".join(str(n) for n in names[:10]) + (" …" if len(rows) > 10 else ""),
            count=len(rows),
            crs=crs_label(source),
        )
    return geometries
