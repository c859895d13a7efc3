"""COMMUNE_DUPLICATE_CODE and COMMUNE_OVERLAP: found and near-miss cases for each decision of the module
doc, and the split with BOUNDARY_MISMATCH (one defect, one finding)."""

import pytest
import shapely

from masterplan_plugin.core.checks.boundaries import check_boundaries
from masterplan_plugin.core.checks.communes import check_communes
from masterplan_plugin.core.checks.context import CheckContext
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.findings import Severity
from test.unit.factories import commune, make_plan


def profile_with(disabled=(), **tolerances):
    return profile_from_dict({"tolerances": tolerances, "disabled_rules": list(disabled)})


def run(plan, profile=None):
    profile = profile or default_profile()
    context = CheckContext(plan, profile)
    return check_communes(plan, profile, context), check_boundaries(plan, profile, context)


def rules(findings):
    return sorted(finding.rule for finding in findings)


def polygon(code, wkt, name=None):
    _, attrs = commune(code, 0, 0, 1, 1, "FR", name)
    return wkt, attrs


# --- COMMUNE_DUPLICATE_CODE -----------------------------------------------------------------------------


def test_a_commune_imported_twice_is_one_duplicate_code_finding_and_no_border_mismatch():
    twice = [commune("54580", 0, 0, 2000, 2000, name="Villerupt")] * 2
    found, borders = run(make_plan(communes=twice + [commune("57038", 2000, 0, 4000, 2000)]))
    [finding] = found
    assert finding.rule == "COMMUNE_DUPLICATE_CODE" and finding.severity is Severity.ERROR
    assert finding.feature_ids == (1, 2) and finding.communes == ("54580",) and finding.measure == 2
    assert finding.params["_variant"] == "message_overlap"
    assert float(finding.params["area"]) == pytest.approx(4e6, rel=0.01)
    assert finding.geometry.equals(shapely.box(0, 0, 2000, 2000))
    message = finding.message("en")
    assert "2 municipalities have the code 54580" in message and "Villerupt" in message
    assert "400.00\xa0ha" in message
    for language in ("fr", "de"):
        assert "{" not in finding.message(language)
    assert borders == []


def test_parts_of_one_commune_stored_apart_share_a_code_without_overlap():
    parts = [commune("54580", 0, 0, 1000, 1000), commune("54580", 5000, 0, 6000, 1000)]
    [finding] = run(make_plan(communes=parts))[0]
    assert finding.rule == "COMMUNE_DUPLICATE_CODE" and "_variant" not in finding.params
    assert "multi-part" in finding.message("en")


def test_codes_are_compared_trimmed_and_empty_codes_are_not_duplicates():
    a, b = commune("54580", 0, 0, 1000, 1000), commune(" 54580 ", 1000, 0, 2000, 1000)
    c, d = commune("", 2000, 0, 3000, 1000), commune("", 3000, 0, 4000, 1000)
    found = run(make_plan(communes=[a, b, c, d]))[0]
    assert rules(found) == ["COMMUNE_DUPLICATE_CODE"] and found[0].feature_ids == (1, 2)


def test_neighbours_with_their_own_codes_are_not_duplicates():
    neighbours = [commune("54580", 0, 0, 2000, 2000), commune("57038", 2000, 0, 4000, 2000)]
    assert run(make_plan(communes=neighbours)) == ([], [])


# --- COMMUNE_OVERLAP ------------------------------------------------------------------------------------


def test_same_ground_under_two_codes_is_a_duplicate_overlap():
    found, borders = run(make_plan(communes=[commune("54580", 0, 0, 2000, 2000),
                                             commune("LU0001", 0, 0, 2000, 2000, "LU")]))
    [finding] = found
    assert finding.rule == "COMMUNE_OVERLAP" and finding.params["_variant"] == "message_duplicate"
    assert finding.communes == ("54580", "LU0001") and finding.measure == pytest.approx(4e6)
    assert borders == []


def test_a_commune_drawn_within_another_is_contained_not_a_border_stretch():
    outer = commune("57001", 0, 0, 6000, 6000, name="Commune nouvelle")
    inner = commune("57002", 1000, 1000, 3000, 3000, name="Commune déléguée")
    found, borders = run(make_plan(communes=[outer, inner]))
    [finding] = found
    assert finding.params["_variant"] == "message_contained"
    assert finding.params["inner"] == "Commune déléguée (57002)"
    assert finding.geometry.equals(shapely.box(1000, 1000, 3000, 3000))
    assert "within municipality Commune nouvelle (57001)" in finding.message("en")
    assert borders == []  # before: a border mismatch of 1 km offset along the whole inner outline


def test_a_wide_partial_overlap_gives_its_share_of_the_smaller_commune():
    a, b = commune("A", 0, 0, 4000, 4000), commune("B", 3000, 0, 7000, 4000)  # 1 km wide, 25 % of each
    [finding] = run(make_plan(communes=[a, b]))[0]
    assert "_variant" not in finding.params and finding.params["share"] == 25.0
    assert finding.measure == pytest.approx(4e6)
    assert "overlap on 400.00 ha (25.0% of" in finding.message("en").replace("\xa0", " ")


def test_a_narrow_overlap_along_a_border_is_a_boundary_mismatch_only():
    # B's line runs 30 m inside A over 1.2 km: a border disagreement, measured by BOUNDARY_MISMATCH.
    a = commune("A", 0, -2000, 2000, 0)
    b = polygon("B", "POLYGON((0 0, 400 0, 400 -30, 1600 -30, 1600 0, 2000 0, 2000 2000, 0 2000, 0 0))")
    found, borders = run(make_plan(communes=[a, b]))
    assert found == [] and rules(borders) == ["BOUNDARY_MISMATCH"]


def test_overlaps_within_the_noise_width_are_nothing():
    a, b = commune("A", 0, 0, 2000, 2000), commune("B", 1999.6, 0, 4000, 2000)
    assert run(make_plan(communes=[a, b])) == ([], [])


def test_a_small_commune_drawn_twice_is_reported_by_its_share_however_narrow():
    a, b = commune("A", 0, 0, 200, 200), commune("B", 0, 0, 200, 200)  # 200 m: narrower than 500 m
    [finding] = run(make_plan(communes=[a, b]))[0]
    assert finding.rule == "COMMUNE_OVERLAP" and finding.params["_variant"] == "message_duplicate"


def test_share_and_width_tolerances_decide_what_is_drawn_over():
    a, b = commune("A", 0, 0, 200, 200), commune("B", 120, 0, 320, 200)  # 80 m wide, 40 % of each
    assert run(make_plan(communes=[a, b]))[0] == []
    assert rules(run(make_plan(communes=[a, b]), profile_with(commune_overlap_min_share=0.3))[0]) == [
        "COMMUNE_OVERLAP"]
    assert rules(run(make_plan(communes=[a, b]), profile_with(commune_overlap_min_width_m=50))[0]) == [
        "COMMUNE_OVERLAP"]


def test_same_code_pairs_are_the_duplicate_rules_alone_unless_it_is_disabled():
    twice = [commune("54580", 0, 0, 2000, 2000)] * 2
    found, borders = run(make_plan(communes=twice), profile_with(disabled=["COMMUNE_DUPLICATE_CODE"]))
    assert rules(found) == ["COMMUNE_OVERLAP"] and borders == []


def test_with_both_rules_disabled_boundary_mismatch_measures_the_pair_as_before():
    outer, inner = commune("A", 0, 0, 6000, 6000), commune("B", 1000, 1000, 3000, 3000)
    profile = profile_with(disabled=["COMMUNE_OVERLAP", "COMMUNE_DUPLICATE_CODE"])
    found, borders = run(make_plan(communes=[outer, inner]), profile)
    assert found == [] and rules(borders) == ["BOUNDARY_MISMATCH"]


def test_other_borders_of_a_commune_drawn_twice_are_still_measured():
    # C's line leaves a 25 m wedge against A; A is also drawn twice under another code (B): the pair A-B is
    # left out of BOUNDARY_MISMATCH, the wedge is still found (against A or B, the nearest across it).
    a, b = commune("A", 0, -2000, 2000, 0), commune("B", 0, -2000, 2000, 0)
    c = polygon("C", "POLYGON((0 0, 200 0, 400 25, 1600 25, 1800 0, 2000 0, 2000 2000, 0 2000, 0 0))")
    found, borders = run(make_plan(communes=[a, b, c]))
    assert rules(found) == ["COMMUNE_OVERLAP"]
    assert borders and {tuple(sorted(f.communes)) for f in borders} <= {("A", "C"), ("B", "C")}


# --- real municipal boundaries (../shared/realdata/boundaries; skipped without them) -----------------------


def test_real_fr_lu_be_communes_are_neither_duplicated_nor_drawn_over_one_another():
    from test.unit.realdata import boundaries_plan

    plan = boundaries_plan("FR", "LU", "BE")
    found, _ = run(plan)
    assert found == []
    # Their real border disagreements (a 228 m tongue among them) all stay BOUNDARY_MISMATCH's.
    context = CheckContext(plan, default_profile())
    assert len(context.commune_overlaps.pairs) == 0
