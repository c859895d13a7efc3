"""The national zoning codes as one table: what a zone's form offers for ``national_code``.

Rows come from the nomenclature files (``nomenclature/*.csv``), one per standard and code, so a plain QGIS
form can offer a commune's codes only (a value relation filtered by the zone's standard). ``display_<lang>``
is what the drop-down shows: "code — label". QGIS shows a value outside a form (attribute table, identify)
by its key alone, whatever the filter, so a code that two standards share (PAG and plan de secteur both
have SPEC, AGR, FOR, PARC) shows both labels, each named by its standard, rather than one that may be
the other standard's.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from . import nomenclature
from .model import LANGUAGES

TABLE = "national_codes"
COLUMNS = ("standard", "code", "hilucs_code", *(f"label_{lang}" for lang in LANGUAGES),
           *(f"display_{lang}" for lang in LANGUAGES))
SEPARATOR = " — "


@dataclass(frozen=True)
class CodeRow:
    standard: str
    code: str
    hilucs_code: str | None
    labels: dict[str, str]
    displays: dict[str, str]

    def values(self) -> tuple[str | None, ...]:
        return (self.standard, self.code, self.hilucs_code,
                *(self.labels[lang] for lang in LANGUAGES), *(self.displays[lang] for lang in LANGUAGES))


@cache
def code_rows() -> tuple[CodeRow, ...]:
    """Every code of every standard, in the standards' order and each file's order."""
    entries = [(standard, code) for standard in nomenclature.STANDARDS
               for code in nomenclature.known_codes(standard)]
    standards_of = defaultdict(list)
    for standard, code in entries:
        standards_of[code].append(standard)
    return tuple(_row(standard, code, standards_of[code]) for standard, code in entries)


@cache
def digest() -> str:
    """A fingerprint of the rows: a plan's table is rewritten only when the nomenclature changed."""
    text = json.dumps([row.values() for row in code_rows()], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _row(standard: str, code: str, sharing: list[str]) -> CodeRow:
    labels = {lang: nomenclature.code_label(standard, code, lang) for lang in LANGUAGES}
    if len(sharing) == 1:
        displays = {lang: f"{code}{SEPARATOR}{labels[lang]}" for lang in LANGUAGES}
    else:
        displays = {lang: code + SEPARATOR + " / ".join(
            f"{nomenclature.code_label(other, code, lang)} ({other})" for other in sharing)
            for lang in LANGUAGES}
    hilucs = nomenclature.harmonise(standard, code)
    return CodeRow(standard, code, hilucs.code if hilucs is not None else None, labels, displays)
