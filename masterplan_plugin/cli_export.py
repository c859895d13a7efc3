"""The command line's ``export`` sub-command: CNIG PLU folders, INSPIRE Planned Land Use, the findings.

    python -m masterplan_plugin export PLAN --cnig DIR [--communes CODE ...] [--date AAAAMMJJ] [--overwrite]
    python -m masterplan_plugin export PLAN --inspire FILE.gml|FILE.gpkg [--date AAAAMMJJ] [--crs EPSG:3035]
    python -m masterplan_plugin export PLAN --findings FILE.gpkg|FILE.csv|FILE.html [--language fr]

``cli.py`` wires it: ``add_export_parser(commands)`` in ``build_parser`` and ``"export": export_request``
in ``REQUESTS``: the registry's ``export_national`` or ``export_findings`` operation. Errors are
``MasterplanError``s, which ``cli.main`` turns into exit code 2.
"""

from __future__ import annotations

from pathlib import Path


def add_export_parser(commands) -> None:
    export = commands.add_parser(
        "export", help="export the zoning: CNIG PLU folders (French communes) or INSPIRE Planned Land Use"
    )
    export.add_argument("plan", type=Path)
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--cnig", type=Path, metavar="DIR", help="folder for the <INSEE>_PLU_<date> documents"
    )
    target.add_argument(
        "--inspire", type=Path, metavar="FILE", help="INSPIRE PLU file: .gml (GML 3.2) or .gpkg"
    )
    target.add_argument(
        "--findings", type=Path, metavar="FILE", help="the plan's findings: .gpkg, .csv or .html"
    )
    export.add_argument(
        "--communes", nargs="+", metavar="INSEE", help="CNIG: these communes (default: all French)"
    )
    export.add_argument("--date", metavar="AAAAMMJJ", help="approval date / validFrom (default: today)")
    export.add_argument(
        "--overwrite", action="store_true", help="CNIG: replace document folders already there"
    )
    export.add_argument(
        "--dateref", metavar="AAAAMMJJ", help="CNIG: date of the cadastral reference (DATEREF)"
    )
    export.add_argument("--siren", help="CNIG: SIREN of the intercommunality that approved the PLU")
    export.add_argument("--no-subcodes", action="store_true", help="CNIG: leave DESTDOMI/FORMDOMI out")
    export.add_argument("--crs", choices=["EPSG:4258", "EPSG:3035"], default="EPSG:4258", help="INSPIRE CRS")
    export.add_argument("--namespace", help="INSPIRE: namespace of the inspireIds")
    export.add_argument("--language", default="en", choices=["en", "fr", "de"], help="findings: language")


def export_request(args):
    """The registry request of the ``export`` arguments."""
    from .operations.export_findings import ExportFindingsRequest
    from .operations.export_national import ExportNationalRequest

    if args.findings:
        return ExportFindingsRequest(args.plan, args.findings, language=args.language)
    if args.cnig:
        document = {key: value for key, value in (("DATEREF", args.dateref), ("SIREN", args.siren)) if value}
        return ExportNationalRequest(args.plan, "cnig", args.cnig, date=args.date,
                                     communes=tuple(args.communes) if args.communes else None,
                                     overwrite=args.overwrite, document=document,
                                     subcode_fields=not args.no_subcodes)
    return ExportNationalRequest(args.plan, "inspire", args.inspire, date=args.date, crs=args.crs,
                                 namespace=args.namespace)


def run_export(args) -> int:
    """Run the ``export`` sub-command in this process (QGIS not needed); its exit code."""
    from .operations.registry import run_request

    result = run_request(export_request(args))
    for line in result.summary_lines():
        print(line)
    return result.exit_code()
