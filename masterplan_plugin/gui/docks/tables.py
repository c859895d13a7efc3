"""Small helpers the panels share to show figures: table items with the exact value kept as data, swatches.

Each number item keeps the value it shows under ``VALUE_ROLE`` (a float, or None), so tests and selection
code read the exact figure rather than parse the locale-formatted text.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QColor, QFont, QIcon, QPixmap
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

VALUE_ROLE = Qt.ItemDataRole.UserRole
IDS_ROLE = Qt.ItemDataRole.UserRole + 1  # feature ids a cell or row stands for
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the code or key of a row


def format_number(value: float | None, decimals: int) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", decimals)


def number_item(value: float | None, decimals: int = 2) -> QTableWidgetItem:
    item = QTableWidgetItem(format_number(value, decimals))
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


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]],
               total_rows: int = 0, stretch_first: bool = True) -> None:
    """Replace the table's content; the last ``total_rows`` rows are shown in bold. The first column
    takes the width left (``stretch_first``), or every column fits its content."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, items in enumerate(rows):
        bold = row >= len(rows) - total_rows
        for column, item in enumerate(items):
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(not stretch_first)
    if headers and stretch_first:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(sorting)


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
