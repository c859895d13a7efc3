"""Zoning legends: the HILUCS map palette and the national legends (CNIG, PAG, plan de secteur); pure core."""

from __future__ import annotations

from itertools import combinations

import pytest

from masterplan_plugin.core.nomenclature import NomenclatureDataError, hilucs_classes, known_codes, legends
from masterplan_plugin.core.nomenclature.legends import delta_e, hilucs_swatch, legend_key, national_legend

# The HILUCS classes the demo plan's zoning harmonises to (core/demo.py: CNIG A, U/0100, U/0201, AUc, N;
# PAG HAB-1/2, MIX-u, BEP, ECO-c1, AGR, FOR, PARC; plan de secteur HAB, HAB_RUR, SPEC, AGR, FOR, EV).
DEMO_CLASSES = ("1_1", "1_2", "2", "2_3", "3_3", "3_4_4", "5_1", "5_2", "6_3_1")
MAP_OPACITY = 0.85  # styles.json: the zoning layer's opacity
DISTINCT = 10.0  # CIE76 over white: flat fills this far apart are told apart on a map


def distinguishable(a, b, opacity: float) -> bool:
    """Two map symbols differ: by colour (flat fills), or by hatch (same colour, other hatch)."""
    if (a.hatch_angle, a.hatch_colour) != (b.hatch_angle, b.hatch_colour):
        return a.colour != b.colour or a.hatch_angle != b.hatch_angle
    return delta_e(a.colour, b.colour, opacity) >= DISTINCT


def test_delta_e_is_zero_for_equal_colours_and_large_for_black_and_white():
    assert delta_e("#F07864", "#F07864") == 0
    assert delta_e("#000000", "#FFFFFF") == pytest.approx(100, abs=0.1)
    assert delta_e("#000000", "#FFFFFF", 0.5) < delta_e("#000000", "#FFFFFF")  # paler through the paper


def test_every_hilucs_class_has_a_map_symbol_and_inspire_colours_are_kept():
    classes = hilucs_classes()
    assert [item.key for item in national_legend("HILUCS")] == list(classes)
    for code, hilucs in classes.items():
        if hilucs.level == 1 or code in ("1_1", "1_2", "4_1_4", "6_3_1", "6_3_2"):
            assert hilucs_swatch(code).colour == hilucs.colour, code  # INSPIRE's own colour


def test_demo_classes_are_distinguishable_on_the_map():
    """5.1 and 5.2 share INSPIRE's colour: the map palette tells them (and every other pair) apart."""
    assert hilucs_classes()["5_1"].colour == hilucs_classes()["5_2"].colour  # the problem
    distances = {}
    for a, b in combinations(DEMO_CLASSES, 2):
        first, second = hilucs_swatch(a), hilucs_swatch(b)
        assert distinguishable(first, second, MAP_OPACITY), (a, b)
        if not (first.hatched or second.hatched):
            distances[(a, b)] = delta_e(first.colour, second.colour, MAP_OPACITY)
    assert min(distances.values()) >= DISTINCT
    assert distances[("5_1", "5_2")] > 25


def test_classes_of_one_family_are_distinguishable():
    palette = national_legend("HILUCS")
    for a, b in combinations(palette, 2):
        if a.key[0] == b.key[0]:
            assert distinguishable(a, b, MAP_OPACITY), (a.key, b.key)


def test_no_class_looks_like_unzoned_white_paper():
    for item in national_legend("HILUCS"):
        assert delta_e(item.colour, "#FFFFFF", MAP_OPACITY) >= DISTINCT, item.key


@pytest.mark.parametrize("standard, opacity", [("CNIG", 0.6), ("PAG", 0.85), ("PDS", 0.85)])
def test_national_legend_covers_every_code_of_its_crosswalk_with_distinct_symbols(standard, opacity):
    classes = national_legend(standard)
    keys = {item.key for item in classes}
    assert {legend_key(standard, code) for code in known_codes(standard)} == keys
    assert all(item.opacity == opacity for item in classes)
    for a, b in combinations(classes, 2):
        if a.hatched or b.hatched:
            assert (a.colour, a.hatch_angle, a.hatch_colour) != (b.colour, b.hatch_angle, b.hatch_colour)
        else:
            assert delta_e(a.colour, b.colour, opacity) >= 7.0, (standard, a.key, b.key)
    for item in classes:
        assert delta_e(item.colour, "#FFFFFF", opacity) >= 10.0, (standard, item.key)
        assert all(item.label(language) for language in ("fr", "en", "de"))


def test_cnig_legend_draws_typezone_families():
    assert [item.key for item in national_legend("CNIG")] == ["U", "AUc", "AUs", "A", "N"]
    assert national_legend("CNIG")[0].label("fr") == "U — Zone urbaine"
    assert legend_key("CNIG", "auc") == "AUc"
    assert (legend_key("CNIG", "Nh"), legend_key("CNIG", "Nd"), legend_key("CNIG", "Ah")) == ("N", "N", "A")


@pytest.mark.parametrize("standard, code, key", [
    ("PAG", "hab_1", "HAB-1"), ("PAG", "[MIX-u]", "MIX-u"), ("PAG", "HAB-3", None),
    ("PDS", "Zone d’habitat à caractère rural", "HAB_RUR"), ("PDS", "HAB", "HAB"), ("PDS", "XYZ", None),
    ("HILUCS", "5_1_PermanentResidentialUse", "5_1"), ("CNIG", "UA", None), ("CNIG", None, None),
    ("CNIG", " ", None), (None, "U", None), ("OTHER", "U", None),
])
def test_legend_key_of_a_zone_code(standard, code, key):
    assert legend_key(standard, code) == key


def test_a_legend_file_without_a_class_for_a_code_is_refused(tmp_path, monkeypatch):
    broken = tmp_path / "legend_cnig.csv"
    lines = legends.LEGEND_CSV["CNIG"].read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("AUs,")]
    broken.write_text("\n".join(kept) + "\n", encoding="utf-8")
    monkeypatch.setitem(legends.LEGEND_CSV, "CNIG", broken)
    legends._legend.cache_clear()
    try:
        with pytest.raises(NomenclatureDataError, match="no legend class for AUs"):
            national_legend("CNIG")
    finally:
        monkeypatch.undo()
        legends._legend.cache_clear()
