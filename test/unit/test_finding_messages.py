"""Finding messages speak the planner's language: formatted numbers with units, layers, fields and coded
values by their labels, features by label and source (no '#'), GEOS reasons translated without their
coordinates."""

import json
import re

import pytest
import shapely

from masterplan_plugin.core.checks.catalogue import (
    GEOS_REASONS_PATH,
    feature_name,
    geos_reason,
    measure_text,
    rule_catalogue,
    rule_explanation,
    rule_message,
)
from masterplan_plugin.core.checks.registry import run_checks
from masterplan_plugin.core.demo import demo_snapshot
from masterplan_plugin.core.model import plan_schema

LANGUAGES = ("fr", "en", "de")
NBSP = "\u00a0"
INTERNAL_LAYER_NAMES = [name for name in plan_schema().layer_names if "_" in name]  # mobility_axes…
CODED_VALUES = ("urban_boulevard", "local_street", "(road)", "(tram)", "national_code", "HILUCS 5_1")


@pytest.fixture(scope="module")
def demo_findings():
    return run_checks(demo_snapshot())


@pytest.fixture(scope="module")
def demo_messages(demo_findings) -> dict[str, list[str]]:
    return {language: [finding.message(language) for finding in demo_findings] for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_messages_show_no_internal_names_ids_or_coordinates(demo_messages, language):
    for message in demo_messages[language]:
        assert not re.search(r"(zoning|sites|communes) #", message), message
        assert "#" not in message and "{" not in message and "None" not in message, message
        assert not re.search(r"\[[-0-9.e]+ [-0-9.e]+\]", message), message  # GEOS's '[x y]'
        for name in INTERNAL_LAYER_NAMES + list(CODED_VALUES):
            assert not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", message), (name, message)


def test_demo_numbers_are_formatted_with_units_in_each_language(demo_findings, demo_messages):
    [gap] = [f for f in demo_findings if f.rule == "ZONE_GAP" and f.communes == ("LU-SANEM",)]
    gaps = {lang: gap.message(lang) for lang in LANGUAGES}
    assert gaps["en"] == "100.00\u00a0ha without zoning in Sanem (LU-SANEM)."
    assert gaps["fr"] == "Surface de 100,00\u00a0ha sans zonage dans Sanem (LU-SANEM)."
    assert gaps["de"] == "100,00\u00a0ha ohne Zonierung in Sanem (LU-SANEM)."
    assert "(11,1\u00a0%)" in next(m for m in demo_messages["fr"] if m.startswith("Sanem"))
    assert "up to 25\u00a0m apart over 1.60\u00a0km" in " ".join(demo_messages["en"])


def test_layers_fields_and_coded_values_are_named_by_their_labels():
    features = [{"id": 6, "label": "Jardin"}]
    params = {"layer": "green_spaces", "ids": "#6", "features": features, "fields": "status"}
    assert rule_message("ATTR_MISSING", "fr", params) == (
        "Jardin (n° 6) dans « Espaces verts » : champ(s) obligatoire(s) vide(s) : Statut.")
    assert rule_message("ATTR_MISSING", "de", params) == (
        "Jardin (Nr. 6) in „Grünflächen“: Pflichtfeld(er) leer: Status.")
    axis = {"name": "B1", "hierarchy_a": "urban_boulevard", "mode_a": "road", "hierarchy_b": "local_street",
            "mode_b": "road", "communes": "A | B"}
    assert rule_message("AXIS_HIERARCHY_BREAK", "en", axis) == (
        "Axis B1 (Urban boulevard, Road) continues as Local street (Road) at the border A | B.")
    unknown = {"layer": "zoning", "ids": "#3", "field": "commune_code", "value": "X", "codelist": "communes"}
    assert rule_message("ATTR_UNKNOWN_CODE", "en", unknown).endswith("does not exist in “Municipalities”.")
    domain = {"layer": "mobility_axes", "ids": "#3", "field": "mode", "value": "ski", "codelist": "axis_mode"}
    assert rule_message("ATTR_UNKNOWN_CODE", "de", domain) == (
        "Nr. 3 in „Mobilitätsachsen“: Wert „ski“ von Verkehrsmittel existiert nicht in "
        "der Liste der zulässigen Werte.")


def test_features_are_named_by_label_and_source_and_old_hash_ids_are_rewritten():
    ref = {"id": 44, "label": "UA", "document": "30014_PLU_20171013", "source_fid": 12}
    assert feature_name(ref, "fr") == "UA (n° 44, 30014_PLU_20171013, FID source 12)"
    stored = {"ids": "#1 / #2", "area": "60.0", "kind": {"en": " (contained)"}}  # by an older version
    assert rule_message("ZONE_OVERLAP", "en", stored) == (
        "Zones no. 1 / no. 2 overlap on 60\u00a0m² (contained).")
    dangle = rule_message("AXIS_DANGLE", "de", {"name": "#7", "communes": "A"})
    assert dangle.startswith("Die Achse Nr. 7 endet")


@pytest.mark.parametrize(
    ("reason", "fr", "en", "de"),
    [
        ("Self-intersection[4033099.99966129 2934100.00000838]", "le contour se recoupe",
         "the outline crosses itself", "der Umriss schneidet sich selbst"),
        ("Ring Self-intersection[5 5]", "un anneau se touche lui-même en un point",
         "a ring touches itself at a point", "ein Ring berührt sich selbst in einem Punkt"),
        ("Too few points in geometry component[0 0]", "une partie a trop peu de points",
         "a part has too few points", "ein Teil hat zu wenige Punkte"),
        ("Hole lies outside shell[15 15]", "un trou se trouve hors du contour extérieur",
         "a hole lies outside the outer ring", "ein Loch liegt außerhalb des äußeren Rings"),
        ("Non-finite coordinate", "coordonnée infinie ou non définie", "infinite or undefined coordinate",
         "unendliche oder undefinierte Koordinate"),
    ],
)
def test_geos_reasons_are_translated_without_their_coordinates(reason, fr, en, de):
    assert [geos_reason(reason, lang) for lang in LANGUAGES] == [fr, en, de]


def test_every_reason_geos_gives_is_in_the_table_in_three_languages():
    raw = json.loads(GEOS_REASONS_PATH.read_text(encoding="utf-8"))
    table = {key: value for key, value in raw.items() if key[0] != "_"}
    assert all(set(labels) == set(LANGUAGES) for labels in table.values())
    samples = ["POLYGON((0 0,10 10,0 10,10 0,0 0))", "POLYGON((0 0,10 0,5 5,10 10,0 10,5 5,0 0))",
               "POLYGON((0 0,10 0,10 10,0 10,0 0),(15 15,15 20,20 20,20 15,15 15))",
               "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,8 2,8 8,2 8,2 2),(3 3,4 3,4 4,3 4,3 3))",
               "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((2 2,3 2,3 3,2 3,2 2)))",
               "POLYGON((0 0,10 0,10 10,0 10,0 0),(0 5,5 0,10 5,5 10,0 5))", "POLYGON((0 0,1 1,0 0))"]
    for wkt in samples:
        reason = shapely.is_valid_reason(shapely.from_wkt(wkt))
        assert geos_reason(reason, "en") != reason.split("[")[0], reason  # translated, not passed through
    assert geos_reason("Some new GEOS reason[1 2]", "fr") == "Some new GEOS reason"


def test_every_rule_has_an_explanation_and_measures_have_units():
    for rule in rule_catalogue():
        assert all(rule_explanation(rule, lang) for lang in LANGUAGES), rule
    assert measure_text("ZONE_OVERLAP", 40_000.0, "fr") == "4,00\u00a0ha"
    assert measure_text("BOUNDARY_MISMATCH", 25.04, "en") == "25\u00a0m"
    assert measure_text("CRS_MISMATCH", 1234.0, "de") == "1.234"
    assert measure_text("AXIS_DANGLE", None, "en") == measure_text("ZONE_GAP", None, "en") == ""
