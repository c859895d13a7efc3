"""Validate a plan: run the checks, update its findings register, write the reports asked for."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .base import FindingsResult, Message


@dataclass(frozen=True)
class ValidateRequest(Message):
    plan: Path
    profile: dict | None = None  # profile overrides (the toolbar's, Processing's)
    profile_file: Path | None = None  # or a profile JSON file (the command line's --profile)
    allowed_gaps: Path | None = None  # polygons where zoning may be absent
    write: bool = True  # update the plan's findings register
    language: str = "en"  # of the reports
    reports: dict = field(default_factory=dict)  # {format: path} with format text, json, html or csv
    report_format: str | None = None  # a report returned in the result (the command line's stdout)
    findings_records: Path | None = None  # Processing's finding records (JSON) written there


@dataclass
class ValidateResult(FindingsResult):
    plan: str
    crs: str
    findings: int  # current findings (not fixed)
    open_errors: int
    fingerprints: list[str]  # of the current findings, in the register's order
    timings: dict = field(default_factory=dict)
    reports: dict = field(default_factory=dict)  # {format: path} written
    report: str | None = None


def load_request_profile(profile: dict | None, profile_file: Path | None):
    """The validation profile of a request: overrides, a file, or None for the defaults."""
    from ..core.checks.profile import load_profile, profile_from_dict

    if profile is not None:
        return profile_from_dict(profile)
    return load_profile(profile_file) if profile_file else None


def outcome(result, request, **extra) -> dict:
    """What a validate and a pre-check result share: counts, fingerprints, the reports written."""
    from ..core.reports import current
    from .reports import render_report, write_outputs

    entries = current(result.register)
    written = write_outputs(result, request.reports, request.findings_records, request.language)
    report = render_report(result, request.report_format, request.language) if request.report_format else None
    return {"crs": result.crs, "findings": len(entries), "open_errors": result.open_errors,
            "fingerprints": [entry.fingerprint for entry in entries], "reports": written, "report": report,
            **extra}


def run(request: ValidateRequest, progress, is_cancelled) -> ValidateResult:
    from ..io.validation import validate_plan

    profile = load_request_profile(request.profile, request.profile_file)
    result = validate_plan(request.plan, profile, allowed_gaps=request.allowed_gaps, write=request.write,
                           progress=progress, is_cancelled=is_cancelled)
    return ValidateResult(plan=str(request.plan), timings=result.timings, **outcome(result, request))
