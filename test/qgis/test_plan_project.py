"""The QGIS project of a plan (pytest-qgis, offscreen): it opens zoomed on the plan, with fonts this system
has, in the plan's language, set for editing zones as a coverage, with zone forms that name communes and
offer the commune's national codes."""
# The shared fixtures are imported from test_gui_common, so tests name them as parameters again:
# ruff: noqa: F811

from __future__ import annotations

import re
import sqlite3
import zipfile

import pytest
from qgis.core import (
    Qgis,
    QgsProject,
    QgsRectangle,
    QgsSnappingConfig,
    QgsValueRelationFieldFormatter,
    QgsVectorLayer,
)
from qgis.gui import QgsAttributeForm
from qgis.PyQt.QtGui import QFontDatabase
from qgis.PyQt.QtWidgets import QComboBox

from masterplan_plugin.core import nomenclature
from masterplan_plugin.core.model import COMMUNES, ZONING
from masterplan_plugin.io import plan_file
from masterplan_plugin.qgis_adapters import plan_editing, plan_project
from masterplan_plugin.qgis_adapters.fonts import available_family, use_available_label_fonts
from masterplan_plugin.qgis_adapters.plan_session import ENTRY_KEY, ENTRY_SCOPE
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    demo_plan,
    demo_source,
    fail_on_slot_exceptions,
    iface,
    opened,
    plugin,
    wait_until,
)


def read_project(path) -> QgsProject:
    project = QgsProject()
    assert project.read(str(path)), project.error()
    return project


def project_layer(project: QgsProject, table: str) -> QgsVectorLayer:
    [layer] = [lyr for lyr in project.mapLayers().values()
               if lyr.source().endswith(f"layername={table}")]
    return layer


def contains(outer: QgsRectangle, inner: QgsRectangle) -> bool:
    return outer.contains(inner) and not outer.isEmpty()


# --- the first view ------------------------------------------------------------------------------------

def test_the_demo_project_opens_on_the_plan_not_at_one_to_one(demo_source):
    project = read_project(demo_source.with_suffix(".qgz"))
    view = project.viewSettings().defaultViewExtent()
    communes = project_layer(project, COMMUNES).extent()
    assert view.crs().authid() == project.crs().authid() == "EPSG:3035"
    assert contains(view, communes)
    assert view.width() < 2 * communes.width() and view.height() < 2 * communes.height()
    project.clear()


def test_a_new_plan_opens_on_its_crs_area_until_it_has_features(tmp_path):
    plan = plan_project.create_plan(tmp_path / "empty.gpkg", "EPSG:2169")
    project = read_project(plan.project)
    view = project.viewSettings().defaultViewExtent()
    luxembourg = QgsRectangle(48000, 57000, 107000, 139000)  # EPSG:2169 area of use, roughly
    assert view.crs().authid() == "EPSG:2169" and view.intersects(luxembourg)
    assert view.width() < 200_000
    project.clear()


def test_after_a_command_line_import_the_project_opens_on_the_imported_features(tmp_path):
    from test.qgis.test_validation_cli import cli

    plan = plan_project.create_plan(tmp_path / "cli.gpkg", "EPSG:3035")
    ring = [[4_030_000, 2_930_000], [4_033_000, 2_930_000], [4_033_000, 2_933_000], [4_030_000, 2_930_000]]
    source = tmp_path / "communes.geojson"
    source.write_text(
        '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3035"}}, '
        '"features": [{"type": "Feature", "properties": {"code": "A", "name": "A"}, '
        f'"geometry": {{"type": "Polygon", "coordinates": [{ring}]}}}}]}}'
    )
    result = cli("import", plan.gpkg, "--communes", source, "--code-field", "code", "--name-field", "name")
    assert result.returncode == 0, result.stderr
    project = read_project(plan.project)
    view = project.viewSettings().defaultViewExtent()
    assert contains(view, QgsRectangle(4_030_000, 2_930_000, 4_033_000, 2_933_000))
    assert view.width() < 10_000
    project.clear()


def test_open_plan_shows_the_plan_on_the_map(opened, iface):
    canvas = iface.mapCanvas()
    communes = opened.session.layer(COMMUNES)
    extent = canvas.mapSettings().layerExtentToOutputExtent(communes, communes.extent())
    assert contains(canvas.extent(), extent)
    # The stub canvas has no CRS to give a scale (QGIS's follows the project's: see the desktop test).
    assert canvas.extent().width() < 2 * extent.width() and canvas.extent().height() < 2 * extent.height()


# --- fonts ---------------------------------------------------------------------------------------------

FONT_REFERENCE = re.compile(r'fontFamily="([^"]*)"|description="([^",]+),')


def referenced_fonts(xml: str) -> set[str]:
    return {first or second for first, second in FONT_REFERENCE.findall(xml)}


def test_no_font_family_referenced_that_the_system_lacks(demo_source):
    families = {family.lower() for family in QFontDatabase().families()}
    with zipfile.ZipFile(demo_source.with_suffix(".qgz")) as archive:
        project_xml = "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                              if name.endswith(".qgs"))
    with sqlite3.connect(demo_source) as database:
        styles = "".join(qml for (qml,) in database.execute("SELECT styleQML FROM layer_styles"))
    used = referenced_fonts(project_xml) | referenced_fonts(styles)
    assert used, "the plan labels its communes and sites"
    assert {family for family in used if family.lower() not in families} == set()


def test_a_missing_label_font_is_replaced_by_an_available_one(demo_source):
    layer = QgsVectorLayer(f"{demo_source}|layername={COMMUNES}", "communes", "ogr")
    settings = layer.labeling().settings()
    text_format = settings.format()
    font = text_format.font()
    font.setFamily("No Such Font Family")
    text_format.setFont(font)
    settings.setFormat(text_format)
    layer.labeling().setSettings(settings)
    assert use_available_label_fonts(layer)
    family = layer.labeling().settings().format().font().family()
    assert family == available_family("No Such Font Family") and family in QFontDatabase().families()
    assert not use_available_label_fonts(layer)  # nothing left to change


# --- the plan's language -------------------------------------------------------------------------------

def tree_names(project: QgsProject) -> list[str]:
    return [node.name() for node in project.layerTreeRoot().children()[0].children()]


def zoning_legend(project: QgsProject) -> dict[str, str]:
    renderer = project_layer(project, ZONING).renderer()
    return {category.value(): category.label() for category in renderer.categories()}


@pytest.mark.parametrize(("language", "names", "residential"), [
    ("fr", ["Registre des constats", "Sites de projet", "Axes de mobilité", "Espaces verts", "Zonage",
            "Communes"], "Usage résidentiel permanent"),
    ("de", ["Befundregister", "Entwicklungsflächen", "Mobilitätsachsen", "Grünflächen", "Zonierung",
            "Gemeinden"], "Dauerhafte Wohnnutzung"),
])
def test_the_project_speaks_the_plan_language(tmp_path, qgis_locale, language, names, residential):
    qgis_locale("en_US")  # whoever opens it later: the plan's language, not the interface's
    plan = plan_project.create_plan(tmp_path / "plan.gpkg", "EPSG:3035", language=language)
    assert plan_file.read_plan_settings(plan.gpkg)["language"] == language
    project = read_project(plan.project)
    assert tree_names(project) == names
    assert zoning_legend(project)["5_1"] == f"5.1 {residential}"
    project.clear()
    again = QgsProject()
    plan_project.add_plan_to_project(plan.gpkg, again)  # what the Open plan command does
    assert tree_names(again) == names
    again.clear()


def test_a_new_plan_speaks_the_interface_language_and_can_change_it(tmp_path, qgis_locale):
    qgis_locale("de_DE")
    plan = plan_project.create_plan(tmp_path / "plan.gpkg", "EPSG:3035")
    assert plan_file.read_plan_settings(plan.gpkg)["language"] == "de"
    project = read_project(plan.project)
    findings = [node.name() for node in project.layerTreeRoot().findLayers()][:3]
    project.clear()
    assert findings == ["Befundregister (Punkte)", "Befundregister (Linien)", "Befundregister (Flächen)"]
    plan_project.set_plan_language(plan.gpkg, "fr")
    project = read_project(plan.project)
    assert "Zonage" in tree_names(project)
    layer = QgsVectorLayer(f"{plan.gpkg}|layername={ZONING}", "zoning", "ogr")  # the stored default style
    assert layer.attributeAlias(layer.fields().indexFromName("status")) == "Statut"
    project.clear()


# --- editing the zoning --------------------------------------------------------------------------------

def layer_snapping(project: QgsProject, layer: QgsVectorLayer):
    return project.snappingConfig().individualLayerSettings(layer)


def snapping_types():
    if hasattr(Qgis, "SnappingType"):
        return Qgis.SnappingType.Vertex | Qgis.SnappingType.Segment
    return QgsSnappingConfig.VertexFlag | QgsSnappingConfig.SegmentFlag


def assert_zoning_edits_as_a_coverage(project: QgsProject, zoning: QgsVectorLayer) -> None:
    config = project.snappingConfig()
    assert config.enabled()
    settings = layer_snapping(project, zoning)
    assert settings.enabled() and settings.tolerance() == plan_editing.SNAPPING_TOLERANCE_PX
    assert int(settings.typeFlag()) == int(snapping_types())
    assert project.topologicalEditing()
    assert project.avoidIntersectionsMode() == plan_editing._enum(
        "AvoidIntersectionsMode", QgsProject, "AvoidIntersectionsLayers")
    assert project.avoidIntersectionsLayers() == [zoning]


def test_after_the_plan_opens_zoning_snaps_and_zones_cannot_overlap(opened):
    project = QgsProject.instance()
    assert_zoning_edits_as_a_coverage(project, opened.session.layer(ZONING))
    for layer in opened.session.layers("mobility_axes") + opened.session.layers(COMMUNES):
        assert layer_snapping(project, layer).enabled()
    assert not any(layer_snapping(project, layer).enabled() for layer in opened.session.findings_layers())


def test_the_project_written_with_the_plan_edits_the_same_way_without_the_plugin(demo_source):
    project = read_project(demo_source.with_suffix(".qgz"))
    assert_zoning_edits_as_a_coverage(project, project_layer(project, ZONING))
    project.clear()


def test_what_the_user_changes_afterwards_stays(opened, demo_plan, tmp_path):
    project = QgsProject.instance()
    config = QgsSnappingConfig(project.snappingConfig())
    config.setEnabled(False)
    project.setSnappingConfig(config)
    project.setTopologicalEditing(False)
    assert opened.commands.open_path(demo_plan)  # opened again: already there
    saved = tmp_path / "mine.qgz"
    assert project.write(str(saved))
    project.clear()
    assert project.read(str(saved))
    wait_until(lambda: opened.session.plan_path() == demo_plan.resolve(), message="plan restored")
    assert not project.snappingConfig().enabled() and not project.topologicalEditing()
    stored, _ok = project.readListEntry(plan_editing.ENTRY_SCOPE, plan_editing.ENTRY_KEY, [])
    assert [project.readPath(entry) for entry in stored] == [str(demo_plan.resolve())]
    assert project.readEntry(ENTRY_SCOPE, ENTRY_KEY)[1]


# --- the zone form -------------------------------------------------------------------------------------

def widget(layer: QgsVectorLayer, field: str):
    return layer.editorWidgetSetup(layer.fields().indexFromName(field))


def test_the_zone_form_names_communes_and_offers_the_standard_codes(opened):
    zoning, communes = opened.session.layer(ZONING), opened.session.layer(COMMUNES)
    commune = widget(zoning, "commune_code")
    assert commune.type() == "ValueRelation"
    assert (commune.config()["Layer"], commune.config()["Key"], commune.config()["Value"]) == (
        communes.id(), "code", "name")
    code = widget(zoning, "national_code")
    assert code.type() == "ValueRelation"
    assert code.config()["FilterExpression"] == "\"standard\" = current_value('standard')"
    codes_layer = QgsProject.instance().mapLayer(code.config()["Layer"])
    assert codes_layer.source().endswith("layername=national_codes")
    assert codes_layer.flags() & codes_layer.LayerFlag.Private  # not in the layer tree
    hilucs = zoning.fields().indexFromName("hilucs_code")
    assert zoning.editFormConfig().readOnly(hilucs)
    assert widget(zoning, "hilucs_code").type() == "ValueMap"
    formatter = QgsValueRelationFieldFormatter()
    index = zoning.fields().indexFromName("commune_code")
    assert formatter.representValue(zoning, index, commune.config(), None, "57038") == "Audun-le-Tiche"


@pytest.mark.parametrize("standard", ["CNIG", "PAG", "PDS"])
def test_the_attribute_form_offers_only_the_codes_of_the_zone_standard(opened, standard):
    zoning = opened.session.layer(ZONING)
    feature = next(f for f in zoning.getFeatures()
                   if f["standard"] == standard and f["national_code"] in nomenclature.known_codes(standard))
    assert zoning.startEditing()
    form = QgsAttributeForm(zoning, feature)
    try:
        combo = form.findChild(QComboBox, "national_code")
        texts = [combo.itemText(i) for i in range(combo.count())]
        language = plan_project.plan_language(plan_file.read_plan_settings(opened.session.plan_path()))
        code = feature["national_code"]
        assert combo.currentText().startswith(f"{code} — ")
        if standard == "CNIG":
            assert combo.currentText() == f"{code} — {nomenclature.code_label(standard, code, language)}"
        offered = sorted(text.split(" — ")[0] for text in texts if " — " in text)  # and an empty entry
        assert offered == sorted(nomenclature.known_codes(standard))
        assert combo.isEnabled()
        commune = form.findChild(QComboBox, "commune_code")
        assert commune.currentText() == feature_commune_name(opened, feature)
        assert not form.findChild(QComboBox, "hilucs_code").isEnabled()  # derived from the code
    finally:
        form.deleteLater()
        zoning.rollBack()


def feature_commune_name(plugin, feature) -> str:
    communes = plugin.session.layer(COMMUNES)
    return next(c["name"] for c in communes.getFeatures() if c["code"] == feature["commune_code"])


def test_a_plan_made_before_the_code_list_gets_it_when_it_opens(tmp_path):
    from osgeo import ogr

    plan = plan_project.create_plan(tmp_path / "older.gpkg", "EPSG:3035")
    dataset = ogr.Open(str(plan.gpkg), 1)
    dataset.DeleteLayer("national_codes")
    dataset = None
    plan_file.write_plan_setting(plan.gpkg, plan_file.CODE_LIST_KEY, None)
    project = QgsProject()
    layers = plan_project.add_plan_to_project(plan.gpkg, project)
    code = widget(layers[ZONING], "national_code")
    assert code.type() == "ValueRelation"
    assert project.mapLayer(code.config()["Layer"]).featureCount() == sum(
        len(nomenclature.known_codes(standard)) for standard in nomenclature.STANDARDS)
    assert plan_file.read_plan_settings(plan.gpkg)[plan_file.CODE_LIST_KEY]
    assert not plan_file.write_code_list(plan.gpkg)  # up to date: nothing written again
    project.clear()


def test_without_a_code_list_the_zone_form_takes_the_code_as_text(demo_source):
    from masterplan_plugin.qgis_adapters.forms import link_zoning_form

    zoning = QgsVectorLayer(f"{demo_source}|layername={ZONING}", "zoning", "ogr")
    communes = QgsVectorLayer(f"{demo_source}|layername={COMMUNES}", "communes", "ogr")
    link_zoning_form(zoning, communes, None, "fr")
    assert widget(zoning, "national_code").type() == "TextEdit"
    assert widget(zoning, "commune_code").type() == "ValueRelation"
