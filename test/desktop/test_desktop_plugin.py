"""The packaged plugin in a real QGIS desktop under Xvfb: installed from the zip, loaded, unloaded.

No pytest-qgis stub here: QGIS itself loads the plugin from a throw-away profile, and desktop_check.py
(run with ``qgis --code``) reports back in JSON. The screenshot lands in build/screenshots/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import pytest

from test.conftest import PLUGIN, REPO_ROOT

pytestmark = pytest.mark.desktop

QGIS = shutil.which("qgis")
XVFB_RUN = shutil.which("xvfb-run")
CHECK_SCRIPT = Path(__file__).with_name("desktop_check.py")
SCREENSHOT = REPO_ROOT / "build" / "screenshots" / "desktop_plugin_loaded.png"
TIMEOUT_S = 120
DOCKS = ["MasterPlanFindingsDock", "MasterPlanGreenDock", "MasterPlanMobilityDock", "MasterPlanZoningDock"]
ACTIONS = [f"mActionMasterPlan{name}" for name in
           ("CnigCheck", "Demo", "ExportAtlas", "ExportCnig", "ExportInspire", "Findings", "Import",
            "NewPlan", "OpenPlan", "Settings", "Validate")]


def make_profile(root: Path, plugin_zip: Path) -> Path:
    """A QGIS profile (``root/profiles/default``) with only this plugin, installed from the zip, enabled."""
    profile = root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        f"[PythonPlugins]\n{PLUGIN}=true\n\n"
        "[locale]\noverrideFlag=true\nuserLocale=en_US\n\n"
        # No first-run news feed or version check from the network.
        "[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n\n[qgis]\ncheckVersion=false\n",
        encoding="utf-8",
    )
    return profile


def qgis_environment(result: Path) -> dict[str, str]:
    env = dict(os.environ)
    # pytest-qgis runs this session offscreen with its own settings folder: the real desktop must not inherit
    # either, nor a PYTHONPATH that would import the plugin from the source tree instead of the profile.
    for key in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH", "QGIS_PREFIX_PATH",
                "PYTHONPATH"):
        env.pop(key, None)
    # QGIS's Python is Debian's; the plugin needs shapely 2.1 (metadata.txt), which a planner installs with
    # pip. Here the test venv's site-packages plays that part (it holds the dependencies, not the plugin).
    env["PYTHONPATH"] = sysconfig.get_paths()["purelib"]
    env["MASTERPLAN_DESKTOP_RESULT"] = str(result)
    env["MASTERPLAN_DESKTOP_SCREENSHOT"] = str(SCREENSHOT)
    return env


@pytest.fixture(scope="module")
def desktop_run(plugin_zip, tmp_path_factory) -> dict:
    if QGIS is None or XVFB_RUN is None:
        pytest.skip("needs the qgis and xvfb-run commands (Debian packages qgis and xvfb)")
    root = tmp_path_factory.mktemp("qgis-desktop")
    make_profile(root, plugin_zip)
    result = root / "result.json"
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    return run_qgis_desktop(root, CHECK_SCRIPT, qgis_environment(result), result)


def run_qgis_desktop(root: Path, script: Path, env: dict, result: Path, timeout_s: int = TIMEOUT_S) -> dict:
    """Start the real QGIS under Xvfb on the profile in ``root`` with ``--code script``; the JSON report
    the script wrote to ``result``. The test fails on a timeout, a missing report or reported errors."""
    command = [XVFB_RUN, "-a", "-s", "-screen 0 1600x1000x24", QGIS, "--nologo", "--noversioncheck",
               "--profiles-path", str(root), "--code", str(script)]
    env = dict(env, MASTERPLAN_DESKTOP_LIB=str(Path(__file__).parent))  # desktop_steps.py for the script
    try:
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(f"QGIS did not finish within {timeout_s} s:\n{timeout.stderr}")
    assert result.exists(), f"QGIS wrote no result (exit {completed.returncode}):\n{completed.stderr[-4000:]}"
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["errors"] == [], "\n".join(report["errors"])
    return report


def test_qgis_loads_the_plugin_from_the_installed_zip(desktop_run):
    assert desktop_run["loaded"]
    assert "/profiles/default/python/plugins/masterplan_plugin/" in desktop_run["plugin_file"]


def test_toolbar_menu_actions_and_docks_are_registered(desktop_run):
    before = desktop_run["before"]
    assert before["toolbars"] == ["MasterPlanToolbar"]
    assert desktop_run["toolbar_visible"]
    assert before["menus"] == ["MasterPlanPanelsMenu"]
    assert set(ACTIONS) <= set(before["actions"])
    assert before["docks"] == DOCKS
    assert before["visible_docks"] == ["MasterPlanZoningDock"]
    assert "&Master plan" in desktop_run["plugins_menu"]
    assert desktop_run["master_plan_menu"][:2] == ["mActionMasterPlanNewPlan", "mActionMasterPlanOpenPlan"]
    assert {"Zoning", "Mobility axes", "Green spaces", "Findings"} <= set(desktop_run["panels_menu"])


def test_screenshot_of_the_main_window_is_saved(desktop_run):
    assert desktop_run["screenshot_saved"]
    assert SCREENSHOT.stat().st_size > 10_000


def test_unload_leaves_nothing_in_the_desktop(desktop_run):
    assert desktop_run["unloaded"]
    assert all(names == [] for names in desktop_run["after"].values()), desktop_run["after"]
    assert "&Master plan" not in desktop_run["plugins_menu_after"]
    assert not {"Zoning", "Mobility axes", "Green spaces"} & set(desktop_run["panels_menu_after"])
