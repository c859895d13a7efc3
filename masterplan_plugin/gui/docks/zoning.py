"""Zoning panel: pick a commune, see its national standard, pick a code of that standard (with the
harmonised HILUCS class it means, in its map colour) and apply it to the zones selected on the map; below,
hectares per harmonised class for the commune and for the whole plan, recomputed after each commit.

The class rows are as drawn: land under two overlapping zones counts in each zone's class. The total
zoned is the union of the zones (``CommuneIndicators.zoned_ha``), with its share of the commune; where
zones overlap, a row and a note under the table say how many hectares are drawn twice.

New zones drawn with QGIS's own tools get their commune, standard and class from
``qgis_adapters.zoning_defaults``; this panel only edits through the layer's edit buffer, so the user
reviews, undoes and saves as with any QGIS edit.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from ...core import nomenclature
from ...core.errors import MasterplanError
from ...core.model import COMMUNES, ZONING, plan_schema
from ...core.nomenclature.standards import zoning_standard
from ...core.number_format import format_area, format_percent
from ...qgis_adapters.locale import user_language
from ...qgis_adapters.panel_data import PanelData
from ...qgis_adapters.zoning_defaults import apply_zone_code, commune_index
from .. import messages
from .base import FigurePanel
from .tables import clear_table, fill_table, number_item, swatch, swatch_pixmap, text_item

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("zoning_panel.ui")))


def has_subcodes(standard: str | None) -> bool:
    """Does a commune's standard refine its codes with sub-codes (CNIG: FORMDOMI / DESTDOMI)?"""
    return standard in nomenclature.STANDARDS and zoning_standard(standard).has_subcodes


class ZoningPanel(QWidget, FORM_CLASS):
    commune_combo: QComboBox
    standard_label: QLabel
    code_combo: QComboBox
    subcode_edit: QLineEdit
    class_swatch: QLabel
    class_label: QLabel
    apply_button: QPushButton
    hectares_table: QTableWidget
    overlap_label: QLabel

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)


class ZoningDock(FigurePanel):
    OBJECT_NAME = "MasterPlanZoningDock"
    ICON = "zoning"
    PLAN_LAYER = ZONING

    def title(self) -> str:
        return self.tr("Zoning")

    def make_panel(self) -> QWidget:
        self._zoning: QgsVectorLayer | None = None
        self.panel = ZoningPanel()
        self.panel.commune_combo.currentIndexChanged.connect(self._on_commune_changed)
        self.panel.code_combo.currentIndexChanged.connect(self._update_class)
        self.panel.subcode_edit.textChanged.connect(self._update_class)
        self.panel.apply_button.clicked.connect(self.apply_to_selection)
        self._update_class()
        return self.panel

    # --- plan and figures ----------------------------------------------------------------------------

    def plan_changed(self, path: str) -> None:
        self._watch(self._session.layer(ZONING))

    def disconnect_services(self) -> None:
        super().disconnect_services()
        self._watch(None)

    def _watch(self, layer: QgsVectorLayer | None) -> None:
        """Follow the selection of ``layer`` (the active plan's zoning layer) instead of the previous one."""
        if self._zoning is not None:
            try:
                self._zoning.selectionChanged.disconnect(self._update_apply_button)
                self._zoning.willBeDeleted.disconnect(self._forget_layer)
            except (RuntimeError, TypeError):  # the layer is already gone, with its connections
                pass
        self._zoning = layer
        if layer is not None:
            layer.selectionChanged.connect(self._update_apply_button)
            # Removed from the project before the session says the plan changed (next event-loop turn):
            # figures arriving meanwhile must not ask the deleted layer for its selection.
            layer.willBeDeleted.connect(self._forget_layer)
        self._update_apply_button()

    def _forget_layer(self) -> None:
        self._zoning = None

    def show_data(self, data: PanelData) -> None:
        combo = self.panel.commune_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for info in data.communes:
            combo.addItem(f"{info.name} ({info.code})", info.code)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)
        self._on_commune_changed()

    def clear(self) -> None:
        self.panel.commune_combo.clear()
        self.panel.code_combo.clear()
        self.panel.standard_label.clear()
        clear_table(self.panel.hectares_table)
        self.panel.overlap_label.hide()
        self._update_class()

    def select_commune(self, code: str) -> None:
        index = self.panel.commune_combo.findData(code)
        if index >= 0:
            self.panel.commune_combo.setCurrentIndex(index)

    def current_commune(self) -> str | None:
        return self.panel.commune_combo.currentData()

    def current_standard(self) -> str | None:
        info = self.data.commune(self.current_commune()) if self.data and self.current_commune() else None
        return info.standard if info is not None else None

    def _on_commune_changed(self, *_args) -> None:
        standard = self.current_standard()
        language = user_language()
        self.panel.standard_label.setText(
            plan_schema().domain_label("zoning_standard", standard, language) if standard
            else self.tr("No standard set for this commune"))
        combo = self.panel.code_combo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if standard in nomenclature.STANDARDS:
            for code in nomenclature.known_codes(standard):
                label = nomenclature.code_label(standard, code, language)
                text = code if label == code else f"{code} — {label}"
                combo.addItem(text, code)
        index = combo.findData(previous) if previous is not None else -1
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
        combo.blockSignals(False)
        self.panel.subcode_edit.setEnabled(has_subcodes(standard))
        self._update_class()
        self._show_hectares()

    # --- code picker ---------------------------------------------------------------------------------

    def current_class(self) -> nomenclature.HilucsClass | None:
        standard, code = self.current_standard(), self.panel.code_combo.currentData()
        if not standard or not code:
            return None
        subcode = self.panel.subcode_edit.text().strip() if has_subcodes(standard) else ""
        return nomenclature.harmonise(standard, code, subcode or None)

    def _update_class(self, *_args) -> None:
        hilucs = self.current_class()
        if hilucs is None:
            self.panel.class_swatch.setPixmap(swatch_pixmap(None, 16))
            self.panel.class_label.setText(self.tr("—") if not self.panel.code_combo.count()
                                           else self.tr("No harmonised class for this code"))
        else:
            self.panel.class_swatch.setPixmap(swatch_pixmap(hilucs.colour, 16))
            self.panel.class_swatch.setToolTip(hilucs.colour)
            self.panel.class_label.setText(f"{hilucs.code.replace('_', '.')} {hilucs.label(user_language())}")
        self._update_apply_button()

    def _update_apply_button(self, *_args) -> None:
        layer = self._zoning
        selected = layer.selectedFeatureCount() if layer is not None else 0
        self.panel.apply_button.setEnabled(bool(selected) and self.panel.code_combo.currentData() is not None)
        self.panel.apply_button.setToolTip(
            self.tr("Select zones on the map first") if not selected
            else self.tr("Write this code into the {count} selected zones (edit buffer: save to keep "
                         "it)").format(count=selected))

    def apply_to_selection(self) -> None:
        """Write the picked code into the selected zones, through the layer's edit buffer."""
        layer, communes = self._zoning, self._session.layer(COMMUNES)
        standard, code = self.current_standard(), self.panel.code_combo.currentData()
        if layer is None or communes is None or not standard or not code:
            return
        subcode = self.panel.subcode_edit.text().strip() if has_subcodes(standard) else ""
        try:
            command = self.tr("Master plan: zone code {code}").format(code=code)
            report = apply_zone_code(layer, layer.selectedFeatureIds(), commune_index(communes), standard,
                                     code, subcode or None, command)
        except MasterplanError as error:
            messages.show_error(self._iface, self.tr("The code could not be applied."), error)
            return
        if report.changed:
            messages.show_success(self._iface, self.tr(
                "{code} applied to {count} zone(s) of “{layer}”. Save the layer edits to keep it.").format(
                code=code, count=len(report.changed), layer=layer.name()))
        if report.skipped:
            messages.show_warning(self._iface, self.tr(
                "{count} selected zone(s) left unchanged: they lie in communes that do not use the "
                "{standard} standard, or in no commune.").format(count=len(report.skipped),
                                                                 standard=standard),
                ", ".join(map(str, report.skipped)))

    # --- hectares ------------------------------------------------------------------------------------

    def _show_hectares(self) -> None:
        data, code = self.data, self.current_commune()
        if data is None:
            clear_table(self.panel.hectares_table)
            self.panel.overlap_label.hide()
            return
        language = user_language()
        totals = data.indicators.totals
        commune = next((item for item in data.indicators.communes if item.code == code), None)
        commune_ha = commune.zoning_ha if commune is not None else {}
        classes = nomenclature.hilucs_classes()
        keys = [key for key in classes if key in commune_ha or key in totals.zoning_ha]
        keys += [key for key in (set(commune_ha) | set(totals.zoning_ha)) if key not in classes]
        rows = []
        order = {key: index for index, key in enumerate(classes)}
        for key in sorted(keys, key=lambda k: (k not in order, order.get(k, 0), str(k))):
            if key in classes:
                label = f"{key.replace('_', '.')} {classes[key].label(language)}"
                item = text_item(label, key, swatch(classes[key].colour))
            else:
                label = self.tr("No harmonised class") if key is None else str(key)
                item = text_item(label, key, swatch(None))
            rows.append([item, number_item(commune_ha.get(key, 0.0) if commune is not None else None),
                         number_item(totals.zoning_ha.get(key, 0.0))])
        rows += self._total_rows(commune, totals, language)
        name = commune.name if commune is not None else self.tr("Commune")
        fill_table(self.panel.hectares_table,
                   [self.tr("Harmonised class"), self.tr("{commune} (ha)").format(commune=name),
                    self.tr("Whole plan (ha)")], rows, total_rows=len(rows) - len(keys))
        self._show_overlap_note(commune, totals, language)

    def _total_rows(self, commune, totals, language: str) -> list[list]:
        """Drawn twice (when zones overlap), total zoned (their union) and the zoned share."""
        rows = []
        if totals.overlap_ha > 0:
            overlap = text_item(self.tr("Drawn twice (overlapping zones)"), "overlap")
            overlap.setToolTip(self.tr("Land under two overlapping zones counts in the class of each zone "
                                       "above, and once in the total zoned."))
            rows.append([overlap, number_item(commune.overlap_ha if commune is not None else None),
                         number_item(totals.overlap_ha)])
        rows.append([text_item(self.tr("Total zoned"), "*"),
                     number_item(commune.zoned_ha if commune is not None else None),
                     number_item(totals.zoned_ha)])
        share = [None if item is None else 100 * item.zoned_share for item in (commune, totals)]
        rows.append([text_item(self.tr("Zoned share of the area"), "share")] +
                    [number_item(value, 1, format_percent(value, language)) for value in share])
        return rows

    def _show_overlap_note(self, commune, totals, language: str) -> None:
        label = self.panel.overlap_label
        item = commune if commune is not None and commune.overlap_ha > 0 else totals
        if item.overlap_ha <= 0:
            label.hide()
            return
        where = commune.name if item is commune else self.tr("the whole plan")
        label.setText(self.tr("{area} of {where} are drawn twice: overlapping zones count in each of their "
                              "classes, once in the total zoned. See the ZONE_OVERLAP findings.").format(
            area=format_area(item.overlap_ha * 10_000, language), where=where))
        label.show()
