"""GPU pre-check of a CNIG document folder: its CNIG conformity and the topology of its zones.

``validate_cnig_document`` reads the folder (``cnig_folder``), runs the conformity rules
(``core.cnig_conformity``), imports the document into a throw-away plan in the document's CRS
(``cnig_document.import_cnig_document``) and runs the plan checks there without writing anything
(overlaps, gaps, invalid geometries…; their findings name each zone's source FID and document). The result
reads like a ``ValidationResult``: the report writers (``operations.reports.render_report``,
``core.reports``) print it. The registry's ``precheck`` operation runs it (in the child worker for the
toolbar and Processing: shapely's GEOS alone in its process).
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from ..core.checks.profile import ValidationProfile, default_profile
from ..core.cnig_conformity import check_document, detect_version, make_context
from ..core.errors import InputError
from ..core.findings import Finding, fingerprints, sort_findings
from ..core.register import RegisterEntry
from .cnig_folder import read_document_folder

LOG = logging.getLogger(__name__)
REPLACED_PLAN_RULES = {"CNIG_COMMUNE_LIST_MISMATCH"}  # said by CNIG_DOC_COMMUNES, naming the file


@dataclass
class PrecheckResult:
    plan: Path  # the document folder: reports name it by its name
    crs: str
    register: list[RegisterEntry]
    version: str
    commune_names: dict[str, str] = field(default_factory=dict)
    topology_checked: bool = True

    @property
    def open_errors(self) -> int:
        return sum(1 for entry in self.register if entry.is_open_error)


def validate_cnig_document(folder: str | Path, version: str | None = None,
                           profile: ValidationProfile | None = None, *, progress=None,
                           is_cancelled=None) -> PrecheckResult:
    """Conformity and zone topology findings of the document in ``folder``; ``version`` ('2013', '2014',
    '2017') overrides the version detected from the tables' fields."""
    profile = profile or default_profile()
    folder = Path(folder)
    inventory = read_document_folder(folder)
    version = version or detect_version(make_context(inventory))
    conformity = _with_profile(check_document(inventory, version), profile)
    if progress:
        progress(20.0, "CNIG conformity")
    crs = next((t.crs for t in inventory.tables if t.crs), None)
    topology = _topology(folder, crs, profile, progress, is_cancelled) if crs else None
    findings = sort_findings(conformity + (topology or []))
    return PrecheckResult(folder, crs or "", precheck_register(findings), version,
                          topology_checked=topology is not None)


def _with_profile(findings: list[Finding], profile: ValidationProfile) -> list[Finding]:
    return [replace(f, severity=profile.severity(f.rule)) for f in findings if profile.enabled(f.rule)]


def _topology(folder: Path, crs: str, profile: ValidationProfile, progress,
              is_cancelled) -> list[Finding] | None:
    """The plan checks on the document imported into a temporary plan in its own CRS; None when the
    document cannot be imported (no ZONE_URBA, no CRS, a CRS in degrees: the conformity findings say why)."""
    from ..core.crs import require_metric_crs
    from .cnig_document import import_cnig_document
    from .plan_file import create_plan_file
    from .validation import validate_plan

    try:
        working_crs = require_metric_crs(crs)
        with tempfile.TemporaryDirectory(prefix="masterplan-precheck-") as directory:
            gpkg = Path(directory) / "precheck.gpkg"
            create_plan_file(gpkg, working_crs, "en")  # the GeoPackage alone: no styles, no project
            import_cnig_document(gpkg, folder)

            def step(percent: float, name: str) -> None:
                if progress:
                    progress(20.0 + 0.8 * percent, name)

            result = validate_plan(gpkg, profile, progress=step, is_cancelled=is_cancelled, write=False)
    except InputError as error:
        LOG.warning("Zone topology not checked: %s (%s)", error.message, error.details)
        return None
    return [entry.finding for entry in result.register
            if entry.state != "fixed" and entry.finding.rule not in REPLACED_PLAN_RULES]


def precheck_register(findings: list[Finding]) -> list[RegisterEntry]:
    """Every finding as a new register entry. The fingerprint adds the params to the usual one: two
    conformity findings of one feature (two fields of it) differ only there. Identical ones count once."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    entries, seen = [], set()
    for finding, base in zip(findings, fingerprints(findings), strict=True):
        params = json.dumps(finding.params, sort_keys=True, default=str, ensure_ascii=False)
        fingerprint = hashlib.sha1(f"{base}|{params}".encode()).hexdigest()[:16]
        if fingerprint not in seen:
            seen.add(fingerprint)
            entries.append(RegisterEntry(finding, fingerprint, "new", first_seen=now, last_seen=now))
    return entries
