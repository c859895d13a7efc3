"""The command-line contract on the demo plan: exit codes, JSON report, register kept across runs, and
the plan's own layers untouched by validation."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from masterplan_plugin.core.demo import DEFECTS
from masterplan_plugin.core.register import set_decision
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.io.validation import read_register, write_register
from masterplan_plugin.qgis_adapters.demo_builder import build_demo

ROOT = Path(__file__).resolve().parents[2]


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "masterplan_plugin", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory):
    plan, _ = build_demo(tmp_path_factory.mktemp("cli"))
    return plan.gpkg


def _layers_digest(gpkg):
    digest = hashlib.sha256()
    for layer in ("communes", "zoning", "mobility_axes", "green_spaces", "sites"):
        data = read_vector(gpkg, layer)
        digest.update(
            repr(
                (
                    data.ids.tolist(),
                    [g.wkb if g is not None else None for g in data.geometries],
                    sorted(data.attributes.items()),
                )
            ).encode()
        )
    return digest.hexdigest()


def test_validate_reports_every_demo_defect_as_json_and_exits_1(demo_plan, tmp_path):
    before = _layers_digest(demo_plan)
    output = tmp_path / "report.json"
    result = cli("validate", demo_plan, "--format", "json", "--output", output)
    assert result.returncode == 1, result.stderr
    report = json.loads(output.read_text())
    assert report["crs"] == "EPSG:3035" and report["plan"] == "demo_plan"
    assert set(DEFECTS) <= set(report["summary"])
    assert all(f["geometry_wkt"] or f["rule"] in ("GEOM_EMPTY", "CRS_MISSING") for f in report["findings"])
    assert _layers_digest(demo_plan) == before


def test_register_keeps_findings_and_decisions_across_runs(demo_plan):
    cli("validate", demo_plan)
    register = read_register(demo_plan)
    assert register and {entry.state for entry in register} <= {"new", "open"}
    gap = next(entry for entry in register if entry.finding.rule == "ZONE_GAP")
    write_register(
        demo_plan, set_decision(register, gap.fingerprint, "accepted", "Future cemetery, zoned in 2027")
    )
    cli("validate", demo_plan)
    again = {entry.fingerprint: entry for entry in read_register(demo_plan)}
    assert again[gap.fingerprint].state == "open"
    assert again[gap.fingerprint].user_status == "accepted"
    assert again[gap.fingerprint].justification == "Future cemetery, zoned in 2027"


def test_html_report_in_french(demo_plan, tmp_path):
    output = tmp_path / "report.html"
    assert (
        cli("validate", demo_plan, "--format", "html", "--language", "fr", "--output", output).returncode == 1
    )
    page = output.read_text()
    assert "Rapport de contrôle" in page and "Audun-le-Tiche (57038)" in page


def test_unusable_input_exits_2_with_a_message_not_a_traceback(tmp_path):
    result = cli("validate", tmp_path / "missing.gpkg")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "does not exist" in result.stderr


def test_a_clean_plan_exits_0(tmp_path):
    plan = tmp_path / "empty.gpkg"
    assert cli("new", plan).returncode == 0
    assert cli("validate", plan).returncode == 0
