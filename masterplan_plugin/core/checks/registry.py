"""The registry of checks and the one function every entry point calls to validate a plan.

A check is a function ``(snapshot, profile, context) -> list[Finding]`` registered with the rule ids it
can produce. Checks never modify the snapshot.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ..findings import Finding, sort_findings
from ..plan import PlanSnapshot
from .profile import ValidationProfile, default_profile

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    name: str
    rules: tuple[str, ...]
    function: Callable


CHECKS: dict[str, Check] = {}


def check(name: str, *rules: str):
    """Register a check function under ``name`` for ``rules``."""

    def register(function):
        CHECKS[name] = Check(name, rules, function)
        return function

    return register


class Cancelled(Exception):
    """Raised when the caller's cancel callback says so between two checks."""


def run_checks(
    snapshot: PlanSnapshot,
    profile: ValidationProfile | None = None,
    progress: Callable[[float, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[Finding]:
    """Run every enabled check on ``snapshot``; findings sorted by severity, rule and place."""
    from . import _families  # noqa: F401  (registers the checks)
    from .context import CheckContext

    profile = profile or default_profile()
    context = CheckContext(snapshot, profile)
    selected = [c for c in CHECKS.values() if any(profile.enabled(rule) for rule in c.rules)]
    findings: list[Finding] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="masterplan-checks") as background:
        context.start_background_work(background)
        for index, current in enumerate(selected):
            if is_cancelled and is_cancelled():
                raise Cancelled()
            if progress:
                progress(100.0 * index / max(len(selected), 1), current.name)
            started = time.perf_counter()
            produced = current.function(snapshot, profile, context)
            findings.extend(f for f in produced if profile.enabled(f.rule))
            seconds = time.perf_counter() - started
            LOG.debug("check %s: %d findings in %.2f s", current.name, len(produced), seconds)
    if progress:
        progress(100.0, "")
    return sort_findings(findings)
