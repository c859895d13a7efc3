"""The master-plan schema, read once from ``data/plan_schema.json``.

Every entry point (plan creation, import, forms, checks) reads layers, fields and domains from here,
so the model is defined in exactly one place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).parent / "data" / "plan_schema.json"
LANGUAGES = ("fr", "en", "de")

# Layer names, used by code that needs a particular layer.
COMMUNES = "communes"
ZONING = "zoning"
AXES = "mobility_axes"
GREEN = "green_spaces"
SITES = "sites"
FINDINGS = "findings"


def pick_label(labels: dict[str, str], language: str) -> str:
    """The label in ``language`` ('fr_FR' and 'fr' both work), English otherwise."""
    lang = (language or "en")[:2].lower()
    return labels.get(lang) or labels.get("en") or next(iter(labels.values()), "")


def supported_language(language: str | None) -> str:
    """'fr_FR' -> 'fr'; a language the labels do not have -> 'en' (what ``pick_label`` would show)."""
    lang = (language or "en")[:2].lower()
    return lang if lang in LANGUAGES else "en"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # string | integer | real | boolean
    label: dict[str, str]
    length: int = 0
    required: bool = False
    unique: bool = False
    domain: str | None = None
    default: object = None
    min: float | None = None


@dataclass(frozen=True)
class LayerSpec:
    name: str
    geometry: str  # MultiPolygon | MultiLineString | Geometry
    label: dict[str, str]
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name} has no field {name}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)

    @property
    def required_fields(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields if spec.required)


@dataclass(frozen=True)
class PlanSchema:
    default_crs: str
    domains: dict[str, dict[str, dict[str, str]]]
    layers: tuple[LayerSpec, ...]
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # names of what is not a layer or field

    def layer(self, name: str) -> LayerSpec:
        for spec in self.layers:
            if spec.name == name:
                return spec
        raise KeyError(f"the plan has no layer {name}")

    @property
    def layer_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.layers)

    def domain_values(self, domain: str) -> tuple[str, ...]:
        return tuple(self.domains[domain])

    def domain_label(self, domain: str, value: str, language: str = "en") -> str:
        labels = self.domains.get(domain, {}).get(value)
        return pick_label(labels, language) if labels else str(value)

    def label(self, key: str, language: str = "en") -> str:
        """One of the schema's other names (``labels``): the code-list table, the findings' geometry parts."""
        return pick_label(self.labels[key], language)


@lru_cache(maxsize=1)
def plan_schema() -> PlanSchema:
    raw = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    layers = tuple(
        LayerSpec(
            name=layer["name"],
            geometry=layer["geometry"],
            label=layer["label"],
            fields=tuple(FieldSpec(**spec) for spec in layer["fields"]),
        )
        for layer in raw["layers"]
    )
    return PlanSchema(default_crs=raw["default_crs"], domains=raw["domains"], layers=layers,
                      labels=raw.get("labels", {}))
