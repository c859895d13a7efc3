"""The findings as the doors hand them out: report texts (text, json, csv, html) and Processing's records."""

from __future__ import annotations

import json
from pathlib import Path

REPORT_FORMATS = ("text", "json", "html", "csv")


def render_report(result, output_format: str, language: str) -> str:
    """A ``ValidationResult`` or ``PrecheckResult`` as a report in ``output_format``."""
    from ..core import reports
    from ..io.plan_io import read_vector

    name = result.plan.stem
    if output_format == "json":
        return reports.to_json(name, result.crs, result.register, language)
    if output_format == "csv":
        return reports.to_csv(result.register, language)
    if output_format == "html":
        names = getattr(result, "commune_names", None)  # a CNIG pre-check has no plan to read them from
        if names is None:
            communes = read_vector(result.plan, "communes", columns=["code", "name"]).attributes
            names = dict(zip(communes["code"], communes["name"], strict=False))
        return reports.to_html(name, result.crs, result.register, names, language)
    return reports.to_text(name, result.crs, result.register, language)


def write_outputs(result, reports: dict[str, str], findings_records: Path | None, language: str) -> dict:
    """Write the reports asked for (``{format: path}``) and the finding records; the paths written."""
    from ..core.fileio import write_text_atomic
    from ..core.reports import current

    written = {}
    for output_format, path in reports.items():
        if path:
            write_text_atomic(path, render_report(result, output_format, language))
            written[output_format] = str(path)
    if findings_records:
        records = [finding_record(entry, language) for entry in current(result.register)]
        write_text_atomic(findings_records, json.dumps(records))
    return written


def finding_record(entry, language: str) -> dict:
    """One current finding for Processing's sinks: its attributes and its geometry split by dimension
    (``{"0": points, "1": lines, "2": polygons}``, each a multi-geometry as hex WKB)."""
    from ..core.checks.catalogue import rule_title

    finding = entry.finding
    attributes = [  # in the order of processing.validate.FINDING_FIELDS
        finding.rule, rule_title(finding.rule, language), finding.severity.value, finding.layer,
        ",".join(map(str, finding.feature_ids)), ",".join(finding.communes), finding.message(language),
        finding.measure, entry.fingerprint, entry.state, entry.user_status, entry.justification or None,
    ]
    return {"attributes": attributes, "parts": geometry_parts(finding.geometry)}


def geometry_parts(geometry) -> dict[str, str]:
    import numpy as np
    import shapely

    if geometry is None or geometry.is_empty:
        return {}
    parts = shapely.get_parts(geometry)
    while any(part.geom_type.startswith(("Multi", "GeometryCollection")) for part in parts):
        parts = shapely.get_parts(parts)
    parts = parts[~shapely.is_empty(parts)]
    dimensions = shapely.get_dimensions(parts)
    builders = {0: shapely.multipoints, 1: shapely.multilinestrings, 2: shapely.multipolygons}
    result = {}
    for dimension, build in builders.items():
        selected = parts[dimensions == dimension]
        if len(selected):
            multi = build(np.asarray(selected, dtype=object))
            result[str(dimension)] = shapely.to_wkb(multi, hex=True, flavor="iso", output_dimension=2)
    return result
