"""What the planner sees while the plugin's Python packages are missing, and the one-click installation.

``DependencyNotice`` is what ``plugin.py`` registers instead of the workspace when shapely (or pyproj, or
numpy) is not importable: a message-bar warning with an *Install…* button that stays until it is dealt with,
and the *Python packages…* action, first on the plugin's toolbar and in its menu. Both open
``DependenciesDialog``: which packages are needed and found, where they will go, *Install* (a QGIS task
with progress and cancel, ``qgis_adapters/dependency_task.py``). Once installed, the notice checks again
and emits ``ready`` when the plugin can start without restarting QGIS — or says that a restart is needed
because an older copy is already loaded. Layout in the .ui beside this file.

Only QGIS, Qt and the pure ``dependencies`` package are imported here: this module loads without shapely.
"""

from __future__ import annotations

import html
import logging
import sys
from pathlib import Path

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsMessageBar
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QWidget,
)

from ..core.errors import MasterplanError
from ..dependencies.install import InstallResult
from ..dependencies.requirements import Found, Report, check, python_executable, to_install
from ..qgis_adapters.dependency_task import DependencyTask, activate_and_check, start
from . import messages

LOG = logging.getLogger(__name__)
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
ACTION_NAME = "mActionMasterPlanDependencies"
MESSAGE_NAME = "MasterPlanDependenciesMessage"


def _packages(items) -> str:
    return ", ".join(str(item) for item in items)


def restart_only(report: Report) -> bool:
    """An older copy is in memory while what is on the path now (the private folder first) satisfies:
    installing again would not help, restarting QGIS does."""
    return bool(report.needs_restart) and check(modules={}).ok


class DependenciesDialog(QDialog, FORM_CLASS):
    """The packages' state and the *Install* button; emits ``installed`` after a successful installation."""

    intro_label: QLabel
    packages_table: QTableWidget
    folder_label: QLabel
    python_label: QLabel
    status_label: QLabel
    progress_bar: QProgressBar
    details_edit: QPlainTextEdit
    button_box: QDialogButtonBox

    installed = pyqtSignal(object)  # InstallResult

    def __init__(self, report: Report, folder: Path, parent: QWidget | None = None, settings=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("MasterPlanDependenciesDialog")
        self.folder = Path(folder)
        self.settings = settings  # dependencies.install.Settings; None: from the environment
        self.report = report
        self.task: DependencyTask | None = None
        self.last_result: InstallResult | None = None
        self.folder_label.setText(str(self.folder))
        try:
            python = python_executable()
        except MasterplanError as error:
            python = messages.localized(error)
        self.python_label.setText(f"{python} ({sys.version.split()[0]})")
        self._install_button.setText(self.tr("Install"))
        header = self.packages_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.button_box.accepted.connect(self.start_install)
        self.button_box.rejected.connect(self.reject)
        self.details_edit.setVisible(False)
        self.set_report(report)

    @property
    def _install_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def _close_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Close)

    # --- state ----------------------------------------------------------------------------------------

    def set_report(self, report: Report, result: InstallResult | None = None) -> None:
        """Show ``report`` (after an installation ``result``, say what it did)."""
        self.report = report
        self.packages_table.setRowCount(len(report.found))
        for row, item in enumerate(report.found):
            cells = (item.requirement.name, item.requirement.specifier or self.tr("any version"),
                     item.version or self.tr("not found"), self._state(item))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.location or text)  # where it comes from
                self.packages_table.setItem(row, column, cell)
        self.status_label.setText(self._status(report, result))
        self._update_install_button()

    def _state(self, item: Found) -> str:
        if item.satisfied:
            return self.tr("OK")
        if item.needs_restart:
            return self.tr("an older version is loaded in this session")
        if not item.requirement.installable:
            return self.tr("to be installed with QGIS's package manager")
        return self.tr("missing") if item.version is None else self.tr("unsuitable version")

    def _status(self, report: Report, result: InstallResult | None) -> str:
        done = ""
        if result is not None:
            how = self.tr("with pip") if result.method == "pip" else self.tr("downloaded from PyPI")
            done = self.tr("Installed {packages} ({method}).").format(
                packages=", ".join(f"{name} {version}" for name, version in result.versions.items()),
                method=how) + " "
        if report.ok:
            return done + self.tr("Every package the plugin needs is available: Master plan is ready.")
        if report.needs_restart:
            item = report.needs_restart[0]
            values = {"package": item.requirement.name, "version": item.version or "?",
                      "location": item.location or "?"}
            if restart_only(report):
                return done + self.tr(
                    "Restart QGIS to use the installed packages: {package} {version} was already loaded "
                    "from {location} in this session.").format(**values)
            return self.tr(
                "{package} {version} is already loaded in this session (from {location}): install, then "
                "restart QGIS.").format(**values)
        if not report.installable:
            blocked = [item.requirement for item in report.unsatisfied if not item.requirement.installable]
            return self.tr(
                "{packages} cannot be installed by the plugin: install it with the package manager that "
                "installed QGIS (on Debian or Ubuntu: apt install python3-{name}).").format(
                packages=_packages(blocked), name=blocked[0].name)
        packages = to_install(report, self.folder)
        return done + self.tr(
            "Install downloads {packages} from the Python Package Index (PyPI) with QGIS's own Python "
            "(pip when it has it). No restart is needed unless an older version is already loaded.").format(
            packages=_packages(packages))

    def _update_install_button(self) -> None:
        report = self.report
        self._install_button.setEnabled(self.task is None and not report.ok and report.installable
                                        and not restart_only(report))

    def _step_text(self, step: str) -> str:
        kind, _, package = step.partition(":")
        texts = {
            "probe": self.tr("Looking for pip in QGIS's Python…"),
            "pip": self.tr("Installing with pip…"),
            "index": self.tr("{package}: looking up PyPI…"),
            "download": self.tr("{package}: downloading…"),
            "unpack": self.tr("{package}: unpacking…"),
            "check": self.tr("Checking that the packages import…"),
            "done": self.tr("Installed."),
        }
        return texts.get(kind, step).format(package=package)

    # --- installation ---------------------------------------------------------------------------------

    def start_install(self) -> DependencyTask | None:
        """Start the installation task (the dialog stays open to show its progress)."""
        if self.task is not None or self.report.ok or not self.report.installable:
            return None
        packages = to_install(self.report, self.folder)
        description = self.tr("Master plan: installing {packages}").format(packages=_packages(packages))
        task = DependencyTask(description, self.folder, packages, self.settings)
        # Methods, not lambdas: disconnected with the dialog if it goes first (plugin unloaded meanwhile).
        task.progressChanged.connect(self._progress_changed)
        task.step_changed.connect(self._step_changed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task
        self._set_running(True)
        self.details_edit.setVisible(False)
        self.status_label.setText(self.tr("Installing {packages}…").format(packages=_packages(packages)))
        start(task)
        return task

    def _progress_changed(self, value: float) -> None:
        self.progress_bar.setValue(round(value))

    def _step_changed(self, step: str) -> None:
        self.status_label.setText(self._step_text(step))

    def _set_running(self, running: bool) -> None:
        self._close_button.setText(self.tr("Cancel installation") if running else self.tr("Close"))
        if not running:
            self.task = None
        self._update_install_button()

    def _succeeded(self, result: InstallResult) -> None:
        self.last_result = result
        self._set_running(False)
        self.progress_bar.setValue(100)
        self.details_edit.setPlainText("\n".join(result.files))
        self.details_edit.setVisible(bool(result.files))
        self.installed.emit(result)  # the notice checks again and calls set_report with the result

    def _failed(self, error: MasterplanError) -> None:
        self._set_running(False)
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("The packages could not be installed: {error}").format(
            error=messages.localized(error)))
        self.details_edit.setPlainText(error.details)
        self.details_edit.setVisible(bool(error.details))

    def _cancelled(self) -> None:
        self._set_running(False)
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Installation cancelled: nothing was changed."))

    def reject(self) -> None:
        """Close, or while installing, cancel (the dialog stays open until the task has stopped)."""
        if self.task is not None:
            self.status_label.setText(self.tr("Cancelling…"))
            self.task.cancel()
            return
        super().reject()


class DependencyNotice(QObject):
    """The plugin's face while its packages are missing: message bar item, action, dialog.

    ``register``/``unregister`` put the action and the message in QGIS and take them away again.
    """

    ready = pyqtSignal()  # the packages import now: the plugin can start its workspace

    def __init__(self, iface, report: Report, folder: Path, parent: QObject | None = None):
        super().__init__(parent if parent is not None else iface.mainWindow())
        self._iface = iface
        self.report = report
        self.folder = Path(folder)
        self.dialog: DependenciesDialog | None = None
        self._message = None
        self._toolbar: QToolBar | None = None
        self._menu_title = ""
        self.action = QAction(QgsApplication.getThemeIcon("/mIconWarning.svg"), self.tr("Python packages…"),
                              self)
        self.action.setObjectName(ACTION_NAME)
        tip = self.tr("Master plan needs Python packages that QGIS's Python does not have: install them")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.open_dialog)

    # --- registration (mirrored) ---------------------------------------------------------------------

    def register(self, toolbar: QToolBar | None, menu_title: str) -> None:
        self._toolbar, self._menu_title = toolbar, menu_title
        if toolbar is not None:
            first = toolbar.actions()[0] if toolbar.actions() else None
            toolbar.insertAction(first, self.action)
        self._iface.addPluginToMenu(menu_title, self.action)
        self._push_message()

    def withdraw(self) -> None:
        """Take the message and the action away (the packages are there); an open dialog stays open."""
        self._pop_message()
        if self.action is None:
            return
        if self._menu_title:
            self._iface.removePluginMenu(self._menu_title, self.action)
            self._menu_title = ""
        if self._toolbar is not None:
            try:
                self._toolbar.removeAction(self.action)
            except RuntimeError:  # the toolbar went first
                pass
            self._toolbar = None
        self.action.deleteLater()
        self.action = None

    def unregister(self) -> None:
        self.withdraw()
        if self.dialog is not None:
            if self.dialog.task is not None:
                self.dialog.task.cancel()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()

    # --- message bar ---------------------------------------------------------------------------------

    def message_text(self) -> str:
        if restart_only(self.report):
            text = self.tr("Restart QGIS: an older {package} is loaded in this session; the plugin's tools "
                           "stay disabled until then.")
            return text.format(package=self.report.needs_restart[0].requirement.name)
        text = self.tr("QGIS's Python lacks {packages}: the plugin's tools stay disabled until they are "
                       "installed.")
        return text.format(packages=_packages(item.requirement for item in self.report.unsatisfied))

    def _push_message(self) -> None:
        bar = self._iface.messageBar()
        title = QCoreApplication.translate("MasterPlanMessages", "Master plan")
        # The item shows rich text: "<2.2" would start a tag.
        item = QgsMessageBar.createMessage(title, html.escape(self.message_text(), quote=False), bar)
        item.setObjectName(MESSAGE_NAME)
        button = QPushButton(self.tr("Details…") if restart_only(self.report) else self.tr("Install…"), item)
        button.setObjectName("MasterPlanDependenciesButton")
        button.clicked.connect(self.open_dialog)
        item.layout().addWidget(button)
        self._message = bar.pushWidget(item, Qgis.MessageLevel.Warning, 0)  # stays until dealt with

    def _pop_message(self) -> None:
        if self._message is None:
            return
        try:
            self._iface.messageBar().popWidget(self._message)
        except RuntimeError:  # the user closed it: Qt deleted it
            pass
        self._message = None

    # --- the dialog ----------------------------------------------------------------------------------

    def open_dialog(self) -> DependenciesDialog:
        if self.dialog is None:
            self.dialog = DependenciesDialog(self.report, self.folder, self._iface.mainWindow())
            self.dialog.installed.connect(self._installed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _installed(self, result: InstallResult) -> None:
        report = activate_and_check(self.folder)
        LOG.info("After installation: %s", report.summary())
        self.report = report
        if self.dialog is not None:
            self.dialog.set_report(report, result)
        self._pop_message()
        if report.ok:
            messages.show_success(self._iface, self.tr("Python packages installed: Master plan is ready."))
            self.ready.emit()
        else:
            self._push_message()  # what is still missing, or that QGIS needs a restart
