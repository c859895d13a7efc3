"""Small helpers the panels share to show figures: table items with the exact value kept as data, swatches,
and a table layout that stays readable in a dock a third of a 1600-pixel window wide.

Each number item keeps the value it shows under ``VALUE_ROLE`` (a float, or None), so tests and selection
code read the exact figure rather than parse the formatted text. Numbers are written in the interface
language (``core.number_format``: 1,234.5 · 1 234,5 · 1.234,5), like the atlas and the finding messages.

Layout (``fill_table``): number columns are as wide as their figures, their header's words wrapping onto
as many lines as that takes (never narrower than its longest word); the first column (names) takes the
width left whenever the table is resized, never less than ``NAME_MIN_WIDTH`` (the table scrolls sideways
below that), and elides long names in the middle (the full text is the item's tooltip). Headers carry
their full text as a tooltip too.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtGui import QColor, QFont, QIcon, QPixmap
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ...core import number_format
from ...qgis_adapters.locale import user_language

VALUE_ROLE = Qt.ItemDataRole.UserRole
IDS_ROLE = Qt.ItemDataRole.UserRole + 1  # feature ids a cell or row stands for
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the code or key of a row
NAME_MIN_WIDTH = 120  # px: the first column never gets narrower


def format_number(value: float | None, decimals: int) -> str:
    return number_format.format_number(value, decimals, user_language())


def number_item(value: float | None, decimals: int = 2, text: str | None = None) -> QTableWidgetItem:
    """A right-aligned figure; ``text`` shows it otherwise than as a plain number ('12.5%')."""
    item = QTableWidgetItem(format_number(value, decimals) if text is None else text)
    item.setData(VALUE_ROLE, value)
    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    return item


def text_item(text: str, key: object = None, icon: QIcon | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(KEY_ROLE, key)
    item.setToolTip(text)
    if icon is not None:
        item.setIcon(icon)
    return item


def header_text(text: str, width: int, advance) -> str:
    """``text`` with its words wrapped onto lines no wider than ``width`` pixels (``advance(str)`` measures),
    or than its longest word."""
    lines: list[str] = []
    for word in text.split():
        if lines and advance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines) or text


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]],
               total_rows: int = 0, stretch_first: bool = True) -> None:
    """Replace the table's content; the last ``total_rows`` rows are shown in bold. The first column
    takes the width left (``stretch_first``), else the last one does; see the module docstring."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    cells, advance = table.fontMetrics(), table.horizontalHeader().fontMetrics().horizontalAdvance
    for column, text in enumerate(headers):
        texts = [items[column].text() for items in rows if len(items) > column]
        figures = max(map(cells.horizontalAdvance, texts), default=0)
        header_item = QTableWidgetItem(text if column == 0 else header_text(text, figures, advance))
        header_item.setToolTip(text)
        table.setHorizontalHeaderItem(column, header_item)
    table.setRowCount(len(rows))
    for row, items in enumerate(rows):
        bold = row >= len(rows) - total_rows
        for column, item in enumerate(items):
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
    _lay_out(table, len(headers), stretch_first)
    table.setSortingEnabled(sorting)


def _lay_out(table: QTableWidget, columns: int, stretch_first: bool) -> None:
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(not stretch_first)
    if columns and stretch_first:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        if table.findChild(_FirstColumnFill) is None:
            table.viewport().installEventFilter(_FirstColumnFill(table))
        table.resizeColumnsToContents()
        fit_first_column(table)
    table.resizeRowsToContents()


def fit_first_column(table: QTableWidget) -> None:
    """Give the first column the viewport's width left by the others, at least ``NAME_MIN_WIDTH``."""
    if not table.columnCount():
        return
    header = table.horizontalHeader()
    others = sum(header.sectionSize(column) for column in range(1, table.columnCount()))
    header.resizeSection(0, max(NAME_MIN_WIDTH, table.viewport().width() - others))


class _FirstColumnFill(QObject):
    """Refits the first column whenever the table's viewport is resized (dock resized, scroll bar shown)."""

    def __init__(self, table: QTableWidget):
        super().__init__(table)
        self._table = table

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self._table.horizontalHeader().sectionResizeMode(0) == (
                QHeaderView.ResizeMode.Interactive):
            fit_first_column(self._table)
        return False


def clear_table(table: QTableWidget) -> None:
    table.clear()
    table.setRowCount(0)
    table.setColumnCount(0)


def swatch(colour: str | None, size: int = 14) -> QIcon:
    return QIcon(swatch_pixmap(colour, size))


def swatch_pixmap(colour: str | None, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return pixmap


def selected_ids(table: QTableWidget) -> set[int]:
    """Union of the feature ids of the selected cells."""
    ids: set[int] = set()
    for item in table.selectedItems():
        ids.update(item.data(IDS_ROLE) or ())
    return ids
