"""Prepared geometries owned by one thread.

GEOS builds a prepared geometry's indexes lazily, on first use and without a lock (GEOS issue 825), and
shapely uses a geometry's prepared form in every predicate and ``STRtree.query(predicate=...)`` once it
has been prepared. Two checks on the two workers that use the same prepared array therefore race while
building those indexes and corrupt the heap. The rule: never prepare an array the context shares;
prepare a private copy, used by one check on one thread (``test/unit/checks/test_thread_safety.py``).
"""

from __future__ import annotations

import shapely


def prepared_copy(geometries):
    """New GEOS geometries equal to ``geometries`` (an array or one geometry), prepared.

    A WKB round trip (about 2 µs a polygon) is the cheapest deep copy shapely offers; its output dimension
    is given, as the default ("auto", 4) needs a GEOS newer than QGIS 3.22's where that one is loaded first.
    """
    copies = shapely.from_wkb(shapely.to_wkb(geometries, output_dimension=3))
    shapely.prepare(copies)
    return copies
