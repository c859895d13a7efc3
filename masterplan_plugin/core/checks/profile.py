"""Validation profile: which rules run, their severities and tolerances (documented defaults)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..findings import Severity
from .catalogue import rule_catalogue

DEFAULT_PROFILE_PATH = Path(__file__).parent / "default_profile.json"


@dataclass(frozen=True)
class ValidationProfile:
    tolerances: dict[str, float]
    enabled_rules: frozenset[str]
    severities: dict[str, Severity] = field(default_factory=dict)

    def tolerance(self, name: str) -> float:
        return self.tolerances[name]

    def severity(self, rule_id: str) -> Severity:
        return self.severities.get(rule_id) or Severity(rule_catalogue()[rule_id]["severity"])

    def enabled(self, rule_id: str) -> bool:
        return rule_id in self.enabled_rules

    def to_dict(self) -> dict:
        return {
            "enabled_rules": sorted(self.enabled_rules),
            "severities": {rule: sev.value for rule, sev in self.severities.items()},
            "tolerances": dict(self.tolerances),
        }


def default_profile() -> ValidationProfile:
    return profile_from_dict({})


def load_profile(path: str | Path) -> ValidationProfile:
    try:
        overrides = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError("The validation profile cannot be read.", f"{path}: {error}") from error
    return profile_from_dict(overrides)


def profile_from_dict(overrides: dict) -> ValidationProfile:
    """Defaults overridden by ``overrides``; unknown keys, rules or negative tolerances are refused."""
    defaults = json.loads(DEFAULT_PROFILE_PATH.read_text(encoding="utf-8"))
    tolerances = dict(defaults["tolerances"])
    for key, value in overrides.get("tolerances", {}).items():
        if key not in tolerances:
            raise InputError("Unknown tolerance in the validation profile.", key)
        if not isinstance(value, (int, float)) or value < 0:
            raise InputError("Tolerances must be non-negative numbers.", f"{key}={value!r}")
        tolerances[key] = float(value)
    catalogue = rule_catalogue()
    enabled = overrides.get("enabled_rules", defaults["enabled_rules"])
    enabled = set(catalogue) if enabled == "all" else set(enabled)
    enabled -= set(overrides.get("disabled_rules", []))
    unknown = (enabled | set(overrides.get("severities", {}))) - set(catalogue)
    if unknown:
        raise InputError("Unknown rule in the validation profile.", ", ".join(sorted(unknown)))
    try:
        severities = {rule: Severity(value) for rule, value in overrides.get("severities", {}).items()}
    except ValueError as error:
        raise InputError("Unknown severity in the validation profile.", str(error)) from error
    return ValidationProfile(tolerances, frozenset(enabled), severities)
