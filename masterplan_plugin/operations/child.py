"""The child worker's side: ``python -m masterplan_plugin <op> --json REQUEST --progress-lines``.

Why a process and not a thread of QGIS: inside the QGIS desktop, shapely's own GEOS (3.13, bundled with the
wheel) shares the process with the GEOS QGIS links (3.11 on Debian bookworm). The dynamic linker binds
shapely's calls to whichever library provides a symbol first, so in QGIS's process functions newer than
QGIS's GEOS (``coverage_is_valid``, ``orient_polygons``…) crash QGIS, and WKT/WKB writers with shapely's
default output dimension fail. A child Python process loads shapely's GEOS alone, so the checks, the
register writes, the exports and the report writers run there exactly as on the command line. The child
also leaves the GIL of QGIS's Python to the GUI, and a cancel stops it at once: the register is written in
one transaction at the end, so a killed run leaves it as it was.

Protocol on stdout, one line each, tab-separated: ``PROGRESS <percent> <step>`` any number of times, then
``DONE <result json>`` or ``ERROR <json>`` (a ``MasterplanError``'s message, template, values and details).
Other lines are logs. The parent side is ``operations.child_runner.run_worker``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys

PROGRESS, DONE, ERROR = "PROGRESS", "DONE", "ERROR"


def emit(kind: str, payload: str) -> None:
    print(f"{kind}\t{payload}", flush=True)


def emit_progress(percent: float, step: str = "") -> None:
    emit(PROGRESS, f"{float(percent):.1f}\t{step}")


def emit_error(error) -> None:
    """A ``MasterplanError`` for the parent, which raises it again (translatable: template and values)."""
    emit(ERROR, json.dumps({"message": error.message, "template": error.template, "values": error.values,
                            "details": error.details}, default=str))


def serve(name: str, request_json: str, progress_lines: bool = True) -> int:
    """Run the registry's operation ``name`` on the JSON request; answer DONE (exit 0) or ERROR (exit 2)."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s: %(message)s")
    from ..core.errors import InputError, MasterplanError, PlanError
    from .base import no_progress
    from .registry import OPERATIONS

    try:
        operation = OPERATIONS.get(name)
        if operation is None:
            raise MasterplanError("Unknown worker command.", name)
        try:
            data = json.loads(request_json)
        except ValueError as error:
            raise InputError("The request is not valid JSON.", str(error)) from error
        request = operation.request.from_dict(data)
        with _qgis_if(operation.needs_qgis):
            result = operation.run(request, emit_progress if progress_lines else no_progress, lambda: False)
    except MasterplanError as error:
        emit_error(error)
        return 2
    except OSError as error:
        emit_error(PlanError("A file could not be written.", str(error)))
        return 2
    emit(DONE, json.dumps(result.to_dict(), default=str))
    return 0


def _qgis_if(needed: bool):
    if not needed:
        return contextlib.nullcontext()
    from ..qgis_adapters.qgis_app import headless_qgis

    return headless_qgis()
