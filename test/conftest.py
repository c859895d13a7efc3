"""Fixtures shared by several test folders. Keep each section small and say who uses it."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "masterplan_plugin"


def pytest_configure(config):
    config.addinivalue_line("markers", "desktop: starts a real QGIS desktop under Xvfb (slow, ~30 s)")
    config.addinivalue_line("markers", f"{WITHOUT_SHAPELY}: needs QGIS's Python ({SYSTEM_PYTHON}) without "
                            "shapely >= 2.1, as Debian installs QGIS (python3-shapely not installed)")


# --- QGIS's Python without shapely: test/qgis/test_dependency_install.py, test/desktop --------------------

SYSTEM_PYTHON = "/usr/bin/python3"
WITHOUT_SHAPELY = "needs_python_without_shapely"


@functools.cache
def system_python_has_shapely() -> bool:
    """Whether Debian's Python (QGIS's) already has shapely >= 2.1, e.g. trixie's python3-shapely 2.1."""
    script = ("import importlib.metadata as m, sys\n"
              "sys.exit(0 if tuple(map(int, m.version('shapely').split('.')[:2])) >= (2, 1) else 1)\n")
    return Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-I", "-c", script], capture_output=True).returncode == 0


@functools.cache
def system_numpy_version() -> str:
    """The numpy of Debian's Python (1.24 on bookworm, 2.2 on trixie): the plugin installs no numpy."""
    done = subprocess.run([SYSTEM_PYTHON, "-I", "-c", "import numpy; print(numpy.__version__)"],
                          capture_output=True, text=True)
    return done.stdout.strip()


def pytest_collection_modifyitems(config, items):
    """Tests of the plugin's own installation of shapely need a QGIS Python that lacks it: where Debian's
    python3-shapely 2.1 is installed (trixie) they are skipped, and ``make test-qgis340`` runs them again in
    the same chroot with python3-shapely hidden (test/qgis340/run.sh)."""
    for item in items:
        if item.get_closest_marker(WITHOUT_SHAPELY) and system_python_has_shapely():
            item.add_marker(pytest.mark.skip(reason=f"{SYSTEM_PYTHON} has shapely >= 2.1 (python3-shapely): "
                                                    "nothing for the plugin to install here"))


# --- Plugin package: test/qgis/test_package.py and test/desktop ------------------------------------------

def plugin_version() -> str:
    for line in (REPO_ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise AssertionError("metadata.txt has no version")


def _package_inputs() -> list[Path]:
    files = [REPO_ROOT / "metadata.txt", REPO_ROOT / "resources.qrc", *REPO_ROOT.glob("i18n/*.ts")]
    files += [p for p in (REPO_ROOT / PLUGIN).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return files


@pytest.fixture(scope="session")
def plugin_zip() -> Path:
    """``dist/masterplan_plugin-<version>.zip``, rebuilt with ``make package`` when a source is newer.

    ``make test`` builds it first; a plain ``pytest`` run rebuilds it here when needed.
    """
    zip_path = REPO_ROOT / "dist" / f"{PLUGIN}-{plugin_version()}.zip"
    newest = max(path.stat().st_mtime for path in _package_inputs())
    if not zip_path.exists() or zip_path.stat().st_mtime < newest:
        result = subprocess.run(["make", "-s", "package"], cwd=REPO_ROOT, capture_output=True, text=True)
        assert result.returncode == 0, f"make package failed:\n{result.stdout}\n{result.stderr}"
    return zip_path


# --- QGIS interface language: test/qgis (plugin shell, translations) -------------------------------------

LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")


@pytest.fixture()
def qgis_locale():
    """``qgis_locale("fr_FR")`` makes QGIS's interface language French for one test, restored afterwards.

    qgis is imported here, not at module level: test/unit checks that the core runs without it.
    """
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in LOCALE_KEYS}

    def apply(locale: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)

    yield apply
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


# --- A pytest-qgis iface that docks like QGIS: test/qgis (plugin shell, translations) ---------------------

@pytest.fixture()
def qgis_like_iface(qgis_iface, monkeypatch):
    """pytest-qgis's stub iface, with the parts the plugin shell uses made real.

    The stub only records toolbars and ignores docks and menus; here they really go into its main window
    and into a real Plugins menu, as QGIS does (one submenu per name, deleted once empty), so tests can
    assert placement and clean-up. The window is shown because docks update their toggle actions on real
    show/hide events only.
    """
    from qgis.PyQt.QtWidgets import QMenu

    window = qgis_iface.mainWindow()
    plugins_menu = QMenu("&Plugins", window)
    submenus: dict[str, QMenu] = {}

    def add_plugin_to_menu(name, action):
        if name not in submenus:
            submenus[name] = plugins_menu.addMenu(name)
        submenus[name].addAction(action)

    def remove_plugin_menu(name, action):
        submenu = submenus.get(name)
        if submenu is not None:
            submenu.removeAction(action)
            if not submenu.actions():
                plugins_menu.removeAction(submenus.pop(name).menuAction())

    monkeypatch.setattr(qgis_iface, "pluginMenu", lambda: plugins_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", add_plugin_to_menu)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", remove_plugin_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "addDockWidget", window.addDockWidget)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", window.removeDockWidget)
    monkeypatch.setattr(qgis_iface, "addToolBar", lambda toolbar: window.addToolBar(toolbar) or toolbar)
    qgis_iface.messageBar().clear_messages()
    window.show()
    yield qgis_iface
    window.hide()
    plugins_menu.deleteLater()
