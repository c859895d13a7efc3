"""Which source feature a plan feature came from, so that findings name what the planner knows.

A zone is known by its label (LIBELLE), its document (IDURBA of a CNIG document, else the file it was
imported from) and its feature id in that file, not by its id in the plan: the import keeps them
(``source_document``, ``source_fid``, ``label`` in the zoning layer) and findings carry them in their
params as ``features`` (``catalogue.feature_name`` writes them into messages; reports list them).
"""

from __future__ import annotations

import numpy as np

from .plan import LayerSnapshot


def source_refs(layer: LayerSnapshot, rows) -> list[dict]:
    """For each row of ``layer``: {"id": plan fid, "label", "document", "source_fid"}, with only the
    identifiers the feature has (other layers than the zoning are named by their ``name``)."""
    rows = np.asarray(rows, dtype=np.int64)
    label = "label" if "label" in layer.attributes else "name"
    columns = {
        key: _values(layer, field, rows)
        for key, field in (("label", label), ("document", "source_document"), ("source_fid", "source_fid"))
    }
    refs = []
    for index, row in enumerate(rows.tolist()):
        ref = {"id": int(layer.ids[row])}
        for key, values in columns.items():
            value = values[index]
            if value is not None and str(value).strip():
                ref[key] = int(value) if key == "source_fid" else str(value).strip()
        refs.append(ref)
    return refs


def _values(layer: LayerSnapshot, field: str, rows: np.ndarray):
    """The field's values at ``rows`` (no full column built when the layer lacks the field: plans made
    before it existed)."""
    column = layer.attributes.get(field)
    return [None] * len(rows) if column is None else np.asarray(column, dtype=object)[rows]
