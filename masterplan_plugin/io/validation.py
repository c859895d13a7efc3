"""Validate a plan file: read it into a PlanSnapshot, run the core checks, keep the register.

The same function serves the toolbar (inside a QgsTask), Processing and the command line. Only the
``findings`` table of the plan is written, in one transaction; the plan's own layers are read-only here.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import shapely

from ..core.checks import Validation
from ..core.checks.profile import ValidationProfile, default_profile, profile_from_dict
from ..core.cnig import DOCUMENTS_SETTING
from ..core.findings import Finding, Severity
from ..core.model import FINDINGS, plan_schema
from ..core.plan import PlanSnapshot, layer_snapshot
from ..core.register import RegisterEntry, merge_register
from .plan_file import read_plan_settings
from .plan_io import append_to_plan, read_vector

LOG = logging.getLogger(__name__)
PROFILE_KEY = "validation_profile"


@dataclass
class ValidationResult:
    plan: Path
    crs: str
    register: list[RegisterEntry]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def open_errors(self) -> int:
        return sum(1 for entry in self.register if entry.is_open_error)


def load_snapshot(
    gpkg: str | Path, allowed_gaps: str | Path | None = None, on_layer: Callable | None = None
) -> PlanSnapshot:
    """The plan's layers as shapely arrays in its working CRS; ``on_layer(layer)`` as each is read."""
    path = Path(gpkg)
    settings = read_plan_settings(path)
    working_crs = settings["crs"]
    layers = {}
    for spec in plan_schema().layers:
        if spec.name == FINDINGS:
            continue
        data = read_vector(path, spec.name)
        layers[spec.name] = layer_snapshot(
            spec.name, data.geometries, data.ids, data.attributes, data.crs, working_crs, data.factorized
        )
        if on_layer:
            on_layer(layers[spec.name])
    gaps = None
    if allowed_gaps:
        data = read_vector(allowed_gaps)
        gaps = shapely.union_all(
            layer_snapshot("allowed_gaps", data.geometries, data.ids, {}, data.crs, working_crs).geometries
        )
    documents = json.loads(settings.get(DOCUMENTS_SETTING) or "{}")
    return PlanSnapshot(working_crs, layers, path.stem, gaps, documents)


def plan_profile(gpkg: str | Path) -> ValidationProfile:
    """The validation profile stored with the plan, or the defaults."""
    stored = read_plan_settings(gpkg).get(PROFILE_KEY)
    return profile_from_dict(json.loads(stored)) if stored else default_profile()


def validate_plan(
    gpkg: str | Path,
    profile: ValidationProfile | None = None,
    *,
    allowed_gaps=None,
    progress=None,
    is_cancelled=None,
    write: bool = True,
) -> ValidationResult:
    """Check the plan and update its findings register (unless ``write`` is False)."""
    path = Path(gpkg)
    timings = {}
    started = time.perf_counter()
    with Validation(profile or plan_profile(path)) as validation:
        # The checks' longest work starts on the second core as soon as communes and zoning are read.
        snapshot = load_snapshot(path, allowed_gaps, on_layer=validation.layer_read)
        timings["read"] = time.perf_counter() - started
        findings = validation.run(snapshot, progress, is_cancelled)
    timings["checks"] = time.perf_counter() - started - timings["read"]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    register = merge_register(read_register(path), findings, now)
    if write:
        write_register(path, register)
    timings["total"] = time.perf_counter() - started
    LOG.info("Validated %s: %d findings (%.2f s)", path, len(findings), timings["total"])
    return ValidationResult(path, snapshot.crs, register, timings)


def read_register(gpkg: str | Path) -> list[RegisterEntry]:
    data = read_vector(gpkg, FINDINGS)
    column = data.attributes
    entries = []
    for row in range(len(data)):
        params = json.loads(column["params"][row]) if column["params"][row] else {}
        finding = Finding(
            rule=column["rule"][row],
            severity=Severity(column["severity"][row]),
            layer=column["layer"][row] or "",
            feature_ids=tuple(int(v) for v in (column["feature_ids"][row] or "").split(",") if v),
            geometry=data.geometries[row],
            communes=tuple(v for v in (column["communes"][row] or "").split(",") if v),
            measure=column["measure"][row],
            params=params,
        )
        entries.append(
            RegisterEntry(
                finding,
                column["fingerprint"][row],
                column["state"][row],
                column["user_status"][row] or "none",
                column["justification"][row] or "",
                column["first_seen"][row] or "",
                column["last_seen"][row] or "",
            )
        )
    return entries


def write_register(gpkg: str | Path, register: list[RegisterEntry], language: str = "en") -> None:
    """Replace the findings table's content in one transaction (all or nothing)."""
    columns = _register_columns(register, language)
    geometries = np.array([entry.finding.geometry for entry in register], dtype=object)
    append_to_plan(gpkg, FINDINGS, geometries, columns, replace=True)


def _register_columns(register: list[RegisterEntry], language: str) -> dict[str, list]:
    def values(getter):
        return [getter(entry) for entry in register]

    return {
        "fingerprint": values(lambda e: e.fingerprint),
        "rule": values(lambda e: e.finding.rule),
        "severity": values(lambda e: e.finding.severity.value),
        "layer": values(lambda e: e.finding.layer),
        "feature_ids": values(lambda e: ",".join(map(str, e.finding.feature_ids))),
        "communes": values(lambda e: ",".join(e.finding.communes)),
        "message": values(lambda e: e.finding.message(language)),
        "params": values(lambda e: json.dumps(e.finding.params, ensure_ascii=False, default=str)),
        "measure": values(lambda e: e.finding.measure),
        "state": values(lambda e: e.state),
        "user_status": values(lambda e: e.user_status),
        "justification": values(lambda e: e.justification or None),
        "first_seen": values(lambda e: e.first_seen),
        "last_seen": values(lambda e: e.last_seen),
    }
