"""Which legend entries each municipality's sheets need, as plain data (no QGIS import).

The legends list what is drawn in the municipality, measured like the indicators are (pieces inside the
commune larger than the indicators' noise, so a neighbour's sliver across the border adds no entry):

- zoning, national legend: the (standard, national code) pairs of the zones, in the order of their
  standard's legend, one entry per legend class; zones whose code the standard does not know (or that
  have none) are the "unknown code" entry;
- mobility: the statuses (existing, planned) of the axes — modes and hierarchies come from the indicators.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely import STRtree

from ..indicators import NOISE_HA, NOISE_KM
from ..model import AXES, COMMUNES, ZONING, plan_schema
from ..nomenclature.legends import legend_key, national_legend
from ..plan import LayerSnapshot, PlanSnapshot

LEGEND_MODES = ("hilucs", "national")


@dataclass
class LegendPresence:
    """One municipality's legend content beyond the indicators' classes, modes and hierarchies."""

    national: list[tuple[str, str]] = field(default_factory=list)  # one (standard, code) per legend class
    unknown_zones: bool = False  # zones drawn with the unknown-code symbol
    statuses: list[str | None] = field(default_factory=list)  # axis statuses, domain order
    hierarchies: list[str | None] = field(default_factory=list)  # axis hierarchies, domain order


def check_legend_mode(legend: str | None) -> str:
    """'hilucs' (default) or 'national'; ``ValueError`` otherwise (the entry points offer a choice)."""
    mode = (legend or "hilucs").strip().lower()
    if mode not in LEGEND_MODES:
        raise ValueError(f"legend must be one of {LEGEND_MODES}, not {legend!r}")
    return mode


def legend_presence(snapshot: PlanSnapshot, codes: Iterable[str] | None = None,
                    national: bool = True) -> dict[str, LegendPresence]:
    """{commune code: LegendPresence} for the communes ``codes`` (default: all); the zones' national
    classes only when ``national`` (the harmonised legend takes its classes from the indicators)."""
    communes = snapshot.layer(COMMUNES)
    if not len(communes):
        return {}
    usable = communes.usable
    names = [str(code) for code in communes.column("code")[usable]]
    wanted = None if codes is None else set(codes)
    keep = np.array([wanted is None or name in wanted for name in names], dtype=bool)
    geometries = communes.geometries[usable][keep]
    names = [name for name, kept in zip(names, keep, strict=True) if kept]
    result = {name: LegendPresence() for name in names}
    if not names:
        return result
    if national:
        _zones(result, names, geometries, snapshot.layer(ZONING))
    _statuses(result, names, geometries, snapshot.layer(AXES))
    return result


def hierarchies_in_order(values) -> list[str | None]:
    """Axis hierarchies in the domain's order (motorway first), a missing one last."""
    order = list(plan_schema().domain_values("axis_hierarchy"))
    return sorted(values, key=lambda v: order.index(v) if v in order else len(order))


def national_pairs(snapshot: PlanSnapshot) -> set[tuple[str | None, str | None]]:
    """Every (standard, national code) of the plan's zones: the national renderer's categories."""
    zoning = snapshot.layer(ZONING)
    if not len(zoning):
        return set()
    return set(zip(zoning.column("standard"), zoning.column("national_code"), strict=True))


def _pieces(geometries, layer: LayerSnapshot, measure):
    rows = np.flatnonzero(layer.usable) if len(layer) else np.array([], dtype=int)
    if not len(rows):
        empty = np.array([], dtype=int)
        return empty, empty, np.array([])
    feature_idx, commune_idx = STRtree(geometries).query(layer.geometries[rows], predicate="intersects")
    sizes = measure(shapely.intersection(layer.geometries[rows][feature_idx], geometries[commune_idx]))
    return commune_idx, rows[feature_idx], sizes


def _zones(result: dict[str, LegendPresence], names: list[str], geometries, zoning: LayerSnapshot) -> None:
    commune_idx, rows, areas = _pieces(geometries, zoning, shapely.area)
    kept = areas > NOISE_HA * 10_000
    standards, codes = zoning.column("standard"), zoning.column("national_code")
    found: dict[str, dict[tuple[str, str], tuple[str, str]]] = {name: {} for name in names}
    for commune, row in zip(commune_idx[kept], rows[kept], strict=True):
        standard, code = standards[row], codes[row]
        key = legend_key(standard, code)
        if key is None:
            result[names[commune]].unknown_zones = True
        else:
            found[names[commune]].setdefault((str(standard).upper(), key), (standard, code))
    for name, classes in found.items():
        result[name].national = [classes[item] for item in sorted(classes, key=_legend_order)]


def _legend_order(item: tuple[str, str]) -> tuple[str, int]:
    standard, key = item
    keys = [entry.key for entry in national_legend(standard)]
    return standard, keys.index(key)


def _statuses(result: dict[str, LegendPresence], names: list[str], geometries, axes: LayerSnapshot) -> None:
    commune_idx, rows, lengths = _pieces(geometries, axes, shapely.length)
    kept = lengths / 1000 > NOISE_KM
    statuses = axes.column("status")
    order = list(plan_schema().domain_values("plan_status"))
    found: dict[str, set] = {name: set() for name in names}
    for commune, row in zip(commune_idx[kept], rows[kept], strict=True):
        found[names[commune]].add(statuses[row])
    for name, values in found.items():
        result[name].statuses = sorted(values, key=lambda v: order.index(v) if v in order else len(order))
