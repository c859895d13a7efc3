"""The plugin's Qt translator, in QGIS's interface language.

Catalogues are ``i18n/masterplan_plugin_<lang>.qm``: inside the plugin folder once packaged
(``make package`` / ``make deploy``), at the repository root in a source checkout (tests).
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..qgis_adapters.locale import qgis_ui_locale

LOG = logging.getLogger(__name__)
CATALOGUE = "masterplan_plugin"


def catalogue_dirs(plugin_dir: Path) -> tuple[Path, ...]:
    return (plugin_dir / "i18n", plugin_dir.parent / "i18n")


def install_translator(plugin_dir: Path, locale: str | None = None) -> QTranslator | None:
    """Load and install the catalogue for ``locale`` (QGIS's by default); None when there is none.

    ``QTranslator.load`` falls back from 'fr_FR' to 'fr' by itself.
    """
    locale = locale or qgis_ui_locale()
    translator = QTranslator()
    for directory in catalogue_dirs(plugin_dir):
        if translator.load(f"{CATALOGUE}_{locale}", str(directory)):
            QCoreApplication.installTranslator(translator)
            LOG.debug("Translations %s loaded from %s", locale, directory)
            return translator
    LOG.debug("No translation for %s; the interface stays in English", locale)
    return None


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
