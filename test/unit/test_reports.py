import csv
import io
import json

import shapely

from masterplan_plugin.core import reports
from masterplan_plugin.core.findings import Finding, Severity
from masterplan_plugin.core.register import merge_register


def _register():
    findings = [
        Finding(
            "ZONE_OVERLAP",
            Severity.ERROR,
            "zoning",
            (1, 2),
            shapely.box(0, 0, 10, 10),
            ("57038",),
            100.0,
            {"ids": "#1 / #2", "area": "100.0", "kind": ""},
        ),
        Finding(
            "ZONE_GAP",
            Severity.WARNING,
            "zoning",
            (),
            shapely.box(20, 0, 30, 5),
            ("LU-ESCH",),
            50.0,
            {"area": "50.0", "communes": "Esch <sur> Alzette"},
        ),
    ]
    old = merge_register(
        [], [Finding("GEOM_EMPTY", Severity.ERROR, "sites", (9,), None, params={"layer": "sites"})], "d0"
    )
    return merge_register(old, findings, "d1")


def test_json_report_follows_the_contract():
    document = json.loads(reports.to_json("demo", "EPSG:3035", _register()))
    assert document["plan"] == "demo" and document["crs"] == "EPSG:3035"
    assert document["summary"] == {"ZONE_GAP": 1, "ZONE_OVERLAP": 1}
    assert document["fixed"] == 1
    first = document["findings"][0]
    for key in ("rule", "severity", "layer", "feature_ids", "communes", "message", "geometry_wkt", "measure"):
        assert key in first
    overlap = next(f for f in document["findings"] if f["rule"] == "ZONE_OVERLAP")
    assert overlap["feature_ids"] == [1, 2] and overlap["geometry_wkt"].startswith("POLYGON")


def test_csv_report_has_one_row_per_current_finding():
    rows = list(csv.DictReader(io.StringIO(reports.to_csv(_register()))))
    assert sorted(row["rule"] for row in rows) == ["ZONE_GAP", "ZONE_OVERLAP"]


def test_html_report_is_escaped_and_grouped_by_rule_and_commune():
    page = reports.to_html("demo", "EPSG:3035", _register(), {"57038": "Audun-le-Tiche"}, "fr")
    assert "Esch &lt;sur&gt; Alzette" in page and "<sur>" not in page
    assert "Par règle" in page and "Audun-le-Tiche (57038)" in page


def _overlap(ids, area, features=(), slivers=0):
    params = {
        "ids": "",
        "features": list(features),
        "area": f"{area:.1f}",
        "kind": "",
        "sliver_count": slivers,
    }
    return Finding(
        "ZONE_OVERLAP",
        Severity.ERROR,
        "zoning",
        ids,
        shapely.box(10 * area, 0, 11 * area, 1),
        (),
        area,
        params,
    )


def test_json_names_the_source_features_of_each_finding():
    source = {"id": 44, "label": "UA", "document": "30014_PLU_20171013", "source_fid": 12}
    register = merge_register([], [_overlap((44, 45), 10.0, [source, {"id": 45}])], "d1")
    [row] = json.loads(reports.to_json("plan", "EPSG:2154", register))["findings"]
    assert row["feature_ids"] == [44, 45] and row["sources"] == [source, {"id": 45}]
    assert row["message"].startswith("Zones UA (no. 44, 30014_PLU_20171013, source FID 12) / no. 45 overlap")
    assert "sources" not in next(csv.DictReader(io.StringIO(reports.to_csv(register))))


def test_text_summary_counts_overlap_pieces_pairs_and_slivers():
    findings = [_overlap((1, 2), 9.0, slivers=3), _overlap((1, 2), 8.0, slivers=3), _overlap((3, 4), 7.0)]
    text = reports.to_text("plan", "EPSG:2154", merge_register([], findings, "d1"))
    assert "3 piece(s) between 2 pair(s) of zones; 3 piece(s) under the tolerance not reported" in text
    french = reports.to_text("plan", "EPSG:2154", merge_register([], findings, "d1"), "fr")
    assert "3 morceau(x) entre 2 paire(s) de zones" in french


def test_reports_for_people_write_numbers_in_the_readers_language_and_json_keeps_them_raw():
    findings = [_overlap((1, 2), 40_000.0), _overlap((3, 4), 6_001.2)]
    register = merge_register([], findings, "d1")
    rows = {row["feature_ids"]: row for row in csv.DictReader(io.StringIO(reports.to_csv(register, "fr")))}
    assert rows["1 2"]["measure"] == "4,00\u00a0ha" and rows["3 4"]["measure"] == "6\u00a0001\u00a0m²"
    assert "4,00\u00a0ha" in rows["1 2"]["message"]
    page = reports.to_html("plan", "EPSG:2154", register, language="de")
    assert "6.001\u00a0m²" in page and "Fehler" in page
    assert ">error<" not in page and ">new<" not in page and ">none<" not in page  # labels, not codes
    [first, _] = json.loads(reports.to_json("plan", "EPSG:2154", register))["findings"]
    assert first["measure"] == 40_000.0  # JSON: the raw number, in m²


def test_a_findings_detail_names_everything_by_its_label_in_the_readers_language():
    source = {"id": 44, "label": "UA", "document": "30014_PLU_20171013", "source_fid": 12}
    finding = _overlap((44, 45), 40_000.0, [source, {"id": 45}])
    finding = Finding(**{**finding.__dict__, "communes": ("57038",)})
    [entry] = merge_register([], [finding], "d1")
    detail = reports.finding_detail(entry, "fr", {"57038": "Audun-le-Tiche"})
    assert detail.title == "Zones superposées" and detail.rule == "ZONE_OVERLAP"
    assert detail.explanation.startswith("Deux zones couvrent le même terrain")
    labels = (detail.severity, detail.layer, detail.state, detail.decision)
    assert labels == ("Erreur", "Zonage", "Nouveau", "À traiter")
    assert detail.features == ("UA (n° 44, 30014_PLU_20171013, FID source 12)", "n° 45")
    assert detail.communes == ("Audun-le-Tiche (57038)",) and detail.measure == "4,00\u00a0ha"
    assert detail.message.startswith("Les zones UA (n° 44") and detail.justification == ""
