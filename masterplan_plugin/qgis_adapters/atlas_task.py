"""The atlas export as a ``QgsTask``: it shows in QGIS's task manager with its progress and cancel button.

``run`` (worker thread) calls ``atlas.export_atlas`` with the task's progress and ``isCanceled`` — the export
builds its own ``QgsProject`` from the plan file, so no layer of the user's project crosses threads. QGIS
calls ``finished`` in the main thread, where exactly one of ``succeeded(AtlasResult)``,
``failed(MasterplanError)`` or ``cancelled()`` is emitted. ``step_changed(str)`` tells what is being
exported. Keep a reference to the task until one of the three signals arrives.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.atlas.blocks import atlas_language
from ..core.checks.registry import Cancelled
from ..core.errors import MasterplanError
from .atlas import export_atlas
from .locale import user_language

LOG = logging.getLogger(__name__)


class AtlasTask(QgsTask):
    succeeded = pyqtSignal(object)  # AtlasResult
    failed = pyqtSignal(object)  # MasterplanError (unexpected exceptions are wrapped in one)
    cancelled = pyqtSignal()
    step_changed = pyqtSignal(str)

    def __init__(self, description: str, gpkg: str | Path, output_dir: str | Path,
                 communes: list[str] | None = None, page_format: str = "A3", dpi: int = 150,
                 combined: bool = True, language: str | None = None, legend: str = "hilucs",
                 **cover: str | None):
        """``cover``: ``export_atlas``'s organisation, author, version, status and sources."""
        super().__init__(description, QgsTask.Flag.CanCancel)
        # The language is read here, in the main thread, where QGIS's settings belong.
        self.options = {"communes": communes, "page_format": page_format, "dpi": dpi, "combined": combined,
                        "language": atlas_language(language or user_language()), "legend": legend, **cover}
        self.gpkg, self.output_dir = Path(gpkg), Path(output_dir)
        self.result = None
        self.error: MasterplanError | None = None

    # --- worker thread -------------------------------------------------------------------------------

    def run(self) -> bool:
        try:
            # In the task's own (Qt) thread: QGIS renders layouts there — in a thread Python started it
            # writes blank pages. export_atlas makes its pyproj calls in a thread of its own, which Python
            # starts (pyproj 3.7 crashes in QGIS's reused pooled threads: python_thread).
            self.result = export_atlas(self.gpkg, self.output_dir, progress=self._progress,
                                       is_cancelled=self.isCanceled, **self.options)
        except Cancelled:
            return False
        except MasterplanError as error:
            self.error = error
            return False
        except Exception as error:  # noqa: BLE001 - reported in the main thread, traceback logged
            LOG.exception("Atlas export failed")
            self.error = MasterplanError("Unexpected error.", f"{type(error).__name__}: {error}")
            return False
        return not self.isCanceled()

    def _progress(self, percent: float, step: str) -> None:
        self.setProgress(max(0.0, min(100.0, float(percent))))
        if step:
            self.step_changed.emit(step)

    # --- main thread ---------------------------------------------------------------------------------

    def finished(self, result: bool) -> None:
        if result and self.result is not None:
            self.succeeded.emit(self.result)
        elif self.error is not None:
            self.failed.emit(self.error)
        else:
            self.cancelled.emit()


def start_atlas_task(task: AtlasTask) -> AtlasTask:
    QgsApplication.taskManager().addTask(task)
    return task
