"""The zoning standards a plan knows, one descriptor each, from ``standards.json``.

A national standard used to be spelled out in several places (crosswalk and legend paths, the country's
standard in each import form, the CLI's choices, the demo's CRS, the CNIG-only sub-code field); all of
them now read ``zoning_standard(id)`` / ``standard_of_country(country)``. Adding a standard is adding an
entry to ``standards.json`` (and its CSV files), plus its id to plan_schema.json's domain, which the unit
tests compare.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NoReturn

from ..errors import InputError
from ..model import pick_label

DATA_DIR = Path(__file__).parent
STANDARDS_JSON = DATA_DIR / "standards.json"
CODE_KEY_RULES = ("upper", "pag", "pds")  # implemented by core.nomenclature (``_CODE_KEYS``)

__all__ = [
    "NomenclatureDataError",
    "UnknownStandardError",
    "ZoningStandard",
    "countries",
    "national_standards",
    "standard_of_country",
    "zoning_standard",
    "zoning_standards",
]


class UnknownStandardError(InputError):
    """A zoning standard name that is not one of ``standards.json``'s ids."""


class NomenclatureDataError(ValueError):
    """A nomenclature data file breaks its own rules (a programming error, caught by the unit tests)."""


@dataclass(frozen=True)
class ZoningStandard:
    id: str  # as stored in the plan: "CNIG"
    country: str | None  # "FR"; None for the harmonised HILUCS
    crs: str | None  # the national CRS its data usually come in
    cli: str  # the import command's --standard value
    labels: dict[str, str] = field(hash=False, compare=False)  # {"fr", "en", "de"}
    crosswalk: Path | None = None  # national code -> HILUCS; None for HILUCS itself
    legend: Path | None = None
    code_key: str | None = None  # one of CODE_KEY_RULES
    label_names_code: bool = False  # the French label also matches the code
    subcode_fields: tuple[str, ...] = ()  # national fields refining a code (CNIG: FORMDOMI, DESTDOMI)
    import_fields: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)

    @property
    def has_subcodes(self) -> bool:
        return bool(self.subcode_fields)

    @property
    def national(self) -> bool:
        return self.country is not None

    def label(self, language: str = "en") -> str:
        return pick_label(self.labels, language)


def _fail(index: int, message: str) -> NoReturn:
    raise NomenclatureDataError(f"{STANDARDS_JSON.name}, standard #{index + 1}: {message}")


def _file(entry: dict, key: str) -> Path | None:
    return DATA_DIR / entry[key] if entry.get(key) else None


def _standard(index: int, entry: dict) -> ZoningStandard:
    standard = ZoningStandard(
        id=entry["id"], country=entry.get("country"), crs=entry.get("crs"), cli=entry["cli"],
        labels=dict(entry["labels"]), crosswalk=_file(entry, "crosswalk"), legend=_file(entry, "legend"),
        code_key=entry.get("code_key"), label_names_code=bool(entry.get("label_names_code")),
        subcode_fields=tuple(entry.get("subcode_fields", ())),
        import_fields={name: tuple(names) for name, names in entry.get("import_fields", {}).items()},
    )
    national = standard.country is not None
    if national != all((standard.crs, standard.crosswalk, standard.legend, standard.code_key)):
        _fail(index, "a national standard needs crs, crosswalk, legend and code_key; HILUCS none of them")
    if standard.code_key is not None and standard.code_key not in CODE_KEY_RULES:
        _fail(index, f"code_key {standard.code_key!r} is not one of {CODE_KEY_RULES}")
    if standard.id != standard.id.upper() or standard.cli != standard.cli.lower():
        _fail(index, "id is upper case, cli lower case")
    return standard


@cache
def _standards() -> tuple[ZoningStandard, ...]:
    entries = json.loads(STANDARDS_JSON.read_text(encoding="utf-8"))["standards"]
    standards = tuple(_standard(index, entry) for index, entry in enumerate(entries))
    for attribute in ("id", "cli", "country"):
        values = [getattr(s, attribute) for s in standards if getattr(s, attribute) is not None]
        if len(set(values)) != len(values):
            raise NomenclatureDataError(f"{STANDARDS_JSON.name}: duplicate {attribute} in {values}")
    return standards


def zoning_standards() -> tuple[ZoningStandard, ...]:
    """Every standard, in the file's order (the order of every picker)."""
    return _standards()


def zoning_standard(name: str | None) -> ZoningStandard:
    """The standard of an id, case and surrounding spaces ignored; ``UnknownStandardError`` else."""
    wanted = str(name or "").strip().upper()
    found = next((s for s in _standards() if s.id == wanted), None)
    if found is None:
        ids = tuple(s.id for s in _standards())
        raise UnknownStandardError("Unknown zoning standard.", f"{name!r}; expected one of {ids}")
    return found


def national_standards() -> tuple[ZoningStandard, ...]:
    """The standards of a country (all but the harmonised HILUCS)."""
    return tuple(s for s in _standards() if s.national)


def countries() -> tuple[str, ...]:
    """The countries a plan's communes may belong to, in the file's order: ("FR", "LU", "BE")."""
    return tuple(s.country for s in national_standards())


def standard_of_country(country: str | None) -> ZoningStandard:
    """The national standard of a country's communes; ``UnknownStandardError`` for any other country."""
    found = next((s for s in national_standards() if s.country == str(country or "").strip().upper()), None)
    if found is None:
        raise UnknownStandardError("Unknown zoning standard.", f"no standard for country {country!r}; "
                                   f"expected one of {countries()}")
    return found
