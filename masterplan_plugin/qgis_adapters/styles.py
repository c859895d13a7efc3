"""Default renderers and labels of the plan layers, built from ``resources/styles/styles.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core import nomenclature
from ..core.model import pick_label, plan_schema

STYLES_PATH = Path(__file__).resolve().parent.parent / "resources" / "styles" / "styles.json"


@lru_cache(maxsize=1)
def style_specs() -> dict:
    return json.loads(STYLES_PATH.read_text(encoding="utf-8"))


def apply_default_style(layer: QgsVectorLayer, layer_name: str, language: str) -> None:
    spec = style_specs()[layer_name]
    builder = _RENDERERS[spec["renderer"]]
    layer.setRenderer(builder(layer, layer_name, spec, language))
    if spec.get("opacity") is not None:
        layer.setOpacity(spec["opacity"])
    if spec.get("label_field"):
        _apply_labels(layer, spec["label_field"])


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


def _hilucs(layer, layer_name, spec, language):
    categories = []
    for code, hilucs_class in nomenclature.hilucs_classes().items():
        symbol = _fill(hilucs_class.colour, spec)
        label = f"{code.replace('_', '.')} {pick_label(hilucs_class.labels, language)}"
        categories.append(QgsRendererCategory(code, symbol, label))
    categories.append(QgsRendererCategory(None, _fill(spec["unknown_fill"], spec), _unknown_label(language)))
    return QgsCategorizedSymbolRenderer(spec["field"], categories)


def _categorized_fill(layer, layer_name, spec, language):
    return _categorized(layer_name, spec, language, lambda style: _fill(style["color"], spec))


def _categorized_line(layer, layer_name, spec, language):
    def line(style):
        return QgsLineSymbol.createSimple(
            {
                "line_color": style["color"],
                "line_width": str(style["width"]),
                "line_style": "dash" if style.get("dash") else "solid",
                "capstyle": "round",
            }
        )

    return _categorized(layer_name, spec, language, line)


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


def _apply_labels(layer: QgsVectorLayer, field_name: str) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    text_format = QgsTextFormat()
    text_format.setSize(9)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


_RENDERERS = {
    "single": _single,
    "hilucs": _hilucs,
    "categorized_fill": _categorized_fill,
    "categorized_line": _categorized_line,
    "categorized_any": _categorized_any,
}
