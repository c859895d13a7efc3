"""The rule catalogue (rules.json): ids, families, default severities, titles and message templates."""

from __future__ import annotations

import json
import string
from functools import lru_cache
from pathlib import Path

from ..model import pick_label

CATALOGUE_PATH = Path(__file__).parent / "rules.json"


@lru_cache(maxsize=1)
def _raw_catalogue() -> dict:
    return json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def rule_catalogue() -> dict[str, dict]:
    return {rule_id: spec for rule_id, spec in _raw_catalogue().items() if not rule_id.startswith("_")}


def rule_ids() -> tuple[str, ...]:
    return tuple(rule_catalogue())


def rule_title(rule_id: str, language: str = "en") -> str:
    return pick_label(rule_catalogue()[rule_id]["title"], language)


def rule_message(rule_id: str, language: str, params: dict, variant: str = "message") -> str:
    """The rule's message in ``language`` with ``params`` filled in; unknown placeholders stay visible.

    A value given in several languages (``term``) is taken in ``language``. ``features`` (``sources``:
    the features a finding is about, with their source identifiers) name them in ``{ids}``; findings
    stored before ``{ids}`` was in a template have an empty one.
    """
    spec = rule_catalogue()[rule_id]
    template = pick_label(spec.get(params.get("_variant", variant), spec["message"]), language)
    values = _Lenient({key: _in_language(value, language) for key, value in params.items()})
    if params.get("features"):
        values["ids"] = " / ".join(feature_name(feature, language) for feature in params["features"])
    values.setdefault("ids", "")
    return string.Formatter().vformat(template, (), values)


def term(name: str, **values) -> dict[str, str]:
    """A message fragment of the catalogue's ``_terms`` in every language, filled with ``values``. Kept
    in a finding's params, it is shown in the reader's language."""
    return {lang: text.format(**values) for lang, text in _raw_catalogue()["_terms"][name].items()}


def feature_name(feature: dict, language: str = "en") -> str:
    """'#44 UA (30014_PLU_20171013, source FID 12)': the plan id, the label, the source document and the
    feature id in the source file, as far as they are known (``sources.source_refs``)."""
    name = f"#{feature['id']}"
    if feature.get("label"):
        name += f" {feature['label']}"
    source = [str(feature["document"])] if feature.get("document") else []
    if feature.get("source_fid") is not None:
        source.append(pick_label(term("source_fid", fid=feature["source_fid"]), language))
    return f"{name} ({', '.join(source)})" if source else name


def _in_language(value, language: str):
    return pick_label(value, language) if isinstance(value, dict) else value


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
