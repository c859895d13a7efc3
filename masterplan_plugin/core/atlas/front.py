"""The combined atlas's front matter as plain data (no QGIS import): the document block of the cover
(organisation, author, version, status, date, sources) and the list of open findings per municipality.

Cover fields come from the export's options, else from the plan's settings (``plan_settings`` table):

==================  ==========================  =========================================
option              plan setting                printed
==================  ==========================  =========================================
``organisation``    ``organisation``            as given
``author``          ``author``                  as given
``version``         ``document_version``        as given
``status``          ``document_status``         ``draft`` / ``review`` / ``approved`` translated
                                                (default ``draft``), anything else as given
``sources``         ``sources``                 as given, then the zoning's source documents
==================  ==========================  =========================================

The zoning's sources are the plan's own record of its imports: each zone keeps the document it came from
(``source_document``: a CNIG document's IDURBA, else the imported file's name) and its standard.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..checks.catalogue import rule_catalogue, rule_title
from ..model import ZONING
from ..plan import PlanSnapshot
from ..register import RegisterEntry
from .blocks import Cell, CommuneSheet, Table, Texts, domain_label, open_entries, style_colour

STATUSES = ("draft", "review", "approved")
SETTING_OF = {"organisation": "organisation", "author": "author", "version": "document_version",
              "status": "document_status", "sources": "sources"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class FrontMatter:
    """What the cover says about the document (empty strings are left out)."""

    organisation: str = ""
    author: str = ""
    version: str = ""
    status: str = "draft"
    sources: str = ""

    def status_label(self, texts: Texts) -> str:
        return texts[f"status_{self.status}"] if self.status in STATUSES else self.status


def front_matter(settings: dict[str, str], **options: str | None) -> FrontMatter:
    """The cover fields: each option given (not None) wins over the plan setting of the same meaning."""
    values = {}
    for name, key in SETTING_OF.items():
        given = options.get(name)
        values[name] = str(given if given is not None else settings.get(key) or "").strip()
    status = values["status"].lower()
    values["status"] = status if status in STATUSES else (values["status"] or "draft")
    return FrontMatter(**values)


def zoning_sources(snapshot: PlanSnapshot, language: str) -> list[str]:
    """'fr_zoning.gpkg — PLU (CNIG standard, France), 30 zones', one line per source document."""
    zoning = snapshot.layer(ZONING)
    if not len(zoning):
        return []
    texts = Texts(language)
    counts = Counter(zip(zoning.column("source_document"), zoning.column("standard"), strict=True))
    lines = []
    for (document, standard), count in sorted(counts.items(), key=lambda item: tuple(map(str, item[0]))):
        name = document or texts["source_unknown"]
        standard_label = domain_label("zoning_standard", standard, language)
        lines.append(texts.format("source_line", document=name, standard=standard_label, count=count))
    return lines


def document_lines(front: FrontMatter, texts: Texts, date: str) -> list[tuple[str, str]]:
    """(label, value) rows of the cover's document block, empty fields left out."""
    rows = [("organisation", front.organisation), ("author", front.author), ("version", front.version),
            ("status", front.status_label(texts)), ("date", date)]
    return [(texts[key], value) for key, value in rows if value]


def sources_text(front: FrontMatter, snapshot_sources: list[str], texts: Texts) -> str:
    lines = [front.sources] if front.sources else []
    if snapshot_sources:
        lines.append(texts.format("sources_zoning", documents="; ".join(snapshot_sources)))
    return "\n".join(lines) or texts["sources_none"]


# --- the findings list ------------------------------------------------------------------------------------

def findings_list_table(register: list[RegisterEntry], sheets: list[CommuneSheet], language: str) -> Table:
    """Open findings per municipality of the atlas (in the atlas's order), then those naming none:
    municipality, severity (swatch and word), rule title, message in the atlas language."""
    texts = Texts(language)
    names = {sheet.code: sheet.name for sheet in sheets}
    by_commune: dict[str | None, list[RegisterEntry]] = {code: [] for code in names}
    by_commune[None] = []
    for entry in open_entries(register):
        communes = [code for code in dict.fromkeys(entry.finding.communes) if code in names]
        if not entry.finding.communes:
            by_commune[None].append(entry)
        for code in communes:
            by_commune[code].append(entry)
    rows = []
    for code, entries in by_commune.items():
        where = f"{code} {names[code]}" if code is not None else texts["whole_plan"]
        for entry in sorted(entries, key=_order):
            severity = entry.finding.severity.value
            rows.append((Cell(where), Cell("", style_colour("findings", severity)),
                         Cell(domain_label("severity", severity, language)), Cell(_title(entry, language)),
                         Cell(_message(entry, language))))
    headers = (texts["municipality"], "", texts["severity"], texts["rule"], texts["message"])
    return Table(headers, rows, texts["no_open_finding"])


def _order(entry: RegisterEntry) -> tuple:
    finding = entry.finding
    return SEVERITY_ORDER.get(finding.severity.value, 3), finding.rule, finding.feature_ids


def _title(entry: RegisterEntry, language: str) -> str:
    rule = entry.finding.rule
    return rule_title(rule, language) if rule in rule_catalogue() else rule


def _message(entry: RegisterEntry, language: str) -> str:
    try:
        return entry.finding.message(language)
    except Exception:  # noqa: BLE001 - a register written by another version: the rule's title is printed
        return _title(entry, language)


def communes_table(sheets: list[CommuneSheet], language: str, front_pages: int,
                   pages_per_commune: int = 3) -> Table:
    """The cover's list of municipalities with their pages in the combined PDF (after ``front_pages``)."""
    texts = Texts(language)
    rows = []
    for index, sheet in enumerate(sheets):
        first = front_pages + 1 + pages_per_commune * index
        country = domain_label("country", sheet.country, language)
        rows.append((Cell(sheet.code), Cell(sheet.name), Cell(country),
                     Cell(f"{first}–{first + pages_per_commune - 1}", numeric=True)))
    return Table((texts["code"], texts["name"], texts["country"], "p."), rows)
