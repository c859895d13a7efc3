"""From a source layer's columns to plan-layer columns: field mapping, zoning harmonisation, import modes.

Pure logic shared by the CLI, the GUI and Processing imports. Unknown national codes are kept as they are
(``hilucs_code`` left empty) and listed, never mapped to a guessed class: the checks report them.

Import modes (``IMPORT_MODES``), applied per commune, in one transaction by the adapter:

- ``replace`` (the default): the plan's features of the communes present in the input are removed, then
  the input is added. Re-importing a commune, or a revised PLU, therefore never stacks a second copy.
  Communes are matched by code; zones by their ``commune_code`` (zones without one: by their
  ``source_document``); axes, green spaces and sites, which have no commune field, by the commune holding
  most of them (``locate``). Features lying in no commune replace nothing (the summary counts them).
- ``update``: features whose key (``update_key``: communes by code, zones by commune, source document and
  source feature id, the others by name, or fields the user chooses) matches a plan feature overwrite its
  geometry and imported fields (its other fields are kept); the others are added. Nothing is removed.
- ``append``: everything is added, as before modes existed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import nomenclature
from .errors import InputError
from .model import ZONING, plan_schema
from .nomenclature.standards import zoning_standard

PRESETS_PATH = Path(__file__).parent / "data" / "import_presets.json"


@lru_cache(maxsize=1)
def import_presets() -> dict:
    return json.loads(PRESETS_PATH.read_text(encoding="utf-8"))


def field_presets(plan_layer: str, standard: str | None = None) -> dict[str, tuple[str, ...]]:
    """Plan field -> usual source field names; zoning's depend on the standard (``standards.json``)."""
    if plan_layer == ZONING:
        return dict(zoning_standard(_standard(standard)).import_fields)
    return {plan_field: tuple(names) for plan_field, names in import_presets()[plan_layer].items()}


@dataclass
class MappedColumns:
    columns: dict[str, list]
    unknown_codes: dict[str, int] = field(default_factory=dict)  # code -> number of features


def resolve_field_map(
    plan_layer: str, source_fields: list[str], overrides: dict[str, str | None], standard: str | None = None
) -> dict[str, str]:
    """Plan field -> source field: explicit options first, then the preset's usual names."""
    mapping = {}
    for plan_field, candidates in field_presets(plan_layer, standard).items():
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


def commune_codes_from_location(
    columns: dict[str, list], count: int, located: list[str | None]
) -> tuple[int, int]:
    """Zones without a commune code take the commune their location gives (``located``, one code or None
    per row, from ``locate.locate_communes``), as zones drawn in QGIS do. (filled, still without)"""
    codes = columns.get("commune_code") or [None] * count
    filled = [code if code else where for code, where in zip(codes, located, strict=True)]
    columns["commune_code"] = filled
    given = sum(1 for code, new in zip(codes, filled, strict=True) if not code and new)
    return given, sum(1 for code in filled if not code)


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


# --- import modes ------------------------------------------------------------------------------------------

IMPORT_MODES = ("replace", "update", "append")
DEFAULT_MODE = "replace"
# Key fields that may be empty: a zone outside every commune has no commune code and is still identified
# by its document and feature id.
OPTIONAL_KEY_FIELDS = frozenset({"commune_code"})


@dataclass
class Changes:
    """What an import does to a plan layer: plan fids removed, and for each input row the plan fid it
    overwrites (None: added)."""

    remove: list[int] = field(default_factory=list)
    overwrite: list[int | None] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # the communes replaced, sorted
    documents: list[str] = field(default_factory=list)  # the documents of zones without commune replaced
    unmatched: int = 0  # input rows that replace nothing (no commune) or have no key value

    @property
    def updated(self) -> int:
        return sum(1 for fid in self.overwrite if fid is not None)

    @property
    def added(self) -> int:
        return len(self.overwrite) - self.updated


def import_mode(mode: str | None) -> str:
    value = (mode or DEFAULT_MODE).strip().lower()
    if value not in IMPORT_MODES:
        raise InputError("Unknown import mode {mode}: use replace, update or append.", mode=mode)
    return value


def update_key(plan_layer: str, fields: list[str] | str | None = None) -> tuple[str, ...]:
    """The plan fields identifying a feature in ``update`` mode: ``fields`` (a list or comma-separated),
    else the layer's usual key (``import_presets.json``, ``update_keys``)."""
    if isinstance(fields, str):
        fields = [name.strip() for name in fields.split(",")]
    chosen = tuple(name for name in (fields or []) if name)
    if not chosen:
        return tuple(import_presets()["update_keys"][plan_layer])
    unknown = [name for name in chosen if name not in plan_schema().layer(plan_layer).field_names]
    if unknown:
        raise InputError("The plan layer {layer} has no field {fields}.", layer=plan_layer,
                         fields=", ".join(unknown))
    return chosen


def key_values(columns: dict[str, list], count: int, key: tuple[str, ...]) -> list[tuple | None]:
    """Each row's key, None when a part of it is empty (such a row matches nothing)."""
    parts = [columns.get(name) or [None] * count for name in key]
    required = [name not in OPTIONAL_KEY_FIELDS for name in key]
    keys = []
    for values in zip(*parts, strict=True):
        texts = tuple(_text(value) for value in values)
        missing = any(text is None and needed for text, needed in zip(texts, required, strict=True))
        keys.append(None if missing or all(text is None for text in texts) else texts)
    return keys


def replace_groups(plan_layer: str, columns: dict[str, list], count: int,
                   located: list[str | None] | None = None) -> list[str | None]:
    """The group each row is replaced with: its commune (``C:code``), or for a zone without commune
    its document (``D:name``); None: in no commune, it replaces nothing. ``located``: the commune of each
    row by location, for the layers without a commune field."""
    if plan_layer == "communes":
        communes = columns.get("code") or [None] * count
    elif plan_layer == ZONING:
        communes = columns.get("commune_code") or [None] * count
    else:
        communes = located if located is not None else [None] * count
    documents = (columns.get("source_document") if plan_layer == ZONING else None) or [None] * count
    groups = []
    for commune, document in zip(communes, documents, strict=True):
        commune, document = _text(commune), _text(document)
        groups.append(f"C:{commune}" if commune else f"D:{document}" if document else None)
    return groups


def plan_changes(mode: str, incoming: list, existing: list, existing_ids) -> Changes:
    """The changes of one import. ``incoming`` / ``existing``: per row, its group (``replace_groups``) in
    ``replace`` mode, its key (``key_values``) in ``update`` mode; ignored in ``append`` mode.

    In ``update`` mode rows sharing a key are paired in order with the plan features of that key: the
    n-th input row overwrites the n-th plan feature; extra input rows are added, extra plan features kept.
    """
    mode = import_mode(mode)
    changes = Changes(overwrite=[None] * len(incoming))
    if mode == "replace":
        present = {group for group in incoming if group is not None}
        changes.remove = [int(fid) for fid, group in zip(existing_ids, existing, strict=True)
                          if group in present]
        changes.replaced = sorted(group[2:] for group in present if group.startswith("C:"))
        changes.documents = sorted(group[2:] for group in present if group.startswith("D:"))
        changes.unmatched = sum(1 for group in incoming if group is None)
    elif mode == "update":
        targets: dict[tuple, list[int]] = {}
        for fid, key in zip(existing_ids, existing, strict=True):
            if key is not None:
                targets.setdefault(key, []).append(int(fid))
        for row, key in enumerate(incoming):
            queue = targets.get(key) if key is not None else None
            if queue:
                changes.overwrite[row] = queue.pop(0)
        changes.unmatched = sum(1 for key in incoming if key is None)
    return changes


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None
