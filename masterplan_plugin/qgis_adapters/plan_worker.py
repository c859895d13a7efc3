"""The child process the workspace's background tasks run: ``python -m
masterplan_plugin.qgis_adapters.plan_worker COMMAND JSON``, COMMAND one of ``validate``, ``decide``,
``export``, ``import``.

Why a process and not a thread of QGIS: inside the QGIS desktop, shapely's own GEOS (3.13, bundled with the
wheel) shares the process with the GEOS QGIS links (3.11 on Debian bookworm). The dynamic linker binds
shapely's calls to whichever library provides a symbol first, so in QGIS's process functions newer than
QGIS's GEOS (``coverage_is_valid``, ``orient_polygons``…) crash QGIS, and WKT/WKB writers with shapely's
default output dimension fail. A child Python process loads shapely's GEOS alone, so the checks, the
register writes and the report writers run there exactly as on the command line. The child also leaves the
GIL of QGIS's Python to the GUI, and a cancel stops it at once: the register is written in one transaction
at the end, so a killed run leaves it as it was.

Protocol on stdout, one line each, tab-separated: ``PROGRESS <percent> <step>`` any number of times, then
``DONE <json>`` or ``ERROR <json>`` (a ``MasterplanError``'s message and details). Other lines are logs.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

PROGRESS, DONE, ERROR = "PROGRESS", "DONE", "ERROR"


def emit(kind: str, payload: str) -> None:
    print(f"{kind}\t{payload}", flush=True)


def validate(args: dict) -> dict:
    from ..core.checks.profile import profile_from_dict
    from .validation import validate_plan

    profile = profile_from_dict(args["profile"]) if args.get("profile") is not None else None
    result = validate_plan(args["plan"], profile,
                           progress=lambda percent, step: emit(PROGRESS, f"{percent:.1f}\t{step}"))
    return {"crs": result.crs, "timings": result.timings, "findings": len(result.register)}


def decide(args: dict) -> dict:
    from ..core.errors import InputError
    from ..core.register import set_decision
    from .validation import read_register, write_register

    register = read_register(args["plan"])
    try:
        for fingerprint in args["fingerprints"]:
            register = set_decision(register, fingerprint, args["decision"], args.get("justification", ""))
    except ValueError as error:
        raise InputError("A finding can only be accepted with a justification.", str(error)) from error
    write_register(args["plan"], register)
    return {"decided": len(args["fingerprints"])}


def export(args: dict) -> dict:
    from . import findings_export
    from .plan_store import plan_crs
    from .validation import read_register

    plan, kind, target = args["plan"], args["kind"], Path(args["target"])
    language = args.get("language", "en")
    if kind == "gpkg":
        findings_export.export_geopackage(plan, target)
    elif kind == "csv":
        findings_export.export_csv(read_register(plan), target, language)
    elif kind == "html":
        findings_export.export_html(plan, plan_crs(plan), read_register(plan), target, language)
    else:
        raise ValueError(f"unknown export {kind!r}")
    return {"target": str(target)}


def import_layer(args: dict) -> dict:
    """Import a file (or a copy of a QGIS layer) into a plan layer, or a CNIG document folder
    (``cnig_document``); the toolbar's Import dialog and the Processing import algorithms call it. With
    ``refresh_project`` the plan's saved project is zoomed on its features and its legends follow.
    ``{"reports": [ImportReport as a dict, ...]}``."""
    if args.get("cnig_document"):
        from .cnig_document import import_cnig_document

        reports = import_cnig_document(args["plan"], args["cnig_document"], mode=args.get("mode"))
    else:
        from .plan_import import import_file

        reports = [import_file(args["plan"], args["plan_layer"], args["source"], layer=args.get("layer"),
                               fields=args.get("fields"), constants=args.get("constants"),
                               standard=args.get("standard"), source_crs=args.get("source_crs"),
                               source_name=args.get("source_name"), source_fids=args.get("source_fids", True),
                               mode=args.get("mode"), key=args.get("key"))]
    if args.get("refresh_project"):  # the saved project, not open in QGIS, opens on what came in
        from .plan_store import refresh_project_view
        from .qgis_app import headless_qgis

        with headless_qgis():  # reading and writing a project needs QGIS, the import itself only GDAL
            refresh_project_view(args["plan"])
    return {"reports": [report.to_dict() for report in reports]}


COMMANDS = {"validate": validate, "decide": decide, "export": export, "import": import_layer}


def emit_error(error) -> None:
    """A ``MasterplanError`` for the parent, which raises it again (translatable: template and values)."""
    emit(ERROR, json.dumps({"message": error.message, "template": error.template, "values": error.values,
                            "details": error.details}, default=str))


def serve(commands: dict, argv: list[str]) -> int:
    """The child side of every worker: run ``commands[argv[0]](json argv[1])``, answer DONE or ERROR."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s: %(message)s")
    from ..core.errors import MasterplanError, PlanError

    if len(argv) != 2 or argv[0] not in commands:
        emit_error(MasterplanError("Unknown worker command.", " ".join(argv)))
        return 2
    try:
        payload = commands[argv[0]](json.loads(argv[1]))
    except MasterplanError as error:
        emit_error(error)
        return 2
    except OSError as error:
        emit_error(PlanError("A file could not be written.", str(error)))
        return 2
    emit(DONE, json.dumps(payload, default=str))
    return 0


def main(argv: list[str]) -> int:
    return serve(COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
