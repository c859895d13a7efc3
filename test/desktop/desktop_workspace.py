"""Runs inside a real QGIS desktop (``qgis --code desktop_workspace.py``), driven by
test_desktop_workspace.py.

The planner's day, scripted through the plugin's own objects: open the demo plan with the Open plan command
(no file dialog), wait for the panel figures, validate through the toolbar action, wait for the task, click
a finding, and save screenshots of the zoning, mobility, green and findings panels. Everything observed
goes to the JSON file named by MASTERPLAN_DESKTOP_RESULT; QGIS then quits. Paths come from the environment
because ``--code`` takes no arguments.
"""

import os
import sys
import time
import traceback
from pathlib import Path

import qgis.utils
import shapely
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget

sys.path.insert(0, os.environ["MASTERPLAN_DESKTOP_LIB"])  # desktop_steps, beside this script
from desktop_steps import run_steps  # noqa: E402

PLUGIN = "masterplan_plugin"
RESULT = os.environ["MASTERPLAN_DESKTOP_RESULT"]
PLAN = Path(os.environ["MASTERPLAN_DESKTOP_PLAN"])
SCREENSHOTS = Path(os.environ["MASTERPLAN_DESKTOP_SCREENSHOTS"])
TIMEOUT_S = 90
CLICKED_RULE = "ZONE_OVERLAP"

result = {"errors": [], "screenshots": {}}


def record_exception(*exc_info):
    """An exception in a Qt slot would open QGIS's modal Python error dialog and stall the run: record it."""
    result["errors"].append("".join(traceback.format_exception(*exc_info)))


sys.excepthook = record_exception


def plugin():
    return qgis.utils.plugins[PLUGIN]


def window():
    return qgis.utils.iface.mainWindow()


def dock(name):
    return window().findChild(QDockWidget, name)


def settle(ms=400):
    """Let the GUI repaint (and the canvas render) before a screenshot."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    canvas = qgis.utils.iface.mapCanvas()
    canvas.waitWhileRendering()
    QApplication.processEvents()


def screenshot(name, dock_name):
    panel = dock(dock_name)
    panel.setUserVisible(True)
    panel.raise_()
    settle(600)
    path = SCREENSHOTS / f"panel_{name}.png"
    result["screenshots"][name] = bool(window().grab().save(str(path))) and str(path)


def table_geometry(table):
    """How a panel table fits: viewport width, horizontal scroll bar, and per column its width, the width
    of its widest cell text (font metrics, the first column's swatch icons included) and its header's."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    columns = []
    for column in range(table.columnCount()):
        items = [table.item(row, column) for row in range(table.rowCount()) if table.item(row, column)]
        icon = 20 if any(not item.icon().isNull() for item in items) else 0
        text = max((metrics.horizontalAdvance(item.text()) for item in items), default=0) + icon
        title = table.horizontalHeaderItem(column).text()
        head = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
        columns.append({"width": header.sectionSize(column), "text": text, "header": head, "title": title})
    return {"viewport": table.viewport().width(), "hscroll": table.horizontalScrollBar().isVisible(),
            "columns": columns}


def canvas_extent():
    extent = qgis.utils.iface.mapCanvas().extent()
    return [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]


# --- steps: each returns True when done, False to be called again (polling) ----------------------------

def prepare():
    win = window()
    win.resize(1600, 1000)  # the QGIS window planners have (the Xvfb screen is as large)
    win.showMaximized()
    result["loaded"] = PLUGIN in qgis.utils.plugins
    return True


def open_plan():
    result["opened"] = bool(plugin().commands.open_path(PLAN))
    result["active_plan"] = str(plugin().session.plan_path())
    return True


def wait_figures():
    return plugin()._panel_data.data() is not None


def layout_and_zoning():
    win = window()
    docks = [dock(n) for n in ("MasterPlanZoningDock", "MasterPlanMobilityDock", "MasterPlanGreenDock",
                               "MasterPlanFindingsDock")]
    result["tabified_at_start"] = sorted(d.objectName() for d in win.tabifiedDockWidgets(docks[0]))
    for item in docks[1:]:  # one panel at a time, as tabs, for the screenshots
        win.tabifyDockWidget(docks[0], item)
    for item in docks:
        item.setUserVisible(True)
    settle(300)  # the docks keep the width QGIS gives them in a new profile
    qgis.utils.iface.messageBar().clearWidgets()
    communes = plugin().session.layer("communes")
    canvas = qgis.utils.iface.mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(communes, communes.extent())
    canvas.setExtent(extent.buffered(extent.width() * 0.03))
    canvas.refresh()
    from masterplan_plugin.gui.docks import ZoningDock

    zoning = plugin().dock(ZoningDock)
    zoning.select_commune("LU-ESCH")
    zoning.panel.code_combo.setCurrentIndex(zoning.panel.code_combo.findData("HAB-1"))
    layer = plugin().session.layer("zoning")
    layer.selectByIds([f.id() for f in layer.getFeatures() if f["commune_code"] == "LU-ESCH"])
    zoning.select_commune("54580")  # Villerupt: overlapping zones, the "drawn twice" row and note
    result["apply_enabled"] = zoning.panel.apply_button.isEnabled()
    result["zoning_rows"] = zoning.panel.hectares_table.rowCount()
    screenshot("zoning", "MasterPlanZoningDock")
    win_size = window().size()
    result["window_size"] = [win_size.width(), win_size.height()]
    result["dock_width"] = dock("MasterPlanZoningDock").width()
    result["zoning_table"] = table_geometry(zoning.panel.hectares_table)
    result["overlap_note"] = zoning.panel.overlap_label.text()
    layer.removeSelection()
    return True


def mobility():
    from masterplan_plugin.gui.docks import MobilityDock

    panel = plugin().dock(MobilityDock).panel
    table = panel.axes_table
    key_role = Qt.ItemDataRole.UserRole + 2
    table.selectRow(next(row for row in range(table.rowCount())
                         if table.item(row, 0).data(key_role) == "urban_boulevard"))
    result["mobility_selected"] = plugin().session.layer("mobility_axes").selectedFeatureCount()
    screenshot("mobility", "MasterPlanMobilityDock")
    result["km_table"] = table_geometry(panel.km_table)
    result["axes_table"] = table_geometry(panel.axes_table)
    plugin().session.layer("mobility_axes").removeSelection()
    return True


def green():
    from masterplan_plugin.gui.docks import GreenDock

    panel = plugin().dock(GreenDock).panel
    panel.corridors_table.selectRow(0)
    result["corridors"] = panel.corridors_table.rowCount()
    screenshot("green", "MasterPlanGreenDock")
    result["green_table"] = table_geometry(panel.green_table)
    result["corridors_table"] = table_geometry(panel.corridors_table)
    plugin().session.layer("green_spaces").removeSelection()
    return True


def validate():
    action = window().findChild(QAction, "mActionMasterPlanValidate")
    result["validate_enabled"] = action.isEnabled()
    result["atlas_enabled"] = window().findChild(QAction, "mActionMasterPlanExportAtlas").isEnabled()
    result["processing_provider"] = QgsApplication.processingRegistry().providerById("masterplan") is not None
    action.trigger()
    result["task_started"] = plugin().validation.is_running()
    result["task_in_manager"] = QgsApplication.taskManager().countActiveTasks() > 0
    return True


def wait_validation():
    return not plugin().validation.is_running()


def findings():
    from masterplan_plugin.gui.docks.findings import FINGERPRINT_ROLE, GROUP_KEY_ROLE

    findings_dock = plugin().findings_dock
    tree = findings_dock.panel.findings_tree
    result["findings_visible"] = findings_dock.dock.isVisible()
    result["rules_listed"] = sorted(tree.topLevelItem(i).data(0, GROUP_KEY_ROLE)
                                    for i in range(tree.topLevelItemCount()))
    result["counts"] = findings_dock.panel.counts_label.text()
    item = next(leaf for leaf in findings_dock.finding_items()
                if findings_dock.entry(leaf.data(0, FINGERPRINT_ROLE)).finding.rule == CLICKED_RULE)
    entry = findings_dock.entry(item.data(0, FINGERPRINT_ROLE))
    result["extent_before"] = canvas_extent()
    tree.setCurrentItem(item)
    tree.scrollToItem(item)
    tree.itemClicked.emit(item, 0)
    settle(300)
    result["extent_after"] = canvas_extent()
    centre = shapely.centroid(entry.finding.geometry)
    canvas_crs = qgis.utils.iface.mapCanvas().mapSettings().destinationCrs()
    plan_crs = QgsCoordinateReferenceSystem("EPSG:3035")
    transform = QgsCoordinateTransform(plan_crs, canvas_crs, QgsProject.instance())
    point = transform.transform(centre.x, centre.y)
    result["finding_centre"] = [point.x(), point.y()]
    result["selected_fids"] = sorted(plugin().session.layer(entry.finding.layer).selectedFeatureIds())
    result["finding_fids"] = sorted(entry.finding.feature_ids)
    screenshot("findings", "MasterPlanFindingsDock")
    result["detail_text"] = findings_dock.panel.detail_browser.toPlainText()
    result["detail_height"] = findings_dock.panel.detail_browser.height()
    result["finding_column_width"] = tree.header().sectionSize(0)
    result["finding_message"] = entry.finding.message("en")
    decision_dialog(findings_dock, entry)
    return True


def decision_dialog(findings_dock, entry):
    """The Decision… dialog on the clicked finding, shown without its event loop for a screenshot."""
    from masterplan_plugin.gui.decision_dialog import DecisionDialog

    dialog = DecisionDialog([findings_dock.detail(entry)], "accepted", "", window())
    dialog.show()
    settle(300)
    path = SCREENSHOTS / "decision_dialog.png"
    result["screenshots"]["decision"] = bool(dialog.grab().save(str(path))) and str(path)
    result["decision_header"] = dialog.summary_label.text()
    result["decision_title"] = dialog.windowTitle()
    dialog.reject()
    dialog.deleteLater()


def atlas():
    """The atlas runs inside the desktop process (its task thread): one municipality, for real."""
    from masterplan_plugin.qgis_adapters.atlas import export_atlas

    output = Path(PLAN).parent / "desktop_atlas"
    exported = export_atlas(PLAN, output, communes=["57038"], combined=False)
    result["atlas_pdfs"] = [str(path) for path in exported.commune_pdfs.values()]
    return True


STEPS = [prepare, open_plan, wait_figures, layout_and_zoning, mobility, green, validate, wait_validation,
         findings, atlas]


run_steps(STEPS, result, RESULT, TIMEOUT_S)
