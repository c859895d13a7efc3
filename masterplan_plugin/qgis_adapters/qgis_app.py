"""A headless QGIS application for the command line and scripts (no-op inside a running QGIS)."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def headless_qgis():
    # Without a display Qt aborts; offscreen is enough for styles, projects and layouts.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    if "XDG_RUNTIME_DIR" not in os.environ:  # Qt warns on every start without one
        runtime = Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        yield QgsApplication.instance()
        return
    app = QgsApplication([], False)
    app.initQgis()
    try:
        yield app
    finally:
        app.exitQgis()
