"""Plugins ▸ Master plan ▸ Export for the Géoportail de l'urbanisme (CNIG)… and Export as INSPIRE PLU… on the
demo plan: the export in a task (its child process), real folders and files read back by GDAL, the
summary in the message bar with its folder button, overwriting asked about, unsaved edits refused."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from osgeo import ogr
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import QAction, QDialog, QMessageBox, QPushButton

from masterplan_plugin.gui import messages
from masterplan_plugin.gui.national_export_commands import (
    OPEN_FOLDER_BUTTON,
    TOPIC,
    CnigExportDialog,
)
from masterplan_plugin.io.plan_io import read_vector
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    demo_plan,
    demo_source,
    fail_on_slot_exceptions,
    iface,
    opened,
    plugin,
    wait_for_tasks,
    wait_until,
)

FRENCH = ("54580", "57038", "57603")
DATE = "20240115"
ACTIONS = ("ExportCnig", "ExportInspire")


def action(plugin, name: str) -> QAction:  # noqa: F811
    return plugin.iface.mainWindow().findChild(QAction, f"mActionMasterPlan{name}")


def run(plugin, start) -> dict:  # noqa: F811
    """Start an export with ``start()``, wait for its summary; the worker's answer."""
    results = []
    plugin.national_exports.exported.connect(results.append)
    try:
        task = start()
        assert task is not None
        failures = []
        task.failed.connect(failures.append)
        task.cancelled.connect(lambda: failures.append("cancelled"))
        wait_until(lambda: results or failures, message="the export")
        assert not failures, f"{failures[0]}: {getattr(failures[0], 'details', '')}"
    finally:
        plugin.national_exports.exported.disconnect(results.append)
    wait_for_tasks()
    assert plugin.national_exports.task is None
    [done] = results
    return done


def export_message(iface):  # noqa: F811
    """The message bar's one "export" summary (a widget with its button; pytest-qgis's bar keeps the
    plain messages of ``messages.show_*`` as text only: ``pushed``)."""
    items = [item for item in iface.messageBar().items() if item.property(messages.TOPIC_PROPERTY) == TOPIC]
    assert len(items) == 1
    return items[0]


def pushed(iface, level: Qgis.MessageLevel) -> str:  # noqa: F811
    return "\n".join(iface.messageBar().get_messages(level))


def triggered(plugin, name: str):  # noqa: F811
    """Trigger the menu action ``name``; the task it started."""
    action(plugin, name).trigger()
    return plugin.national_exports.task


def feature_count(path) -> int:
    dataset = ogr.Open(str(path))
    assert dataset is not None, path
    return dataset.GetLayer(0).GetFeatureCount()


def french_cnig_zones(plan) -> dict[str, int]:
    """Zones of the CNIG standard per French commune of the plan: what ZONE_URBA may hold at most."""
    zoning = read_vector(plan, "zoning", columns=["commune_code", "standard"]).attributes
    counts = dict.fromkeys(FRENCH, 0)
    for code, standard in zip(zoning["commune_code"], zoning["standard"], strict=True):
        if str(standard).upper() == "CNIG" and code in counts:
            counts[code] += 1
    return counts


# --- actions -----------------------------------------------------------------------------------------------

def test_the_export_actions_are_in_the_menu_and_follow_the_active_plan(plugin, demo_plan):  # noqa: F811
    [submenu] = [a.menu() for a in plugin.iface.pluginMenu().actions()
                 if a.menu() and a.text() == "&Master plan"]
    names = [a.objectName() for a in submenu.actions()]
    atlas = names.index("mActionMasterPlanExportAtlas")
    assert names[atlas + 1:atlas + 3] == [f"mActionMasterPlan{name}" for name in ACTIONS]
    assert action(plugin, "ExportCnig").text() == "Export for the Géoportail de l'urbanisme (CNIG)…"
    assert action(plugin, "ExportInspire").text() == "Export as INSPIRE PLU…"
    assert not any(action(plugin, name).isEnabled() for name in ACTIONS)
    assert plugin.national_exports.export_cnig(demo_plan.parent / "never") is None  # no plan: nothing starts

    assert plugin.commands.open_path(demo_plan)
    assert all(action(plugin, name).isEnabled() for name in ACTIONS)
    wait_until(lambda: plugin._panel_data.data() is not None, message="panel figures")

    QgsProject.instance().removeMapLayers([layer.id() for layer in plugin.session.plan_layers()])
    wait_until(lambda: plugin.session.plan_path() is None, message="plan gone")
    assert not any(action(plugin, name).isEnabled() for name in ACTIONS)


# --- CNIG --------------------------------------------------------------------------------------------------

def test_cnig_export_writes_a_gpu_folder_per_french_commune_and_sums_up(opened, iface, demo_plan, tmp_path):  # noqa: F811
    out = tmp_path / "gpu"
    done = run(opened, lambda: opened.national_exports.export_cnig(out, approval_date=DATE))

    assert sorted(p.name for p in out.iterdir()) == [f"{code}_PLU_{DATE}" for code in FRENCH]
    at_most = french_cnig_zones(demo_plan)
    for document in done["documents"]:
        code = document["insee"]
        folder = out / f"{code}_PLU_{DATE}"
        written = feature_count(folder / "Donnees_geographiques" / f"{code}_ZONE_URBA_{DATE}.shp")
        assert written == document["zones"] > 0
        assert written + document["skipped"] == at_most[code]
        assert feature_count(folder / f"{code}_DOC_URBA_{DATE}.dbf") == 1
        assert (folder / "Pieces_ecrites" / "3_Reglement").is_dir()
    assert done["other_standard_zones"] == 26  # the Luxembourg and Walloon zones

    item = export_message(iface)
    zones = sum(document["zones"] for document in done["documents"])
    assert f"3 CNIG document(s) written to {out}: {zones} zone(s)." in item.text()
    assert "Pieces_ecrites" in item.text() and "metadata" in item.text()
    assert "26 zone(s) of Luxembourg or Belgian standards" in item.text()
    [button] = item.findChildren(QPushButton, OPEN_FOLDER_BUTTON)
    assert button.text() == "Open folder"


def test_cnig_export_of_a_commune_asks_before_replacing_its_document(opened, iface, tmp_path, monkeypatch):  # noqa: F811
    out = tmp_path / "gpu"
    done = run(opened, lambda: opened.national_exports.export_cnig(out, DATE, communes=["57038"]))
    assert [document["insee"] for document in done["documents"]] == ["57038"]
    assert [p.name for p in out.iterdir()] == [f"57038_PLU_{DATE}"]
    marker = out / f"57038_PLU_{DATE}" / "Pieces_ecrites" / "3_Reglement" / "reglement.pdf"
    marker.write_bytes(b"%PDF the planner's")

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    assert opened.national_exports.export_cnig(out, DATE, communes=["57038"]) is None
    assert len(asked) == 1 and f"57038_PLU_{DATE}" in asked[0]
    assert marker.exists()
    assert f"Nothing exported: 57038_PLU_{DATE} kept." in pushed(iface, Qgis.MessageLevel.Warning)
    assert opened.national_exports.export_cnig(out, DATE, communes=["57038"], overwrite=False) is None
    assert len(asked) == 1  # said in the call: not asked

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    run(opened, lambda: opened.national_exports.export_cnig(out, DATE, communes=["57038"]))
    assert not marker.exists() and marker.parent.is_dir()  # replaced by a fresh document
    assert [p.name for p in out.iterdir()] == [f"57038_PLU_{DATE}"]  # no staging folder left


def test_the_menu_command_takes_folder_date_communes_from_its_dialog(opened, iface, tmp_path, monkeypatch):  # noqa: F811
    out = tmp_path / "from_dialog"
    seen = {}

    def fill_and_accept(dialog: CnigExportDialog):
        seen["communes"] = [dialog.communes_list.item(row).data(Qt.ItemDataRole.UserRole)
                            for row in range(dialog.communes_list.count())]
        seen["today"] = dialog.date_edit.date() == QDate.currentDate()
        dialog.output_widget.setFilePath(str(out))
        dialog.date_edit.setDate(QDate(2024, 1, 15))
        dialog.communes_list.item(0).setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CnigExportDialog, "exec", fill_and_accept)
    done = run(opened, lambda: triggered(opened, "ExportCnig"))
    assert seen == {"communes": list(FRENCH), "today": True}
    assert [document["insee"] for document in done["documents"]] == list(FRENCH[1:])
    assert sorted(p.name for p in out.iterdir()) == [f"{code}_PLU_{DATE}" for code in FRENCH[1:]]


def test_an_error_of_the_export_is_shown_not_raised(opened, iface, tmp_path):  # noqa: F811
    assert opened.national_exports.export_cnig(tmp_path, "2024-13-45") is None
    message = pushed(iface, Qgis.MessageLevel.Critical)
    assert "The plan cannot be exported as CNIG documents." in message and "AAAAMMJJ" in message
    assert opened.national_exports.export_inspire(tmp_path / "plu.gml", valid_from="soon") is None
    assert "The plan cannot be exported as INSPIRE PLU." in pushed(iface, Qgis.MessageLevel.Critical)
    assert not (tmp_path / "plu.gml").exists()

    results, failures = [], []
    opened.national_exports.exported.connect(results.append)
    task = opened.national_exports.export_cnig(tmp_path / "gpu", DATE, communes=["99999"])
    task.failed.connect(failures.append)
    wait_until(lambda: failures, message="the failed export")
    wait_for_tasks()
    assert results == [] and "not in the plan" in failures[0].message
    assert "The plan could not be exported." in pushed(iface, Qgis.MessageLevel.Critical)
    assert not (tmp_path / "gpu").exists() or not any((tmp_path / "gpu").iterdir())


def test_unsaved_edits_of_the_plan_refuse_both_exports(opened, iface, tmp_path):  # noqa: F811
    layer = opened.session.layer("zoning")
    assert layer.startEditing()
    feature = next(layer.getFeatures())
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("label"), "edited")
    try:
        assert opened.national_exports.export_cnig(tmp_path / "gpu", DATE) is None
        assert opened.national_exports.export_inspire(tmp_path / "plu.gml") is None
    finally:
        layer.rollBack()
    assert "Save or discard the edits of" in pushed(iface, Qgis.MessageLevel.Warning)
    assert not (tmp_path / "gpu").exists() and not (tmp_path / "plu.gml").exists()


# --- INSPIRE -----------------------------------------------------------------------------------------------

GML = "{http://www.opengis.net/gml/3.2}"


@pytest.mark.parametrize("suffix", [".gml", ".gpkg"])
def test_inspire_export_writes_the_zones_and_sums_it_up(opened, iface, demo_plan, tmp_path, suffix):  # noqa: F811
    target = tmp_path / f"plu{suffix}"
    done = run(opened, lambda: opened.national_exports.export_inspire(target))
    zones = len(read_vector(demo_plan, "zoning", columns=["commune_code"]).ids)
    assert done["zones"] == zones > 0 and done["plans"] > 1
    if suffix == ".gml":
        root = ET.parse(target).getroot()
        members = [element for element in root.iter() if element.tag.endswith("}ZoningElement")]
        assert len(members) == zones
        assert sum(1 for element in root.iter() if element.tag.endswith("}SpatialPlan")) == done["plans"]
        assert any(element.tag.startswith(GML) for element in root.iter())
    else:
        assert feature_count(target) == zones
    item = export_message(iface)
    expected = (f"INSPIRE PLU written to {target.name}: {zones} zoning element(s) in {done['plans']} spatial "
                f"plan(s) ({done['encoding']}, EPSG:4258).")
    assert expected in item.text() and "metadata" in item.text()
    assert item.findChildren(QPushButton, OPEN_FOLDER_BUTTON)


def test_inspire_export_asks_for_the_file_and_adds_the_chosen_extension(opened, tmp_path, monkeypatch):  # noqa: F811
    from qgis.PyQt.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "flat"), args[3].split(";;")[1]))
    done = run(opened, lambda: triggered(opened, "ExportInspire"))
    assert done["target"] == str(tmp_path / "flat.gpkg") and done["encoding"] == "GPKG"
    assert feature_count(tmp_path / "flat.gpkg") == done["zones"]
