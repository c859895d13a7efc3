"""Command line: every operation of the registry (``operations.registry``) as a sub-command.

Each sub-command turns its arguments into the operation's request (``REQUESTS``) and runs it through the
registry, as the toolbar and Processing do. ``python -m masterplan_plugin <op> --json REQUEST
--progress-lines`` is the child worker the toolbar and Processing start (``operations.child``).

Exit codes: 0 success, 1 the plan has open error findings (validate), 2 unusable input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .cli_export import add_export_parser, export_request
from .core.errors import InputError, MasterplanError
from .core.importing import DEFAULT_MODE, IMPORT_MODES
from .core.nomenclature.standards import countries, standard_of_country, zoning_standards
from .operations.base import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK  # noqa: F401 - the exit codes
from .operations.decide import DECISIONS
from .operations.indicators import FORMATS as INDICATOR_FORMATS

LOG = logging.getLogger("masterplan_plugin")
IMPORT_LAYERS = {
    "communes": "communes",
    "zoning": "zoning",
    "axes": "mobility_axes",
    "green": "green_spaces",
    "sites": "sites",
}
FIELD_OPTIONS = {
    "code": "the commune code, or the zone's national code",
    "subcode": "the zone's sub-code",
    "name": "the name",
    "label": "the zone label",
    "commune": "the zone's commune code",
    "population": "the population",
}


ATLAS_COVER_OPTIONS = {
    "organisation": "organisation on the cover",
    "author": "author on the cover and in the PDFs' metadata",
    "version": "document version on the cover",
    "status": "document status: draft, review, approved or any text",
    "sources": "data sources printed on the cover, before the zoning's source documents",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m masterplan_plugin",
        description="Cross-border urban master plans: create, import, check.",
    )
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
    source.add_argument(
        "--cnig-document",
        type=Path,
        metavar="DIR",
        help="a CNIG PLU document folder: its communes and zoning",
    )
    imp.add_argument("--layer", help="layer name inside the file (default: the first)")
    imp.add_argument("--source-crs", help="CRS of the file when it declares none")
    imp.add_argument("--standard", choices=[s.cli for s in zoning_standards()], help="zoning standard")
    imp.add_argument("--country", choices=countries(), help="country of the communes")
    for name, meaning in FIELD_OPTIONS.items():
        imp.add_argument(f"--{name}-field", metavar="FIELD", help=f"source field holding {meaning}")
    imp.add_argument(
        "--mode",
        choices=IMPORT_MODES,
        default=DEFAULT_MODE,
        help="replace (default): the plan's features of the communes present in the input are replaced, so "
        "importing a commune or a revised PLU again never duplicates it; update: features whose key matches "
        "a plan feature overwrite it, the others are added; append: everything is added",
    )
    imp.add_argument(
        "--key",
        metavar="FIELD[,FIELD]",
        help="plan fields identifying a feature in update mode (default: communes code; zones commune_code, "
        "source_document, source_fid; others name)",
    )

    validate = commands.add_parser(
        "validate",
        help="check the plan and update its findings register, or pre-check a CNIG document for the GPU",
    )
    validate.add_argument("plan", type=Path, nargs="?", help="the plan (GeoPackage)")
    validate.add_argument(
        "--cnig-document",
        type=Path,
        metavar="DIR",
        help="instead of a plan: a CNIG PLU / CC document folder, checked for the Géoportail de l'urbanisme "
        "(CNIG conformity: names, files, fields, code lists, IDURBA, encoding; and its zones' topology)",
    )
    validate.add_argument(
        "--cnig-version",
        choices=["2013", "2014", "2017"],
        help="with --cnig-document: the CNIG standard version (2017 means 2017 and later; default: "
        "detected from the tables' fields)",
    )
    validate.add_argument("--profile", type=Path, help="validation profile (JSON: tolerances, rules)")
    validate.add_argument(
        "--allowed-gaps", type=Path, metavar="FILE", help="polygons where zoning may be absent"
    )
    validate.add_argument("--format", choices=["text", "json", "html", "csv"], default="text")
    validate.add_argument("--output", type=Path, help="write the report to this file (default: stdout)")
    validate.add_argument("--language", default="en", choices=["en", "fr", "de"], help="report language")
    validate.add_argument("--dry-run", action="store_true", help="do not update the plan's register")

    demo = commands.add_parser("demo", help="build and validate the demo cross-border plan")
    demo.add_argument("directory", type=Path)

    atlas = commands.add_parser("atlas", help="export the atlas: one PDF per municipality and a combined PDF")
    atlas.add_argument("plan", type=Path)
    atlas.add_argument("--output", type=Path, required=True, metavar="DIR", help="folder for the PDFs")
    atlas.add_argument("--communes", nargs="+", metavar="CODE", help="municipality codes (default: all)")
    atlas.add_argument(
        "--format",
        dest="page_format",
        type=str.upper,
        choices=["A3", "A4"],
        default="A3",
        help="landscape page format (default A3)",
    )
    atlas.add_argument("--dpi", type=int, default=150, help="resolution of rasterised layers (default 150)")
    atlas.add_argument("--no-combined", action="store_true", help="do not write the combined PDF")
    atlas.add_argument(
        "--language",
        choices=["fr", "en", "de"],
        help="language of the pages (default: QGIS's interface language)",
    )
    atlas.add_argument(
        "--legend",
        choices=["hilucs", "national"],
        default="hilucs",
        help="zoning colours: hilucs (harmonised, default) or national (each municipality in its own "
        "standard's legend: CNIG, PAG, plan de secteur)",
    )
    for name, meaning in ATLAS_COVER_OPTIONS.items():
        atlas.add_argument(f"--{name}", metavar="TEXT", help=f"{meaning} (default: the plan's setting)")
    add_export_parser(commands)

    decide = commands.add_parser("decide", help="record a decision on findings of the plan's register")
    decide.add_argument("plan", type=Path)
    decide.add_argument("--fingerprint", nargs="+", required=True, metavar="FP", help="the findings")
    decide.add_argument("--decision", choices=DECISIONS, required=True)
    decide.add_argument("--justification", default="", help="why (required to accept a finding)")

    indicators = commands.add_parser("indicators", help="the indicators per municipality")
    indicators.add_argument("plan", type=Path)
    indicators.add_argument("--format", choices=INDICATOR_FORMATS, default="text")
    indicators.add_argument("--output", type=Path, help="write the table to this file (default: stdout)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--json" in argv:
        return child_main(argv)
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        from .qgis_adapters.qgis_app import headless_qgis

        with headless_qgis():
            return run_command(args)
    except MasterplanError as error:
        print(f"error: {error.message}", file=sys.stderr)
        if error.details:
            print(f"  {error.details}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as error:  # a defect, most likely met on unusual input: say so without a traceback
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"error: the command failed unexpectedly ({type(error).__name__}: {error}).", file=sys.stderr)
        print("  Run it again with --verbose for the details, and please report it.", file=sys.stderr)
        return EXIT_INPUT


def child_main(argv: list[str]) -> int:
    """``OP --json REQUEST [--progress-lines]``: the child worker (protocol in ``operations.child``)."""
    from .operations.child import serve

    parser = argparse.ArgumentParser(prog="python -m masterplan_plugin")
    parser.add_argument("operation")
    parser.add_argument("--json", required=True, metavar="REQUEST")
    parser.add_argument("--progress-lines", action="store_true")
    args = parser.parse_args(argv)
    return serve(args.operation, args.json, args.progress_lines)


def run_command(args) -> int:
    """The sub-command's request, run through the registry; its summary printed, its exit code."""
    from .operations.registry import run_request

    result = run_request(REQUESTS[args.command](args))
    for line in result.summary_lines():
        print(line)
    return result.exit_code()


def new_request(args):
    from .operations.new_plan import NewPlanRequest

    return NewPlanRequest(args.plan, args.crs, args.overwrite)


def import_request(args):
    from .operations.import_layer import ImportRequest

    if args.cnig_document:
        return ImportRequest(args.plan, cnig_document=args.cnig_document, mode=args.mode,
                             refresh_project=True)
    option, plan_layer = next((o, layer) for o, layer in IMPORT_LAYERS.items() if getattr(args, o))
    fields = {
        "name": args.name_field,
        "population": args.population_field,
        "label": args.label_field,
        "commune_code": args.commune_field,
        "national_subcode": args.subcode_field,
        "national_code" if plan_layer == "zoning" else "code": args.code_field,
    }
    constants = {}
    if plan_layer == "communes" and args.country:
        constants = {"country": args.country, "zoning_standard": standard_of_country(args.country).id}
    return ImportRequest(args.plan, plan_layer, getattr(args, option), layer=args.layer, fields=fields,
                         constants=constants, standard=args.standard, source_crs=args.source_crs,
                         mode=args.mode, key=args.key, refresh_project=True)


def validate_request(args):
    from .operations.precheck import PrecheckRequest
    from .operations.validate import ValidateRequest

    if (args.plan is None) == (args.cnig_document is None):
        raise InputError("Give either a plan or --cnig-document DIR to validate.")
    reports = {args.format: args.output} if args.output else {}
    report_format = None if args.output else args.format
    if args.cnig_document:
        return PrecheckRequest(args.cnig_document, args.cnig_version, profile_file=args.profile,
                               language=args.language, reports=reports, report_format=report_format)
    return ValidateRequest(args.plan, profile_file=args.profile, allowed_gaps=args.allowed_gaps,
                           write=not args.dry_run, language=args.language, reports=reports,
                           report_format=report_format)


def decide_request(args):
    from .operations.decide import DecideRequest

    return DecideRequest(args.plan, tuple(args.fingerprint), args.decision, args.justification)


def indicators_request(args):
    from .operations.indicators import IndicatorsRequest

    return IndicatorsRequest(args.plan, args.format, args.output)


def demo_request(args):
    from .operations.demo import DemoRequest

    return DemoRequest(args.directory)


def atlas_request(args):
    from .operations.atlas import COVER_FIELDS, AtlasRequest

    return AtlasRequest(args.plan, args.output, tuple(args.communes) if args.communes else None,
                        args.page_format, args.dpi, not args.no_combined, args.language, args.legend,
                        **{name: getattr(args, name) for name in COVER_FIELDS})


REQUESTS = {  # sub-command -> its arguments as a registry request
    "new": new_request,
    "import": import_request,
    "validate": validate_request,
    "decide": decide_request,
    "export": export_request,
    "indicators": indicators_request,
    "demo": demo_request,
    "atlas": atlas_request,
}
