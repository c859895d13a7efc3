"""PlanSnapshot: the plan's layers as shapely arrays and attribute columns in the working CRS.

Adapters build it once (from the GeoPackage or from QGIS layers); every check reads it and none writes
it, so validation never modifies the user's data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import shapely

from . import crs as crs_tools
from .columns import Factorized, factorize, object_array
from .model import COMMUNES, plan_schema


@dataclass
class LayerSnapshot:
    name: str
    geometries: np.ndarray  # shapely geometries in the working CRS; None where the feature has none
    ids: np.ndarray  # feature ids (GeoPackage fid), int64
    attributes: dict[str, np.ndarray] = field(default_factory=dict)
    source_crs: str | None = None  # the CRS the layer was declared in (None: declared in none)
    outside_area_of_use: np.ndarray | None = None  # per feature, in its source CRS
    factorized: dict[str, Factorized] = field(default_factory=dict)  # columns by distinct value

    def __len__(self) -> int:
        return len(self.geometries)

    def column(self, name: str) -> np.ndarray:
        """An attribute column as an object array (all None when the layer lacks the field)."""
        values = self.attributes.get(name)
        return (
            np.asarray(values, dtype=object) if values is not None else np.full(len(self), None, dtype=object)
        )

    def distinct(self, name: str) -> Factorized:
        """A column by distinct value (from the reader when it knows them, else computed once)."""
        if name not in self.factorized:
            self.factorized[name] = factorize(self.column(name))
        return self.factorized[name]

    @cached_property
    def usable(self) -> np.ndarray:
        """Mask of features that geometric checks can use: present, non-empty and valid (the snapshot
        is never modified, so this is computed once)."""
        return usable_mask(self.geometries)

    def set_usable(self, mask: np.ndarray) -> None:
        """Hand over ``usable_mask(self.geometries)`` computed elsewhere (in parallel pieces)."""
        self.__dict__["usable"] = mask

    @property
    def transformed(self) -> bool:
        return self.source_crs is not None


def usable_mask(geometries: np.ndarray) -> np.ndarray:
    """Present, non-empty, valid and finite (GEOS calls a polygon with an infinite vertex valid)."""
    present = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
    usable = present & shapely.is_valid(geometries)
    with np.errstate(invalid="ignore"):
        usable[usable] = np.isfinite(shapely.bounds(geometries[usable])).all(axis=1)
    return usable


@dataclass
class PlanSnapshot:
    crs: str
    layers: dict[str, LayerSnapshot]
    name: str = "plan"
    allowed_gaps: np.ndarray | None = None  # polygons in the working CRS where zoning may be absent
    documents: dict[str, list[str]] = field(default_factory=dict)  # CNIG IDURBA -> communes it lists

    def layer(self, name: str) -> LayerSnapshot:
        if name not in self.layers:
            return LayerSnapshot(name, np.array([], dtype=object), np.array([], dtype=np.int64))
        return self.layers[name]

    def commune_codes(self) -> np.ndarray:
        return self.layer(COMMUNES).column("code")


def layer_snapshot(
    name: str,
    geometries,
    ids,
    attributes: dict[str, list],
    source_crs: str | None,
    working_crs: str,
    factorized: dict[str, Factorized] | None = None,
) -> LayerSnapshot:
    """Bring one layer into the working CRS (a layer with no CRS is kept as is: checks report it).
    ``factorized``: columns the reader already has by distinct value."""
    geometries = np.asarray(geometries, dtype=object)
    if len(geometries) and shapely.has_z(geometries).any():
        geometries = shapely.force_2d(geometries)
    outside = None
    if source_crs is not None and len(geometries):
        outside = crs_tools.outside_area_of_use(geometries, source_crs)
        geometries = crs_tools.transform_geometries(geometries, source_crs, working_crs)
    columns = {key: _object_column(values) for key, values in attributes.items()}
    ids = np.asarray(ids, dtype=np.int64)
    return LayerSnapshot(name, geometries, ids, columns, source_crs, outside, dict(factorized or {}))


def _object_column(values) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values  # arrays from the reader are taken as they are: the snapshot never writes them
    return object_array(list(values))


def empty_plan(crs: str, name: str = "plan") -> PlanSnapshot:
    """A snapshot with every model layer empty, for callers that fill only some layers."""
    empty = {
        spec.name: LayerSnapshot(spec.name, np.array([], dtype=object), np.array([], dtype=np.int64))
        for spec in plan_schema().layers
    }
    return PlanSnapshot(crs, empty, name)
