"""Mobility axes panel: kilometres per commune and mode, and the axes by hierarchy, mode and status.

Selecting cells or rows selects those axes on the map (the active plan's axes layer), so the planner sees
at once which lines a figure counts.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QTableWidget, QWidget

from ...core.model import AXES, plan_schema
from ...qgis_adapters.locale import user_language
from ...qgis_adapters.panel_data import PanelData
from .base import FigurePanel
from .tables import IDS_ROLE, clear_table, fill_table, number_item, selected_ids, text_item

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("mobility_panel.ui")))


class MobilityPanel(QWidget, FORM_CLASS):
    km_table: QTableWidget
    axes_table: QTableWidget

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)


def domain_text(domain: str, value: str | None, language: str) -> str:
    if value is None:
        return QCoreApplication.translate("MobilityDock", "(not set)")
    return plan_schema().domain_label(domain, value, language)


class MobilityDock(FigurePanel):
    OBJECT_NAME = "MasterPlanMobilityDock"
    ICON = "mobility"
    PLAN_LAYER = AXES

    def title(self) -> str:
        return self.tr("Mobility axes")

    def make_panel(self) -> QWidget:
        self.panel = MobilityPanel()
        self.panel.km_table.itemSelectionChanged.connect(lambda: self._select_axes(self.panel.km_table))
        self.panel.axes_table.itemSelectionChanged.connect(lambda: self._select_axes(self.panel.axes_table))
        return self.panel

    def show_data(self, data: PanelData) -> None:
        language = user_language()
        self._show_km(data, language)
        self._show_groups(data, language)

    def clear(self) -> None:
        clear_table(self.panel.km_table)
        clear_table(self.panel.axes_table)

    def modes(self, data: PanelData) -> list[str | None]:
        """Modes in the schema's order, then any other value found in the plan."""
        domain = list(plan_schema().domain_values("axis_mode"))
        found = {mode for item in data.indicators.communes for mode in item.axes_km_by_mode}
        others = sorted((mode for mode in found if mode not in domain), key=str)
        return [mode for mode in domain if mode in found] + others

    def _show_km(self, data: PanelData, language: str) -> None:
        modes = self.modes(data)
        rows = []
        for item in data.indicators.communes:
            row = [text_item(item.name, item.code)]
            row[0].setData(IDS_ROLE, data.axes_in_commune.get((item.code, None), ()))
            for mode in modes:
                cell = number_item(item.axes_km_by_mode.get(mode, 0.0))
                cell.setData(IDS_ROLE, data.axes_in_commune.get((item.code, mode), ()))
                row.append(cell)
            all_modes = number_item(sum(item.axes_km_by_mode.values()))
            all_modes.setData(IDS_ROLE, data.axes_in_commune.get((item.code, None), ()))
            rows.append(row + [all_modes])
        totals = data.indicators.totals
        total = [text_item(self.tr("Whole plan"), "*")]
        total += [number_item(totals.axes_km_by_mode.get(mode, 0.0)) for mode in modes]
        total.append(number_item(sum(totals.axes_km_by_mode.values())))
        headers = [self.tr("Commune")] + [domain_text("axis_mode", mode, language) for mode in modes]
        fill_table(self.panel.km_table, headers + [self.tr("All modes")], rows + [total], total_rows=1)

    def _show_groups(self, data: PanelData, language: str) -> None:
        rows = []
        for group in data.axis_groups:
            row = [text_item(domain_text("axis_hierarchy", group.hierarchy, language), group.hierarchy),
                   text_item(domain_text("axis_mode", group.mode, language), group.mode),
                   text_item(domain_text("plan_status", group.status, language), group.status),
                   number_item(group.count, 0), number_item(group.km)]
            for item in row:
                item.setData(IDS_ROLE, group.fids)
            rows.append(row)
        headers = [self.tr("Hierarchy"), self.tr("Mode"), self.tr("Status"), self.tr("Axes"), self.tr("km")]
        fill_table(self.panel.axes_table, headers, rows)

    def _select_axes(self, table: QTableWidget) -> None:
        layer = self._session.layer(AXES)
        if layer is not None and table.selectedItems():
            layer.selectByIds(sorted(selected_ids(table)))
