"""Long work off the main thread: ``QgsTask`` wrappers that show in QGIS's task manager.

A task runs one plain function ``work(progress, is_cancelled)`` in a worker thread: ``progress(percent,
step)`` feeds the task manager's progress bar, ``is_cancelled()`` tells the function that the user pressed
cancel (the core raises ``Cancelled`` between two checks). The function gets file paths and returns plain
data; it never touches a QGIS layer or widget, which live in the main thread.

QGIS calls ``finished`` in the main thread: the task then emits exactly one of ``succeeded(value)``,
``failed(error)`` or ``cancelled()``, so the GUI receives results where it may use them. Callers keep a
reference to the task until one of those signals arrives (a Python task garbage-collected while queued
takes QGIS down with it).

Validation, decisions on findings and exports run in the child worker (``run_worker``: the registry's
operations, ``python -m masterplan_plugin <op> --json``): in the QGIS desktop, shapely's newer GEOS
functions and its WKT/WKB writers cannot run in QGIS's own process (``operations.child``). The panel
figures only use functions every GEOS since 3.8 has, and are computed in the task's thread.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.checks.registry import Cancelled
from ..core.errors import MasterplanError
from ..dependencies.child_process import follow
from ..dependencies.requirements import active_folders, python_executable
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


def validation_task(description: str, gpkg: str | Path, profile=None) -> PlanTask:
    """Validate a plan file and update its findings register; succeeds with a ``ValidationResult``.

    The checks run in the child worker (operation ``validate``); this task follows its progress, stops it on
    cancel and reads the register it wrote.
    """
    from .validation import ValidationResult, read_register

    def work(progress, is_cancelled):
        args = {"plan": str(gpkg), "profile": profile.to_dict() if profile is not None else None}
        done = run_worker("validate", args, progress, is_cancelled)
        return ValidationResult(Path(gpkg), done["crs"], read_register(gpkg), done.get("timings", {}))

    return PlanTask(description, work)


def decision_task(description: str, gpkg: str | Path, fingerprints: list[str], decision: str,
                  justification: str) -> PlanTask:
    """Record a decision on findings in the plan's register; succeeds with the register as written."""
    from .validation import read_register

    def work(progress, is_cancelled):
        run_worker("decide", {"plan": str(gpkg), "fingerprints": list(fingerprints), "decision": decision,
                              "justification": justification}, progress, lambda: False)
        return read_register(gpkg)

    return PlanTask(description, work, can_cancel=False)


def export_task(description: str, gpkg: str | Path, kind: str, target: str | Path, language: str) -> PlanTask:
    """Export the plan's findings (``kind``: gpkg, csv or html) to ``target``; succeeds with its path."""

    def work(progress, is_cancelled):
        done = run_worker("export_findings", {"plan": str(gpkg), "kind": kind, "target": str(target),
                                     "language": language}, progress, lambda: False)
        return Path(done["target"])

    return PlanTask(description, work, can_cancel=False)


def run_worker(command: str, args, progress, is_cancelled, poll_s: float = 0.1, on_log=None) -> dict:
    """Run the registry's operation ``command`` on ``args`` (its request, or the request as a dict) in the
    child worker, ``python -m masterplan_plugin command --json ARGS --progress-lines``; its result as a dict.

    ``progress(percent, step)`` follows the child; ``is_cancelled()`` stops it (raising ``Cancelled``);
    ``on_log(line)`` receives its other output lines. Raises MasterplanError with the child's message.
    """
    from ..operations.child import DONE, ERROR, PROGRESS

    if is_cancelled():
        raise Cancelled()
    package_parent = Path(__file__).resolve().parents[2]
    env = dict(os.environ)
    # The plugin's private package folder (shapely 2.1 when QGIS's Python lacks it) goes before the
    # system's site-packages in the child too, as it does in QGIS's process (dependencies.activate).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(package_parent), *active_folders(),
                                                      env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the child imports qgis.core only, never a GUI
    done, error, other = None, None, []

    def on_line(line: str) -> None:
        nonlocal done, error
        kind, _, payload = line.partition("\t")
        if kind == PROGRESS:
            percent, _, step = payload.partition("\t")
            progress(float(percent), step)
        elif kind == DONE:
            done = json.loads(payload)
        elif kind == ERROR:
            error = json.loads(payload)
        elif line.strip():
            other.append(line.rstrip())
            if on_log:
                on_log(line.rstrip())

    request = args if isinstance(args, dict) else args.to_dict()
    argv = [python_executable(), "-m", "masterplan_plugin", command, "--json", json.dumps(request),
            "--progress-lines"]
    returncode = follow(argv, on_line, is_cancelled, Cancelled, env=env, cwd=str(package_parent),
                        poll_s=poll_s)
    for line in other:
        LOG.info("%s: %s", command, line)
    if error is not None:
        template = error.get("template", error["message"])
        raise MasterplanError(template, error["details"], **error.get("values", {}))
    if done is None or returncode != 0:
        raise MasterplanError("The background process stopped unexpectedly.", "\n".join(other[-20:]))
    return done


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
