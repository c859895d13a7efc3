"""The plugin's actions, its "Master plan" toolbar and its menu.

The menu is a "Master plan" submenu of the Plugins menu, where QGIS users look for plugin commands and
where the QGIS plugin guidelines ask plugins to go (top-level menus are QGIS's own). It is made through
``iface.addPluginToMenu`` so that QGIS sorts it among the other plugins and deletes it once empty. The same
actions are on the toolbar; a "Panels" drop-down on both shows or hides the plan panels, which QGIS also
lists in View ▸ Panels.

Every object has an ``objectName`` so that users can customise it (Settings ▸ Interface Customization,
keyboard shortcuts) and tests can find it.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar, QToolButton

from ..icons import icon

TOOLBAR_NAME = "MasterPlanToolbar"
PANELS_MENU_NAME = "MasterPlanPanelsMenu"
PANELS_BUTTON_NAME = "MasterPlanPanelsButton"
ACTION_PREFIX = "mActionMasterPlan"
# Toolbar and menu order, separators between groups: plan files | checks | outputs.
ACTION_GROUPS = (("NewPlan", "OpenPlan", "Import"), ("Validate", "Findings"), ("ExportAtlas", "Settings"))
# Menu only, after the action they follow: commands not used every day (the demo plan is opened like any
# plan; the CNIG pre-check needs no plan; the national exports are the atlas's neighbours among the outputs).
MENU_ONLY_ACTIONS = {"OpenPlan": ("Demo",), "Findings": ("CnigCheck",),
                     "ExportAtlas": ("ExportCnig", "ExportInspire")}


@dataclass(frozen=True)
class ActionSpec:
    name: str  # objectName suffix
    icon: str
    text: str
    tooltip: str
    enabled: bool = True
    checkable: bool = False


class MasterPlanToolbar(QObject):
    """Builds the actions, the toolbar and the menu; ``register``/``unregister`` put them in QGIS and back.

    It emits requests and knows nothing about plans or docks: ``plugin.py`` connects them.
    """

    new_plan_requested = pyqtSignal()
    open_plan_requested = pyqtSignal()
    demo_requested = pyqtSignal()
    import_requested = pyqtSignal()
    validate_requested = pyqtSignal()
    settings_requested = pyqtSignal()
    atlas_requested = pyqtSignal()
    cnig_check_requested = pyqtSignal()
    export_cnig_requested = pyqtSignal()
    export_inspire_requested = pyqtSignal()
    findings_toggled = pyqtSignal(bool)

    def __init__(self, iface, panel_actions: list[QAction], parent: QObject | None = None):
        super().__init__(parent if parent is not None else iface.mainWindow())
        self._iface = iface
        self.actions: dict[str, QAction] = {spec.name: self._make_action(spec) for spec in self._specs()}
        self._validate_tooltip = self.actions["Validate"].toolTip()
        self._plan_active = False
        self._validation_running = False
        self.panels_menu = self._make_panels_menu(panel_actions)
        self.toolbar = self._make_toolbar()
        self.menu_title = self.tr("&Master plan")
        self._menu_actions = self._make_menu_actions()
        self.actions["NewPlan"].triggered.connect(self.new_plan_requested)
        self.actions["OpenPlan"].triggered.connect(self.open_plan_requested)
        self.actions["Demo"].triggered.connect(self.demo_requested)
        self.actions["Import"].triggered.connect(self.import_requested)
        self.actions["Validate"].triggered.connect(self.validate_requested)
        self.actions["Settings"].triggered.connect(self.settings_requested)
        self.actions["ExportAtlas"].triggered.connect(self.atlas_requested)
        self.actions["CnigCheck"].triggered.connect(self.cnig_check_requested)
        self.actions["ExportCnig"].triggered.connect(self.export_cnig_requested)
        self.actions["ExportInspire"].triggered.connect(self.export_inspire_requested)
        # triggered, not toggled: only the user's clicks are requests; set_findings_checked must not echo.
        self.actions["Findings"].triggered.connect(self.findings_toggled)

    def _specs(self) -> tuple[ActionSpec, ...]:
        # Import, Validate, the exports and Settings work on the active plan: enabled once there is one.
        return (
            ActionSpec("NewPlan", "new_plan", self.tr("New plan…"),
                       self.tr("Create an empty master plan: a GeoPackage and its QGIS project")),
            ActionSpec("OpenPlan", "open_plan", self.tr("Open plan…"),
                       self.tr("Add the layers of an existing master plan to the project")),
            ActionSpec("Demo", "new_plan", self.tr("Build the demo plan…"),
                       self.tr("Build and validate a small cross-border demo plan in a folder, then open it: "
                               "a quick way to try the plugin")),
            ActionSpec("Import", "import", self.tr("Import…"),
                       self.tr("Import municipalities, zoning, a CNIG document, mobility axes, green spaces "
                               "or sites into the active plan"), enabled=False),
            ActionSpec("Validate", "validate", self.tr("Validate"),
                       self.tr("Check geometry, coverage, borders and land-use compatibility"),
                       enabled=False),
            ActionSpec("CnigCheck", "validate", self.tr("Check a CNIG document for the GPU…"),
                       self.tr("Check a CNIG PLU or carte communale folder before uploading it to the "
                               "Géoportail de l'urbanisme: CNIG conformity and the zones' topology")),
            ActionSpec("Findings", "findings", self.tr("Findings"),
                       self.tr("Show or hide the register of findings"), checkable=True),
            ActionSpec("ExportAtlas", "atlas", self.tr("Export atlas…"),
                       self.tr("Export one atlas page per municipality"), enabled=False),
            ActionSpec("ExportCnig", "atlas", self.tr("Export for the Géoportail de l'urbanisme (CNIG)…"),
                       self.tr("Write one CNIG PLU document folder per French municipality of the plan, "
                               "ready for its written documents and the upload to the GPU"), enabled=False),
            ActionSpec("ExportInspire", "atlas", self.tr("Export as INSPIRE PLU…"),
                       self.tr("Write the plan's zones as INSPIRE Planned Land Use: GML 3.2 or a "
                               "GeoPackage"), enabled=False),
            ActionSpec("Settings", "settings", self.tr("Settings…"),
                       self.tr("Validation settings of the active plan: tolerances, rules, working CRS"),
                       enabled=False),
        )

    # --- construction --------------------------------------------------------------------------------

    def _make_action(self, spec: ActionSpec) -> QAction:
        action = QAction(icon(spec.icon), spec.text, self)
        action.setObjectName(f"{ACTION_PREFIX}{spec.name}")
        action.setToolTip(spec.tooltip)
        action.setStatusTip(spec.tooltip)
        action.setEnabled(spec.enabled)
        action.setCheckable(spec.checkable)
        return action

    def _make_panels_menu(self, panel_actions: list[QAction]) -> QMenu:
        menu = QMenu(self.tr("Panels"), self._iface.mainWindow())
        menu.setObjectName(PANELS_MENU_NAME)
        menu.setIcon(icon("masterplan"))
        menu.addActions(panel_actions)
        return menu

    def _make_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Master plan"), self._iface.mainWindow())
        toolbar.setObjectName(TOOLBAR_NAME)
        self._add_plan_actions(toolbar)
        toolbar.addSeparator()
        button = QToolButton(toolbar)
        button.setObjectName(PANELS_BUTTON_NAME)
        button.setMenu(self.panels_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setIcon(icon("masterplan"))
        button.setToolTip(self.tr("Show or hide the master plan panels"))
        toolbar.addWidget(button)
        return toolbar

    def _make_menu_actions(self) -> list[QAction]:
        """What goes into Plugins ▸ Master plan: the toolbar's order and groups, then the Panels submenu."""
        actions = []
        for group in ACTION_GROUPS:
            separator = QAction(self)
            separator.setSeparator(True)
            names = [item for name in group for item in (name, *MENU_ONLY_ACTIONS.get(name, ()))]
            actions += [self.actions[name] for name in names] + [separator]
        return actions + [self.panels_menu.menuAction()]

    def _add_plan_actions(self, toolbar: QToolBar) -> None:
        for index, group in enumerate(ACTION_GROUPS):
            if index:
                toolbar.addSeparator()
            toolbar.addActions([self.actions[name] for name in group])

    # --- registration (mirrored) ---------------------------------------------------------------------

    def register(self) -> None:
        self._iface.addToolBar(self.toolbar)  # also listed in View ▸ Toolbars
        for action in self._menu_actions:
            self._iface.addPluginToMenu(self.menu_title, action)

    def unregister(self) -> None:
        for action in self._menu_actions:
            self._iface.removePluginMenu(self.menu_title, action)
        self._iface.mainWindow().removeToolBar(self.toolbar)
        for widget in (self.toolbar, self.panels_menu):
            widget.setObjectName("")  # deleted later: a lookup by name must find the successor, not these
            widget.deleteLater()
        for action in self.actions.values():
            action.setObjectName("")
        self.deleteLater()  # the actions are children of this controller

    # --- state from outside --------------------------------------------------------------------------

    def set_findings_checked(self, checked: bool) -> None:
        self.actions["Findings"].setChecked(checked)

    def set_plan_active(self, active: bool) -> None:
        self._plan_active = active
        self.actions["Settings"].setEnabled(active)
        for name in ("ExportAtlas", "ExportCnig", "ExportInspire"):
            self.actions[name].setEnabled(active)
        self.actions["Import"].setEnabled(active)
        self._update_validate()

    def set_validation_running(self, running: bool) -> None:
        self._validation_running = running
        self._update_validate()

    def _update_validate(self) -> None:
        action = self.actions["Validate"]
        running = self._validation_running
        action.setEnabled(self._plan_active and not running)
        action.setToolTip(self.tr("Validation running: see its progress in the task manager") if running
                          else self._validate_tooltip)
