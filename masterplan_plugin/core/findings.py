"""Findings: what a check reports, located by the real problem geometry, with a stable fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum

import numpy as np
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
        return fingerprints([self])[0]

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


def fingerprints(findings: list[Finding]) -> list[str]:
    """Each finding's fingerprint: rule, layer, features, communes and its place on a 1 m grid (a point
    on the surface of an area, the centroid of a line or point), the places computed in one call."""
    geometries = np.empty(len(findings), dtype=object)
    geometries[:] = [finding.geometry for finding in findings]
    anchors = [""] * len(findings)
    rows = np.flatnonzero(~shapely.is_missing(geometries) & ~shapely.is_empty(geometries))
    rows = rows[np.isfinite(shapely.bounds(geometries[rows])).all(axis=1)]  # a damaged plan's inf: no place
    if len(rows):
        located = geometries[rows]
        surface = shapely.area(located) > 0
        points = np.where(surface, shapely.point_on_surface(located), shapely.centroid(located))
        for row, (x, y) in zip(rows, shapely.get_coordinates(points), strict=True):
            anchors[row] = f"{round(x)}:{round(y)}"
    return [_digest(finding, anchor) for finding, anchor in zip(findings, anchors, strict=True)]


def _digest(finding: Finding, anchor: str) -> str:
    key = "|".join(
        [
            finding.rule,
            finding.layer,
            ",".join(map(str, sorted(finding.feature_ids))),
            ",".join(sorted(finding.communes)),
            anchor,
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first, by rule and place; the largest first where those tie (gaps of one commune)."""
    return sorted(
        findings, key=lambda f: (f.severity.rank, f.rule, f.communes, f.feature_ids, -(f.measure or 0.0))
    )


def summary(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
    return dict(sorted(counts.items()))
