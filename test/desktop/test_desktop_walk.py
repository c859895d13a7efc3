"""A planner's first day in the real QGIS desktop under Xvfb, with the packaged plugin in a new profile.

The national files come from ``python -m masterplan_plugin demo`` (its ``sources/`` folder: French,
Luxembourg and Walloon files in their own CRSs); desktop_walk.py then creates a plan with the New plan
dialog, imports every file with the Import… dialog, draws a zone, validates, decides on a finding and
exports the atlas from its dialog, saving a screenshot of the main window after each step
(build/screenshots/walk_*.png). Here the report is checked, and the atlas PDFs are read with pdftotext.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from test.conftest import REPO_ROOT
from test.desktop.test_desktop_plugin import QGIS, XVFB_RUN, make_profile, qgis_environment, run_qgis_desktop

pytestmark = pytest.mark.desktop

SCRIPT = REPO_ROOT / "test" / "desktop" / "desktop_walk.py"
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
TIMEOUT_S = 200
LAYERS = ("communes", "zoning", "mobility_axes", "green_spaces", "sites")
STEPS = ("1_new_plan", "2_imported", "3_zone_drawn", "4_validated", "5_decided", "6_atlas")


@pytest.fixture(scope="module")
def walk(plugin_zip, tmp_path_factory) -> dict:
    if QGIS is None or XVFB_RUN is None:
        pytest.skip("needs the qgis and xvfb-run commands (Debian packages qgis and xvfb)")
    root = tmp_path_factory.mktemp("qgis-walk")
    demo = root / "national"
    env = dict(os.environ, PROJ_DATA=os.environ.get("PROJ_DATA", "/usr/share/proj"))
    subprocess.run([sys.executable, "-m", "masterplan_plugin", "demo", str(demo)], cwd=REPO_ROOT, env=env,
                   check=True, capture_output=True, timeout=120)
    make_profile(root, plugin_zip)
    result = root / "result.json"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("walk_*.png"):
        old.unlink()
    work = root / "work"
    work.mkdir()
    env = qgis_environment(result)
    env.update(MASTERPLAN_WALK_SOURCES=str(demo / "sources"),
               MASTERPLAN_WALK_PLAN=str(work / "first_day.gpkg"),
               MASTERPLAN_WALK_ATLAS=str(work / "atlas"), MASTERPLAN_DESKTOP_SCREENSHOTS=str(SCREENSHOTS))
    report = run_qgis_desktop(root, SCRIPT, env, result, TIMEOUT_S)
    (SCREENSHOTS / "desktop_walk.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    report["demo_plan"] = str(demo / "demo_plan.gpkg")
    return report


def plan_rows(walk, sql, *args):
    with sqlite3.connect(walk["active_plan"]) as connection:
        return connection.execute(sql, args).fetchall()


def test_the_new_plan_dialog_creates_the_plan_and_makes_it_active(walk):
    assert walk["loaded"] and walk["new_plan_enabled"]
    assert not walk["new_plan_ok_without_file"] and walk["new_plan_ok_enabled"]
    assert walk["new_plan_crs"] == "EPSG:3035"
    assert walk["plan_exists"] and walk["active_plan"].endswith("first_day.gpkg")
    assert Path(walk["active_plan"]).with_suffix(".qgz").exists()


def test_every_national_file_is_imported_through_the_import_dialog(walk):
    assert [entry["file"] for entry in walk["imports"]] == [
        "fr_communes", "lu_communes", "be_communes", "fr_zoning", "lu_zoning", "be_zoning", "fr_axes",
        "lu_axes", "be_axes", "fr_green", "lu_green", "be_green", "fr_sites", "lu_sites"]
    failed = [entry for entry in walk["imports"] if not (entry["ok"] and entry["added"] > 0)]
    assert not failed, failed
    # Each file in its own national CRS, recognised by the dialog.
    assert {name: crs for name, crs in walk["source_crs"].items() if name.endswith("communes")} == {
        "fr_communes": "EPSG:2154", "lu_communes": "EPSG:2169", "be_communes": "EPSG:31370"}


def test_the_plan_holds_what_the_command_line_demo_imports(walk):
    """The dialog's imports give the plan the command line's demo gives, layer by layer."""
    with sqlite3.connect(walk["demo_plan"]) as connection:
        demo = {name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in LAYERS}
    counts = walk["plan_counts"]
    assert counts == demo and all(counts.values()), (counts, demo)


def test_a_drawn_zone_gets_its_commune_standard_and_class_from_its_location_and_code(walk):
    """The zone drawn over Sanem's unzoned land: commune, standard and HILUCS class come from the layer's
    defaults (the plugin's zoning defaults), as the attribute form shows them, and are saved."""
    assert walk["editing_started"] and walk["feature_added"] and walk["committed"], walk["commit_errors"]
    assert 99e4 <= walk["drawn_area_m2"] <= 101e4  # the demo's 100 ha gap
    [fid] = walk["drawn_fids"]
    with sqlite3.connect(walk["demo_plan"]) as connection:  # the class the demo's imported HAB-1 zones got
        [(hab1,)] = connection.execute("SELECT DISTINCT hilucs_code FROM zoning "
                                       "WHERE standard = 'PAG' AND national_code = 'HAB-1'").fetchall()
    assert hab1 == "5_1"
    assert walk["form_defaults"] == {"commune_code": "LU-SANEM", "standard": "PAG", "hilucs_code": hab1}
    assert walk["drawn_zone"] == {"commune_code": "LU-SANEM", "standard": "PAG", "national_code": "HAB-1",
                                  "hilucs_code": hab1, "status": walk["drawn_zone"]["status"]}
    saved = plan_rows(walk, "SELECT commune_code, standard, national_code, hilucs_code FROM zoning "
                            "WHERE fid = ?", fid)
    assert saved == [("LU-SANEM", "PAG", "HAB-1", hab1)]


def test_validate_from_the_toolbar_lists_the_findings_in_the_dock(walk):
    assert walk["validate_enabled"] and walk["validation_started"]
    assert walk["register_count"] > 0
    assert walk["findings_listed"] > 0 and walk["finding_groups"] > 0 and walk["findings_visible"]
    assert walk["register_count"] == plan_rows(walk, "SELECT count(*) FROM findings")[0][0]


def test_the_zone_drawn_over_the_gap_leaves_sanem_fully_zoned(walk):
    """The command-line demo reports Sanem's gap (ZONE_GAP, COMMUNE_NOT_COVERED); the walk zoned it."""
    sanem = {rule for rule, communes, _layer, _ids in walk["findings"] if "LU-SANEM" in communes}
    assert not sanem & {"ZONE_GAP", "COMMUNE_NOT_COVERED"}, walk["findings"]
    assert {"ZONE_GAP", "ZONE_OVERLAP"} <= {rule for rule, *_ in walk["findings"]}  # the other defects stay
    [fid] = walk["drawn_fids"]
    about_it = [finding for finding in walk["findings"] if finding[2] == "zoning" and fid in finding[3]]
    assert not about_it  # a clean zone: no overlap, no degenerate outline

def test_the_zoning_panel_alone_fits_its_dock_in_a_new_profile(walk):
    """Before the first validation the zoning panel is the only one shown: it starts as wide as the widest
    panel (the findings') or a third of the window, not at its own 317 px, so its table does not scroll
    sideways (Audun-le-Tiche, the longest header) and shows Sanem's class names whole. (3.22 gives it
    510 px, 3.40 on trixie 485 px: fonts and style differ, so the width itself is only bounded loosely.)"""
    panel = walk["zoning_panel"]
    assert panel["dock_visible"] and panel["dock_width"] >= 450, panel
    assert not panel["hscroll"] and panel["elided"] == [], panel


def test_a_decision_from_the_findings_dock_is_kept_in_the_register(walk):
    assert walk["decision_button_enabled"]
    assert walk["decision_title"].startswith("Decision on “")
    assert walk["decided_entry"] == {"user_status": "accepted",
                                     "justification": "Walk test: deliberate, agreed with the municipality."}
    assert plan_rows(walk, "SELECT user_status, justification FROM findings WHERE fingerprint = ?",
                     walk["decided_fingerprint"]) == [("accepted", walk["decided_entry"]["justification"])]


def pdf_text(path: str, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run(["pdftotext", "-layout", *pages, path, "-"], check=True, capture_output=True,
                          text=True).stdout


def test_the_atlas_dialog_exports_the_chosen_communes(walk):
    assert walk["atlas_export_enabled"], walk["atlas_status"]
    names = sorted(Path(path).name for path in walk["atlas_paths"])
    assert names == ["57038_audun-le-tiche.pdf", "LU-SANEM_sanem.pdf", "first_day_atlas.pdf"], names
    for path in walk["atlas_paths"]:
        assert Path(path).stat().st_size > 50_000, path


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="needs pdftotext (Debian package poppler-utils)")
@pytest.mark.parametrize("code, name", [("LU-SANEM", "Sanem"), ("57038", "Audun-le-Tiche")])
def test_the_zoning_sheet_names_the_commune_and_its_zone_codes(walk, code, name):
    """The first page of a commune's PDF is its zoning plan: its name, and its zones' codes as labels."""
    [pdf] = [path for path in walk["atlas_paths"] if Path(path).name.startswith(f"{code}_")]
    sheet = pdf_text(pdf, 1, 1)
    assert name in sheet
    codes = {row[0] for row in plan_rows(walk, "SELECT DISTINCT national_code FROM zoning "
                                               "WHERE commune_code = ? AND national_code IS NOT NULL", code)}
    assert len(codes) >= 4 and (code != "LU-SANEM" or "HAB-1" in codes)  # the zone drawn today among them
    missing = {zone for zone in codes if not re.search(rf"(?<![\w-]){re.escape(zone)}(?![\w-])", sheet)}
    assert not missing, (missing, sheet)  # every code written inside its zones


def test_no_error_reaches_qgis_message_log(walk):
    """Warnings are kept in the report for diagnosis (QGIS logs one per layout label built in the atlas
    task's thread); a critical message would be a failure the planner sees."""
    critical = [entry for entry in walk.get("log_warnings", []) if entry[1] == 2]
    assert not critical, critical


def test_a_screenshot_of_the_main_window_after_each_step(walk):
    for step in STEPS:
        path = Path(walk["screenshots"][step])
        assert path == SCREENSHOTS / f"walk_{step}.png" and path.stat().st_size > 20_000, step
