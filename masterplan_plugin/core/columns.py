"""Attribute columns by distinct value.

A column of codes (standard, class, commune, hierarchy, status…) repeats a handful of values over 100k
rows. Checks therefore decide once per distinct value in Python and spread the answer over the rows with
numpy, which holds no interpreter lock: the checks running on the other thread are not held up by a
Python loop per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Factorized:
    values: np.ndarray  # object array: each distinct value of the column once
    index: np.ndarray  # int64, per row: the position of its value in ``values``

    def __len__(self) -> int:
        return len(self.index)

    def per_value(self, function: Callable, dtype=bool) -> np.ndarray:
        """``function`` of each row's value, computed once per distinct value."""
        decided = np.fromiter((function(v) for v in self.values), dtype=dtype, count=len(self.values))
        return decided[self.index] if len(self.index) else np.zeros(0, dtype=dtype)

    def take(self, rows: np.ndarray) -> Factorized:
        """The same column restricted to ``rows``."""
        return Factorized(self.values, self.index[rows])


def factorize(values: Iterable) -> Factorized:
    """Distinct values in order of first appearance (a dict lookup per row: readers that know the
    distinct values already, like the GeoPackage's Arrow stream, hand a Factorized over instead)."""
    position: dict = {}
    listed = values.tolist() if isinstance(values, np.ndarray) else list(values)
    index = np.fromiter(
        (position.setdefault(value, len(position)) for value in listed), dtype=np.int64, count=len(listed)
    )
    return Factorized(object_array(list(position)), index)


def combined(*columns: Factorized) -> Factorized:
    """Distinct combinations of several columns of the same rows (values are tuples)."""
    if not columns or not len(columns[0]):
        return Factorized(object_array([]), np.zeros(0, dtype=np.int64))
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:  # renumbered at each step, so the key never exceeds the row count
        _, first, key = np.unique(
            key * len(column.values) + column.index, return_index=True, return_inverse=True
        )
    values = [tuple(column.values[column.index[row]] for column in columns) for row in first.tolist()]
    return Factorized(object_array(values), key.astype(np.int64))


def object_array(items: list) -> np.ndarray:
    """A 1-d object array of ``items`` (np.array would turn a list of tuples into a 2-d array)."""
    result = np.empty(len(items), dtype=object)
    result[:] = items
    return result
