"""The plugin shell when QGIS's Python lacks one of its packages (pytest-qgis, offscreen).

This test process has shapely 2.1 and pyproj (the venv), so the missing package is a real one that nowhere
exists: ``mp-fake-dependency>=1.2,<1.3`` added to the plugin's requirements. Its wheel is a real wheel
made in tmp_path and installed by the real installer, with pip and by download, from a local wheelhouse;
the plugin then starts its workspace without a restart. The private folder is a tmp folder instead of the
test profile's. The real shapely from PyPI into a real QGIS desktop:
test/desktop/test_desktop_dependencies.py.
"""

from __future__ import annotations

import html
import subprocess
import sys
import time
import traceback

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QPushButton, QToolBar

from masterplan_plugin import classFactory
from masterplan_plugin import plugin as plugin_module
from masterplan_plugin.dependencies import install, requirements
from masterplan_plugin.dependencies.requirements import Requirement
from masterplan_plugin.gui.dependencies_dialog import ACTION_NAME, MESSAGE_NAME
from masterplan_plugin.qgis_adapters import dependency_task
from test.conftest import REPO_ROOT
from test.unit.wheel_factory import make_wheel

FAKE = Requirement("mp-fake-dependency", ">=1.2,<1.3", "mp_fake_dependency")
PLAN_ACTIONS = ["NewPlan", "OpenPlan", "Validate", "Findings", "ExportAtlas", "Settings"]
DOCKS = ["MasterPlanFindingsDock", "MasterPlanGreenDock", "MasterPlanMobilityDock", "MasterPlanZoningDock"]


@pytest.fixture(autouse=True)
def fail_on_slot_exceptions(monkeypatch):
    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc_info: raised.append(exc_info))
    yield
    if raised:
        pytest.fail("exception in a Qt slot:\n" + "".join(traceback.format_exception(*raised[0])))


@pytest.fixture()
def missing(monkeypatch, tmp_path):
    """The plugin's requirements plus one QGIS's Python does not have; the private folder in tmp_path."""
    folder = tmp_path / "profile" / "python" / "masterplan_plugin_deps" / requirements.python_tag()
    wheelhouse = tmp_path / "wheelhouse"
    make_wheel(wheelhouse, "mp-fake-dependency", "1.2.3")
    monkeypatch.setattr(requirements, "REQUIREMENTS", (*requirements.REQUIREMENTS, FAKE))
    monkeypatch.setattr(dependency_task, "plugin_deps_folder", lambda: folder)
    monkeypatch.setattr(plugin_module, "plugin_deps_folder", lambda: folder)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(requirements, "_ACTIVE", [])
    monkeypatch.setenv(install.WHEELHOUSE_ENV, str(wheelhouse))
    monkeypatch.delenv(install.METHOD_ENV, raising=False)
    yield folder
    sys.modules.pop("mp_fake_dependency", None)


@pytest.fixture()
def plugin(missing, qgis_like_iface, qgis_locale):
    qgis_locale("en_US")
    plugin = classFactory(qgis_like_iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    flush()


def flush() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def find(iface, cls, name):
    return iface.mainWindow().findChild(cls, name)


def message_items(iface) -> list:
    return [item for item in iface.messageBar().items() if item.objectName() == MESSAGE_NAME]


def wait_for(condition, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.02)


def names(window, cls, prefix="MasterPlan"):
    return sorted(o.objectName() for o in window.findChildren(cls) if o.objectName().startswith(prefix))


def test_the_plugin_modules_import_neither_shapely_nor_pyproj_before_the_check():
    # QGIS's own modules may: qgis.core 3.40 imports shapely when it can (QgsGeometry.as_shapely).
    script = (
        "import sys\n"
        "import qgis.core, qgis.gui\n"
        "already = set(sys.modules)\n"
        "import masterplan_plugin, masterplan_plugin.plugin, masterplan_plugin.gui.dependencies_dialog\n"
        "bad = sorted(m for m in set(sys.modules) - already if m.split('.')[0] in ('shapely', 'pyproj'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_without_its_packages_the_plugin_loads_with_its_tools_disabled(plugin, qgis_like_iface):
    iface, window = qgis_like_iface, qgis_like_iface.mainWindow()
    toolbar = find(iface, QToolBar, "MasterPlanToolbar")
    assert toolbar is not None and toolbar.actions()[0].objectName() == ACTION_NAME
    enabled = {name: find(iface, QAction, f"mActionMasterPlan{name}").isEnabled() for name in PLAN_ACTIONS}
    assert enabled == dict.fromkeys(PLAN_ACTIONS, False)
    assert find(iface, QAction, ACTION_NAME).isEnabled()
    assert names(window, QDockWidget) == []
    assert QgsApplication.processingRegistry().providerById("masterplan") is None
    [submenu] = [a.menu() for a in iface.pluginMenu().actions() if a.menu() and a.text() == "&Master plan"]
    assert ACTION_NAME in [a.objectName() for a in submenu.actions()]


def test_the_message_bar_says_what_is_missing_and_offers_the_installation(plugin, qgis_like_iface):
    [item] = message_items(qgis_like_iface)
    assert item.level() == Qgis.MessageLevel.Warning and item.duration() == 0
    text = html.unescape(item.text())  # the item shows rich text: the plugin escapes "<1.3"
    assert "mp-fake-dependency>=1.2,<1.3" in text and "disabled" in text
    [button] = [b for b in item.findChildren(QPushButton) if b.objectName() == "MasterPlanDependenciesButton"]
    assert button.text() == "Install…"
    button.click()
    dialog = plugin._notice.dialog
    assert dialog is not None and dialog.isVisible()
    rows = {dialog.packages_table.item(row, 0).text(): dialog.packages_table.item(row, 3).text()
            for row in range(dialog.packages_table.rowCount())}
    assert rows == {"numpy": "OK", "shapely": "OK", "pyproj": "OK", "mp-fake-dependency": "missing"}
    assert dialog._install_button.isEnabled()
    assert "mp-fake-dependency>=1.2,<1.3" in dialog.status_label.text()
    assert dialog.folder_label.text() == str(plugin._notice.folder)


@pytest.mark.parametrize("method", ["pip", "download"])
def test_installing_starts_the_workspace_without_restarting(plugin, qgis_like_iface, missing, monkeypatch,
                                                             method):
    monkeypatch.setenv(install.METHOD_ENV, method)
    iface, window = qgis_like_iface, qgis_like_iface.mainWindow()
    find(iface, QAction, ACTION_NAME).trigger()
    dialog = plugin._notice.dialog
    task = dialog.start_install()
    assert task is not None and not dialog._install_button.isEnabled()
    assert dialog._close_button.text() == "Cancel installation"
    wait_for(lambda: dialog.task is None)
    flush()

    result = dialog.last_result
    assert result.method == method and result.versions["mp_fake_dependency"] == "1.2.3"
    assert "Master plan is ready" in dialog.status_label.text() and dialog.isVisible()
    assert sys.path[0] == str(missing) and (missing / "mp_fake_dependency" / "__init__.py").is_file()
    assert message_items(iface) == []
    successes = iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("Master plan is ready" in text for text in successes)
    assert names(window, QDockWidget) == DOCKS
    assert ACTION_NAME not in names(window, QAction, "mAction")
    assert find(iface, QAction, "mActionMasterPlanNewPlan").isEnabled()
    assert len(window.findChildren(QToolBar, "MasterPlanToolbar")) == 1
    assert QgsApplication.processingRegistry().providerById("masterplan") is not None

    plugin.unload()
    flush()
    assert {cls.__name__: names(window, cls) for cls in (QToolBar, QMenu, QDockWidget)} == {
        "QToolBar": [], "QMenu": [], "QDockWidget": []}
    assert names(window, QAction, "mActionMasterPlan") == []
    assert QgsApplication.processingRegistry().providerById("masterplan") is None


def test_a_failed_installation_says_why_and_the_plugin_keeps_waiting(plugin, qgis_like_iface, tmp_path,
                                                                     monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv(install.WHEELHOUSE_ENV, str(tmp_path / "empty"))
    monkeypatch.setenv(install.METHOD_ENV, "download")
    dialog = plugin._notice.open_dialog()
    dialog.start_install()
    wait_for(lambda: dialog.task is None)
    assert dialog.status_label.text().startswith("The packages could not be installed: No wheel of "
                                                 "mp-fake-dependency fits this Python")
    assert dialog.details_edit.isVisibleTo(dialog) and dialog._install_button.isEnabled()
    assert len(message_items(qgis_like_iface)) == 1
    assert names(qgis_like_iface.mainWindow(), QDockWidget) == []


def test_closing_the_dialog_while_installing_cancels_and_changes_nothing(plugin, missing, monkeypatch):
    monkeypatch.setenv(install.METHOD_ENV, "pip")
    dialog = plugin._notice.open_dialog()
    dialog.start_install()
    dialog.reject()  # the Close button reads "Cancel installation" meanwhile: the dialog stays open
    wait_for(lambda: dialog.task is None)
    assert dialog.isVisible()
    assert dialog.status_label.text() == "Installation cancelled: nothing was changed."
    assert not missing.exists() and plugin._notice is not None


def test_qgis_process_gets_a_log_message_and_no_provider(missing, qgis_iface):
    received = []

    def on_message(message, tag, level):
        received.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(on_message)
    plugin = classFactory(qgis_iface)
    try:
        plugin.initProcessing()  # all that qgis_process calls
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)
    try:
        assert QgsApplication.processingRegistry().providerById("masterplan") is None
        [(message, tag, level)] = [entry for entry in received if "algorithms are not available" in entry[0]]
        assert tag == "Master plan" and level == Qgis.MessageLevel.Critical
        assert "mp-fake-dependency>=1.2,<1.3" in message and "Python packages" in message
    finally:
        plugin.unload()


def test_an_older_copy_already_imported_means_install_then_restart(missing, qgis_like_iface, qgis_locale,
                                                                     tmp_path, monkeypatch):
    """As when another plugin imported Debian's shapely 1.8 before Master plan: 1.1.0 is in memory."""
    qgis_locale("en_US")
    iface = qgis_like_iface
    old = tmp_path / "dist-packages"
    install.extract_wheel(make_wheel(tmp_path / "old", "mp-fake-dependency", "1.1.0"), old)
    sys.path.append(str(old))
    import mp_fake_dependency

    assert mp_fake_dependency.__version__ == "1.1.0"
    monkeypatch.setenv(install.METHOD_ENV, "download")
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        dialog = plugin._notice.open_dialog()
        assert dialog._install_button.isEnabled()
        status = dialog.status_label.text()
        assert status.startswith("mp-fake-dependency 1.1.0 is already loaded in this session")
        dialog.start_install()
        wait_for(lambda: dialog.task is None)
        status = dialog.status_label.text()
        assert status.startswith("Installed mp_fake_dependency 1.2.3 (downloaded from PyPI). "
                                 "Restart QGIS to use the installed packages")
        assert not dialog._install_button.isEnabled()
        [item] = message_items(iface)
        assert html.unescape(item.text()).startswith("Restart QGIS: an older mp-fake-dependency is loaded")
        assert names(iface.mainWindow(), QDockWidget) == []  # the workspace waits for the restart
    finally:
        plugin.unload()
        flush()
    # "Restart": a new process has no old copy in memory, and finds the private folder first.
    sys.modules.pop("mp_fake_dependency")
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        assert plugin._notice is None and names(iface.mainWindow(), QDockWidget) == DOCKS
        import mp_fake_dependency

        assert mp_fake_dependency.__version__ == "1.2.3"
    finally:
        plugin.unload()
        flush()


def test_unloading_while_installing_cancels_the_task_and_leaves_nothing(plugin, qgis_like_iface, missing,
                                                                         monkeypatch):
    import gc

    monkeypatch.setenv(install.METHOD_ENV, "pip")
    plugin._notice.open_dialog().start_install()
    plugin.unload()
    flush()
    gc.collect()  # the dialog's Python side is gone; the task is kept until QGIS has finished it
    wait_for(lambda: not dependency_task._RUNNING)
    assert names(qgis_like_iface.mainWindow(), QAction, "mActionMasterPlan") == []
    assert message_items(qgis_like_iface) == []
