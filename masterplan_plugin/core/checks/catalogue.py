"""The rule catalogue (rules.json): ids, families, default severities, titles and message templates."""

from __future__ import annotations

import json
import string
from functools import lru_cache
from pathlib import Path

from ..model import pick_label

CATALOGUE_PATH = Path(__file__).parent / "rules.json"


@lru_cache(maxsize=1)
def rule_catalogue() -> dict[str, dict]:
    raw = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    return {rule_id: spec for rule_id, spec in raw.items() if not rule_id.startswith("_")}


def rule_ids() -> tuple[str, ...]:
    return tuple(rule_catalogue())


def rule_title(rule_id: str, language: str = "en") -> str:
    return pick_label(rule_catalogue()[rule_id]["title"], language)


def rule_message(rule_id: str, language: str, params: dict, variant: str = "message") -> str:
    """The rule's message in ``language`` with ``params`` filled in; unknown placeholders stay visible."""
    spec = rule_catalogue()[rule_id]
    template = pick_label(spec.get(params.get("_variant", variant), spec["message"]), language)
    return string.Formatter().vformat(template, (), _Lenient(params))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
