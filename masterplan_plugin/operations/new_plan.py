"""Create an empty plan: its GeoPackage and its QGIS project."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .base import Message


@dataclass(frozen=True)
class NewPlanRequest(Message):
    plan: Path
    crs: str = "EPSG:3035"  # metric working CRS
    overwrite: bool = False
    language: str | None = None  # the plan's (default: QGIS's interface language)


@dataclass
class NewPlanResult(Message):
    gpkg: str
    project: str
    crs: str

    def summary_lines(self, language: str = "en") -> list[str]:
        return [f"Created plan {self.gpkg} ({self.crs}) and project {self.project}"]


def run(request: NewPlanRequest, progress, is_cancelled) -> NewPlanResult:
    from ..qgis_adapters.plan_project import create_plan

    files = create_plan(request.plan, request.crs, overwrite=request.overwrite, language=request.language)
    return NewPlanResult(str(files.gpkg), str(files.project), request.crs)
