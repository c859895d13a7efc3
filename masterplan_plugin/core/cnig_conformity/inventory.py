"""A CNIG document folder as plain data: what the adapter read, what the conformity checks look at."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

import numpy as np


@dataclass(frozen=True)
class FieldDefinition:
    name: str
    type: str  # OGR's type name: String, Integer64, Real, Date…
    width: int


@dataclass
class TableData:
    """One table of the folder: a shapefile, or a DBF without geometry (DOC_URBA, DOC_URBA_COM).

    ``columns`` hold the values as read (None for null), ``fids`` the OGR FIDs, ``geometries`` shapely
    geometries in the document CRS (None for a DBF alone), ``cpg`` the .cpg text (None without one),
    ``records`` the DBF's raw record bytes (for the encoding check; None when not read), perhaps only
    the first ones (``records_cut``).
    """

    path: str  # relative to the document folder, '/'-separated
    fields: list[FieldDefinition]
    columns: dict[str, list]
    fids: np.ndarray
    geometries: np.ndarray | None = None
    cpg: str | None = None
    records: bytes | None = None
    crs: str | None = None
    records_cut: bool = False  # ``records`` stops before the end of the table (large tables)

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name

    @property
    def stem(self) -> str:
        return PurePosixPath(self.path).stem

    @property
    def field_names(self) -> set[str]:
        return {definition.name.upper() for definition in self.fields}

    def column(self, name: str) -> list:
        """The values of field ``name`` (case-insensitive, as DBF field names are); [] without it."""
        for key, values in self.columns.items():
            if key.upper() == name.upper():
                return values
        return []

    def geometry(self, row: int):
        return None if self.geometries is None else self.geometries[row]

    def __len__(self) -> int:
        return len(self.fids)


@dataclass
class DocumentInventory:
    folder: str  # the folder's own name, e.g. 30014_PLU_20171013
    files: list[str] = field(default_factory=list)  # every file, relative, '/'-separated
    tables: list[TableData] = field(default_factory=list)
