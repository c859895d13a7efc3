"""Settings dialog (profile stored with the plan), the active plan remembered in the project, and the
background task wrapper (progress, cancel, errors delivered in the main thread)."""
# The shared fixtures are imported from test_gui_common, so tests name them as parameters again:
# ruff: noqa: F811

from __future__ import annotations

import json
import threading
import time

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QThread
from qgis.PyQt.QtWidgets import QAction, QDialog

from masterplan_plugin.core.checks.catalogue import plan_rule_ids
from masterplan_plugin.core.checks.profile import default_profile
from masterplan_plugin.core.errors import InputError
from masterplan_plugin.gui.settings_dialog import SettingsDialog
from masterplan_plugin.io.plan_file import read_plan_settings, write_plan_setting
from masterplan_plugin.io.validation import plan_profile, validate_plan
from masterplan_plugin.qgis_adapters import tasks
from masterplan_plugin.qgis_adapters.plan_session import ENTRY_KEY, ENTRY_SCOPE
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

# --- settings ------------------------------------------------------------------------------------------


def test_settings_dialog_shows_the_defaults_the_rules_and_the_working_crs_read_only(qgis_app):
    profile = default_profile()
    dialog = SettingsDialog("EPSG:3035", profile)
    assert dialog.crs_edit.isReadOnly() and dialog.crs_edit.text().startswith("EPSG:3035 — ")
    assert {key: spin.value() for key, spin in dialog.spin_boxes.items()} == profile.tolerances
    assert all(spin.clearValue() == profile.tolerances[key] for key, spin in dialog.spin_boxes.items())
    assert dialog.rules_list.count() == len(plan_rule_ids())  # a plan's rules, not the GPU pre-check's
    assert dialog.profile() == profile
    dialog.deleteLater()


def test_settings_are_stored_in_the_plan_and_used_by_the_next_validation(
        opened, iface, demo_plan, monkeypatch):
    def edit(dialog):
        dialog.spin_boxes["gap_min_area_m2"].setValue(10_000_000)
        for row in range(dialog.rules_list.count()):
            item = dialog.rules_list.item(row)
            if "AXIS_DANGLE" in item.text():
                item.setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", edit)
    iface.mainWindow().findChild(QAction, "mActionMasterPlanSettings").trigger()

    stored = json.loads(read_plan_settings(demo_plan)["validation_profile"])
    assert stored["tolerances"]["gap_min_area_m2"] == 10_000_000
    assert "AXIS_DANGLE" not in stored["enabled_rules"]
    profile = plan_profile(demo_plan)
    assert profile.tolerance("gap_min_area_m2") == 10_000_000 and not profile.enabled("AXIS_DANGLE")
    rules = {entry.finding.rule for entry in validate_plan(demo_plan, write=False).register}
    assert "AXIS_DANGLE" not in rules and "ZONE_GAP" not in rules  # no gap reaches 10 km²


def test_write_plan_setting_replaces_and_removes_a_key(demo_plan):
    write_plan_setting(demo_plan, "note", "one")
    write_plan_setting(demo_plan, "note", "two")
    assert read_plan_settings(demo_plan)["note"] == "two"
    write_plan_setting(demo_plan, "note", None)
    assert "note" not in read_plan_settings(demo_plan)
    assert read_plan_settings(demo_plan)["crs"] == "EPSG:3035"


# --- the active plan -----------------------------------------------------------------------------------

def test_the_active_plan_is_remembered_in_the_project_and_restored_when_it_is_read_again(
        opened, demo_plan, tmp_path):
    project = QgsProject.instance()
    stored, ok = project.readEntry(ENTRY_SCOPE, ENTRY_KEY)
    assert ok and project.readPath(stored) == str(demo_plan.resolve())
    assert project.write(str(tmp_path / "saved.qgz"))
    project.clear()
    assert opened.session.plan_path() is None
    assert project.read(str(tmp_path / "saved.qgz"))
    wait_until(lambda: opened.session.plan_path() == demo_plan.resolve(), message="plan restored")
    assert iface_action(opened, "Validate").isEnabled()


def iface_action(plugin, name):
    return plugin.iface.mainWindow().findChild(QAction, f"mActionMasterPlan{name}")


def test_a_project_made_without_the_plugin_activates_its_plan(plugin, demo_source):
    project = QgsProject.instance()
    assert project.read(str(demo_source.with_suffix(".qgz")))
    wait_until(lambda: plugin.session.plan_path() == demo_source.resolve(), message="plan found")
    assert iface_action(plugin, "Validate").isEnabled()


def test_opening_the_same_plan_twice_does_not_duplicate_its_layers(opened, demo_plan):
    count = QgsProject.instance().count()
    assert opened.commands.open_path(demo_plan)
    assert QgsProject.instance().count() == count


def test_removing_the_plan_layers_leaves_no_active_plan(opened):
    QgsProject.instance().removeMapLayers([layer.id() for layer in opened.session.plan_layers()])
    wait_until(lambda: opened.session.plan_path() is None, message="plan gone")
    assert not iface_action(opened, "Validate").isEnabled()
    assert not iface_action(opened, "Settings").isEnabled()


def test_removing_the_plan_layers_before_the_panel_figures_arrive_is_harmless(plugin, demo_plan):
    assert plugin.commands.open_path(demo_plan)  # figures are being computed in a task
    QgsProject.instance().removeMapLayers([layer.id() for layer in plugin.session.plan_layers()])
    wait_until(lambda: plugin.session.plan_path() is None, message="plan gone")
    wait_for_tasks()  # the figures arrive for a plan whose layers are gone: no error in any slot


# --- the task wrapper ----------------------------------------------------------------------------------

def run_task(task: tasks.PlanTask, cancel_after: float | None = None) -> dict:
    outcome = {}
    task.succeeded.connect(lambda value: outcome.update(succeeded=value, thread=QThread.currentThread()))
    task.failed.connect(lambda error: outcome.update(failed=error))
    task.cancelled.connect(lambda: outcome.update(cancelled=True))
    tasks.start(task)
    if cancel_after is not None:
        wait_until(lambda: task.progress() > 0, message="task started")
        task.cancel()
    wait_until(lambda: outcome, message="task outcome")
    return outcome


def test_a_task_reports_progress_and_delivers_its_result_in_the_main_thread(qgis_app):
    seen = []

    def work(progress, is_cancelled):
        seen.append(threading.current_thread() is threading.main_thread())
        for step in range(5):
            progress(step * 20, f"step {step}")
        return 42

    outcome = run_task(tasks.PlanTask("counting", work))
    assert outcome["succeeded"] == 42 and seen == [False]
    assert outcome["thread"] == QgsApplication.instance().thread()


def test_cancel_stops_the_work_and_says_so(qgis_app):
    def work(progress, is_cancelled):
        progress(1, "waiting")
        while not is_cancelled():
            time.sleep(0.01)
        from masterplan_plugin.core.checks.registry import Cancelled

        raise Cancelled()

    assert run_task(tasks.PlanTask("waiting", work), cancel_after=0) == {"cancelled": True}


def test_a_plan_error_in_the_task_is_delivered_to_the_gui(qgis_app):
    def work(progress, is_cancelled):
        raise InputError("The plan file does not exist.", "/nowhere.gpkg")

    outcome = run_task(tasks.PlanTask("failing", work))
    assert outcome["failed"].message == "The plan file does not exist."
