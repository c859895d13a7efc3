"""The plugin speaks QGIS's language: complete catalogues, loaded on initGui, removed on unload."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

from masterplan_plugin import classFactory
from masterplan_plugin.gui.i18n import qgis_ui_locale

REPO_ROOT = Path(__file__).resolve().parents[2]
I18N = REPO_ROOT / "i18n"
LANGS = ("fr", "en", "de")


def catalogue(lang: str, suffix: str) -> Path:
    return I18N / f"masterplan_plugin_{lang}.{suffix}"


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """``make translations`` does this; a plain pytest run compiles stale or missing .qm files here."""
    for lang in LANGS:
        ts, qm = catalogue(lang, "ts"), catalogue(lang, "qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if shutil.which("lrelease") is None:
            pytest.skip("lrelease is missing (Debian package qttools5-dev-tools) and i18n/*.qm is not built")
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture()
def load_plugin(qgis_like_iface, qgis_locale):
    """Set QGIS's locale, then load the plugin as QGIS does; unloaded after the test."""
    loaded = []

    def load(locale: str):
        qgis_locale(locale)
        plugin = classFactory(qgis_like_iface)
        plugin.initGui()
        loaded.append(plugin)
        return qgis_like_iface.mainWindow()

    yield load
    for plugin in loaded:
        plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_french_catalogue_is_complete():
    root = ET.parse(catalogue("fr", "ts")).getroot()
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == []


def test_qgis_locale_override_is_followed(qgis_locale):
    qgis_locale("de_DE")
    assert qgis_ui_locale() == "de_DE"


def test_with_a_french_qgis_the_toolbar_actions_and_panels_are_french(load_plugin):
    window = load_plugin("fr_FR")
    assert window.findChild(QToolBar, "MasterPlanToolbar").windowTitle() == "Schéma directeur"
    assert window.findChild(QAction, "mActionMasterPlanNewPlan").text() == "Nouveau plan…"
    assert window.findChild(QAction, "mActionMasterPlanOpenPlan").text() == "Ouvrir un plan…"
    assert window.findChild(QDockWidget, "MasterPlanZoningDock").windowTitle() == "Zonage"
    assert window.findChild(QDockWidget, "MasterPlanGreenDock").windowTitle() == "Espaces verts"


def test_with_a_german_qgis_the_actions_are_german(load_plugin):
    window = load_plugin("de")
    assert window.findChild(QAction, "mActionMasterPlanNewPlan").text() == "Neuer Plan…"


def test_a_language_without_catalogue_falls_back_to_english(load_plugin):
    window = load_plugin("pt_BR")
    assert window.findChild(QAction, "mActionMasterPlanNewPlan").text() == "New plan…"


def test_unload_removes_the_translator(qgis_like_iface, qgis_locale):
    qgis_locale("fr_FR")
    plugin = classFactory(qgis_like_iface)
    plugin.initGui()
    assert QCoreApplication.translate("MasterPlanToolbar", "New plan…") == "Nouveau plan…"
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert QCoreApplication.translate("MasterPlanToolbar", "New plan…") == "New plan…"


def test_with_a_french_qgis_errors_from_the_worker_process_are_french(load_plugin, tmp_path):
    """A message raised in the Qt-free core of the worker process is shown translated, values kept."""
    from masterplan_plugin.core.errors import MasterplanError
    from masterplan_plugin.gui.messages import localized
    from masterplan_plugin.operations.child_runner import run_worker

    load_plugin("fr_FR")
    missing = tmp_path / "absent.gpkg"
    with pytest.raises(MasterplanError) as raised:
        run_worker("validate", {"plan": str(missing)}, lambda percent, step: None, lambda: False)
    assert localized(raised.value) == "Le fichier du plan n'existe pas."
    assert raised.value.details == str(missing)
    error = MasterplanError("The resolution must be between {low} and {high} dpi.", "9", low=50, high=1200)
    assert localized(error) == "La résolution doit être comprise entre 50 et 1200 ppp."
    assert error.message == "The resolution must be between 50 and 1200 dpi."
