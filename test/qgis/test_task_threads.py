"""Background work that uses pyproj survives QGIS's reused task threads (``qgis_adapters/python_thread.py``).

With pyproj 3.5–3.7 (Debian trixie's 3.7.1 under QGIS 3.40), a pyproj call in the second QgsTask that QGIS's
thread pool gives the same thread crashed in libproj: the plugin's tasks now run their work in a thread that
Python started. The tasks run in a child process, so that a crash fails one test instead of ending pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from masterplan_plugin.qgis_adapters import python_thread
from masterplan_plugin.qgis_adapters.python_thread import in_python_thread, started_by_python
from test.conftest import REPO_ROOT

TASKS = 4

SCRIPT = f"""
import sys, time
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QThreadPool

app = QgsApplication([], False)
app.initQgis()
QThreadPool.globalInstance().setMaxThreadCount(1)  # every task gets the same pooled thread
from masterplan_plugin.core.crs import area_of_use
from masterplan_plugin.qgis_adapters.tasks import PlanTask, start

def wait(task):
    while task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
        app.processEvents()
        time.sleep(0.005)

names = []
for number in range({TASKS}):
    task = PlanTask("pyproj", lambda progress, is_cancelled: area_of_use("EPSG:2169"))
    task.succeeded.connect(lambda value: names.append(value))
    task.failed.connect(lambda error: sys.exit(f"task failed: {{error}}"))
    start(task)
    wait(task)
    app.processEvents()
print(len(names), "tasks ran", flush=True)
assert len(names) == {TASKS}, names
"""


def test_plan_tasks_use_pyproj_again_and_again_in_the_same_pooled_thread():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert f"{TASKS} tasks ran" in result.stdout


def test_in_python_thread_returns_the_value_or_raises_the_error(monkeypatch):
    assert started_by_python()
    assert in_python_thread(lambda a, b=0: a + b, 2, b=3) == 5  # Python's own thread: called directly
    called_in = threading.get_ident()
    assert in_python_thread(threading.get_ident) == called_in
    # As from a pooled QGIS thread: in a new thread, waited for.
    monkeypatch.setattr(python_thread, "started_by_python", lambda: False)
    assert in_python_thread(lambda a, b=0: (a + b, threading.current_thread().name), 2, b=3) == (
        5, "masterplan-<lambda>")
    assert in_python_thread(threading.get_ident) != called_in
    with pytest.raises(ZeroDivisionError):
        in_python_thread(lambda: 1 / 0)
