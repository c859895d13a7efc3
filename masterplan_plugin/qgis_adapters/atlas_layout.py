"""The atlas layouts: shipped templates, the layers they show, and how pages are filled per municipality.

Templates (``resources/templates``, one pair per paper size, landscape):

- ``atlas_sheets_<a3|a4>.qpt`` — three pages (zoning, mobility, green spaces) driven by a QGIS atlas over
  the plan's ``communes`` layer;
- ``atlas_front_<a3|a4>.qpt`` — the cover page and the agglomeration summary of the combined atlas.

An export loads a template into a layout of its own ``QgsProject`` and finds the items by id
(``<page>_map``, ``<page>_legend``, ``<page>_indicators``… — ``SHEET_ITEMS``, ``FRONT_ITEMS``): the
templates hold placement and typography, the code sets layers and content only. They can therefore be
edited in QGIS's layout designer as long as the ids stay. How they were drawn is a development tool outside
the plugin, ``tools/atlas_template_designer.py`` (``make templates`` writes them again; A4 is the A3 design
scaled by 1/√2, fonts and line widths included).

Neighbouring municipalities, foreign ones included, are drawn in full and then muted by a white veil: the
``boundaries`` layer (a second instance of ``communes``) has an atlas-driven rule, ``$id <>
@atlas_featureid``, that fills them with translucent white under a grey outline, and outlines the current
municipality in black. The legends are built per page from the core's indicators (only the classes,
modes and kinds present in the municipality), not from what happens to be visible in the map.
"""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayerTreeLayer,
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayerLegendUtils,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.atlas.blocks import (
    PAGES,
    SEPARATORS,
    Cell,
    CommuneSheet,
    Table,
    Texts,
    domain_label,
    format_number,
    hilucs_label,
)
from ..core.atlas.legend import LegendPresence
from ..core.errors import PlanError
from ..core.model import AXES, COMMUNES, GREEN, SITES, ZONING, pick_label, plan_schema
from ..core.nomenclature.legends import legend_key
from .atlas_maps import (
    border_layer,
    harmonised_copy,
    hierarchy_legend_layer,
    label_axes,
    label_zone_codes,
    status_legend_layer,
    zoning_renderer,
)
from .styles import apply_default_style, enable_labels, haloed_text, legend_class, style_specs

LOG = logging.getLogger(__name__)
TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates"
PAPER = {"A3": (420.0, 297.0), "A4": (297.0, 210.0)}
# Map scales an atlas page may use: the smallest that shows the whole municipality is chosen.
SCALES = (2_500, 5_000, 7_500, 10_000, 15_000, 20_000, 25_000, 30_000, 40_000, 50_000, 75_000, 100_000,
          150_000, 200_000, 250_000, 300_000, 400_000, 500_000, 750_000, 1_000_000)
INK = "#1a1a1a"
NORTH_ARROW = "arrows/NorthArrow_02.svg"
VEIL = "255,255,255,165"  # neighbours: white at 65 % over the full-colour plan
POINT_MM = 0.352778
MAP_MARGIN = 0.06  # context around a municipality, as a share of its size
MAP_HEIGHT = 201.0  # A3 mm of a sheet's map (the templates' geometry); the scale strip is under it
FRONT_PAGE_COUNT = 3  # cover, agglomeration summary, open findings
LEGEND_GROUP_MM, LEGEND_ENTRY_MM = 6.0, 4.75  # A3 heights of a legend heading and of one entry
LEGEND_WRAP_CHARS = 34  # characters of a label in one of two legend columns

SHEET_ITEMS = tuple(f"{page}_{name}" for page in PAGES for name in (
    "map", "overview", "legend", "scalebar", "scale_text", "north", "theme_title", "plan_name",
    "commune_title", "commune_info", "overview_heading", "legend_heading", "indicators_heading", "indicators",
    "details_heading", "details", "findings_heading", "findings", "findings_total", "footer", "sheet"))
FRONT_ITEMS = ("cover_title", "cover_plan_name", "cover_subtitle", "cover_map", "cover_north",
               "cover_scalebar", "cover_communes_heading", "cover_communes", "cover_legend_heading",
               "cover_legend", "cover_footer",
               "summary_title", "summary_table", "summary_land_use_heading", "summary_land_use",
               "summary_modes_heading", "summary_modes", "summary_green_heading", "summary_green",
               "summary_sites_heading", "summary_sites", "summary_footer",
               "cover_document", "cover_sources_heading", "cover_sources",
               "findings_title", "findings_list", "findings_footer")


def template_path(kind: str, page_format: str) -> Path:
    """``kind`` 'sheets' or 'front'; ``page_format`` 'A3' or 'A4'."""
    return TEMPLATE_DIR / f"atlas_{kind}_{page_format.lower()}.qpt"


# --- the layers an atlas shows ------------------------------------------------------------------------------

@dataclass
class AtlasLayers:
    zoning: QgsVectorLayer
    axes: QgsVectorLayer
    green: QgsVectorLayer
    sites: QgsVectorLayer
    communes: QgsVectorLayer  # the plan's own style (names): cover map
    boundaries: QgsVectorLayer  # atlas coverage: current municipality outlined, neighbours veiled
    zoning_faint: QgsVectorLayer  # zoning as a pale background of the mobility and green plans
    overview: QgsVectorLayer  # the agglomeration, current municipality highlighted
    cover_zoning: QgsVectorLayer | None = None  # harmonised colours, no labels: the cover map
    cover_axes: QgsVectorLayer | None = None  # the axes without their names: the cover map
    borders: QgsVectorLayer | None = None  # national borders, above everything (None: one country)
    hierarchy_legend: QgsVectorLayer | None = None  # legend only: line widths of the hierarchy
    status_legend: QgsVectorLayer | None = None  # legend only: existing solid, planned dashed
    border_boxes: list = field(default_factory=list)  # bounding boxes of the border stretches

    def page_layers(self, page: str) -> list[QgsVectorLayer]:
        """Drawing order of each sheet's main map, top first: borders and communes above the themes."""
        top = [self.borders] if self.borders is not None else []
        return top + {
            "zoning": [self.boundaries, self.sites, self.zoning],
            "mobility": [self.boundaries, self.axes, self.zoning_faint],
            "green": [self.boundaries, self.green, self.zoning_faint],
        }[page]

    def borders_in(self, extent: QgsRectangle) -> bool:
        return any(box.intersects(extent) for box in self.border_boxes)


@dataclass(frozen=True)
class MapOptions:
    """How the atlas draws the zoning: ``legend`` 'hilucs' or 'national', the plan's (standard, code)
    pairs and HILUCS classes (the renderers' categories), border stretches as WKB, and the design scale
    (1 for A3, 1/√2 for A4) for label sizes."""

    legend: str = "hilucs"
    pairs: frozenset = frozenset()
    classes: tuple = ()
    borders_wkb: tuple = ()
    scale: float = 1.0


def atlas_layers(gpkg: Path, project: QgsProject, styled: dict[str, QgsVectorLayer],
                 texts: Texts, options: MapOptions | None = None) -> AtlasLayers:
    """The plan's styled layers (``plan_project.add_plan_to_project``) plus the atlas-only instances."""
    options = options or MapOptions()
    boundaries = _communes_instance(gpkg, project, "atlas_boundaries")
    boundaries.setRenderer(_rule_renderer([
        (texts["this_municipality"], "$id = @atlas_featureid",
         {"color": "0,0,0,0", "style": "no", "outline_color": INK, "outline_width": "0.9"}),
        (texts["neighbours"], "$id <> @atlas_featureid", {"color": VEIL, "outline_color": "#8c8c8c",
                                                          "outline_width": "0.35"}),
    ]))
    _label(boundaries, _neighbour_label_expression(texts.language), 9.0, "#4d4d4d", italic=True)
    overview = _communes_instance(gpkg, project, "atlas_overview")
    overview.setRenderer(_rule_renderer([
        ("", "$id = @atlas_featureid", {"color": "#e4572e", "outline_color": "#ffffff",
                                        "outline_width": "0.3"}),
        ("", "$id <> @atlas_featureid", {"color": "#dcdcdc", "outline_color": "#ffffff",
                                         "outline_width": "0.3"}),
    ]))
    _label(overview, '"name"', 5.5, "#333333")
    zoning = styled[ZONING]
    zoning.setRenderer(zoning_renderer(options.legend, options.pairs, options.classes, texts))
    zoning.setOpacity(1.0 if options.legend == "national" else style_specs()["zoning"].get("opacity", 1.0))
    cover = harmonised_copy(zoning, project, options.classes, texts, "atlas_cover_zoning")
    label_zone_codes(zoning, options.scale)
    # The axes as the mobility legend explains them (mode colour, hierarchy width, planned dashed), whatever
    # style an older plan stored.
    apply_default_style(styled[AXES], AXES, texts.language)
    label_axes(styled[AXES], options.scale)
    cover_axes = styled[AXES].clone()
    cover_axes.setName("atlas_cover_axes")
    cover_axes.setLabelsEnabled(False)  # names at the agglomeration's scale would only clutter it
    project.addMapLayer(cover_axes, False)
    faint = zoning.clone()
    faint.setName("atlas_zoning_faint")
    faint.setOpacity(0.3)
    faint.setLabelsEnabled(False)
    project.addMapLayer(faint, False)
    borders = border_layer(project, boundaries.crs(), list(options.borders_wkb), texts) \
        if options.borders_wkb else None
    boxes = [feature.geometry().boundingBox() for feature in borders.getFeatures()] if borders else []
    return AtlasLayers(zoning, styled[AXES], styled[GREEN], styled[SITES], styled[COMMUNES],
                       boundaries, faint, overview, cover, cover_axes, borders,
                       hierarchy_legend_layer(project, texts),
                       status_legend_layer(project, texts), boxes)


def _communes_instance(gpkg: Path, project: QgsProject, name: str) -> QgsVectorLayer:
    options = QgsVectorLayer.LayerOptions(loadDefaultStyle=False)
    layer = QgsVectorLayer(f"{gpkg}|layername={COMMUNES}", name, "ogr", options)
    if not layer.isValid():
        raise PlanError("The municipalities of the plan cannot be read.", f"{gpkg}|{COMMUNES}")
    project.addMapLayer(layer, False)
    return layer


def _rule_renderer(rules: list[tuple[str, str, dict]]) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in rules:
        symbol_object = QgsFillSymbol.createSimple(symbol)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol_object, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def _neighbour_label_expression(language: str) -> str:
    """Neighbours are named with their country; the current municipality is named in the title block."""
    countries = " ".join(
        f"WHEN \"country\" = '{code}' THEN '{_quote(domain_label('country', code, language))}'"
        for code in plan_schema().domain_values("country"))
    return (f"CASE WHEN $id = @atlas_featureid THEN NULL "
            f"ELSE \"name\" || '\\n' || CASE {countries} ELSE coalesce(\"country\", '') END END")


def _quote(text: str) -> str:
    return text.replace("'", "''")


def _label(layer: QgsVectorLayer, expression: str, size: float, colour: str, italic: bool = False) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    font = QFont()
    font.setItalic(italic)
    enable_labels(layer, settings, haloed_text(size, colour, 0.8, font))


# --- loading the templates ----------------------------------------------------------------------------------

def load_layout(project: QgsProject, kind: str, page_format: str, name: str) -> QgsPrintLayout:
    """A print layout of ``project`` from the shipped template; PlanError if it is missing or incomplete."""
    path = template_path(kind, page_format)
    document = QDomDocument()
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PlanError("The atlas layout template cannot be read.", f"{path}: {error}") from error
    if not document.setContent(content)[0]:
        raise PlanError("The atlas layout template is not valid XML.", str(path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise PlanError("The atlas layout template cannot be loaded.", str(path))
    layout.setName(name)
    required = SHEET_ITEMS if kind == "sheets" else FRONT_ITEMS
    missing = [item_id for item_id in required if layout.itemById(item_id) is None]
    if missing:
        raise PlanError("The atlas layout template lacks items.", f"{path}: {', '.join(missing)}")
    return layout


# --- filling the pages --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageContext:
    """What every page of one export prints besides a municipality's content."""

    plan_name: str
    date: str
    crs: str
    register_note: str


class SheetFiller:
    """Binds the sheet layout to the layers and fills its three pages for each atlas feature.

    Connected to ``QgsLayoutAtlas.featureChanged``: whoever moves the atlas (``seekTo`` for one
    municipality's PDF, the exporter's iteration for the combined PDF) gets filled pages.
    """

    def __init__(self, layout: QgsPrintLayout, layers: AtlasLayers, sheets: dict[str, CommuneSheet],
                 texts: Texts, context: PageContext, extent: QgsRectangle,
                 presence: dict[str, LegendPresence] | None = None, legend: str = "hilucs"):
        self.layout = layout
        self.layers = layers
        self.sheets = sheets
        self.texts = texts
        self.presence = presence or {}
        self.legend = legend
        self._legend_roots: list[QgsLayerTree] = []  # the legend models do not own their roots
        self.filled: list[str] = []  # codes in the order they were filled (tests, progress)
        self.error: Exception | None = None
        self._bind(context, extent)

    def _bind(self, context: PageContext, extent: QgsRectangle) -> None:
        texts, crs = self.texts, self.layers.boundaries.crs()
        for index, page in enumerate(PAGES):
            main = _item(self.layout, f"{page}_map")
            main.setCrs(crs)
            main.setLayers(self.layers.page_layers(page))
            main.setKeepLayerSet(True)
            main.setAtlasDriven(True)
            main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Fixed)  # scale set in fill()
            main.zoomToExtent(extent)
            bind_map_furniture(self.layout, page, main, texts.language)
            inset = _item(self.layout, f"{page}_overview")
            inset.setCrs(crs)
            inset.setLayers([self.layers.overview])
            inset.setKeepLayerSet(True)
            inset.zoomToExtent(extent)  # setExtent would resize the item to the extent's shape
            inset.overview().setLinkedMap(main)
            _set_text(self.layout, f"{page}_theme_title", texts[f"page_{page}"])
            _set_text(self.layout, f"{page}_plan_name", f"{texts['atlas_title']} · {context.plan_name}")
            _set_text(self.layout, f"{page}_overview_heading", texts["overview"].upper())
            _set_text(self.layout, f"{page}_legend_heading", texts["legend"].upper())
            _set_text(self.layout, f"{page}_indicators_heading", texts["indicators"].upper())
            _set_text(self.layout, f"{page}_details_heading", _details_heading(page, texts).upper())
            _set_text(self.layout, f"{page}_findings_heading", texts["findings"].upper())
            _set_text(self.layout, f"{page}_footer", texts.format(
                "footer", title=texts["atlas_title"], plan=context.plan_name, date=context.date,
                crs=context.crs))
            _set_text(self.layout, f"{page}_sheet", texts.format("sheet", page=index + 1, pages=len(PAGES)))
        self._register_note = context.register_note
        atlas = self.layout.atlas()
        atlas.setCoverageLayer(self.layers.boundaries)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"code"')
        atlas.setFilterFeatures(True)
        codes = ", ".join(f"'{_quote(code)}'" for code in self.sheets)
        atlas.setFilterExpression(f'"code" IN ({codes})' if codes else "FALSE")
        atlas.setPageNameExpression('"code"')
        atlas.featureChanged.connect(self.fill)

    def fill(self, feature) -> None:
        """Slot of ``featureChanged``: an exception must not escape into Qt (PyQt would abort QGIS), so
        it is kept in ``error`` for the export to raise."""
        try:
            self._fill(feature)
        except Exception as error:  # noqa: BLE001 - re-raised by the exporter loop
            LOG.exception("Filling the atlas pages failed")
            self.error = error

    def _fill(self, feature) -> None:
        code = feature_code(feature)
        sheet = self.sheets.get(code)
        if sheet is None:  # the atlas signals an empty feature when it stops
            return
        texts = self.texts
        for page in PAGES:
            scale = frame_map(_item(self.layout, f"{page}_map"), feature.geometry().boundingBox())
            _set_text(self.layout, f"{page}_scale_text",
                      texts.format("scale", scale=format_number(scale, 0, texts.language)))
            _set_text(self.layout, f"{page}_commune_title", sheet.name)
            _set_text(self.layout, f"{page}_commune_info", sheet.info)
            for block in ("indicators", "details", "findings"):
                fill_table(_item(self.layout, f"{page}_{block}"), sheet.tables[f"{page}_{block}"])
            total = texts.format("open_findings_total", count=sheet.open_findings)
            _set_text(self.layout, f"{page}_findings_total", f"{total}\n{self._register_note}")
            self._fill_legend(page, sheet)
        self.filled.append(code)

    def _fill_legend(self, page: str, sheet: CommuneSheet) -> None:
        texts, layers, language = self.texts, self.layers, self.texts.language
        presence = self.presence.get(sheet.code, LegendPresence())
        root = QgsLayerTree()
        if page == "zoning":
            self._zoning_legend(root, sheet, presence)
            if sheet.has_sites:
                node = root.addLayer(layers.sites)
                node.setCustomProperty("legend/title-label", texts["development_site"])
        elif page == "mobility":
            _add_filtered(root, layers.axes, texts["legend_modes"],
                          [(mode, domain_label("axis_mode", mode, language)) for mode in sheet.modes])
            if layers.hierarchy_legend is not None:
                _add_filtered(root, layers.hierarchy_legend, texts["legend_hierarchy"],
                              [(level, domain_label("axis_hierarchy", level, language))
                               for level in presence.hierarchies])
            if layers.status_legend is not None:
                _add_filtered(root, layers.status_legend, texts["legend_status"],
                              [(status, domain_label("plan_status", status, language))
                               for status in presence.statuses])
        else:
            _add_filtered(root, layers.green, _layer_label(GREEN, language),
                          [(kind, domain_label("green_kind", kind, language)) for kind in sheet.green_kinds])
        boundaries = root.addLayer(layers.boundaries)
        boundaries.setCustomProperty("legend/title-label", _layer_label(COMMUNES, language))
        if layers.borders is not None and layers.borders_in(_item(self.layout, f"{page}_map").extent()):
            _add_border(root, layers.borders, texts)  # one line, under the municipalities' outlines
        set_legend_root(_item(self.layout, f"{page}_legend"), root)
        self._legend_roots.append(root)
        del self._legend_roots[:-len(PAGES)]

    def _zoning_legend(self, root: QgsLayerTree, sheet: CommuneSheet, presence: LegendPresence) -> None:
        """Harmonised: the municipality's HILUCS classes; national: its standard's classes. Either way a
        zone without class is the unknown-code entry (its own symbol, never white)."""
        texts, language = self.texts, self.texts.language
        unknown = (None, texts["unknown_code_legend"])
        if self.legend != "national":
            entries = [(code, hilucs_label(code, language))
                       for code in sheet.zoning_classes if code is not None]
            has_unknown = None in sheet.zoning_classes
            _add_filtered(root, self.layers.zoning, texts["land_use_ha"],
                          entries + ([unknown] if has_unknown else []))
            return
        by_standard: dict[str, list[tuple[str, str]]] = {}
        for standard, code in presence.national:
            by_standard.setdefault(standard, []).append((standard, code))
        standards = list(by_standard) or [None]
        for index, standard in enumerate(standards):
            entries = [(f"{std}|{code}", national_class_label(std, code, language))
                       for std, code in by_standard.get(standard, [])]
            if presence.unknown_zones and index == len(standards) - 1:
                entries.append(unknown)
            title = texts.format("zoning_legend_national",
                                 standard=domain_label("zoning_standard", standard, language)) \
                if standard else texts["page_zoning"]
            _add_filtered(root, self.layers.zoning, title, entries)


def frame_map(main: QgsLayoutItemMap, bounds: QgsRectangle, margin: float = MAP_MARGIN) -> float:
    """Centre ``main`` on ``bounds`` at the smallest round scale (``SCALES``) that shows them with
    ``margin`` (a share of their size) on every side; returns the scale.

    QGIS's own "predefined scales" mode fits the feature without any margin; a plan sheet needs context.
    """
    size = main.sizeWithUnits()
    width_m = main.layout().convertToLayoutUnits(size).width() / 1000.0
    height_m = main.layout().convertToLayoutUnits(size).height() / 1000.0
    needed = max(bounds.width() / width_m, bounds.height() / height_m) * (1 + 2 * margin)
    scale = next((value for value in SCALES if value >= needed), needed)
    centre = bounds.center()
    half_w, half_h = width_m * scale / 2, height_m * scale / 2
    main.zoomToExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w,
                                   centre.y() + half_h))
    return scale


def feature_code(feature) -> str | None:
    if not feature.isValid() or feature.fields().indexOf("code") < 0:
        return None
    return str(feature["code"])


def bind_map_furniture(layout: QgsLayout, prefix: str, main: QgsLayoutItemMap, language: str) -> None:
    """Scale bar (numbers in the atlas language) and north arrow of a map, whatever the template says."""
    scalebar = _item(layout, f"{prefix}_scalebar")
    scalebar.setLinkedMap(main)
    thousands, decimal = SEPARATORS[language]
    numbers = QgsBasicNumericFormat()
    numbers.setShowTrailingZeros(False)
    numbers.setThousandsSeparator(thousands)
    numbers.setDecimalSeparator(decimal)
    scalebar.setNumericFormat(numbers)
    north = _item(layout, f"{prefix}_north")
    north.setLinkedMap(main)
    for box in (f"{prefix}_north_box",):  # map labels keep clear of the furniture on the map
        item = layout.itemById(box)
        if item is not None:
            main.addLabelBlockingItem(item)
    path = north_arrow_path()
    if path:
        north.setPicturePath(path)


def north_arrow_path() -> str | None:
    for directory in QgsApplication.svgPaths():
        candidate = Path(directory) / NORTH_ARROW
        if candidate.is_file():
            return str(candidate)
    return None


def _details_heading(page: str, texts: Texts) -> str:
    return {"zoning": texts["sites_programme"], "mobility": texts["axes_by_hierarchy"],
            "green": texts["corridors"]}[page]


def _layer_label(name: str, language: str) -> str:
    return pick_label(plan_schema().layer(name).label, language)


def _add_filtered(root: QgsLayerTree, layer: QgsVectorLayer, title: str, entries: list[tuple]) -> None:
    """A legend node of ``layer`` showing only the categories of ``entries`` ((value, label) pairs, in
    that order), relabelled.

    Nothing is added when there is no entry. A layer whose stored style is not categorised keeps its
    own legend (the plan's cartography was changed by the user; it is shown as it is).
    """
    if not entries:
        return
    node: QgsLayerTreeLayer = root.addLayer(layer)
    node.setCustomProperty("legend/title-label", title)
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    index_of = {_category_key(category.value()): index
                for index, category in enumerate(renderer.categories())}
    order = []
    for value, label in entries:
        index = index_of.get(_category_key(value))
        if index is not None and index not in order:
            order.append(index)
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, label)
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)


def _category_key(value) -> str | None:
    if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
        return None
    return str(value)


def set_legend_root(legend: QgsLayoutItemLegend, root: QgsLayerTree) -> None:
    """Show ``root`` in ``legend``; in two columns, with long labels wrapped, when one would not fit."""
    legend.model().setRootGroup(root)
    layers = root.findLayers()
    entries = sum(len(QgsMapLayerLegendUtils.legendNodeOrder(node)) or 1 for node in layers)
    scale = legend.layout().pageCollection().page(0).rect().width() / PAPER["A3"][0]
    needed = (LEGEND_GROUP_MM * len(layers) + LEGEND_ENTRY_MM * entries) * scale
    two_columns = needed > legend.rect().height()
    if two_columns:
        for node in layers:
            _wrap_legend_labels(node, legend.wrapString())
    legend.setColumnCount(2 if two_columns else 1)
    legend.updateLegend()


def _wrap_legend_labels(node: QgsLayerTreeLayer, wrap: str, width: int = LEGEND_WRAP_CHARS) -> None:
    """Half a legend's width holds about ``width`` characters: longer labels and titles go on more lines."""
    title = node.customProperty("legend/title-label")
    if title and len(title) > width:
        node.setCustomProperty("legend/title-label", wrap.join(textwrap.wrap(title, width)))
    for index in QgsMapLayerLegendUtils.legendNodeOrder(node):
        label = QgsMapLayerLegendUtils.legendNodeUserLabel(node, index)
        if label and len(label) > width:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrap.join(textwrap.wrap(label, width)))


def fill_table(frame: QgsLayoutFrame, table: Table) -> None:
    """Put a block's rows into a manual table of the template: headings, swatches, alignment, bold.

    The headings are the first content row (the template's tables have no header row): QGIS aligns a
    manual table's header cells all alike, while numeric columns read better with right-aligned headings.
    Only the contents change per page — column widths and text formats are the template's.
    """
    multi: QgsLayoutItemManualTable = frame.multiFrame()
    rows = table.rows or [_message_row(table)]
    bold = QgsTextFormat(multi.contentTextFormat())
    font = bold.font()
    font.setBold(True)
    bold.setFont(font)
    header = multi.headerTextFormat()
    contents = [[_cell(heading, _alignment(any(row[index].numeric for row in table.rows)), header)
                 for index, heading in enumerate(table.headers)]]
    for row in rows:
        cells = []
        for cell in row:
            item = _cell(cell.text, _alignment(cell.numeric), bold if cell.bold else None)
            if cell.colour:
                item.setBackgroundColor(QColor(cell.colour))
            cells.append(item)
        contents.append(cells)
    multi.setTableContents(contents)


def _alignment(numeric: bool):
    return Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft


def _cell(text: str, align, text_format: QgsTextFormat | None) -> QgsTableCell:
    cell = QgsTableCell(text)
    cell.setHorizontalAlignment(align)
    if text_format is not None:
        cell.setTextFormat(text_format)
    return cell


def _table_height(multi: QgsLayoutItemManualTable) -> float:
    """Estimated height of a filled table in mm (one text line per row, as the front tables are)."""
    size = multi.contentTextFormat().size()
    row = size * POINT_MM * 1.1 + 2 * multi.cellMargin() + multi.gridStrokeWidth()
    return len(multi.tableContents()) * row


def collapse_to_content(layout: QgsLayout, frame: QgsLayoutFrame, gap: float = 6.0) -> None:
    """Shrink a table's frame to its rows and move the items below it on its page up as much.

    Front-page tables are sized for many municipalities; a small plan should not leave a hole.
    """
    needed = _table_height(frame.multiFrame()) + gap
    spare = frame.rect().height() - needed
    if spare <= 0:
        return
    page, left, bottom = frame.page(), frame.pagePos().x(), frame.pagePos().y() + frame.rect().height()
    right = left + frame.rect().width()

    def under(item) -> bool:
        x = item.pagePos().x()
        return (item.page() == page and item.pagePos().y() >= bottom - 0.01 and x < right
                and x + item.rect().width() > left
                and not item.id().endswith(("_footer", "_frame_0", "_frame_1")))

    below = [item for item in layout.items() if isinstance(item, QgsLayoutItem) and item is not frame
             and not isinstance(item, QgsLayoutItemPage) and under(item)]
    frame.attemptResize(QgsLayoutSize(frame.rect().width(), needed))
    for item in below:
        item.attemptMove(QgsLayoutPoint(item.pagePos().x(), item.pagePos().y() - spare), page=page)


def continue_on_new_pages(layout: QgsLayout, frame: QgsLayoutFrame, title: str, max_pages: int = 50) -> int:
    """Pages added at the end of ``layout`` for the rows of ``frame``'s table that do not fit in it.

    The front tables have room for a typical agglomeration; a larger one (Lens-Liévin has 36 communes)
    continues on pages of its own, titled ``title``, in as many columns of the frame's width as the page
    holds. The table flows through the frames in order, so no row is lost or repeated.
    """
    multi = frame.multiFrame()
    pages = layout.pageCollection()
    added = 0
    while _hidden_rows(multi) and added < max_pages:
        page = pages.extendByNewPage()
        number = pages.pageNumber(page)
        width, height = page.rect().width(), page.rect().height()
        margin = 0.02 * width
        label = QgsLayoutItemLabel(layout)
        layout.addLayoutItem(label)
        label.setText(title)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(0.035 * width)
        font.setBold(True)
        set_label_font(label, font)
        label.attemptResize(QgsLayoutSize(width - 2 * margin, 0.04 * width))
        label.attemptMove(QgsLayoutPoint(margin, margin), page=number)
        top = 2 * margin + 0.04 * width
        column, gap = frame.rect().width(), 0.015 * width
        for index in range(max(1, int((width - 2 * margin + gap) // (column + gap)))):
            extra = QgsLayoutFrame(layout, multi)
            extra.attemptResize(QgsLayoutSize(column, height - top - margin))
            extra.attemptMove(QgsLayoutPoint(margin + index * (column + gap), top), page=number)
            multi.addFrame(extra)
        added += 1
    return added


def set_label_font(label: QgsLayoutItemLabel, font: QFont, colour: QColor | None = None) -> None:
    """A layout label's font (and colour): through its text format where QGIS has it (3.24 on; its
    setFont and setFontColor are deprecated and go with QGIS 4), with setFont on QGIS 3.22."""
    if not hasattr(label, "setTextFormat"):
        label.setFont(font)
        if colour is not None:
            label.setFontColor(colour)
        return
    text = QgsTextFormat.fromQFont(font)
    text.setColor(colour if colour is not None else label.textFormat().color())
    label.setTextFormat(text)


def _hidden_rows(multi) -> bool:
    """Whether the table's last frame stops before the end of its content."""
    multi.recalculateFrameSizes()
    last = multi.frame(multi.frameCount() - 1)
    return last.extent().bottom() < multi.totalSize().height() - 0.01


def _message_row(table: Table) -> tuple[Cell, ...]:
    """An empty block says so in its text column (the swatch column, if any, stays blank)."""
    text_column = 1 if len(table.headers) > 2 or not table.headers[0] else 0
    return tuple(Cell(table.empty_message if index == text_column else "")
                 for index in range(len(table.headers)))


def _item(layout: QgsLayout, item_id: str):
    item = layout.itemById(item_id)
    if item is None:
        raise PlanError("The atlas layout template lacks an item.", item_id)
    return item


def _set_text(layout: QgsLayout, item_id: str, text: str) -> None:
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        # Plain text: a municipality called "[% … %]" must not be evaluated as an expression.
        item.setText(text.replace("[%", "[ %"))


@dataclass
class FrontContent:
    """What the front pages print besides the map: tables by item id, the open findings, the cover's
    municipalities (a function of the front's page count, which long tables change), the plan's HILUCS
    classes (cover legend), the subtitle (a function of the front's page count), the document block
    ((label, value) rows) and the sources."""

    tables: dict[str, Table]
    findings: Table
    communes: Callable[[int], Table]
    classes: list
    subtitle: Callable[[int], str]
    document: list[tuple[str, str]]
    sources: str


def fill_front(layout: QgsPrintLayout, layers: AtlasLayers, texts: Texts, context: PageContext,
               extent: QgsRectangle, content: FrontContent) -> QgsLayerTree:
    """Cover, agglomeration summary and open findings (plus continuation pages for long tables); returns
    the legend root the caller must keep alive."""
    language = texts.language
    cover = _item(layout, "cover_map")
    cover.setCrs(layers.communes.crs())
    top = [layers.borders] if layers.borders is not None else []
    cover.setLayers(top + [layers.communes, layers.cover_axes or layers.axes,
                           layers.cover_zoning or layers.zoning])
    cover.setKeepLayerSet(True)
    cover.zoomToExtent(extent)
    bind_map_furniture(layout, "cover", cover, language)
    _set_text(layout, "cover_title", texts["atlas_title"])
    _set_text(layout, "cover_plan_name", context.plan_name)
    _set_text(layout, "cover_document", "\n".join(texts.format("document_line", label=label, value=value)
                                                   for label, value in content.document))
    _set_text(layout, "cover_communes_heading", texts["communes_heading"].upper())
    _set_text(layout, "cover_legend_heading", texts["legend"].upper())
    _set_text(layout, "cover_sources_heading", texts["sources"].upper())
    _set_text(layout, "cover_sources", content.sources)
    footer = f"{texts['made_with']} · {context.date} · {context.crs}"
    _set_text(layout, "cover_footer", footer)
    _set_text(layout, "summary_title", f"{texts['summary_title']} · {context.plan_name}")
    _set_text(layout, "summary_land_use_heading", texts["land_use_ha"].upper())
    _set_text(layout, "summary_modes_heading", texts["axes_by_mode"].upper())
    _set_text(layout, "summary_green_heading", texts["green_indicators"].upper())
    _set_text(layout, "summary_sites_heading", texts["sites_programme"].upper())
    _set_text(layout, "summary_footer", f"{footer} · {context.register_note}")
    _set_text(layout, "findings_title", f"{texts['findings_list_title']} · {context.plan_name}")
    _set_text(layout, "findings_footer", f"{footer} · {context.register_note}")
    pages = layout.pageCollection()
    tables = {"cover_communes": content.communes(pages.pageCount()), **content.tables,
              "findings_list": content.findings}
    for item_id, table in tables.items():
        fill_table(_item(layout, item_id), table)
    continued = {"cover_communes": f"{texts['communes_heading']} ({texts['continued']})",
                 "summary_table": f"{texts['summary_title']} · {context.plan_name} ({texts['continued']})",
                 "findings_list":
                     f"{texts['findings_list_title']} · {context.plan_name} ({texts['continued']})"}
    for item_id, title in continued.items():
        frame = _item(layout, item_id)
        if not continue_on_new_pages(layout, frame, title):
            collapse_to_content(layout, frame)
    # The page numbers of the municipalities follow the front pages, now that long tables have theirs.
    fill_table(_item(layout, "cover_communes"), content.communes(pages.pageCount()))
    _set_text(layout, "cover_subtitle", content.subtitle(pages.pageCount()))
    root = QgsLayerTree()
    entries = [(code, hilucs_label(code, language)) for code in content.classes if code is not None]
    if None in content.classes:
        entries.append((None, texts["unknown_code_legend"]))
    _add_filtered(root, layers.cover_zoning or layers.zoning, texts["land_use_ha"], entries)
    if layers.borders is not None:
        _add_border(root, layers.borders, texts)
    set_legend_root(_item(layout, "cover_legend"), root)
    return root


def _add_border(root: QgsLayerTree, borders: QgsVectorLayer, texts: Texts) -> None:
    """The national border's legend line (a single symbol: drawn inline with its label)."""
    node = root.addLayer(borders)
    node.setCustomProperty("legend/title-label", texts["national_border"])
    node.setName(texts["national_border"])


def national_class_label(standard: str, code: str, language: str) -> str:
    """The legend label of the national class that draws (standard, code)."""
    return legend_class(standard, legend_key(standard, code)).label(language)
