"""Columns by distinct value: the rows must get exactly what a per-row computation gives."""

import numpy as np

from masterplan_plugin.core.columns import combined, factorize, object_array
from masterplan_plugin.core.plan import layer_snapshot


def test_factorize_keeps_every_row_value():
    values = object_array(["U", None, "AU", "U", " ", None, 3])
    column = factorize(values)
    assert len(column.values) == 5  # U, None, AU, " ", 3
    assert column.values[column.index].tolist() == values.tolist()


def test_per_value_decides_each_distinct_value_once():
    calls = []

    def blank(value):
        calls.append(value)
        return value is None or not str(value).strip()

    column = factorize(object_array(["a", None, "a", " ", "a", None]))
    assert column.per_value(blank).tolist() == [False, True, False, True, False, True]
    assert sorted(map(repr, calls)) == sorted(map(repr, ["a", None, " "]))


def test_per_value_of_an_empty_column():
    assert factorize(object_array([])).per_value(bool).tolist() == []


def test_take_restricts_to_rows():
    column = factorize(object_array(["x", "y", "z", "y"]))
    assert column.take(np.array([3, 0])).values[column.take(np.array([3, 0])).index].tolist() == ["y", "x"]


def test_combined_gives_the_tuple_of_each_row():
    a = object_array(["FR", "LU", "FR", "FR", None])
    b = object_array(["U", "HAB-1", "U", "AU", "U"])
    c = object_array([None, None, "a", None, None])
    keys = combined(factorize(a), factorize(b), factorize(c))
    assert keys.values[keys.index].tolist() == list(zip(a, b, c, strict=True))
    assert len(keys.values) == 5 and len(set(keys.values.tolist())) == 5


def test_combined_of_many_high_cardinality_columns_does_not_overflow():
    rows = 50_000
    columns = [factorize(object_array([f"{k}-{i * (k + 7) % rows}" for i in range(rows)])) for k in range(5)]
    keys = combined(*columns)
    assert keys.index.min() >= 0 and len(keys.values) == rows
    assert keys.values[keys.index[123]] == tuple(column.values[column.index[123]] for column in columns)


def test_a_snapshot_column_by_distinct_value_matches_the_column():
    layer = layer_snapshot("zoning", [None, None, None], [1, 2, 3], {"status": ["planned", None, "planned"]},
                           None, "EPSG:3035")
    status = layer.distinct("status")
    assert status.values[status.index].tolist() == layer.column("status").tolist()
    assert layer.distinct("missing_field").values.tolist() == [None]
