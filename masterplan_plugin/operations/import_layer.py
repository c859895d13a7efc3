"""Import a vector file into a plan layer, or a CNIG PLU document folder into the plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.importing import DEFAULT_MODE
from .base import Message


@dataclass(frozen=True)
class ImportRequest(Message):
    plan: Path
    plan_layer: str | None = None  # communes, zoning, mobility_axes, green_spaces, sites
    source: Path | None = None  # the file (or a copy of a QGIS layer)
    cnig_document: Path | None = None  # or a CNIG document folder: its communes and zoning
    layer: str | None = None  # layer name inside the file (default: the first)
    fields: dict | None = None  # plan field -> source field
    constants: dict | None = None  # plan field -> value for every feature
    standard: str | None = None  # zoning standard
    source_crs: str | None = None
    source_name: str | None = None  # recorded as the source instead of the file's path
    source_fids: bool | str = True
    mode: str | None = DEFAULT_MODE  # replace, update, append
    key: list | str | None = None  # update mode: plan fields identifying a feature
    refresh_project: bool = False  # the plan's saved project opens on what came in


@dataclass
class ImportResult(Message):
    reports: list[dict]  # ImportReport as dicts
    standard: str | None = None  # as the command line names unknown codes

    def summary_lines(self, language: str = "en") -> list[str]:
        from ..io.plan_import import ImportReport

        lines = []
        for item in self.reports:
            report = ImportReport(**item)
            lines.append(f"Imported {report.count} features into {report.plan_layer} from "
                         f"{report.source} ({report.source_crs})")
            lines += [f"  {line}" for line in import_summary_lines(report)]
            lines += [f"  unknown {self.standard} code {code!r}: {count} feature(s), left without HILUCS "
                      "class" for code, count in sorted(report.unknown_codes.items())]
            lines += [f"  warning: {warning}" for warning in report.warnings]
        return lines


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


def run(request: ImportRequest, progress, is_cancelled) -> ImportResult:
    from ..core.errors import InputError

    if (request.cnig_document is None) == (request.source is None or request.plan_layer is None):
        raise InputError("Give either a file and its plan layer or a CNIG document folder to import.")
    if request.cnig_document:
        from ..io.cnig_document import import_cnig_document

        reports = import_cnig_document(request.plan, request.cnig_document, mode=request.mode)
        standard = "cnig"
    else:
        from ..io.plan_import import import_file

        reports = [import_file(request.plan, request.plan_layer, request.source, layer=request.layer,
                               fields=request.fields, constants=request.constants, standard=request.standard,
                               source_crs=request.source_crs, source_name=request.source_name,
                               source_fids=request.source_fids, mode=request.mode, key=request.key)]
        standard = request.standard
    if request.refresh_project:  # the saved project, not open in QGIS, opens on what came in
        from ..qgis_adapters.plan_project import refresh_project_view
        from ..qgis_adapters.qgis_app import headless_qgis

        with headless_qgis():  # reading and writing a project needs QGIS, the import itself only GDAL
            refresh_project_view(request.plan)
    return ImportResult([report.to_dict() for report in reports], standard)
