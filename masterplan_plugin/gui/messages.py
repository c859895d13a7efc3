"""The one message-bar helper: only for what the user can act on (logs go to the log panel).

Warnings and errors stay until the user dismisses them; a ``topic`` ("import", "validation") keeps one
message per topic, the newest, so a day of imports does not stack a dozen bars.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import MasterplanError

TOPIC_PROPERTY = "masterplan_topic"


def _title() -> str:
    return QCoreApplication.translate("MasterPlanMessages", "Master plan")


def localized(error: MasterplanError) -> str:
    """The error's message in the interface language."""
    return error.localized(QCoreApplication.translate)


def show_error(iface, text: str, error: MasterplanError | None = None, topic: str = "") -> None:
    """``text`` says what failed; the error's message follows, its details behind the "More" button."""
    if error is not None:
        text = f"{text} {localized(error)}"
    _push(iface, text, Qgis.MessageLevel.Critical, error.details if error is not None else "", topic)


def show_warning(iface, text: str, details: str = "", topic: str = "") -> None:
    _push(iface, text, Qgis.MessageLevel.Warning, details, topic)


def show_success(iface, text: str, topic: str = "") -> None:
    _push(iface, text, Qgis.MessageLevel.Success, "", topic)


def show_with_button(iface, text: str, level: Qgis.MessageLevel, button_label: str, callback,
                     topic: str = ""):
    """``text`` with a button calling ``callback`` (open a folder, a report); it stays until dismissed.
    The button, for its object name."""
    from qgis.PyQt.QtWidgets import QPushButton

    bar = iface.messageBar()
    if topic and hasattr(bar, "items"):
        _replace_topic(bar, topic)
    item = bar.createMessage(_title(), text)
    if topic:
        item.setProperty(TOPIC_PROPERTY, topic)
    button = QPushButton(button_label, item)
    button.clicked.connect(callback)
    item.layout().addWidget(button)
    bar.pushWidget(item, level, 0)
    return button


def _push(iface, text: str, level: Qgis.MessageLevel, details: str = "", topic: str = "") -> None:
    bar = iface.messageBar()
    topic = topic if hasattr(bar, "items") else ""  # a bar without item access (a test double) stacks
    before = _replace_topic(bar, topic) if topic else set()
    # duration -1: the timeout QGIS uses for that level, so the plugin behaves like QGIS itself.
    if details:
        bar.pushMessage(_title(), text, details, level, -1)
    else:
        bar.pushMessage(_title(), text, level, -1)
    if topic:
        for item in bar.items():
            if sip.unwrapinstance(item) not in before:
                item.setProperty(TOPIC_PROPERTY, topic)


def _replace_topic(bar, topic: str) -> set[int]:
    """Remove the bar's message of ``topic``; the addresses of the items left, to find the next one."""
    for item in bar.items():
        if item.property(TOPIC_PROPERTY) == topic:
            bar.popWidget(item)
    return {sip.unwrapinstance(item) for item in bar.items()}
