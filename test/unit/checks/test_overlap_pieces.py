"""ZONE_OVERLAP is reported per piece: each message says which piece of how many between its two zones,
how many slivers of that pair were left under the tolerance, and names the zones by their sources."""

import shapely

from masterplan_plugin.core.checks import run_checks
from masterplan_plugin.core.checks.profile import profile_from_dict
from test.unit.factories import commune, make_plan, zone

COMMUNE = [commune("A", -100, -100, 300, 300, name="Alpha")]
STRIP = (0, 0, 100, 10)
# A comb whose spine lies north of the strip and whose teeth reach into it: three teeth of 120, 100 and
# 80 m², two of 0.25 m² (under the 1 m² default tolerance).
TEETH = [(10, 0, 20, 10), (40, 0, 52, 10), (70, 0, 78, 10), (90, 9.5, 90.5, 10), (95, 9.5, 95.5, 10)]
COMB = shapely.union_all([shapely.box(0, 10, 100, 20), *[shapely.box(*t) for t in TEETH]]).wkt


def overlaps(zoning, profile=None):
    findings = run_checks(make_plan(communes=COMMUNE, zoning=zoning), profile)
    return [f for f in findings if f.rule == "ZONE_OVERLAP"]


def test_each_piece_says_which_of_how_many_and_the_slivers_left_out():
    found = overlaps([zone(STRIP, "A"), zone(COMB, "A")])
    assert [round(f.measure) for f in found] == [120, 100, 80]  # largest first
    assert [(f.params["piece"], f.params["piece_count"], f.params["sliver_count"]) for f in found] == [
        (1, 3, 2),
        (2, 3, 2),
        (3, 3, 2),
    ]
    assert found[0].message("en") == (
        "Zones no. 1 / no. 2 overlap on 120\u00a0m², piece 1 of 3 between these two zones; "
        "2 smaller piece(s) under 1\u00a0m² not reported."
    )
    assert "morceau 1 sur 3 entre ces deux zones" in found[0].message("fr")
    assert "Teil 3 von 3 zwischen diesen beiden Zonen" in found[2].message("de")


def test_lower_tolerance_reports_the_slivers_as_pieces():
    found = overlaps(
        [zone(STRIP, "A"), zone(COMB, "A")], profile_from_dict({"tolerances": {"overlap_min_area_m2": 0.1}})
    )
    assert [(f.params["piece_count"], f.params["sliver_count"]) for f in found] == [(5, 0)] * 5
    assert "not reported" not in found[0].message("en")


def test_single_piece_keeps_the_short_message_and_its_kind_is_translated():
    inner = (20, 2, 30, 8)
    [finding] = overlaps([zone(STRIP, "A"), zone(inner, "A")])
    assert finding.params["piece_count"] == 1 and finding.params["sliver_count"] == 0
    assert finding.message("en") == "Zones no. 1 / no. 2 overlap on 60\u00a0m² (contained)."
    assert finding.message("fr") == (
        "Les zones n° 1 / n° 2 se superposent sur 60\u00a0m² (l'une dans l'autre).")


def test_zones_are_named_by_their_label_document_and_source_fid():
    strip, comb = zone(STRIP, "A"), zone((10, 0, 20, 20), "A")
    strip[1].update(label="UA", source_document="30014_PLU_20171013", source_fid=11)
    comb[1].update(label="N", source_document="30014_PLU_20171013", source_fid=12)
    [finding] = overlaps([strip, comb])
    assert finding.feature_ids == (1, 2)
    assert finding.message("en") == (
        "Zones UA (no. 1, 30014_PLU_20171013, source FID 11) / N (no. 2, 30014_PLU_20171013, source FID 12) "
        "overlap on 100\u00a0m²."
    )
    assert "FID source 12" in finding.message("fr") and "Quell-FID 12" in finding.message("de")
    assert finding.params["features"][1] == {
        "id": 2,
        "label": "N",
        "document": "30014_PLU_20171013",
        "source_fid": 12,
    }
