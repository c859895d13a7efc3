"""Findings name features by their source identifiers (label, document, source FID), not only plan ids."""

from masterplan_plugin.core.checks import run_checks
from masterplan_plugin.core.checks.catalogue import feature_name
from masterplan_plugin.core.importing import keep_sources, map_columns
from masterplan_plugin.core.sources import source_refs
from test.unit.factories import commune, make_plan, zone

DOC = "30014_PLU_20171013"


def sourced(box, code, label, fid, **attrs):
    wkt, values = zone(box, "A", code=code)
    values.update(label=label, source_document=DOC, source_fid=fid, **attrs)
    return wkt, values


def test_refs_keep_only_the_identifiers_a_feature_has():
    plan = make_plan(zoning=[sourced((0, 0, 10, 10), "U", "UA", 12), zone((10, 0, 20, 10), "A")])
    assert source_refs(plan.layer("zoning"), [0, 1]) == [
        {"id": 1, "label": "UA", "document": DOC, "source_fid": 12},
        {"id": 2},
    ]
    axes = make_plan(axes=[("LINESTRING (0 0, 1 1)", {"name": "Tram 1"})]).layer("mobility_axes")
    assert source_refs(axes, [0]) == [{"id": 1, "label": "Tram 1"}]


def test_names_in_three_languages_and_with_missing_parts():
    ref = {"id": 44, "label": "UA", "document": DOC, "source_fid": 0}
    assert feature_name(ref, "en") == f"UA (no. 44, {DOC}, source FID 0)"
    assert feature_name(ref, "fr") == f"UA (n° 44, {DOC}, FID source 0)"
    assert feature_name(ref, "de") == f"UA (Nr. 44, {DOC}, Quell-FID 0)"
    assert feature_name({"id": 3, "document": "zonage.gpkg"}) == "no. 3 (zonage.gpkg)"
    assert feature_name({"id": 3}) == "no. 3"


def test_zone_findings_name_the_source_zone():
    plan = make_plan(
        communes=[commune("A", 0, 0, 100, 100, name="Alpha")],
        zoning=[
            sourced((0, 0, 50, 100), "U", "UA", 12),
            sourced("POLYGON ((50 0, 100 100, 100 0, 50 100, 50 0))", "N", "N", 13),  # bow-tie
            sourced((0, -50, 50, 0), "XX", "Uz", 14),  # outside the commune, unknown code
        ],
    )
    messages = {f.rule: f.message("en") for f in run_checks(plan)}
    source = f"{DOC}, source FID"
    assert messages["GEOM_INVALID"].startswith(f"Invalid geometry of N (no. 2, {source} 13) in “Zoning”: ")
    assert messages["ATTR_UNKNOWN_CODE"].startswith(f"Uz (no. 3, {source} 14) in “Zoning”: value 'XX'")
    assert messages["ZONE_OUTSIDE_COMMUNES"].startswith(f"Zone Uz (no. 3, {DOC}, source FID 14) lies outside")


def test_import_keeps_the_document_from_idurba_else_the_file_and_the_source_fids():
    source = {"TYPEZONE": ["U", "A"], "LIBELLE": ["UA", "A"], "IDURBA": [DOC, None]}
    mapping = {"national_code": "TYPEZONE", "label": "LIBELLE", "source_document": "IDURBA"}
    mapped = map_columns("zoning", source, 2, mapping, standard="CNIG")
    keep_sources(mapped, 2, "zones.shp", ids=[0, 7])
    assert mapped.columns["source_document"] == [DOC, "zones.shp"]
    assert mapped.columns["source_fid"] == [0, 7]
    keep_sources(mapped, 2, "copy", ids=None)  # a temporary copy: its FIDs are not the source's
    assert mapped.columns["source_fid"] == [None, None]
