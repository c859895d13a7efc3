"""Export the plan's zoning in a national or EU standard: CNIG PLU folders (French communes) or INSPIRE
Planned Land Use (GML 3.2 or a flattened GeoPackage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .base import Message

STANDARDS = ("cnig", "inspire")


@dataclass(frozen=True)
class ExportNationalRequest(Message):
    plan: Path
    standard: str  # cnig or inspire
    target: Path  # CNIG: folder for the <INSEE>_PLU_<date> documents; INSPIRE: a .gml or .gpkg file
    date: str | None = None  # CNIG approval date / INSPIRE validFrom (default today)
    communes: tuple[str, ...] | None = None  # CNIG: these communes (default: all French)
    overwrite: bool = False  # CNIG: replace document folders already there
    document: dict = field(default_factory=dict)  # CNIG: DOC_URBA values the plan lacks (DATEREF, SIREN…)
    subcode_fields: bool = True  # CNIG: DESTDOMI/FORMDOMI
    crs: str | None = None  # INSPIRE: EPSG:4258 (default) or EPSG:3035
    namespace: str | None = None  # INSPIRE: namespace of the inspireIds


@dataclass
class ExportNationalResult(Message):
    standard: str
    target: str
    zones: int
    remarks: int
    description: str  # the command line's summary (English)
    issues: list[dict]  # every export issue: kind, fid, field, value (and insee for CNIG)
    date: str = ""
    documents: list[dict] = field(default_factory=list)  # CNIG: one per commune document
    written_documents: list[str] = field(default_factory=list)
    other_standard_zones: int = 0
    encoding: str = ""  # INSPIRE: GML or GPKG
    crs: str = ""
    plans: int = 0

    def summary_lines(self, language: str = "en") -> list[str]:
        return [self.description]


def _issue(issue, **extra) -> dict:
    return {"kind": issue.kind, "fid": issue.fid, "field": issue.field, "value": issue.value, **extra}


def run(request: ExportNationalRequest, progress, is_cancelled) -> ExportNationalResult:
    from ..core.errors import InputError

    if request.standard == "cnig":
        return _cnig(request, progress)
    if request.standard == "inspire":
        return _inspire(request, progress)
    raise InputError("Unknown export standard {standard}: cnig or inspire.", standard=request.standard)


def _cnig(request: ExportNationalRequest, progress) -> ExportNationalResult:
    from ..core.cnig_export import SKIPPING
    from ..io.national_export import describe_cnig_export, export_cnig_folders

    progress(5.0, "CNIG")
    report = export_cnig_folders(request.plan, request.target,
                                 communes=list(request.communes) if request.communes else None,
                                 approval_date=request.date, overwrite=request.overwrite,
                                 document=dict(request.document), subcode_fields=request.subcode_fields)
    documents = [{"insee": item.insee, "name": item.name, "folder": str(item.folder), "zones": item.zones,
                  "skipped": len(item.skipped),
                  "remarks": sum(1 for issue in item.issues if issue.kind not in SKIPPING)}
                 for item in report.documents]
    issues = [_issue(issue, insee=item.insee) for item in report.documents for issue in item.issues]
    return ExportNationalResult(
        "cnig", str(report.out_dir), sum(item.zones for item in report.documents),
        sum(item["remarks"] for item in documents), describe_cnig_export(report), issues, date=report.date,
        documents=documents, written_documents=list(report.written_documents),
        other_standard_zones=report.other_standard_zones)


def _inspire(request: ExportNationalRequest, progress) -> ExportNationalResult:
    from ..io.national_export import describe_inspire_export, export_inspire_plu

    progress(5.0, "INSPIRE")
    report = export_inspire_plu(request.plan, request.target, valid_from=request.date,
                                namespace=request.namespace, crs=request.crs)
    return ExportNationalResult(
        "inspire", str(report.path), report.zones, len(report.issues), describe_inspire_export(report),
        [_issue(issue) for issue in report.issues], encoding=report.encoding, crs=report.crs,
        plans=report.plans)
