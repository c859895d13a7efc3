"""What QGIS loads: registers the plugin's pieces in ``initGui`` and removes each of them in ``unload``.

Nothing else lives here. Every registration has its mirror, in reverse order, and
``test/qgis/test_plugin_load_unload.py`` proves that nothing is left behind.
"""

from __future__ import annotations

from pathlib import Path

from .gui.docks import DOCK_CONTROLLERS, DOCKS_VISIBLE_BY_DEFAULT, FindingsDock, PlanDockController
from .gui.i18n import install_translator, remove_translator
from .gui.plan_commands import PlanCommands
from .gui.toolbar import MasterPlanToolbar
from .qgis_adapters import logging_bridge


class MasterPlanPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.plugin_dir = Path(__file__).resolve().parent
        self._translator = None
        self._log_handler = None
        self._docks: list[PlanDockController] = []
        self._commands: PlanCommands | None = None
        self._toolbar: MasterPlanToolbar | None = None

    def initGui(self) -> None:
        # The translator comes first: every label below is translated when it is created.
        self._translator = install_translator(self.plugin_dir)
        self._log_handler = logging_bridge.install()
        self._register_docks()
        self._commands = PlanCommands(self.iface, self.iface.mainWindow())
        self._toolbar = MasterPlanToolbar(self.iface, [dock.toggle_action() for dock in self._docks])
        self._wire()
        self._toolbar.register()

    def _register_docks(self) -> None:
        self._docks = [controller(self.iface, self.iface.mainWindow()) for controller in DOCK_CONTROLLERS]
        first = self._docks[0]
        for dock in self._docks:
            dock.register(
                tabify_with=None if dock is first else first,
                visible=isinstance(dock, DOCKS_VISIBLE_BY_DEFAULT),
            )

    def _wire(self) -> None:
        findings = next(dock for dock in self._docks if isinstance(dock, FindingsDock))
        self._toolbar.new_plan_requested.connect(self._commands.new_plan)
        self._toolbar.open_plan_requested.connect(self._commands.open_plan)
        self._toolbar.findings_toggled.connect(findings.set_user_visible)
        findings.visibility_changed.connect(self._toolbar.set_findings_checked)
        self._toolbar.set_findings_checked(findings.toggle_action().isChecked())

    def unload(self) -> None:
        if self._toolbar is not None:
            self._toolbar.unregister()
            self._toolbar = None
        if self._commands is not None:
            self._commands.deleteLater()
            self._commands = None
        for dock in reversed(self._docks):
            dock.unregister()
            dock.deleteLater()
        self._docks = []
        logging_bridge.remove(self._log_handler)
        self._log_handler = None
        remove_translator(self._translator)
        self._translator = None
