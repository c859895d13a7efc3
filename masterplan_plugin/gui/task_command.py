"""A command that runs one background task at a time (validate, pre-check a CNIG folder, export, build the
demo): it keeps the running task, hands its outcome to ``_on_succeeded`` / ``_on_failed`` /
``_on_cancelled`` in the main thread once it has forgotten it, and abandons it when the plugin unloads."""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject

from ..qgis_adapters import tasks


class TaskCommand(QObject):
    def __init__(self, iface, parent: QObject | None = None):
        super().__init__(parent)
        self._iface = iface
        self._task: tasks.PlanTask | None = None

    @property
    def task(self) -> tasks.PlanTask | None:
        return self._task

    def _run(self, task: tasks.PlanTask) -> tasks.PlanTask:
        """Start ``task`` in QGIS's task manager as this command's task."""
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self._task = task
        return tasks.start(task)

    def shutdown(self) -> None:
        """Plugin unload: cancel a running task and forget it (its signals go nowhere now)."""
        task, self._task = self._task, None
        tasks.abandon(task, self._succeeded, self._failed, self._cancelled)

    def _succeeded(self, value) -> None:
        self._task = None
        self._on_succeeded(value)

    def _failed(self, error) -> None:
        self._task = None
        self._on_failed(error)

    def _cancelled(self) -> None:
        self._task = None
        self._on_cancelled()

    # --- outcomes, in the main thread: for the commands to say what happened --------------------------

    def _on_succeeded(self, value) -> None:
        raise NotImplementedError

    def _on_failed(self, error) -> None:
        raise NotImplementedError

    def _on_cancelled(self) -> None:
        raise NotImplementedError
