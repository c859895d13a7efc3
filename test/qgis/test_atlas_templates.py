"""The shipped atlas templates and the printed formats of the atlas blocks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest
from qgis.core import Qgis, QgsLayoutItemMap, QgsLayoutItemPicture, QgsProject

from masterplan_plugin.core.atlas.blocks import (
    Texts,
    combined_file_name,
    commune_file_name,
    format_number,
    slugify,
)
from masterplan_plugin.qgis_adapters.atlas import _remove_stale_temporaries
from masterplan_plugin.qgis_adapters.atlas_layout import (
    FRONT_ITEMS,
    FRONT_PAGE_COUNT,
    PAPER,
    SHEET_ITEMS,
    load_layout,
    template_path,
)
from test.conftest import REPO_ROOT
from tools.atlas_template_designer import write_templates

DESIGNER = "tools.atlas_template_designer"
TEMPLATES_QGIS = 322  # the QGIS (major, minor) that wrote the committed templates
UUID = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}")


def _canonical(element: ET.Element) -> str:
    """An element as text with sorted attributes and no uuids (both change from one save to the next)."""
    attributes = " ".join(f'{key}="{UUID.sub("{}", value)}"' for key, value in sorted(element.attrib.items()))
    children = "".join(_canonical(child) for child in element)
    text = UUID.sub("{}", (element.text or "").strip())
    return f"<{element.tag} {attributes}>{text}{children}</{element.tag}>"


def _template_items(path) -> tuple[str, list[str]]:
    """The layout's own attributes and its items, in no particular order (the scene's order varies)."""
    root = ET.parse(path).getroot()
    return _canonical(ET.Element(root.tag, root.attrib)), sorted(_canonical(child) for child in root)


def _item_frames(path) -> list[tuple]:
    """Each layout item's id, type, place, size and stacking: what a layout is, in words every QGIS
    version writes the same (their symbol and text-format XML grows new attributes from one to the next)."""
    keys = ("id", "type", "position", "positionOnPage", "size", "zValue")
    return sorted(tuple(item.get(key, "") for key in keys)
                  for item in ET.parse(path).getroot().iter("LayoutItem"))


def test_committed_templates_are_what_the_designer_draws(tmp_path):
    """The .qpt are generated (``make templates``, with QGIS 3.22, the oldest QGIS the plugin supports): a
    hand edit or a design change not regenerated fails. Another QGIS writes the same layout in richer XML,
    so there the items' frames are compared; in 3.22, the whole XML."""
    written = write_templates(tmp_path)
    expected = [template_path(kind, page_format) for page_format in PAPER for kind in ("sheets", "front")]
    assert [path.name for path in written] == [path.name for path in expected]
    same_qgis = Qgis.QGIS_VERSION_INT // 100 == TEMPLATES_QGIS
    for drawn, committed in zip(written, expected, strict=True):
        assert _item_frames(drawn) == _item_frames(committed), drawn.name
        if same_qgis:
            drawn_layout, drawn_items = _template_items(drawn)
            committed_layout, committed_items = _template_items(committed)
            assert drawn_layout == committed_layout, drawn.name
            assert drawn_items == committed_items, drawn.name


def test_the_runtime_atlas_does_not_import_the_designer():
    """The designer is a development tool outside the plugin: the atlas export must not need it."""
    code = ("import sys, masterplan_plugin.qgis_adapters.atlas, masterplan_plugin.qgis_adapters.atlas_task; "
            f"print({DESIGNER!r} in sys.modules, 'tools' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                               cwd=REPO_ROOT, check=True)
    assert completed.stdout.split() == ["False", "False"]
    imports_tools = re.compile(r"^\s*(?:from|import)\s+tools\b", re.MULTILINE)
    sources = (REPO_ROOT / "masterplan_plugin").rglob("*.py")
    assert [path.name for path in sources if imports_tools.search(path.read_text(encoding="utf-8"))] == []


@pytest.mark.parametrize("page_format", ["A3", "A4"])
@pytest.mark.parametrize("kind, pages, items", [("sheets", 3, SHEET_ITEMS), ("front", 3, FRONT_ITEMS)])
def test_templates_load_with_their_pages_and_items(page_format, kind, pages, items):
    project = QgsProject()
    layout = load_layout(project, kind, page_format, "test")
    collection = layout.pageCollection()
    assert collection.pageCount() == pages
    width, height = PAPER[page_format]
    for index in range(pages):
        size = collection.page(index).sizeWithUnits()
        assert (round(size.width()), round(size.height())) == (round(width), round(height))  # landscape
    assert all(layout.itemById(item_id) is not None for item_id in items)
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    assert maps and all(item.rect().height() > 0 for item in maps)  # no NaN-sized map from the template
    north = layout.itemById(f"{'zoning' if kind == 'sheets' else 'cover'}_north")
    assert isinstance(north, QgsLayoutItemPicture) and north.picturePath().endswith("NorthArrow_02.svg")
    del layout
    project.clear()


def _scene_rect(item):
    """The item's rectangle on the layout (all pages stacked), in layout millimetres."""
    from qgis.core import QgsRectangle

    return QgsRectangle(item.sceneBoundingRect())


@pytest.mark.parametrize("page_format", ["A3", "A4"])
@pytest.mark.parametrize("kind, maps", [("sheets", ("zoning", "mobility", "green")), ("front", ("cover",))])
def test_scale_bars_sit_outside_their_map(page_format, kind, maps):
    """A scale bar over the map hides the plan's content: it sits in the strip under the map, on its page."""
    project = QgsProject()
    layout = load_layout(project, kind, page_format, "test")
    for prefix in maps:
        main, bar = layout.itemById(f"{prefix}_map"), layout.itemById(f"{prefix}_scalebar")
        map_rect, bar_rect = _scene_rect(main), _scene_rect(bar)
        assert not map_rect.intersects(bar_rect), (prefix, map_rect.toString(), bar_rect.toString())
        assert bar.page() == main.page()
        assert 0 < bar_rect.yMinimum() - map_rect.yMaximum() < 5  # right under the map
        text = layout.itemById(f"{prefix}_scale_text")
        if text is not None:
            assert not map_rect.intersects(_scene_rect(text))
        page = layout.pageCollection().page(main.page())
        assert page.sceneBoundingRect().contains(bar.sceneBoundingRect())  # and on the paper
    del layout
    project.clear()


def test_a4_is_the_a3_design_scaled_down():
    project = QgsProject()
    a3, a4 = (load_layout(project, "sheets", page_format, page_format) for page_format in ("A3", "A4"))
    ratio = PAPER["A4"][0] / PAPER["A3"][0]
    for item_id in ("zoning_map", "zoning_legend", "zoning_findings"):
        big, small = a3.itemById(item_id), a4.itemById(item_id)
        assert small.rect().width() == pytest.approx(big.rect().width() * ratio, rel=1e-3)
        assert small.pagePos().y() == pytest.approx(big.pagePos().y() * ratio, rel=1e-3)
    del a3, a4
    project.clear()


@pytest.mark.parametrize("language, expected",
                         [("en", "12,345.7"), ("fr", "12\u00a0345,7"), ("de", "12.345,7")])
def test_numbers_follow_the_atlas_language(language, expected):
    assert format_number(12_345.67, 1, language) == expected
    assert format_number(None, 1, language) == "–"
    assert format_number(-0.01, 1, language) == "0.0".replace(".", "," if language != "en" else ".")


def test_file_names_are_code_and_ascii_slug_of_the_name():
    assert slugify("Audun-le-Tiche") == "audun-le-tiche"
    assert slugify("Esch-sur-Alzette / Éch  (LU)") == "esch-sur-alzette-ech-lu"
    assert commune_file_name("57038", "Audun-le-Tiche") == "57038_audun-le-tiche.pdf"
    assert commune_file_name("BE/63", "Aubange") == "BE-63_aubange.pdf"
    assert combined_file_name("demo_plan") == "demo_plan_atlas.pdf"


def test_page_texts_exist_in_the_three_languages():
    for language in ("fr", "en", "de"):
        texts = Texts(language)
        assert texts["page_zoning"] and texts.format("sheet", page=1, pages=3).endswith("1/3")
    assert Texts("pt_BR").language == "en"  # any other language: English


def test_stale_temporaries_of_a_killed_export_are_removed_but_fresh_ones_kept(tmp_path):
    final = tmp_path / "57038_audun-le-tiche.pdf"
    stale, fresh = tmp_path / f".{final.name}.aaaa1111.part", tmp_path / f".{final.name}.bbbb2222.part"
    for path in (stale, fresh):
        path.write_bytes(b"%PDF-partial")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    _remove_stale_temporaries([final])
    assert not stale.exists() and fresh.exists()


def _numbered_table(columns: int, rows: int):
    from masterplan_plugin.core.atlas.blocks import Cell, Table

    return Table(tuple(f"H{i}" for i in range(columns)),
                 [tuple(Cell(f"ROW{r:03d}") if i == 0 else Cell(str(r), numeric=True) for i in range(columns))
                  for r in range(rows)], "–")


@pytest.mark.parametrize("item_id, columns",
                         [("cover_communes", 4), ("summary_table", 11), ("findings_list", 5)])
def test_a_front_table_longer_than_its_frame_continues_on_new_pages(tmp_path, item_id, columns):
    """Lens-Liévin has 36 communes, the synthetic benchmark plan 50: every row must be printed."""
    import re
    import subprocess

    from qgis.core import QgsLayoutExporter

    from masterplan_plugin.qgis_adapters.atlas import pdf_settings
    from masterplan_plugin.qgis_adapters.atlas_layout import continue_on_new_pages, fill_table

    project = QgsProject()
    front = load_layout(project, "front", "A3", "test")
    frame = front.itemById(item_id)
    fill_table(frame, _numbered_table(columns, 3))
    assert continue_on_new_pages(front, frame, "short") == 0  # a short table stays in its frame
    fill_table(frame, _numbered_table(columns, 90))
    added = continue_on_new_pages(front, frame, "Table (continued)")
    assert added >= 1 and front.pageCollection().pageCount() == FRONT_PAGE_COUNT + added
    pdf = tmp_path / "front.pdf"
    result = QgsLayoutExporter(front).exportToPdf(str(pdf), pdf_settings(72))
    assert result == QgsLayoutExporter.ExportResult.Success
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Each row once (the cover's continuation pages hold several columns, read across by pdftotext).
    assert sorted(re.findall(r"ROW\d{3}", text)) == [f"ROW{r:03d}" for r in range(90)]
    assert text.count("Table (continued)") == added
    del front
    project.clear()


def test_a_legend_too_long_for_one_column_takes_two_with_long_labels_wrapped():
    from qgis.core import QgsLayerTree, QgsMapLayerLegendUtils, QgsVectorLayer

    from masterplan_plugin.qgis_adapters.atlas_layout import _add_filtered, set_legend_root
    from masterplan_plugin.qgis_adapters.styles import hilucs_renderer

    project = QgsProject()
    layout = load_layout(project, "sheets", "A3", "test")
    legend = layout.itemById("zoning_legend")
    layer = QgsVectorLayer("Polygon?field=hilucs_code:string", "zoning", "memory")
    layer.setRenderer(hilucs_renderer("en"))
    project.addMapLayer(layer, False)
    categories = layer.renderer().categories()
    few, many = QgsLayerTree(), QgsLayerTree()
    entries = [(category.value(), category.label()) for category in categories]
    _add_filtered(few, layer, "Harmonised land use (HILUCS)", entries[:8])
    set_legend_root(legend, few)
    assert legend.columnCount() == 1
    _add_filtered(many, layer, "Harmonised land use (HILUCS)", entries)
    set_legend_root(legend, many)
    assert legend.columnCount() == 2
    node = many.findLayers()[0]
    labels = [QgsMapLayerLegendUtils.legendNodeUserLabel(node, i) for i in range(len(categories))]
    wrapped = [label for label in labels if legend.wrapString() in label]
    assert wrapped and all(len(part) <= 34 for label in wrapped for part in label.split(legend.wrapString()))
    del layout
    project.clear()
