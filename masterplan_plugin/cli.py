"""Command line: the same core and adapter calls as the toolbar and Processing.

Exit codes: 0 success, 1 the plan has open error findings (validate), 2 unusable input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .cli_export import add_export_parser, run_export
from .core.errors import InputError, MasterplanError
from .core.importing import DEFAULT_MODE, IMPORT_MODES
from .core.nomenclature.standards import countries, standard_of_country, zoning_standards

LOG = logging.getLogger("masterplan_plugin")
EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        from .qgis_adapters.qgis_app import headless_qgis

        with headless_qgis():
            return COMMANDS[args.command](args)
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


def run_new(args) -> int:
    from .qgis_adapters.plan_store import create_plan

    files = create_plan(args.plan, args.crs, overwrite=args.overwrite)
    print(f"Created plan {files.gpkg} ({args.crs}) and project {files.project}")
    return EXIT_OK


def run_import(args) -> int:
    from .qgis_adapters.plan_import import import_file

    if args.cnig_document:
        from .qgis_adapters.cnig_document import import_cnig_document

        for report in import_cnig_document(args.plan, args.cnig_document, mode=args.mode):
            _print_import(report, "cnig")
        _refresh_project(args.plan)
        return EXIT_OK
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
        constants = {
            "country": args.country,
            "zoning_standard": standard_of_country(args.country).id,
        }
    report = import_file(
        args.plan,
        plan_layer,
        getattr(args, option),
        layer=args.layer,
        fields=fields,
        constants=constants,
        standard=args.standard,
        source_crs=args.source_crs,
        mode=args.mode,
        key=args.key,
    )
    _print_import(report, args.standard)
    _refresh_project(args.plan)
    return EXIT_OK


def _refresh_project(plan) -> None:
    """The plan's project, when it has one, opens on what was just imported (not on the empty plan)."""
    from .qgis_adapters.plan_store import refresh_project_view

    refresh_project_view(plan)


def _print_import(report, standard) -> None:
    where = f"{report.source} ({report.source_crs})"
    print(f"Imported {report.count} features into {report.plan_layer} from {where}")
    for line in import_summary_lines(report):
        print(f"  {line}")
    for code, count in sorted(report.unknown_codes.items()):
        print(f"  unknown {standard} code {code!r}: {count} feature(s), left without HILUCS class")
    for warning in report.warnings:
        print(f"  warning: {warning}")


def import_summary_lines(report) -> list[str]:
    """What the import did to the plan layer, in the words of its mode (English: the command line's)."""
    if report.mode == "replace":
        scope = [f"communes {', '.join(report.replaced)}"] if report.replaced else []
        scope += [f"document {', '.join(report.documents)}"] if report.documents else []
        where = f" ({'; '.join(scope)})" if scope else ""
        lines = [f"mode replace: {report.removed} removed{where}, {report.added} added"]
        if report.unmatched:
            lines.append(f"{report.unmatched} feature(s) outside the communes: they replaced nothing")
    elif report.mode == "update":
        lines = [f"mode update: {report.updated} updated, {report.added} added"]
        if report.unmatched:
            lines.append(f"{report.unmatched} feature(s) have no value for the key: added")
    else:
        lines = [f"mode append: {report.added} added"]
    if report.kept:
        lines.append(f"{report.kept} commune(s) already in the plan kept")
    if report.located:
        lines.append(f"{report.located} zone(s) got their commune from their location")
    if report.without_commune:
        lines.append(f"{report.without_commune} zone(s) lie outside every commune: no commune code")
    return lines


def run_validate(args) -> int:
    from .core.checks.profile import load_profile
    from .core.fileio import write_text_atomic
    from .qgis_adapters.validation import validate_plan

    if (args.plan is None) == (args.cnig_document is None):
        raise InputError("Give either a plan or --cnig-document DIR to validate.")
    profile = load_profile(args.profile) if args.profile else None
    if args.cnig_document:
        from .qgis_adapters.cnig_precheck import validate_cnig_document

        result = validate_cnig_document(args.cnig_document, args.cnig_version, profile)
    else:
        result = validate_plan(args.plan, profile, allowed_gaps=args.allowed_gaps, write=not args.dry_run)
    report = render_report(result, args.format, args.language)
    if args.output:
        write_text_atomic(args.output, report)
        print(f"Report written to {args.output}")
    else:
        print(report)
    return EXIT_FINDINGS if result.open_errors else EXIT_OK


def render_report(result, output_format: str, language: str) -> str:
    from .core import reports
    from .qgis_adapters.plan_io import read_vector

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


def run_demo(args) -> int:
    from .qgis_adapters.demo_builder import build_demo
    from .qgis_adapters.validation import validate_plan

    plan, reports = build_demo(args.directory)
    for report in reports:
        print(
            f"  {report.plan_layer:<14} {report.count:>4} features from {Path(report.source).name} "
            f"({report.source_crs})"
        )
    print(f"Demo plan: {plan.gpkg}\nQGIS project: {plan.project}")
    result = validate_plan(plan.gpkg)
    print(render_report(result, "text", "en"))
    return EXIT_OK


def run_atlas(args) -> int:
    from .qgis_adapters.atlas import describe, export_atlas

    result = export_atlas(
        args.plan,
        args.output,
        communes=args.communes,
        page_format=args.page_format,
        dpi=args.dpi,
        combined=not args.no_combined,
        language=args.language,
        legend=args.legend,
        **{name: getattr(args, name) for name in ATLAS_COVER_OPTIONS},
    )
    print(describe(result))
    return EXIT_OK


COMMANDS = {
    "new": run_new,
    "import": run_import,
    "validate": run_validate,
    "demo": run_demo,
    "atlas": run_atlas,
    "export": run_export,
}
