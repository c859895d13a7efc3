"""The plugin shell in a QGIS stub (pytest-qgis, offscreen): what initGui registers, unload removes."""

from __future__ import annotations

import logging
import sys
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import (
    QAction,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
)

from masterplan_plugin import classFactory, icons
from masterplan_plugin.gui.new_plan_dialog import NewPlanDialog
from masterplan_plugin.io.plan_file import read_plan_settings
from masterplan_plugin.qgis_adapters import logging_bridge
from masterplan_plugin.qgis_adapters.plan_project import create_plan

PLAN_ACTIONS = ["NewPlan", "OpenPlan", "Import", "Validate", "Findings", "ExportAtlas", "Settings"]
# The menu also holds the commands not used every day, each after the one it follows.
MENU_ACTIONS = ["NewPlan", "OpenPlan", "Demo", "Import", "Validate", "Findings", "CnigCheck", "ExportAtlas",
                "ExportCnig", "ExportInspire", "Settings"]
DOCKS = ["MasterPlanZoningDock", "MasterPlanMobilityDock", "MasterPlanGreenDock", "MasterPlanFindingsDock"]


def flush_deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def plugin_objects(window) -> dict[str, list[str]]:
    """objectNames of everything the plugin may have left in the main window."""

    def names(cls, prefix="MasterPlan"):
        return sorted(o.objectName() for o in window.findChildren(cls) if o.objectName().startswith(prefix))

    return {
        "toolbars": names(QToolBar),
        "menus": names(QMenu),
        "docks": names(QDockWidget),
        "actions": names(QAction, "mActionMasterPlan"),
    }


def bridge_handlers() -> list[logging.Handler]:
    logger = logging.getLogger(logging_bridge.PACKAGE_LOGGER)
    return [h for h in logger.handlers if isinstance(h, logging_bridge.QgsMessageLogHandler)]


@pytest.fixture(autouse=True)
def fail_on_slot_exceptions(monkeypatch):
    """PyQt aborts the whole run on an exception raised in a slot unless sys.excepthook is replaced:
    collect them and fail the test instead (QGIS itself shows them in its Python error dialog)."""
    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc_info: raised.append(exc_info))
    yield
    if raised:
        pytest.fail("exception in a Qt slot:\n" + "".join(traceback.format_exception(*raised[0])))


@pytest.fixture()
def iface(qgis_like_iface, qgis_locale):
    qgis_locale("en_US")
    return qgis_like_iface


@pytest.fixture()
def plugin(iface):
    plugin = classFactory(iface)
    plugin.initGui()
    yield plugin
    plugin.unload()  # a no-op when the test already unloaded it
    flush_deferred_deletes()


def find(iface, cls, name):
    found = iface.mainWindow().findChild(cls, name)
    assert found is not None, name
    return found


# --- registration ------------------------------------------------------------------------------------

def test_toolbar_holds_the_plan_actions_in_order(plugin, iface):
    toolbar = find(iface, QToolBar, "MasterPlanToolbar")
    assert toolbar.windowTitle() == "Master plan"
    names = [a.objectName() for a in toolbar.actions() if a.objectName().startswith("mActionMasterPlan")]
    assert names == [f"mActionMasterPlan{name}" for name in PLAN_ACTIONS]
    assert iface.mainWindow().toolBarArea(toolbar) != Qt.ToolBarArea.NoToolBarArea


def test_every_action_has_text_icon_and_tooltip(plugin, iface):
    for name in MENU_ACTIONS:
        action = find(iface, QAction, f"mActionMasterPlan{name}")
        assert action.text() and action.toolTip() and not action.icon().isNull(), name
    assert find(iface, QAction, "mActionMasterPlanNewPlan").text() == "New plan…"


def qrc_icon_names() -> list[str]:
    qrc = ET.parse(Path(__file__).resolve().parents[2] / "resources.qrc").getroot()
    return [Path(f.get("alias")).stem for f in qrc.iter("file") if f.get("alias", "").startswith("icons/")]


def test_every_icon_of_the_manifest_is_a_valid_svg_file():
    names = qrc_icon_names()
    assert len(names) == 11
    for name in names:
        assert QSvgRenderer(str(icons.ICON_DIR / f"{name}.svg")).isValid(), name


COMPILED_RESOURCES = icons.ICON_DIR.parents[1] / "resources_rc.py"


@pytest.mark.skipif(not COMPILED_RESOURCES.exists(), reason="resources_rc.py is built by `make resources`")
def test_icons_come_from_the_compiled_resources_when_built():
    assert icons.compiled_resources_loaded()
    assert icons.icon_path("zoning") == ":/plugins/masterplan_plugin/icons/zoning.svg"
    assert not icons.icon("zoning").isNull()


def test_icons_fall_back_to_the_svg_files_without_compiled_resources(monkeypatch):
    monkeypatch.setattr(icons, "compiled_resources_loaded", lambda: False)
    assert icons.icon_path("zoning") == str(icons.ICON_DIR / "zoning.svg")
    assert not icons.icon("zoning").isNull()


def test_plan_actions_wait_for_an_active_plan(plugin, iface):
    enabled = {name: find(iface, QAction, f"mActionMasterPlan{name}").isEnabled() for name in MENU_ACTIONS}
    assert enabled == {
        "NewPlan": True, "OpenPlan": True, "Demo": True, "Import": False, "Validate": False, "Findings": True,
        "CnigCheck": True, "ExportAtlas": False, "ExportCnig": False, "ExportInspire": False,
        "Settings": False,
    }


def master_plan_submenus(iface) -> list[QMenu]:
    return [a.menu() for a in iface.pluginMenu().actions() if a.menu() and a.text() == "&Master plan"]


def test_plugins_menu_gets_a_master_plan_submenu_with_the_toolbar_actions_and_menu_only_ones(plugin, iface):
    [menu] = master_plan_submenus(iface)
    names = [a.objectName() for a in menu.actions() if a.objectName().startswith("mActionMasterPlan")]
    assert names == [f"mActionMasterPlan{name}" for name in MENU_ACTIONS]
    assert menu.actions()[-1] is find(iface, QMenu, "MasterPlanPanelsMenu").menuAction()
    assert [a.isSeparator() for a in menu.actions()].count(True) == 3


def test_four_docks_are_tabified_on_the_right_and_only_zoning_is_open(plugin, iface):
    window = iface.mainWindow()
    docks = {name: find(iface, QDockWidget, name) for name in DOCKS}
    assert {name: dock.windowTitle() for name, dock in docks.items()} == {
        "MasterPlanZoningDock": "Zoning", "MasterPlanMobilityDock": "Mobility axes",
        "MasterPlanGreenDock": "Green spaces", "MasterPlanFindingsDock": "Findings",
    }
    assert all(window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea for d in docks.values())
    zoning = docks["MasterPlanZoningDock"]
    assert set(window.tabifiedDockWidgets(zoning)) == {d for n, d in docks.items() if d is not zoning}
    assert [name for name, dock in docks.items() if dock.isVisible()] == ["MasterPlanZoningDock"]


def test_panels_are_tabbed_again_once_after_qgis_restores_its_layout_then_left_to_the_user(plugin, iface):
    """What ``initializationCompleted`` triggers at QGIS start-up (the mock interface has no such signal)."""
    from qgis.core import QgsSettings

    from masterplan_plugin.plugin import DOCKS_ARRANGED_KEY

    window = iface.mainWindow()
    docks = [find(iface, QDockWidget, name) for name in DOCKS]
    settings = QgsSettings()
    settings.remove(DOCKS_ARRANGED_KEY)
    try:
        for dock in docks:  # what restoring a layout that does not know the panels leaves
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock, Qt.Orientation.Vertical)
        assert window.tabifiedDockWidgets(docks[0]) == []
        plugin._arrange_docks_once()
        assert set(window.tabifiedDockWidgets(docks[0])) == set(docks[1:])
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks[3])  # the user moves one away
        plugin._arrange_docks_once()  # a later start: the user's layout stays
        assert window.dockWidgetArea(docks[3]) == Qt.DockWidgetArea.LeftDockWidgetArea
    finally:
        settings.remove(DOCKS_ARRANGED_KEY)


def test_panels_menu_shows_and_hides_every_dock(plugin, iface):
    panels = find(iface, QMenu, "MasterPlanPanelsMenu")
    assert [a.objectName() for a in panels.actions()] == [f"mAction{name}Toggle" for name in DOCKS]
    green = find(iface, QDockWidget, "MasterPlanGreenDock")
    find(iface, QAction, "mActionMasterPlanGreenDockToggle").trigger()
    assert green.isVisible()
    button = find(iface, QToolBar, "MasterPlanToolbar").findChild(QToolButton, "MasterPlanPanelsButton")
    assert button.menu() is panels


def test_findings_action_and_findings_dock_follow_each_other(plugin, iface):
    action = find(iface, QAction, "mActionMasterPlanFindings")
    dock = find(iface, QDockWidget, "MasterPlanFindingsDock")
    assert not action.isChecked() and not dock.isVisible()
    action.trigger()
    assert action.isChecked() and dock.isVisible()
    dock.close()  # the user closes the panel with its [x]
    assert not action.isChecked()
    action.trigger()
    action.trigger()
    assert not dock.isVisible()


def test_log_records_reach_the_qgis_log_panel(plugin):
    received = []

    def on_message(message, tag, level):
        received.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(on_message)
    try:
        logging.getLogger("masterplan_plugin.gui.test").warning("zone %s overlaps", "Z1")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)
    expected = ("masterplan_plugin.gui.test: zone Z1 overlaps", "Master plan", Qgis.MessageLevel.Warning)
    assert expected in received


# --- unload ------------------------------------------------------------------------------------------

def test_unload_leaves_nothing_behind(plugin, iface):
    window = iface.mainWindow()
    assert plugin_objects(window) == {
        "toolbars": ["MasterPlanToolbar"],
        "menus": ["MasterPlanPanelsMenu"],
        "docks": sorted(DOCKS),
        "actions": sorted([f"mActionMasterPlan{name}" for name in MENU_ACTIONS]
                          + [f"mAction{name}Toggle" for name in DOCKS]),
    }
    assert len(bridge_handlers()) == 1
    assert QgsApplication.processingRegistry().providerById("masterplan") is not None

    plugin.unload()
    flush_deferred_deletes()

    assert QgsApplication.processingRegistry().providerById("masterplan") is None
    assert plugin_objects(window) == {"toolbars": [], "menus": [], "docks": [], "actions": []}
    assert master_plan_submenus(iface) == []
    assert not [t for t in window.findChildren(QToolBar) if t.windowTitle() == "Master plan"]
    assert bridge_handlers() == []


def test_the_plugin_can_be_loaded_again_after_unload(iface):
    logger = logging.getLogger(logging_bridge.PACKAGE_LOGGER)
    level_before = logger.level
    for _ in range(2):
        plugin = classFactory(iface)
        plugin.initGui()
        assert len(iface.mainWindow().findChildren(QToolBar, "MasterPlanToolbar")) == 1
        assert len(bridge_handlers()) == 1
        plugin.unload()
        flush_deferred_deletes()
    assert plugin_objects(iface.mainWindow())["docks"] == []
    assert logger.level == level_before


# --- New plan / Open plan ----------------------------------------------------------------------------

def critical_messages(iface) -> list[str]:
    return iface.messageBar().get_messages(Qgis.MessageLevel.Critical)


def test_new_plan_dialog_defaults_to_epsg_3035_and_adds_the_gpkg_extension(qgis_app, tmp_path):
    dialog = NewPlanDialog()
    ok_button = dialog.button_box.button(dialog.button_box.StandardButton.Ok)
    assert dialog.crs_id() == "EPSG:3035"
    assert not ok_button.isEnabled()
    dialog.file_widget.setFilePath(str(tmp_path / "alzette"))
    assert dialog.plan_path() == tmp_path / "alzette.gpkg"
    assert ok_button.isEnabled()
    dialog.deleteLater()


def test_new_plan_action_creates_the_plan_and_opens_it(
    plugin, iface, qgis_new_project, tmp_path, monkeypatch
):
    target = tmp_path / "belval.gpkg"

    def fill_and_accept(dialog):
        dialog.file_widget.setFilePath(str(target))
        dialog.crs_widget.setCrs(QgsProject.instance().crs().fromEpsgId(2169))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanDialog, "exec", fill_and_accept)
    find(iface, QAction, "mActionMasterPlanNewPlan").trigger()

    assert critical_messages(iface) == []
    assert read_plan_settings(target)["crs"] == "EPSG:2169"
    assert target.with_suffix(".qgz").exists()
    assert any("layername=zoning" in layer.source() for layer in QgsProject.instance().mapLayers().values())


def test_new_plan_keeps_an_existing_file_unless_the_user_agrees(plugin, iface, tmp_path, monkeypatch):
    target = tmp_path / "kept.gpkg"
    target.write_bytes(b"not a plan")
    monkeypatch.setattr(NewPlanDialog, "exec", lambda d: d.file_widget.setFilePath(str(target)) or 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    find(iface, QAction, "mActionMasterPlanNewPlan").trigger()
    assert target.read_bytes() == b"not a plan"


def test_open_plan_adds_its_layers_and_the_zoning_panel_shows_them(
    plugin, iface, qgis_new_project, tmp_path, monkeypatch
):
    plan = create_plan(tmp_path / "seraing.gpkg", "EPSG:3035")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(plan.gpkg), ""))
    label = find(iface, QDockWidget, "MasterPlanZoningDock").findChild(QLabel, "MasterPlanZoningDockLabel")
    assert label.text().startswith("No master plan")

    find(iface, QAction, "mActionMasterPlanOpenPlan").trigger()

    zoning = [lyr for lyr in QgsProject.instance().mapLayers().values() if "layername=zoning" in lyr.source()]
    assert len(zoning) == 1
    assert label.text() == f"Plan layer: {zoning[0].name()}"
    assert critical_messages(iface) == []
    for name in ("Validate", "ExportAtlas", "ExportCnig", "ExportInspire", "Settings"):
        assert find(iface, QAction, f"mActionMasterPlan{name}").isEnabled(), name


def test_opening_a_file_that_is_not_a_plan_shows_why_in_the_message_bar(
    plugin, iface, qgis_new_project, tmp_path, monkeypatch
):
    wrong = tmp_path / "notes.gpkg"
    wrong.write_text("not a GeoPackage")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(wrong), ""))
    find(iface, QAction, "mActionMasterPlanOpenPlan").trigger()
    messages = critical_messages(iface)
    assert len(messages) == 1 and "The plan could not be opened." in messages[0]
    assert QgsProject.instance().count() == 0
