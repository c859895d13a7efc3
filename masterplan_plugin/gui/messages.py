"""The one message-bar helper: only for what the user can act on (logs go to the log panel)."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import MasterplanError


def _title() -> str:
    return QCoreApplication.translate("MasterPlanMessages", "Master plan")


def localized(error: MasterplanError) -> str:
    """The error's message in the interface language."""
    return error.localized(QCoreApplication.translate)


def show_error(iface, text: str, error: MasterplanError | None = None) -> None:
    """``text`` says what failed; the error's message follows, its details behind the "More" button."""
    if error is not None:
        text = f"{text} {localized(error)}"
    _push(iface, text, Qgis.MessageLevel.Critical, error.details if error is not None else "")


def show_warning(iface, text: str, details: str = "") -> None:
    _push(iface, text, Qgis.MessageLevel.Warning, details)


def show_success(iface, text: str) -> None:
    _push(iface, text, Qgis.MessageLevel.Success)


def _push(iface, text: str, level: Qgis.MessageLevel, details: str = "") -> None:
    bar = iface.messageBar()
    # duration -1: the timeout QGIS uses for that level, so the plugin behaves like QGIS itself.
    if details:
        bar.pushMessage(_title(), text, details, level, -1)
    else:
        bar.pushMessage(_title(), text, level, -1)
