"""Work shared by several checks, computed once per run: usable geometries, spatial indexes, the commune
each zone belongs to, commune labels. Everything is vectorised (shapely 2 arrays + STRtree)."""

from __future__ import annotations

from concurrent.futures import Executor, Future
from functools import cached_property

import numpy as np
import shapely
from shapely import STRtree

from ..columns import Factorized
from ..footprint import invalid_footprints
from ..locate import majority_commune, within_commune
from ..model import AXES, COMMUNES, GREEN, ZONING
from ..plan import LayerSnapshot, PlanSnapshot, usable_mask
from .coverage import Coverage, analyse_coverage, polygon_parts
from .profile import ValidationProfile


class UsableLayer:
    """The features of a layer that geometric checks can use, with their row in the layer."""

    def __init__(self, layer: LayerSnapshot):
        self.layer = layer
        self.rows = np.flatnonzero(layer.usable) if len(layer) and layer.transformed else np.array([], int)
        self.geometries = layer.geometries[self.rows]
        self.ids = layer.ids[self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> np.ndarray:
        return self.layer.column(name)[self.rows]

    def distinct(self, name: str) -> Factorized:
        return self.layer.distinct(name).take(self.rows)

    @cached_property
    def tree(self) -> STRtree:
        return STRtree(self.geometries)


class CheckContext:
    def __init__(self, snapshot: PlanSnapshot, profile: ValidationProfile, work: CoverageWork | None = None):
        """``work``: the coverage work already started on this snapshot's communes and zoning, if any."""
        self.snapshot = snapshot
        self.profile = profile
        self._work = work if work is not None and work.belongs_to(snapshot) else None

    def usable(self, layer_name: str) -> UsableLayer:
        cache = self.__dict__.setdefault("_usable", {})
        if layer_name not in cache:
            if layer_name in (ZONING, COMMUNES):
                cache[ZONING], cache[COMMUNES], _ = self._coverage_work().layers.result()
            else:
                cache[layer_name] = UsableLayer(self.snapshot.layer(layer_name))
        return cache[layer_name]

    @property
    def communes(self) -> UsableLayer:
        return self.usable(COMMUNES)

    @property
    def zones(self) -> UsableLayer:
        return self.usable(ZONING)

    @property
    def axes(self) -> UsableLayer:
        return self.usable(AXES)

    @property
    def green(self) -> UsableLayer:
        return self.usable(GREEN)

    @cached_property
    def commune_codes(self) -> np.ndarray:
        codes = self.communes.column("code")
        # A commune without code is still a place: name it by its feature id so findings stay located.
        return np.array(
            [c if c else f"#{fid}" for c, fid in zip(codes, self.communes.ids, strict=False)], dtype=object
        )

    @cached_property
    def commune_countries(self) -> np.ndarray:
        return self.communes.column("country")

    @cached_property
    def commune_labels(self) -> np.ndarray:
        names = self.communes.column("name")
        return np.array(
            [f"{n} ({c})" if n else str(c) for n, c in zip(names, self.commune_codes, strict=False)],
            dtype=object,
        )

    @cached_property
    def communes_union(self):
        return self._coverage_work().layers.result()[2]

    @cached_property
    def plan_edge(self):
        """The outer boundary of the plan area: ends and corridors there have nowhere to continue."""
        return shapely.boundary(self.communes_union)

    def start_background_work(self, executor: Executor) -> None:
        """Start the coverage work on another core, unless it was started while the plan was read."""
        if self._work is None:
            self._work = CoverageWork(
                self.snapshot.layer(ZONING), self.snapshot.layer(COMMUNES), self.profile
            )
            self._work.start(executor)

    def ready(self, needs: int) -> bool:
        """Whether the coverage work has published what a check needs (``registry.Needs``), so that
        running it now waits for nothing."""
        if self._work is None:
            return True
        futures = (self._work.layers, self._work.coverage, self._work.uncovered)
        return all(future.done() for future in futures[: needs + 1])

    def _coverage_work(self) -> CoverageWork:
        if self._work is None:  # no worker: the work is done here, when first needed
            self._work = CoverageWork(
                self.snapshot.layer(ZONING), self.snapshot.layer(COMMUNES), self.profile
            )
            self._work.run()
        return self._work

    @property
    def coverage(self) -> Coverage:
        """Suspect zones (may overlap a neighbour) and the clean zones' union, computed once per run."""
        return self._coverage_work().coverage.result()

    @property
    def zone_suspects(self) -> np.ndarray:
        return self.coverage.suspects

    @property
    def unzoned_land(self) -> np.ndarray:
        """The polygons of the communes' area that no usable zone covers (gaps and municipal coverage
        both need them; empty without communes)."""
        return self._coverage_work().uncovered.result()

    @cached_property
    def zones_inside_communes(self) -> tuple[np.ndarray, np.ndarray]:
        """(zone rows, commune index) of the zones lying inside one commune (see ``within_commune``)."""
        if not len(self.zones) or not len(self.communes):
            return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
        return within_commune(self.zones, self.communes, self.profile.tolerance("boundary_min_offset_m"))

    @cached_property
    def commune_overlaps(self):
        """Pairs of communes drawn over one another (``communes.commune_overlaps``): COMMUNE_OVERLAP reports
        them, BOUNDARY_MISMATCH leaves them out."""
        from .communes import commune_overlaps

        return commune_overlaps(self.communes, self.profile)

    @cached_property
    def zone_commune(self) -> np.ndarray:
        """For each usable zone, the index (in ``communes``) of the commune holding most of it, or -1."""
        return majority_commune(self.zones, self.communes, self.zones_inside_communes)

    def communes_of(self, geometries: np.ndarray) -> list[tuple[str, ...]]:
        """Codes of the communes each geometry lies in (for findings' ``communes``).

        A polygon is in a commune when their interiors share an area of more than 1 m²: a gap or a zone
        that only touches a neighbour (or overlaps it by border noise) is not that neighbour's. Points and
        lines on a border belong to both sides.
        """
        result: list[list[str]] = [[] for _ in range(len(geometries))]
        if not len(self.communes) or not len(geometries):
            return [tuple() for _ in geometries]
        geom_idx, commune_idx = self.communes.tree.query(geometries, predicate="intersects")
        candidates = geometries[geom_idx]
        # Invalid polygons (GEOM_INVALID) cannot be intersected: they keep every commune they touch.
        polygonal = (shapely.get_dimensions(candidates) == 2) & shapely.is_valid(candidates)
        if polygonal.any():
            shared = shapely.area(
                shapely.intersection(
                    geometries[geom_idx[polygonal]], self.communes.geometries[commune_idx[polygonal]]
                )
            )
            keep = np.ones(len(geom_idx), dtype=bool)
            keep[np.flatnonzero(polygonal)[shared <= 1.0]] = False
            geom_idx, commune_idx = geom_idx[keep], commune_idx[keep]
        for g, c in zip(geom_idx, commune_idx, strict=False):
            result[g].append(self.commune_codes[c])
        return [tuple(sorted(set(codes))) for codes in result]

    def commune_label(self, index: int) -> str:
        return self.commune_labels[index] if index >= 0 else "?"


def union_of(layer: UsableLayer):
    return shapely.union_all(layer.geometries) if len(layer) else shapely.Polygon()


class CoverageWork:
    """The usable communes and zones, the coverage analysis, then the unzoned land, on a worker thread.

    It is the longest single piece of work on large plans and needs only the communes and the zoning, so
    a reader can start it as soon as those two are read (``Validation.layer_read``), while the other
    layers are still being read; shapely and numpy release the GIL while it works. Each result is
    published as soon as it is known: the layers (every check needs them), the suspects (the overlap
    search), then the unzoned land.
    """

    def __init__(self, zoning: LayerSnapshot, communes: LayerSnapshot, profile: ValidationProfile):
        # Everything the worker needs is taken here, on the calling thread: it touches no shared state.
        self._zoning, self._communes = zoning, communes
        self._tolerance = profile.tolerance("overlap_min_area_m2")
        self.layers: Future = Future()  # (usable zones with their index, usable communes, communes' union)
        self.coverage: Future = Future()
        self.uncovered: Future = Future()
        self._validity: list[Future] = []

    def belongs_to(self, snapshot: PlanSnapshot) -> bool:
        return snapshot.layer(ZONING) is self._zoning and snapshot.layer(COMMUNES) is self._communes

    def start(self, executor: Executor) -> None:
        # The zones' validity (GEOS releases the GIL) is split over both workers: the second one is
        # otherwise idle while the other layers are read. Submitted first, so nothing waits on work
        # queued behind it.
        halves = np.array_split(self._zoning.geometries, 2)
        self._validity = [executor.submit(usable_mask, half) for half in halves]
        executor.submit(self.run)

    def run(self) -> None:
        steps = (
            (self.layers, self._prepare),
            (self.coverage, self._analyse),
            (self.uncovered, self._unzoned),
        )
        for future, work in steps:
            try:
                future.set_result(work())
            except BaseException as error:  # handed to whichever check waits for it
                future.set_exception(error)

    def _prepare(self):
        if self._validity:
            self._zoning.set_usable(np.concatenate([part.result() for part in self._validity]))
        zones, communes = UsableLayer(self._zoning), UsableLayer(self._communes)
        zones.tree  # noqa: B018  (built here, off the checks' thread)
        return zones, communes, union_of(communes)

    def _analyse(self) -> Coverage:
        zones, communes, communes_union = self.layers.result()
        edge = shapely.boundary(communes_union) if len(communes) else None
        return analyse_coverage(zones.geometries, self._tolerance, zones.tree, edge)

    def _unzoned(self) -> np.ndarray:
        _, communes, communes_union = self.layers.result()
        if not len(communes):
            return np.array([], dtype=object)
        return without_invalid_zones(self.coverage.result().uncovered(communes_union), self._zoning)


def invalid_zone_footprints(zoning: LayerSnapshot) -> np.ndarray:
    """The repaired footprints of the zones GEOM_INVALID reports (none when the layer has no CRS: no
    zone is usable then)."""
    if not len(zoning) or not zoning.transformed:
        return np.array([], dtype=object)
    return invalid_footprints(zoning.geometries, zoning.usable)


def without_invalid_zones(land: np.ndarray, zoning: LayerSnapshot) -> np.ndarray:
    """``land`` (polygons) minus the repaired footprints of the invalid zones: the land they were drawn
    on is zoned, not a gap (their geometry is GEOM_INVALID's)."""
    footprints = invalid_zone_footprints(zoning)
    if not len(footprints) or not len(land):
        return land
    touched = np.unique(STRtree(footprints).query(land, predicate="intersects")[0])
    land = land.copy()
    land[touched] = shapely.difference(land[touched], shapely.union_all(footprints))
    parts = polygon_parts(land)[0]
    return parts[~shapely.is_empty(parts)]
