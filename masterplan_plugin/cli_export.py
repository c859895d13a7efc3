"""The command line's ``export`` sub-command: CNIG PLU folders and INSPIRE Planned Land Use.

    python -m masterplan_plugin export PLAN --cnig DIR [--communes CODE ...] [--date AAAAMMJJ] [--overwrite]
    python -m masterplan_plugin export PLAN --inspire FILE.gml|FILE.gpkg [--date AAAAMMJJ] [--crs EPSG:3035]

``cli.py`` wires it: ``add_export_parser(commands)`` in ``build_parser`` and ``"export": run_export`` in
``COMMANDS``. Errors are ``MasterplanError``s, which ``cli.main`` turns into exit code 2.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0


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


def run_export(args) -> int:
    from .qgis_adapters.national_export import (
        describe_cnig_export,
        describe_inspire_export,
        export_cnig_folders,
        export_inspire_plu,
    )

    if args.cnig:
        document = {key: value for key, value in (("DATEREF", args.dateref), ("SIREN", args.siren)) if value}
        report = export_cnig_folders(
            args.plan,
            args.cnig,
            communes=args.communes,
            approval_date=args.date,
            overwrite=args.overwrite,
            document=document,
            subcode_fields=not args.no_subcodes,
        )
        print(describe_cnig_export(report))
    else:
        report = export_inspire_plu(
            args.plan, args.inspire, valid_from=args.date, namespace=args.namespace, crs=args.crs
        )
        print(describe_inspire_export(report))
    return EXIT_OK
