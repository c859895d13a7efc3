"""Export atlas dialog: output folder, municipalities, combined PDF, page format, resolution, language,
zoning legend (harmonised or national) and the cover's organisation, author, version, status and sources
(proposed from the plan's settings; what the user leaves unchanged is exported as the plan says).

The export runs as an ``AtlasTask`` (QGIS's task manager shows it too); the dialog shows its progress and
turns its Close button into a Cancel button while it runs. Layout in the .ui beside this file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.atlas.blocks import atlas_language
from ..core.errors import MasterplanError
from ..core.model import COMMUNES
from ..qgis_adapters.atlas_task import AtlasTask, start_atlas_task
from ..qgis_adapters.locale import user_language
from . import messages

LOG = logging.getLogger(__name__)
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
CODE_ROLE = Qt.ItemDataRole.UserRole


class AtlasDialog(QDialog, FORM_CLASS):
    output_widget: QgsFileWidget
    format_combo: QComboBox
    dpi_spin: QSpinBox
    language_combo: QComboBox
    combined_check: QCheckBox
    legend_combo: QComboBox
    organisation_edit: QLineEdit
    author_edit: QLineEdit
    version_edit: QLineEdit
    status_combo: QComboBox
    sources_edit: QLineEdit
    communes_list: QListWidget
    select_all_button: QPushButton
    select_none_button: QPushButton
    status_label: QLabel
    progress_bar: QProgressBar
    button_box: QDialogButtonBox

    def __init__(self, iface, plan_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self._iface = iface
        self.plan_path = Path(plan_path)
        self.task: AtlasTask | None = None
        self.last_result = None
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_widget.setDialogTitle(self.tr("Folder for the atlas PDFs"))
        self.output_widget.setFilePath(str(self.plan_path.parent / "atlas"))
        for page_format in ("A3", "A4"):
            self.format_combo.addItem(self.tr("{format} landscape").format(format=page_format), page_format)
        for code, name in (("fr", "Français"), ("en", "English"), ("de", "Deutsch")):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(atlas_language(user_language())))
        self.legend_combo.addItem(self.tr("Harmonised (HILUCS classes)"), "hilucs")
        self.legend_combo.addItem(self.tr("National (each municipality's own standard)"), "national")
        for code, label in (("draft", self.tr("Draft")), ("review", self.tr("For review")),
                            ("approved", self.tr("Approved"))):
            self.status_combo.addItem(label, code)
        self._load_cover_defaults()
        self._export_button.setText(self.tr("Export"))
        self.button_box.accepted.connect(self.start_export)
        self.button_box.rejected.connect(self.reject)
        self.select_all_button.clicked.connect(lambda: self._check_all(True))
        self.select_none_button.clicked.connect(lambda: self._check_all(False))
        self.communes_list.itemChanged.connect(self._update_export_button)
        self.output_widget.fileChanged.connect(self._update_export_button)
        self._load_communes()
        self._update_export_button()

    @property
    def _export_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def _close_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Close)

    # --- cover ---------------------------------------------------------------------------------------

    def _load_cover_defaults(self) -> None:
        """The plan's settings (organisation, author, document_version, document_status, sources)."""
        from ..core.atlas.front import front_matter
        from ..io.plan_file import read_plan_settings

        try:
            front = front_matter(read_plan_settings(self.plan_path))
        except MasterplanError:
            return  # the municipalities' list says what is wrong with the plan
        self.organisation_edit.setText(front.organisation)
        self.author_edit.setText(front.author)
        self.version_edit.setText(front.version)
        self.sources_edit.setText(front.sources)
        if self.status_combo.findData(front.status) < 0:
            self.status_combo.addItem(front.status, front.status)  # a status of the plan's own words
        self.status_combo.setCurrentIndex(self.status_combo.findData(front.status))

    def cover_options(self) -> dict[str, str]:
        """What the cover prints, as ``export_atlas`` options."""
        return {"organisation": self.organisation_edit.text().strip(),
                "author": self.author_edit.text().strip(),
                "version": self.version_edit.text().strip(), "status": self.status_combo.currentData(),
                "sources": self.sources_edit.text().strip()}

    # --- municipalities ------------------------------------------------------------------------------

    def _load_communes(self) -> None:
        from ..io.plan_io import read_vector  # lazy: GDAL is not needed to build the dialog

        try:
            data = read_vector(self.plan_path, COMMUNES, columns=["code", "name", "country"])
        except MasterplanError as error:
            self.status_label.setText(self.tr("The plan's municipalities cannot be read: {error}")
                                      .format(error=messages.localized(error)))
            return
        rows = sorted(zip(data.attributes["code"], data.attributes["name"], data.attributes["country"],
                          strict=True), key=lambda row: str(row[0]))
        for code, name, country in rows:
            if code is None:
                continue
            item = QListWidgetItem(f"{code} — {name or ''} ({country or '?'})")
            item.setData(CODE_ROLE, str(code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.communes_list.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.communes_list.item(row) for row in range(self.communes_list.count())]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(state)

    def set_selected_communes(self, codes: list[str]) -> None:
        for item in self._items():
            selected = item.data(CODE_ROLE) in codes
            item.setCheckState(Qt.CheckState.Checked if selected else Qt.CheckState.Unchecked)

    def selected_communes(self) -> list[str]:
        return [item.data(CODE_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def output_dir(self) -> Path | None:
        text = self.output_widget.filePath().strip()
        return Path(text) if text else None

    def _update_export_button(self, *_args) -> None:
        ready = self.task is None and bool(self.selected_communes()) and self.output_dir() is not None
        self._export_button.setEnabled(ready)

    # --- export ---------------------------------------------------------------------------------------

    def start_export(self) -> AtlasTask | None:
        """Start the export task (the dialog stays open to show its progress)."""
        output, communes = self.output_dir(), self.selected_communes()
        if self.task is not None or output is None or not communes:
            return None
        everything = len(communes) == self.communes_list.count()
        description = self.tr("Master plan atlas: {plan}").format(plan=self.plan_path.stem)
        task = AtlasTask(description, self.plan_path, output, None if everything else communes,
                         self.format_combo.currentData(), self.dpi_spin.value(),
                         self.combined_check.isChecked(), self.language_combo.currentData(),
                         legend=self.legend_combo.currentData(), **self.cover_options())
        task.progressChanged.connect(lambda value: self.progress_bar.setValue(round(value)))
        task.step_changed.connect(self.status_label.setText)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task
        self._set_running(True)
        self.status_label.setText(self.tr("Exporting…"))
        start_atlas_task(task)
        return task

    def _set_running(self, running: bool) -> None:
        inputs = (self.output_widget, self.format_combo, self.dpi_spin, self.language_combo,
                  self.combined_check, self.communes_list, self.select_all_button, self.select_none_button,
                  self.legend_combo, self.organisation_edit, self.author_edit, self.version_edit,
                  self.status_combo, self.sources_edit)
        for widget in inputs:
            widget.setEnabled(not running)
        self._close_button.setText(self.tr("Cancel export") if running else self.tr("Close"))
        if not running:
            self.task = None
        self._update_export_button()

    def _succeeded(self, result) -> None:
        self.last_result = result
        self._set_running(False)
        self.progress_bar.setValue(100)
        count = len(result.paths)
        text = self.tr("{count} PDF file(s), {pages} pages, written to {folder}").format(
            count=count, pages=result.pages, folder=result.output_dir)
        self.status_label.setText(text)
        messages.show_success(self._iface, self.tr("Atlas exported: {text}").format(text=text))

    def _failed(self, error: MasterplanError) -> None:
        self._set_running(False)
        text = self.tr("The atlas could not be exported: {error}").format(error=messages.localized(error))
        self.status_label.setText(text)
        messages.show_error(self._iface, self.tr("The atlas could not be exported."), error)

    def _cancelled(self) -> None:
        self._set_running(False)
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Export cancelled: no PDF was written or replaced."))

    def reject(self) -> None:
        """Close, or while exporting, cancel the export (the dialog stays open until it has stopped)."""
        if self.task is not None:
            self.status_label.setText(self.tr("Cancelling…"))
            self.task.cancel()
            return
        super().reject()
