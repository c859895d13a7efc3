"""Runs inside a real QGIS desktop (``qgis --code desktop_project.py``), driven by test_desktop_project.py.

A planner opens the demo's project file as QGIS's *Open project* does (``iface.addProject``), in a French
QGIS: what the map shows first, what the log says while the project loads (a missing font?), the layer
names, the editing settings, the zone form (codes, communes, buttons); then the Open plan command on the
same plan in a new project. Everything observed goes to the JSON file named by MASTERPLAN_DESKTOP_RESULT;
QGIS then quits. Paths come from the environment because ``--code`` takes no arguments.
"""

import os
import sys
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialogButtonBox

sys.path.insert(0, os.environ["MASTERPLAN_DESKTOP_LIB"])  # desktop_steps, beside this script
from desktop_steps import run_steps  # noqa: E402

PLUGIN = "masterplan_plugin"
RESULT = os.environ["MASTERPLAN_DESKTOP_RESULT"]
PROJECT = Path(os.environ["MASTERPLAN_DESKTOP_PROJECT"])
SCREENSHOTS = Path(os.environ["MASTERPLAN_DESKTOP_SCREENSHOTS"])
TIMEOUT_S = 90

result = {"errors": [], "log": []}


def record_exception(*exc_info):
    result["errors"].append("".join(traceback.format_exception(*exc_info)))


sys.excepthook = record_exception


def on_log(message, tag, level):
    result["log"].append([tag, message])


def iface():
    return qgis.utils.iface


def plugin():
    return qgis.utils.plugins[PLUGIN]


def settle(ms=600):
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    iface().mapCanvas().waitWhileRendering()
    QApplication.processEvents()


def canvas_state(prefix):
    canvas = iface().mapCanvas()
    extent = canvas.extent()
    result[f"{prefix}_scale"] = canvas.scale()
    result[f"{prefix}_extent"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
    result[f"{prefix}_crs"] = canvas.mapSettings().destinationCrs().authid()


def plan_extent():
    communes = plugin().session.layer("communes")
    canvas = iface().mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(communes, communes.extent())
    return [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]


def box_texts(box):
    return [button.text() for button in box.buttons()]


# --- steps: each returns True when done, False to be called again (polling) ----------------------------

def prepare():
    window = iface().mainWindow()
    window.resize(1600, 1000)
    window.showMaximized()
    result["loaded"] = PLUGIN in qgis.utils.plugins
    result["translators"] = [type(t).__name__ for t in plugin()._translator or []]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Apply)
    result["standard_buttons"] = [box.button(b).text() for b in (
        QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Apply)]
    box.deleteLater()
    return True


def open_project():
    QgsApplication.messageLog().messageReceived.connect(on_log)
    result["project_opened"] = bool(iface().addProject(str(PROJECT)))
    return True


def wait_plan():
    return plugin().session.plan_path() is not None


def first_view():
    settle(1500)
    canvas_state("project")
    result["plan_extent"] = plan_extent()
    project = QgsProject.instance()
    group = project.layerTreeRoot().children()[0]
    result["tree"] = [node.name() for node in group.children()]
    result["snapping_enabled"] = project.snappingConfig().enabled()
    result["topological_editing"] = project.topologicalEditing()
    zoning = plugin().session.layer("zoning")
    avoided = [layer.id() for layer in project.avoidIntersectionsLayers()]
    result["avoid_intersections"] = avoided == [zoning.id()]
    path = SCREENSHOTS / "desktop_demo_project.png"
    result["screenshot"] = bool(iface().mainWindow().grab().save(str(path))) and str(path)
    return True


def zone_form():
    zoning = plugin().session.layer("zoning")
    feature = next(f for f in zoning.getFeatures()
                   if f["standard"] == "PAG" and f["national_code"] == "HAB-1")
    zoning.startEditing()  # the form as a planner editing the zone sees it
    dialog = iface().getFeatureForm(zoning, feature)
    dialog.resize(900, 480)
    dialog.show()
    settle(500)
    codes = dialog.findChild(QComboBox, "national_code")
    result["form_code"] = codes.currentText()
    result["form_codes"] = [codes.itemText(i) for i in range(codes.count()) if " — " in codes.itemText(i)]
    result["form_commune"] = dialog.findChild(QComboBox, "commune_code").currentText()
    result["form_code_enabled"] = codes.isEnabled()
    result["form_hilucs_enabled"] = dialog.findChild(QComboBox, "hilucs_code").isEnabled()
    boxes = dialog.findChildren(QDialogButtonBox)
    result["form_buttons"] = box_texts(boxes[0]) if boxes else []
    path = SCREENSHOTS / "desktop_zone_form.png"
    result["form_screenshot"] = bool(dialog.grab().save(str(path))) and str(path)
    dialog.reject()
    dialog.deleteLater()
    zoning.rollBack()
    return True


def open_plan_command():
    iface().newProject(False)
    settle(300)
    gpkg = PROJECT.with_suffix(".gpkg")
    result["command_opened"] = bool(plugin().commands.open_path(gpkg))
    settle(1000)
    canvas_state("command")
    result["command_plan_extent"] = plan_extent()
    return True


STEPS = [prepare, open_project, wait_plan, first_view, zone_form, open_plan_command]


def stop_listening(_seconds):
    try:
        QgsApplication.messageLog().messageReceived.disconnect(on_log)
    except TypeError:  # never connected: an earlier step failed
        pass


run_steps(STEPS, result, RESULT, TIMEOUT_S, on_finish=stop_listening)
