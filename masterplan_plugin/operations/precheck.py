"""Pre-check a CNIG document folder for the Géoportail de l'urbanisme: CNIG conformity and zone topology."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .base import FindingsResult, Message
from .validate import load_request_profile, outcome


@dataclass(frozen=True)
class PrecheckRequest(Message):
    folder: Path
    version: str | None = None  # '2013', '2014', '2017'; default detected from the tables' fields
    profile: dict | None = None
    profile_file: Path | None = None
    language: str = "en"
    reports: dict = field(default_factory=dict)  # {format: path}
    report_format: str | None = None
    findings_records: Path | None = None


@dataclass
class PrecheckResult(FindingsResult):
    folder: str
    crs: str
    version: str
    findings: int
    open_errors: int
    warnings: int
    topology_checked: bool
    fingerprints: list[str]
    reports: dict = field(default_factory=dict)
    report: str | None = None


def run(request: PrecheckRequest, progress, is_cancelled) -> PrecheckResult:
    from ..core.reports import current
    from ..io.cnig_precheck import validate_cnig_document

    profile = load_request_profile(request.profile, request.profile_file)
    result = validate_cnig_document(request.folder, request.version, profile, progress=progress,
                                    is_cancelled=is_cancelled)
    severities = [entry.finding.severity.value for entry in current(result.register)]
    return PrecheckResult(folder=str(request.folder), version=result.version,
                          warnings=severities.count("warning"), topology_checked=result.topology_checked,
                          **outcome(result, request))
