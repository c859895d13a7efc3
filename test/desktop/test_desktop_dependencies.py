"""A planner's first start, for real: the packaged plugin in a new QGIS profile whose Python has no
shapely (Debian's QGIS with only system packages: no PYTHONPATH, python3-shapely not installed), under Xvfb.

The plugin loads without a traceback, its tools disabled, the message bar names shapely; its *Python
packages…* dialog installs shapely 2.1 from PyPI into the profile's private folder — once with the pip of
QGIS's Python, once without pip (the wheel chosen in PyPI's JSON, its sha256 checked) — and the demo plan
(built beforehand with ``python -m masterplan_plugin demo``) then opens and validates in the same session:
the checks' worker process finds shapely in the private folder too. Screenshots of the window and the
dialog go to build/screenshots/. Offline: MASTERPLAN_DEPS_WHEELHOUSE=/folder/of/wheels is passed on.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from masterplan_plugin.core.demo import DEFECTS
from test.conftest import REPO_ROOT, WITHOUT_SHAPELY, system_numpy_version
from test.desktop.test_desktop_plugin import QGIS, XVFB_RUN, make_profile

pytestmark = [pytest.mark.desktop, getattr(pytest.mark, WITHOUT_SHAPELY)]

SCRIPT = REPO_ROOT / "test" / "desktop" / "desktop_dependencies.py"
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
ACTION = "mActionMasterPlanDependencies"
PLAN_ACTIONS = [f"mActionMasterPlan{name}" for name in
                ("NewPlan", "OpenPlan", "Demo", "Import", "Validate", "Findings", "CnigCheck", "ExportAtlas",
                 "ExportCnig", "ExportInspire", "Settings")]
DOCKS = ["MasterPlanFindingsDock", "MasterPlanGreenDock", "MasterPlanMobilityDock", "MasterPlanZoningDock"]
TIMEOUT_S = 300
SHOWN = ("dependencies_missing", "dependencies_dialog", "dependencies_installed")


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory) -> Path:
    """The demo plan, made by the command line as a planner would (``python -m masterplan_plugin demo``)."""
    folder = tmp_path_factory.mktemp("demo")
    done = subprocess.run([sys.executable, "-m", "masterplan_plugin", "demo", str(folder)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return folder / "demo_plan.gpkg"


def desktop_environment(result: Path, plan: Path, method: str) -> dict[str, str]:
    """The user's environment: nothing that would give QGIS's Python the test venv's shapely."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH",
                          "QGIS_PREFIX_PATH", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(MASTERPLAN_DESKTOP_RESULT=str(result), MASTERPLAN_DESKTOP_PLAN=str(plan),
               MASTERPLAN_DESKTOP_SCREENSHOTS=str(SCREENSHOTS), MASTERPLAN_DEPS_METHOD=method,
               MASTERPLAN_DESKTOP_LIB=str(Path(__file__).parent))  # desktop_steps.py for the script
    return env


@pytest.fixture(scope="module", params=["pip", "download"])
def run(request, plugin_zip, demo_plan, tmp_path_factory) -> dict:
    if QGIS is None or XVFB_RUN is None:
        pytest.skip("needs the qgis and xvfb-run commands (Debian packages qgis and xvfb)")
    method = request.param
    if method == "pip":
        check = subprocess.run(["/usr/bin/python3", "-m", "pip", "--version"], capture_output=True)
        if check.returncode != 0:
            pytest.skip("QGIS's Python has no pip (python3-pip not installed): the download way is tested")
    root = tmp_path_factory.mktemp(f"qgis-deps-{method}")
    make_profile(root, plugin_zip)
    result = root / "result.json"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in SHOWN:
        (SCREENSHOTS / f"{name}_{method}.png").unlink(missing_ok=True)
    command = [XVFB_RUN, "-a", "-s", "-screen 0 1600x1000x24", QGIS, "--nologo", "--noversioncheck",
               "--profiles-path", str(root), "--code", str(SCRIPT)]
    try:
        completed = subprocess.run(command, env=desktop_environment(result, demo_plan, method),
                                   capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(f"QGIS did not finish within {TIMEOUT_S} s:\n{timeout.stderr}")
    assert result.exists(), f"QGIS wrote no result (exit {completed.returncode}):\n{completed.stderr[-4000:]}"
    report = json.loads(result.read_text(encoding="utf-8"))
    report.update(method=method, stderr=completed.stderr, profile=str(root / "profiles" / "default"))
    assert report["errors"] == [], "\n".join(report["errors"])
    return report


def python_errors(report: dict) -> list[str]:
    bar = [f"{item['title']}: {item['text']}" for key in ("message_bar_before", "message_bar_end")
           for item in report.get(key, []) if "python" in item["title"].lower()]
    logs = [text for key in ("log_before", "log_after") for tag, text in report.get(key, {}).items()
            if "python" in tag.lower() and text.strip()]
    return bar + logs + (["Traceback in QGIS's output"] if "Traceback" in report["stderr"] else [])


def test_the_plugin_loads_without_a_traceback_with_its_tools_disabled(run):
    assert run["loaded"] and "/profiles/default/python/plugins/masterplan_plugin/" in run["plugin_file"]
    assert python_errors(run) == []
    assert not run["shapely_imported_at_start"]
    assert run["waiting"] and run["toolbars"] == ["MasterPlanToolbar"] and run["docks_before"] == []
    enabled = run["actions_enabled_before"]
    assert enabled[ACTION] and not any(enabled[name] for name in PLAN_ACTIONS)
    assert run["toolbar_first_action"] == ACTION and ACTION in run["menu_before"]
    assert not run["provider_before"]
    assert "Python packages missing" in run["log_before"].get("Master plan", "")


def test_the_message_bar_says_shapely_is_missing(run):
    [item] = [item for item in run["message_bar_before"] if item["name"] == "MasterPlanDependenciesMessage"]
    assert item["title"] == "Master plan" and "shapely>=2.1,<2.2" in html.unescape(item["text"])


def test_the_dialog_shows_what_is_found_and_where_the_packages_go(run):
    table = run["table_before"]
    assert table["shapely"] == [">=2.1,<2.2", "not found", "missing"]
    assert table["numpy"][2] == "OK" and table["numpy"][1] == system_numpy_version()  # Debian's
    assert table["pyproj"][2] == "OK"
    assert run["install_enabled"] and "shapely>=2.1,<2.2" in run["status_before"]
    python = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    expected = Path(run["settings_dir"]) / "python" / "masterplan_plugin_deps" / python
    assert Path(run["folder"]) == expected and str(expected).startswith(run["profile"])


def test_install_brings_shapely_2_1_and_the_plugin_starts_without_restart(run):
    installed = run["install_result"]
    assert installed["method"] == run["method"]
    assert list(installed["versions"]) == ["shapely"] and installed["versions"]["shapely"].startswith("2.1.")
    assert installed["numpy"] == system_numpy_version()  # Debian's, tested with, never installed
    assert "Master plan is ready" in run["status_after"]
    assert run["table_after"]["shapely"][2] == "OK"
    assert run["shapely"][0].startswith("2.1.") and run["shapely"][1].startswith(run["folder"])
    assert run["sys_path_0"] == run["folder"]
    assert not run["waiting_after"] and run["docks_after"] == DOCKS
    assert run["provider_after"] and run["new_plan_enabled"]
    assert not [item for item in run["message_bar_after"] if item["name"] == "MasterPlanDependenciesMessage"]
    assert run["install_seconds"] < 120


def test_the_demo_plan_then_validates_in_the_same_session(run):
    assert run["opened"] and run["validate_enabled"] and run["validation_started"]
    missing = set(DEFECTS) - set(run["rules_listed"])
    assert not missing, missing
    assert run["findings_count"] > 10


def test_unload_leaves_nothing_behind(run):
    assert run["unloaded"]
    assert run["after_unload"] == {"toolbars": [], "menus": [], "docks": [], "actions": []}


def test_screenshots_of_the_window_and_the_dialog_are_saved(run):
    for name in SHOWN:
        path = SCREENSHOTS / f"{name}_{run['method']}.png"
        assert run["screenshots"][name] == str(path) and path.stat().st_size > 10_000, path
