"""masterplan:exportatlas with the legend and cover parameters, run as the Toolbox runs it: in a QGIS task
thread (``QgsProcessingAlgRunnerTask``), where the pages must be rendered with their content."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import QCoreApplication

from masterplan_plugin.processing.provider import MasterPlanProvider
from masterplan_plugin.qgis_adapters.demo_builder import build_demo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = MasterPlanProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    files, _ = build_demo(tmp_path_factory.mktemp("atlas_processing_demo"))
    return files.gpkg


def page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def run_as_toolbox(algorithm_id: str, parameters: dict, timeout: float = 120.0) -> dict:
    """Run the algorithm in a QgsProcessingAlgRunnerTask (a pooled Qt thread) and wait for its outputs."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    outputs: dict = {}
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    task.executed.connect(lambda ok, results: outputs.update(results if ok else {"failed": True}))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + timeout
    while not outputs and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert outputs and "failed" not in outputs, outputs
    assert task.status() == QgsTask.TaskStatus.Complete or outputs
    return outputs


def test_exportatlas_in_a_task_thread_writes_national_legends_and_the_cover(provider, plan, tmp_path):
    outputs = run_as_toolbox("masterplan:exportatlas", {
        "PLAN": str(plan), "OUTPUT": str(tmp_path / "atlas"), "COMMUNES": "LU-ESCH", "LANGUAGE": 2,
        "LEGEND": 1, "ORGANISATION": "Ville d'Esch-sur-Alzette", "AUTHOR": "Service urbanisme",
        "VERSION": "4", "STATUS": 3, "SOURCES": "PCN 2024", "DPI": 72})
    pdf = Path(outputs["COMBINED_PDF"])
    cover = page_text(pdf, 1)
    assert "Organisation: Ville d'Esch-sur-Alzette" in cover and "Author: Service urbanisme" in cover
    assert "Version: 4" in cover and "Status: Approved" in cover and "PCN 2024" in cover
    sheet = page_text(pdf, 4)
    assert "Esch-sur-Alzette" in sheet and "HAB-1 — Residential zone 1" in sheet  # national: PAG legend
    assert "HAB-3" in sheet  # the zone codes on the map, the unknown one too
