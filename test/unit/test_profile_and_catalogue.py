import json
import string

import pytest

from masterplan_plugin.core.checks.catalogue import plan_rule_ids, rule_catalogue, rule_message
from masterplan_plugin.core.checks.profile import (
    DEFAULT_PROFILE_PATH,
    default_profile,
    load_profile,
    profile_from_dict,
)
from masterplan_plugin.core.errors import InputError
from masterplan_plugin.core.findings import Severity

ISSUE_RULES = {
    "GEOM_INVALID",
    "GEOM_EMPTY",
    "CRS_MISSING",
    "CRS_MISMATCH",
    "ZONE_OVERLAP",
    "ZONE_GAP",
    "ZONE_OUTSIDE_COMMUNES",
    "ZONE_STRADDLES_COMMUNES",
    "ZONE_COMMUNE_MISMATCH",
    "COMMUNE_NOT_COVERED",
    "BOUNDARY_MISMATCH",
    "COMMUNE_DUPLICATE_CODE",
    "COMMUNE_OVERLAP",
    "ADJACENT_INCOMPATIBLE",
    "AXIS_DISCONTINUITY",
    "AXIS_HIERARCHY_BREAK",
    "AXIS_DANGLE",
    "GREEN_CORRIDOR_BREAK",
    "GREEN_IN_INCOMPATIBLE_ZONE",
    "ATTR_MISSING",
    "ATTR_UNKNOWN_CODE",
    "GEOM_DEGENERATE",  # issue 11: real CNIG documents
    "CNIG_COMMUNE_LIST_MISMATCH",
}
# issue 13: the GPU pre-check of a CNIG document folder (not run on a plan)
CNIG_DOCUMENT_RULES = {
    "CNIG_FOLDER_NAME", "CNIG_FILE_NAME", "CNIG_FILE_MISSING", "CNIG_FIELD_MISSING", "CNIG_VALUE_MISSING",
    "CNIG_VALUE_NOT_ALLOWED", "CNIG_VALUE_TOO_LONG", "CNIG_DATE_INVALID", "CNIG_CODE_INVALID",
    "CNIG_IDURBA_INVALID", "CNIG_IDURBA_MISMATCH", "CNIG_DOC_COMMUNES", "CNIG_WRITTEN_DOCUMENT",
    "CNIG_GEOMETRY_LIMIT", "CNIG_ENCODING",
}


def test_catalogue_has_every_rule_of_the_specification():
    assert set(rule_catalogue()) == ISSUE_RULES | CNIG_DOCUMENT_RULES
    assert set(plan_rule_ids()) == ISSUE_RULES


def test_every_message_has_the_same_placeholders_in_three_languages():
    for rule, spec in rule_catalogue().items():
        for key in [k for k in spec if k.startswith("message")]:
            fields = {
                lang: {f for _, f, _, _ in string.Formatter().parse(text) if f}
                for lang, text in spec[key].items()
            }
            assert set(fields) == {"fr", "en", "de"}, rule
            assert fields["fr"] == fields["en"] == fields["de"], (rule, key)


def test_messages_are_filled_in_the_users_language():
    params = {"ids": "#3 / #4", "area": "1234.6", "kind": ""}
    assert rule_message("ZONE_OVERLAP", "fr", params) == (
        "Les zones n° 3 / n° 4 se superposent sur 1\u00a0235\u00a0m².")
    assert "überlappen" in rule_message("ZONE_OVERLAP", "de", params)


def test_default_profile_enables_every_rule_with_metric_tolerances():
    profile = default_profile()
    assert profile.enabled_rules == frozenset(ISSUE_RULES | CNIG_DOCUMENT_RULES)
    assert profile.tolerance("overlap_min_area_m2") == 1.0
    assert profile.severity("ZONE_OVERLAP") is Severity.ERROR


def test_profile_overrides_tolerances_rules_and_severities(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(
        json.dumps(
            {
                "tolerances": {"gap_min_area_m2": 25},
                "disabled_rules": ["AXIS_DANGLE"],
                "severities": {"ZONE_GAP": "error"},
            }
        )
    )
    profile = load_profile(path)
    assert profile.tolerance("gap_min_area_m2") == 25.0
    assert not profile.enabled("AXIS_DANGLE")
    assert profile.severity("ZONE_GAP") is Severity.ERROR


@pytest.mark.parametrize(
    "overrides",
    [
        {"tolerances": {"nonsense": 1}},
        {"tolerances": {"gap_min_area_m2": -1}},
        {"enabled_rules": ["NO_SUCH_RULE"]},
        {"severities": {"ZONE_GAP": "fatal"}},
    ],
)
def test_bad_profiles_are_refused_with_a_clear_error(overrides):
    with pytest.raises(InputError):
        profile_from_dict(overrides)


def test_every_default_tolerance_has_its_meaning_documented():
    raw = json.loads(DEFAULT_PROFILE_PATH.read_text(encoding="utf-8"))
    assert set(raw["_meaning"]) == set(raw["tolerances"])
