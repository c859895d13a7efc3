"""A plan's French zones as a CNIG PLU document (standard 2017): names, field values, DBF widths.

The specification lives in ``cnig_export_fields.json`` (field names, widths, file names, DOC_URBA
defaults); this module decides each value and says what it had to decide, as ``ExportIssue`` records
(a kind, the zone, the field, the value) that the adapters report; it writes nothing.

Decisions:
- LIBELLE (12 characters at most) is never cut: a short code cut in the middle would name another zone.
  A longer label is written whole, its column widened, and reported (``label_too_long``): the GPU
  validator and the CNIG pre-check flag it, and the planner shortens it in the plan. An empty label
  gets the zone's TYPEZONE (``label_missing``).
- LIBELONG is the label when it is longer than a short code, else the TYPEZONE's French name.
- A zone whose national code is not one of the 2017 TYPEZONE values (U, AUc, AUs, A, N; the 2014 values
  Nh, Nd, Ah are no longer accepted) is left out (``typezone_unknown``): the planner recodes it.
- The sub-code goes to DESTDOMI (two digits) or FORMDOMI (four digits) when cnig_plu.csv knows it.
- A value longer than the DBF's 254 bytes is cut at a character boundary and reported (``value_cut``).
"""

from __future__ import annotations

import csv
import datetime
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import InputError
from .nomenclature import code_label
from .nomenclature.standards import zoning_standard

SPEC_PATH = Path(__file__).parent / "cnig_export_fields.json"
DBF_MAX_WIDTH = 254
SHORT_LABEL = 12  # LIBELLE's maximum length, also where a label stops being a short code

# Issue kinds (report keys; the adapters and the CLI word them).
LABEL_TOO_LONG = "label_too_long"
LABEL_MISSING = "label_missing"
TYPEZONE_UNKNOWN = "typezone_unknown"
SUBCODE_UNKNOWN = "subcode_unknown"
SUBCODE_LEFT_OUT = "subcode_left_out"
VALUE_CUT = "value_cut"
NOT_CNIG = "not_cnig"
GEOMETRY_MISSING = "geometry_missing"
GEOMETRY_REPAIRED = "geometry_repaired"
DATEREF_ASSUMED = "dateref_assumed"
SKIPPING = frozenset({TYPEZONE_UNKNOWN, NOT_CNIG, GEOMETRY_MISSING})  # the zone is not exported


@dataclass(frozen=True)
class CnigField:
    name: str
    width: int
    required: bool
    value: str | None  # what fills it: a key of the zone's or the document's values
    optional_column: bool = False


@dataclass(frozen=True)
class CnigSpec:
    standard: str
    crs: str
    encoding: str
    typedoc: str
    insee_pattern: str
    names: dict[str, str]
    written_documents: tuple[str, ...]
    typezones: tuple[str, ...]
    tables: dict[str, tuple[CnigField, ...]]
    document_defaults: dict[str, str]
    document_patterns: dict[str, str]


@dataclass(frozen=True)
class ExportIssue:
    kind: str
    fid: int | None = None  # the plan zone's fid; None for the document
    field: str = ""
    value: str = ""


@dataclass(frozen=True)
class DocumentNames:
    insee: str
    date: str
    folder: str
    idurba: str
    zone_urba: str  # relative path without extension
    doc_urba: str
    doc_urba_com: str
    reglement: str


@dataclass
class ZoneTable:
    """ZONE_URBA's columns and rows for one commune; ``rows[i]`` is the zone at ``positions[i]`` of the
    input arrays (zones left out have no row)."""

    fields: tuple[CnigField, ...]
    widths: dict[str, int]
    rows: list[dict[str, str | None]]
    positions: list[int]
    issues: list[ExportIssue] = field(default_factory=list)


@cache
def cnig_spec() -> CnigSpec:
    raw = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    tables = {name: tuple(CnigField(**spec) for spec in specs) for name, specs in raw["tables"].items()}
    return CnigSpec(
        standard=raw["standard"],
        crs=raw["crs"],
        encoding=raw["encoding"],
        typedoc=raw["typedoc"],
        insee_pattern=raw["insee_pattern"],
        names=raw["names"],
        written_documents=tuple(raw["written_documents"]),
        typezones=tuple(raw["typezone"]),
        tables=tables,
        document_defaults={k: v for k, v in raw["document_defaults"].items() if not k.startswith("_")},
        document_patterns=raw["document_patterns"],
    )


# --- names ---------------------------------------------------------------------------------------------


def approval_date(text: str | datetime.date | None, today: datetime.date | None = None) -> str:
    """'AAAAMMJJ' from a date, 'AAAAMMJJ' or 'AAAA-MM-JJ' text; today when none is given."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return (today or datetime.date.today()).strftime("%Y%m%d")
    if isinstance(text, datetime.date):
        return text.strftime("%Y%m%d")
    digits = str(text).strip().replace("-", "")
    try:
        if not re.fullmatch(r"[0-9]{8}", digits):
            raise ValueError(digits)
        return datetime.datetime.strptime(digits, "%Y%m%d").strftime("%Y%m%d")
    except ValueError:
        raise InputError("The approval date must be a date written AAAAMMJJ.", str(text)) from None


def is_insee(code) -> bool:
    return code is not None and re.fullmatch(cnig_spec().insee_pattern, str(code).strip()) is not None


def document_names(insee: str, date: str) -> DocumentNames:
    names = {key: pattern.format(insee=insee, date=date) for key, pattern in cnig_spec().names.items()}
    return DocumentNames(
        insee,
        date,
        names["folder"],
        names["idurba"],
        names["ZONE_URBA"],
        names["DOC_URBA"],
        names["DOC_URBA_COM"],
        names["reglement"],
    )


# --- DOC_URBA ----------------------------------------------------------------------------------------------


def document_row(
    names: DocumentNames, given: dict[str, str] | None = None
) -> tuple[dict[str, str | None], list[ExportIssue]]:
    """DOC_URBA's one row: the plan's values, the caller's ``given`` ones (ETAT, NOMPROC, DATEREF ...)
    over the defaults. A given value the standard would refuse is an InputError."""
    spec = cnig_spec()
    unknown = set(given or {}) - set(spec.document_defaults)
    if unknown:
        raise InputError("These DOC_URBA fields cannot be given.", ", ".join(sorted(unknown)))
    values = {**spec.document_defaults, **{k: str(v).strip() for k, v in (given or {}).items() if v}}
    for name, pattern in spec.document_patterns.items():
        if values.get(name) and not re.fullmatch(pattern, values[name]):
            raise InputError(
                "A DOC_URBA value does not follow the CNIG standard.", f"{name}={values[name]!r}"
            )
    issues = []
    if not values.get("DATEREF"):
        values["DATEREF"] = names.date
        issues.append(ExportIssue(DATEREF_ASSUMED, field="DATEREF", value=names.date))
    common = {
        "idurba": names.idurba,
        "typedoc": spec.typedoc,
        "date": names.date,
        "reglement": names.reglement,
        "insee": names.insee,
    }
    row = {
        f.name: _or_none({**values, **common}.get(f.value) if f.value else None)
        for f in spec.tables["DOC_URBA"]
    }
    return row, issues


def commune_row(names: DocumentNames) -> dict[str, str]:
    return {"IDURBA": names.idurba, "INSEE": names.insee}


# --- ZONE_URBA ---------------------------------------------------------------------------------------------


def typezone(code) -> str | None:
    """The 2017 TYPEZONE spelling of a national code ('auc' -> 'AUc'), None when it is not one."""
    text = "" if code is None else str(code).strip()
    return next((value for value in cnig_spec().typezones if value.upper() == text.upper()), None)


@cache
def _subcode_fields() -> dict[str, str]:
    """cnig_plu.csv's sub-codes (as written there, '01', '0100') -> DESTDOMI or FORMDOMI."""
    with zoning_standard("CNIG").crosswalk.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = {}
    for row in rows:
        names = [name for name in ("DESTDOMI", "FORMDOMI") if name in row["subfield"].split("/")]
        for name in names:
            width = 2 if name == "DESTDOMI" else 4
            found[row["subcode"].strip().zfill(width) + "@" + name] = name
    return found


def subcode_column(subcode) -> tuple[str, str] | None:
    """('DESTDOMI', '01') or ('FORMDOMI', '0100') for a known sub-code (zero padding restored), else None."""
    text = "" if subcode is None else str(subcode).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 4:
        return None
    name, width = ("DESTDOMI", 2) if len(text) <= 2 else ("FORMDOMI", 4)
    value = text.zfill(width)
    return (name, value) if f"{value}@{name}" in _subcode_fields() else None


def zone_table(fids, codes, subcodes, labels, names: DocumentNames, subcode_fields: bool = True) -> ZoneTable:
    """ZONE_URBA for one commune's CNIG zones (the caller has already left out the others)."""
    spec = cnig_spec()
    rows, positions, issues = [], [], []
    for position, (fid, code, subcode, label) in enumerate(zip(fids, codes, subcodes, labels, strict=True)):
        fid = int(fid)
        zone_type = typezone(code)
        if zone_type is None:
            issues.append(ExportIssue(TYPEZONE_UNKNOWN, fid, "TYPEZONE", _text(code)))
            continue
        row, zone_issues = _zone_row(fid, zone_type, subcode, _text(label), names, subcode_fields)
        rows.append(row)
        positions.append(position)
        issues += zone_issues
    used = {name for row in rows for name, value in row.items() if value}
    columns = tuple(f for f in spec.tables["ZONE_URBA"] if not f.optional_column or f.name in used)
    rows = [{f.name: row.get(f.name) for f in columns} for row in rows]
    widths, cut = fit_to_dbf(columns, rows, [int(fids[p]) for p in positions])
    return ZoneTable(columns, widths, rows, positions, issues + cut)


def _zone_row(fid: int, zone_type: str, subcode, label: str, names: DocumentNames, subcode_fields: bool):
    issues = []
    if not label:
        label = zone_type
        issues.append(ExportIssue(LABEL_MISSING, fid, "LIBELLE", zone_type))
    elif len(label) > SHORT_LABEL:
        issues.append(ExportIssue(LABEL_TOO_LONG, fid, "LIBELLE", label))
    long_label = label if len(label) > SHORT_LABEL else code_label("CNIG", zone_type, "fr")
    values = {
        "label": label,
        "long_label": long_label,
        "typezone": zone_type,
        "reglement": names.reglement,
        "idurba": names.idurba,
        "date": names.date,
    }
    if _text(subcode):
        column = subcode_column(subcode)
        if column is None:
            issues.append(ExportIssue(SUBCODE_UNKNOWN, fid, "DESTDOMI/FORMDOMI", _text(subcode)))
        elif not subcode_fields:
            issues.append(ExportIssue(SUBCODE_LEFT_OUT, fid, column[0], column[1]))
        else:
            values[column[0].lower()] = column[1]
    row = {
        f.name: _or_none(values.get(f.value)) if f.value else None for f in cnig_spec().tables["ZONE_URBA"]
    }
    return row, issues


def fit_to_dbf(columns, rows: list[dict], fids: list[int | None]) -> tuple[dict[str, int], list[ExportIssue]]:
    """Each column's DBF width — the standard's, widened to the longest value in UTF-8 bytes, at most 254 —
    and the values cut to 254 bytes (in place, at a character boundary), reported."""
    widths, issues = {}, []
    for column in columns:
        longest = column.width
        for row, fid in zip(rows, fids, strict=True):
            value = row.get(column.name)
            if not value:
                continue
            size = len(value.encode("utf-8"))
            if size > DBF_MAX_WIDTH:
                row[column.name] = _cut_to_bytes(value, DBF_MAX_WIDTH)
                issues.append(ExportIssue(VALUE_CUT, fid, column.name, value))
                size = len(row[column.name].encode("utf-8"))
            longest = max(longest, size)
        widths[column.name] = longest
    return widths, issues


def _cut_to_bytes(text: str, size: int) -> str:
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _or_none(value) -> str | None:
    return value if value not in (None, "") else None
