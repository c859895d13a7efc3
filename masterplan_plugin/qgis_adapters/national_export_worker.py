"""The toolbar's national exports in a child process: ``python -m
masterplan_plugin.qgis_adapters.national_export_worker cnig|inspire JSON`` (protocol of ``plan_worker``).

Why a child and not the task's thread: the exports repair geometries (GEOS ``make_valid``), merge them and
write them as WKB through shapely, which in the QGIS desktop's own process binds to QGIS's older GEOS (see
``plan_worker``). The answers are plain counts for the message bar, plus the command line's summary for the
log.
"""

from __future__ import annotations

import sys

from .plan_worker import PROGRESS, emit, serve

WORKER_MODULE = "masterplan_plugin.qgis_adapters.national_export_worker"


def export_cnig(args: dict) -> dict:
    from ..core.cnig_export import SKIPPING
    from .national_export import describe_cnig_export, export_cnig_folders

    emit(PROGRESS, "5.0\tCNIG")
    report = export_cnig_folders(args["plan"], args["out_dir"], communes=args.get("communes"),
                                 approval_date=args.get("approval_date"),
                                 overwrite=bool(args.get("overwrite")))
    documents = [{"insee": item.insee, "name": item.name, "folder": str(item.folder), "zones": item.zones,
                  "skipped": len(item.skipped),
                  "remarks": sum(1 for issue in item.issues if issue.kind not in SKIPPING)}
                 for item in report.documents]
    return {"out_dir": str(report.out_dir), "date": report.date, "documents": documents,
            "written_documents": list(report.written_documents),
            "other_standard_zones": report.other_standard_zones,
            "description": describe_cnig_export(report)}


def export_inspire(args: dict) -> dict:
    from .national_export import describe_inspire_export, export_inspire_plu

    emit(PROGRESS, "5.0\tINSPIRE")
    report = export_inspire_plu(args["plan"], args["out_path"], valid_from=args.get("valid_from"),
                                crs=args.get("crs"))
    return {"path": str(report.path), "encoding": report.encoding, "crs": report.crs, "zones": report.zones,
            "plans": report.plans, "remarks": len(report.issues),
            "description": describe_inspire_export(report)}


COMMANDS = {"cnig": export_cnig, "inspire": export_inspire}


if __name__ == "__main__":
    sys.exit(serve(COMMANDS, sys.argv[1:]))
