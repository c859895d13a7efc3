"""Import modes (core.importing): which plan features an import removes or overwrites, per commune; and
zones without commune field located like drawn zones (core.locate)."""

import numpy as np
import pytest
import shapely

from masterplan_plugin.core.errors import InputError
from masterplan_plugin.core.importing import (
    DEFAULT_MODE,
    commune_codes_from_location,
    import_mode,
    key_values,
    plan_changes,
    replace_groups,
    update_key,
)
from masterplan_plugin.core.locate import locate_communes

COMMUNES = np.array([shapely.box(0, 0, 1000, 1000), shapely.box(1000, 0, 2000, 1000)], dtype=object)


def test_replace_is_the_default_and_modes_are_checked():
    assert DEFAULT_MODE == "replace" and import_mode(None) == "replace"
    assert import_mode(" Update ") == "update"
    with pytest.raises(InputError, match="Unknown import mode"):
        import_mode("merge")


def test_communes_imported_again_replace_the_plan_communes_of_their_codes_only():
    incoming = replace_groups("communes", {"code": ["54580", "57038"]}, 2)
    existing = replace_groups("communes", {"code": ["54580", "57038", "LU0001"]}, 3)
    changes = plan_changes("replace", incoming, existing, [11, 12, 13])
    assert changes.remove == [11, 12] and changes.added == 2 and changes.updated == 0
    assert changes.replaced == ["54580", "57038"] and changes.unmatched == 0


def test_a_revised_plu_replaces_the_zones_of_its_communes_whatever_their_document():
    old = {"commune_code": ["30014", "30014", "30015"], "source_document": ["PLU_2017", "PLU_2017", "PLU_X"]}
    new = {"commune_code": ["30014"], "source_document": ["PLU_2020"]}
    changes = plan_changes("replace", replace_groups("zoning", new, 1), replace_groups("zoning", old, 3),
                           [1, 2, 3])
    assert changes.remove == [1, 2] and changes.replaced == ["30014"]


def test_zones_without_commune_replace_the_zones_of_their_document_without_commune():
    old = {"commune_code": [None, None, "1"], "source_document": ["a.shp", "b.shp", "a.shp"]}
    new = {"commune_code": [None], "source_document": ["a.shp"]}
    changes = plan_changes("replace", replace_groups("zoning", new, 1), replace_groups("zoning", old, 3),
                           [1, 2, 3])
    assert changes.remove == [1] and changes.documents == ["a.shp"] and changes.replaced == []


def test_layers_without_commune_field_are_replaced_by_the_commune_of_their_location():
    incoming = replace_groups("mobility_axes", {"name": ["A31"]}, 2, located=["54580", None])
    existing = replace_groups("mobility_axes", {}, 3, located=["54580", None, "57038"])
    changes = plan_changes("replace", incoming, existing, [1, 2, 3])
    assert changes.remove == [1] and changes.unmatched == 1  # outside every commune: replaces nothing


def test_update_pairs_rows_and_plan_features_by_key_and_adds_the_rest():
    key = update_key("communes")
    existing = key_values({"code": ["A", "B", "B", None]}, 4, key)
    incoming = key_values({"code": ["B", "C", "A", "B", "B", ""]}, 6, key)
    changes = plan_changes("update", incoming, existing, [10, 20, 30, 40])
    assert changes.overwrite == [20, None, 10, 30, None, None]
    assert (changes.updated, changes.added, changes.remove, changes.unmatched) == (3, 3, [], 1)


def test_zone_key_is_commune_document_and_source_fid_and_a_zone_outside_communes_still_has_one():
    assert update_key("zoning") == ("commune_code", "source_document", "source_fid")
    columns = {"commune_code": ["1", None, "1"], "source_document": ["d"] * 3, "source_fid": [5, 6, None]}
    assert key_values(columns, 3, update_key("zoning")) == [("1", "d", "5"), (None, "d", "6"), None]


def test_a_chosen_key_is_checked_against_the_plan_layer():
    assert update_key("sites", "name, kind") == ("name", "kind")
    with pytest.raises(InputError, match="no field"):
        update_key("sites", ["nom"])


def test_append_changes_nothing_in_the_plan():
    changes = plan_changes("append", ["C:1"], ["C:1"], [1])
    assert changes.remove == [] and changes.overwrite == [None]


def test_zones_without_commune_code_take_the_commune_of_their_location():
    zones = np.array([shapely.box(100, 100, 200, 200), shapely.box(900, 0, 1400, 500),
                      shapely.box(5000, 0, 5100, 100), None], dtype=object)
    located = locate_communes(zones, COMMUNES, 1.0)
    assert located.tolist() == [0, 1, -1, -1]  # the second lies mostly in the second commune
    codes = ["A", "B"]
    columns = {"commune_code": ["X", None, None, None]}
    given, without = commune_codes_from_location(
        columns, 4, [codes[i] if i >= 0 else None for i in located.tolist()])
    assert columns["commune_code"] == ["X", "B", None, None] and (given, without) == (1, 2)


def test_lines_are_located_by_length_and_a_line_only_touching_a_commune_is_in_none():
    lines = np.array([shapely.LineString([(500, 500), (1700, 500)]),
                      shapely.LineString([(2000, 0), (2500, 0)])], dtype=object)
    assert locate_communes(lines, COMMUNES, 1.0).tolist() == [1, -1]


def test_invalid_features_and_communes_are_located_by_their_repaired_outline():
    bowtie = shapely.Polygon([(100, 100), (300, 300), (300, 100), (100, 300)])
    broken_commune = shapely.Polygon([(1000, 0), (2000, 1000), (2000, 0), (1000, 1000)])
    communes = np.array([COMMUNES[0], broken_commune], dtype=object)
    assert locate_communes(np.array([bowtie, shapely.box(1800, 400, 1900, 600)], dtype=object),
                           communes, 1.0).tolist() == [0, 1]
