"""Access to ../shared/realdata for tests: skip with a clear reason when the folder is absent."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import shape

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"


def realdata_path(*parts: str) -> Path:
    path = REALDATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared real data not available here: {path} (CI provides ../shared/realdata)")
    return path


def read_geojson(*parts: str) -> tuple[np.ndarray, list[dict]]:
    """Geometries (None for null) and properties of a GeoJSON file, in file (= OGR FID) order."""
    data = json.loads(realdata_path(*parts).read_text(encoding="utf-8"))
    geometries = np.array(
        [shape(f["geometry"]) if f["geometry"] else None for f in data["features"]], dtype=object
    )
    return geometries, [f["properties"] for f in data["features"]]


# --- Real municipal boundaries (boundaries/) as a plan's communes layer --------------------------------

BOUNDARY_FILES = {
    # country: (file, CRS, code field or None to use the name, name field)
    "FR": ("fr_communes_54_57_border_epsg4326.geojson", "EPSG:4326", "code_insee", "nom"),
    "LU": ("lu_communes_south_epsg2169.geojson", "EPSG:2169", None, "nom"),
    "BE": ("be_communes_seraing_epsg31370.geojson", "EPSG:31370", "nis5", "nom"),
}
STANDARD = {"FR": "CNIG", "LU": "PAG", "BE": "PDS"}


def boundaries_plan(*countries: str, working_crs: str = "EPSG:2169"):
    """A PlanSnapshot whose communes layer holds the real communes of ``countries`` (FR, LU, BE), each
    file read in its own CRS (the FR file has no ``crs`` member: GeoJSON's default, EPSG:4326) and brought
    into ``working_crs``; fids are 1-based in file order, country after country. Luxembourg's file has no
    code: the name is the code. Skips the test when the real data is absent."""
    from masterplan_plugin.core.model import COMMUNES
    from masterplan_plugin.core.plan import LayerSnapshot, empty_plan, layer_snapshot

    parts = []
    for country in countries:
        filename, crs, code_field, name_field = BOUNDARY_FILES[country]
        geometries, properties = read_geojson("boundaries", filename)
        names = [p[name_field] for p in properties]
        codes = [p[code_field] for p in properties] if code_field else names
        attributes = {
            "code": codes,
            "name": names,
            "country": [country] * len(names),
            "zoning_standard": [STANDARD[country]] * len(names),
            "population": [None] * len(names),
        }
        parts.append(layer_snapshot(COMMUNES, geometries, [0] * len(names), attributes, crs, working_crs))
    snapshot = empty_plan(working_crs, "real boundaries " + "+".join(countries))
    geometries = np.concatenate([part.geometries for part in parts])
    attributes = {key: np.concatenate([part.column(key) for part in parts]) for key in parts[0].attributes}
    ids = np.arange(1, len(geometries) + 1, dtype=np.int64)
    snapshot.layers[COMMUNES] = LayerSnapshot(COMMUNES, geometries, ids, attributes, working_crs, None)
    return snapshot
