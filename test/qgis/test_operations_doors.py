"""One flow, four doors: validate on the demo plan gives the same findings through the command line's child
mode, the registry in this process and Processing; the new sub-commands decide, export --findings and
indicators work end to end on real files."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

from masterplan_plugin.cli import main
from masterplan_plugin.io.validation import read_register
from masterplan_plugin.operations.child_runner import run_worker
from masterplan_plugin.operations.registry import OPERATIONS, run_request
from masterplan_plugin.operations.validate import ValidateRequest
from masterplan_plugin.processing.provider import MasterPlanProvider
from masterplan_plugin.qgis_adapters.demo_builder import build_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("doors_demo")
    build_demo(directory)
    return directory / "demo_plan.gpkg"


@pytest.fixture()
def plan(demo, tmp_path) -> Path:
    copy = tmp_path / "plan.gpkg"
    shutil.copy(demo, copy)
    return copy


def child(operation: str, request: dict) -> list[str]:
    """``python -m masterplan_plugin OP --json REQUEST --progress-lines``: its stdout lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-m", "masterplan_plugin", operation, "--json", json.dumps(request),
         "--progress-lines"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False)
    return completed.stdout.splitlines(), completed.returncode


def test_validate_gives_the_same_findings_through_every_door(plan, qgis_processing):
    lines, code = child("validate", {"plan": str(plan), "write": False})
    assert code == 0
    assert any(line.startswith("PROGRESS\t") for line in lines)
    [done] = [json.loads(line.split("\t", 1)[1]) for line in lines if line.startswith("DONE\t")]
    assert done["findings"] == 23 and len(done["fingerprints"]) == 23

    in_process = run_request(ValidateRequest(plan, write=False))
    assert in_process.fingerprints == done["fingerprints"]

    parent = run_worker("validate", ValidateRequest(plan, write=False), lambda percent, step: None,
                        lambda: False)
    assert parent["fingerprints"] == done["fingerprints"]

    from qgis import processing

    registry = QgsApplication.processingRegistry()
    provider = MasterPlanProvider()
    assert registry.addProvider(provider)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        outputs = processing.run("masterplan:validate", {
            "PLAN": str(plan), "UPDATE_REGISTER": True, "NO_GEOMETRY": "TEMPORARY_OUTPUT",
            "POLYGONS": "TEMPORARY_OUTPUT", "LINES": "TEMPORARY_OUTPUT", "POINTS": "TEMPORARY_OUTPUT",
        }, context=context, feedback=QgsProcessingFeedback())
    finally:
        registry.removeProvider(provider)
    assert outputs["FINDINGS"] == 23
    written = [entry.fingerprint for entry in read_register(plan) if entry.state != "fixed"]
    assert sorted(written) == sorted(done["fingerprints"])


def test_the_child_answers_an_error_line_for_a_bad_request(tmp_path):
    lines, code = child("validate", {"plan": str(tmp_path / "missing.gpkg"), "colour": "red"})
    assert code == 2
    [error] = [json.loads(line.split("\t", 1)[1]) for line in lines if line.startswith("ERROR\t")]
    assert error["values"] == {"fields": "colour"}
    lines, code = child("nothing", {})
    assert code == 2 and any(line.startswith("ERROR\t") for line in lines)


def test_every_operation_is_a_cli_subcommand_or_part_of_one():
    from masterplan_plugin.cli import REQUESTS

    covered = {"validate": {"validate", "precheck"}, "export": {"export_findings", "export_national"}}
    names = set().union(*(covered.get(command, {command}) for command in REQUESTS))
    assert set(OPERATIONS) == names


def test_cli_decide_export_findings_and_indicators(plan, tmp_path, capsys):
    assert main(["validate", str(plan), "--format", "json", "--output", str(tmp_path / "r.json")]) == 1
    register = read_register(plan)
    fingerprint = next(entry.fingerprint for entry in register if entry.state != "fixed")
    capsys.readouterr()

    assert main(["decide", str(plan), "--fingerprint", fingerprint, "--decision", "accepted"]) == 2
    assert "justification" in capsys.readouterr().err
    assert main(["decide", str(plan), "--fingerprint", fingerprint, "--decision", "accepted",
                 "--justification", "agreed with the commune"]) == 0
    assert "Decision recorded on 1 finding(s)" in capsys.readouterr().out
    [entry] = [entry for entry in read_register(plan) if entry.fingerprint == fingerprint]
    assert (entry.user_status, entry.justification) == ("accepted", "agreed with the commune")

    target = tmp_path / "findings.csv"
    assert main(["export", str(plan), "--findings", str(target), "--language", "fr"]) == 0
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 23
    assert main(["export", str(plan), "--findings", str(tmp_path / "findings.txt")]) == 2

    assert main(["indicators", str(plan), "--format", "csv", "--output", str(tmp_path / "ind.csv")]) == 0
    with (tmp_path / "ind.csv").open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) > 1 and {"code", "area_ha", "zoned_ha"} <= set(table[0])
    capsys.readouterr()
    assert main(["indicators", str(plan), "--format", "json"]) == 0
    communes = json.loads(capsys.readouterr().out)["communes"]
    assert [row["code"] for row in communes] == [row["code"] for row in table]
