"""CRS_MISSING and CRS_MISMATCH: every layer is checked in the plan's metric working CRS.

A layer in another CRS is transformed (info, so the planner knows); coordinates outside the declared
CRS's area of use mean the CRS label is wrong (error: the layer would be checked in the wrong place).
"""

from __future__ import annotations

import numpy as np
import shapely

from .. import crs as crs_tools
from ..findings import Finding, Severity
from ..model import FINDINGS
from .registry import check


@check("crs", "CRS_MISSING", "CRS_MISMATCH")
def check_crs(snapshot, profile, context) -> list[Finding]:
    findings = []
    for name, layer in snapshot.layers.items():
        if name == FINDINGS or not len(layer):
            continue
        if layer.source_crs is None:
            findings.append(
                Finding(
                    "CRS_MISSING", profile.severity("CRS_MISSING"), name, (), None, params={"layer": name}
                )
            )
            continue
        outside = layer.outside_area_of_use
        if outside is not None and outside.any():
            rows = np.flatnonzero(outside)
            extent = shapely.envelope(shapely.union_all(layer.geometries[rows]))
            params = {
                "layer": name,
                "source_crs": layer.source_crs,
                "count": len(rows),
                "_variant": "message_outside",
            }
            findings.append(
                Finding(
                    "CRS_MISMATCH",
                    Severity.ERROR,
                    name,
                    tuple(int(layer.ids[r]) for r in rows),
                    extent,
                    (),
                    float(len(rows)),
                    params,
                )
            )
        elif not crs_tools.same_crs(layer.source_crs, snapshot.crs):
            extent = shapely.envelope(shapely.union_all(layer.geometries))
            findings.append(
                Finding(
                    "CRS_MISMATCH",
                    profile.severity("CRS_MISMATCH"),
                    name,
                    (),
                    extent,
                    params={"layer": name, "source_crs": layer.source_crs, "plan_crs": snapshot.crs},
                )
            )
    return findings
