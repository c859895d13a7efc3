"""What QGIS loads: registers the plugin's pieces in ``initGui`` and removes each of them in ``unload``.

Nothing else lives here. Every registration has its mirror, in reverse order, and
``test/qgis/test_plugin_load_unload.py`` proves that nothing is left behind.

The plugin loads even when QGIS's Python lacks its packages (shapely >= 2.1, pyproj, numpy): nothing that
imports them is imported before ``initGui``/``initProcessing`` have checked (``dependencies``), after putting
the plugin's private package folder first on ``sys.path``. Without them ``initGui`` registers the toolbar
with its actions disabled and a ``DependencyNotice`` (message bar, *Python packages…* action, install
dialog); once they are installed the workspace starts without restarting QGIS. ``initProcessing`` logs why
the provider is missing. ``test/qgis/test_plugin_without_dependencies.py`` and
``test/desktop/test_desktop_dependencies.py`` prove it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import QToolButton

from .gui.i18n import install_translator, remove_translator
from .qgis_adapters import logging_bridge
from .qgis_adapters.dependency_task import activate_and_check, plugin_deps_folder

if TYPE_CHECKING:  # the workspace's modules import shapely: imported once the check has passed
    from .dependencies.requirements import Report
    from .gui.cnig_commands import CnigCommands
    from .gui.demo_commands import DemoCommands
    from .gui.dependencies_dialog import DependencyNotice
    from .gui.docks import FindingsDock, PlanDockController
    from .gui.import_commands import ImportCommands
    from .gui.national_export_commands import NationalExportCommands
    from .gui.plan_commands import PlanCommands
    from .gui.toolbar import MasterPlanToolbar
    from .gui.validation_commands import ValidationCommands
    from .qgis_adapters.panel_data import PanelDataService
    from .qgis_adapters.plan_session import PlanSession
    from .qgis_adapters.zoning_defaults import ZoningDefaults

LOG = logging.getLogger(__name__)
DOCKS_ARRANGED_KEY = "masterplan/docks_arranged"


class MasterPlanPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.plugin_dir = Path(__file__).resolve().parent
        self._translator = None
        self._log_handler = None
        self.session: PlanSession | None = None
        self._panel_data: PanelDataService | None = None
        self._zoning_defaults: ZoningDefaults | None = None
        self._docks: list[PlanDockController] = []
        self._commands: PlanCommands | None = None
        self._imports: ImportCommands | None = None
        self._validation: ValidationCommands | None = None
        self._cnig: CnigCommands | None = None
        self._demo: DemoCommands | None = None
        self._national_exports: NationalExportCommands | None = None
        self._toolbar: MasterPlanToolbar | None = None
        self._notice: DependencyNotice | None = None
        self._processing_provider = None

    def initProcessing(self) -> None:
        """The Processing provider; qgis_process calls only this, the desktop calls initGui."""
        if self._processing_provider is not None:
            return
        self._install_log_bridge()
        report = activate_and_check()
        if not report.ok:
            LOG.error("The Master plan algorithms are not available: QGIS's Python lacks %s. Install them "
                      "from the QGIS desktop (Plugins > Master plan > Python packages…) or see the plugin's "
                      "README. Found: %s", ", ".join(str(item.requirement) for item in report.unsatisfied),
                      report.summary())
            return
        try:
            from .processing.provider import MasterPlanProvider
        except ImportError:  # found but not importable: logged, never a traceback in qgis_process
            LOG.exception("The Master plan algorithms are not available: %s", report.summary())
            return
        self._processing_provider = MasterPlanProvider()
        QgsApplication.processingRegistry().addProvider(self._processing_provider)

    def _install_log_bridge(self) -> None:
        if self._log_handler is None:
            self._log_handler = logging_bridge.install()

    def initGui(self) -> None:
        # The translator comes first: every label below is translated when it is created.
        self._translator = install_translator(self.plugin_dir)
        self._install_log_bridge()
        report = activate_and_check()
        if not report.ok:
            LOG.warning("Python packages missing: %s", report.summary())
            self._start_waiting(report)
            return
        try:
            self._start_workspace()
        except ImportError as error:  # found but not importable (a broken install): a message, no traceback
            LOG.exception("Master plan could not start: %s", report.summary())
            from .core.errors import MasterplanError
            from .gui import messages

            messages.show_error(self.iface, QCoreApplication.translate(
                "MasterPlanPlugin", "Master plan could not start: its Python packages do not import."),
                MasterplanError("Unexpected error.", f"{error}\n{report.summary()}"))

    def _start_workspace(self) -> None:
        """Toolbar, panels, commands and the Processing provider: what the plugin is once its packages are
        there. The imports come first, so a package that fails to import leaves nothing half-registered."""
        from .gui import docks  # noqa: F401 - used by _register_docks; imported before anything registers
        from .gui.cnig_commands import CnigCommands
        from .gui.demo_commands import DemoCommands
        from .gui.import_commands import ImportCommands
        from .gui.national_export_commands import NationalExportCommands
        from .gui.plan_commands import PlanCommands
        from .gui.toolbar import MasterPlanToolbar
        from .gui.validation_commands import ValidationCommands
        from .processing import provider  # noqa: F401 - the same for initProcessing
        from .qgis_adapters.panel_data import PanelDataService
        from .qgis_adapters.plan_session import PlanSession
        from .qgis_adapters.zoning_defaults import ZoningDefaults

        self.initProcessing()
        window = self.iface.mainWindow()
        self.session = PlanSession(parent=window)
        self._panel_data = PanelDataService(self.session, window)
        self._zoning_defaults = ZoningDefaults(self.session, window)
        self._register_docks()
        self._commands = PlanCommands(self.iface, self.session, window)
        self._imports = ImportCommands(self.iface, self.session, window)
        self._validation = ValidationCommands(self.iface, self.session, window)
        self._cnig = CnigCommands(self.iface, window)
        self._demo = DemoCommands(self.iface, self._commands, window)
        self._national_exports = NationalExportCommands(self.iface, self.session, window)
        self._toolbar = MasterPlanToolbar(self.iface, [dock.toggle_action() for dock in self._docks])
        self._wire()
        self._toolbar.register()
        # Last: reading the project fills the docks and sets the layer defaults through the signals above.
        self.session.connect_project()
        self._panel_data.connect_session()
        self._zoning_defaults.install()

    def _start_waiting(self, report: Report) -> None:
        """Without its packages: the toolbar and menu with every plan action disabled, and the notice that
        installs them (message bar, *Python packages…* action, dialog)."""
        from .gui.dependencies_dialog import DependencyNotice
        from .gui.toolbar import PANELS_BUTTON_NAME, MasterPlanToolbar

        self._toolbar = MasterPlanToolbar(self.iface, [])
        for action in self._toolbar.actions.values():
            action.setEnabled(False)
        self._toolbar.panels_menu.menuAction().setEnabled(False)
        self._toolbar.toolbar.findChild(QToolButton, PANELS_BUTTON_NAME).setEnabled(False)
        self._toolbar.register()
        self._notice = DependencyNotice(self.iface, report, plugin_deps_folder(), self.iface.mainWindow())
        self._notice.register(self._toolbar.toolbar, self._toolbar.menu_title)
        self._notice.ready.connect(self._dependencies_ready)

    def _dependencies_ready(self) -> None:
        """Installed and importable in this session: the waiting toolbar gives way to the workspace."""
        self._notice.withdraw()  # its dialog stays open on its success message until unload or closed
        self._toolbar.unregister()
        self._toolbar = None
        self._start_workspace()

    def _register_docks(self) -> None:
        from .gui.docks import DOCK_CONTROLLERS, DOCKS_VISIBLE_BY_DEFAULT, PanelServices

        services = PanelServices(self.session, self._panel_data)
        window = self.iface.mainWindow()
        self._docks = [controller(self.iface, services, window) for controller in DOCK_CONTROLLERS]
        first = self._docks[0]
        for dock in self._docks:
            dock.register(
                tabify_with=None if dock is first else first,
                visible=isinstance(dock, DOCKS_VISIBLE_BY_DEFAULT),
            )
        # At QGIS start-up plugins load before QGIS restores its window layout, which knows nothing of
        # these panels in a new profile and pulls the tabs apart: arrange them again once it is done.
        completed = getattr(self.iface, "initializationCompleted", None)
        if completed is not None:
            completed.connect(self._arrange_docks_once)

    def _arrange_docks_once(self) -> None:
        """Tab the panels together the first time QGIS starts with the plugin, as wide as the widest panel
        needs (the findings panel: else the zoning panel starts alone at its own 317 px, eliding its class
        names and scrolling sideways, and the area widens when the findings open); later starts keep the
        layout QGIS restores (the user's own arrangement)."""
        settings = QgsSettings()
        if settings.value(DOCKS_ARRANGED_KEY, False, type=bool) or not self._docks:
            return
        window = self.iface.mainWindow()
        first = self._docks[0].dock
        for controller in self._docks[1:]:
            if not controller.dock.isFloating():
                window.tabifyDockWidget(first, controller.dock)
        # A third of the window at least: the hints depend on the platform's fonts and style (QGIS 3.40 on
        # trixie hints 434 px where 3.22 hints 510 px, and the zoning table then elides class names).
        width = max([controller.dock.minimumSizeHint().width() for controller in self._docks]
                    + [window.width() // 3])
        if not first.isFloating():
            window.resizeDocks([first], [width], Qt.Orientation.Horizontal)
            # QGIS 3.40 lays the dock area out again afterwards and shrinks it back to its hint: hold the
            # width as a minimum until that layout has run, then give the user the splitter back.
            previous = first.minimumWidth()
            first.setMinimumWidth(width)
            QTimer.singleShot(1000, lambda: _set_minimum_width(first, previous))
        first.raise_()
        settings.setValue(DOCKS_ARRANGED_KEY, True)

    @property
    def findings_dock(self) -> FindingsDock:
        from .gui.docks import FindingsDock

        return next(dock for dock in self._docks if isinstance(dock, FindingsDock))

    def dock(self, cls: type[PlanDockController]) -> PlanDockController:
        return next(dock for dock in self._docks if isinstance(dock, cls))

    @property
    def commands(self) -> PlanCommands:
        return self._commands

    @property
    def validation(self) -> ValidationCommands:
        return self._validation

    @property
    def cnig(self) -> CnigCommands:
        return self._cnig

    @property
    def demo(self) -> DemoCommands:
        return self._demo

    @property
    def national_exports(self) -> NationalExportCommands:
        return self._national_exports

    def _wire(self) -> None:
        findings, toolbar = self.findings_dock, self._toolbar
        toolbar.new_plan_requested.connect(self._commands.new_plan)
        toolbar.open_plan_requested.connect(self._commands.open_plan)
        toolbar.demo_requested.connect(self._demo.build_demo)
        toolbar.import_requested.connect(self._imports.open_dialog)
        self._imports.imported.connect(self._on_imported)
        toolbar.validate_requested.connect(self._validation.validate)
        toolbar.settings_requested.connect(self._commands.edit_settings)
        toolbar.atlas_requested.connect(self._commands.export_atlas)
        toolbar.cnig_check_requested.connect(self._cnig.check_document)
        toolbar.export_cnig_requested.connect(self._national_exports.export_cnig)
        toolbar.export_inspire_requested.connect(self._national_exports.export_inspire)
        toolbar.findings_toggled.connect(findings.set_user_visible)
        findings.visibility_changed.connect(toolbar.set_findings_checked)
        toolbar.set_findings_checked(findings.toggle_action().isChecked())
        self.session.plan_changed.connect(self._on_plan_changed)
        self._validation.running_changed.connect(toolbar.set_validation_running)
        self._validation.running_changed.connect(findings.set_validation_running)
        self._validation.validated.connect(findings.set_result)
        self._validation.validated.connect(self._show_findings)

    def _on_plan_changed(self, path: str) -> None:
        from .processing.base import set_open_plan

        self._toolbar.set_plan_active(bool(path))
        set_open_plan(path or None)  # the PLAN the Processing algorithms propose

    def _on_imported(self, _layers: str) -> None:
        """The plan's file was written by an import: the panels' figures and the communes new zones are
        located in are read again."""
        self._panel_data.refresh()
        self._zoning_defaults.reload_communes()

    @property
    def imports(self) -> ImportCommands:
        return self._imports

    def _show_findings(self, _result) -> None:
        self.findings_dock.set_user_visible(True)

    def unload(self) -> None:
        completed = getattr(self.iface, "initializationCompleted", None)
        if completed is not None:
            try:
                completed.disconnect(self._arrange_docks_once)
            except TypeError:  # already disconnected
                pass
        if self._validation is not None:
            self._validation.shutdown()
        if self._cnig is not None:
            self._cnig.shutdown()
        if self._demo is not None:
            self._demo.shutdown()
        if self._national_exports is not None:
            self._national_exports.shutdown()
        if self._imports is not None:
            self._imports.shutdown()
            self._imports.imported.disconnect(self._on_imported)
        if self._zoning_defaults is not None:
            self._zoning_defaults.remove()
            self._zoning_defaults.deleteLater()
            self._zoning_defaults = None
        if self._panel_data is not None:
            self._panel_data.disconnect_session()
        if self.session is not None:
            self.session.disconnect_project()
            self.session.plan_changed.disconnect(self._on_plan_changed)
        if self._notice is not None:
            self._notice.unregister()
            self._notice = None
        if self._toolbar is not None:
            self._toolbar.unregister()
            self._toolbar = None
        if self._validation is not None:
            self._validation.deleteLater()
            self._validation = None
        if self._commands is not None:
            self._commands.deleteLater()
            self._commands = None
        if self._cnig is not None:
            self._cnig.deleteLater()
            self._cnig = None
        if self._demo is not None:
            self._demo.deleteLater()
            self._demo = None
        if self._national_exports is not None:
            self._national_exports.deleteLater()
            self._national_exports = None
        if self._imports is not None:
            self._imports.deleteLater()
            self._imports = None
        for dock in reversed(self._docks):
            dock.unregister()
            dock.deleteLater()
        self._docks = []
        if self._panel_data is not None:
            self._panel_data.deleteLater()
            self._panel_data = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None
        logging_bridge.remove(self._log_handler)
        self._log_handler = None
        if self._processing_provider is not None:
            from .processing.base import set_open_plan

            set_open_plan(None)
            QgsApplication.processingRegistry().removeProvider(self._processing_provider)
            self._processing_provider = None
        remove_translator(self._translator)
        self._translator = None


def _set_minimum_width(dock, width: int) -> None:
    try:
        dock.setMinimumWidth(width)
    except RuntimeError:  # the plugin was unloaded (and its dock deleted) in the meantime
        pass
