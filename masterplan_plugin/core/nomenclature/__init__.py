"""Land-use nomenclatures: INSPIRE HILUCS, crosswalks from national zoning codes, compatibility matrix.

The data live in CSV files next to this module (their sources are in ``README.md``); this loader reads
them once, checks them, and answers three questions:

- ``harmonise("PAG", "HAB-1")`` — which HILUCS class does a national zoning code mean?  ``None`` means
  the code is unknown: an unknown code is never mapped to a guessed class. A known code with an unknown
  (or "not applicable") sub-code falls back to the code's own default row.
- ``known_codes("CNIG")`` / ``code_label("PDS", "HAB_RUR", "de")`` — code pickers and legends.
- ``compatibility("2_1", "5_1")`` — may these two land uses be neighbours?

Which standards exist, and each one's files, country and rules, is ``standards.json`` (``standards.py``).

Crosswalk files share one layout: ``code, subcode, hilucs_code, label_fr, label_en, label_de, note``
(+ optional columns). A row with an empty ``subcode`` is the code's default; ``code`` ``*`` makes a
sub-code row valid under every code (CNIG DESTDOMI/FORMDOMI refine any TYPEZONE); an empty
``hilucs_code`` on a sub-code row means "no refinement, keep the code's default".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from pathlib import Path
from typing import NoReturn

from ..errors import InputError
from ..model import pick_label
from .standards import NomenclatureDataError, UnknownStandardError, zoning_standard, zoning_standards

DATA_DIR = Path(__file__).parent
HILUCS_CSV = DATA_DIR / "hilucs.csv"
COMPATIBILITY_CSV = DATA_DIR / "compatibility.csv"
# Kept for the modules that name them; ``standards.json`` is where a standard is described.
CROSSWALK_CSV = {s.id: s.crosswalk for s in zoning_standards() if s.crosswalk is not None}
STANDARDS = tuple(s.id for s in zoning_standards())
LANGUAGES = ("fr", "en", "de")
HILUCS_URI = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
ANY_CODE = "*"

__all__ = [
    "STANDARDS",
    "Compatibility",
    "HilucsClass",
    "NomenclatureDataError",
    "UnknownCodeError",
    "UnknownStandardError",
    "code_label",
    "compatibility",
    "harmonise",
    "hilucs_class",
    "hilucs_classes",
    "known_codes",
]


class UnknownCodeError(InputError):
    """A HILUCS code that is not in ``hilucs.csv`` (raised by ``hilucs_class`` and ``compatibility``)."""


class Compatibility(Enum):
    COMPATIBLE = "compatible"
    BUFFER = "buffer"  # acceptable only with a buffer or transition between the two uses
    CONFLICT = "conflict"

    @property
    def rank(self) -> int:
        """0, 1, 2 — larger is worse; ``max(values, key=lambda v: v.rank)`` is the worst case."""
        return _RANK[self]


_RANK = {Compatibility.COMPATIBLE: 0, Compatibility.BUFFER: 1, Compatibility.CONFLICT: 2}


@dataclass(frozen=True)
class HilucsClass:
    code: str  # short stable key: "5_1"
    inspire_value: str  # registry value: "5_1_PermanentResidentialUse"
    level: int  # 1, 2 or 3
    parent: str | None  # short code of the parent class, None at level 1
    labels: dict[str, str] = field(hash=False)  # {"fr", "en", "de"}
    colour: str  # "#RRGGBB", INSPIRE default portrayal

    def label(self, language: str = "en") -> str:
        return pick_label(self.labels, language)

    @property
    def uri(self) -> str:
        return HILUCS_URI + self.inspire_value


# --- reading the files --------------------------------------------------------------------------------


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle)]


def _fail(path: Path, line: int, message: str) -> NoReturn:
    raise NomenclatureDataError(f"{path.name}, line {line}: {message}")


def _labels(row: dict[str, str]) -> dict[str, str]:
    return {language: row[f"label_{language}"] for language in LANGUAGES if row.get(f"label_{language}")}


@cache
def _hilucs() -> dict[str, HilucsClass]:
    classes: dict[str, HilucsClass] = {}
    for line, row in enumerate(_rows(HILUCS_CSV), start=2):
        code, level, parent = row["code"], int(row["level"]), row["parent"] or None
        if code in classes:
            _fail(HILUCS_CSV, line, f"duplicate code {code}")
        if not row["inspire_value"].startswith(code + "_") or code.count("_") != level - 1:
            _fail(HILUCS_CSV, line, f"code {code} does not match level {level} / {row['inspire_value']}")
        if (parent is None) != (level == 1) or (
            parent and (parent not in classes or not code.startswith(parent + "_"))
        ):
            _fail(
                HILUCS_CSV,
                line,
                f"parent {parent!r} must be an earlier row, a prefix of {code}, " "and empty at level 1",
            )
        if not re.fullmatch(r"#[0-9A-F]{6}", row["colour"]):
            _fail(HILUCS_CSV, line, f"colour {row['colour']!r} is not #RRGGBB")
        classes[code] = HilucsClass(code, row["inspire_value"], level, parent, _labels(row), row["colour"])
    return classes


@cache
def _hilucs_lookup() -> dict[str, str]:
    """Lower-case short code or INSPIRE value -> short code."""
    lookup = {}
    for hilucs in _hilucs().values():
        lookup[hilucs.code.lower()] = hilucs.code
        lookup[hilucs.inspire_value.lower()] = hilucs.code
    return lookup


def _find_hilucs(code: str | HilucsClass | None) -> str | None:
    if isinstance(code, HilucsClass):
        return code.code if code.code in _hilucs() else None
    if code is None:
        return None
    text = str(code).strip()
    if text.lower().startswith(("http://", "https://")) and "/hilucsvalue/" in text.lower():
        text = text.rsplit("/", 1)[-1]
    return _hilucs_lookup().get(text.lower())


@cache
def _matrix() -> dict[tuple[str, str], Compatibility]:
    return _read_matrix(COMPATIBILITY_CSV, tuple(c.code for c in _hilucs().values() if c.level == 2))


def _read_matrix(path: Path, classes: tuple[str, ...]) -> dict[tuple[str, str], Compatibility]:
    """Read a square matrix; it must cover exactly ``classes`` and be symmetric."""
    with path.open(encoding="utf-8", newline="") as handle:
        table = [[cell.strip() for cell in row] for row in csv.reader(handle) if row]
    columns = table[0][1:]
    if sorted(columns) != sorted(classes) or len(set(columns)) != len(columns):
        _fail(path, 1, f"columns must be exactly the level-2 classes {classes}")
    matrix: dict[tuple[str, str], Compatibility] = {}
    for line, row in enumerate(table[1:], start=2):
        if len(row) != len(columns) + 1:
            _fail(path, line, f"expected {len(columns) + 1} cells, found {len(row)}")
        for column, value in zip(columns, row[1:], strict=True):
            try:
                matrix[(row[0], column)] = Compatibility(value)
            except ValueError:
                _fail(path, line, f"{value!r} is not one of compatible, buffer, conflict")
    rows = [row[0] for row in table[1:]]
    if sorted(rows) != sorted(classes) or len(set(rows)) != len(rows):
        _fail(path, 1, f"rows must be exactly the level-2 classes {classes}")
    for (a, b), value in matrix.items():
        if matrix[(b, a)] is not value:
            _fail(
                path,
                2 + rows.index(a),
                f"not symmetric: {a}/{b} is {value.value}, " f"{b}/{a} is {matrix[(b, a)].value}",
            )
    return matrix


# --- crosswalks ---------------------------------------------------------------------------------------


def _upper_key(text: str) -> str:
    return text.strip().upper()


def _pag_key(text: str) -> str:
    """'hab_1', '[HAB-1]', 'Hab 1' -> 'HAB-1'; nothing more lenient (HAB1 stays unknown)."""
    return re.sub(r"[\s_\-]+", "-", text.strip().strip("[]").strip().upper()).strip("-")


def _pds_key(text: str) -> str:
    """Codes and names, case, accents and apostrophes ignored; a leading 'zone d'/'zone de' is optional."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    words = re.sub(r"[\s'’`_\-/]+", " ", folded.lower()).split()
    if words[:1] == ["zone"]:
        words = words[1:]
        if words[:1] in (["d"], ["de"], ["des"], ["du"]):
            words = words[1:]
    return " ".join(words)


def _subcode_key(text: str) -> str:
    """Zero padding is not significant: DESTDOMI '01' == '1', FORMDOMI '0100' == '100'."""
    text = text.strip()
    return str(int(text)) if text.isascii() and text.isdigit() else text.upper()


@dataclass(frozen=True)
class _Crosswalk:
    codes: tuple[str, ...]  # canonical spellings, file order
    aliases: dict[str, str]  # normalised code, name or alias -> code key
    defaults: dict[str, str]  # code key -> HILUCS code
    refinements: dict[tuple[str, str], str | None]  # (code key or "*", subcode key) -> HILUCS or None
    labels: dict[str, dict[str, str]]  # code key -> {"fr", "en", "de"}
    code_key: Callable[[str], str]

    def find(self, code: str) -> str | None:
        return self.aliases.get(self.code_key(code))


# The rules ``standards.json`` names in ``code_key``.
_CODE_KEYS: dict[str, Callable[[str], str]] = {"upper": _upper_key, "pag": _pag_key, "pds": _pds_key}


@cache
def _crosswalk(standard: str) -> _Crosswalk:
    descriptor = zoning_standard(standard)
    path, code_key = CROSSWALK_CSV[descriptor.id], _CODE_KEYS[descriptor.code_key]
    codes: list[str] = []
    aliases: dict[str, str] = {}
    defaults: dict[str, str] = {}
    labels: dict[str, dict[str, str]] = {}
    refinements: dict[tuple[str, str], str | None] = {}
    rows = list(enumerate(_rows(path), start=2))
    for line, row in rows:  # first pass: default rows
        target = row["hilucs_code"] or None
        if target is not None and target not in _hilucs():
            _fail(path, line, f"HILUCS code {target} is not in hilucs.csv")
        if row["code"] == ANY_CODE or row["subcode"]:
            continue
        if target is None:
            _fail(path, line, f"default row of {row['code']} needs a hilucs_code")
        key = code_key(row["code"])
        if not key or key in defaults:
            _fail(path, line, f"empty or duplicate code {row['code']!r}")
        names = [row["code"]] + ([row["label_fr"]] if descriptor.label_names_code else [])
        names += [alias for alias in row.get("aliases", "").split("|") if alias.strip()]
        for name in names:
            if aliases.setdefault(code_key(name), key) != key:
                _fail(path, line, f"{name!r} would also match {aliases[code_key(name)]}")
        codes.append(row["code"])
        defaults[key], labels[key] = target, _labels(row)
    for line, row in rows:  # second pass: sub-code rows
        if row["code"] != ANY_CODE and not row["subcode"]:
            continue
        if not row["subcode"]:
            _fail(path, line, "a '*' row needs a subcode")
        owner = ANY_CODE if row["code"] == ANY_CODE else aliases.get(code_key(row["code"]))
        if owner is None:
            _fail(path, line, f"sub-code of {row['code']}, which has no default row")
        sub = (owner, _subcode_key(row["subcode"]))
        if sub in refinements:
            _fail(path, line, f"duplicate sub-code {row['subcode']} for {row['code']}")
        refinements[sub] = row["hilucs_code"] or None
    return _Crosswalk(tuple(codes), aliases, defaults, refinements, labels, code_key)


def _standard(standard: str) -> str:
    return zoning_standard(standard).id


# --- public API ---------------------------------------------------------------------------------------


def hilucs_classes() -> dict[str, HilucsClass]:
    """Every HILUCS class of ``hilucs.csv`` by short code, in hierarchy order (a copy: safe to mutate)."""
    return dict(_hilucs())


def hilucs_class(code: str | HilucsClass) -> HilucsClass:
    """The class for a short code ('5_1'), an INSPIRE value or a registry URI; ``UnknownCodeError`` else."""
    found = _find_hilucs(code)
    if found is None:
        raise UnknownCodeError("Unknown HILUCS class.", repr(code))
    return _hilucs()[found]


def harmonise(standard: str, code: str | None, subcode: str | None = None) -> HilucsClass | None:
    """The HILUCS class of a national zoning code, or ``None`` when the code is unknown.

    ``subcode`` refines the code (CNIG: DESTDOMI or FORMDOMI); an unknown sub-code, or one that means
    "not applicable"/"other", keeps the code's default class. For standard HILUCS, ``code`` is a short
    code, an INSPIRE value or a registry URI and ``subcode`` is ignored.
    """
    name = _standard(standard)
    if code is None or not str(code).strip():
        return None
    if name == "HILUCS":
        found = _find_hilucs(code)
        return _hilucs()[found] if found else None
    crosswalk = _crosswalk(name)
    key = crosswalk.find(str(code))
    if key is None:
        return None
    target = crosswalk.defaults[key]
    if subcode is not None and str(subcode).strip():
        sub = _subcode_key(str(subcode))
        for owner in (key, ANY_CODE):
            if (owner, sub) in crosswalk.refinements:
                target = crosswalk.refinements[(owner, sub)] or target
                break
    return _hilucs()[target]


def known_codes(standard: str) -> tuple[str, ...]:
    """The codes a picker should offer, in their canonical spelling and file order."""
    name = _standard(standard)
    if name == "HILUCS":
        return tuple(_hilucs())
    return _crosswalk(name).codes


def code_label(standard: str, code: str, language: str = "en") -> str:
    """The label of a code in ``language`` ('fr', 'en', 'de'; English, then French, as fallbacks).

    An unknown code is returned unchanged, so a legend can still show it.
    """
    name = _standard(standard)
    if name == "HILUCS":
        found = _find_hilucs(code)
        return _hilucs()[found].label(language) if found else code
    crosswalk = _crosswalk(name)
    key = crosswalk.find(str(code))
    if key is None:
        return code
    return pick_label(crosswalk.labels[key], language)


def compatibility(class_a: str | HilucsClass, class_b: str | HilucsClass) -> Compatibility:
    """May two land uses be neighbours? Symmetric.

    The matrix is defined between level-2 classes. A level-3 class is judged as its level-2 parent; a
    level-1 class, whose exact use is not known, as the worst case over its level-2 children.
    """
    options = [_level2_classes(class_a), _level2_classes(class_b)]
    matrix = _matrix()
    return max((matrix[(a, b)] for a in options[0] for b in options[1]), key=lambda value: value.rank)


def _level2_classes(code: str | HilucsClass) -> tuple[str, ...]:
    found = _find_hilucs(code)
    if found is None:
        raise UnknownCodeError("Unknown HILUCS class.", repr(code))
    classes = _hilucs()
    hilucs = classes[found]
    while hilucs.level > 2:
        hilucs = classes[hilucs.parent]
    if hilucs.level == 2:
        return (hilucs.code,)
    return tuple(c.code for c in classes.values() if c.level == 2 and c.parent == hilucs.code)
