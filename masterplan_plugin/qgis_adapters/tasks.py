"""Long work off the main thread: ``QgsTask`` wrappers that show in QGIS's task manager.

A task runs one plain function ``work(progress, is_cancelled)`` in a worker thread: ``progress(percent,
step)`` feeds the task manager's progress bar, ``is_cancelled()`` tells the function that the user pressed
cancel (the core raises ``Cancelled`` between two checks). The function gets file paths and returns plain
data; it never touches a QGIS layer or widget, which live in the main thread.

QGIS calls ``finished`` in the main thread: the task then emits exactly one of ``succeeded(value)``,
``failed(error)`` or ``cancelled()``, so the GUI receives results where it may use them. Callers keep a
reference to the task until one of those signals arrives (a Python task garbage-collected while queued
takes QGIS down with it).

Validation, decisions on findings and exports run in the child worker (``operations.child_runner``: the
registry's operations, ``python -m masterplan_plugin <op> --json``): in the QGIS desktop, shapely's newer
GEOS functions and its WKT/WKB writers cannot run in QGIS's own process (``operations.child``). The panel
figures only use functions every GEOS since 3.8 has, and are computed in the task's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.checks.registry import Cancelled
from ..core.errors import MasterplanError
from .python_thread import in_python_thread

LOG = logging.getLogger(__name__)

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], object]


class PlanTask(QgsTask):
    """Runs ``work`` in the background; result signals arrive in the main thread."""

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)  # a MasterplanError (unexpected exceptions are wrapped in one)
    cancelled = pyqtSignal()

    def __init__(self, description: str, work: Work, can_cancel: bool = True):
        flags = QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags()
        super().__init__(description, flags)
        self._work = work
        self._value: object = None
        self._error: MasterplanError | None = None
        self.step = ""  # name of the check being run, for whoever shows progress

    # --- worker thread -------------------------------------------------------------------------------

    def run(self) -> bool:
        try:
            # In a thread Python started: pyproj 3.7 crashes in QGIS's reused pooled threads (python_thread).
            self._value = in_python_thread(self._work, self._progress, self.isCanceled)
        except Cancelled:
            return False
        except MasterplanError as error:
            self._error = error
            return False
        except Exception as error:  # noqa: BLE001 - reported in the main thread, with the traceback logged
            LOG.exception("Background task %r failed", self.description())
            self._error = MasterplanError("Unexpected error.", f"{type(error).__name__}: {error}")
            return False
        return not self.isCanceled()

    def _progress(self, percent: float, step: str = "") -> None:
        self.step = step
        self.setProgress(max(0.0, min(100.0, float(percent))))

    # --- main thread ---------------------------------------------------------------------------------

    def finished(self, result: bool) -> None:
        if result:
            self.succeeded.emit(self._value)
        elif self._error is not None:
            self.failed.emit(self._error)
        else:
            self.cancelled.emit()


def panel_data_task(description: str, gpkg: str | Path) -> PlanTask:
    """Compute what the plan panels show; succeeds with a ``PanelData``."""
    from .panel_data import load_panel_data

    def work(progress, is_cancelled):
        return load_panel_data(gpkg)

    return PlanTask(description, work, can_cancel=False)


def start(task: PlanTask) -> PlanTask:
    """Hand ``task`` to QGIS's task manager (it shows there with its progress and cancel button)."""
    QgsApplication.taskManager().addTask(task)
    return task


def abandon(task: PlanTask | None, on_succeeded, on_failed, on_cancelled, cancel: bool = True) -> None:
    """Forget a task whose outcome no longer matters (plugin unload, a newer request): its signals go
    nowhere now and, with ``cancel``, it stops. The task manager may have finished and deleted it already."""
    if task is None:
        return
    outcomes = ((task.succeeded, on_succeeded), (task.failed, on_failed), (task.cancelled, on_cancelled))
    for signal, slot in outcomes:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):  # finished and deleted meanwhile, or never connected
            pass
    if cancel:
        try:
            task.cancel()
        except RuntimeError:
            pass
