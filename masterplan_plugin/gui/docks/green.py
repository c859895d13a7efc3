"""Green spaces panel: green area per commune, public green space per inhabitant (population from the
communes layer), share of the commune that is green; the green corridors, each selectable on the map."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QTableWidget, QWidget

from ...core.model import GREEN
from ...qgis_adapters.panel_data import PanelData
from .base import FigurePanel
from .tables import IDS_ROLE, clear_table, fill_table, number_item, selected_ids, text_item

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("green_panel.ui")))


class GreenPanel(QWidget, FORM_CLASS):
    green_table: QTableWidget
    corridors_table: QTableWidget

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)


class GreenDock(FigurePanel):
    OBJECT_NAME = "MasterPlanGreenDock"
    ICON = "green"
    PLAN_LAYER = GREEN

    def title(self) -> str:
        return self.tr("Green spaces")

    def make_panel(self) -> QWidget:
        self.panel = GreenPanel()
        self.panel.corridors_table.itemSelectionChanged.connect(self._select_corridors)
        return self.panel

    def show_data(self, data: PanelData) -> None:
        rows = []
        names = {item.code: item.name for item in data.indicators.communes}
        for item in data.indicators.communes + [data.indicators.totals]:
            label = text_item(item.name if item.code != "*" else self.tr("Whole plan"), item.code)
            share = item.green_share * 100 if item.area_ha else None
            rows.append([label, number_item(item.green_m2 / 10_000), number_item(item.public_green_m2, 0),
                         number_item(item.population, 0), number_item(item.public_green_m2_per_inhabitant, 1),
                         number_item(share, 1)])
        headers = [self.tr("Commune"), self.tr("Green (ha)"), self.tr("Public green (m²)"),
                   self.tr("Inhabitants"), self.tr("Public m²/inhabitant"), self.tr("Green share (%)")]
        fill_table(self.panel.green_table, headers, rows, total_rows=1)
        corridors = []
        for corridor in data.corridors:
            row = [text_item(corridor.name or self.tr("(unnamed)"), corridor.name),
                   text_item(", ".join(names.get(code, code) for code in corridor.communes)),
                   number_item(corridor.area_m2 / 10_000)]
            for cell in row:
                cell.setData(IDS_ROLE, corridor.fids)
            corridors.append(row)
        headers = [self.tr("Corridor"), self.tr("Communes"), self.tr("Area (ha)")]
        fill_table(self.panel.corridors_table, headers, corridors)

    def clear(self) -> None:
        clear_table(self.panel.green_table)
        clear_table(self.panel.corridors_table)

    def _select_corridors(self) -> None:
        layer = self._session.layer(GREEN)
        if layer is not None and self.panel.corridors_table.selectedItems():
            layer.selectByIds(sorted(selected_ids(self.panel.corridors_table)))
