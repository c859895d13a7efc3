"""What the atlas maps draw beyond the plan's own styles: zone codes, national legends, borders, and the
legend-only layers that explain line widths and dashes.

- Zone codes are labelled on the zoning plan, inside their zone (never overlapping: QGIS's labelling
  engine drops a label that does not fit), on a white halo, only for the municipality of the page: the
  neighbours stay muted context. The code is the zone's national code as planners write it — a CNIG zone's
  LIBELLE (UA, 1AUh) when it has a short one, else its TYPEZONE; PAG and plan de secteur codes as stored; a
  zone without code is "?".
- ``legend="national"`` colours each zone by its own standard's legend (``styles.national_zoning_renderer``);
  the cover keeps the harmonised HILUCS colours, the only ones that compare across borders.
- National borders (``core.borders``) are drawn above everything on every map, a violet band under a
  dash-dot line; municipal boundaries are the coverage layer's outlines underneath.
- The mobility legend explains the axes' widths (hierarchy) and dashes (status) with two legend-only
  memory layers that no map draws.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.atlas.blocks import Texts, domain_label
from ..core.model import plan_schema
from .fonts import available_family
from .styles import (
    apply_line_labels,
    enable_labels,
    haloed_text,
    hilucs_renderer,
    label_placement,
    line_symbol,
    national_zoning_renderer,
    style_specs,
)

ZONE_CODE = ("coalesce(CASE WHEN \"standard\" = 'CNIG' AND length(\"label\") > 0 AND length(\"label\") <= 12 "
             "THEN \"label\" END, \"national_code\", '?')")
ZONE_LABEL = f"CASE WHEN intersects(point_on_surface($geometry), @atlas_geometry) THEN {ZONE_CODE} END"
ZONE_LABEL_PT = 10.0  # A3; A4 pages scale it by 1/√2 like the rest of the design
AXIS_LABEL_PT = 7.0
HIERARCHY_SAMPLE = "#6e6e6e"


def label_zone_codes(layer: QgsVectorLayer, scale: float = 1.0) -> None:
    """Zone codes of the page's municipality, inside their zones, bold on a white halo."""
    settings = QgsPalLayerSettings()
    settings.fieldName = ZONE_LABEL
    settings.isExpression = True
    settings.placement = label_placement("Horizontal")
    settings.fitInPolygonOnly = True
    settings.priority = 6
    font = QFont(available_family("DejaVu Sans"))  # a family the system has (fonts.py)
    font.setBold(True)
    enable_labels(layer, settings, haloed_text(max(ZONE_LABEL_PT * scale, 5.5), "#1a1a1a", 0.9 * scale, font))


def label_axes(layer: QgsVectorLayer, scale: float = 1.0) -> None:
    apply_line_labels(layer, style_specs()["mobility_axes"]["label"], max(AXIS_LABEL_PT * scale, 5.5))


def zoning_renderer(mode: str, pairs: Iterable, classes: Iterable, texts: Texts):
    """The atlas's zoning renderer: harmonised (the plan's classes only) or national."""
    if mode == "national":
        return national_zoning_renderer(pairs, texts.language, texts["unknown_code_legend"])
    return hilucs_renderer(texts.language, classes)


def harmonised_copy(layer: QgsVectorLayer, project: QgsProject, classes: Iterable, texts: Texts,
                    name: str) -> QgsVectorLayer:
    """A clone of the zoning layer drawn with the harmonised colours (the cover of a national atlas)."""
    copy = layer.clone()
    copy.setName(name)
    copy.setRenderer(hilucs_renderer(texts.language, classes))
    copy.setOpacity(style_specs()["zoning"].get("opacity", 1.0))
    copy.setLabelsEnabled(False)
    project.addMapLayer(copy, False)
    return copy


# --- borders ----------------------------------------------------------------------------------------------

def border_layer(project: QgsProject, crs, stretches_wkb: list[bytes], texts: Texts) -> QgsVectorLayer:
    """A memory layer of the national border stretches, drawn with the styles' border symbol."""
    layer = QgsVectorLayer(f"MultiLineString?crs={crs.authid() or crs.toWkt()}", texts["national_border"],
                           "memory")
    features = []
    for wkb in stretches_wkb:
        feature = QgsFeature()
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(border_symbol()))
    project.addMapLayer(layer, False)
    return layer


def border_symbol() -> QgsLineSymbol:
    spec = style_specs()["borders"]["national"]
    band = QColor(spec["band_color"])
    band.setAlphaF(spec["band_opacity"])
    symbol = QgsLineSymbol.createSimple({
        "line_color": f"{band.red()},{band.green()},{band.blue()},{band.alpha()}",
        "line_width": str(spec["band_width"]), "capstyle": "flat"})
    line = QgsLineSymbol.createSimple({"line_color": spec["color"], "line_width": str(spec["width"]),
                                       "line_style": spec["style"], "capstyle": "flat"})
    symbol.appendSymbolLayer(line.symbolLayer(0).clone())
    return symbol


# --- legend-only layers -----------------------------------------------------------------------------------

def hierarchy_legend_layer(project: QgsProject, texts: Texts) -> QgsVectorLayer:
    """Line samples of the hierarchy widths (neutral grey), one category per hierarchy and 'not given'."""
    spec = style_specs()["mobility_axes"]
    values = [*plan_schema().domain_values("axis_hierarchy"), None]
    categories = [
        QgsRendererCategory(value, line_symbol({"color": HIERARCHY_SAMPLE}, spec,
                                               width=spec["widths"].get(value, spec["default_width"])),
                            domain_label("axis_hierarchy", value, texts.language))
        for value in values]
    return _legend_layer(project, "atlas_legend_hierarchy", "hierarchy",
                         QgsCategorizedSymbolRenderer("hierarchy", categories))


def status_legend_layer(project: QgsProject, texts: Texts) -> QgsVectorLayer:
    """Solid (existing) and dashed (planned) samples."""
    spec = style_specs()["mobility_axes"]
    values = [*plan_schema().domain_values("plan_status"), None]
    categories = [
        QgsRendererCategory(value, line_symbol({"color": HIERARCHY_SAMPLE}, spec, width=0.9,
                                               status=value or "existing"),
                            domain_label("plan_status", value, texts.language))
        for value in values]
    return _legend_layer(project, "atlas_legend_status", "status",
                         QgsCategorizedSymbolRenderer("status", categories))


def _legend_layer(project: QgsProject, name: str, field: str, renderer) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"LineString?field={field}:string(24)", name, "memory")
    layer.setRenderer(renderer)
    project.addMapLayer(layer, False)
    return layer

