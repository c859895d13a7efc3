"""The step runner of the scripts QGIS runs with ``--code`` (``desktop_*.py``), imported by them from
``MASTERPLAN_DESKTOP_LIB`` (set by ``test_desktop_plugin.run_qgis_desktop``; only this folder, so the plugin
still comes from the profile).

A step is a function that returns True once done; the runner calls the first pending step every 200 ms
and records each one reached, writing the result at once so that a hang still shows how far QGIS got.
An exception or the timeout ends the run with the error recorded; QGIS then quits.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

TICK_MS = 200
_alive: list[QTimer] = []  # a QTimer without a Python reference would be collected mid-run


def write_result(path: str, result: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2, ensure_ascii=False, default=str)


def run_steps(steps: list[Callable[[], bool]], result: dict, path: str, timeout_s: float, start_delay_ms: int,
              on_finish: Callable[[float], None] | None = None) -> None:
    """Run ``steps`` once QGIS has started (after ``start_delay_ms``); ``on_finish(seconds)`` before the
    result is written and QGIS quits."""

    def start() -> None:
        started = time.monotonic()
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

    QTimer.singleShot(start_delay_ms, start)


def _quit(path: str, result: dict) -> None:
    write_result(path, result)
    modal = QApplication.activeModalWidget()
    if modal is not None:  # a failed step left a dialog open: close it so that QGIS can quit
        modal.reject()
    QgsApplication.exit(0)
