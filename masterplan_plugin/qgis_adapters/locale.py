"""The user's language as QGIS knows it, for the fr/en/de label tables of the core."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale


def user_language() -> str:
    """Two-letter language: the QGIS override when set, otherwise the system locale."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = settings.value("locale/globalLocale", "", type=str) or QLocale.system().name()
    return (locale or "en")[:2].lower()
