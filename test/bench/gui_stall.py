"""Does QGIS stay responsive while the toolbar validates the 100k-zone benchmark plan?

``.venv/bin/python -m test.bench.gui_stall [--zones 100000] [--rebuild]`` builds the synthetic plan (like
``run_benchmarks.py``, in its own file ``build/bench/gui_stall_<n>k.gpkg``), loads the plugin in an offscreen
QGIS with pytest-qgis's interface stub, opens the plan through the plugin's Open plan command and presses
Validate. A QTimer ticks every 10 ms on the main thread the whole time; the longest gap between two ticks is
the longest event-loop stall the user would feel. Reported per phase (target < 200 ms while validating):

- ``panel_figures``: the panels' figures computed in a background thread of QGIS;
- ``validation``: from pressing Validate until the task reports back (checks in the child process);
- ``results``: the main thread showing the results (findings layers reloaded, findings panel filled).

Opening the plan (adding its layers to the project) is synchronous QGIS work and is reported for context.
Results go to ``build/bench/gui_stall.json``. Not a unit test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "bench"
TICK_MS = 10
TARGET_MS = 200


def build_plan(zones: int, rebuild: bool) -> Path:
    from masterplan_plugin.io.plan_io import append_to_plan
    from masterplan_plugin.qgis_adapters.plan_project import create_plan
    from test.bench.synthetic_plan import synthetic_plan

    path = OUT / f"gui_stall_{zones // 1000}k.gpkg"
    if path.exists() and not rebuild:
        from masterplan_plugin.io.validation import write_register

        write_register(path, [])  # every run starts from an empty register
        return path
    started = time.perf_counter()
    plan = create_plan(path, "EPSG:3035", overwrite=True)
    for layer, (geometries, columns) in synthetic_plan(zones=zones).items():
        append_to_plan(plan.gpkg, layer, geometries, columns)
    print(f"built {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return plan.gpkg


class StallMeter:
    """Ticks every TICK_MS on the main thread and records the gaps between ticks, per phase."""

    def __init__(self):
        from qgis.PyQt.QtCore import QTimer

        self.phase = "idle"
        self.gaps: dict[str, list[float]] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def set_phase(self, phase: str, close_previous: bool = True) -> None:
        """Gaps count for ``phase`` from now on; ``close_previous`` books the time so far to the old one.

        Without it the running gap goes to the new phase: how the results handling, which runs in the same
        main-thread call as the task's report, is booked to "results" rather than to "validation".
        """
        if close_previous:
            self._tick()
        self.phase = phase

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.setdefault(self.phase, []).append((now - self._last) * 1000)
        self._last = now

    def summary(self) -> dict:
        result = {}
        for phase, gaps in self.gaps.items():
            ordered = sorted(gaps)
            result[phase] = {
                "ticks": len(gaps),
                "max_gap_ms": round(ordered[-1], 1),
                "p99_gap_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
                "median_gap_ms": round(ordered[len(ordered) // 2], 1),
            }
        return result


def run_until(app, condition, timeout_s: float = 900) -> float:
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout_s:
            raise TimeoutError("the plugin did not finish in time")
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zones", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    OUT.mkdir(parents=True, exist_ok=True)

    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface
    from qgis.core import QgsApplication
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow

    app = QgsApplication([], True)
    app.initQgis()
    try:
        plan = build_plan(options.zones, options.rebuild)
        window = QMainWindow()
        canvas = QgsMapCanvas(window)
        window.setCentralWidget(canvas)
        iface = QgisInterface(canvas, MockMessageBar(), window)
        iface.addDockWidget = window.addDockWidget
        iface.removeDockWidget = window.removeDockWidget
        iface.addPluginToMenu = lambda *args: None
        iface.removePluginMenu = lambda *args: None
        window.resize(1400, 900)
        window.show()

        from masterplan_plugin import classFactory

        plugin = classFactory(iface)
        plugin.initGui()
        meter = StallMeter()
        meter.start()
        timings = {}

        meter.set_phase("open_plan")
        started = time.perf_counter()
        assert plugin.commands.open_path(plan)
        timings["open_plan_s"] = time.perf_counter() - started

        meter.set_phase("panel_figures")
        timings["panel_figures_s"] = run_until(app, lambda: plugin._panel_data.data() is not None)

        meter.set_phase("validation")
        done = {}
        plugin.validation.validated.connect(lambda result: done.update(result=result))
        task = plugin.validation.validate()
        assert task is not None
        task.failed.connect(lambda error: done.update(error=error))
        task.succeeded.connect(lambda _value: meter.set_phase("results", close_previous=False))
        timings["validation_s"] = run_until(app, lambda: done)
        if "error" in done:
            print(f"validation failed: {done['error']}", file=sys.stderr)
            return 2
        end = time.perf_counter() + 0.3  # a few more ticks: the first one after the results closes their gap
        run_until(app, lambda: time.perf_counter() > end)
        meter.timer.stop()

        result = done["result"]
        current = [entry for entry in result.register if entry.state != "fixed"]
        report = {
            "plan": str(plan),
            "zones": options.zones,
            "findings": len(current),
            "tick_ms": TICK_MS,
            "target_max_gap_ms": TARGET_MS,
            "timings_s": {key: round(value, 2) for key, value in timings.items()},
            "validation_timings_s": {key: round(value, 2) for key, value in result.timings.items()},
            "gaps": meter.summary(),
        }
        plugin.unload()
        (OUT / "gui_stall.json").write_text(json.dumps(report, indent=2))
        print(json.dumps(report, indent=2))
        worst = max(report["gaps"].get(phase, {"max_gap_ms": 0})["max_gap_ms"]
                    for phase in ("panel_figures", "validation"))
        print(f"longest event-loop stall while computing and validating: {worst} ms "
              f"(target < {TARGET_MS} ms)")
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
