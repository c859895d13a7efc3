"""The findings register: keeps findings across runs by fingerprint.

A run's findings are merged with the previous register: a finding seen for the first time is ``new``,
seen again ``open``; a previous finding not seen any more is ``fixed`` (kept, so the plan's history
shows what was corrected). The user's decision — ``ignored`` or ``accepted`` with a justification —
survives re-runs, also when a fixed finding comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .findings import Finding, fingerprints


@dataclass(frozen=True)
class RegisterEntry:
    finding: Finding
    fingerprint: str
    state: str  # new | open | fixed
    user_status: str = "none"  # none | ignored | accepted
    justification: str = ""
    first_seen: str = ""
    last_seen: str = ""

    @property
    def is_open_error(self) -> bool:
        return self.state != "fixed" and self.user_status == "none" and self.finding.severity.value == "error"

    @property
    def needs_review(self) -> bool:
        return self.state != "fixed" and self.user_status == "none"


def merge_register(previous: list[RegisterEntry], findings: list[Finding], now: str) -> list[RegisterEntry]:
    """The register after a run at time ``now`` (ISO string)."""
    before = {entry.fingerprint: entry for entry in previous}
    merged: list[RegisterEntry] = []
    seen = set()
    for finding, fingerprint in zip(findings, fingerprints(findings), strict=True):
        if fingerprint in seen:
            continue  # two identical findings (same rule, features and place) are one problem
        seen.add(fingerprint)
        old = before.get(fingerprint)
        if old is None:
            merged.append(RegisterEntry(finding, fingerprint, "new", first_seen=now, last_seen=now))
        else:
            merged.append(replace(old, finding=finding, state="open", last_seen=now))
    merged += [replace(entry, state="fixed") for fp, entry in before.items() if fp not in seen]
    return merged


def set_decision(
    register: list[RegisterEntry], fingerprint: str, user_status: str, justification: str = ""
) -> list[RegisterEntry]:
    """Record a user's decision; accepting requires a justification."""
    if user_status not in ("none", "ignored", "accepted"):
        raise ValueError(f"unknown decision {user_status!r}")
    if user_status == "accepted" and not justification.strip():
        raise ValueError("accepting a finding requires a justification")
    return [
        replace(e, user_status=user_status, justification=justification)
        if e.fingerprint == fingerprint
        else e
        for e in register
    ]
