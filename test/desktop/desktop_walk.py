"""Runs inside a real QGIS desktop (``qgis --code desktop_walk.py``), driven by test_desktop_walk.py.

A planner's first day, through the plugin's own commands and dialogs, step by step on a QTimer: New plan
(the toolbar action's dialog, filled and accepted), Import… of every national file (municipalities, zoning,
mobility axes, green spaces, sites; each import a QgsTask with its worker), a zone drawn in an edit session
as QGIS's Add Polygon tool does it (the layer's default values fill commune, standard and class), Validate
(the toolbar action's task), a decision on a finding through the findings panel's Decision… dialog, and the
atlas exported from its dialog. Modal dialogs are opened by their real command (deferred, so this script
never runs their event loop) and filled by a later tick, as a user would. A screenshot of the main window
after each step goes to MASTERPLAN_DESKTOP_SCREENSHOTS/walk_*.png; everything observed goes to the JSON file
named by MASTERPLAN_DESKTOP_RESULT, then QGIS quits.
"""

import os
import sys
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsGeometry, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialogButtonBox

sys.path.insert(0, os.environ["MASTERPLAN_DESKTOP_LIB"])  # desktop_steps, beside this script
from desktop_steps import run_steps  # noqa: E402

PLUGIN = "masterplan_plugin"
RESULT = os.environ["MASTERPLAN_DESKTOP_RESULT"]
SOURCES = Path(os.environ["MASTERPLAN_WALK_SOURCES"])
PLAN = Path(os.environ["MASTERPLAN_WALK_PLAN"])
ATLAS = Path(os.environ["MASTERPLAN_WALK_ATLAS"])
SCREENSHOTS = Path(os.environ["MASTERPLAN_DESKTOP_SCREENSHOTS"])
TIMEOUT_S = 150
# What the planner imports, in this order: (plan layer, file, country of a municipalities file or standard
# of a zoning file).
IMPORTS = [("communes", "fr_communes", "FR"), ("communes", "lu_communes", "LU"),
           ("communes", "be_communes", "BE"),
           ("zoning", "fr_zoning", "CNIG"), ("zoning", "lu_zoning", "PAG"), ("zoning", "be_zoning", "PDS"),
           ("mobility_axes", "fr_axes", None), ("mobility_axes", "lu_axes", None),
           ("mobility_axes", "be_axes", None), ("green_spaces", "fr_green", None),
           ("green_spaces", "lu_green", None), ("green_spaces", "be_green", None),
           ("sites", "fr_sites", None), ("sites", "lu_sites", None)]
DRAWN_COMMUNE, DRAWN_CODE = "LU-SANEM", "HAB-1"
ATLAS_COMMUNES = ["LU-SANEM", "57038"]  # Sanem with the zone drawn today
JUSTIFICATION = "Walk test: deliberate, agreed with the municipality."

result = {"errors": [], "screenshots": {}, "imports": [], "timings": {}}
state = {}


def record_exception(*exc_info):
    """An exception in a Qt slot would open QGIS's modal Python error dialog and stall the run: record it."""
    result["errors"].append("".join(traceback.format_exception(*exc_info)))


sys.excepthook = record_exception


def record_log(message, tag, level):
    """Warnings and errors of QGIS's message log (the plugin's own tag included), for the report."""
    if level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical):
        result.setdefault("log_warnings", []).append([tag, int(level), message[:4000]])


QgsApplication.messageLog().messageReceived.connect(record_log)


def plugin():
    return qgis.utils.plugins[PLUGIN]


def window():
    return qgis.utils.iface.mainWindow()


def action(name):
    return window().findChild(QAction, f"mActionMasterPlan{name}")


def trigger_later(callable_):
    """What a click does, from the event loop: a modal dialog's exec() then runs there, not in this tick."""
    QTimer.singleShot(0, callable_)


def modal(cls_name):
    widget = QApplication.activeModalWidget()
    return widget if widget is not None and type(widget).__name__ == cls_name else None


def settle(ms=300):
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    qgis.utils.iface.mapCanvas().waitWhileRendering()
    QApplication.processEvents()


def shot(name, widget=None):
    settle()
    path = SCREENSHOTS / f"walk_{name}.png"
    result["screenshots"][name] = bool((widget or window()).grab().save(str(path))) and str(path)


def zoom_to_plan():
    communes = plugin().session.layer("communes")
    canvas = qgis.utils.iface.mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(communes, communes.extent())
    canvas.setExtent(extent.buffered(extent.width() * 0.03))
    canvas.refresh()


# --- steps: each returns True when done, False to be called again (polling) ----------------------------

def prepare():
    win = window()
    win.resize(1600, 1000)
    win.showMaximized()
    result["loaded"] = PLUGIN in qgis.utils.plugins
    result["new_plan_enabled"] = action("NewPlan").isEnabled()
    trigger_later(action("NewPlan").trigger)
    return True


def fill_new_plan():
    dialog = modal("NewPlanDialog")
    if dialog is None:
        return False
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    result["new_plan_ok_without_file"] = ok.isEnabled()
    dialog.file_widget.setFilePath(str(PLAN.with_suffix("")))  # typed without .gpkg: the dialog adds it
    result["new_plan_crs"] = dialog.crs_id()  # the working CRS left at its default
    result["new_plan_ok_enabled"] = ok.isEnabled()
    shot("new_plan_dialog", dialog)
    ok.click()
    return True


def plan_created():
    if QApplication.activeModalWidget() is not None or plugin().session.plan_path() is None:
        return False  # the command creates the plan once the dialog's exec() has returned
    result["active_plan"] = str(plugin().session.plan_path())
    result["plan_exists"] = PLAN.exists()
    result["project_layers"] = sorted(layer.name() for layer in
                                      qgis.utils.iface.mapCanvas().layers())
    shot("1_new_plan")
    result["import_enabled"] = action("Import").isEnabled()
    action("Import").trigger()  # non-modal dialog
    state["import_dialog"] = plugin().imports.dialog
    state["imports"] = list(IMPORTS)
    state["started"] = time.monotonic()
    return True


def import_next():
    dialog = state["import_dialog"]
    if "importing" in state:
        if dialog.task is not None:
            return False
        target, name, _ = state.pop("importing")
        reports = dialog.last_reports or []
        result["imports"].append({
            "target": target, "file": name, "ok": bool(reports),
            "added": sum(r.get("added", 0) for r in reports),
            "status": dialog.status_label.text()})
        if name == "fr_zoning":
            shot("import_dialog", dialog)
    if not state["imports"]:
        result["timings"]["imports_s"] = round(time.monotonic() - state["started"], 1)
        return True
    target, name, choice = state["imports"].pop(0)
    dialog.set_target(target)
    dialog.set_source_file(SOURCES / f"{name}.gpkg")
    if target == "communes":
        dialog.country_combo.setCurrentIndex(dialog.country_combo.findData(choice))
    elif target == "zoning":
        dialog.standard_combo.setCurrentIndex(dialog.standard_combo.findData(choice))
    result.setdefault("source_crs", {})[name] = dialog.crs_widget.crs().authid()
    dialog.last_reports = None
    state["importing"] = (target, name, choice)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    if dialog.task is None:
        raise RuntimeError(f"the import of {name} did not start: {dialog.status_label.text()}")
    return False


def close_import():
    dialog = state.pop("import_dialog")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Close).click()
    session = plugin().session
    result["plan_counts"] = {name: session.layer(name).featureCount()
                             for name in ("communes", "zoning", "mobility_axes", "green_spaces", "sites")}
    zoom_to_plan()
    return True


def wait_panels():
    if plugin()._panel_data.data() is None:
        return False
    from masterplan_plugin.gui.docks import ZoningDock

    zoning = plugin().dock(ZoningDock)
    table = zoning.panel.hectares_table
    zoning.select_commune("57038")  # Audun-le-Tiche: the longest name in the commune column's header
    settle()
    result["zoning_panel"] = {"dock_visible": zoning.dock.isVisible(), "dock_width": zoning.dock.width(),
                              "hscroll": table.horizontalScrollBar().isVisible()}
    zoning.select_commune(DRAWN_COMMUNE)
    settle()
    first_column = table.horizontalHeader().sectionSize(0)
    items = [table.item(row, 0) for row in range(table.rowCount()) if table.item(row, 0) is not None]
    # Each cell's own font (the totals are bold), and the class swatch.
    result["zoning_panel"]["elided"] = [item.text() for item in items if QFontMetrics(item.font())
                                        .horizontalAdvance(item.text()) + 20 > first_column]
    shot("2_imported")
    return True


def draw_zone():
    """As QGIS's Add Polygon tool does with the project's avoid-intersections: the planner zones the land
    Sanem left unzoned (the demo's 100 ha gap) — the commune less its zones —, a feature made with the layer's
    default values and the code typed in the form, added, committed."""
    session = plugin().session
    communes, layer = session.layer("communes"), session.layer("zoning")
    commune = next(feature for feature in communes.getFeatures() if feature["code"] == DRAWN_COMMUNE)
    zoned = QgsGeometry.unaryUnion([feature.geometry() for feature in layer.getFeatures()
                                    if feature["commune_code"] == DRAWN_COMMUNE])
    gap = max(commune.geometry().difference(zoned).asGeometryCollection(), key=lambda part: part.area())
    # The commune's corner on the zones' edge stays in the difference as a collapsed spike (GEOM_DEGENERATE
    # reports it); a planner snapping on the cell's four corners draws none: shed it, corners kept square.
    for distance in (-0.001, 0.001):
        gap = gap.buffer(distance, 1, Qgis.EndCapStyle.Flat, Qgis.JoinStyle.Miter, 2)
    result["drawn_area_m2"] = round(gap.area())
    result["editing_started"] = layer.startEditing()
    fields = layer.fields()
    feature = QgsVectorLayerUtils.createFeature(layer, gap, {fields.indexOf("national_code"): DRAWN_CODE},
                                                layer.createExpressionContext())
    result["form_defaults"] = {name: _plain(feature[name]) for name in ("commune_code", "standard",
                                                                        "hilucs_code")}
    before = set(layer.allFeatureIds())
    result["feature_added"] = layer.addFeature(feature)
    result["committed"] = layer.commitChanges()
    result["commit_errors"] = layer.commitErrors()
    new = sorted(set(layer.allFeatureIds()) - before)
    result["drawn_fids"] = new
    if new:
        saved = next(layer.getFeatures(QgsFeatureRequest().setFilterFid(new[0])))
        result["drawn_zone"] = {name: _plain(saved[name]) for name in
                                ("commune_code", "standard", "national_code", "hilucs_code", "status")}
    canvas = qgis.utils.iface.mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(layer, commune.geometry().boundingBox())
    canvas.setExtent(extent.buffered(extent.width() * 0.4))
    canvas.refresh()
    layer.selectByIds(new)
    shot("3_zone_drawn")
    layer.removeSelection()
    zoom_to_plan()
    return True


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def validate():
    result["validate_enabled"] = action("Validate").isEnabled()
    action("Validate").trigger()
    result["validation_started"] = plugin().validation.is_running()
    state["started"] = time.monotonic()
    return True


def wait_validation():
    if plugin().validation.is_running():
        return False
    result["timings"]["validation_s"] = round(time.monotonic() - state["started"], 1)
    findings = plugin().findings_dock
    tree = findings.panel.findings_tree
    result["register_count"] = len(findings.register_entries)
    result["findings_listed"] = len(findings.finding_items())
    result["finding_groups"] = tree.topLevelItemCount()
    result["findings_visible"] = findings.dock.isVisible()
    result["counts_label"] = findings.panel.counts_label.text()
    result["findings"] = sorted([entry.finding.rule, sorted(entry.finding.communes), entry.finding.layer,
                                 sorted(entry.finding.feature_ids)] for entry in findings.register_entries)
    shot("4_validated")
    return True


def select_finding():
    from masterplan_plugin.gui.docks.findings import FINGERPRINT_ROLE

    findings = plugin().findings_dock
    drawn = set(result.get("drawn_fids", []))
    items = findings.finding_items()
    entries = [findings.entry(item.data(0, FINGERPRINT_ROLE)) for item in items]
    index = next((i for i, entry in enumerate(entries) if drawn & set(entry.finding.feature_ids)),
                 next((i for i, entry in enumerate(entries) if entry.finding.rule == "ZONE_OVERLAP"), 0))
    item, entry = items[index], entries[index]
    result["decided_rule"] = entry.finding.rule
    result["decided_fingerprint"] = entry.fingerprint
    result["decided_on_drawn_zone"] = bool(drawn & set(entry.finding.feature_ids))
    tree = findings.panel.findings_tree
    tree.scrollToItem(item)
    tree.setCurrentItem(item)
    tree.itemClicked.emit(item, 0)
    result["decision_button_enabled"] = findings.panel.decision_button.isEnabled()
    trigger_later(findings.panel.decision_button.click)
    return True


def fill_decision():
    dialog = modal("DecisionDialog")
    if dialog is None:
        return False
    result["decision_title"] = dialog.windowTitle()
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("accepted"))
    dialog.justification_edit.setPlainText(JUSTIFICATION)
    shot("decision_dialog", dialog)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    return True


def wait_decision():
    findings = plugin().findings_dock
    entry = findings.entry(result["decided_fingerprint"])
    if QApplication.activeModalWidget() is not None or findings._tasks or entry.user_status == "none":
        return False  # the decision is written by a task, started once the dialog's exec() has returned
    result["decided_entry"] = {"user_status": entry.user_status, "justification": entry.justification}
    shot("5_decided")
    trigger_later(action("ExportAtlas").trigger)
    return True


def fill_atlas():
    dialog = modal("AtlasDialog")
    if dialog is None:
        return False
    dialog.output_widget.setFilePath(str(ATLAS))
    dialog.set_selected_communes(ATLAS_COMMUNES)
    result["atlas_export_enabled"] = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    state["atlas_dialog"] = dialog
    state["started"] = time.monotonic()
    return True


def wait_atlas():
    dialog = state["atlas_dialog"]
    if dialog.task is not None:
        return False
    result["timings"]["atlas_s"] = round(time.monotonic() - state["started"], 1)
    result["atlas_status"] = dialog.status_label.text()
    exported = dialog.last_result
    result["atlas_paths"] = [str(path) for path in exported.paths] if exported else []
    shot("atlas_dialog", dialog)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Close).click()
    state.pop("atlas_dialog")
    return True


def atlas_closed():
    if QApplication.activeModalWidget() is not None:
        return False
    shot("6_atlas")
    return True


STEPS = [prepare, fill_new_plan, plan_created, import_next, close_import, wait_panels, draw_zone, validate,
         wait_validation, select_finding, fill_decision, wait_decision, fill_atlas, wait_atlas, atlas_closed]


def record_time(seconds):
    result["timings"]["walk_s"] = round(seconds, 1)


run_steps(STEPS, result, RESULT, TIMEOUT_S, on_finish=record_time)
