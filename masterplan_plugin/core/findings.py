"""Findings: what a check reports, located by the real problem geometry, with a stable fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum

import shapely
from shapely.geometry.base import BaseGeometry


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    """One problem: rule, severity, where (geometry in the plan CRS), which features and communes.

    ``params`` fill the rule's message template (see checks/rules.json); ``measure`` is the main number
    (m² of overlap, metres of offset…) in the unit the rule documents.
    """

    rule: str
    severity: Severity
    layer: str
    feature_ids: tuple[int, ...]
    geometry: BaseGeometry | None
    communes: tuple[str, ...] = ()
    measure: float | None = None
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def fingerprint(self) -> str:
        """Stable across runs while the problem stays where it is (1 m grid, same features)."""
        anchor = ""
        if self.geometry is not None and not self.geometry.is_empty:
            point = self.geometry.representative_point() if self.geometry.area else self.geometry.centroid
            anchor = f"{round(point.x)}:{round(point.y)}"
        key = "|".join(
            [
                self.rule,
                self.layer,
                ",".join(map(str, sorted(self.feature_ids))),
                ",".join(sorted(self.communes)),
                anchor,
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def message(self, language: str = "en") -> str:
        from .checks.catalogue import rule_message

        return rule_message(self.rule, language, self.params)

    @property
    def wkt(self) -> str | None:
        return (
            None
            if self.geometry is None
            else shapely.to_wkt(self.geometry, rounding_precision=3, output_dimension=2)
        )


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.severity.rank, f.rule, f.communes, f.feature_ids))


def summary(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
    return dict(sorted(counts.items()))
