"""The plugin's Qt translators, in QGIS's interface language.

Catalogues are ``i18n/masterplan_plugin_<lang>.qm``: inside the plugin folder once packaged
(``make package`` / ``make deploy``), at the repository root in a source checkout (tests).

The standard buttons of the plugin's dialogs (OK, Cancel, Close, Apply… of ``QDialogButtonBox`` and
``QMessageBox``) are Qt's own strings, translated by Qt's ``qtbase_<lang>.qm``. QGIS installs Qt's
catalogue when the system has it; Debian ships it in ``qttranslations5-l10n``, which QGIS does not depend
on, so the buttons often stay English in a French or German QGIS. When Qt's buttons are not translated
yet, the plugin installs ``qtbase_<lang>.qm`` from Qt's translations folder, or, without it, the button
texts of ``resources/i18n/qt_standard_buttons.json`` (taken from Qt's catalogues); ``remove_translator``
takes them away again with the plugin's own.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ..qgis_adapters.locale import qgis_ui_locale

LOG = logging.getLogger(__name__)
CATALOGUE = "masterplan_plugin"
QT_CATALOGUE = "qtbase"
BUTTONS_PATH = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "qt_standard_buttons.json"
PROBE = ("QPlatformTheme", "Cancel")  # translated once Qt's catalogue for the language is active


def catalogue_dirs(plugin_dir: Path) -> tuple[Path, ...]:
    return (plugin_dir / "i18n", plugin_dir.parent / "i18n")


def install_translator(plugin_dir: Path, locale: str | None = None) -> list[QTranslator]:
    """Install the plugin's catalogue for ``locale`` (QGIS's by default) and, where Qt's standard buttons
    are not translated yet, Qt's; the translators installed, for ``remove_translator``.

    ``QTranslator.load`` falls back from 'fr_FR' to 'fr' by itself.
    """
    locale = locale or qgis_ui_locale()
    installed = []
    for translator in (plugin_translator(plugin_dir, locale), qt_translator(locale)):
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translator(translators: list[QTranslator] | None) -> None:
    for translator in translators or ():
        QCoreApplication.removeTranslator(translator)


def plugin_translator(plugin_dir: Path, locale: str) -> QTranslator | None:
    translator = QTranslator()
    for directory in catalogue_dirs(plugin_dir):
        if translator.load(f"{CATALOGUE}_{locale}", str(directory)):
            LOG.debug("Translations %s loaded from %s", locale, directory)
            return translator
    LOG.debug("No translation for %s; the interface stays in English", locale)
    return None


def qt_translator(locale: str, directory: str | None = None) -> QTranslator | None:
    """Qt's catalogue for ``locale`` when Qt's strings are not translated yet: ``qtbase_<locale>.qm`` from
    ``directory`` (Qt's translations folder), else the plugin's copy of the standard buttons' texts."""
    language = locale[:2].lower()
    if language in ("en", "c") or _qt_already_translated():
        return None
    translator = QTranslator()
    folder = directory or qt_translations_dir()
    if translator.load(f"{QT_CATALOGUE}_{locale}", folder):
        LOG.debug("Qt's translations %s loaded from %s", locale, folder)
        return translator
    messages = standard_button_texts().get(language)
    if not messages:
        return None
    LOG.debug("Qt's catalogue for %s is not installed: the standard buttons come from %s", locale,
              BUTTONS_PATH.name)
    return StandardButtonsTranslator(messages)


def qt_translations_dir() -> str:
    if hasattr(QLibraryInfo, "path"):  # Qt 6
        return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)


def _qt_already_translated() -> bool:
    return QCoreApplication.translate(*PROBE) != PROBE[1]


@cache
def standard_button_texts() -> dict[str, dict[str, dict[str, str]]]:
    """language -> Qt context -> English text -> translation."""
    return json.loads(BUTTONS_PATH.read_text(encoding="utf-8"))["catalogues"]


class StandardButtonsTranslator(QTranslator):
    """Qt's standard button texts from a table; every other string is left to the other translators."""

    def __init__(self, messages: dict[str, dict[str, str]]):
        super().__init__()
        self._messages = messages

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None (a null string) lets Qt ask the next translator; "" would translate to nothing.
        return self._messages.get(context, {}).get(source_text)

    def isEmpty(self) -> bool:
        return False
