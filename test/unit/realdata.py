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
    geometries = np.array([shape(f["geometry"]) if f["geometry"] else None for f in data["features"]],
                          dtype=object)
    return geometries, [f["properties"] for f in data["features"]]
