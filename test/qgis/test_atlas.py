"""The demo plan's atlas, read back from its PDFs with poppler (pdftotext, pdfinfo, pdftoppm).

The expected values are computed here from the core (``compute_indicators``, the findings register) and
formatted with the atlas's documented ``format_number``; the tests then look for them in the PDF text.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from masterplan_plugin.core.atlas.blocks import commune_file_name, format_number, hilucs_label
from masterplan_plugin.core.checks.catalogue import rule_title
from masterplan_plugin.core.checks.registry import Cancelled
from masterplan_plugin.core.errors import InputError, PlanError
from masterplan_plugin.core.indicators import compute_indicators
from masterplan_plugin.io.validation import load_snapshot, read_register, validate_plan
from masterplan_plugin.qgis_adapters import atlas as atlas_module
from masterplan_plugin.qgis_adapters.atlas import export_atlas
from masterplan_plugin.qgis_adapters.demo_builder import build_demo
from test.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
EN = "en"
PAGE_TITLES = ("Zoning plan", "Mobility plan", "Green-spaces plan")
MODE_LABELS = {"road": "Road", "tram": "Tram"}
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
FRONT = 3  # cover, agglomeration summary, open findings
HIERARCHY_LABELS = {"main_street": "Main street", "urban_boulevard": "Urban boulevard",
                    "local_street": "Local street", None: "Not given"}


# --- fixtures -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    """The demo plan, validated: its findings register is what the atlas reports."""
    files, _ = build_demo(tmp_path_factory.mktemp("atlas_demo"))
    validate_plan(files.gpkg)
    return files.gpkg


@pytest.fixture(scope="module")
def indicators(plan):
    return compute_indicators(load_snapshot(plan))


@pytest.fixture(scope="module")
def result(plan, tmp_path_factory):
    return export_atlas(plan, tmp_path_factory.mktemp("atlas"), language=EN, dpi=100)


@pytest.fixture(scope="module")
def pdf_of(result):
    def find(code: str) -> Path:
        return result.commune_pdfs[code]
    return find


# --- reading PDFs -------------------------------------------------------------------------------------------

def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def page_lines(pdf: Path, page: int) -> list[str]:
    """The page's text, one layout line each, runs of spaces collapsed and ligatures ("ﬁ") undone."""
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def page_text(pdf: Path, page: int) -> str:
    return "\n".join(page_lines(pdf, page))


def has_row(lines: list[str], *cells: str) -> bool:
    """Some line holds these cells one after the other (a table row); spaces compared as in ``page_lines``."""
    row = " ".join(" ".join(cells).split())
    return any(row in line for line in lines)


def open_findings(plan: Path, code: str) -> dict[str, dict[str, int]]:
    """{page: {rule: count}} of findings to review naming ``code``, from the register itself."""
    pages: dict[str, dict[str, int]] = {"zoning": {}, "mobility": {}, "green": {}}
    for entry in read_register(plan):
        if entry.state == "fixed" or entry.user_status != "none" or code not in entry.finding.communes:
            continue
        page = {"mobility_axes": "mobility", "green_spaces": "green"}.get(entry.finding.layer, "zoning")
        pages[page][entry.finding.rule] = pages[page].get(entry.finding.rule, 0) + 1
    return pages


# --- files and pages ----------------------------------------------------------------------------------------

def test_one_pdf_per_municipality_named_by_code_and_name(result, indicators):
    names = {path.name for path in result.commune_pdfs.values()}
    assert names == {commune_file_name(item.code, item.name) for item in indicators.communes}
    assert "57038_audun-le-tiche.pdf" in names
    assert all(path.is_file() for path in result.paths)
    assert sorted(p.name for p in result.output_dir.iterdir()) == sorted(p.name for p in result.paths)


def test_each_municipality_has_a_zoning_a_mobility_and_a_green_spaces_page(result, indicators):
    for item in indicators.communes:
        pdf = result.commune_pdfs[item.code]
        assert page_count(pdf) == 3
        for page, title in enumerate(PAGE_TITLES, start=1):
            text = page_text(pdf, page)
            assert title in text and item.name in text and f"Sheet {page}/3" in text, (item.code, page)


def test_each_page_has_scale_date_and_plan_name(pdf_of, result):
    text = page_text(pdf_of("57038"), 1)
    assert "Scale 1:20,000" in text
    assert "demo_plan" in text and result.timings  # plan name in the title block and the footer
    assert "Location in the agglomeration".upper() in text and "LEGEND" in text


def test_combined_pdf_has_cover_summary_then_every_municipality_in_code_order(result, indicators):
    pdf = result.combined_pdf
    communes = sorted(indicators.communes, key=lambda item: item.code)
    assert pdf.name == "demo_plan_atlas.pdf"
    assert page_count(pdf) == FRONT + 3 * len(communes) == result.pages - 3 * len(communes)
    cover = page_text(pdf, 1)
    assert "Master plan atlas" in cover and "demo_plan" in cover and "6 municipalities · 3 countries" in cover
    assert "Agglomeration summary" in page_text(pdf, 2)
    assert "Open findings by municipality" in page_text(pdf, 3)
    for index, item in enumerate(communes):
        first = FRONT + 1 + 3 * index
        assert has_row(page_lines(pdf, 1), item.code, item.name)  # the cover's list of municipalities
        for offset, title in enumerate(PAGE_TITLES):
            text = page_text(pdf, first + offset)
            assert title in text and item.name in text, (item.code, title)


# --- legend and indicators ----------------------------------------------------------------------------------

def test_zoning_legend_shows_the_classes_of_the_municipality_and_no_other(pdf_of, indicators):
    every_class = set(indicators.totals.zoning_ha)
    for item in indicators.communes:
        text = page_text(pdf_of(item.code), 1)
        for code in every_class:
            label = hilucs_label(code, EN)
            assert (label in text) == (code in item.zoning_ha), (item.code, label)
    assert "2 Secondary production" in page_text(pdf_of("57038"), 1)
    assert "Secondary production" not in page_text(pdf_of("54580"), 1)


def test_zoning_page_hectares_equal_the_core(pdf_of, indicators):
    for item in indicators.communes:
        lines = page_lines(pdf_of(item.code), 1)
        for code, ha in item.zoning_ha.items():
            share = 100 * ha / item.area_ha
            cells = hilucs_label(code, EN), format_number(ha, 1, EN), format_number(share, 1, EN)
            assert has_row(lines, *cells), (item.code, code)
        assert has_row(lines, "Total zoned", format_number(item.zoned_ha, 1, EN))
        assert has_row(lines, "Housing units", format_number(item.housing_units, 0, EN))
        assert has_row(lines, "Jobs", format_number(item.jobs, 0, EN))
        assert has_row(lines, "Floor area (m²)", format_number(item.floor_area_m2, 0, EN))


def test_mobility_page_kilometres_equal_the_core(pdf_of, indicators):
    for item in indicators.communes:
        lines = page_lines(pdf_of(item.code), 2)
        total = sum(item.axes_km_by_mode.values())
        for mode, km in item.axes_km_by_mode.items():
            share = format_number(100 * km / total, 1, EN)
            assert has_row(lines, MODE_LABELS[mode], format_number(km, 2, EN), share), (item.code, mode)
        for level, km in item.axes_km_by_hierarchy.items():
            assert has_row(lines, HIERARCHY_LABELS[level], format_number(km, 2, EN)), (item.code, level)
        legend = {label for mode, label in MODE_LABELS.items() if mode not in item.axes_km_by_mode}
        unnamed = [line.replace("Tram Alzette", "") for line in lines]  # axis names are on the map
        assert not any(has_row(unnamed, label) for label in legend), item.code


def test_green_page_indicators_equal_the_core(pdf_of, indicators):
    for item in indicators.communes:
        lines = page_lines(pdf_of(item.code), 3)
        assert has_row(lines, "Green spaces (ha)", format_number(item.green_m2 / 10_000, 1, EN))
        assert has_row(lines, "Public green spaces (ha)", format_number(item.public_green_m2 / 10_000, 1, EN))
        assert has_row(lines, "Public green per inhabitant (m²)",
                       format_number(item.public_green_m2_per_inhabitant, 1, EN))
        share = format_number(100 * item.green_share, 1, EN)
        assert has_row(lines, "Green share of the municipality (%)", share)
        for corridor in item.corridors:
            assert has_row(lines, corridor), item.code
        if not item.corridors:
            assert has_row(lines, "No green corridor")


def test_summary_page_rows_and_totals_equal_the_core(result, indicators):
    lines = page_lines(result.combined_pdf, 2)
    totals = indicators.totals
    assert has_row(lines, "Agglomeration", format_number(totals.population, 0, EN),
                   format_number(totals.area_ha, 1, EN), format_number(totals.zoned_ha, 1, EN),
                   format_number(sum(totals.axes_km_by_mode.values()), 2, EN))
    for item in indicators.communes:
        assert has_row(lines, item.name), item.code
    for code, ha in totals.zoning_ha.items():
        assert has_row(lines, hilucs_label(code, EN), format_number(ha, 1, EN))


# --- findings -----------------------------------------------------------------------------------------------

def test_open_findings_per_municipality_equal_the_register(plan, pdf_of, indicators):
    found_any = False
    for item in indicators.communes:
        expected = open_findings(plan, item.code)
        total = sum(sum(rules.values()) for rules in expected.values())
        found_any |= total > 0
        for page_number, page in enumerate(("zoning", "mobility", "green"), start=1):
            lines = page_lines(pdf_of(item.code), page_number)
            assert has_row(lines, f"Open findings of the municipality, all themes: {total}"), item.code
            for rule, count in expected[page].items():
                assert has_row(lines, rule_title(rule, EN), str(count)), (item.code, rule)
            if not expected[page]:
                assert has_row(lines, "No open finding"), (item.code, page)
    assert found_any, "the demo was validated: its municipalities have open findings"


# --- the picture for the README -----------------------------------------------------------------------------

def test_first_pages_render_to_png_for_the_readme(pdf_of, result):
    from qgis.PyQt.QtGui import QImage

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {"atlas_57038_zoning": (pdf_of("57038"), 1), "atlas_cover": (result.combined_pdf, 1)}
    for name, (pdf, page) in shots.items():
        prefix = SCREENSHOTS / name
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(prefix)], check=True)
        image = QImage(str(prefix.with_suffix(".png")))
        assert not image.isNull() and image.width() > image.height()  # landscape
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 12, name


# --- options ------------------------------------------------------------------------------------------------

def test_a4_in_french_for_one_municipality(plan, tmp_path, indicators):
    out = export_atlas(plan, tmp_path, communes=["57038"], page_format="a4", combined=False, language="fr")
    assert list(out.commune_pdfs) == ["57038"] and out.combined_pdf is None and out.pages == 3
    pdf = out.commune_pdfs["57038"]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "842 x 595 pts (A4)" in info
    lines = page_lines(pdf, 1)
    item = indicators.commune("57038")
    assert any("Plan de zonage" in line for line in lines)
    assert has_row(lines, hilucs_label("5_1", "fr"), format_number(item.zoning_ha["5_1"], 1, "fr"))
    assert has_row(lines, f"Échelle 1:{format_number(25_000, 0, 'fr')}")  # A4: one round scale smaller
    assert any("0,4" in line and "km" in line for line in lines)  # the scale bar speaks French too


@pytest.mark.parametrize("options, message", [
    ({"communes": ["99999"]}, "not in the plan"),
    ({"page_format": "A0"}, "A3 or A4"),
    ({"dpi": 10}, "resolution"),
])
def test_bad_options_are_input_errors_and_write_nothing(plan, tmp_path, options, message):
    with pytest.raises(InputError, match=message):
        export_atlas(plan, tmp_path / "out", **options)
    assert not (tmp_path / "out").exists()


# --- atomic output ------------------------------------------------------------------------------------------

def _good_pdf(plan: Path, folder: Path) -> tuple[Path, bytes]:
    good = export_atlas(plan, folder, communes=["57038"], combined=False, language=EN).commune_pdfs["57038"]
    return good, good.read_bytes()


def test_cancelling_after_the_first_page_leaves_no_partial_file_and_keeps_the_good_pdf(plan, tmp_path):
    good, content = _good_pdf(plan, tmp_path)
    reported: list[float] = []

    def progress(percent: float, step: str) -> None:
        if percent > 0 and step:
            reported.append(percent)  # pages were rendered

    with pytest.raises(Cancelled):
        export_atlas(plan, tmp_path, language=EN, progress=progress, is_cancelled=lambda: bool(reported))
    assert len(reported) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == [good.name]
    assert good.read_bytes() == content


def test_cancelling_inside_the_combined_pdf_replaces_nothing(plan, tmp_path):
    good, content = _good_pdf(plan, tmp_path)
    steps: list[str] = []

    def progress(percent: float, step: str) -> None:
        steps.append(step)

    def is_cancelled() -> bool:  # once the combined PDF has its first municipality
        return any(step.startswith("demo_plan_atlas.pdf:") for step in steps)

    with pytest.raises(Cancelled):
        export_atlas(plan, tmp_path, language=EN, progress=progress, is_cancelled=is_cancelled)
    assert sorted(path.name for path in tmp_path.iterdir()) == [good.name]
    assert good.read_bytes() == content


def test_a_failed_page_export_raises_and_leaves_no_partial_file(plan, tmp_path, monkeypatch):
    good, content = _good_pdf(plan, tmp_path)
    real = atlas_module.QgsLayoutExporter

    class FailingSecondExport:
        """A QgsLayoutExporter whose second single-layout export fails as a full disk would."""

        ExportResult, PdfExportSettings = real.ExportResult, real.PdfExportSettings
        calls = 0

        def __init__(self, layout):
            self._exporter = real(layout)

        def exportToPdf(self, path, settings):  # noqa: N802 - the QGIS name
            FailingSecondExport.calls += 1
            if FailingSecondExport.calls == 2:
                return real.ExportResult.FileError
            return self._exporter.exportToPdf(path, settings)

    monkeypatch.setattr(atlas_module, "QgsLayoutExporter", FailingSecondExport)
    with pytest.raises(PlanError, match="cannot be written"):
        export_atlas(plan, tmp_path, language=EN)
    assert sorted(path.name for path in tmp_path.iterdir()) == [good.name]
    assert good.read_bytes() == content
