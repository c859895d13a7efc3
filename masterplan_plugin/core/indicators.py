"""Per-municipality indicators of a master plan, computed geometrically (vectorised).

Everything is measured by intersection with each commune polygon, so a zone or an axis crossing a border
counts on each side for what lies there, and the totals of the plan are the sums over municipalities.

- zoning: hectares per harmonised HILUCS class (zones without class under ``None``), *as drawn*: where
  two zones overlap, each counts its whole area for its own class (an overlap between two classes is in
  both, an overlap of two zones of one class twice in that class); the zoned area (``zoned_ha``) is the
  area of the union of the zones in the commune, so it never exceeds the commune, and ``overlap_ha``
  (``drawn_ha - zoned_ha``) says how much of the classes' sum is land drawn more than once;
- mobility: kilometres of axes per mode (and per hierarchy);
- green: green area (m²), public green area, public green m² per inhabitant, share of the commune's
  area that is green;
- sites: housing units, jobs and floor area of the development sites, given to the commune holding most
  of each site.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely import STRtree

from .checks.coverage import analyse_coverage
from .model import AXES, COMMUNES, GREEN, SITES, ZONING
from .plan import LayerSnapshot, PlanSnapshot

NOISE_HA = 0.01  # 100 m²
NOISE_KM = 0.005  # 5 m
CLEAN_OVERLAP_M2 = 1.0  # zones with matching edges overlapping by more than this: general union (coverage)


@dataclass
class CommuneIndicators:
    code: str
    name: str
    country: str
    population: int | None
    area_ha: float
    zoning_ha: dict[str | None, float] = field(default_factory=dict)  # per class, as drawn
    zoned_ha: float = 0.0  # the union of the zones in the commune
    axes_km_by_mode: dict[str | None, float] = field(default_factory=dict)
    axes_km_by_hierarchy: dict[str | None, float] = field(default_factory=dict)
    green_m2: float = 0.0
    public_green_m2: float = 0.0
    corridors: list[str] = field(default_factory=list)
    housing_units: int = 0
    jobs: int = 0
    floor_area_m2: float = 0.0

    @property
    def public_green_m2_per_inhabitant(self) -> float | None:
        return self.public_green_m2 / self.population if self.population else None

    @property
    def green_share(self) -> float:
        return self.green_m2 / (self.area_ha * 10_000) if self.area_ha else 0.0

    @property
    def drawn_ha(self) -> float:
        """The sum of the classes' hectares: land under overlapping zones counts once per zone."""
        return sum(self.zoning_ha.values())

    @property
    def overlap_ha(self) -> float:
        """Hectares drawn more than once (the classes' sum minus the zoned union; never negative)."""
        return max(self.drawn_ha - self.zoned_ha, 0.0)

    @property
    def zoned_share(self) -> float:
        """Share of the commune's area that is zoned (the union of the zones: at most 1)."""
        return min(self.zoned_ha / self.area_ha, 1.0) if self.area_ha else 0.0


@dataclass
class PlanIndicators:
    communes: list[CommuneIndicators]

    def commune(self, code: str) -> CommuneIndicators:
        return next(c for c in self.communes if c.code == code)

    @property
    def totals(self) -> CommuneIndicators:
        """The whole agglomeration, as one more 'commune'."""
        total = CommuneIndicators("*", "", "", 0, 0.0)
        for item in self.communes:
            total.population = (total.population or 0) + (item.population or 0)
            total.area_ha += item.area_ha
            total.zoned_ha += item.zoned_ha
            for target, source in (
                (total.zoning_ha, item.zoning_ha),
                (total.axes_km_by_mode, item.axes_km_by_mode),
                (total.axes_km_by_hierarchy, item.axes_km_by_hierarchy),
            ):
                for key, value in source.items():
                    target[key] = target.get(key, 0.0) + value
            total.green_m2 += item.green_m2
            total.public_green_m2 += item.public_green_m2
            total.corridors += [name for name in item.corridors if name not in total.corridors]
            total.housing_units += item.housing_units
            total.jobs += item.jobs
            total.floor_area_m2 += item.floor_area_m2
        return total


def compute_indicators(snapshot: PlanSnapshot) -> PlanIndicators:
    communes = snapshot.layer(COMMUNES)
    usable = _usable(communes)
    geometries = communes.geometries[usable]
    result = [
        CommuneIndicators(
            code=str(code),
            name=name or str(code),
            country=country or "",
            population=int(pop) if pop is not None else None,
            area_ha=float(area) / 10_000,
        )
        for code, name, country, pop, area in zip(
            communes.column("code")[usable],
            communes.column("name")[usable],
            communes.column("country")[usable],
            communes.column("population")[usable],
            shapely.area(geometries),
            strict=False,
        )
    ]
    if not result:
        return PlanIndicators([])
    tree = STRtree(geometries)
    _zoning(result, tree, geometries, snapshot.layer(ZONING))
    _axes(result, tree, geometries, snapshot.layer(AXES))
    _green(result, tree, geometries, snapshot.layer(GREEN))
    _sites(result, tree, geometries, snapshot.layer(SITES))
    return PlanIndicators(result)


def _usable(layer: LayerSnapshot) -> np.ndarray:
    return layer.usable if len(layer) else np.array([], dtype=bool)


def _pieces(tree, communes, layer: LayerSnapshot, measure):
    """(commune index, feature row, measured size of the feature's part in that commune) for all pairs."""
    commune_idx, rows, parts = _parts(tree, communes, layer)
    return commune_idx, rows, measure(parts)


def _parts(tree, communes, layer: LayerSnapshot):
    """(commune index, feature row, the feature's part in that commune) for all intersecting pairs."""
    rows = np.flatnonzero(_usable(layer))
    if not len(rows):
        empty = np.array([], dtype=int)
        return empty, empty, np.array([], dtype=object)
    feature_idx, commune_idx = tree.query(layer.geometries[rows], predicate="intersects")
    parts = shapely.intersection(layer.geometries[rows][feature_idx], communes[commune_idx])
    return commune_idx, rows[feature_idx], parts


def _accumulate(commune_idx, keys, values, count, noise: float) -> list[dict]:
    """Sum values per (commune, key); pieces below ``noise`` are border slivers between two national
    datasets, not land use of the neighbour."""
    totals = [defaultdict(float) for _ in range(count)]
    for commune, key, value in zip(commune_idx, keys, values, strict=False):
        if value > noise:
            totals[commune][key] += float(value)
    return totals


def _zoning(result, tree, communes, zoning):
    commune_idx, rows, parts = _parts(tree, communes, zoning)
    areas = shapely.area(parts)
    classes = zoning.column("hilucs_code")[rows] if len(rows) else []
    for item, totals in zip(
        result, _accumulate(commune_idx, classes, areas / 10_000, len(result), NOISE_HA), strict=False
    ):
        item.zoning_ha = dict(sorted(totals.items(), key=lambda kv: (kv[0] is None, str(kv[0]))))
    kept = areas / 10_000 > NOISE_HA  # the pieces the classes count
    suspect = _may_overlap(zoning)[rows[kept]] if len(rows) else np.zeros(0, dtype=bool)
    zoned = _union_areas(parts[kept], areas[kept], commune_idx[kept], suspect, len(result))
    for item, area in zip(result, zoned, strict=True):
        item.zoned_ha = float(area) / 10_000


def _may_overlap(zoning: LayerSnapshot) -> np.ndarray:
    """Per zoning row: may overlap another zone. Zones that are not suspects provably do not overlap one
    another (``coverage.analyse_coverage``); unusable rows are never measured.

    The indicators also run inside QGIS's own process (panels, atlas), where only GEOS functions as old as
    QGIS's GEOS may be called (see ``operations/child.py``): the coverage analysis re-orients
    zones with holes or several parts with ``orient_polygons`` (GEOS 3.12), which would take QGIS down.
    Those zones are suspects outright; the analysis gets the single-ring ones only.
    """
    usable = _usable(zoning)
    suspects = np.zeros(len(zoning), dtype=bool)
    rows = np.flatnonzero(usable)
    if not len(rows):
        return suspects
    simple = _single_ring(zoning.geometries[rows])
    suspects[rows[~simple]] = True
    if simple.any():
        suspects[rows[simple]] = analyse_coverage(zoning.geometries[rows[simple]], CLEAN_OVERLAP_M2).suspects
    return suspects


def _single_ring(polygons: np.ndarray) -> np.ndarray:
    """Polygons of one ring whose first point only closes it: what the coverage analysis walks without
    re-orienting (its ``_walks``)."""
    coords, index = shapely.get_coordinates(polygons, return_index=True)
    counts = np.bincount(index, minlength=len(polygons))
    first = np.cumsum(counts) - counts
    at_start = np.all(coords == coords[first[index]], axis=1)
    closes = np.bincount(index, weights=at_start, minlength=len(polygons))
    holes = shapely.get_num_interior_rings(shapely.get_geometry(polygons, 0))
    one_part = (shapely.get_num_geometries(polygons) == 1) & (holes == 0)
    return one_part & (closes == 2) & (counts >= 4)


def _union_areas(parts, areas, commune_idx, suspect, count: int) -> np.ndarray:
    """m² of the union of ``parts`` per commune, without dissolving whole communes: the parts that overlap
    no other add up; those whose interiors meet another part of their commune (only pairs with a suspect
    can) are dissolved together, one union per commune that has any."""
    zoned = np.bincount(commune_idx, weights=areas, minlength=count)
    suspects = np.flatnonzero(suspect)
    if not len(suspects):
        return zoned
    found, other = STRtree(parts).query(parts[suspects], predicate="intersects")
    first = suspects[found]
    pair = (first != other) & (commune_idx[first] == commune_idx[other])
    first, other = first[pair], other[pair]
    meet = shapely.relate_pattern(parts[first], parts[other], "2********")
    involved = np.zeros(len(parts), dtype=bool)
    involved[first[meet]] = involved[other[meet]] = True
    zoned -= np.bincount(commune_idx[involved], weights=areas[involved], minlength=count)
    for commune in np.unique(commune_idx[involved]):
        zoned[commune] += shapely.area(shapely.union_all(parts[involved & (commune_idx == commune)]))
    return zoned


def _axes(result, tree, communes, axes):
    commune_idx, rows, lengths = _pieces(tree, communes, axes, shapely.length)
    if not len(rows):
        return
    km = lengths / 1000
    by_mode = _accumulate(commune_idx, axes.column("mode")[rows], km, len(result), NOISE_KM)
    by_hierarchy = _accumulate(commune_idx, axes.column("hierarchy")[rows], km, len(result), NOISE_KM)
    for item, modes, hierarchies in zip(result, by_mode, by_hierarchy, strict=False):
        item.axes_km_by_mode = dict(sorted(modes.items(), key=lambda kv: str(kv[0])))
        item.axes_km_by_hierarchy = dict(sorted(hierarchies.items(), key=lambda kv: str(kv[0])))


def _green(result, tree, communes, green):
    commune_idx, rows, areas = _pieces(tree, communes, green, shapely.area)
    if not len(rows):
        return
    public = np.array([bool(v) for v in green.column("public_access")[rows]], dtype=bool)
    kinds, names = green.column("kind")[rows], green.column("name")[rows]
    for commune, area, is_public, kind, name in zip(commune_idx, areas, public, kinds, names, strict=False):
        item = result[commune]
        if area <= NOISE_HA * 10_000:
            continue
        item.green_m2 += float(area)
        if is_public:
            item.public_green_m2 += float(area)
        if kind == "corridor" and (name or "") not in item.corridors:
            item.corridors.append(name or "")


def _sites(result, tree, communes, sites):
    commune_idx, rows, areas = _pieces(tree, communes, sites, shapely.area)
    if not len(rows):
        return
    order = np.lexsort((areas, rows))  # the commune holding most of each site gets its programme
    last = np.r_[rows[order][1:] != rows[order][:-1], True]
    for index in order[last]:
        row, item = rows[index], result[commune_idx[index]]
        item.housing_units += int(sites.column("housing_units")[row] or 0)
        item.jobs += int(sites.column("jobs")[row] or 0)
        item.floor_area_m2 += float(sites.column("floor_area_m2")[row] or 0.0)
