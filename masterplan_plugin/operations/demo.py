"""Build the demo cross-border plan and validate it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .base import Message


@dataclass(frozen=True)
class DemoRequest(Message):
    directory: Path


@dataclass
class DemoResult(Message):
    gpkg: str
    project: str
    imports: list[dict]  # ImportReport dicts, one per source file
    findings: int
    fingerprints: list[str]
    report: str  # the validation's text report (English)

    def summary_lines(self, language: str = "en") -> list[str]:
        lines = [f"  {item['plan_layer']:<14} {item['count']:>4} features from {Path(item['source']).name} "
                 f"({item['source_crs']})" for item in self.imports]
        return [*lines, f"Demo plan: {self.gpkg}\nQGIS project: {self.project}", self.report]


def run(request: DemoRequest, progress, is_cancelled) -> DemoResult:
    from ..core.reports import current
    from ..io.validation import validate_plan
    from ..qgis_adapters.demo_builder import build_demo
    from .reports import render_report

    plan, imports = build_demo(request.directory)
    progress(50.0, "validate")
    result = validate_plan(plan.gpkg, is_cancelled=is_cancelled)
    entries = current(result.register)
    return DemoResult(str(plan.gpkg), str(plan.project), [item.to_dict() for item in imports], len(entries),
                      [entry.fingerprint for entry in entries], render_report(result, "text", "en"))
