"""The core must run without QGIS or Qt: it is imported by the CLI, Processing, tests and benchmarks."""

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import masterplan_plugin.core as core

CORE_DIR = Path(core.__file__).parent
FORBIDDEN = re.compile(r"^\s*(from|import)\s+(qgis|PyQt5|PyQt6|processing|osgeo)\b", re.MULTILINE)


def test_no_core_module_imports_qgis_qt_or_gdal():
    offenders = [
        str(path.relative_to(CORE_DIR))
        for path in CORE_DIR.rglob("*.py")
        if FORBIDDEN.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qgis():
    modules = [name for _, name, _ in pkgutil.walk_packages([str(CORE_DIR)], "masterplan_plugin.core.")]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'osgeo'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=CORE_DIR.parents[1]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 5
