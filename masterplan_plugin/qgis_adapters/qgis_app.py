"""A headless QGIS application for the command line and scripts (no-op inside a running QGIS)."""

from __future__ import annotations

import os
from contextlib import contextmanager


@contextmanager
def headless_qgis():
    # Without a display Qt aborts; offscreen is enough for styles, projects and layouts.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
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
