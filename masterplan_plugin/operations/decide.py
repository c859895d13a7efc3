"""Record a decision (accepted, ignored, none) on findings of the plan's register."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .base import Message

DECISIONS = ("accepted", "ignored", "none")


@dataclass(frozen=True)
class DecideRequest(Message):
    plan: Path
    fingerprints: tuple[str, ...]
    decision: str  # one of DECISIONS
    justification: str = ""


@dataclass
class DecideResult(Message):
    decided: int
    unknown: list[str]  # fingerprints not in the register

    def summary_lines(self, language: str = "en") -> list[str]:
        lines = [f"Decision recorded on {self.decided} finding(s)"]
        return lines + [f"  no finding {fingerprint} in the register" for fingerprint in self.unknown]


def run(request: DecideRequest, progress, is_cancelled) -> DecideResult:
    from ..core.errors import InputError
    from ..core.register import set_decision
    from ..io.validation import read_register, write_register

    register = read_register(request.plan)
    known = {entry.fingerprint for entry in register}
    try:
        for fingerprint in request.fingerprints:
            register = set_decision(register, fingerprint, request.decision, request.justification)
    except ValueError as error:
        raise InputError("A finding can only be accepted with a justification.", str(error)) from error
    write_register(request.plan, register)
    unknown = [fingerprint for fingerprint in request.fingerprints if fingerprint not in known]
    return DecideResult(len(request.fingerprints) - len(unknown), unknown)
