"""Numbers as users read them, in French, English or German: one formatting for panels, finding
messages, reports and the atlas.

- separators follow the language: ``en`` 1,234.5 · ``fr`` 1 234,5 (no-break space) · ``de`` 1.234,5;
- a missing value is an en dash;
- areas (given in m²): whole m² below one hectare (one decimal below 10 m² unless whole), hectares with
  two decimals from one hectare (``format_area``);
- lengths (given in m): whole metres (one decimal below 10 m unless whole), kilometres with two decimals
  from one kilometre (``format_length``);
- percentages with one decimal (``format_percent``), counts as whole numbers (``format_count``);
- a unit is joined to its number by a no-break space, so a wrapped line never starts with it.

JSON keeps raw numbers: nothing here is meant for machines.
"""

from __future__ import annotations

import math

LANGUAGES = ("fr", "en", "de")
SEPARATORS = {"en": (",", "."), "fr": ("\u00a0", ","), "de": (".", ",")}  # (thousands, decimal)
DASH = "–"
NBSP = "\u00a0"
HECTARE_M2 = 10_000.0
KILOMETRE_M = 1_000.0


def number_language(language: str | None) -> str:
    """'fr', 'en' or 'de' from a language or locale name ('fr_FR'); English for anything else."""
    code = (language or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


def format_number(value: float | int | None, decimals: int, language: str | None) -> str:
    """``value`` rounded to ``decimals`` with the language's separators; a dash for None or NaN."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    thousands, decimal = SEPARATORS[number_language(language)]
    text = f"{float(value):,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0.0" for a tiny negative rounding residue
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_count(value: float | int | None, language: str | None) -> str:
    return format_number(value, 0, language)


def format_area(m2: float | None, language: str | None) -> str:
    """'6,001 m²', '2.25 ha', '0.4 m²' (see the module docstring)."""
    if m2 is None:
        return DASH
    if abs(m2) >= HECTARE_M2:
        return f"{format_number(m2 / HECTARE_M2, 2, language)}{NBSP}ha"
    return f"{format_number(m2, _small_decimals(m2), language)}{NBSP}m²"


def format_length(metres: float | None, language: str | None) -> str:
    """'25 m', '1.60 km', '0.5 m' (see the module docstring)."""
    if metres is None:
        return DASH
    if abs(metres) >= KILOMETRE_M:
        return f"{format_number(metres / KILOMETRE_M, 2, language)}{NBSP}km"
    return f"{format_number(metres, _small_decimals(metres), language)}{NBSP}m"


def _small_decimals(value: float) -> int:
    """One decimal under 10 (a 0.4 m² sliver), none for whole numbers (a 1 m² tolerance) or from 10."""
    return 1 if abs(value) < 10 and round(value, 1) != round(value) else 0


def format_percent(percent: float | None, language: str | None, decimals: int = 1) -> str:
    """'12.5%' in English, '12,5 %' in French and German (no-break space)."""
    if percent is None:
        return DASH
    gap = "" if number_language(language) == "en" else NBSP
    return f"{format_number(percent, decimals, language)}{gap}%"


FORMATTERS = {
    "area": format_area,
    "length": format_length,
    "percent": format_percent,
    "count": format_count,
}


def format_quantity(kind: str, value: float | int | None, language: str | None) -> str:
    """``value`` as a quantity of ``kind`` ('area' m², 'length' m, 'percent', 'count')."""
    return FORMATTERS[kind](value, language)
