"""Runs inside a real QGIS desktop (``qgis --code desktop_check.py``), driven by test_desktop_plugin.py.

Waits until QGIS has finished starting (``desktop_steps.when_qgis_ready``), records what the plugin
registered, saves a screenshot, unloads the plugin, records what is left, writes everything to the JSON
file named by MASTERPLAN_DESKTOP_RESULT and quits QGIS.
Paths come from the environment because ``--code`` takes no arguments.
"""

import json
import os
import sys
import traceback

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

sys.path.insert(0, os.environ["MASTERPLAN_DESKTOP_LIB"])  # desktop_steps, beside this script
from desktop_steps import started_on, when_qgis_ready  # noqa: E402

PLUGIN = "masterplan_plugin"
RESULT = os.environ["MASTERPLAN_DESKTOP_RESULT"]
SCREENSHOT = os.environ["MASTERPLAN_DESKTOP_SCREENSHOT"]

result = {"errors": []}


def registered(window):
    def names(cls, prefix="MasterPlan"):
        return sorted(o.objectName() for o in window.findChildren(cls) if o.objectName().startswith(prefix))

    return {
        "toolbars": names(QToolBar),
        "menus": names(QMenu),
        "docks": names(QDockWidget),
        "visible_docks": sorted(d.objectName() for d in window.findChildren(QDockWidget)
                                if d.objectName().startswith("MasterPlan") and d.isVisible()),
        "actions": names(QAction, "mActionMasterPlan"),
    }


def menu_texts(menu):
    return [action.text() for action in menu.actions()] if menu is not None else []


def check_loaded():
    iface = qgis.utils.iface
    window = iface.mainWindow()
    plugin = qgis.utils.plugins.get(PLUGIN)
    result["loaded"] = plugin is not None
    result["started_on"] = started_on[0]
    result["plugin_file"] = getattr(__import__(PLUGIN), "__file__", "")
    result["before"] = registered(window)
    result["plugins_menu"] = menu_texts(iface.pluginMenu())
    submenus = [a.menu() for a in iface.pluginMenu().actions() if a.menu() and a.text() == "&Master plan"]
    result["master_plan_menu"] = [a.objectName() for a in submenus[0].actions()] if submenus else []
    result["panels_menu"] = menu_texts(window.findChild(QMenu, "mPanelMenu"))
    toolbar = window.findChild(QToolBar, "MasterPlanToolbar")
    result["toolbar_visible"] = bool(toolbar and toolbar.isVisible())
    result["screenshot_saved"] = window.grab().save(SCREENSHOT)
    result["unloaded"] = bool(qgis.utils.unloadPlugin(PLUGIN))


def check_unloaded():
    iface = qgis.utils.iface
    result["after"] = registered(iface.mainWindow())
    result["plugins_menu_after"] = menu_texts(iface.pluginMenu())
    result["panels_menu_after"] = menu_texts(iface.mainWindow().findChild(QMenu, "mPanelMenu"))


def guarded(step, then=None, delay_ms=500):
    def run():
        try:
            step()
        except Exception:
            result["errors"].append(traceback.format_exc())
        if then is not None and not result["errors"]:
            QTimer.singleShot(delay_ms, then)
        else:
            finish()

    return run


def finish():
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2)
    QgsApplication.exit(0)


# The deferred deletes of unload run when control returns to the event loop: check afterwards.
when_qgis_ready(guarded(check_loaded, then=guarded(check_unloaded)))
