"""GEOM_INVALID and GEOM_EMPTY on every plan layer.

GEOM_INVALID is located at the defect GEOS reports (the self-intersection point, the ring error), not at
the feature's centroid: a planner zooms straight to the bow-tie's crossing.
"""

from __future__ import annotations

import re

import numpy as np
import shapely

from ..findings import Finding
from ..model import FINDINGS
from ..sources import source_refs
from .degenerate import collapsed
from .registry import check

NON_FINITE = "Non-finite coordinate"  # GEOS calls a ring through an infinite vertex valid
_LOCATION = re.compile(r"\[([-+0-9.eE]+)\s+([-+0-9.eE]+)\]")


@check("geometry", "GEOM_INVALID", "GEOM_EMPTY")
def check_geometry(snapshot, profile, context) -> list[Finding]:
    findings = []
    for name, layer in snapshot.layers.items():
        if name == FINDINGS or not len(layer):
            continue
        geometries = layer.geometries
        missing = shapely.is_missing(geometries) | shapely.is_empty(geometries)
        empty = np.flatnonzero(missing)
        for row, ref in zip(empty, source_refs(layer, empty), strict=True):
            findings.append(
                Finding(
                    "GEOM_EMPTY",
                    profile.severity("GEOM_EMPTY"),
                    name,
                    (int(layer.ids[row]),),
                    None,
                    params={"layer": name, "ids": f"#{int(layer.ids[row])}", "features": [ref]},
                )
            )
        invalid = ~missing & ~layer.usable  # present but not valid
        rows = np.flatnonzero(invalid)
        if layer.transformed and profile.enabled("GEOM_DEGENERATE"):
            rows = rows[~collapsed(geometries[rows])]  # no area at all: one GEOM_DEGENERATE finding
        if not len(rows):
            continue
        reasons = shapely.is_valid_reason(geometries[rows])
        reasons[~np.isfinite(shapely.bounds(geometries[rows])).all(axis=1)] = NON_FINITE
        communes = context.communes_of(geometries[rows])
        for row, reason, codes, ref in zip(rows, reasons, communes, source_refs(layer, rows), strict=True):
            fid = int(layer.ids[row])
            findings.append(
                Finding(
                    "GEOM_INVALID",
                    profile.severity("GEOM_INVALID"),
                    name,
                    (fid,),
                    _defect_location(geometries[row], reason),
                    codes,
                    params={"layer": name, "ids": f"#{fid}", "features": [ref], "reason": reason},
                )
            )
    return findings


def _defect_location(geometry, reason: str):
    """The point named in GEOS's reason ('Self-intersection[x y]'), else the geometry itself."""
    match = _LOCATION.search(reason or "")
    if match:
        return shapely.Point(float(match.group(1)), float(match.group(2)))
    return geometry
