"""The algorithms' shapely work, in a child Python process: ``python -m masterplan_plugin.processing.worker
COMMAND JSON`` with COMMAND ``import``, ``validate`` or ``indicators``.

Why: inside a QGIS executable — the desktop's Toolbox and Model Designer, and ``qgis_process`` — the GEOS
that QGIS links (3.11 on Debian bookworm) is loaded first and the dynamic linker binds the shapely wheel's
calls to it, while functions newer than it go to shapely's own GEOS (3.13): ``qgis_process`` then crashes in
the land-use check and WKB writing fails (see ``qgis_adapters/plan_worker.py``, which runs the toolbar's
validation the same way). A child Python process loads shapely's GEOS alone, so the algorithms run the
checks, imports and indicators exactly as the command line does, also under ``processing.run`` in a plain
Python where it would not be needed: one code path.

The protocol is the plan worker's: ``PROGRESS <percent> <step>`` lines, then ``DONE <json>`` or
``ERROR <json>``. The parent side, ``run_worker``, follows the Processing feedback: progress, cancel (the
child is stopped; the plan's register is only written in one transaction at the end) and log lines.
"""

from __future__ import annotations

import json
import sys

from ..qgis_adapters.plan_worker import PROGRESS, emit, import_layer, serve

WORKER_MODULE = "masterplan_plugin.processing.worker"


def _progress(percent: float, step: str = "") -> None:
    emit(PROGRESS, f"{percent:.1f}\t{step}")


# --- child side ---------------------------------------------------------------------------------------------

def validate(args: dict) -> dict:
    from ..cli import render_report
    from ..core.checks.profile import profile_from_dict
    from ..core.fileio import write_text_atomic
    from ..core.reports import current
    from ..qgis_adapters.validation import validate_plan

    language = args.get("language", "en")
    result = validate_plan(args["plan"], profile_from_dict(args["profile"]),
                           allowed_gaps=args.get("allowed_gaps"), write=args.get("write", True),
                           progress=_progress)
    entries = current(result.register)
    write_text_atomic(args["findings"], json.dumps([finding_record(entry, language) for entry in entries]))
    for key, output_format in (("json", "json"), ("html", "html")):
        if args.get(key):
            write_text_atomic(args[key], render_report(result, output_format, language))
    return {"crs": result.crs, "open_errors": result.open_errors, "findings": len(entries)}


def indicators(args: dict) -> dict:
    from ..core.indicators import compute_indicators
    from ..qgis_adapters.validation import load_snapshot
    from .indicators import IndicatorTable

    snapshot = load_snapshot(args["plan"])
    _progress(40.0, "")
    result = compute_indicators(snapshot)
    table = IndicatorTable(result)
    rows = [table.row(item) for item in result.communes]
    return {"crs": snapshot.crs, "columns": table.columns(), "rows": rows}


def finding_record(entry, language: str) -> dict:
    """One current finding for the algorithm's sinks: its attributes and its geometry split by dimension
    (``{"0": points, "1": lines, "2": polygons}``, each a multi-geometry as hex WKB)."""
    from ..core.checks.catalogue import rule_title

    finding = entry.finding
    attributes = [  # in the order of validate.FINDING_FIELDS
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


COMMANDS = {"import": import_layer, "validate": validate, "indicators": indicators}


def main(argv: list[str]) -> int:
    return serve(COMMANDS, argv)


# --- parent side --------------------------------------------------------------------------------------------

def run_worker(command: str, args: dict, feedback, start: float = 0.0, end: float = 100.0,
               poll_s: float = 0.05) -> dict:
    """Run ``command`` in the child, following the Processing feedback (progress range, cancel, log)."""
    from ..qgis_adapters.tasks import run_worker as run_child

    def progress(percent: float, step: str) -> None:
        feedback.setProgress(start + (end - start) * percent / 100.0)
        if step:
            feedback.setProgressText(step)

    return run_child(command, args, progress, feedback.isCanceled, poll_s, WORKER_MODULE,
                     feedback.pushDebugInfo)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
