"""The planner's workspace in a real QGIS desktop under Xvfb, with the packaged plugin: open the demo plan
through the plugin's Open plan command, validate with the toolbar action (a QgsTask), find the demo's known
defects in the findings panel, click one and see the map move to it. The panels' screenshots land in
build/screenshots/ (they illustrate the README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from masterplan_plugin.core.demo import DEFECTS
from test.conftest import REPO_ROOT
from test.desktop.test_desktop_plugin import QGIS, XVFB_RUN, make_profile, qgis_environment, run_qgis_desktop

pytestmark = pytest.mark.desktop

SCRIPT = REPO_ROOT / "test" / "desktop" / "desktop_workspace.py"
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
PANELS = ("zoning", "mobility", "green", "findings")
TIMEOUT_S = 180


@pytest.fixture(scope="module")
def workspace_run(plugin_zip, tmp_path_factory) -> dict:
    if QGIS is None or XVFB_RUN is None:
        pytest.skip("needs the qgis and xvfb-run commands (Debian packages qgis and xvfb)")
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    root = tmp_path_factory.mktemp("qgis-workspace")
    plan, _ = build_demo(root / "demo")
    make_profile(root, plugin_zip)
    result = root / "result.json"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in PANELS:
        (SCREENSHOTS / f"panel_{name}.png").unlink(missing_ok=True)
    env = qgis_environment(result)
    env.update(MASTERPLAN_DESKTOP_PLAN=str(plan.gpkg), MASTERPLAN_DESKTOP_SCREENSHOTS=str(SCREENSHOTS))
    report = run_qgis_desktop(root, SCRIPT, env, result, TIMEOUT_S)
    (SCREENSHOTS / "desktop_workspace.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def test_the_demo_plan_opens_through_the_plugin_command(workspace_run):
    assert workspace_run["loaded"] and workspace_run["opened"]
    assert workspace_run["active_plan"].endswith("demo_plan.gpkg")
    assert workspace_run["zoning_rows"] > 3
    assert workspace_run["mobility_selected"] > 0 and workspace_run["corridors"] >= 2


def test_in_a_new_profile_the_panels_start_as_tabs_of_one_dock_area(workspace_run):
    """QGIS restores its window layout after loading plugins; the panels are tabbed again after it."""
    assert workspace_run["tabified_at_start"] == ["MasterPlanFindingsDock", "MasterPlanGreenDock",
                                                  "MasterPlanMobilityDock"]


def test_validate_runs_as_a_task_and_the_findings_panel_lists_the_demo_defects(workspace_run):
    assert workspace_run["validate_enabled"] and workspace_run["task_started"]
    assert workspace_run["atlas_enabled"] and workspace_run["processing_provider"]
    assert workspace_run["findings_visible"]
    missing = set(DEFECTS) - set(workspace_run["rules_listed"])
    assert not missing, missing


def test_clicking_a_finding_moves_the_map_to_it_and_selects_its_zones(workspace_run):
    before, after = workspace_run["extent_before"], workspace_run["extent_after"]
    assert after != before
    x, y = workspace_run["finding_centre"]
    assert after[0] <= x <= after[2] and after[1] <= y <= after[3]
    assert (after[2] - after[0]) < (before[2] - before[0])  # zoomed in on the problem
    assert workspace_run["selected_fids"] == workspace_run["finding_fids"]


TABLES = ("zoning_table", "km_table", "axes_table", "green_table", "corridors_table")


def test_the_workspace_is_the_1600_by_1000_window_planners_have(workspace_run):
    assert workspace_run["window_size"] == [1600, 1000]
    assert 400 <= workspace_run["dock_width"] <= 800  # the width QGIS gives the right dock area


@pytest.mark.parametrize("table", TABLES)
def test_panel_tables_fit_the_default_dock_width(workspace_run, table):
    """No sideways scrolling; every figure and header word shown whole (only names may be elided)."""
    geometry = workspace_run[table]
    assert not geometry["hscroll"], geometry
    for column in geometry["columns"][1:]:
        assert column["width"] >= max(column["text"], column["header"]), (table, column)
    assert geometry["columns"][0]["width"] >= 120, geometry


def test_zoning_table_shows_its_class_names_whole_and_names_the_land_drawn_twice(workspace_run):
    first = workspace_run["zoning_table"]["columns"][0]
    assert first["width"] >= first["text"], first  # no class name elided at 1600 x 1000
    assert workspace_run["overlap_note"].startswith("104.00\u00a0ha of Villerupt are drawn twice")


def test_the_findings_detail_pane_and_the_decision_dialog_name_the_clicked_finding(workspace_run):
    message = workspace_run["finding_message"]
    assert message.replace("\u00a0", " ") in workspace_run["detail_text"]
    for label in ("Overlapping zones", "ZONE_OVERLAP", "Severity", "Features", "Communes", "Measure", "State",
                  "Decision"):
        assert label in workspace_run["detail_text"], label
    assert workspace_run["detail_height"] >= 150 and workspace_run["finding_column_width"] >= 240
    assert workspace_run["decision_title"] == "Decision on “Overlapping zones”"
    header = workspace_run["decision_header"]
    assert "Overlapping zones" in header and "Features:" in header
    assert Path(workspace_run["screenshots"]["decision"]).stat().st_size > 5_000


def test_screenshots_of_the_four_panels_are_saved(workspace_run):
    for name in PANELS:
        path = SCREENSHOTS / f"panel_{name}.png"
        assert workspace_run["screenshots"][name] == str(path)
        assert path.stat().st_size > 20_000, path


def test_atlas_exports_inside_the_desktop_process(workspace_run):
    [pdf] = workspace_run["atlas_pdfs"]
    assert Path(pdf).name == "57038_audun-le-tiche.pdf" and Path(pdf).stat().st_size > 50_000
