"""QGIS's interface language, for the plugin's translator and for the fr/en/de label tables of the core."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale


def qgis_ui_locale() -> str:
    """The locale of QGIS's interface, e.g. 'fr_FR' or 'de'.

    With "Override system locale" ticked QGIS uses ``locale/userLocale``; without it, QGIS writes the
    language it actually uses (system locale or ``--lang``) into that same key at start-up so that
    plugins follow it. Outside QGIS (tests, scripts) nothing writes it: fall back to the system locale.
    """
    settings = QgsSettings()
    user_locale = settings.value("locale/userLocale", "", type=str)
    if settings.value("locale/overrideFlag", False, type=bool) and user_locale:
        return user_locale
    return user_locale or QLocale.system().name()


def user_language() -> str:
    """Two-letter language of the interface ('fr', 'en', 'de', …)."""
    return (qgis_ui_locale() or "en")[:2].lower()
