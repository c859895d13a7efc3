"""What the atlas pages say, as plain data: titles, indicator tables, findings tables, legend membership.

No QGIS import here. ``atlas_layout`` only puts these rows into the layout's tables and labels, and the
tests compute the strings they expect from ``compute_indicators`` with the same ``format_number``
(``core.number_format``, shared with the panels, finding messages and reports).

Printed number formats (``format_number(value, decimals, language)``):

- hectares, percentages and m² of public green per inhabitant: 1 decimal;
- kilometres of axes: 2 decimals;
- m² of floor area, housing units, jobs, population and findings: whole numbers;
- separators follow the atlas language: ``en`` 1,234.5 · ``fr`` 1 234,5 (no-break space) · ``de`` 1.234,5;
- a missing value (a municipality without population) is printed as an en dash.

Open findings are the register entries that are not fixed and have no user decision (``needs_review``);
a finding counts for every municipality it names. The page a finding is listed on follows its layer:
mobility axes on the mobility plan, green spaces on the green-spaces plan, everything else (zoning,
municipalities, sites, layer-level checks) on the zoning plan.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely

from .. import nomenclature
from ..checks.catalogue import rule_catalogue, rule_title
from ..indicators import NOISE_HA, CommuneIndicators, PlanIndicators
from ..model import COMMUNES, GREEN, SITES, pick_label, plan_schema
from ..nomenclature.legends import hilucs_swatch
from ..number_format import DASH, SEPARATORS, format_number  # noqa: F401 (shared formatting)
from ..plan import PlanSnapshot
from ..register import RegisterEntry

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TEXTS_PATH = RESOURCES / "templates" / "atlas_texts.json"
STYLES_PATH = RESOURCES / "styles" / "styles.json"
LANGUAGES = ("fr", "en", "de")
PAGES = ("zoning", "mobility", "green")
PAGE_OF_LAYER = {"mobility_axes": "mobility", "green_spaces": "green"}
UNKNOWN_SWATCH = "#e6e6e6"  # styles.json's unknown-code fill: a zone without class is not white paper


# --- language -----------------------------------------------------------------------------------------------

def atlas_language(language: str | None) -> str:
    """'fr', 'en' or 'de' from a language or locale name ('fr_FR'); English for anything else."""
    code = (language or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


@lru_cache(maxsize=1)
def _text_table() -> dict[str, dict[str, str]]:
    raw = json.loads(TEXTS_PATH.read_text(encoding="utf-8"))
    return {key: value for key, value in raw.items() if not key.startswith("_")}


class Texts:
    """The printed labels in one language: ``texts["legend"]``, ``texts.format("sheet", page=1, pages=3)``."""

    def __init__(self, language: str):
        self.language = atlas_language(language)

    def __getitem__(self, key: str) -> str:
        return pick_label(_text_table()[key], self.language)

    def format(self, key: str, **values) -> str:
        return self[key].format(**values)


def slugify(text: str) -> str:
    """'Audun-le-Tiche' -> 'audun-le-tiche': ASCII, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "plan"


def commune_file_name(code: str, name: str) -> str:
    """One municipality's PDF: ``<code>_<slug of name>.pdf`` (``57038_audun-le-tiche.pdf``)."""
    slug = slugify(name)
    return f"{_safe(code)}_{slug}.pdf" if slug else f"{_safe(code)}.pdf"


def combined_file_name(plan_name: str) -> str:
    return f"{_safe(plan_name)}_atlas.pdf"


# --- labels of classes and domain values --------------------------------------------------------------------

def hilucs_label(code: str | None, language: str) -> str:
    """'5.1 Permanent residential use' as the zoning legend writes it; missing codes get one label."""
    if code is None:
        return Texts(language)["unknown_code"]
    return f"{code.replace('_', '.')} {nomenclature.hilucs_class(code).label(language)}"


def sorted_classes(zoning_ha: dict[str | None, float]) -> list[tuple[str | None, float]]:
    """HILUCS classes in code order, the missing code last (the core's totals keep insertion order)."""
    return sorted(zoning_ha.items(), key=lambda item: (item[0] is None, str(item[0])))


def hilucs_colour(code: str | None) -> str:
    """The class's fill on the maps (``hilucs_palette.csv``: sub-classes told apart), for table swatches."""
    return UNKNOWN_SWATCH if code is None else hilucs_swatch(code).colour


def domain_label(domain: str, value: str | None, language: str) -> str:
    if value is None or value == "":
        return Texts(language)["unknown_value"]
    return plan_schema().domain_label(domain, value, language)


@lru_cache(maxsize=1)
def _styles() -> dict:
    return json.loads(STYLES_PATH.read_text(encoding="utf-8"))


def style_colour(layer: str, value: str | None) -> str | None:
    """The default style's colour of a category (modes, green kinds, severities), None if it has none."""
    categories = _styles().get(layer, {}).get("categories", {})
    return categories.get(value, {}).get("color") if value is not None else None


# --- tables -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    text: str
    colour: str | None = None  # background colour: a swatch cell
    numeric: bool = False  # right-aligned
    bold: bool = False


@dataclass
class Table:
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    empty_message: str = ""

    def text_rows(self) -> list[list[str]]:
        return [[cell.text for cell in row] for row in self.rows]


def _num(value, decimals: int, language: str, bold: bool = False) -> Cell:
    return Cell(format_number(value, decimals, language), numeric=True, bold=bold)


def _share(part: float, whole: float, language: str, bold: bool = False) -> Cell:
    return _num(100.0 * part / whole if whole else None, 1, language, bold)


# --- findings -----------------------------------------------------------------------------------------------

def open_entries(register: list[RegisterEntry]) -> list[RegisterEntry]:
    """Findings that still need a decision: not fixed, neither ignored nor accepted."""
    return [entry for entry in register if entry.needs_review]


def findings_by_commune(register: list[RegisterEntry]) -> dict[str, Counter]:
    """{commune code: Counter({(page, rule): open findings})}."""
    counts: dict[str, Counter] = {}
    for entry in open_entries(register):
        page = PAGE_OF_LAYER.get(entry.finding.layer, "zoning")
        for commune in set(entry.finding.communes):
            counts.setdefault(commune, Counter())[(page, entry.finding.rule)] += 1
    return counts


def _severity(rule: str) -> str:
    return rule_catalogue().get(rule, {}).get("severity", "info")


def _rule_title(rule: str, language: str) -> str:
    return rule_title(rule, language) if rule in rule_catalogue() else rule


def findings_table(counts: Counter, page: str, language: str) -> Table:
    texts = Texts(language)
    rules = sorted(((rule, count) for (on_page, rule), count in counts.items() if on_page == page),
                   key=lambda item: (-item[1], item[0]))
    rows = [(Cell("", style_colour("findings", _severity(rule))), Cell(_rule_title(rule, language)),
             _num(count, 0, language)) for rule, count in rules]
    return Table(("", texts["rule"], texts["count"]), rows, texts["no_open_finding"])


# --- one municipality's sheets ------------------------------------------------------------------------------

@dataclass
class CommuneSheet:
    """Everything the three pages of one municipality print, in the atlas language."""

    code: str
    name: str
    country: str
    info: str
    zoning_classes: list[str | None]  # legend entries: the classes present, in the core's order
    modes: list[str | None]
    green_kinds: list[str]
    has_sites: bool
    tables: dict[str, Table]  # "<page>_indicators", "<page>_details", "<page>_findings"
    open_findings: int

    @property
    def file_name(self) -> str:
        return commune_file_name(self.code, self.name)


def commune_sheets(snapshot: PlanSnapshot, indicators: PlanIndicators, register: list[RegisterEntry],
                   language: str, codes: list[str] | None = None) -> list[CommuneSheet]:
    """The sheets of the municipalities ``codes`` (all by default), ordered by code."""
    language = atlas_language(language)
    wanted = set(codes) if codes is not None else None
    presence = _presence(snapshot)
    findings = findings_by_commune(register)
    sheets = []
    for item in sorted(indicators.communes, key=lambda c: c.code):
        if wanted is not None and item.code not in wanted:
            continue
        kinds, has_sites = presence.get(item.code, ([], False))
        sheets.append(_sheet(item, kinds, has_sites, findings.get(item.code, Counter()), language))
    return sheets


def _sheet(item: CommuneIndicators, kinds: list[str], has_sites: bool, counts: Counter,
           language: str) -> CommuneSheet:
    texts = Texts(language)
    info = texts.format("commune_info", code=item.code,
                        country=domain_label("country", item.country, language),
                        population=format_number(item.population, 0, language),
                        area=format_number(item.area_ha, 1, language))
    tables = {
        "zoning_indicators": zoning_table(item, language),
        "zoning_details": sites_table(item, language),
        "mobility_indicators": modes_table(item, language),
        "mobility_details": hierarchy_table(item, language),
        "green_indicators": green_table(item, language),
        "green_details": corridors_table(item, language),
    }
    for page in PAGES:
        tables[f"{page}_findings"] = findings_table(counts, page, language)
    return CommuneSheet(item.code, item.name, item.country, info, list(item.zoning_ha),
                        list(item.axes_km_by_mode), kinds, has_sites, tables, sum(counts.values()))


def zoning_table(item: CommuneIndicators, language: str) -> Table:
    texts = Texts(language)
    rows = [(Cell("", hilucs_colour(code)), Cell(hilucs_label(code, language)), _num(ha, 1, language),
             _share(ha, item.area_ha, language)) for code, ha in sorted_classes(item.zoning_ha)]
    rows.append((Cell(""), Cell(texts["total_zoned"], bold=True), _num(item.zoned_ha, 1, language, True),
                 _share(item.zoned_ha, item.area_ha, language, True)))
    return Table(("", texts["land_use_ha"], texts["ha"], texts["share"]), rows, texts["no_data"])


def sites_table(item: CommuneIndicators, language: str) -> Table:
    texts = Texts(language)
    rows = [(Cell(texts["housing_units"]), _num(item.housing_units, 0, language)),
            (Cell(texts["jobs"]), _num(item.jobs, 0, language)),
            (Cell(texts["floor_area_m2"]), _num(item.floor_area_m2, 0, language))]
    return Table((texts["indicator"], texts["value"]), rows)


def modes_table(item: CommuneIndicators, language: str) -> Table:
    texts = Texts(language)
    total = sum(item.axes_km_by_mode.values())
    rows = [(Cell("", style_colour("mobility_axes", mode)), Cell(domain_label("axis_mode", mode, language)),
             _num(km, 2, language), _share(km, total, language)) for mode, km in item.axes_km_by_mode.items()]
    if rows:
        rows.append((Cell(""), Cell(texts["total"], bold=True), _num(total, 2, language, True),
                     _share(total, total, language, True)))
    return Table(("", texts["axes_by_mode"], texts["km"], texts["share"]), rows, texts["no_data"])


def hierarchy_table(item: CommuneIndicators, language: str) -> Table:
    texts = Texts(language)
    rows = [(Cell(domain_label("axis_hierarchy", level, language)), _num(km, 2, language))
            for level, km in item.axes_km_by_hierarchy.items()]
    return Table((texts["axes_by_hierarchy"], texts["km"]), rows, texts["no_data"])


def green_table(item: CommuneIndicators, language: str) -> Table:
    texts = Texts(language)
    rows = [(Cell(texts["green_area"]), _num(item.green_m2 / 10_000, 1, language)),
            (Cell(texts["public_green_area"]), _num(item.public_green_m2 / 10_000, 1, language)),
            (Cell(texts["public_green_per_inhabitant"]),
             _num(item.public_green_m2_per_inhabitant, 1, language)),
            (Cell(texts["green_share"]), _num(100.0 * item.green_share, 1, language))]
    return Table((texts["indicator"], texts["value"]), rows)


def corridors_table(item: CommuneIndicators, language: str) -> Table:
    texts = Texts(language)
    rows = [(Cell("", style_colour("green_spaces", "corridor")), Cell(name or texts["unknown_value"]))
            for name in item.corridors]
    return Table(("", texts["corridors"]), rows, texts["no_corridor"])


def _presence(snapshot: PlanSnapshot) -> dict[str, tuple[list[str], bool]]:
    """Per municipality: the green-space kinds and whether development sites lie in it (above the
    indicators' noise area, so the legend agrees with the indicator tables)."""
    communes = snapshot.layer(COMMUNES)
    if not len(communes):
        return {}
    usable = communes.usable
    geometries, codes = communes.geometries[usable], communes.column("code")[usable]
    result = {}
    green, sites = snapshot.layer(GREEN), snapshot.layer(SITES)
    for code, commune in zip(codes, geometries, strict=False):
        kinds = _kinds_inside(green, commune)
        has_sites = bool(_areas_inside(sites, commune)[1].size) if len(sites) else False
        result[str(code)] = (kinds, has_sites)
    return result


def _areas_inside(layer, commune) -> tuple[np.ndarray, np.ndarray]:
    rows = np.flatnonzero(layer.usable) if len(layer) else np.array([], dtype=int)
    if not rows.size:
        return rows, rows
    areas = shapely.area(shapely.intersection(layer.geometries[rows], commune))
    keep = areas > NOISE_HA * 10_000
    return rows[keep], areas[keep]


def _kinds_inside(green, commune) -> list[str]:
    if not len(green):
        return []
    rows, _ = _areas_inside(green, commune)
    kinds = green.column("kind")[rows]
    order = list(plan_schema().domain_values("green_kind"))
    return sorted({str(kind) for kind in kinds if kind}, key=lambda k: order.index(k) if k in order else 99)


# --- cover and agglomeration summary ------------------------------------------------------------------------

def summary_table(indicators: PlanIndicators, sheets: list[CommuneSheet], register: list[RegisterEntry],
                  language: str) -> Table:
    """One row per municipality of the atlas, then the agglomeration (all municipalities of the plan)."""
    texts = Texts(language)
    by_code = {item.code: item for item in indicators.communes}
    rows = []
    for sheet in sheets:
        rows.append(_summary_row(by_code[sheet.code], sheet.name,
                                 domain_label("country", sheet.country, language), sheet.open_findings,
                                 language, False))
    rows.append(_summary_row(indicators.totals, texts["agglomeration"], "", len(open_entries(register)),
                             language, True))
    headers = tuple(texts[key] for key in (
        "name", "country", "population", "area_ha", "zoned_ha", "axes_km", "green_ha",
        "green_per_inhabitant_short", "housing_short", "jobs_short", "findings_short"))
    return Table(headers, rows)


def _summary_row(item: CommuneIndicators, name: str, country: str, findings: int, language: str,
                 bold: bool) -> tuple[Cell, ...]:
    return (Cell(name, bold=bold), Cell(country, bold=bold), _num(item.population, 0, language, bold),
            _num(item.area_ha, 1, language, bold), _num(item.zoned_ha, 1, language, bold),
            _num(sum(item.axes_km_by_mode.values()), 2, language, bold),
            _num(item.green_m2 / 10_000, 1, language, bold),
            _num(item.public_green_m2_per_inhabitant, 1, language, bold),
            _num(item.housing_units, 0, language, bold), _num(item.jobs, 0, language, bold),
            _num(findings, 0, language, bold))


def agglomeration_tables(indicators: PlanIndicators, language: str) -> dict[str, Table]:
    """The summary page's thematic tables for the whole agglomeration (the core's ``totals``)."""
    totals = indicators.totals
    return {
        "summary_land_use": zoning_table(totals, language),
        "summary_modes": modes_table(totals, language),
        "summary_green": green_table(totals, language),
        "summary_sites": sites_table(totals, language),
    }
