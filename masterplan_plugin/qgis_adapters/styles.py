"""Default renderers and labels of the plan layers, built from ``resources/styles/styles.json``.

- Zoning, harmonised: categorised on ``hilucs_code`` with the map palette of
  ``core/nomenclature/hilucs_palette.csv`` (sub-classes told apart by tone or hatch); a zone without class
  (unknown or missing code) gets the "unknown" symbol, pale grey and cross-hatched, never white.
- Zoning, national (``national_zoning_renderer``): each zone drawn with its own standard's legend
  (CNIG, PAG, plan de secteur: ``core/nomenclature/legend_*.csv``).
- Mobility axes: colour by mode, width by hierarchy, dashed when planned (data-defined on each mode's
  symbol), names along the lines.

``apply_default_style`` draws every class of a layer; ``keep_classes_in_use`` then keeps only the classes
the layer's data holds (its legend lists nothing else). Call it again when the data changes classes: a
zone of a class left out of the renderer is drawn with the unknown symbol until then.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLabeling,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

from ..core.model import plan_schema
from ..core.nomenclature.legends import LegendClass, legend_key, national_legend

STYLES_PATH = Path(__file__).resolve().parent.parent / "resources" / "styles" / "styles.json"
REPEAT_MM = 120.0  # a long axis is named again this far on
NATIONAL_KEY = "\"standard\" || '|' || \"national_code\""  # the national renderer's category values


@lru_cache(maxsize=1)
def style_specs() -> dict:
    return json.loads(STYLES_PATH.read_text(encoding="utf-8"))


def apply_default_style(layer: QgsVectorLayer, layer_name: str, language: str) -> None:
    """The layer's default renderer (every class of its nomenclature or domain), opacity and labels."""
    spec = style_specs()[layer_name]
    builder = _RENDERERS[spec["renderer"]]
    layer.setRenderer(builder(layer, layer_name, spec, language))
    if spec.get("opacity") is not None:
        layer.setOpacity(spec["opacity"])
    if spec.get("label_field"):
        _apply_labels(layer, spec["label_field"])
    elif spec.get("label"):
        apply_line_labels(layer, spec["label"])


def keep_classes_in_use(layer: QgsVectorLayer, layer_name: str, language: str) -> bool:
    """Reduce the layer's categorised renderer to the classes its features hold (plus the unknown class).

    Categories already in the renderer keep their symbols (a user's changes survive); a class the data
    holds but the renderer lacks gets its default symbol; a layer without any class keeps them all.
    Returns False, changing nothing, when the layer's renderer is not the default categorised one (the
    user chose another cartography).
    """
    spec = style_specs().get(layer_name, {})
    renderer = layer.renderer()
    if (not isinstance(renderer, QgsCategorizedSymbolRenderer) or not spec.get("field")
            or renderer.classAttribute() != spec["field"]):
        return False
    index = layer.fields().indexOf(spec["field"])
    present = {_key(value) for value in layer.uniqueValues(index)} - {None} if index >= 0 else set()
    defaults = _RENDERERS[spec["renderer"]](layer, layer_name, spec, language)
    # A layer without classes yet (a new plan) shows them all: the palette to draw with, and a renderer
    # never left without categories (QGIS reads one back as a single symbol).
    every_class = [category.value() for category in defaults.categories()]
    restrict_categories(renderer, defaults, present or every_class)
    layer.triggerRepaint()
    return True


def restrict_categories(renderer: QgsCategorizedSymbolRenderer, defaults: QgsCategorizedSymbolRenderer,
                        values: Iterable) -> None:
    """Keep in ``renderer`` the categories of ``values`` (in ``defaults``' order) and the NULL category."""
    wanted = {_key(value) for value in values} | {None}
    current = {_key(category.value()): category for category in renderer.categories()}
    kept = []
    for category in defaults.categories():
        key = _key(category.value())
        if key in wanted:
            kept.append(QgsRendererCategory(current.get(key, category)))
    renderer.deleteAllCategories()
    for category in kept:
        renderer.addCategory(category)


# --- zoning ---------------------------------------------------------------------------------------------

def _hilucs(layer, layer_name, spec, language, codes: Iterable[str] | None = None):
    """Categories of the HILUCS palette (all classes, or ``codes``), then the unknown class."""
    categories = []
    for item in national_legend("HILUCS"):
        if codes is not None and item.key not in set(codes):
            continue
        categories.append(QgsRendererCategory(item.key, legend_symbol(item, spec, opaque=True),
                                              item.label(language)))
    categories.append(QgsRendererCategory(None, unknown_symbol(spec), _unknown_label(language)))
    return QgsCategorizedSymbolRenderer(spec["field"], categories)


def hilucs_renderer(language: str, codes: Iterable[str] | None = None) -> QgsCategorizedSymbolRenderer:
    """The harmonised zoning renderer, limited to ``codes`` (HILUCS short codes) when given."""
    spec = style_specs()["zoning"]
    return _hilucs(None, "zoning", spec, language, None if codes is None else [c for c in codes if c])


def national_zoning_renderer(pairs: Iterable[tuple[str | None, str | None]], language: str,
                             unknown_label: str | None = None) -> QgsCategorizedSymbolRenderer:
    """Zones drawn with their own standard's legend; ``pairs``: the (standard, national code) the data holds.

    One category per pair the legends know (category value ``STANDARD|code``, as ``NATIONAL_KEY``
    computes it), its symbol and label those of its legend class; every other zone — code unknown to its
    standard, missing code or standard — falls to the unknown class. The layer's opacity should be 1: each
    legend class carries its own.
    """
    spec = style_specs()["zoning"]
    categories, seen = [], set()
    for standard, code in sorted({pair for pair in pairs if pair[0] and pair[1]}, key=_pair_order):
        key = legend_key(standard, code)
        if key is None or (standard, code) in seen:
            continue
        seen.add((standard, code))
        item = legend_class(standard, key)
        categories.append(QgsRendererCategory(f"{standard}|{code}", legend_symbol(item, spec),
                                              item.label(language)))
    label = unknown_label or _unknown_label(language)
    categories.append(QgsRendererCategory(None, unknown_symbol(spec), label))
    return QgsCategorizedSymbolRenderer(NATIONAL_KEY, categories)


def legend_class(standard: str, key: str) -> LegendClass:
    """The class ``key`` of ``standard``'s legend (the HILUCS palette for 'HILUCS')."""
    return next(item for item in national_legend(standard) if item.key == key)


def _pair_order(pair: tuple[str, str]) -> tuple:
    standard, code = pair
    key = legend_key(standard, code)
    keys = [item.key for item in national_legend(standard)] if key else []
    return (standard, keys.index(key) if key in keys else len(keys), code)


def legend_symbol(item: LegendClass, spec: dict | None = None, opaque: bool = False) -> QgsFillSymbol:
    """A fill of the class's colour (at its opacity unless ``opaque``), hatched when the class is."""
    spec = spec or style_specs()["zoning"]
    colour = QColor(item.colour)
    if not opaque:
        colour.setAlphaF(item.opacity)
    symbol = QgsFillSymbol.createSimple({
        "color": f"{colour.red()},{colour.green()},{colour.blue()},{colour.alpha()}",
        "outline_color": spec.get("outline", "#4d4d4d"),
        "outline_width": str(spec.get("outline_width", 0.2))})
    if item.hatched:
        _add_hatch(symbol, item.hatch_colour, item.hatch_angle, spec.get("hatch_width", 0.25),
                   spec.get("hatch_distance", 1.6))
    return symbol


def unknown_symbol(spec: dict | None = None) -> QgsFillSymbol:
    """A zone without class: pale grey, cross-hatched in dark grey (never the white of unzoned land)."""
    spec = spec or style_specs()["zoning"]
    unknown = spec["unknown"]
    symbol = QgsFillSymbol.createSimple({
        "color": unknown["fill"], "outline_color": spec.get("outline", "#4d4d4d"),
        "outline_width": str(spec.get("outline_width", 0.2))})
    for angle in unknown["hatch_angles"]:
        _add_hatch(symbol, unknown["hatch_colour"], angle, unknown["hatch_width"], unknown["hatch_distance"])
    return symbol


def _add_hatch(symbol: QgsFillSymbol, colour: str, angle: float, width: float, distance: float) -> None:
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(float(angle))
    hatch.setDistance(float(distance))
    line = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width)})
    hatch.setSubSymbol(line)
    symbol.appendSymbolLayer(hatch)


# --- other layers ---------------------------------------------------------------------------------------

def _single(layer, layer_name, spec, language):
    fill = spec.get("fill")
    props = {
        "color": fill or "0,0,0,0",
        "style": "solid" if fill else "no",
        "outline_color": spec["outline"],
        "outline_width": str(spec["outline_width"]),
        "outline_style": "dash" if spec.get("dash") else "solid",
    }
    return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(props))


def _categorized_fill(layer, layer_name, spec, language):
    return _categorized(layer_name, spec, language, lambda style: _fill(style["color"], spec))


def _categorized_line(layer, layer_name, spec, language):
    return _categorized(layer_name, spec, language, lambda style: line_symbol(style, spec))


def line_symbol(style: dict, spec: dict, width: float | None = None,
                status: str | None = None) -> QgsLineSymbol:
    """A mode's line: width from the feature's hierarchy and dashes from its status (data-defined), or,
    for a legend sample, the given ``width`` and ``status``."""
    base_width = width if width is not None else spec.get("default_width", 0.8)
    existing = style.get("style", "solid")
    line_style = spec.get("planned_style", "dash") if status == "planned" else existing
    symbol = QgsLineSymbol.createSimple({"line_color": style["color"], "line_width": str(base_width),
                                         "line_style": line_style, "capstyle": "round"})
    overlay = style.get("overlay")
    if overlay:
        top = QgsLineSymbol.createSimple({"line_color": overlay["color"], "line_style": overlay["style"],
                                          "line_width": str(base_width * overlay["width_share"])})
        symbol.appendSymbolLayer(top.symbolLayer(0).clone())
    if width is None and status is None:
        _data_defined_line(symbol, style, spec)
    return symbol


def _data_defined_line(symbol: QgsLineSymbol, style: dict, spec: dict) -> None:
    if spec.get("width_field"):
        field_name = spec["width_field"]
        cases = " ".join(f"WHEN \"{field_name}\" = '{value}' THEN {width}"
                         for value, width in spec["widths"].items())
        width = f"CASE {cases} ELSE {spec.get('default_width', 0.8)} END"
        shares = [1.0] + ([style["overlay"]["width_share"]] if style.get("overlay") else [])
        for index, share in enumerate(shares):
            symbol.symbolLayer(index).setDataDefinedProperty(
                _property("StrokeWidth"), QgsProperty.fromExpression(f"({width}) * {share}"))
    if spec.get("status_field"):
        planned = spec.get("planned_style", "dash")
        expression = (f"CASE WHEN \"{spec['status_field']}\" = 'planned' THEN '{planned}' "
                      f"ELSE '{style.get('style', 'solid')}' END")
        symbol.symbolLayer(0).setDataDefinedProperty(_property("StrokeStyle"),
                                                     QgsProperty.fromExpression(expression))


def _property(name: str):
    """A symbol-layer data-defined property: ``Property.StrokeWidth`` (QGIS >= 3.36) or
    ``Property.PropertyStrokeWidth`` (3.22)."""
    properties = QgsSymbolLayer.Property
    return getattr(properties, name, None) or getattr(properties, f"Property{name}")


def _categorized_any(layer, layer_name, spec, language):
    """Findings mix polygons, lines and points: the symbol follows the layer's geometry type."""
    geometry_type = layer.geometryType()

    def symbol(style):
        if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
            return QgsMarkerSymbol.createSimple({"color": style["color"], "size": "3", "name": "circle"})
        if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
            return QgsLineSymbol.createSimple({"line_color": style["color"], "line_width": "1.2"})
        color = QColor(style["color"])
        return QgsFillSymbol.createSimple(
            {
                "color": f"{color.red()},{color.green()},{color.blue()},90",
                "outline_color": style["color"],
                "outline_width": "0.6",
            }
        )

    return _categorized(layer_name, spec, language, symbol)


def _categorized(layer_name, spec, language, make_symbol):
    schema = plan_schema()
    domain = schema.layer(layer_name).field(spec["field"]).domain
    categories = [
        QgsRendererCategory(value, make_symbol(style), schema.domain_label(domain, value, language))
        for value, style in spec["categories"].items()
    ]
    return QgsCategorizedSymbolRenderer(spec["field"], categories)


def _fill(colour: str, spec: dict) -> QgsSymbol:
    return QgsFillSymbol.createSimple(
        {
            "color": colour,
            "outline_color": spec.get("outline", "#4d4d4d"),
            "outline_width": str(spec.get("outline_width", 0.2)),
        }
    )


def _unknown_label(language: str) -> str:
    return QCoreApplication.translate("Styles", "Unknown or missing code")


def _key(value) -> str | None:
    if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
        return None
    return str(value)


# --- labels ---------------------------------------------------------------------------------------------

def _apply_labels(layer: QgsVectorLayer, field_name: str) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    text_format = QgsTextFormat()
    text_format.setSize(9)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def apply_line_labels(layer: QgsVectorLayer, label: dict, size: float | None = None) -> None:
    """Names along the lines (``label``: the spec's field, size, colour), on a white halo; connected
    pieces of one name are labelled once."""
    settings = QgsPalLayerSettings()
    settings.fieldName = label["field"]
    settings.placement = label_placement("Line")
    line = settings.lineSettings()
    line.setPlacementFlags(_on_line())
    line.setMergeLines(True)  # connected pieces of one street are named once
    if hasattr(line, "setRepeatDistance"):  # QGIS >= 3.38
        line.setRepeatDistance(REPEAT_MM)
    else:
        settings.repeatDistance = REPEAT_MM
    settings.setLineSettings(line)
    text = haloed_text(size or label.get("size", 7.0), label.get("colour", "#1a1a1a"), 0.7)
    enable_labels(layer, settings, text)


def haloed_text(size: float, colour: str, halo_mm: float, font: QFont | None = None) -> QgsTextFormat:
    """Label text on a white halo ``halo_mm`` wide: readable over any fill or line."""
    text = QgsTextFormat()
    if font is not None:
        text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo_mm)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    return text


def enable_labels(layer: QgsVectorLayer, settings: QgsPalLayerSettings, text: QgsTextFormat) -> None:
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def label_placement(name: str):
    """A label placement mode by name ('Line', 'Horizontal'…): ``Qgis.LabelPlacement`` where QGIS has it
    (3.26 on), ``QgsPalLayerSettings.Placement`` on QGIS 3.22."""
    modes = getattr(Qgis, "LabelPlacement", None)
    return getattr(modes, name) if modes is not None else getattr(QgsPalLayerSettings.Placement, name)


def _on_line():
    flags = getattr(Qgis, "LabelLinePlacementFlag", None)  # QGIS >= 3.32
    return flags.OnLine if flags is not None else QgsLabeling.LinePlacementFlag.OnLine


_RENDERERS = {
    "single": _single,
    "hilucs": _hilucs,
    "categorized_fill": _categorized_fill,
    "categorized_line": _categorized_line,
    "categorized_any": _categorized_any,
}
