"""The toolbar's Import dialog: built on the open plan, filled from real GeoJSON files and project layers, its
preview checked, the import run through the real path (worker process in a QgsTask) in each mode, and the
plan's content checked afterwards."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt

from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.qgis_adapters.plan_project import create_plan
from test.qgis.import_sources import axes_file, communes_file, zoning_file


@pytest.fixture()
def plan(tmp_path) -> Path:
    return create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg


def flush_deferred_deletes() -> None:
    """Delete now what deleteLater scheduled: no widget of these tests outlives them in QGIS's window."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture()
def dialog(qgis_iface, plan):
    from masterplan_plugin.gui.import_dialog import ImportDialog

    qgis_iface.messageBar().clear_messages()
    dialog = ImportDialog(qgis_iface, plan, None)
    yield dialog
    dialog.abandon_task()
    dialog.deleteLater()
    flush_deferred_deletes()


def run_import(dialog, timeout: float = 120.0) -> list[dict]:
    """Start the import from the dialog and run the event loop until its task has ended."""
    from qgis.PyQt.QtCore import QCoreApplication

    outcome: list = []
    dialog.imported.connect(lambda _layers, reports: outcome.append(reports))
    task = dialog.start_import()
    assert task is not None
    task.failed.connect(lambda error: outcome.append(error))
    deadline = time.monotonic() + timeout
    while not outcome and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert outcome, "the import task did not finish in time"
    QCoreApplication.processEvents()
    assert isinstance(outcome[0], list), outcome[0]
    return outcome[0]


def column(gpkg, layer, name):
    return read_vector(gpkg, layer, columns=[name]).attributes[name].tolist()


def import_communes(dialog, tmp_path, mode=None):
    dialog.set_target("communes")
    dialog.set_source_file(communes_file(tmp_path / "communes.geojson"))
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("FR"))
    if mode:
        dialog.set_mode(mode)
    return run_import(dialog)


def test_communes_file_fills_the_crs_the_field_combos_and_the_preview(dialog, tmp_path, plan):
    assert dialog.plan_label.text() == plan.name and dialog.mode() == "replace"
    dialog.set_target("communes")
    dialog.set_source_file(communes_file(tmp_path / "communes.geojson"))
    assert dialog.crs_widget.crs().authid() == "EPSG:2154"  # the file's, shown and overridable
    assert dialog.field_mapping() == {"code": "code", "name": "nom", "population": "population"}
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("LU"))
    assert dialog.preview_values("code") == ["54580", "57038"]
    assert dialog.preview_values("name") == ["Villerupt", "Audun-le-Tiche"]
    assert dialog.preview_values("zoning_standard") == ["PAG", "PAG"]  # from the country chosen
    dialog.set_field("name", None)
    assert "name" not in dialog._preview_columns
    assert dialog._import_button.isEnabled()


def test_importing_communes_twice_from_the_dialog_replaces_them(dialog, tmp_path, plan, qgis_iface):
    [first] = import_communes(dialog, tmp_path)
    [second] = import_communes(dialog, tmp_path)
    assert (first["added"], second["removed"], second["added"]) == (2, 2, 2)
    assert sorted(column(plan, "communes", "code")) == ["54580", "57038"]
    assert column(plan, "communes", "country") == ["FR", "FR"]
    assert "2 removed, 2 added" in dialog.status_label.text()
    successes = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("2 features imported into" in text and "Replace: 2 removed, 2 added." in text
               for text in successes)


def test_append_mode_from_the_dialog_stacks_them(dialog, tmp_path, plan):
    import_communes(dialog, tmp_path)
    [report] = import_communes(dialog, tmp_path, mode="append")
    assert report["mode"] == "append" and len(column(plan, "communes", "code")) == 4


def test_zoning_preview_shows_classes_flags_unknown_codes_and_locates_communes(dialog, tmp_path, plan,
                                                                               qgis_iface):
    import_communes(dialog, tmp_path)
    dialog.set_target("zoning")
    dialog.set_source_file(zoning_file(tmp_path / "zonage.geojson"))
    assert dialog.standard() == "CNIG"
    assert dialog.field_mapping()["national_code"] == "TYPEZONE"
    assert dialog.field_mapping()["label"] == "LIBELLE" and dialog.field_mapping()["commune_code"] is None
    assert dialog.preview_values("national_code") == ["U", "N", "AUc", "XX"]
    assert dialog.preview_values("hilucs_code") == ["5_2", "6_3_1", "5_2", ""]
    assert dialog.preview_values("commune_code") == ["(from the location)"] * 4
    table = dialog.preview_table
    notes = [table.item(row, table.columnCount() - 1).text() for row in range(4)]
    assert notes == ["", "", "", "unknown code: no HILUCS class"]
    [report] = run_import(dialog)
    assert report["unknown_codes"] == {"XX": 1} and report["located"] == 4
    assert column(plan, "zoning", "commune_code") == ["54580", "54580", "57038", "57038"]
    assert column(plan, "zoning", "source_document") == ["zonage.geojson"] * 4
    assert "Unknown code 'XX'" in dialog.status_label.text()
    [warning] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert "4 features imported into" in warning and "Unknown codes: XX (1)." in warning


def test_a_revised_plu_imported_from_the_dialog_replaces_the_zones_of_its_commune(dialog, tmp_path, plan):
    import_communes(dialog, tmp_path)
    dialog.set_target("zoning")
    dialog.set_source_file(zoning_file(tmp_path / "plu_2017.geojson"))
    run_import(dialog)
    dialog.set_source_file(zoning_file(tmp_path / "plu_2024.geojson", zones=[("UX", "U", (100, 100, 1500))]))
    [report] = run_import(dialog)
    assert (report["removed"], report["added"], report["replaced"]) == (2, 1, ["54580"])
    zoning = read_vector(plan, "zoning", columns=["commune_code", "label"]).attributes
    assert sorted(zip(zoning["commune_code"], zoning["label"], strict=True)) == [
        ("54580", "UX"), ("57038", "AUc"), ("57038", "ZZ")]


def test_update_mode_with_a_chosen_key_from_a_project_layer_selection(dialog, tmp_path, plan):
    import_communes(dialog, tmp_path)
    renamed = communes_file(tmp_path / "renamed.geojson", names=("Villerupt (54)", "Audun"))
    layer = QgsVectorLayer(str(renamed), "renamed", "ogr").materialize(QgsFeatureRequest())
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([feature.id() for feature in layer.getFeatures()][1:])
        dialog.set_target("communes")
        dialog.set_source_layer(layer, selected_only=True)
        dialog.set_mode("update")
        dialog.key_combo.setCurrentIndex(dialog.key_combo.findData("code"))
        assert dialog.key() == "code" and dialog.preview_values("code") == ["57038"]
        before = read_vector(plan, "communes", columns=["name"]).ids.tolist()
        [report] = run_import(dialog)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert (report["updated"], report["added"]) == (1, 0)
    communes = read_vector(plan, "communes", columns=["name", "country"])
    assert communes.ids.tolist() == before
    assert communes.attributes["name"].tolist() == ["Villerupt", "Audun"]
    assert communes.attributes["country"].tolist() == ["FR", "FR"]  # not imported this time: kept


def test_axes_from_a_project_layer_read_as_its_file(dialog, tmp_path, plan):
    path = axes_file(tmp_path / "axes.geojson")
    layer = QgsVectorLayer(str(path), "axes", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        dialog.set_target("mobility_axes")
        dialog.set_source_layer(layer)
        arguments = dialog.worker_arguments()
        assert Path(arguments["source"]) == path and "source_fids" not in arguments  # no copy needed
        assert dialog.field_mapping() == {"name": "nom", "hierarchy": "hierarchie", "mode": "mode",
                                          "status": "statut"}
        [report] = run_import(dialog)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert report["count"] == 2 and column(plan, "mobility_axes", "mode") == ["road", "tram"]


def test_a_cnig_document_folder_from_the_dialog(dialog, tmp_path, plan):
    from test.qgis.test_cnig_document import _write_plui

    _write_plui(tmp_path / "plui", ["30001"])
    dialog.set_target("cnig_document")
    dialog.set_source_file(tmp_path / "plui")
    assert not dialog.fields_group.isEnabled() and dialog.preview_values("national_code") == ["U"] * 5
    reports = run_import(dialog)
    assert [r["plan_layer"] for r in reports] == ["communes", "zoning"]
    assert column(plan, "communes", "code") == ["30001"] and len(column(plan, "zoning", "label")) == 5


def test_a_failed_import_is_reported_and_changes_nothing(dialog, tmp_path, plan):
    from qgis.PyQt.QtCore import QCoreApplication

    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                   '"properties": {"code": "1"}, "geometry": {"type": "Polygon", "coordinates": '
                   '[[[930000, 6930000], [931000, 6930000], [931000, 6931000], [930000, 6930000]]]}}]}',
                   encoding="utf-8")  # no crs: WGS 84, where these metres cannot be
    dialog.set_target("communes")
    dialog.set_source_file(bad)
    failures = []
    task = dialog.start_import()
    task.failed.connect(failures.append)
    deadline = time.monotonic() + 60
    while not failures and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    assert failures and dialog.task is None and "failed" in dialog.status_label.text()
    assert column(plan, "communes", "code") == []


def test_the_toolbar_offers_import_once_a_plan_is_active(qgis_iface):
    from masterplan_plugin.gui.toolbar import MasterPlanToolbar

    toolbar = MasterPlanToolbar(qgis_iface, [])
    action = toolbar.actions["Import"]
    assert action.objectName() == "mActionMasterPlanImport" and not action.isEnabled()
    requests = []
    toolbar.import_requested.connect(lambda: requests.append(True))
    toolbar.set_plan_active(True)
    assert action.isEnabled()
    action.trigger()
    assert requests == [True]
    toolbar.toolbar.deleteLater()
    toolbar.panels_menu.deleteLater()
    toolbar.deleteLater()
    flush_deferred_deletes()


def test_import_command_opens_on_the_active_plan_and_the_project_layers_show_the_import(qgis_iface, tmp_path):
    from masterplan_plugin.gui.import_commands import ImportCommands
    from masterplan_plugin.qgis_adapters.plan_project import add_plan_to_project
    from masterplan_plugin.qgis_adapters.plan_session import PlanSession

    project = QgsProject.instance()
    plan = create_plan(tmp_path / "active.gpkg", "EPSG:3035").gpkg
    add_plan_to_project(plan, project)
    session = PlanSession(project)
    session.set_active_plan(plan)
    commands = ImportCommands(qgis_iface, session)
    written = []
    commands.imported.connect(written.append)
    try:
        dialog = commands.open_dialog()
        assert dialog.plan_path == plan.resolve() and commands.open_dialog() is dialog  # one at a time
        assert session.layer("communes").featureCount() == 0
        import_communes(dialog, tmp_path)
        assert written == ["communes"] and session.layer("communes").featureCount() == 2
        session.layer("communes").startEditing()
        session.layer("communes").deleteFeature(next(session.layer("communes").getFeatures()).id())
        commands.shutdown()
        assert commands.open_dialog() is None  # unsaved edits in the plan: the import would overwrite them
        assert any("Save or discard" in text for text in qgis_iface.messageBar().get_messages(
            Qgis.MessageLevel.Warning))
        session.layer("communes").rollBack()
    finally:
        commands.shutdown()
        project.clear()
        session.deleteLater()
        commands.deleteLater()
        flush_deferred_deletes()


def test_the_preview_shows_a_dozen_zones_at_the_dialogs_default_size_with_short_headers(qgis_iface, plan,
                                                                                        tmp_path):
    from masterplan_plugin.gui.import_dialog import ImportDialog

    # Shown, so the layout gives the preview its height: parented to the main window, which deletes it.
    dialog = ImportDialog(qgis_iface, plan, qgis_iface.mainWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    zones = [(f"U{i}", "U", (100 + 50 * i, 100, 40)) for i in range(15)]
    dialog.set_target("zoning")
    dialog.set_source_file(zoning_file(tmp_path / "zones.geojson", zones))
    dialog.show()
    QCoreApplication.processEvents()
    table = dialog.preview_table
    visible = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    headers = [(table.horizontalHeaderItem(column).text(), table.horizontalHeaderItem(column).toolTip())
               for column in range(table.columnCount())]
    rows = table.rowCount()
    dialog.close()
    dialog.deleteLater()
    flush_deferred_deletes()
    assert rows == 15 and visible >= 8, visible
    code = next(header for header in headers if "TYPEZONE" in header[1])
    assert code[0] == "National code" and "national_code" in code[1]
