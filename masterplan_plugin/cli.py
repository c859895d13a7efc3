"""Command line: the same core and adapter calls as the toolbar and Processing.

Exit codes: 0 success, 1 the plan has open error findings (validate), 2 unusable input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .core.errors import MasterplanError

LOG = logging.getLogger("masterplan_plugin")
EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
IMPORT_LAYERS = {"communes": "communes", "zoning": "zoning", "axes": "mobility_axes",
                 "green": "green_spaces", "sites": "sites"}
FIELD_OPTIONS = {"code": "the commune code, or the zone's national code", "subcode": "the zone's sub-code",
                 "name": "the name", "label": "the zone label", "commune": "the zone's commune code",
                 "population": "the population"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m masterplan_plugin",
                                     description="Cross-border urban master plans: create, import, check.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    commands = parser.add_subparsers(dest="command", required=True)

    new = commands.add_parser("new", help="create an empty plan (GeoPackage + QGIS project)")
    new.add_argument("plan", type=Path)
    new.add_argument("--crs", default="EPSG:3035", help="metric working CRS (default EPSG:3035)")
    new.add_argument("--overwrite", action="store_true")

    imp = commands.add_parser("import", help="import a vector file into a plan layer")
    imp.add_argument("plan", type=Path)
    source = imp.add_mutually_exclusive_group(required=True)
    for option, layer in IMPORT_LAYERS.items():
        source.add_argument(f"--{option}", type=Path, metavar="FILE", help=f"file for the {layer} layer")
    imp.add_argument("--layer", help="layer name inside the file (default: the first)")
    imp.add_argument("--source-crs", help="CRS of the file when it declares none")
    imp.add_argument("--standard", choices=["cnig", "pag", "pds", "hilucs"], help="zoning standard")
    imp.add_argument("--country", choices=["FR", "LU", "BE"], help="country of the communes")
    for name, meaning in FIELD_OPTIONS.items():
        imp.add_argument(f"--{name}-field", metavar="FIELD", help=f"source field holding {meaning}")

    demo = commands.add_parser("demo", help="build the demo cross-border plan")
    demo.add_argument("directory", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        from .qgis_adapters.qgis_app import headless_qgis

        with headless_qgis():
            return COMMANDS[args.command](args)
    except MasterplanError as error:
        print(f"error: {error.message}", file=sys.stderr)
        if error.details:
            print(f"  {error.details}", file=sys.stderr)
        return EXIT_INPUT


def run_new(args) -> int:
    from .qgis_adapters.plan_store import create_plan

    files = create_plan(args.plan, args.crs, overwrite=args.overwrite)
    print(f"Created plan {files.gpkg} ({args.crs}) and project {files.project}")
    return EXIT_OK


def run_import(args) -> int:
    from .qgis_adapters.plan_import import import_file

    option, plan_layer = next((o, layer) for o, layer in IMPORT_LAYERS.items() if getattr(args, o))
    fields = {"name": args.name_field, "population": args.population_field, "label": args.label_field,
              "commune_code": args.commune_field, "national_subcode": args.subcode_field,
              "national_code" if plan_layer == "zoning" else "code": args.code_field}
    constants = {}
    if plan_layer == "communes" and args.country:
        constants = {"country": args.country,
                     "zoning_standard": {"FR": "CNIG", "LU": "PAG", "BE": "PDS"}[args.country]}
    report = import_file(args.plan, plan_layer, getattr(args, option), layer=args.layer, fields=fields,
                         constants=constants, standard=args.standard, source_crs=args.source_crs)
    print(f"Imported {report.count} features into {plan_layer} from {report.source} ({report.source_crs})")
    for code, count in sorted(report.unknown_codes.items()):
        print(f"  unknown {args.standard} code {code!r}: {count} feature(s), left without HILUCS class")
    return EXIT_OK


def run_demo(args) -> int:
    from .qgis_adapters.demo_builder import build_demo

    plan, reports = build_demo(args.directory)
    for report in reports:
        print(f"  {report.plan_layer:<14} {report.count:>4} features from {Path(report.source).name} "
              f"({report.source_crs})")
    print(f"Demo plan: {plan.gpkg}\nQGIS project: {plan.project}")
    return EXIT_OK


COMMANDS = {"new": run_new, "import": run_import, "demo": run_demo}
