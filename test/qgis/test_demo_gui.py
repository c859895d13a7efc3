"""Plugins ▸ Master plan ▸ Build the demo plan…: a folder chosen, the demo built and validated in the child
worker through a task, then opened as the active plan like Open plan does, and said in the message bar."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from masterplan_plugin.core.reports import current
from masterplan_plugin.io.validation import read_register
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    fail_on_slot_exceptions,
    iface,
    plugin,
    wait_for_tasks,
    wait_until,
)


def plan_layers(gpkg: Path) -> list:
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if Path(layer.source().split("|")[0]).resolve() == gpkg.resolve()]


def test_the_menu_command_builds_the_demo_in_a_chosen_folder_and_opens_it(plugin, iface, tmp_path,  # noqa: F811
                                                                          monkeypatch):
    folder = tmp_path / "my demo"
    action = iface.mainWindow().findChild(QAction, "mActionMasterPlanDemo")
    assert action is not None and action.isEnabled() and action.text() == "Build the demo plan…"
    [submenu] = [a.menu() for a in iface.pluginMenu().actions() if a.menu() and a.text() == "&Master plan"]
    assert action in submenu.actions()
    assert plugin.session.plan_path() is None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    results = []
    plugin.demo.built.connect(results.append)
    action.trigger()
    assert plugin.demo.task is not None
    wait_until(lambda: results, message="the demo plan")
    wait_for_tasks()
    [done] = results
    gpkg = folder / "demo_plan.gpkg"
    assert Path(done["gpkg"]) == gpkg and (folder / "demo_plan.qgz").is_file()
    assert plugin.session.plan_path() == gpkg.resolve()
    assert done["findings"] == len(current(read_register(gpkg))) == 23  # validated: the register is filled
    assert len(plan_layers(gpkg)) >= 5  # the plan's layers in the project, as Open plan adds them
    assert iface.mainWindow().findChild(QAction, "mActionMasterPlanValidate").isEnabled()
    success = "\n".join(iface.messageBar().get_messages(Qgis.MessageLevel.Success))
    assert "Demo plan built and opened" in success and str(gpkg) in success
    assert plugin.demo.task is None


def test_building_the_demo_programmatically_twice_replaces_it_and_keeps_one_copy_in_the_project(
        plugin, tmp_path):  # noqa: F811
    folder = tmp_path / "demo"
    for _ in range(2):
        results = []
        plugin.demo.built.connect(results.append)
        assert plugin.demo.build_demo(folder) is not None
        wait_until(lambda: results, message="the demo plan")  # noqa: B023 - waited for inside the loop
        wait_for_tasks()
        plugin.demo.built.disconnect(results.append)
    gpkg = (folder / "demo_plan.gpkg").resolve()
    assert plugin.session.plan_path() == gpkg
    assert plugin.session.plans_in_project() == [gpkg]
    sources = [layer.source() for layer in plan_layers(gpkg)]
    assert len(sources) == len(set(sources))  # the second open made it active, it did not add it again


def test_a_folder_that_cannot_be_written_is_said_in_the_message_bar(plugin, iface, tmp_path):  # noqa: F811
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    task = plugin.demo.build_demo(blocker / "demo")
    assert task is not None
    wait_until(lambda: plugin.demo.task is None, message="the demo task's end")
    wait_for_tasks()
    critical = "\n".join(iface.messageBar().get_messages(Qgis.MessageLevel.Critical))
    assert "The demo plan could not be built." in critical
    assert plugin.session.plan_path() is None
