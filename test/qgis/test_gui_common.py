"""Shared fixtures of the workspace tests (test_gui_*.py import them): the plugin loaded in pytest-qgis's
QGIS, a fresh copy of the generated demo plan per test, and waiting for background tasks.

No test lives here; the module only holds what the other test_gui_* modules share.
"""

from __future__ import annotations

import shutil
import sys
import time
import traceback

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from masterplan_plugin import classFactory
from masterplan_plugin.gui.docks.tables import KEY_ROLE, VALUE_ROLE
from masterplan_plugin.io.validation import load_snapshot

TASK_TIMEOUT_S = 120


def wait_until(condition, timeout: float = TASK_TIMEOUT_S, message: str = "condition") -> None:
    """Run the event loop (task results arrive through it) until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {message}")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def flush_deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_for_tasks() -> None:
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, message="background tasks")
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def fail_on_slot_exceptions(monkeypatch):
    """An exception in a Qt slot fails the test (QGIS would show its Python error dialog)."""
    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc_info: raised.append(exc_info))
    yield
    if raised:
        pytest.fail("exception in a Qt slot:\n" + "".join(traceback.format_exception(*raised[0])))


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory):
    """The demo plan, generated once through the real import path."""
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    plan, _ = build_demo(tmp_path_factory.mktemp("demo"))
    return plan.gpkg


@pytest.fixture()
def demo_plan(demo_source, tmp_path):
    """A copy of the demo plan that this test may edit, validate and decide on."""
    target = tmp_path / "demo_plan.gpkg"
    shutil.copy(demo_source, target)
    return target


@pytest.fixture()
def iface(qgis_like_iface, qgis_locale, qgis_new_project):
    qgis_locale("en_US")
    canvas = qgis_like_iface.mapCanvas()
    canvas.setDestinationCrs(QgsProject.instance().crs())
    return qgis_like_iface


@pytest.fixture()
def plugin(iface):
    plugin = classFactory(iface)
    plugin.initGui()
    yield plugin
    wait_for_tasks()
    plugin.unload()
    flush_deferred_deletes()
    QgsProject.instance().clear()


@pytest.fixture()
def opened(plugin, demo_plan):
    """The plugin with the demo plan opened through its Open plan command, panel figures computed."""
    assert plugin.commands.open_path(demo_plan)
    wait_until(lambda: plugin._panel_data.data() is not None, message="panel figures")
    return plugin


def core_indicators(gpkg):
    from masterplan_plugin.core.indicators import compute_indicators

    return compute_indicators(load_snapshot(gpkg))


def table_values(table, column: int) -> list:
    return [table.item(row, column).data(VALUE_ROLE) for row in range(table.rowCount())]


def table_keys(table) -> list:
    return [table.item(row, 0).data(KEY_ROLE) for row in range(table.rowCount())]
