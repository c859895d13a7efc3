"""The CNIG PLU / CC standards as data (tables.csv, fields.csv, enums.csv, standard.json), by version."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).parent
VERSIONS = ("2013", "2014", "2017")  # "2017" stands for 2017 and later


@dataclass(frozen=True)
class FieldSpec:
    table: str
    name: str
    type: str  # text, date, url, filename, idurba, insee, siren, code2, enum:<list>
    max_length: int | None
    required: bool

    @property
    def enum(self) -> str | None:
        return self.type.split(":", 1)[1] if self.type.startswith("enum:") else None


@dataclass(frozen=True)
class TableSpec:
    name: str
    geometry: str  # polygon, line, point; '' for a table without geometry
    folder: str  # where it belongs in the document folder ('' for the root)
    documents: frozenset[str]
    mandatory_for: frozenset[str]


@lru_cache(maxsize=1)
def settings() -> dict:
    return json.loads((DATA / "standard.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def tables() -> dict[str, TableSpec]:
    return {
        row["table"]: TableSpec(
            row["table"], row["geometry"], row["folder"], frozenset(row["documents"].split()),
            frozenset(row["mandatory_for"].split()),
        )
        for row in _rows("tables.csv")
    }


@cache
def fields(table: str, version: str) -> tuple[FieldSpec, ...]:
    return tuple(
        FieldSpec(table, row["field"], row["type"], int(row["max_length"]) if row["max_length"] else None,
                  row["required"] == "yes")
        for row in _rows("fields.csv")
        if row["table"] == table and version in row["versions"].split()
    )


@cache
def enum_codes(name: str, version: str) -> tuple[str, ...]:
    rows = _rows("enums.csv")
    return tuple(row["code"] for row in rows if row["enum"] == name and version in row["versions"].split())


def table_names_longest_first() -> list[str]:
    """Table names, DOC_URBA_COM before DOC_URBA: a file name is matched by the longest name it holds."""
    return sorted(tables(), key=len, reverse=True)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))
