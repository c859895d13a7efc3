"""The one way to get the plugin's icons, for the GUI and Processing alike (neither imports the other).

``make resources`` compiles ``resources.qrc`` into ``resources_rc.py`` (Qt resource paths
``:/plugins/masterplan_plugin/icons/<name>.svg``). That module is generated, never committed, and PyQt6
has no resource compiler, so the SVG files next to the code are the fallback.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from qgis.PyQt.QtCore import QFile
from qgis.PyQt.QtGui import QIcon

RESOURCE_PREFIX = ":/plugins/masterplan_plugin/icons"
ICON_DIR = Path(__file__).resolve().parent / "resources" / "icons"


@lru_cache(maxsize=1)
def compiled_resources_loaded() -> bool:
    try:
        from . import resources_rc  # noqa: F401  (importing registers the icons with Qt)
    except ImportError:
        return False
    return True


def icon_path(name: str) -> str:
    """``:/…`` path when the compiled resources are there, the SVG file path otherwise."""
    resource = f"{RESOURCE_PREFIX}/{name}.svg"
    if compiled_resources_loaded() and QFile.exists(resource):
        return resource
    return str(ICON_DIR / f"{name}.svg")


def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))
