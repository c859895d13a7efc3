"""ATTR_MISSING and ATTR_UNKNOWN_CODE: mandatory attributes and code lists.

- Mandatory fields are those the data model marks ``required``; one finding per feature lists them all.
- Unknown codes: a zone's national code that its standard's code list does not know (the crosswalk is
  the code list: a code we cannot harmonise is never guessed), a value outside a model domain (mode,
  status, country…), and a zone's commune code that names no commune of the plan.
"""

from __future__ import annotations

import numpy as np

from .. import nomenclature
from ..columns import combined
from ..findings import Finding
from ..model import COMMUNES, FINDINGS, ZONING, plan_schema
from ..sources import source_refs
from .registry import check


@check("attributes", "ATTR_MISSING", "ATTR_UNKNOWN_CODE")
def check_attributes(snapshot, profile, context) -> list[Finding]:
    findings = []
    for spec in plan_schema().layers:
        if spec.name == FINDINGS:
            continue
        layer = snapshot.layer(spec.name)
        if not len(layer):
            continue
        findings += _missing(layer, spec, profile, context)
        findings += _outside_domains(layer, spec, profile, context)
    zoning = snapshot.layer(ZONING)
    if len(zoning):
        findings += _unknown_zone_codes(zoning, profile, context)
        findings += _unknown_communes(zoning, snapshot.layer(COMMUNES), profile, context)
    return findings


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _not_in(column, allowed: set) -> np.ndarray:
    """Filled in but not one of ``allowed``."""
    return column.per_value(lambda v: not _blank(v) and str(v) not in allowed)


def _empty(layer, name: str) -> np.ndarray:
    """Null or blank: decided once per distinct value of the column."""
    return layer.distinct(name).per_value(_blank)


def _missing(layer, spec, profile, context) -> list[Finding]:
    required = [name for name in spec.required_fields if name != "fingerprint"]
    masks = {name: _empty(layer, name) for name in required}
    if not masks:
        return []
    any_missing = np.logical_or.reduce(list(masks.values()))
    rows = np.flatnonzero(any_missing)
    params = [{"fields": ", ".join(name for name, mask in masks.items() if mask[row])} for row in rows]
    return _findings("ATTR_MISSING", layer, rows, params, profile, context)


def _outside_domains(layer, spec, profile, context) -> list[Finding]:
    schema = plan_schema()
    findings = []
    for field in spec.fields:
        if not field.domain:
            continue
        rows = np.flatnonzero(_not_in(layer.distinct(field.name), set(schema.domain_values(field.domain))))
        values = layer.column(field.name)
        params = [{"field": field.name, "value": values[row], "codelist": field.domain} for row in rows]
        findings += _findings("ATTR_UNKNOWN_CODE", layer, rows, params, profile, context)
    return findings


def _unknown_zone_codes(zoning, profile, context) -> list[Finding]:
    def unknown(key) -> bool:
        standard, code, subcode = key
        if code is None or standard not in nomenclature.STANDARDS:
            return False  # empty code: ATTR_MISSING; unknown standard: the domain check above
        return nomenclature.harmonise(standard, code, subcode) is None

    keys = combined(*(zoning.distinct(name) for name in ("standard", "national_code", "national_subcode")))
    rows = np.flatnonzero(keys.per_value(unknown))
    codes, standards = zoning.column("national_code"), zoning.column("standard")
    params = [{"field": "national_code", "value": codes[row], "codelist": standards[row]} for row in rows]
    return _findings("ATTR_UNKNOWN_CODE", zoning, rows, params, profile, context)


def _unknown_communes(zoning, communes, profile, context) -> list[Finding]:
    known = set(communes.column("code").tolist()) - {None}
    rows = np.flatnonzero(_not_in(zoning.distinct("commune_code"), known))
    declared = zoning.column("commune_code")
    params = [{"field": "commune_code", "value": declared[row], "codelist": COMMUNES} for row in rows]
    return _findings("ATTR_UNKNOWN_CODE", zoning, rows, params, profile, context)


def _findings(rule, layer, rows, params, profile, context) -> list[Finding]:
    """One finding per row, located on the feature; communes looked up in one spatial query."""
    if not len(rows):
        return []
    geometries = layer.geometries[rows]
    communes = context.communes_of(geometries)
    refs = source_refs(layer, rows)
    severity = profile.severity(rule)
    return [
        Finding(
            rule,
            severity,
            layer.name,
            (int(layer.ids[row]),),
            geometry,
            codes,
            params={"layer": layer.name, "ids": f"#{int(layer.ids[row])}", "features": [ref], **extra},
        )
        for row, geometry, codes, ref, extra in zip(rows, geometries, communes, refs, params, strict=True)
    ]
