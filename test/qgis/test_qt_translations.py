"""The standard buttons of the plugin's dialogs (OK, Cancel, Close, Apply) speak QGIS's language: Qt's
catalogue installed with the plugin's translator where QGIS has none, and removed on unload."""
# ruff: noqa: F811  (fixtures imported from other test modules)

from __future__ import annotations

import shutil
import subprocess

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTranslator
from qgis.PyQt.QtWidgets import QDialogButtonBox

from masterplan_plugin import classFactory
from masterplan_plugin.gui import i18n
from masterplan_plugin.gui.new_plan_dialog import NewPlanDialog
from test.qgis.test_translations import compiled_catalogues  # noqa: F401  (fixture: builds the .qm files)

BUTTONS = (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
           QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Apply)


def button_texts(box: QDialogButtonBox | None = None) -> list[str]:
    if box is None:
        box = QDialogButtonBox()
        for button in BUTTONS:
            box.addButton(button)
    texts = [box.button(button).text() for button in BUTTONS if box.button(button) is not None]
    box.deleteLater()
    return texts


@pytest.fixture()
def plugin_in(qgis_like_iface, qgis_locale):
    """Load the plugin as QGIS does in the given language; unloaded after the test."""
    loaded = []

    def load(locale: str):
        qgis_locale(locale)
        plugin = classFactory(qgis_like_iface)
        plugin.initGui()
        loaded.append(plugin)
        return plugin

    yield load
    for plugin in loaded:
        plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(("locale", "expected"), [
    ("fr_FR", ["OK", "Annuler", "Fermer", "Appliquer"]),
    ("de_DE", ["OK", "Abbrechen", "Schließen", "Anwenden"]),
    ("en_GB", ["OK", "Cancel", "Close", "Apply"]),
])
def test_standard_buttons_speak_the_qgis_language_with_the_plugin_loaded(plugin_in, locale, expected):
    assert button_texts() == ["OK", "Cancel", "Close", "Apply"]  # this QGIS has no Qt catalogue
    plugin_in(locale)
    assert button_texts() == expected


def test_the_plugin_dialogs_buttons_are_french_and_its_own_texts_too(plugin_in):
    plugin_in("fr_FR")
    dialog = NewPlanDialog()
    try:
        assert button_texts(dialog.button_box) == ["OK", "Annuler"]
    finally:
        dialog.deleteLater()
    assert QCoreApplication.translate("MasterPlanToolbar", "New plan…") == "Nouveau plan…"
    assert QCoreApplication.translate("QPlatformTheme", "Not a button") == "Not a button"


def test_unload_removes_qt_translations_too(qgis_like_iface, qgis_locale):
    qgis_locale("fr_FR")
    plugin = classFactory(qgis_like_iface)
    plugin.initGui()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    plugin.unload()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert button_texts() == ["OK", "Cancel", "Close", "Apply"]


def test_qt_own_catalogue_is_used_when_the_system_has_it(qgis_app, tmp_path):
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease is missing (Debian package qttools5-dev-tools)")
    source = tmp_path / "qtbase_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>QPlatformTheme</name><message><source>Cancel</source>"
        "<translation>Annuler (Qt)</translation></message></context></TS>", encoding="utf-8")
    subprocess.run(["lrelease", "-silent", str(source), "-qm", str(tmp_path / "qtbase_fr.qm")], check=True)
    translator = i18n.qt_translator("fr_FR", str(tmp_path))
    assert not isinstance(translator, i18n.StandardButtonsTranslator)
    assert translator.translate("QPlatformTheme", "Cancel") == "Annuler (Qt)"


def test_nothing_is_added_where_qt_is_translated_already_or_english(qgis_app, tmp_path):
    assert i18n.qt_translator("en_US") is None
    already = i18n.StandardButtonsTranslator({"QPlatformTheme": {"Cancel": "Annuler"}})
    QCoreApplication.installTranslator(already)  # what QGIS does when the system has Qt's catalogue
    try:
        assert i18n.qt_translator("fr_FR", str(tmp_path)) is None
    finally:
        QCoreApplication.removeTranslator(already)


def test_the_fallback_texts_cover_every_standard_button_in_french_and_german():
    for language in ("fr", "de"):
        texts = i18n.standard_button_texts()[language]["QPlatformTheme"]
        assert {"OK", "Cancel", "Close", "Apply", "&Yes", "&No", "Save", "Help", "Reset"} <= set(texts)
        translator = i18n.StandardButtonsTranslator(i18n.standard_button_texts()[language])
        assert isinstance(translator, QTranslator) and not translator.isEmpty()
