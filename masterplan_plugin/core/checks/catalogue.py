"""The rule catalogue (rules.json): ids, families, default severities, titles, explanations, the unit of
each rule's measure and message templates, and how a finding's params are shown in its message.

Messages are written for planners: numbers in the reader's format with their unit (m² or ha, m or km,
``core.number_format``), plan layers, fields and coded values by their labels in the reader's language
(``data/plan_schema.json``), features by their label and source (``feature_name``), never by an internal
name or a ``#`` id, and GEOS's reasons for an invalid geometry translated, without their coordinates
(``geos_reasons.json``). Params are stored raw in the register; all this happens when a message is shown,
so findings stored by earlier versions read the same.
"""

from __future__ import annotations

import json
import re
import string
from functools import lru_cache
from pathlib import Path

from ..model import pick_label, plan_schema
from ..number_format import FORMATTERS, format_quantity

CATALOGUE_PATH = Path(__file__).parent / "rules.json"
GEOS_REASONS_PATH = Path(__file__).parent / "geos_reasons.json"
_PLAN_ID = re.compile(r"#(\d+)\b")
_COORDINATES = re.compile(r"\s*\[[^\]]*\]\s*$")
_HILUCS_CODE = re.compile(r"(HILUCS )(\d+(?:_\d+)*)")


@lru_cache(maxsize=1)
def _raw_catalogue() -> dict:
    return json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _geos_reasons() -> dict[str, dict[str, str]]:
    raw = json.loads(GEOS_REASONS_PATH.read_text(encoding="utf-8"))
    return {key: value for key, value in raw.items() if not key.startswith("_")}


@lru_cache(maxsize=1)
def rule_catalogue() -> dict[str, dict]:
    return {rule_id: spec for rule_id, spec in _raw_catalogue().items() if not rule_id.startswith("_")}


def rule_ids() -> tuple[str, ...]:
    return tuple(rule_catalogue())


DOCUMENT_FAMILIES = frozenset({"cnig_conformity"})  # rules of a document folder's pre-check, not of a plan


def plan_rule_ids() -> tuple[str, ...]:
    """The rules a plan's validation runs (those a plan's settings can switch off)."""
    return tuple(rule for rule, spec in rule_catalogue().items() if spec["family"] not in DOCUMENT_FAMILIES)


def rule_title(rule_id: str, language: str = "en") -> str:
    return pick_label(rule_catalogue()[rule_id]["title"], language)


def rule_explanation(rule_id: str, language: str = "en") -> str:
    """What the rule finds and why it matters, in ``language`` ('' for a rule the catalogue lacks)."""
    spec = rule_catalogue().get(rule_id, {})
    return pick_label(spec["explanation"], language) if "explanation" in spec else ""


def measure_text(rule_id: str, measure: float | None, language: str = "en") -> str:
    """A finding's measure with its unit ('4.00 ha', '25 m', '3'); '' when it has none."""
    kind = rule_catalogue().get(rule_id, {}).get("measure")
    if measure is None or kind not in FORMATTERS:
        return ""
    return format_quantity(kind, measure, language)


def rule_message(rule_id: str, language: str, params: dict, variant: str = "message") -> str:
    """The rule's message in ``language`` with ``params`` shown as ``show_param`` says; unknown
    placeholders stay visible.

    ``features`` (``sources``: the features a finding is about, with their source identifiers) name them
    in ``{ids}``; findings stored before ``{ids}`` was in a template have an empty one.
    """
    spec = rule_catalogue()[rule_id]
    template = pick_label(spec.get(params.get("_variant", variant), spec["message"]), language)
    values = _Lenient({key: show_param(key, value, language, params) for key, value in params.items()})
    if params.get("features"):
        values["ids"] = " / ".join(feature_name(feature, language) for feature in params["features"])
    values.setdefault("ids", "")
    return string.Formatter().vformat(template, (), values)


def term(name: str, **values) -> dict[str, str]:
    """A message fragment of the catalogue's ``_terms`` in every language, filled with ``values`` (shown
    as ``show_param`` says). Kept in a finding's params, it is shown in the reader's language."""
    return {
        lang: text.format(**{key: show_param(key, value, lang, values) for key, value in values.items()})
        for lang, text in _raw_catalogue()["_terms"][name].items()
    }


def feature_name(feature: dict, language: str = "en") -> str:
    """'UA (no. 44, 30014_PLU_20171013, source FID 12)': the label, then the plan id, the source document
    and the feature id in the source file, as far as they are known (``sources.source_refs``)."""
    ids = [plan_id(feature["id"], language)]
    if feature.get("document"):
        ids.append(str(feature["document"]))
    if feature.get("source_fid") is not None:
        ids.append(_term_text("source_fid", language, fid=feature["source_fid"]))
    if not feature.get("label"):
        return f"{ids[0]} ({', '.join(ids[1:])})" if len(ids) > 1 else ids[0]
    return f"{feature['label']} ({', '.join(ids)})"


def plan_id(fid, language: str = "en") -> str:
    """A feature's id in the plan as readers write it: 'no. 44', 'n° 44', 'Nr. 44'."""
    return _term_text("feature_id", language, id=fid)


def layer_label(name: str, language: str = "en", quoted: bool = True) -> str:
    """A plan layer's label in ``language``, quoted as a name in a sentence ('“Green spaces”'); other
    names as given."""
    try:
        label = pick_label(plan_schema().layer(name).label, language)
    except KeyError:
        return str(name)
    return _term_text("layer_name", language, label=label) if quoted else label


def geos_reason(reason: str | None, language: str = "en") -> str:
    """GEOS's reason without its coordinates, in ``language``: 'Self-intersection[3 4]' -> 'the outline
    crosses itself'. A reason the table lacks is kept as GEOS wrote it (without the coordinates)."""
    text = _COORDINATES.sub("", str(reason or "")).strip()
    labels = _geos_reasons().get(text)
    return pick_label(labels, language) if labels else text


def show_param(key: str, value, language: str, params: dict | None = None):
    """How the param ``key`` is shown in a message in ``language`` (``_params`` of rules.json)."""
    value = pick_label(value, language) if isinstance(value, dict) else value
    kind = _raw_catalogue()["_params"].get(key)
    if kind is None or value is None or isinstance(value, list | tuple):
        return value
    if kind in FORMATTERS:
        number = _number(value)
        return value if number is None else format_quantity(kind, number, language)
    return _SHOW[kind.split(":")[0]](kind, value, language, params or {})


def _number(value) -> float | None:
    """A param's number, whether stored as one or as text ('1000000.0', checks round before storing)."""
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _layer_of(params: dict):
    try:
        return plan_schema().layer(params.get("layer", ""))
    except KeyError:
        return None


def _field_label(name: str, params: dict, language: str) -> str:
    layer = _layer_of(params)
    try:
        return pick_label(layer.field(name).label, language) if layer is not None else name
    except KeyError:
        return name


def _codelist(value: str, language: str) -> str:
    schema = plan_schema()
    if value in schema.domains.get("zoning_standard", {}):
        return schema.domain_label("zoning_standard", value, language)
    if value in schema.layer_names:
        return layer_label(value, language)
    if value in schema.domains:
        return _term_text("allowed_values", language)
    return value


def _plan_ids(value: str, language: str) -> str:
    """Plan ids written '#44' (by the checks, or in findings stored by earlier versions) -> 'no. 44'."""
    return _PLAN_ID.sub(lambda match: plan_id(match.group(1), language), str(value))


_SHOW = {
    "layer": lambda _kind, value, language, _params: layer_label(value, language),
    "field": lambda _kind, value, language, params: _field_label(str(value), params, language),
    "fields": lambda _kind, value, language, params: ", ".join(
        _field_label(name.strip(), params, language) for name in str(value).split(",")
    ),
    "codelist": lambda _kind, value, language, _params: _codelist(str(value), language),
    "domain": lambda kind, value, language, _params: plan_schema().domain_label(
        kind.split(":", 1)[1], value, language
    ),
    "classes": lambda _kind, value, _language, _params: _HILUCS_CODE.sub(
        lambda match: match.group(1) + match.group(2).replace("_", "."), str(value)
    ),
    "geos_reason": lambda _kind, value, language, _params: geos_reason(value, language),
    "plan_ids": lambda _kind, value, language, _params: _plan_ids(value, language),
}


def _term_text(name: str, language: str, **values) -> str:
    return pick_label(_raw_catalogue()["_terms"][name], language).format(**values)


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
