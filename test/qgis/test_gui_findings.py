"""Validate from the toolbar and work the findings panel on the demo plan: background task, register
grouped by rule and by commune, severity filter, click to zoom/select/flash, decisions persisted in the
plan, exports written through the core's writers."""
# The shared fixtures are imported from test_gui_common, so tests name them as parameters again:
# ruff: noqa: F811

from __future__ import annotations

import html
import json
import re

import pytest
import shapely
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtWidgets import QAction, QDialog, QFileDialog

from masterplan_plugin.core import reports
from masterplan_plugin.core.demo import DEFECTS
from masterplan_plugin.core.model import ZONING
from masterplan_plugin.gui.decision_dialog import DecisionDialog
from masterplan_plugin.gui.docks.findings import FINGERPRINT_ROLE, GROUP_KEY_ROLE
from masterplan_plugin.io.validation import read_register
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    demo_plan,
    demo_source,
    fail_on_slot_exceptions,
    iface,
    opened,
    plugin,
    wait_for_tasks,
    wait_until,
)


def validate(plugin, iface):
    action = iface.mainWindow().findChild(QAction, "mActionMasterPlanValidate")
    assert action.isEnabled()
    action.trigger()
    assert plugin.validation.is_running() and not action.isEnabled()
    wait_until(lambda: not plugin.validation.is_running(), message="validation task")
    return plugin.findings_dock


@pytest.fixture()
def validated(opened, iface):
    return validate(opened, iface)


def groups(dock) -> dict[str, int]:
    tree = dock.panel.findings_tree
    return {tree.topLevelItem(i).data(0, GROUP_KEY_ROLE): tree.topLevelItem(i).childCount()
            for i in range(tree.topLevelItemCount())}


def test_plan_actions_are_enabled_only_with_an_active_plan(plugin, iface, demo_plan):
    validate_action = iface.mainWindow().findChild(QAction, "mActionMasterPlanValidate")
    settings_action = iface.mainWindow().findChild(QAction, "mActionMasterPlanSettings")
    atlas_action = iface.mainWindow().findChild(QAction, "mActionMasterPlanExportAtlas")
    assert not any(action.isEnabled() for action in (validate_action, settings_action, atlas_action))
    plugin.commands.open_path(demo_plan)
    assert validate_action.isEnabled() and settings_action.isEnabled() and atlas_action.isEnabled()


def test_validation_runs_as_a_task_and_the_panel_lists_every_demo_defect_by_rule(validated, iface, demo_plan):
    register = read_register(demo_plan)
    current = [entry for entry in register if entry.state != "fixed"]
    assert set(groups(validated)) == {entry.finding.rule for entry in current}
    assert set(DEFECTS) <= set(groups(validated)), "the core no longer finds some demo defects"
    assert sum(groups(validated).values()) == len(current)
    errors = sum(1 for entry in register if entry.is_open_error)
    messages = iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    summary = f"demo_plan: {len(current)} findings, {errors} errors."
    assert any(message.endswith(summary) for message in messages), messages
    assert f"{len(current)} findings:" in validated.panel.counts_label.text()
    assert validated.dock.isVisible()


def test_findings_layers_show_the_register_after_validation(validated, opened, demo_plan):
    counts = sum(layer.featureCount() for layer in opened.session.findings_layers())
    with_geometry = [e for e in read_register(demo_plan) if e.finding.geometry is not None
                     and not e.finding.geometry.is_empty]
    assert counts == len(with_geometry)


def test_grouping_by_commune_and_filtering_by_severity(validated):
    panel = validated.panel
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("commune"))
    by_commune = groups(validated)
    assert {"57038", "LU-ESCH"} <= set(by_commune)
    per_commune = sum(1 for e in validated.register_entries
                      if "57038" in e.finding.communes and e.state != "fixed")
    assert by_commune["57038"] == per_commune
    panel.warning_check.setChecked(False)
    panel.info_check.setChecked(False)
    shown = [validated.entry(item.data(0, FINGERPRINT_ROLE)) for item in validated.finding_items()]
    assert shown and {entry.finding.severity.value for entry in shown} == {"error"}


def leaf_of(dock, rule: str):
    return next(item for item in dock.finding_items()
                if dock.entry(item.data(0, FINGERPRINT_ROLE)).finding.rule == rule)


def test_clicking_a_finding_zooms_to_it_in_the_map_crs_selects_its_features_and_flashes(
        validated, opened, iface, monkeypatch):
    canvas = iface.mapCanvas()
    canvas.resize(800, 600)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    canvas.setDestinationCrs(wgs84)  # not the plan's CRS: the extent must be transformed
    canvas.setExtent(QgsRectangle(-10, 35, 30, 60))
    flashed = []
    monkeypatch.setattr(canvas, "flashGeometries",
                        lambda geometries, crs, *args, **kwargs: flashed.append((geometries, crs)))
    item = leaf_of(validated, "ZONE_OVERLAP")
    entry = validated.entry(item.data(0, FINGERPRINT_ROLE))

    validated.panel.findings_tree.itemClicked.emit(item, 0)

    centre = shapely.centroid(entry.finding.geometry)
    plan_crs = QgsCoordinateReferenceSystem("EPSG:3035")
    transform = QgsCoordinateTransform(plan_crs, wgs84, QgsProject.instance())
    point = transform.transform(centre.x, centre.y)
    extent = canvas.extent()
    assert extent.contains(point) and extent.width() < 0.1
    zoning = opened.session.layer(ZONING)
    assert sorted(zoning.selectedFeatureIds()) == sorted(entry.finding.feature_ids)
    assert len(flashed) == 1 and flashed[0][1].authid() == "EPSG:3035"


def test_accepting_a_finding_requires_a_justification_and_is_written_to_the_register(
        validated, demo_plan, monkeypatch):
    item = leaf_of(validated, "ZONE_GAP")
    fingerprint = item.data(0, FINGERPRINT_ROLE)
    validated.panel.findings_tree.setCurrentItem(item)
    assert validated.panel.decision_button.isEnabled()

    dialog_states = []

    def decide(dialog):
        dialog.set_decision("accepted", "")
        dialog_states.append(dialog.button_box.button(dialog.button_box.StandardButton.Ok).isEnabled())
        dialog.set_decision("accepted", "Future cemetery, zoned in 2027")
        dialog_states.append(dialog.button_box.button(dialog.button_box.StandardButton.Ok).isEnabled())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionDialog, "exec", decide)
    validated.panel.decision_button.click()
    wait_for_tasks()

    assert dialog_states == [False, True]
    stored = {entry.fingerprint: entry for entry in read_register(demo_plan)}[fingerprint]
    assert (stored.user_status, stored.justification) == ("accepted", "Future cemetery, zoned in 2027")
    assert "1 ignored or accepted" in validated.panel.counts_label.text()


def test_the_detail_pane_reads_the_current_finding_in_full_and_follows_the_selection(validated):
    tree, browser = validated.panel.findings_tree, validated.panel.detail_browser
    overlap = next(item for item in validated.finding_items()
                   if validated.entry(item.data(0, FINGERPRINT_ROLE)).finding.params.get("overlap_kind")
                   == "duplicate")
    tree.setCurrentItem(overlap)
    text = browser.toPlainText()  # QTextDocument writes no-break spaces as spaces
    entry = validated.entry(overlap.data(0, FINGERPRINT_ROLE))
    for expected in ("Overlapping zones", "ZONE_OVERLAP", entry.finding.message("en"), "Severity", "Error",
                     "Layer", "Zoning", "Features", "A (no. 1", "A (no. 28", "Communes", "Villerupt (54580)",
                     "Measure", "100.00\u00a0ha", "State", "New", "Decision", "To review",
                     "Two zones cover the same land"):
        assert expected.replace("\u00a0", " ") in text, (expected, text)
    assert "#" not in text
    assert not re.search(r"(?<![\w_])zoning(?![\w.])", text)  # the layer's label, not its name

    invalid = leaf_of(validated, "GEOM_INVALID")
    tree.setCurrentItem(invalid)
    text = browser.toPlainText()
    assert "Invalid geometry" in text and "the outline crosses itself" in text and "Green spaces" in text
    assert "Jardin papillon (no. 6)" in text and "Overlapping zones" not in text

    tree.setCurrentItem(tree.topLevelItem(0))  # a group: nothing to detail
    assert browser.toPlainText() == ""


def test_the_decision_dialog_names_the_finding_it_decides_on(validated, monkeypatch):
    headers = []

    def look(dialog):
        headers.append((dialog.windowTitle(), dialog.summary_label.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DecisionDialog, "exec", look)
    tree = validated.panel.findings_tree
    gap = leaf_of(validated, "ZONE_GAP")
    tree.setCurrentItem(gap)
    validated.panel.decision_button.click()
    title, header = headers[-1]
    message = validated.entry(gap.data(0, FINGERPRINT_ROLE)).finding.message("en")
    assert title == "Decision on “Gap in the zoning”"
    assert "Gap in the zoning" in header and "ZONE_GAP" in header and html.escape(message) in header

    overlap = leaf_of(validated, "ZONE_OVERLAP")
    tree.setCurrentItem(overlap)
    validated.panel.decision_button.click()
    _, header = headers[-1]
    assert "Features: A (no. 1" in header or "Features: U (no. " in header  # the zones, by label and id

    gap.setSelected(True)  # now two findings
    validated.panel.decision_button.click()
    _, header = headers[-1]
    assert "2 findings selected:" in header
    assert "Overlapping zones" in header and "Gap in the zoning" in header


def test_ignoring_survives_the_next_validation(validated, opened, iface, demo_plan):
    entry = validated.entry(leaf_of(validated, "AXIS_DANGLE").data(0, FINGERPRINT_ROLE))
    assert validated.decide([entry.fingerprint], "ignored")
    wait_for_tasks()
    validate(opened, iface)
    again = {e.fingerprint: e for e in validated.register_entries}[entry.fingerprint]
    assert again.user_status == "ignored" and again.state == "open"


def test_exports_write_csv_html_and_a_geopackage_layer(validated, demo_plan, tmp_path, monkeypatch):
    targets = iter([tmp_path / "out.csv", tmp_path / "out.html", tmp_path / "out.gpkg"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(next(targets)), ""))
    for kind in ("csv", "html", "gpkg"):
        validated.export_actions[kind].trigger()
    wait_for_tasks()
    register = read_register(demo_plan)
    assert (tmp_path / "out.csv").read_bytes().decode("utf-8") == reports.to_csv(register, "en")
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Audun-le-Tiche" in html
    dataset = ogr.Open(str(tmp_path / "out.gpkg"))
    layer = dataset.GetLayerByName("findings")
    assert layer.GetFeatureCount() == len(reports.current(register))
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_findings_dock_reads_the_stored_register_when_the_plan_is_opened(plugin, demo_plan):
    from masterplan_plugin.io.validation import validate_plan

    result = validate_plan(demo_plan)
    plugin.commands.open_path(demo_plan)
    dock = plugin.findings_dock
    assert len(dock.register_entries) == len(result.register)
    assert json.loads(json.dumps(sorted(groups(dock))))  # grouped and shown without a new run
