"""Numbers as users read them: one formatting for panels, finding messages, reports and the atlas."""

import pytest

from masterplan_plugin.core.number_format import (
    format_area,
    format_count,
    format_length,
    format_number,
    format_percent,
    number_language,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1,234,567.5"), ("fr", f"1{NBSP}234{NBSP}567,5"), ("de", "1.234.567,5"),
     ("fr_FR", f"1{NBSP}234{NBSP}567,5"), ("it", "1,234,567.5")],
)
def test_thousands_and_decimal_separators_follow_the_language(language, expected):
    assert format_number(1234567.5, 1, language) == expected


def test_missing_values_are_a_dash_and_no_negative_zero():
    assert format_number(None, 1, "fr") == format_number(float("nan"), 1, "en") == "–"
    assert format_number(-0.0001, 1, "de") == "0,0"
    assert format_count(2283, "de") == "2.283" and format_count(2283, "en") == "2,283"


@pytest.mark.parametrize(
    ("m2", "en", "fr", "de"),
    [
        (0.43, "0.4 m²", "0,4 m²", "0,4 m²"),
        (1.0, "1 m²", "1 m²", "1 m²"),
        (6001.2, "6,001 m²", f"6{NBSP}001 m²", "6.001 m²"),
        (22500.0, "2.25 ha", "2,25 ha", "2,25 ha"),
        (12_345_678.0, "1,234.57 ha", f"1{NBSP}234,57 ha", "1.234,57 ha"),
    ],
)
def test_areas_are_square_metres_below_a_hectare_and_hectares_above(m2, en, fr, de):
    assert [format_area(m2, lang).replace(NBSP, " ") for lang in ("en", "fr", "de")] == [
        en.replace(NBSP, " "), fr.replace(NBSP, " "), de.replace(NBSP, " ")]
    assert NBSP + "m²" in format_area(m2, "en") or NBSP + "ha" in format_area(m2, "en")  # never wrapped apart


@pytest.mark.parametrize(
    ("metres", "en", "de"),
    [(0.5, "0.5 m", "0,5 m"), (25.04, "25 m", "25 m"), (1599.4, "1.60 km", "1,60 km"),
     (12345.0, "12.35 km", "12,35 km")],
)
def test_lengths_are_metres_below_a_kilometre_and_kilometres_above(metres, en, de):
    assert format_length(metres, "en") == en.replace(" ", NBSP)
    assert format_length(metres, "de") == de.replace(" ", NBSP)


def test_percentages_follow_each_languages_typography():
    assert format_percent(11.11, "en") == "11.1%"
    assert format_percent(11.11, "fr") == f"11,1{NBSP}%"
    assert format_percent(11.11, "de") == f"11,1{NBSP}%"
    assert format_percent(None, "fr") == "–"


def test_language_names_are_reduced_to_the_three_of_the_plugin():
    assert [number_language(x) for x in ("fr_BE", "DE", None, "nl")] == ["fr", "de", "en", "en"]
