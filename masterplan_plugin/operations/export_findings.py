"""Export the plan's findings: a GeoPackage, a CSV table or an HTML report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .base import Message

KINDS = {".gpkg": "gpkg", ".csv": "csv", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class ExportFindingsRequest(Message):
    plan: Path
    target: Path
    kind: str | None = None  # gpkg, csv or html; default from the target's suffix
    language: str = "en"


@dataclass
class ExportFindingsResult(Message):
    target: str
    kind: str

    def summary_lines(self, language: str = "en") -> list[str]:
        return [f"Findings written to {self.target} ({self.kind})"]


def run(request: ExportFindingsRequest, progress, is_cancelled) -> ExportFindingsResult:
    from ..core.errors import InputError
    from ..io import findings_export
    from ..io.plan_file import plan_crs
    from ..io.validation import read_register

    kind = request.kind or KINDS.get(request.target.suffix.lower())
    if kind == "gpkg":
        findings_export.export_geopackage(request.plan, request.target)
    elif kind == "csv":
        findings_export.export_csv(read_register(request.plan), request.target, request.language)
    elif kind == "html":
        findings_export.export_html(request.plan, plan_crs(request.plan), read_register(request.plan),
                                    request.target, request.language)
    else:
        raise InputError("The findings can be exported as .gpkg, .csv or .html only.", str(request.target))
    return ExportFindingsResult(str(request.target), kind)
