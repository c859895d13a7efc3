"""Plugins ▸ Master plan ▸ Check a CNIG document for the GPU…: a folder chosen, the check in a task, the
summary in the message bar with a button opening the HTML report."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QAction, QFileDialog, QPushButton

from masterplan_plugin.gui.cnig_commands import OPEN_REPORT_BUTTON
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    fail_on_slot_exceptions,
    iface,
    plugin,
    wait_for_tasks,
    wait_until,
)
from test.unit.realdata import realdata_path


def test_the_menu_command_checks_a_chosen_folder_without_a_plan(plugin, iface, monkeypatch):  # noqa: F811
    folder = realdata_path("cnig_plu", "30014_PLU_20171013")
    action = iface.mainWindow().findChild(QAction, "mActionMasterPlanCnigCheck")
    assert action is not None and action.isEnabled() and action.text() == "Check a CNIG document for the GPU…"
    [submenu] = [a.menu() for a in iface.pluginMenu().actions() if a.menu() and a.text() == "&Master plan"]
    assert action in submenu.actions()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    results = []
    plugin.cnig.checked.connect(results.append)
    action.trigger()
    wait_until(lambda: results, message="the CNIG check")
    wait_for_tasks()
    [done] = results
    assert (done["findings"], done["open_errors"], done["version"]) == (34, 24, "2017")
    html = done["report"]
    assert html.endswith("30014_PLU_20171013.html")
    assert "CNIG_IDURBA_MISMATCH" in open(html, encoding="utf-8").read()
    buttons = iface.messageBar().findChildren(QPushButton, OPEN_REPORT_BUTTON)
    assert buttons and plugin.cnig.task is None
