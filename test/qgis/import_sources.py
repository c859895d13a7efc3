"""Source files for the import tests: what a planning office receives (GeoJSON in Lambert-93, the usual
field names of each standard), written with real coordinates so that reprojection and location matter."""

from __future__ import annotations

import json
from pathlib import Path

X0, Y0 = 930_000, 6_930_000  # near Villerupt, EPSG:2154
CRS = "EPSG:2154"


def square(x, y, size):
    x, y = X0 + x, Y0 + y
    return {"type": "Polygon", "coordinates": [[[x, y], [x + size, y], [x + size, y + size], [x, y + size],
                                                [x, y]]]}


def line(*points):
    return {"type": "LineString", "coordinates": [[X0 + x, Y0 + y] for x, y in points]}


def write_geojson(path: Path, rows: list[tuple[dict, dict]], crs: str = CRS) -> Path:
    """[(properties, geometry)] as a GeoJSON FeatureCollection declaring ``crs``."""
    code = crs.split(":")[1]
    collection = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{code}"}},
        "features": [{"type": "Feature", "properties": props, "geometry": shape} for props, shape in rows],
    }
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def communes_file(path: Path, names=("Villerupt", "Audun-le-Tiche")) -> Path:
    """Two 2 km communes side by side, with the French field names (code INSEE, nom, population)."""
    rows = [({"code": "54580", "nom": names[0], "population": 9500}, square(0, 0, 2000)),
            ({"code": "57038", "nom": names[1], "population": 7000}, square(2000, 0, 2000))]
    return write_geojson(path, rows)


def zoning_file(path: Path, zones=None) -> Path:
    """A CNIG ZONE_URBA without INSEE field: each zone's commune must come from its location. By default
    two zones in Villerupt, one in Audun-le-Tiche, and one there whose code no crosswalk knows."""
    zones = zones or [("UA", "U", (100, 100, 800)), ("N", "N", (1000, 100, 800)),
                      ("AUc", "AUc", (2100, 100, 800)), ("ZZ", "XX", (3000, 100, 800))]
    rows = [({"LIBELLE": label, "TYPEZONE": code, "FORMDOMI": None}, square(*box))
            for label, code, box in zones]
    return write_geojson(path, rows)


def axes_file(path: Path) -> Path:
    rows = [({"nom": "Rue de la Frontière", "hierarchie": "main_street", "mode": "road",
              "statut": "existing"},
             line((100, 1000), (1900, 1000))),
            ({"nom": "Tram", "hierarchie": "main_street", "mode": "tram", "statut": "planned"},
             line((2100, 500), (3900, 500)))]
    return write_geojson(path, rows)
