"""Build plan snapshots from WKT for check tests: ``make_plan(communes=[(wkt, attrs)], zoning=[…])``.

Feature ids are 1-based positions in each list, like GeoPackage fids.
"""

from __future__ import annotations

import shapely

from masterplan_plugin.core.model import plan_schema
from masterplan_plugin.core.plan import PlanSnapshot, layer_snapshot

CRS = "EPSG:3035"
LAYER_ARGS = {
    "communes": "communes",
    "zoning": "zoning",
    "axes": "mobility_axes",
    "green": "green_spaces",
    "sites": "sites",
}


def features(rows, crs=CRS, name="layer", working_crs=CRS):
    """A LayerSnapshot from [(wkt or None, {attrs})]."""
    geometries = [shapely.from_wkt(wkt) if wkt else None for wkt, _ in rows]
    keys = sorted({key for _, attrs in rows for key in attrs})
    attributes = {key: [attrs.get(key) for _, attrs in rows] for key in keys}
    ids = list(range(1, len(rows) + 1))
    return layer_snapshot(name, geometries, ids, attributes, crs, working_crs)


def make_plan(crs=CRS, allowed_gaps=None, **layers):
    snapshot_layers = {}
    for spec in plan_schema().layers:
        snapshot_layers[spec.name] = features([], name=spec.name, working_crs=crs)
    for arg, rows in layers.items():
        name = LAYER_ARGS.get(arg, arg)
        snapshot_layers[name] = features(rows, crs=crs, name=name, working_crs=crs)
    gaps = None if allowed_gaps is None else shapely.from_wkt(allowed_gaps)
    return PlanSnapshot(crs, snapshot_layers, "test", gaps)


def commune(code, minx, miny, maxx, maxy, country="FR", name=None, population=1000):
    wkt = shapely.box(minx, miny, maxx, maxy).wkt
    standard = {"FR": "CNIG", "LU": "PAG", "BE": "PDS"}[country]
    return wkt, {
        "code": code,
        "name": name or code,
        "country": country,
        "zoning_standard": standard,
        "population": population,
    }


def zone(wkt_or_box, commune_code, code="U", hilucs="5_1", standard="CNIG", status="existing"):
    wkt = shapely.box(*wkt_or_box).wkt if isinstance(wkt_or_box, tuple) else wkt_or_box
    return wkt, {
        "commune_code": commune_code,
        "standard": standard,
        "national_code": code,
        "hilucs_code": hilucs,
        "status": status,
    }
