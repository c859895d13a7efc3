"""The message bar keeps one message per topic (the newest), so repeated imports do not stack bars; other
messages stay. A real QgsMessageBar (pytest-qgis's iface has a test double without items)."""

from __future__ import annotations

from types import SimpleNamespace

from qgis.core import Qgis
from qgis.gui import QgsMessageBar

from masterplan_plugin.gui import messages


def texts(bar: QgsMessageBar) -> list[str]:
    return sorted(item.text() for item in bar.items())


def test_a_topic_keeps_only_its_newest_message_and_leaves_the_others(qgis_app):
    bar = QgsMessageBar()
    iface = SimpleNamespace(messageBar=lambda: bar)
    messages.show_warning(iface, "unrelated warning")
    for count in range(5):
        messages.show_warning(iface, f"import {count}", details="lines", topic="import")
    messages.show_success(iface, "validated", topic="validation")
    messages.show_success(iface, "import 5", topic="import")
    assert texts(bar) == ["import 5", "unrelated warning", "validated"]
    assert [item.level() for item in bar.items() if item.text() == "import 5"] == [Qgis.MessageLevel.Success]
    messages.show_warning(iface, "another unrelated warning")
    assert len(bar.items()) == 4
