"""Check a CNIG document for the GPU…: choose a document folder, pre-check it in a background task (the
registry's ``precheck`` operation in the child worker), then sum it up in the message bar with a button
that opens the HTML report. Needs no plan: the folder is only read."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.errors import MasterplanError
from ..operations import child_runner
from ..operations.precheck import PrecheckRequest
from ..qgis_adapters import tasks
from ..qgis_adapters.locale import user_language
from . import messages
from .task_command import TaskCommand

LOG = logging.getLogger(__name__)
OPEN_REPORT_BUTTON = "MasterPlanCnigReportButton"


def report_path(folder: Path) -> Path:
    """Where the HTML report of ``folder`` goes: the temporary folder, not the document (never written)."""
    directory = Path(tempfile.gettempdir()) / "masterplan-cnig-precheck"
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"{folder.name}.html"


class CnigCommands(TaskCommand):
    checked = pyqtSignal(object)  # the worker's summary, with "report": the HTML file

    def __init__(self, iface, parent: QObject | None = None):
        super().__init__(iface, parent)

    def check_document(self, folder: str | Path | None = None) -> tasks.PlanTask | None:
        """Start checking ``folder`` (asked for when not given); the task, or None when nothing started."""
        if self._task is not None:
            messages.show_warning(self._iface, self.tr("A CNIG document is being checked already."))
            return None
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self._iface.mainWindow(), self.tr("CNIG document folder (e.g. 30014_PLU_20171013)"))
            if not folder:
                return None
        folder = Path(folder)
        report = report_path(folder)
        request = PrecheckRequest(folder, language=user_language(), reports={"html": str(report)})

        def work(progress, is_cancelled):
            done = child_runner.run_worker("precheck", request, progress, is_cancelled)
            return {**done, "report": str(report), "folder": folder.name}

        task = tasks.PlanTask(self.tr("Checking the CNIG document {folder}").format(folder=folder.name), work)
        self._run(task)
        LOG.info("CNIG pre-check of %s started", folder)
        return task

    # --- outcomes, in the main thread -----------------------------------------------------------------

    def _on_succeeded(self, done: dict) -> None:
        text = self.tr("{folder} (CNIG {version}): {count} findings, {errors} errors, {warnings} warnings."
                       ).format(folder=done["folder"], version=done["version"], count=done["findings"],
                                errors=done["open_errors"], warnings=done["warnings"])
        if not done["topology_checked"]:
            text += " " + self.tr("The zones' topology was not checked (see the report).")
        level = Qgis.MessageLevel.Warning if done["open_errors"] else Qgis.MessageLevel.Success
        button = messages.show_with_button(
            self._iface, text, level, self.tr("Open report"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(done["report"])))
        button.setObjectName(OPEN_REPORT_BUTTON)
        self.checked.emit(done)

    def _on_failed(self, error: MasterplanError) -> None:
        messages.show_error(self._iface, self.tr("The CNIG document could not be checked."), error)

    def _on_cancelled(self) -> None:
        messages.show_warning(self._iface, self.tr("CNIG document check cancelled."))
