"""Map legends of zoning: the harmonised HILUCS palette and each national standard's own legend.

Data files next to this module (sources and caveats in ``README.md``):

- ``hilucs_palette.csv`` — a map colour for every HILUCS class. Level-1 classes and INSPIRE's adjustments keep
  INSPIRE's colours; other level-2 classes are steps of their family's colour, level-3 classes their parent's
  colour with a hatch, so that sub-classes that INSPIRE paints alike (5.1 and 5.2) can be told apart.
- ``legend_cnig.csv``, ``legend_pag.csv``, ``legend_pds.csv`` — the national legends: one class per row,
  ``codes`` lists the national codes drawn with it (``|``-separated; CNIG draws TYPEZONE families, so the
  legacy ``Nh``/``Nd`` are N and ``Ah`` is A).

``legend_key(standard, code)`` says which class of the standard's legend draws a zone; ``None`` means the
code is unknown to the standard (drawn with the "unknown code" symbol, never as a guessed class).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..model import pick_label
from . import (
    DATA_DIR,
    NomenclatureDataError,
    UnknownStandardError,
    _crosswalk,
    _fail,
    _find_hilucs,
    _hilucs,
    _labels,
    _rows,
    _standard,
)
from .standards import zoning_standards

PALETTE_CSV = DATA_DIR / "hilucs_palette.csv"
LEGEND_CSV = {s.id: s.legend for s in zoning_standards() if s.legend is not None}  # from standards.json
HILUCS_OPACITY = 0.85  # the national mode draws HILUCS zones as the harmonised style does
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

__all__ = ["LegendClass", "delta_e", "hilucs_swatch", "legend_key", "national_legend"]


@dataclass(frozen=True)
class LegendClass:
    """One legend entry: a fill colour (with its opacity), optionally hatched, and its labels."""

    key: str
    colour: str
    opacity: float = 1.0
    hatch_angle: float | None = None  # degrees, 0 = horizontal lines
    hatch_colour: str | None = None
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def label(self, language: str = "en") -> str:
        return pick_label(self.labels, language) if self.labels else self.key

    @property
    def hatched(self) -> bool:
        return self.hatch_angle is not None


def _number(path: Path, line: int, text: str, low: float, high: float) -> float:
    try:
        value = float(text)
    except ValueError:
        _fail(path, line, f"{text!r} is not a number")
    if not low <= value <= high:
        _fail(path, line, f"{value} is not between {low} and {high}")
    return value


def _swatch(path: Path, line: int, row: dict[str, str], key: str, labels: dict[str, str]) -> LegendClass:
    for column in ("colour", "hatch_colour"):
        if row.get(column) and not _COLOUR.fullmatch(row[column]):
            _fail(path, line, f"{column} {row[column]!r} is not #RRGGBB")
    hatched = bool(row.get("hatch_angle"))
    if hatched != bool(row.get("hatch_colour")):
        _fail(path, line, "a hatch needs both hatch_angle and hatch_colour")
    opacity = _number(path, line, row["opacity"], 0.05, 1.0) if row.get("opacity") else 1.0
    angle = _number(path, line, row["hatch_angle"], 0.0, 180.0) if hatched else None
    return LegendClass(key, row["colour"].upper(), opacity, angle,
                       row["hatch_colour"].upper() if hatched else None, labels)


@cache
def _palette() -> dict[str, LegendClass]:
    classes = _hilucs()
    palette: dict[str, LegendClass] = {}
    for line, row in enumerate(_rows(PALETTE_CSV), start=2):
        code = row["code"]
        if code not in classes or code in palette:
            _fail(PALETTE_CSV, line, f"{code!r} is not a HILUCS class of hilucs.csv, or is listed twice")
        label = f"{code.replace('_', '.')} "
        labels = {language: label + text for language, text in classes[code].labels.items()}
        swatch = _swatch(PALETTE_CSV, line, row, code, labels)
        palette[code] = LegendClass(code, swatch.colour, HILUCS_OPACITY, swatch.hatch_angle,
                                    swatch.hatch_colour, labels)
    missing = [code for code in classes if code not in palette]
    if missing:
        raise NomenclatureDataError(f"{PALETTE_CSV.name}: no colour for {', '.join(missing)}")
    return palette


@cache
def _legend(standard: str) -> tuple[tuple[LegendClass, ...], dict[str, str]]:
    """The legend's classes in file order and {crosswalk code key: legend key}."""
    path, crosswalk = LEGEND_CSV[standard], _crosswalk(standard)
    classes: list[LegendClass] = []
    keys: dict[str, str] = {}
    for line, row in enumerate(_rows(path), start=2):
        key = row["key"]
        if not key or any(item.key == key for item in classes):
            _fail(path, line, f"empty or duplicate key {key!r}")
        classes.append(_swatch(path, line, row, key, _labels(row)))
        for code in filter(None, (part.strip() for part in row["codes"].split("|"))):
            found = crosswalk.find(code)
            if found is None or found in keys:
                _fail(path, line, f"code {code!r} is not in the crosswalk, or belongs to two classes")
            keys[found] = key
    missing = [code for code in crosswalk.codes if crosswalk.find(code) not in keys]
    if missing:
        raise NomenclatureDataError(f"{path.name}: no legend class for {', '.join(missing)}")
    return tuple(classes), keys


def hilucs_swatch(code: str) -> LegendClass:
    """The map symbol of a HILUCS class (short code, INSPIRE value or URI); ``KeyError`` if unknown."""
    found = _find_hilucs(code)
    if found is None:
        raise KeyError(code)
    return _palette()[found]


def national_legend(standard: str) -> tuple[LegendClass, ...]:
    """The legend classes of ``standard`` ('CNIG', 'PAG', 'PDS'; 'HILUCS': the harmonised palette)."""
    name = _standard(standard)
    if name == "HILUCS":
        return tuple(_palette().values())
    return _legend(name)[0]


def legend_key(standard: str | None, code: str | None) -> str | None:
    """The key of the legend class that draws ``code`` in ``standard``'s legend; ``None`` if unknown."""
    if not standard or code is None or not str(code).strip():
        return None
    try:
        name = _standard(standard)
    except UnknownStandardError:  # drawn as an unknown code, like an unknown code of a known standard
        return None
    if name == "HILUCS":
        return _find_hilucs(code)
    found = _crosswalk(name).find(str(code))
    return None if found is None else _legend(name)[1][found]


def delta_e(colour_a: str, colour_b: str, opacity: float = 1.0) -> float:
    """CIE76 colour difference of two '#RRGGBB' fills drawn at ``opacity`` over white paper.

    About 2.3 is the smallest difference people notice side by side; fills of a map legend should differ
    by well over 10 to be told apart on the map, where they are not side by side.
    """
    return sum((a - b) ** 2 for a, b in zip(_lab(colour_a, opacity), _lab(colour_b, opacity),
                                            strict=True)) ** 0.5


def _lab(colour: str, opacity: float) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour composited over white."""
    rgb = [opacity * int(colour[i:i + 2], 16) / 255 + (1 - opacity) for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)
