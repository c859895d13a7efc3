"""Build the demo plan…: choose a folder, build and validate the demo cross-border plan there in a background
task (the registry's ``demo`` operation in the child worker, which starts its own headless QGIS), then open
it through the Open plan command's code path (``PlanCommands.open_path``). Needs no plan."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.errors import MasterplanError
from ..operations import child_runner
from ..operations.demo import DemoRequest
from ..qgis_adapters import tasks
from . import messages
from .plan_commands import PlanCommands
from .task_command import TaskCommand

LOG = logging.getLogger(__name__)


class DemoCommands(TaskCommand):
    built = pyqtSignal(object)  # the worker's DemoResult as a dict, once the plan is open

    def __init__(self, iface, plan_commands: PlanCommands, parent: QObject | None = None):
        super().__init__(iface, parent)
        self._plan_commands = plan_commands

    def build_demo(self, folder: str | Path | None = None) -> tasks.PlanTask | None:
        """Start building the demo in ``folder`` (asked for when not given); the task, or None."""
        if self._task is not None:
            messages.show_warning(self._iface, self.tr("The demo plan is being built already."))
            return None
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self._iface.mainWindow(), self.tr("Folder for the demo plan"),
                QgsProject.instance().homePath())
            if not folder:
                return None
        request = DemoRequest(Path(folder))

        def work(progress, is_cancelled):
            return child_runner.run_worker("demo", request, progress, is_cancelled)

        task = tasks.PlanTask(self.tr("Building the demo plan in {folder}").format(folder=request.directory),
                              work)
        self._run(task)
        LOG.info("Demo plan build in %s started", request.directory)
        return task

    # --- outcomes, in the main thread -----------------------------------------------------------------

    def _on_succeeded(self, done: dict) -> None:
        if not self._plan_commands.open_path(Path(done["gpkg"])):
            return  # open_path said why in the message bar
        messages.show_success(self._iface, self.tr(
            "Demo plan built and opened: {gpkg}, {count} findings to look at in the Findings panel."
        ).format(gpkg=done["gpkg"], count=done["findings"]))
        self.built.emit(done)

    def _on_failed(self, error: MasterplanError) -> None:
        messages.show_error(self._iface, self.tr("The demo plan could not be built."), error)

    def _on_cancelled(self) -> None:
        messages.show_warning(self._iface, self.tr("Building the demo plan was cancelled."))
