"""From a source layer's columns to plan-layer columns: field mapping and zoning harmonisation.

Pure logic shared by the CLI, the GUI and Processing imports. Unknown national codes are kept as they are
(``hilucs_code`` left empty) and listed, never mapped to a guessed class: the checks report them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import nomenclature
from .errors import InputError
from .model import ZONING, plan_schema

PRESETS_PATH = Path(__file__).parent / "data" / "import_presets.json"


@lru_cache(maxsize=1)
def import_presets() -> dict:
    return json.loads(PRESETS_PATH.read_text(encoding="utf-8"))


@dataclass
class MappedColumns:
    columns: dict[str, list]
    unknown_codes: dict[str, int] = field(default_factory=dict)  # code -> number of features


def resolve_field_map(
    plan_layer: str, source_fields: list[str], overrides: dict[str, str | None], standard: str | None = None
) -> dict[str, str]:
    """Plan field -> source field: explicit options first, then the preset's usual names."""
    presets = import_presets()[plan_layer]
    if plan_layer == ZONING:
        presets = presets[_standard(standard)]
    mapping = {}
    for plan_field, candidates in presets.items():
        explicit = overrides.get(plan_field)
        if explicit:
            if explicit not in source_fields:
                raise InputError("The source layer has no such field.", f"{explicit} (for {plan_field})")
            mapping[plan_field] = explicit
            continue
        found = next((name for name in candidates if name in source_fields), None)
        if found:
            mapping[plan_field] = found
    return mapping


def map_columns(
    plan_layer: str,
    source: dict[str, list],
    count: int,
    mapping: dict[str, str],
    constants: dict[str, object] | None = None,
    standard: str | None = None,
) -> MappedColumns:
    """Build the plan layer's attribute columns; for zoning, derive ``hilucs_code`` from the codes."""
    known = set(plan_schema().layer(plan_layer).field_names)
    columns = {plan_field: list(source[src]) for plan_field, src in mapping.items() if plan_field in known}
    for name, value in (constants or {}).items():
        if name in known and value is not None:
            columns[name] = [value] * count
    for name, values in columns.items():
        columns[name] = [_clean(value) for value in values]
    result = MappedColumns(columns)
    if plan_layer == ZONING:
        _harmonise(result, _standard(standard), count)
    return result


def keep_sources(result: MappedColumns, count: int, document: str, ids=None) -> None:
    """A zone keeps where it came from, so that findings name it as the planner knows it: its document
    (the IDURBA the CNIG preset maps, else ``document``) and its feature id there (``ids``, when known)."""
    documents = result.columns.get("source_document") or [None] * count
    result.columns["source_document"] = [value or document for value in documents]
    result.columns["source_fid"] = [int(fid) for fid in ids] if ids is not None else [None] * count


def _harmonise(result: MappedColumns, standard: str, count: int) -> None:
    codes = result.columns.get("national_code", [None] * count)
    subcodes = result.columns.get("national_subcode", [None] * count)
    hilucs = []
    for code, subcode in zip(codes, subcodes, strict=False):
        harmonised = nomenclature.harmonise(standard, code, subcode) if code else None
        hilucs.append(harmonised.code if harmonised else None)
        if code and harmonised is None:
            result.unknown_codes[code] = result.unknown_codes.get(code, 0) + 1
    result.columns["hilucs_code"] = hilucs
    result.columns["standard"] = [standard] * count


def _standard(standard: str | None) -> str:
    value = (standard or "").upper()
    if value not in nomenclature.STANDARDS:
        raise InputError(
            "Unknown zoning standard.", f"{standard!r}; expected one of {nomenclature.STANDARDS}"
        )
    return value


def _clean(value):
    """Empty strings mean 'no value' in most national files; keep them as nulls."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value
