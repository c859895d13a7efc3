"""French CNIG PLU documents: the document's communes outlined from its zones.

A CNIG document (ZONE_URBA + DOC_URBA_COM tables) lists its communes by INSEE code but carries no commune
polygon. The PLU covers the whole commune, so each commune is outlined by the outer rings of the union
of its zones: holes between zones stay inside the commune, where the checks can report them as gaps.
"""

from __future__ import annotations

import numpy as np
import shapely

from .footprint import present, repaired_footprints


def commune_outlines(zones: np.ndarray, zone_communes: list, communes: list[str]) -> dict[str, object]:
    """INSEE code -> outline polygon for each commune of the document that has zones."""
    zone_communes = np.asarray(zone_communes, dtype=object)
    # An invalid zone still stands for its land: its repaired footprint outlines the commune too.
    zones = np.asarray(zones, dtype=object).copy()
    invalid = present(zones) & ~shapely.is_valid(zones)
    zones[invalid] = repaired_footprints(zones[invalid])
    usable = present(zones)
    outlines = {}
    for code in communes:
        own = zones[usable & (zone_communes == code)]
        if not len(own):
            continue
        union = shapely.union_all(own)
        shells = shapely.polygons(shapely.get_exterior_ring(shapely.get_parts(union)))
        outlines[code] = shapely.union_all(shells)
    return outlines
