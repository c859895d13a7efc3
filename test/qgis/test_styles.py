"""Layer styles: HILUCS palette and unknown-code symbol, national renderer, classes in use, axes by
hierarchy and status (styles.json through qgis_adapters/styles.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsLinePatternFillSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from masterplan_plugin.core.nomenclature import hilucs_classes
from masterplan_plugin.core.nomenclature.legends import delta_e, hilucs_swatch
from masterplan_plugin.qgis_adapters import styles
from masterplan_plugin.qgis_adapters.demo_builder import build_demo


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    files, _ = build_demo(tmp_path_factory.mktemp("styles_demo"))
    return files.gpkg


def layer(plan: Path, name: str) -> QgsVectorLayer:
    loaded = QgsVectorLayer(f"{plan}|layername={name}", name, "ogr")
    assert loaded.isValid()
    return loaded


def values(renderer: QgsCategorizedSymbolRenderer) -> list:
    return [category.value() for category in renderer.categories()]


def hatches(symbol) -> list[QgsLinePatternFillSymbolLayer]:
    return [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())
            if isinstance(symbol.symbolLayer(i), QgsLinePatternFillSymbolLayer)]


def test_default_zoning_style_draws_every_class_in_the_map_palette_and_unknown_codes_hatched():
    renderer = styles.hilucs_renderer("en")
    categories = renderer.categories()
    assert values(renderer) == [*hilucs_classes(), None]
    by_value = {category.value(): category for category in categories}
    assert by_value["5_1"].symbol().color().name().upper() == hilucs_swatch("5_1").colour
    assert by_value["5_1"].symbol().color() != by_value["5_2"].symbol().color()  # INSPIRE paints them alike
    assert len(hatches(by_value["3_4_4"].symbol())) == 1  # a level-3 class: its parent's colour, hatched
    unknown = by_value[None].symbol()
    fill = unknown.symbolLayer(0).color().name()
    assert delta_e(fill, "#ffffff") > 8  # not the white of unzoned land
    assert sorted(layer_.lineAngle() for layer_ in hatches(unknown)) == [45, 135]  # cross-hatched


def test_keep_classes_in_use_leaves_the_classes_of_the_data_and_the_unknown_class(plan):
    zoning = layer(plan, "zoning")
    styles.apply_default_style(zoning, "zoning", "en")
    assert len(zoning.renderer().categories()) == len(hilucs_classes()) + 1
    present = {value for value in zoning.uniqueValues(zoning.fields().indexOf("hilucs_code")) if value}
    assert styles.keep_classes_in_use(zoning, "zoning", "en")
    kept = values(zoning.renderer())
    assert kept[-1] is None and set(kept[:-1]) == present
    assert kept[:-1] == [code for code in hilucs_classes() if code in present]  # nomenclature order


def test_keep_classes_in_use_keeps_a_users_symbols_and_leaves_other_renderers_alone(plan):
    green = layer(plan, "green_spaces")
    styles.apply_default_style(green, "green_spaces", "en")
    renderer = green.renderer()
    categories = renderer.categories()  # copies: keep them while their symbols are used
    park = next(i for i, category in enumerate(categories) if category.value() == "park")
    symbol = categories[park].symbol().clone()
    symbol.setColor(QColor("#ff00ff"))
    renderer.updateCategorySymbol(park, symbol)
    assert styles.keep_classes_in_use(green, "green_spaces", "en")
    kinds = {value for value in green.uniqueValues(green.fields().indexOf("kind")) if value}
    kept = {category.value(): category for category in green.renderer().categories()}
    assert set(kept) - {None} == kinds
    assert kept["park"].symbol().color().name() == "#ff00ff"
    communes = layer(plan, "communes")
    styles.apply_default_style(communes, "communes", "en")
    assert not styles.keep_classes_in_use(communes, "communes", "en")  # single symbol: nothing to reduce


def test_national_renderer_has_one_category_per_known_code_and_sends_the_rest_to_unknown():
    pairs = [("CNIG", "U"), ("CNIG", "Nh"), ("PAG", "hab_1"), ("PAG", "HAB-3"), ("PDS", None), (None, "A")]
    renderer = styles.national_zoning_renderer(pairs, "fr")
    assert renderer.classAttribute() == styles.NATIONAL_KEY
    labels = {category.value(): category.label() for category in renderer.categories()}
    assert labels == {"CNIG|U": "U — Zone urbaine", "CNIG|Nh": "N — Zone naturelle et forestière",
                      "PAG|hab_1": "HAB-1 — Zone d'habitation 1", None: "Unknown or missing code"}
    categories = renderer.categories()
    cnig_u = next(c for c in categories if c.value() == "CNIG|U").symbol()
    assert cnig_u.color().name() == "#e60000" and cnig_u.color().alphaF() == pytest.approx(0.6, abs=0.01)


def feature_value(zoning: QgsVectorLayer, expression: str, **attributes):
    from qgis.core import QgsExpression

    feature = QgsFeature(zoning.fields())
    for name, value in attributes.items():
        feature[name] = value
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(zoning))
    context.setFeature(feature)
    return QgsExpression(expression).evaluate(context)


def test_national_key_expression_matches_the_category_values(plan):
    zoning = layer(plan, "zoning")
    assert feature_value(zoning, styles.NATIONAL_KEY, standard="PAG", national_code="HAB-1") == "PAG|HAB-1"
    assert feature_value(zoning, styles.NATIONAL_KEY, standard="PAG", national_code=None) is None


def test_axes_width_follows_the_hierarchy_and_planned_axes_are_dashed(plan):
    axes = layer(plan, "mobility_axes")
    styles.apply_default_style(axes, "mobility_axes", "en")
    spec = styles.style_specs()["mobility_axes"]
    categories = axes.renderer().categories()
    road = next(category for category in categories if category.value() == "road").symbol()
    properties = road.symbolLayer(0).dataDefinedProperties()
    width = properties.property(styles._property("StrokeWidth")).expressionString()
    dash = properties.property(styles._property("StrokeStyle")).expressionString()
    for level, expected in spec["widths"].items():
        assert feature_value(axes, width, hierarchy=level) == pytest.approx(expected)
    assert feature_value(axes, width, hierarchy=None) == pytest.approx(spec["default_width"])
    assert feature_value(axes, dash, status="planned") == "dash"
    assert feature_value(axes, dash, status="existing") == "solid"
    assert axes.labelsEnabled() and axes.labeling().settings().fieldName == "name"
    assert spec["widths"]["motorway"] > spec["widths"]["main_street"] > spec["widths"]["path"]
