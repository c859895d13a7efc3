"""The step runner of the scripts QGIS runs with ``--code`` (``desktop_*.py``), imported by them from
``MASTERPLAN_DESKTOP_LIB`` (set by ``test_desktop_plugin.run_qgis_desktop``; only this folder, so the plugin
still comes from the profile).

A step is a function that returns True once done; the runner calls the first pending step every 200 ms
and records each one reached, writing the result at once so that a hang still shows how far QGIS got.
An exception or the timeout ends the run with the error recorded; QGIS then quits.

Scripts start once QGIS has finished starting (``when_qgis_ready``), not after a fixed delay: no waiting
longer than needed on a fast machine, no starting too early on a slow one.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

PLUGIN = "masterplan_plugin"
TICK_MS = 200
started_on: list[str] = []  # what started the script: "initializationCompleted" or "already started"
_alive: list[QTimer] = []  # a QTimer without a Python reference would be collected mid-run


def write_result(path: str, result: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2, ensure_ascii=False, default=str)


def when_qgis_ready(start: Callable[[], None]) -> None:
    """Call ``start`` once, when QGIS has finished starting: on ``iface.initializationCompleted``.

    QGIS 3.22 runs a ``--code`` script just before it emits the signal. A QGIS that runs the script after
    (the signal is gone) is recognised on the event loop's first turn, the main window shown and the plugins
    loaded (``qgis.utils.plugins`` holds ours): the script starts then; until then that is checked again
    every tick."""
    iface = qgis.utils.iface
    started = False

    def once(reason: str = "initializationCompleted") -> None:
        nonlocal started
        if not started:
            started = True
            started_on.append(reason)
            iface.initializationCompleted.disconnect(on_signal)
            start()

    def on_signal() -> None:
        once()

    def if_already_started() -> None:
        if started:
            return
        if iface.mainWindow().isVisible() and PLUGIN in qgis.utils.plugins:
            once("already started")
        else:
            QTimer.singleShot(TICK_MS, if_already_started)

    iface.initializationCompleted.connect(on_signal)
    QTimer.singleShot(0, if_already_started)


def run_steps(steps: list[Callable[[], bool]], result: dict, path: str, timeout_s: float,
              on_finish: Callable[[float], None] | None = None) -> None:
    """Run ``steps`` once QGIS has started (``when_qgis_ready``); ``on_finish(seconds)`` before the result is
    written and QGIS quits."""

    def start() -> None:
        started = time.monotonic()
        result["started_on"] = started_on[0]
        timer = QTimer()

        def tick() -> None:
            try:
                if time.monotonic() - started > timeout_s:
                    raise TimeoutError(f"step {steps[0].__name__} did not finish within {timeout_s} s")
                while steps and steps[0]():
                    result.setdefault("steps", []).append(steps.pop(0).__name__)
                    write_result(path, result)
                if steps:
                    return
            except Exception:
                result["errors"].append(traceback.format_exc())
            timer.stop()
            if on_finish is not None:
                on_finish(time.monotonic() - started)
            _quit(path, result)

        timer.timeout.connect(tick)
        timer.start(TICK_MS)
        _alive.append(timer)

    when_qgis_ready(start)


def _quit(path: str, result: dict) -> None:
    write_result(path, result)
    modal = QApplication.activeModalWidget()
    if modal is not None:  # a failed step left a dialog open: close it so that QGIS can quit
        modal.reject()
    QgsApplication.exit(0)
