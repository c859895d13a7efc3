"""Validate: run the check engine on the active plan in a background task, then show the outcome.

The task shows in QGIS's task manager with its progress and a cancel button; QGIS stays usable meanwhile.
When it succeeds the findings layers are reloaded, ``validated`` carries the ``ValidationResult`` (the
findings panel listens) and the message bar sums it up. Validation reads the saved plan: unsaved edits are
pointed out, not silently checked or ignored.
"""

from __future__ import annotations

import logging

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.errors import MasterplanError
from ..operations import child_runner
from ..qgis_adapters import tasks
from ..qgis_adapters.plan_session import PlanSession
from . import messages
from .task_command import TaskCommand

LOG = logging.getLogger(__name__)


class ValidationCommands(TaskCommand):
    running_changed = pyqtSignal(bool)
    validated = pyqtSignal(object)  # ValidationResult

    def __init__(self, iface, session: PlanSession, parent: QObject | None = None):
        super().__init__(iface, parent)
        self._session = session

    def is_running(self) -> bool:
        return self._task is not None

    def validate(self) -> tasks.PlanTask | None:
        """Start validating the active plan; the task, or None when nothing was started."""
        from ..io.validation import plan_profile

        plan = self._session.plan_path()
        if plan is None or self._task is not None:
            return None
        unsaved = self._session.layers_with_unsaved_edits()
        if unsaved:
            names = ", ".join(f"“{layer.name()}”" for layer in unsaved)
            messages.show_warning(self._iface, self.tr(
                "Validation checks the saved plan: the unsaved edits of {layers} are not included. Save them "
                "and validate again to check them.").format(layers=names))
        try:
            profile = plan_profile(plan)
        except MasterplanError as error:
            messages.show_error(self._iface, self.tr("The plan's validation settings cannot be used."), error)
            return None
        description = self.tr("Validating {plan}").format(plan=plan.stem)
        task = child_runner.validation_task(description, plan, profile)
        self._run(task)
        LOG.info("Validation of %s started", plan)
        self.running_changed.emit(True)
        return task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # --- outcomes, in the main thread -----------------------------------------------------------------

    def _finish(self) -> None:
        self._task = None
        self.running_changed.emit(False)

    def _on_succeeded(self, result) -> None:
        self._finish()
        if result.plan.resolve() == self._session.plan_path():
            self._session.reload_findings_layers()
        self.validated.emit(result)
        current = [entry for entry in result.register if entry.state != "fixed"]
        errors = result.open_errors
        text = self.tr("{plan}: {count} findings, {errors} errors.").format(
            plan=result.plan.stem, count=len(current), errors=errors)
        if errors:
            messages.show_warning(self._iface, text, topic="validation")
        else:
            messages.show_success(self._iface, text, topic="validation")

    def _on_failed(self, error: MasterplanError) -> None:
        self._finish()
        messages.show_error(self._iface, self.tr("Validation failed."), error, topic="validation")

    def _on_cancelled(self) -> None:
        self._finish()
        text = self.tr("Validation cancelled: the findings register is unchanged.")
        messages.show_warning(self._iface, text, topic="validation")
