"""The installation of the plugin's Python packages as a QGIS background task, and where they go.

Only QGIS and the pure ``dependencies`` package are imported here: this module must load while shapely is
missing. (``tasks.PlanTask`` plays the same part for the plan's work but imports the core.)
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.errors import MasterplanError
from ..dependencies import requirements
from ..dependencies.install import InstallCancelled, InstallResult, Settings, install

LOG = logging.getLogger(__name__)


def plugin_deps_folder() -> Path:
    """The plugin's private package folder of this QGIS profile and Python version."""
    return requirements.deps_folder(QgsApplication.qgisSettingsDirPath())


def activate_and_check(folder: Path | None = None) -> requirements.Report:
    """Put the private folder (when there is one) first on ``sys.path``; what QGIS's Python has now."""
    requirements.activate(folder or plugin_deps_folder())
    return requirements.check()


class DependencyTask(QgsTask):
    """Installs ``packages`` into ``folder``; then exactly one of succeeded / failed / cancelled, emitted in
    the main thread."""

    succeeded = pyqtSignal(object)  # InstallResult
    failed = pyqtSignal(object)  # MasterplanError
    cancelled = pyqtSignal()
    step_changed = pyqtSignal(str)

    def __init__(self, description: str, folder: Path, packages, settings: Settings | None = None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.folder = Path(folder)
        self.packages = tuple(packages)
        self.settings = settings
        self.result_value: InstallResult | None = None
        self.error: MasterplanError | None = None

    def run(self) -> bool:  # worker thread
        try:
            self.result_value = install(self.folder, self.packages, self._progress, self.isCanceled,
                                        self.settings)
        except InstallCancelled:
            return False
        except MasterplanError as error:
            self.error = error
            return False
        except Exception as error:  # noqa: BLE001 - reported in the main thread, the traceback logged
            LOG.exception("Installing the Python packages failed")
            self.error = MasterplanError("Unexpected error.", f"{type(error).__name__}: {error}")
            return False
        return not self.isCanceled()

    def _progress(self, percent: float, step: str) -> None:
        self.setProgress(max(0.0, min(100.0, float(percent))))
        self.step_changed.emit(step)

    def finished(self, result: bool) -> None:  # main thread
        if result:
            self.succeeded.emit(self.result_value)
        elif self.error is not None:
            LOG.warning("Installing the Python packages failed: %s", self.error)
            self.failed.emit(self.error)
        else:
            self.cancelled.emit()
        _RUNNING.discard(self)  # QGIS calls nothing of it in Python after this


# Tasks QGIS runs, kept alive until they finish: a Python task garbage-collected while queued or running
# takes QGIS down, and its dialog may be gone before it (the plugin unloaded meanwhile).
_RUNNING: set[DependencyTask] = set()


def start(task: DependencyTask) -> DependencyTask:
    _RUNNING.add(task)  # until its finished() has run
    QgsApplication.taskManager().addTask(task)
    return task
