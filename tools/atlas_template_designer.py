"""The atlas templates' designer: draws ``resources/templates/atlas_{sheets,front}_{a3,a4}.qpt``.

A development tool, not part of the plugin: ``make package`` ships the ``masterplan_plugin`` folder only, and
the runtime atlas (``qgis_adapters.atlas*``) loads the committed ``.qpt`` without importing this module. Run
it after changing the design (``make templates``: ``PYTHONPATH=. python -m tools.atlas_template_designer``
in a headless QGIS) and commit the templates it writes; ``test/qgis/test_atlas_templates.py`` checks that
the committed templates are what it draws.

Coordinates are A3 millimetres; A4 is the same design scaled by 1/√2, fonts and line widths included. The
item ids are the contract with the runtime (``atlas_layout.SHEET_ITEMS`` / ``FRONT_ITEMS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from masterplan_plugin.core.atlas.blocks import PAGES
from masterplan_plugin.core.errors import PlanError
from masterplan_plugin.core.model import plan_schema
from masterplan_plugin.qgis_adapters.atlas_layout import (
    FRONT_PAGE_COUNT,
    INK,
    MAP_HEIGHT,
    PAPER,
    TEMPLATE_DIR,
    north_arrow_path,
    set_label_font,
    template_path,
)

THEME_COLOURS = {"zoning": "#34495e", "mobility": "#922b21", "green": "#1e6b3a", "front": "#2c3e50"}
GREY, RULE = "#5f6368", "#c8c8c8"
COVER_MAP_HEIGHT = 195.0  # A3 mm; the scale strip is under the map


class _Designer:
    """Places items on a layout in A3 millimetres, scaled by ``s`` (1 for A3, 1/√2 for A4)."""

    def __init__(self, layout: QgsLayout, s: float):
        self.layout, self.s = layout, s

    def _place(self, item, item_id: str, page: int, x: float, y: float, w: float, h: float):
        s = self.s
        item.setId(item_id)
        item.attemptResize(QgsLayoutSize(w * s, h * s))
        item.attemptMove(QgsLayoutPoint(x * s, y * s), page=page)
        return item

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size * self.s)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def label(self, item_id, page, x, y, w, h, size, text="", bold=False, colour=INK, italic=False,
              align=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignVCenter) -> QgsLayoutItemLabel:
        item = QgsLayoutItemLabel(self.layout)
        self.layout.addLayoutItem(item)
        item.setText(text or item_id)
        set_label_font(item, self.font(size, bold, italic), QColor(colour))
        item.setHAlign(align)
        item.setVAlign(valign)
        item.setMarginX(0)
        item.setMarginY(0)
        return self._place(item, item_id, page, x, y, w, h)

    def rect(self, item_id, page, x, y, w, h, fill=None, stroke=None, width=0.3) -> QgsLayoutItemShape:
        item = QgsLayoutItemShape(self.layout)
        self.layout.addLayoutItem(item)
        item.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        item.setSymbol(QgsFillSymbol.createSimple({
            "color": fill or "0,0,0,0", "style": "solid" if fill else "no",
            "outline_color": stroke or "0,0,0,0", "outline_style": "solid" if stroke else "no",
            "outline_width": str(width * self.s)}))
        return self._place(item, item_id, page, x, y, w, h)

    def heading(self, item_id, page, x, y, w, colour) -> None:
        self.label(item_id, page, x, y, w, 5, 7.5, bold=True, colour=colour)
        self.rect(f"{item_id}_rule", page, x, y + 5.6, w, 0.45, fill=colour)

    def map(self, item_id, page, x, y, w, h, frame=0.35) -> QgsLayoutItemMap:
        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(frame * self.s))
        item.setFrameStrokeColor(QColor(INK))
        item.setBackgroundColor(QColor("#ffffff"))
        self._place(item, item_id, page, x, y, w, h)
        # A map read from a template without an extent gets a NaN height: store one of the item's shape.
        item.setCrs(QgsCoordinateReferenceSystem(plan_schema().default_crs))
        item.setExtent(QgsRectangle(0, 0, w * 100, h * 100))
        return item

    def overview_frame(self, inset: QgsLayoutItemMap) -> None:
        inset.overview().setFrameSymbol(QgsFillSymbol.createSimple({
            "color": "0,0,0,0", "style": "no", "outline_color": "#c0392b",
            "outline_width": str(0.6 * self.s)}))

    def table(self, item_id, page, x, y, w, h, widths: list[float], headers: list[str],
              size: float = 6.8) -> QgsLayoutFrame:
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        content, header = QgsTextFormat(), QgsTextFormat()
        content.setFont(self.font(size))
        content.setSize(size * self.s)
        content.setColor(QColor(INK))
        header.setFont(self.font(size, bold=True))
        header.setSize(size * self.s)
        header.setColor(QColor(GREY))
        table.setContentTextFormat(content)
        table.setHeaderTextFormat(header)
        table.setIncludeTableHeader(False)  # headings are the first row: see fill_table
        table.setHeaders([QgsLayoutTableColumn(text) for text in headers])
        table.setColumnWidths([width * self.s for width in widths])
        table.setCellMargin(0.9 * self.s)
        table.setShowGrid(True)
        table.setHorizontalGrid(True)
        table.setVerticalGrid(False)
        table.setGridStrokeWidth(0.12 * self.s)
        table.setGridColor(QColor(RULE))
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
        table.setEmptyTableMessage("–")
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        return self._place(frame, item_id, page, x, y, w, h)

    def legend(self, item_id, page, x, y, w, h) -> QgsLayoutItemLegend:
        item = QgsLayoutItemLegend(self.layout)
        self.layout.addLayoutItem(item)
        item.setAutoUpdateModel(False)
        item.setResizeToContents(False)
        item.setTitle("")
        item.setSymbolWidth(7 * self.s)
        item.setSymbolHeight(3.6 * self.s)
        item.setWrapString("\\n")
        styles = {QgsLegendStyle.Style.Subgroup: (7.2, True), QgsLegendStyle.Style.SymbolLabel: (6.8, False),
                  QgsLegendStyle.Style.Group: (7.2, True), QgsLegendStyle.Style.Title: (8, True)}
        for style, (size, bold) in styles.items():
            item.setStyleFont(style, self.font(size, bold))
        item.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 2.5 * self.s)
        item.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.2 * self.s)
        item.setBoxSpace(0)
        return self._place(item, item_id, page, x, y, w, h)

    def scalebar(self, item_id, page, x, y, w, h, style="Single Box") -> QgsLayoutItemScaleBar:
        item = QgsLayoutItemScaleBar(self.layout)
        self.layout.addLayoutItem(item)
        item.setStyle(style)
        text = QgsTextFormat()
        text.setFont(self.font(7))
        text.setSize(7 * self.s)
        item.setTextFormat(text)
        if style != "Numeric":
            item.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
            item.setUnitLabel("km")
            item.setNumberOfSegments(4)
            item.setNumberOfSegmentsLeft(0)
            item.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
            item.setMinimumBarWidth(40 * self.s)
            item.setMaximumBarWidth(62 * self.s)
            item.setHeight(2.2 * self.s)
            line = QgsLineSymbol.createSimple({"line_color": INK, "line_width": str(0.25 * self.s)})
            item.setLineSymbol(line)
        item.setBackgroundEnabled(False)
        item.setFrameEnabled(False)
        return self._place(item, item_id, page, x, y, w, h)

    def north(self, item_id, page, x, y, w, h) -> QgsLayoutItemPicture:
        item = QgsLayoutItemPicture(self.layout)
        self.layout.addLayoutItem(item)
        path = north_arrow_path()
        if path:
            item.setPicturePath(path)
        return self._place(item, item_id, page, x, y, w, h)


def _new_layout(pages: int, page_format: str) -> QgsPrintLayout:
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    collection = layout.pageCollection()
    width, height = PAPER[page_format]
    collection.page(0).setPageSize(QgsLayoutSize(width, height))
    for _ in range(pages - 1):
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(width, height))
        collection.addPage(page)
    return layout


def design_sheets(page_format: str = "A3") -> QgsPrintLayout:
    """The three atlas pages. Coordinates are A3 millimetres (420 x 297), 8 mm margins."""
    layout = _new_layout(len(PAGES), page_format)
    d = _Designer(layout, _scale(page_format))
    m, right, panel = 8.0, 295.0, 117.0
    for index, page in enumerate(PAGES):
        colour = THEME_COLOURS[page]
        main = d.map(f"{page}_map", index, m, m, 282, MAP_HEIGHT)
        # Scale bar and round scale in the strip under the map: never over the map's content.
        d.scalebar(f"{page}_scalebar", index, m, m + MAP_HEIGHT + 1.5, 70, 9)
        d.label(f"{page}_scale_text", index, m + 76, m + MAP_HEIGHT + 3.5, 80, 5, 7.5, colour=INK)
        d.rect(f"{page}_north_box", index, m + 282 - 17, m + 3, 14, 18, fill="255,255,255,225", stroke=RULE,
               width=0.2)
        d.north(f"{page}_north", index, m + 282 - 15.5, m + 4.5, 11, 15)
        # Right panel: title block, municipality, overview, legend, findings, footer.
        d.rect(f"{page}_band", index, right, m, panel, 30, fill=colour)
        d.label(f"{page}_theme_title", index, right + 4, m + 3, panel - 8, 13, 17, bold=True,
                colour="#ffffff")
        d.label(f"{page}_plan_name", index, right + 4, m + 17, panel - 8, 10, 8.5, colour="#ffffff")
        d.label(f"{page}_commune_title", index, right, m + 33, panel, 10, 17, bold=True)
        d.label(f"{page}_commune_info", index, right, m + 43.5, panel, 5, 7.5, colour=GREY)
        d.heading(f"{page}_overview_heading", index, right, m + 51, panel, colour)
        inset = d.map(f"{page}_overview", index, right, m + 58.5, panel, 56, frame=0.2)
        d.overview_frame(inset)
        inset.overview().setLinkedMap(main)
        d.heading(f"{page}_legend_heading", index, right, 126, panel, colour)
        d.legend(f"{page}_legend", index, right, 133.5, panel, 88)
        d.heading(f"{page}_findings_heading", index, right, 226, panel, colour)
        d.table(f"{page}_findings", index, right, 233.5, panel, 36, [3.2, 92, 12], ["", "Rule", "No."])
        d.label(f"{page}_findings_total", index, right, 270.5, panel, 8, 6.5, colour=GREY,
                valign=Qt.AlignmentFlag.AlignTop)
        d.rect(f"{page}_footer_rule", index, right, 280.2, panel, 0.25, fill=RULE)
        d.label(f"{page}_footer", index, right, 281.5, panel - 22, 7, 6, colour=GREY)
        d.label(f"{page}_sheet", index, right + panel - 22, 281.5, 22, 7, 7, bold=True, colour=colour,
                align=Qt.AlignmentFlag.AlignRight)
        # Bottom strip under the map: the page's indicators.
        widths = {"zoning": ([4, 112, 20, 14], [80, 26]), "mobility": ([4, 112, 20, 14], [80, 26]),
                  "green": ([118, 32], [4, 102])}[page]
        d.heading(f"{page}_indicators_heading", index, m, 226, 160, colour)
        d.table(f"{page}_indicators", index, m, 233.5, 160, 55.5, widths[0], ["Indicator"] * len(widths[0]))
        d.heading(f"{page}_details_heading", index, m + 166, 226, 116, colour)
        d.table(f"{page}_details", index, m + 166, 233.5, 116, 55.5, widths[1], ["Value"] * len(widths[1]))
        d.rect(f"{page}_frame", index, m - 2, m - 2, 408, 285, stroke="#7f7f7f", width=0.25)
    return layout


def design_front(page_format: str = "A3") -> QgsPrintLayout:
    """Cover (page 1), agglomeration summary (page 2) and open findings (page 3), A3 millimetres."""
    layout = _new_layout(FRONT_PAGE_COUNT, page_format)
    d = _Designer(layout, _scale(page_format))
    m, colour = 8.0, THEME_COLOURS["front"]
    d.rect("cover_band", 0, m, m, 404, 60, fill=colour)
    d.label("cover_title", 0, m + 10, m + 7, 262, 17, 28, bold=True, colour="#ffffff")
    d.label("cover_plan_name", 0, m + 10, m + 26, 262, 13, 19, colour="#ffffff")
    d.label("cover_subtitle", 0, m + 10, m + 42, 262, 9, 10.5, colour="#dfe6e9")
    d.rect("cover_document_rule", 0, m + 283, m + 8, 0.35, 44, fill="#dfe6e9")
    d.label("cover_document", 0, m + 288, m + 8, 112, 44, 10, colour="#ffffff",
            valign=Qt.AlignmentFlag.AlignTop)
    main = d.map("cover_map", 0, m, m + 65, 282, COVER_MAP_HEIGHT)
    d.scalebar("cover_scalebar", 0, m, m + 65 + COVER_MAP_HEIGHT + 1.5, 70, 8)
    d.rect("cover_north_box", 0, m + 282 - 17, m + 68, 14, 18, fill="255,255,255,225", stroke=RULE, width=0.2)
    d.north("cover_north", 0, m + 282 - 15.5, m + 69.5, 11, 15)
    main.setId("cover_map")
    d.heading("cover_communes_heading", 0, 295, m + 65, 117, colour)
    d.table("cover_communes", 0, 295, m + 72.5, 117, 62, [18, 48, 28, 13],
            ["Code", "Name", "Country", "p."], 7)
    d.heading("cover_legend_heading", 0, 295, m + 140, 117, colour)
    d.legend("cover_legend", 0, 295, m + 147.5, 117, 82)
    d.heading("cover_sources_heading", 0, 295, m + 233, 117, colour)
    d.label("cover_sources", 0, 295, m + 240.5, 117, 32, 6.5, colour=INK, valign=Qt.AlignmentFlag.AlignTop)
    d.label("cover_footer", 0, m, 282.5, 404, 6, 7, colour=GREY)
    d.rect("summary_band", 1, m, m, 404, 20, fill=colour)
    d.label("summary_title", 1, m + 6, m + 3, 392, 14, 17, bold=True, colour="#ffffff")
    d.table("summary_table", 1, m, m + 26, 404, 78, [66, 36, 28, 28, 28, 26, 26, 36, 26, 26, 26],
            ["Name"] * 11, 7)
    d.heading("summary_land_use_heading", 1, m, 116, 196, colour)
    d.table("summary_land_use", 1, m, 123.5, 196, 155, [4, 146, 22, 14], ["", "Class", "ha", "%"], 7)
    d.heading("summary_modes_heading", 1, m + 208, 116, 196, colour)
    d.table("summary_modes", 1, m + 208, 123.5, 196, 40, [4, 146, 22, 14], ["", "Mode", "km", "%"], 7)
    d.heading("summary_green_heading", 1, m + 208, 168, 196, colour)
    d.table("summary_green", 1, m + 208, 175.5, 196, 34, [150, 38], ["Indicator", "Value"], 7)
    d.heading("summary_sites_heading", 1, m + 208, 214, 196, colour)
    d.table("summary_sites", 1, m + 208, 221.5, 196, 28, [150, 38], ["Indicator", "Value"], 7)
    d.label("summary_footer", 1, m, 282.5, 404, 6, 7, colour=GREY)
    d.rect("findings_band", 2, m, m, 404, 20, fill=colour)
    d.label("findings_title", 2, m + 6, m + 3, 392, 14, 17, bold=True, colour="#ffffff")
    d.table("findings_list", 2, m, m + 26, 404, 246, [50, 4, 24, 80, 236],
            ["Municipality", "", "Severity", "Rule", "Message"], 7)
    d.label("findings_footer", 2, m, 282.5, 404, 6, 7, colour=GREY)
    for page in range(FRONT_PAGE_COUNT):
        d.rect(f"front_frame_{page}", page, m - 2, m - 2, 408, 285, stroke="#7f7f7f", width=0.25)
    return layout


def _scale(page_format: str) -> float:
    return PAPER[page_format][0] / PAPER["A3"][0]


def write_templates(directory: Path = TEMPLATE_DIR) -> list[Path]:
    """Draw the templates again (``design_*``) and save them as ``.qpt`` (run inside a QGIS application)."""
    written = []
    for page_format in PAPER:
        for kind, design in (("sheets", design_sheets), ("front", design_front)):
            layout = design(page_format)
            path = directory / template_path(kind, page_format).name
            if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                raise PlanError("The atlas template could not be written.", str(path))
            written.append(path)
    return written


def main() -> int:
    from masterplan_plugin.qgis_adapters.qgis_app import headless_qgis

    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE_DIR
    with headless_qgis():
        for written_path in write_templates(directory):
            print(f"wrote {written_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
