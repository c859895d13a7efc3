"""Import dialog: municipalities, zoning, a CNIG document, axes, green spaces or sites into the active plan.

The source is a file (or a CNIG document folder) or a layer of the QGIS project (its selection only, if
asked); its CRS is shown and can be overridden; the field combos are pre-filled with the usual names of the
standard (``core.importing.resolve_field_map``); the preview shows the first features as they will be
written (``map_columns``: mapped values, harmonised HILUCS class, unknown codes flagged). The import itself is
the command line's and Processing's (the registry's ``import`` operation in the child worker, in a
``PlanTask``), in the chosen mode; its summary goes to the message bar. Layout in the .ui beside this file.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core.errors import MasterplanError
from ..core.importing import IMPORT_MODES, field_presets, map_columns, resolve_field_map, update_key
from ..core.model import ZONING, pick_label, plan_schema
from ..core.nomenclature.standards import countries, standard_of_country, zoning_standards
from ..operations.child_runner import run_worker
from ..qgis_adapters import import_summary
from ..qgis_adapters.layer_copy import ORIGINAL_ID_FIELD, copy_to_geopackage
from ..qgis_adapters.locale import user_language
from ..qgis_adapters.plan_project import saved_project_is_stale
from ..qgis_adapters.tasks import PlanTask, abandon, start
from . import messages

LOG = logging.getLogger(__name__)
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
CNIG_DOCUMENT = "cnig_document"
TARGETS = ("communes", ZONING, CNIG_DOCUMENT, "mobility_axes", "green_spaces", "sites")
CNIG = "CNIG"  # the standard of a CNIG PLU document
PREVIEW_ROWS = 20
PREVIEW_MIN_ROWS = 8  # rows the preview shows at least, whatever the dialog's height
UNKNOWN_BRUSH = QBrush(QColor(250, 210, 205))
VECTOR_FILES = "*.gpkg *.geojson *.json *.shp *.gml *.kml *.sqlite *.fgb *.tab *.mif"


def _filter(name: str):
    """A layer filter of the project-layer combo (Qgis.LayerFilter from QGIS 3.34, before in the model)."""
    return getattr(getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel.Filter, name)


class ImportDialog(QDialog, FORM_CLASS):
    plan_caption: QLabel
    plan_label: QLabel
    target_combo: QComboBox
    file_radio: QRadioButton
    file_widget: QgsFileWidget
    sublayer_label: QLabel
    sublayer_combo: QComboBox
    layer_radio: QRadioButton
    layer_combo: QgsMapLayerComboBox
    selected_check: QCheckBox
    crs_label: QLabel
    crs_widget: QgsProjectionSelectionWidget
    standard_label: QLabel
    standard_combo: QComboBox
    country_label: QLabel
    country_combo: QComboBox
    zone_status_label: QLabel
    zone_status_combo: QComboBox
    commune_code_label: QLabel
    commune_code_edit: QLineEdit
    mode_label: QLabel
    mode_combo: QComboBox
    key_label: QLabel
    key_combo: QComboBox
    fields_group: QGroupBox
    fields_layout: QFormLayout
    preview_group: QGroupBox
    preview_table: QTableWidget
    preview_note: QLabel
    status_label: QLabel
    progress_bar: QProgressBar
    button_box: QDialogButtonBox

    imported = pyqtSignal(str, list)  # the plan layers written, the import reports (dicts)

    def __init__(self, iface, plan_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self._iface = iface
        self.plan_path = Path(plan_path)
        self.task: PlanTask | None = None
        self.last_reports: list[dict] | None = None
        self._file_layer: QgsVectorLayer | None = None  # the chosen file, opened for fields and preview
        self._field_combos: dict[str, QComboBox] = {}
        self._preview_columns: list[str] = []
        self._temporary: tempfile.TemporaryDirectory | None = None
        self.plan_label.setText(self.plan_path.name)
        self.plan_label.setToolTip(str(self.plan_path))
        self._fill_choices()
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs_widget.setNotSetText(self.tr("No CRS: choose the CRS of the source"))
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        self.file_radio.setChecked(True)
        self._import_button.setText(self.tr("Import"))
        self._compact_preview()
        self._connect()
        self._target_changed()

    @property
    def _import_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def _close_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Close)

    def _fill_choices(self) -> None:
        schema, language = plan_schema(), user_language()
        for target in TARGETS:
            if target == CNIG_DOCUMENT:
                label = self.tr("CNIG PLU document (folder: municipalities and zoning)")
            else:
                label = pick_label(schema.layer(target).label, language)
            self.target_combo.addItem(label, target)
        for standard in zoning_standards():
            self.standard_combo.addItem(standard.label(language), standard.id)
        self.country_combo.addItem(self.tr("(from the layer, else none)"), None)
        for country in countries():
            self.country_combo.addItem(schema.domain_label("country", country, language), country)
        for status in schema.domain_values("plan_status"):
            self.zone_status_combo.addItem(schema.domain_label("plan_status", status, language), status)
        for mode, label in zip(IMPORT_MODES, import_summary.mode_labels(), strict=True):
            self.mode_combo.addItem(label, mode)

    def _connect(self) -> None:
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.file_widget.fileChanged.connect(self._file_changed)
        self.sublayer_combo.currentIndexChanged.connect(self._source_changed)
        self.layer_combo.layerChanged.connect(self._layer_chosen)
        self.file_radio.toggled.connect(self._source_changed)
        self.selected_check.toggled.connect(self._refresh_preview)
        self.standard_combo.currentIndexChanged.connect(self._standard_changed)
        for combo in (self.country_combo, self.zone_status_combo):
            combo.currentIndexChanged.connect(self._refresh_preview)
        self.commune_code_edit.textChanged.connect(self._refresh_preview)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.button_box.accepted.connect(self.start_import)
        self.button_box.rejected.connect(self.reject)

    # --- what the user chose -------------------------------------------------------------------------

    def target(self) -> str:
        return self.target_combo.currentData()

    def plan_layer(self) -> str:
        return ZONING if self.target() == CNIG_DOCUMENT else self.target()

    def set_target(self, target: str) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(target))

    def set_source_file(self, path: str | Path) -> None:
        self.file_radio.setChecked(True)
        self.file_widget.setFilePath(str(path))

    def set_source_layer(self, layer: QgsVectorLayer, selected_only: bool = False) -> None:
        self.layer_radio.setChecked(True)
        self.layer_combo.setLayer(layer)
        self.selected_check.setChecked(selected_only)

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def key(self) -> str | None:
        return self.key_combo.currentData() if self.mode() == "update" else None

    def standard(self) -> str | None:
        return self.standard_combo.currentData() if self.plan_layer() == ZONING else None

    def field_mapping(self) -> dict[str, str | None]:
        return {plan_field: combo.currentData() for plan_field, combo in self._field_combos.items()}

    def set_field(self, plan_field: str, source_field: str | None) -> None:
        combo = self._field_combos[plan_field]
        combo.setCurrentIndex(combo.findData(source_field))

    def constants(self) -> dict:
        if self.target() == "communes" and self.country_combo.currentData():
            country = self.country_combo.currentData()
            return {"country": country, "zoning_standard": standard_of_country(country).id}
        if self.target() == ZONING:
            constants = {"status": self.zone_status_combo.currentData()}
            if self.commune_code_edit.text().strip():
                constants["commune_code"] = self.commune_code_edit.text().strip()
            return constants
        return {}

    def source_crs(self) -> str | None:
        crs = self.crs_widget.crs()
        return (crs.authid() or crs.toWkt()) if crs.isValid() else None

    def source_layer(self) -> QgsVectorLayer | None:
        """The layer the features are read from: the chosen file's, or the chosen project layer."""
        if self.target() == CNIG_DOCUMENT or self.file_radio.isChecked():
            return self._file_layer
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    # --- reacting to choices ---------------------------------------------------------------------------

    def _target_changed(self, *_args) -> None:
        target, cnig = self.target(), self.target() == CNIG_DOCUMENT
        visible = {
            (self.standard_label, self.standard_combo): target == ZONING,
            (self.zone_status_label, self.zone_status_combo): target == ZONING,
            (self.commune_code_label, self.commune_code_edit): target == ZONING,
            (self.country_label, self.country_combo): target == "communes",
            (self.layer_radio, self.layer_combo, self.selected_check): not cnig,
            (self.crs_label, self.crs_widget): not cnig,
        }
        for widgets, shown in visible.items():
            for widget in widgets:
                widget.setVisible(shown)
        if cnig:
            self.file_radio.setChecked(True)
            self.file_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
            self.file_widget.setDialogTitle(self.tr("CNIG PLU document folder"))
            self.standard_combo.setCurrentIndex(self.standard_combo.findData(CNIG))
        else:
            self.file_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
            self.file_widget.setFilter(self.tr("Vector files ({patterns});;All files (*)").format(
                patterns=VECTOR_FILES))
            self.file_widget.setDialogTitle(self.tr("File to import"))
        self.fields_group.setEnabled(not cnig)
        lines = self.plan_layer() == "mobility_axes"
        self.layer_combo.setFilters(_filter("LineLayer") if lines else _filter("PolygonLayer"))
        self._fill_keys()
        self._file_changed()

    def _fill_keys(self) -> None:
        self.key_combo.clear()
        layer = self.plan_layer()
        usual = ", ".join(update_key(layer))
        self.key_combo.addItem(self.tr("Usual key ({fields})").format(fields=usual), None)
        spec = plan_schema().layer(layer)
        for field_spec in spec.fields:
            self.key_combo.addItem(pick_label(field_spec.label, user_language()), field_spec.name)
        self._mode_changed()

    def _mode_changed(self, *_args) -> None:
        update = self.mode() == "update"
        self.key_combo.setEnabled(update)
        self.key_label.setEnabled(update)

    def _layer_chosen(self, *_args) -> None:
        if self.layer_combo.currentLayer() is not None and not self.layer_radio.isChecked():
            self.layer_radio.setChecked(True)  # toggled: _source_changed follows
            return
        self._source_changed()

    def _file_changed(self, *_args) -> None:
        """A new file or folder: list its layers (the first is taken), then read the source again."""
        self._file_layer = None
        self.sublayer_combo.blockSignals(True)
        self.sublayer_combo.clear()
        for name in self._sublayers(self._file_path()):
            self.sublayer_combo.addItem(name, name)
        self.sublayer_combo.blockSignals(False)
        many = self.sublayer_combo.count() > 1 and self.target() != CNIG_DOCUMENT
        self.sublayer_label.setVisible(many)
        self.sublayer_combo.setVisible(many)
        self._source_changed()

    def _file_path(self) -> Path | None:
        text = self.file_widget.filePath().strip()
        if not text:
            return None
        if self.target() == CNIG_DOCUMENT:
            from ..io.cnig_document import find_document_tables

            try:
                return find_document_tables(text)[0]
            except MasterplanError:
                return None
        return Path(text)

    @staticmethod
    def _sublayers(path: Path | None) -> list[str]:
        if path is None or not path.is_file():
            return []
        from ..io.plan_io import open_vector

        dataset = open_vector(path)
        if dataset is None:
            return []
        names = [dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())]
        dataset = None
        return names

    def _source_changed(self, *_args) -> None:
        """Open the chosen file for its fields and preview; show the source's CRS; pre-fill the fields."""
        path = self._file_path()
        self._file_layer = None
        from_file = self.file_radio.isChecked() or self.target() == CNIG_DOCUMENT
        if path is not None and path.exists() and from_file:
            uri = str(path)
            if self.sublayer_combo.currentData():
                uri += f"|layername={self.sublayer_combo.currentData()}"
            layer = QgsVectorLayer(uri, path.stem, "ogr")
            self._file_layer = layer if layer.isValid() else None
        source = self.source_layer()
        self.crs_widget.setCrs(source.crs() if source is not None else QgsCoordinateReferenceSystem())
        self._build_field_combos()
        self._update_import_button()

    def _standard_changed(self, *_args) -> None:
        self._build_field_combos()

    def _build_field_combos(self) -> None:
        """One combo per plan field the import presets know, pre-filled with the usual source names."""
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self._field_combos = {}
        source = self.source_layer()
        names = source.fields().names() if source is not None else []
        names = [name for name in names if name != ORIGINAL_ID_FIELD]
        layer = self.plan_layer()
        try:
            usual = resolve_field_map(layer, names, {}, self.standard())
            presets = field_presets(layer, self.standard())
        except MasterplanError:
            usual, presets = {}, {}
        spec = plan_schema().layer(layer)
        for plan_field in presets:
            combo = QComboBox(self.fields_group)
            combo.setObjectName(f"field_{plan_field}")
            combo.addItem(self.tr("(none)"), None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(combo.findData(usual.get(plan_field)))
            combo.currentIndexChanged.connect(self._refresh_preview)
            label = pick_label(spec.field(plan_field).label, user_language())
            self.fields_layout.addRow(f"{label} ({plan_field})", combo)
            self._field_combos[plan_field] = combo
        self._refresh_preview()

    # --- preview ---------------------------------------------------------------------------------------

    def preview_rows(self) -> tuple[list[str], list[list[object]], list[str]]:
        """(plan fields, first rows as they will be written, a note per row): what the table shows."""
        source = self.source_layer()
        if source is None:
            return [], [], []
        request = QgsFeatureRequest().setLimit(PREVIEW_ROWS)
        if self._selection_only():
            request.setFilterFids(source.selectedFeatureIds())
        names = source.fields().names()
        columns = {name: [] for name in names}
        for feature in source.getFeatures(request):
            for name, value in zip(names, feature.attributes(), strict=True):
                columns[name].append(_python(value))
        count = len(next(iter(columns.values()), []))
        layer = self.plan_layer()
        mapping = {plan: src for plan, src in self.field_mapping().items() if src}
        if self.target() == CNIG_DOCUMENT:
            mapping = resolve_field_map(ZONING, names, {}, CNIG)
        mapped = map_columns(layer, columns, count, mapping, self.constants(), self.standard())
        fields = [name for name in plan_schema().layer(layer).field_names
                  if name in mapped.columns or (layer == ZONING and name == "commune_code")]
        fields = [name for name in fields if name not in ("source_document", "source_fid")]
        rows = [[mapped.columns.get(name, [None] * count)[row] for name in fields] for row in range(count)]
        notes = [self._note(layer, mapped.columns, row) for row in range(count)]
        return fields, rows, notes

    def _selection_only(self) -> bool:
        layer_source = self.layer_radio.isChecked() and self.target() != CNIG_DOCUMENT
        return layer_source and self.selected_check.isChecked()

    def _note(self, layer: str, columns: dict, row: int) -> str:
        if layer != ZONING:
            return ""
        code = (columns.get("national_code") or [None] * (row + 1))[row]
        if not code:
            return self.tr("no zone code")
        if not columns["hilucs_code"][row]:
            return self.tr("unknown code: no HILUCS class")
        return ""

    def _compact_preview(self) -> None:
        """Rows one line high and the dialog's spare height for the preview: a dozen features readable at
        the default size, not four."""
        rows = self.preview_table.verticalHeader()
        rows.setDefaultSectionSize(self.preview_table.fontMetrics().height() + 6)
        rows.setMinimumSectionSize(self.preview_table.fontMetrics().height() + 2)
        # the rows, the header and a horizontal scroll bar
        self.preview_table.setMinimumHeight(rows.defaultSectionSize() * (PREVIEW_MIN_ROWS + 3))
        self.main_layout.setStretchFactor(self.preview_group, 1)

    def _refresh_preview(self, *_args) -> None:
        try:
            fields, rows, notes = self.preview_rows()
        except MasterplanError as error:
            fields, rows, notes = [], [], []
            self.preview_note.setText(messages.localized(error))
        else:
            self.preview_note.setText(self._preview_text(rows, notes))
        self._preview_columns = fields
        spec = plan_schema().layer(self.plan_layer())
        labels = [pick_label(spec.field(name).label, user_language()) for name in fields]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(fields) + 1)
        self.preview_table.setRowCount(len(rows))
        # Short headers (the label before its explanation in brackets), the whole label as tooltip.
        self.preview_table.setHorizontalHeaderLabels([*(label.split(" (")[0] for label in labels),
                                                      self.tr("Note")])
        for column, (name, label) in enumerate(zip(fields, labels, strict=True)):
            self.preview_table.horizontalHeaderItem(column).setToolTip(f"{label} — {name}")
        for row, (values, note) in enumerate(zip(rows, notes, strict=True)):
            for column, (name, value) in enumerate(zip(fields, values, strict=True)):
                self.preview_table.setItem(row, column, self._cell(name, value))
            self.preview_table.setItem(row, len(fields), QTableWidgetItem(note))
            if note:
                for column in range(len(fields) + 1):
                    self.preview_table.item(row, column).setBackground(UNKNOWN_BRUSH)
        self.preview_table.resizeColumnsToContents()

    def _cell(self, name: str, value) -> QTableWidgetItem:
        if value is None and name == "commune_code" and self.plan_layer() == ZONING:
            item = QTableWidgetItem(self.tr("(from the location)"))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            return item
        return QTableWidgetItem("" if value is None else str(value))

    def _preview_text(self, rows: list, notes: list[str]) -> str:
        if self.source_layer() is None:
            return self.tr("Choose a file or a layer to import.")
        unknown = sum(1 for note in notes if note)
        text = self.tr("The first {count} feature(s) of the source, as the plan will hold them.").format(
            count=len(rows))
        if unknown:
            text += " " + self.tr("{count} of them flagged: see the Note column.").format(count=unknown)
        return text

    def preview_values(self, plan_field: str) -> list:
        """The preview's values of one plan field (for tests and callers that check the preview)."""
        column = self._preview_columns.index(plan_field)
        return [self.preview_table.item(row, column).text() for row in range(self.preview_table.rowCount())]

    # --- import ----------------------------------------------------------------------------------------

    def _update_import_button(self) -> None:
        self._import_button.setEnabled(self.task is None and self.source_layer() is not None)

    def worker_arguments(self) -> dict:
        """What the worker's ``import`` command gets: the file itself when it can be read as it is, else a
        copy of the layer (its selection, a memory or database layer, unsaved edits)."""
        arguments = {"plan": str(self.plan_path), "mode": self.mode(), "key": self.key(),
                     "refresh_project": saved_project_is_stale(self.plan_path, QgsProject.instance())}
        if self.target() == CNIG_DOCUMENT:
            return {**arguments, "cnig_document": self.file_widget.filePath().strip()}
        arguments.update({"plan_layer": self.plan_layer(), "fields": self.field_mapping(),
                          "constants": self.constants(), "standard": self.standard(),
                          "source_crs": self.source_crs()})
        source = self.source_layer()
        path, sublayer = self._readable_file(source)
        if path is not None:  # named only among several, as the command line does (the zones' document)
            sublayer = sublayer if len(self._sublayers(Path(path))) > 1 else None
            return {**arguments, "source": path, "layer": sublayer}
        self._temporary = tempfile.TemporaryDirectory(prefix="masterplan_import_")
        copy = str(Path(self._temporary.name) / "source.gpkg")
        request = QgsFeatureRequest()
        if self._selection_only():
            request.setFilterFids(source.selectedFeatureIds())
        copy_to_geopackage(source, copy, self.plan_layer(), QgsProject.instance().transformContext(), request)
        return {**arguments, "source": copy, "source_name": source.name(), "source_fids": ORIGINAL_ID_FIELD}

    def _readable_file(self, layer: QgsVectorLayer) -> tuple[str | None, str | None]:
        """(path, layer name) of a layer GDAL reads as QGIS shows it: an OGR file without filter, selection
        or unsaved edits; (None, None) otherwise."""
        if layer is None or layer.providerType() != "ogr" or layer.subsetString():
            return None, None
        if self.layer_radio.isChecked() and (self.selected_check.isChecked() or layer.isModified()):
            return None, None
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        if not Path(path).is_file():
            return None, None
        return path, parts.get("layerName") or None

    def start_import(self) -> PlanTask | None:
        """Start the import task (the dialog stays open to show its progress)."""
        if self.task is not None or self.source_layer() is None:
            return None
        try:
            arguments = self.worker_arguments()
        except MasterplanError as error:
            self._failed(error)
            return None
        description = self.tr("Master plan import: {plan}").format(plan=self.plan_path.stem)
        task = import_task(description, arguments)
        task.progressChanged.connect(lambda value: self.progress_bar.setValue(round(value)))
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task
        self._set_running(True)
        self.status_label.setText(self.tr("Importing…"))
        start(task)
        return task

    def _set_running(self, running: bool) -> None:
        for widget in (self.target_combo, self.file_widget, self.layer_combo, self.fields_group,
                       self.mode_combo, self.key_combo, self.crs_widget, self.selected_check):
            widget.setEnabled(not running)
        self._close_button.setText(self.tr("Cancel import") if running else self.tr("Close"))
        if not running:
            self.task = None
            self._mode_changed()
            self.fields_group.setEnabled(self.target() != CNIG_DOCUMENT)
        self._update_import_button()

    def _succeeded(self, reports: list[dict]) -> None:
        self.last_reports = reports
        self._set_running(False)
        self.progress_bar.setValue(100)
        lines = []
        for report in reports:
            lines += [import_summary.headline(report), *import_summary.summary_lines(report)]
        self.status_label.setText("\n".join(lines))
        text = " ".join([import_summary.headline(report) for report in reports]
                        + [import_summary.outcome_lines(reports[-1])[0]])
        unknown = {code: count for report in reports for code, count in report["unknown_codes"].items()}
        if unknown:
            text += " " + self.tr("Unknown codes: {codes}.").format(
                codes=", ".join(f"{code} ({count})" for code, count in sorted(unknown.items())))
        attention = [line for report in reports for line in import_summary.attention_lines(report)]
        if attention:
            text += " " + self.tr("{count} point(s) to check: see the details.").format(count=len(attention))
        if attention:
            messages.show_warning(self._iface, text, "\n".join(lines), topic="import")
        else:
            messages.show_success(self._iface, text, topic="import")
        layers = sorted({report["plan_layer"] for report in reports})
        self.imported.emit(",".join(layers), reports)

    def _failed(self, error: MasterplanError) -> None:
        self._set_running(False)
        text = self.tr("The import failed: {error}").format(error=messages.localized(error))
        self.status_label.setText(text)
        messages.show_error(self._iface, self.tr("The import failed."), error, topic="import")

    def _cancelled(self) -> None:
        self._set_running(False)
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Import cancelled: the plan is unchanged."))

    def reject(self) -> None:
        """Close, or while importing, cancel the import (the dialog stays open until it has stopped)."""
        if self.task is not None:
            self.status_label.setText(self.tr("Cancelling…"))
            self.task.cancel()
            return
        super().reject()

    def abandon_task(self) -> None:
        """Cancel a running import and forget it (plugin unload: its signals go nowhere now)."""
        task, self.task = self.task, None
        abandon(task, self._succeeded, self._failed, self._cancelled)

    def done(self, result: int) -> None:
        if self._temporary is not None and self.task is None:
            self._temporary.cleanup()
            self._temporary = None
        super().done(result)


def import_task(description: str, arguments: dict) -> PlanTask:
    """The import in the child worker (the registry's ``import``); succeeds with its reports."""

    def work(progress, is_cancelled):
        return run_worker("import", arguments, progress, is_cancelled)["reports"]

    return PlanTask(description, work)


def _python(value):
    """A QGIS attribute value as the import reads it from the file: NULL as None, dates as text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and not isinstance(value, str):
        return value.toString()
    return value
