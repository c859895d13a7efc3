"""The zoning, mobility and green panels against the real layers of the generated demo plan: every figure
shown equals the core's ``compute_indicators``; rows select their features on the map; the zoning code
picker and new zones drawn with QGIS's tools fill commune, standard and harmonised class."""
# The shared fixtures are imported from test_gui_common, so tests name them as parameters again:
# ruff: noqa: F811

from __future__ import annotations

import pytest
import shapely
from qgis.core import NULL, QgsGeometry, QgsProject, QgsVectorLayerUtils

from masterplan_plugin.core import nomenclature
from masterplan_plugin.core.model import AXES, COMMUNES, GREEN, ZONING
from masterplan_plugin.gui.docks import GreenDock, MobilityDock, ZoningDock
from masterplan_plugin.gui.docks.tables import IDS_ROLE, VALUE_ROLE
from masterplan_plugin.qgis_adapters import zoning_defaults
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    core_indicators,
    demo_plan,
    demo_source,
    fail_on_slot_exceptions,
    iface,
    opened,
    plugin,
    table_keys,
    table_values,
    wait_until,
)
from test.qgis.test_translations import compiled_catalogues  # noqa: F401  (fixture: builds the .qm files)


def zoning_dock(plugin) -> ZoningDock:
    return plugin.dock(ZoningDock)


# --- zoning --------------------------------------------------------------------------------------------

SUMMARY_ROWS = ("overlap", "*", "share")  # drawn twice, total zoned (union), zoned share


def class_rows(table) -> int:
    return sum(1 for key in table_keys(table) if key not in SUMMARY_ROWS)


def test_zoning_table_equals_the_core_hectares_for_every_commune_and_the_plan(opened, demo_plan):
    dock = zoning_dock(opened)
    expected = core_indicators(demo_plan)
    codes = [dock.panel.commune_combo.itemData(i) for i in range(dock.panel.commune_combo.count())]
    assert sorted(codes) == sorted(item.code for item in expected.communes)
    for code in codes:
        dock.select_commune(code)
        table = dock.panel.hectares_table
        commune = expected.commune(code)
        count = class_rows(table)
        classes = table_keys(table)[:count]
        assert table_keys(table)[count:] == list(SUMMARY_ROWS)  # the demo has overlapping zones
        assert set(classes) == set(commune.zoning_ha) | set(expected.totals.zoning_ha)
        assert table_values(table, 1)[:count] == [commune.zoning_ha.get(key, 0.0) for key in classes]
        assert table_values(table, 2)[:count] == [expected.totals.zoning_ha.get(k, 0.0) for k in classes]
        totals = expected.totals
        for column, item in ((1, commune), (2, totals)):
            summary = [item.overlap_ha, item.zoned_ha, 100 * item.zoned_share]
            assert table_values(table, column)[count:] == summary
        assert commune.name in table.horizontalHeaderItem(1).text().replace("\n", " ")


def test_overlapping_zones_are_zoned_once_and_the_panel_says_how_much_is_drawn_twice(opened):
    """The demo's Villerupt has a duplicate zone and a zone inside another: 1,004 ha drawn on 900 ha."""
    dock = zoning_dock(opened)
    dock.select_commune("54580")
    table, rows = dock.panel.hectares_table, class_rows(dock.panel.hectares_table)
    overlap, zoned, share = table_values(table, 1)[rows:]
    assert sum(table_values(table, 1)[:rows]) == pytest.approx(overlap + zoned)  # as drawn = union + twice
    assert (zoned, overlap, share) == pytest.approx((900.0, 104.0, 100.0), abs=1e-4)  # was 111.6 %
    assert [table.item(rows + i, 1).text() for i in range(3)] == ["104.00", "900.00", "100.0%"]
    assert not dock.panel.overlap_label.isHidden()
    assert dock.panel.overlap_label.text().startswith("104.00\u00a0ha of Villerupt are drawn twice")
    dock.select_commune("LU-ESCH")  # no overlap there: the note speaks of the whole plan
    assert dock.panel.overlap_label.text().startswith("108.00\u00a0ha of the whole plan are drawn twice")


def test_panel_figures_follow_the_interface_language(opened, qgis_locale):
    dock = zoning_dock(opened)
    qgis_locale("fr_FR")
    dock.select_commune("LU-ESCH")
    dock.select_commune("54580")
    table, rows = dock.panel.hectares_table, class_rows(dock.panel.hectares_table)
    assert [table.item(rows + i, 2).text() for i in range(2)] == ["108,00", "5\u00a0294,25"]
    assert table.item(rows + 2, 1).text() == "100,0\u00a0%"
    qgis_locale("de_DE")
    dock.select_commune("LU-ESCH")
    assert table.item(class_rows(table) + 1, 2).text() == "5.294,25"


def test_choosing_a_commune_shows_its_standard_and_its_codes_with_the_derived_class(opened):
    dock = zoning_dock(opened)
    dock.select_commune("LU-ESCH")
    assert dock.panel.standard_label.text() == "PAG (RGD 2017, Luxembourg)"
    combo = dock.panel.code_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(nomenclature.known_codes("PAG"))
    combo.setCurrentIndex(combo.findData("HAB-1"))
    hilucs = nomenclature.harmonise("PAG", "HAB-1")
    assert dock.panel.class_label.text() == f"{hilucs.code.replace('_', '.')} {hilucs.label('en')}"
    colour = dock.panel.class_swatch.pixmap().toImage().pixelColor(8, 8).name().upper()
    assert colour == hilucs.colour
    assert not dock.panel.subcode_edit.isEnabled()

    dock.select_commune("57038")
    assert dock.panel.standard_label.text() == "PLU (CNIG standard, France)"
    combo.setCurrentIndex(combo.findData("U"))
    dock.panel.subcode_edit.setText("0201")
    assert dock.panel.subcode_edit.isEnabled()
    assert dock.current_class() == nomenclature.harmonise("CNIG", "U", "0201")


def zones_of(layer, commune: str) -> list[int]:
    return [f.id() for f in layer.getFeatures() if f["commune_code"] == commune]


def test_applying_a_code_edits_the_selected_zones_of_that_standard_only_and_commit_updates_the_table(
        opened, demo_plan, iface):
    dock = zoning_dock(opened)
    layer = opened.session.layer(ZONING)
    esch, french = zones_of(layer, "LU-ESCH"), zones_of(layer, "57038")[:1]
    dock.select_commune("LU-ESCH")
    dock.panel.code_combo.setCurrentIndex(dock.panel.code_combo.findData("FOR"))
    assert not dock.panel.apply_button.isEnabled()  # nothing selected yet
    layer.selectByIds(esch + french)
    assert dock.panel.apply_button.isEnabled()

    dock.panel.apply_button.click()

    assert layer.isEditable() and layer.isModified()  # in the edit buffer: the user saves
    forest = nomenclature.harmonise("PAG", "FOR").code
    for feature in layer.getFeatures():
        if feature.id() in esch:
            assert (feature["national_code"], feature["hilucs_code"]) == ("FOR", forest)
    assert layer.getFeature(french[0])["standard"] == "CNIG"
    assert any("left unchanged" in m for m in iface.messageBar().get_messages(1))  # Warning

    assert layer.commitChanges()
    wait_until(lambda: dock.data is not None and forest in dock.data.indicators.commune("LU-ESCH").zoning_ha,
               message="figures after commit")
    wait_until(lambda: not opened._panel_data.is_busy())
    expected = core_indicators(demo_plan).commune("LU-ESCH")
    assert forest in expected.zoning_ha and "5_1" not in expected.zoning_ha  # its HAB zones are forest now
    table = dock.panel.hectares_table
    count = class_rows(table)
    classes = table_keys(table)[:count]
    assert table_values(table, 1)[:count] == [expected.zoning_ha.get(key, 0.0) for key in classes]


def square_in(layer, code: str, size: float = 100.0) -> QgsGeometry:
    feature = next(f for f in layer.getFeatures() if f["code"] == code)
    point = shapely.from_wkb(bytes(feature.geometry().asWkb())).representative_point()
    return QgsGeometry.fromWkt(shapely.box(point.x - size / 2, point.y - size / 2,
                                           point.x + size / 2, point.y + size / 2).wkt)


def new_zone(layer, geometry: QgsGeometry):
    """What QGIS's digitising tools do: a feature with the layer's defaults, shown in the attribute form."""
    return QgsVectorLayerUtils.createFeature(layer, geometry, {}, layer.createExpressionContext())


def test_a_new_zone_drawn_in_a_commune_gets_its_commune_standard_and_harmonised_class(opened):
    zoning, communes = opened.session.layer(ZONING), opened.session.layer(COMMUNES)
    feature = new_zone(zoning, square_in(communes, "LU-SANEM"))
    assert (feature["commune_code"], feature["standard"]) == ("LU-SANEM", "PAG")
    feature["national_code"] = "MIX-u"
    feature["status"] = "planned"
    assert zoning.startEditing()
    assert zoning.addFeature(feature)
    added = next(f for f in zoning.getFeatures() if f.id() < 0)
    assert added["hilucs_code"] == nomenclature.harmonise("PAG", "MIX-u").code
    zoning.changeAttributeValue(added.id(), zoning.fields().indexFromName("national_code"), "HAB-2")
    assert zoning.getFeature(added.id())["hilucs_code"] == nomenclature.harmonise("PAG", "HAB-2").code
    zoning.rollBack()


def test_the_commune_holding_most_of_a_new_zone_is_chosen(opened):
    communes = opened.session.layer(COMMUNES)
    esch = square_in(communes, "LU-ESCH", 10.0)
    index = zoning_defaults.commune_index(communes)
    # A zone mostly in Esch with a strip in its neighbour still belongs to Esch.
    shape = shapely.from_wkt(esch.asWkt()).buffer(300, cap_style="square")
    assert index.codes[index.locate(shape)] == "LU-ESCH"


def test_a_new_zone_outside_every_commune_or_with_an_unknown_code_gets_null_not_a_guess(opened):
    zoning = opened.session.layer(ZONING)
    far_away = QgsGeometry.fromWkt("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))")
    feature = new_zone(zoning, far_away)
    assert feature["commune_code"] == NULL and feature["standard"] == NULL  # the form's constraints ask
    assert zoning_defaults.harmonised_code("PAG", "HAB-3") is None
    assert zoning_defaults.harmonised_code("XYZ", "U") is None


def test_unload_gives_the_zoning_layer_its_defaults_back_and_unregisters_the_functions(opened):
    from qgis.core import QgsExpression

    zoning = opened.session.layer(ZONING)
    index = zoning.fields().indexFromName("commune_code")
    assert "masterplan_commune_at" in zoning.defaultValueDefinition(index).expression()
    assert QgsExpression.isFunctionName("masterplan_hilucs")
    opened.unload()
    assert zoning.defaultValueDefinition(index).expression() == ""
    assert not QgsExpression.isFunctionName("masterplan_hilucs")
    assert not QgsExpression.isFunctionName("masterplan_commune_at")


# --- mobility ------------------------------------------------------------------------------------------

def test_mobility_km_per_commune_and_mode_equal_the_core(opened, demo_plan):
    dock = opened.dock(MobilityDock)
    expected = core_indicators(demo_plan)
    table = dock.panel.km_table
    modes = dock.modes(dock.data)
    assert table_keys(table) == [item.code for item in expected.communes] + ["*"]
    for column, mode in enumerate(modes, start=1):
        per_commune = [item.axes_km_by_mode.get(mode, 0.0) for item in expected.communes]
        assert table_values(table, column) == per_commune + [expected.totals.axes_km_by_mode.get(mode, 0.0)]


def test_selecting_a_cell_selects_the_axes_of_that_mode_in_that_commune(opened):
    dock = opened.dock(MobilityDock)
    axes, communes = opened.session.layer(AXES), opened.session.layer(COMMUNES)
    table = dock.panel.km_table
    row = table_keys(table).index("57038")
    column = next(c for c in range(1, table.columnCount() - 1) if table.item(row, c).data(VALUE_ROLE))
    mode = dock.modes(dock.data)[column - 1]
    table.setCurrentCell(row, column)
    selected = set(axes.selectedFeatureIds())
    assert selected
    commune = next(f for f in communes.getFeatures() if f["code"] == "57038").geometry()
    expected = {f.id() for f in axes.getFeatures() if f["mode"] == mode and f.geometry().intersects(commune)
                and f.geometry().intersection(commune).length() > 5}
    assert selected == expected


def test_axes_by_hierarchy_mode_and_status_cover_every_axis_and_select_them(opened):
    dock = opened.dock(MobilityDock)
    axes = opened.session.layer(AXES)
    table = dock.panel.axes_table
    assert sum(table_values(table, 3)) == axes.featureCount()
    table.selectRow(0)
    hierarchy, mode, status = (table.item(0, c).data(VALUE_ROLE + 2) for c in range(3))
    expected = {f.id() for f in axes.getFeatures()
                if (f["hierarchy"], f["mode"], f["status"]) == (hierarchy, mode, status)}
    assert set(axes.selectedFeatureIds()) == expected
    assert set(table.item(0, 0).data(IDS_ROLE)) == expected


# --- green ---------------------------------------------------------------------------------------------

def test_green_figures_per_commune_equal_the_core(opened, demo_plan):
    dock = opened.dock(GreenDock)
    expected = core_indicators(demo_plan)
    table = dock.panel.green_table
    items = expected.communes + [expected.totals]
    assert table_keys(table) == [item.code for item in items]
    assert table_values(table, 1) == [item.green_m2 / 10_000 for item in items]
    assert table_values(table, 2) == [item.public_green_m2 for item in items]
    assert table_values(table, 3) == [item.population for item in items]
    assert table_values(table, 4) == [item.public_green_m2_per_inhabitant for item in items]
    assert table_values(table, 5) == [item.green_share * 100 for item in items]


def test_corridors_are_listed_and_select_their_green_spaces(opened):
    dock = opened.dock(GreenDock)
    green = opened.session.layer(GREEN)
    corridors = {f["name"] for f in green.getFeatures() if f["kind"] == "corridor"}
    table = dock.panel.corridors_table
    assert set(table_keys(table)) == corridors
    table.selectRow(0)
    name = table.item(0, 0).data(VALUE_ROLE + 2)
    assert set(green.selectedFeatureIds()) == {f.id() for f in green.getFeatures()
                                               if f["kind"] == "corridor" and f["name"] == name}


def test_panels_empty_when_the_plan_leaves_the_project(opened):
    QgsProject.instance().removeAllMapLayers()
    wait_until(lambda: opened.session.plan_path() is None, message="no active plan")
    assert opened.dock(ZoningDock).panel.hectares_table.rowCount() == 0
    assert opened.dock(MobilityDock).panel.km_table.rowCount() == 0
    assert opened.dock(GreenDock).panel.green_table.rowCount() == 0


# --- language ------------------------------------------------------------------------------------------

def test_the_panels_speak_french_with_a_french_qgis(compiled_catalogues, qgis_like_iface, qgis_locale,
                                                    qgis_new_project):
    from masterplan_plugin import classFactory
    from masterplan_plugin.gui.docks import FindingsDock

    qgis_locale("fr_FR")
    french = classFactory(qgis_like_iface)
    french.initGui()
    try:
        assert french.dock(ZoningDock).panel.apply_button.text() == "Appliquer aux zones sélectionnées"
        assert french.dock(FindingsDock).panel.group_combo.itemText(0) == "Par règle"
        assert french.dock(MobilityDock).dock.windowTitle() == "Axes de mobilité"
    finally:
        french.unload()
