"""The registry of checks and the one function every entry point calls to validate a plan.

A check is a function ``(snapshot, profile, context) -> list[Finding]`` registered with the rule ids it
can produce. Checks never modify the snapshot.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ..findings import Finding, sort_findings
from ..model import COMMUNES, ZONING
from ..plan import LayerSnapshot, PlanSnapshot
from .profile import ValidationProfile, default_profile

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    name: str
    rules: tuple[str, ...]
    function: Callable
    needs_uncovered: bool = False  # waits for the unzoned land: scheduled last


CHECKS: dict[str, Check] = {}


def check(name: str, *rules: str, needs_uncovered: bool = False):
    """Register a check function under ``name`` for ``rules``."""

    def register(function):
        CHECKS[name] = Check(name, rules, function, needs_uncovered)
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
    with Validation(profile) as validation:
        return validation.run(snapshot, progress, is_cancelled)


class Validation:
    """One validation run on two worker threads (shapely and numpy release the GIL).

    A reader that hands each layer over as it is read (``layer_read``) lets the coverage work start as
    soon as the communes and the zoning are in, while the other layers are still being read. ``run``
    then schedules the checks in catalogue order, those needing the unzoned land last, so both cores
    stay busy.
    """

    def __init__(self, profile: ValidationProfile | None = None):
        from . import _families  # noqa: F401  (registers the checks)

        self.profile = profile or default_profile()
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="masterplan-checks")
        self._layers: dict[str, LayerSnapshot] = {}
        self._work = None

    def __enter__(self) -> Validation:
        return self

    def __exit__(self, *exc) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def layer_read(self, layer: LayerSnapshot) -> None:
        """Hand over each layer as it is read: the coverage work starts once communes and zoning are in."""
        from .context import CoverageWork

        self._layers[layer.name] = layer
        if self._work is None and {COMMUNES, ZONING} <= self._layers.keys():
            self._work = CoverageWork(self._layers[ZONING], self._layers[COMMUNES], self.profile)
            self._work.start(self._pool)

    def run(
        self,
        snapshot: PlanSnapshot,
        progress: Callable[[float, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> list[Finding]:
        from .context import CheckContext

        profile = self.profile
        context = CheckContext(snapshot, profile, self._work)
        selected = [c for c in CHECKS.values() if any(profile.enabled(rule) for rule in c.rules)]
        selected.sort(key=lambda c: c.needs_uncovered)  # stable: catalogue order otherwise
        done: list[str] = []
        reporting = threading.Lock()

        def run(current: Check) -> list[Finding]:
            if is_cancelled and is_cancelled():
                raise Cancelled()
            started = time.perf_counter()
            produced = current.function(snapshot, profile, context)
            LOG.debug(
                "check %s: %d findings in %.2f s", current.name, len(produced), time.perf_counter() - started
            )
            with reporting:  # callers' callbacks need not be thread-safe
                done.append(current.name)
                if progress:
                    progress(100.0 * len(done) / max(len(selected), 1), current.name)
            return [f for f in produced if profile.enabled(f.rule)]

        context.start_background_work(self._pool)
        futures = [self._pool.submit(run, current) for current in selected]
        try:
            results = [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        if progress:
            progress(100.0, "")
        return sort_findings([finding for produced in results for finding in produced])
