"""Runs inside a real QGIS desktop (``qgis --code desktop_dependencies.py``), driven by
test_desktop_dependencies.py, in a new profile whose Python has no shapely (no PYTHONPATH).

What a planner does: sees the plugin loaded with its tools disabled and the message bar saying shapely is
missing, opens the *Python packages…* dialog, presses *Install* (a real installation from PyPI, or from
MASTERPLAN_DEPS_WHEELHOUSE), and — without restarting QGIS — opens the demo plan and validates it. Screenshots
of the window and the dialog go to MASTERPLAN_DESKTOP_SCREENSHOTS; everything observed to the JSON file
named by MASTERPLAN_DESKTOP_RESULT; QGIS then quits.
"""

import os
import sys
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import (
    QAction,
    QApplication,
    QDockWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QToolBar,
)

sys.path.insert(0, os.environ["MASTERPLAN_DESKTOP_LIB"])  # desktop_steps, beside this script
from desktop_steps import run_steps  # noqa: E402

PLUGIN = "masterplan_plugin"
RESULT = os.environ["MASTERPLAN_DESKTOP_RESULT"]
PLAN = Path(os.environ["MASTERPLAN_DESKTOP_PLAN"])
SCREENSHOTS = Path(os.environ["MASTERPLAN_DESKTOP_SCREENSHOTS"])
METHOD = os.environ.get("MASTERPLAN_DEPS_METHOD", "auto")
TIMEOUT_S = 240
ACTION = "mActionMasterPlanDependencies"

result = {"errors": [], "screenshots": {}}


def record_exception(*exc_info):
    """An exception in a Qt slot would open QGIS's modal Python error dialog and stall the run: record it."""
    result["errors"].append("".join(traceback.format_exception(*exc_info)))


sys.excepthook = record_exception


def plugin():
    return qgis.utils.plugins[PLUGIN]


def window():
    return qgis.utils.iface.mainWindow()


def settle(ms=400):
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def save(name, widget):
    settle(500)
    path = SCREENSHOTS / f"{name}_{METHOD}.png"
    result["screenshots"][name] = bool(widget.grab().save(str(path))) and str(path)


def names(cls, prefix="MasterPlan"):
    return sorted(o.objectName() for o in window().findChildren(cls) if o.objectName().startswith(prefix))


def message_bar():
    return [{"title": item.title(), "text": item.text(), "name": item.objectName(),
             "level": int(item.level())} for item in qgis.utils.iface.messageBar().items()]


def log_tabs():
    """The Log Messages panel, tab by tab (it has recorded everything since QGIS started)."""
    dock = window().findChild(QDockWidget, "MessageLog")
    tabs = dock.findChild(QTabWidget) if dock is not None else None
    if tabs is None:
        return {}
    texts = {}
    for index in range(tabs.count()):
        widget = tabs.widget(index)
        texts[tabs.tabText(index)] = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else ""
    return texts


def dialog():
    return plugin()._notice.dialog


def table(dlg):
    rows = {}
    for row in range(dlg.packages_table.rowCount()):
        cells = [dlg.packages_table.item(row, column).text() for column in range(4)]
        rows[cells[0]] = cells[1:]
    return rows


# --- steps: each returns True when done, False to be called again (polling) ----------------------------

def prepare():
    win = window()
    win.resize(1600, 1000)
    win.showMaximized()
    settle(300)
    result["loaded"] = PLUGIN in qgis.utils.plugins
    result["plugin_file"] = sys.modules[PLUGIN].__file__
    result["shapely_imported_at_start"] = "shapely" in sys.modules
    result["waiting"] = plugin()._notice is not None
    result["toolbars"] = names(QToolBar)
    result["docks_before"] = names(QDockWidget)
    result["actions_enabled_before"] = {a.objectName(): a.isEnabled() for a in window().findChildren(QAction)
                                        if a.objectName().startswith("mActionMasterPlan")}
    toolbar = window().findChild(QToolBar, "MasterPlanToolbar")
    result["toolbar_first_action"] = toolbar.actions()[0].objectName() if toolbar else None
    result["provider_before"] = QgsApplication.processingRegistry().providerById("masterplan") is not None
    result["message_bar_before"] = message_bar()
    result["log_before"] = log_tabs()
    submenus = [a.menu() for a in qgis.utils.iface.pluginMenu().actions()
                if a.menu() and a.text() == "&Master plan"]
    result["menu_before"] = [a.objectName() for a in submenus[0].actions()] if submenus else []
    save("dependencies_missing", window())
    return True


def open_dialog():
    window().findChild(QAction, ACTION).trigger()
    dlg = dialog()
    result["dialog_visible"] = dlg.isVisible()
    result["table_before"] = table(dlg)
    result["status_before"] = dlg.status_label.text()
    result["install_enabled"] = dlg._install_button.isEnabled()
    result["folder"] = dlg.folder_label.text()
    result["settings_dir"] = QgsApplication.qgisSettingsDirPath()
    save("dependencies_dialog", dlg)
    return True


def press_install():
    dlg = dialog()
    result["install_started_at"] = time.monotonic()
    dlg._install_button.click()
    result["task_started"] = dlg.task is not None
    return True


def wait_install():
    return dialog().task is None


def installed():
    dlg = dialog()
    result["install_seconds"] = time.monotonic() - result.pop("install_started_at")
    result["status_after"] = dlg.status_label.text()
    last = dlg.last_result
    result["install_result"] = {"method": last.method, "versions": last.versions, "files": list(last.files),
                                "folder": str(last.folder), "numpy": last.numpy} if last else None
    result["table_after"] = table(dlg)
    result["waiting_after"] = plugin()._notice is not None and plugin()._notice.action is not None
    result["docks_after"] = names(QDockWidget)
    result["provider_after"] = QgsApplication.processingRegistry().providerById("masterplan") is not None
    result["new_plan_enabled"] = window().findChild(QAction, "mActionMasterPlanNewPlan").isEnabled()
    import shapely

    result["shapely"] = [shapely.__version__, shapely.__file__]
    result["sys_path_0"] = sys.path[0]
    result["message_bar_after"] = message_bar()
    save("dependencies_installed", dlg)
    dlg.close()
    return True


def open_plan():
    result["opened"] = bool(plugin().commands.open_path(PLAN))
    return True


def wait_figures():
    return plugin()._panel_data.data() is not None


def validate():
    action = window().findChild(QAction, "mActionMasterPlanValidate")
    result["validate_enabled"] = action.isEnabled()
    action.trigger()
    result["validation_started"] = plugin().validation.is_running()
    return True


def wait_validation():
    return not plugin().validation.is_running()


def findings():
    from masterplan_plugin.gui.docks.findings import GROUP_KEY_ROLE

    findings_dock = plugin().findings_dock
    tree = findings_dock.panel.findings_tree
    result["rules_listed"] = sorted(tree.topLevelItem(i).data(0, GROUP_KEY_ROLE)
                                    for i in range(tree.topLevelItemCount()))
    result["findings_count"] = len(findings_dock.finding_items())
    result["log_after"] = log_tabs()
    result["message_bar_end"] = message_bar()
    result["unloaded"] = bool(qgis.utils.unloadPlugin(PLUGIN))
    return True


def after_unload():
    if not result.pop("unload_ticked", False):  # the deferred deletes of unload run on the next tick
        result["unload_ticked"] = True
        return False
    result["after_unload"] = {"toolbars": names(QToolBar), "menus": names(QMenu), "docks": names(QDockWidget),
                              "actions": names(QAction, "mActionMasterPlan")}
    return True


STEPS = [prepare, open_dialog, press_install, wait_install, installed, open_plan, wait_figures, validate,
         wait_validation, findings, after_unload]


run_steps(STEPS, result, RESULT, TIMEOUT_S)
