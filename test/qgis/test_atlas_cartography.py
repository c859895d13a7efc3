"""The atlas as a publishable plan (issue #12 items 4, 5, 8, 10), read back from the PDFs with poppler.

Zone codes on the zoning plan, national legends, the unknown-code symbol, the mobility legend (hierarchy
and status), borders, the cover's document block and sources, the open-findings list and the PDFs'
metadata. Expected texts come from the plan itself (register, nomenclature data), not from the code under
test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from masterplan_plugin.core.checks.catalogue import rule_title
from masterplan_plugin.core.model import plan_schema
from masterplan_plugin.core.nomenclature.legends import national_legend
from masterplan_plugin.io.plan_file import write_plan_setting
from masterplan_plugin.io.validation import read_register, validate_plan
from masterplan_plugin.qgis_adapters.atlas import export_atlas
from masterplan_plugin.qgis_adapters.atlas_layout import MAP_HEIGHT
from masterplan_plugin.qgis_adapters.demo_builder import build_demo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

EN = "en"
PT_PER_MM = 72 / 25.4
COVER = {"organisation": "Agence d'urbanisme Alzette-Belval", "author": "Claire Martin", "version": "1.2",
         "status": "review", "sources": "Communes: IGN Admin Express 2024, ACT, SPW"}
UNKNOWN = "Code unknown to the standard, or missing (see the findings)"
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


# --- fixtures -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    files, _ = build_demo(tmp_path_factory.mktemp("atlas_carto_demo"))
    validate_plan(files.gpkg)
    return files.gpkg


@pytest.fixture(scope="module")
def harmonised(plan, tmp_path_factory):
    return export_atlas(plan, tmp_path_factory.mktemp("harmonised"), language=EN, dpi=72, **COVER)


@pytest.fixture(scope="module")
def national(plan, tmp_path_factory):
    return export_atlas(plan, tmp_path_factory.mktemp("national"), language=EN, dpi=72, legend="national",
                        combined=False)


# --- reading PDFs -------------------------------------------------------------------------------------------

def text(pdf: Path, page: int, box_mm: tuple[float, float, float, float] | None = None) -> str:
    """A page's text (or the text inside ``box_mm`` = x, y, width, height on an A3 page), spaces collapsed."""
    command = ["pdftotext", "-layout", "-f", str(page), "-l", str(page)]
    if box_mm:
        command += [option for flag, value in zip(("-x", "-y", "-W", "-H"), box_mm, strict=True)
                    for option in (flag, str(round(value * PT_PER_MM)))]
    raw = subprocess.run([*command, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for ligature, letters in LIGATURES.items():
        raw = raw.replace(ligature, letters)
    return "\n".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())


def words(block: str) -> set[str]:
    return set(block.split())


def map_text(pdf: Path, page: int) -> str:
    """The text printed inside the page's main map (A3 sheet: 8 mm margins, 282 mm wide)."""
    return text(pdf, page, (8, 8, 282, MAP_HEIGHT))


def legend_text(pdf: Path, page: int) -> str:
    """The sheet's right panel, from the legend heading to the findings heading."""
    return text(pdf, page, (295, 126, 117, 100))


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pairs = (line.partition(":") for line in out.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


# --- zone codes on the map (item 4) -------------------------------------------------------------------------

def test_zone_codes_are_labelled_on_the_zoning_plan_of_their_municipality_only(harmonised):
    audun = map_text(harmonised.commune_pdfs["57038"], 1)
    assert {"U", "AUc", "A", "N"} <= words(audun)  # LIBELLE of the CNIG zones (here equal to TYPEZONE)
    assert not words(audun) & {"HAB-1", "MIX-u", "BEP"}  # the neighbours' zones are context, unlabelled
    esch = map_text(harmonised.commune_pdfs["LU-ESCH"], 1)
    assert {"HAB-1", "HAB-2", "MIX-u", "BEP", "ECO-c1", "PARC", "FOR", "AGR"} <= words(esch)
    assert "HAB-3" in words(esch)  # an unknown code is shown as the plan writes it
    assert "?" in words(map_text(harmonised.commune_pdfs["BE-AUBANGE"], 1))  # the zone without a code
    assert "AUc" not in words(map_text(harmonised.commune_pdfs["57038"], 2))  # on the zoning plan only


def test_zone_labels_do_not_overlap_and_are_legible(harmonised):
    """One label per zone of Audun-le-Tiche (9 blocks; none dropped or doubled), at 10 pt on A3."""
    pdf = harmonised.commune_pdfs["57038"]
    box = [str(round(v * PT_PER_MM)) for v in (8, 8, 282, MAP_HEIGHT)]
    crop = ["-x", box[0], "-y", box[1], "-W", box[2], "-H", box[3]]
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", *crop, str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    codes = [(float(y1) - float(y0), word, (float(x0), float(y0), float(x1), float(y1)))
             for x0, y0, x1, y1, word in re.findall(
                 r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<', html)
             if word in {"U", "AUc", "A", "N"}]
    assert sorted(word for _, word, _ in codes) == ["A", "A", "AUc", "N", "N", "U", "U", "U", "U"]
    assert all(height >= 9 for height, _, _ in codes)  # the word box of 10 pt text (DejaVu: ~11.6 pt)
    boxes = [box for _, _, box in codes]
    for index, a in enumerate(boxes):
        for b in boxes[index + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


# --- legends (items 4 and 8) --------------------------------------------------------------------------------

def test_harmonised_legend_lists_the_classes_present_and_the_unknown_code_entry(harmonised):
    esch = legend_text(harmonised.commune_pdfs["LU-ESCH"], 1)
    assert "Harmonised land use (HILUCS)" in esch and UNKNOWN in esch  # HAB-3 has no class
    assert "5.1 Permanent residential use" in esch and "Agriculture" in esch
    assert "Light end product industry" in esch  # ECO-c1
    assert "Raw industry" not in esch and "Forestry" in esch  # classes of the plan, not all 47
    assert UNKNOWN not in legend_text(harmonised.commune_pdfs["57038"], 1)


def _legend_labels(standard: str, keys: list[str]) -> list[str]:
    classes = {item.key: item for item in national_legend(standard)}
    return [classes[key].label(EN) for key in keys]


def test_national_legend_uses_the_cnig_families_for_a_french_municipality(national):
    audun = legend_text(national.commune_pdfs["57038"], 1)
    assert "Zoning – PLU (CNIG standard, France)" in audun
    for label in _legend_labels("CNIG", ["U", "AUc", "A", "N"]):
        assert label in audun, label
    assert "AUs" not in audun and "HILUCS" not in audun and UNKNOWN not in audun


def test_national_legend_uses_the_pag_categories_for_a_luxembourg_municipality(national):
    esch = legend_text(national.commune_pdfs["LU-ESCH"], 1)
    assert "Zoning – PAG (RGD 2017, Luxembourg)" in esch
    for label in _legend_labels("PAG", ["HAB-1", "HAB-2", "MIX-u", "BEP", "ECO-c1", "AGR", "FOR", "PARC"]):
        assert label in esch, label
    assert UNKNOWN in esch  # HAB-3
    assert "U — Urban zone" not in esch  # the French neighbour's legend is not Esch's


def test_national_legend_uses_the_plan_de_secteur_for_a_walloon_municipality(national):
    aubange = legend_text(national.commune_pdfs["BE-AUBANGE"], 1)
    assert "Zoning – Plan de secteur (Wallonia)" in aubange
    for label in _legend_labels("PDS", ["HAB", "HAB_RUR", "SPEC", "AGR", "FOR", "EV"]):
        assert label in aubange, label
    assert UNKNOWN in aubange  # the zone without a code


def test_mobility_legend_explains_colour_width_and_dashes(harmonised):
    audun = legend_text(harmonised.commune_pdfs["57038"], 2)
    labels = {value: plan_schema().domain_label("axis_hierarchy", value, EN)
              for value in plan_schema().domain_values("axis_hierarchy")}
    assert "Axes: mode (colour)" in audun and "Road" in audun and "Tram" in audun
    assert "Axes: hierarchy (line width)" in audun
    for level in ("urban_boulevard", "main_street", "local_street"):
        assert labels[level] in audun
    assert labels["motorway"] not in audun  # levels the municipality has, only
    assert "Axes: status (line style)" in audun and "Existing" in audun and "Planned" in audun
    villerupt = legend_text(harmonised.commune_pdfs["54580"], 2)
    assert "Existing" in villerupt and "Planned" not in villerupt  # no planned axis in Villerupt


def test_axis_names_run_along_the_lines_of_the_mobility_plan(harmonised):
    audun = map_text(harmonised.commune_pdfs["57038"], 2)
    assert "Impasse des Mines" in audun.replace("\n", " ") or "Mines" in audun


def test_national_borders_are_in_the_legend_where_the_map_shows_one(harmonised):
    for page in (1, 2, 3):
        assert "National border" in legend_text(harmonised.commune_pdfs["57038"], page)  # FR | LU
    assert "National border" in text(harmonised.combined_pdf, 1)


# --- front matter (item 10) ---------------------------------------------------------------------------------

def test_cover_names_organisation_author_version_status_and_sources(harmonised):
    cover = text(harmonised.combined_pdf, 1)
    for line in ("Organisation: Agence d'urbanisme Alzette-Belval", "Author: Claire Martin", "Version: 1.2",
                 "Status: For review"):
        assert line in cover, line
    assert "SOURCES" in cover and "IGN Admin Express 2024" in cover
    flat = " ".join(cover.split())
    assert "fr_zoning.gpkg (PLU (CNIG standard, France), 30 zones)" in flat
    assert "lu_zoning.gpkg (PAG (RGD 2017, Luxembourg), 17 zones)" in flat


def test_cover_fields_default_to_the_plan_settings(plan, tmp_path):
    for key, value in (("organisation", "Ville d'Esch"), ("author", "Service urbanisme"),
                       ("document_version", "3"), ("document_status", "approved")):
        write_plan_setting(plan, key, value)
    try:
        out = export_atlas(plan, tmp_path, communes=["LU-ESCH"], language="fr", dpi=72)
        cover = text(out.combined_pdf, 1)
        assert "Organisme : Ville d'Esch" in cover and "Statut : Approuvé" in cover and "Version : 3" in cover
        assert pdf_info(out.combined_pdf)["Author"] == "Service urbanisme"
    finally:
        for key in ("organisation", "author", "document_version", "document_status"):
            write_plan_setting(plan, key, None)


def test_pdf_titles_name_the_plan_and_the_municipality(harmonised):
    info = pdf_info(harmonised.commune_pdfs["57038"])
    assert info["Title"] == "demo_plan · Audun-le-Tiche (57038) — Master plan atlas"
    assert info["Author"] == "Claire Martin"
    combined = pdf_info(harmonised.combined_pdf)
    assert combined["Title"] == "demo_plan — Master plan atlas" and combined["Author"] == "Claire Martin"
    assert "For review" in combined["Subject"]
    assert int(combined["Pages"]) == harmonised.pages - 3 * len(harmonised.commune_pdfs)  # pages intact
    assert "Master plan atlas" in text(harmonised.combined_pdf, 1)


def test_findings_page_lists_each_open_finding_with_title_message_and_severity(plan, harmonised):
    pdf = harmonised.combined_pdf
    page = text(pdf, 3)
    assert page.startswith("Open findings by municipality · demo_plan")
    flat = " ".join(page.split())
    open_entries = [entry for entry in read_register(plan) if entry.needs_review]
    assert open_entries
    for entry in open_entries:
        finding = entry.finding
        assert rule_title(finding.rule, EN) in flat, finding.rule
        message = " ".join(finding.message(EN).split())
        assert message[:60] in flat, message
    rows = [line for line in page.splitlines() if re.match(r"^(\S+ [A-Z]|Whole plan)", line)]
    named = sum(len(set(entry.finding.communes)) or 1 for entry in open_entries)
    assert len([line for line in rows if re.search(r"\b(Error|Warning|Information)\b", line)]) == named
    assert "Whole plan (no municipality)" in flat  # the site without geometry names no municipality
