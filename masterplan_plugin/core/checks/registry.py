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
from dataclasses import dataclass, replace
from enum import IntEnum

import numpy as np
import shapely

from ..findings import Finding, sort_findings
from ..model import COMMUNES, ZONING
from ..plan import LayerSnapshot, PlanSnapshot
from .profile import ValidationProfile, default_profile

LOG = logging.getLogger(__name__)
WORKERS = 2  # the machines planners validate on have two cores at least


class Needs(IntEnum):
    """What a check waits for from the coverage work (``context.CoverageWork``), in the order it comes."""

    LAYERS = 0  # the usable layers
    COVERAGE = 1  # the zones that may overlap another
    UNZONED = 2  # the land no zone covers


@dataclass(frozen=True)
class Check:
    name: str
    rules: tuple[str, ...]
    function: Callable
    needs: Needs = Needs.LAYERS


CHECKS: dict[str, Check] = {}


def check(name: str, *rules: str, needs: Needs = Needs.LAYERS):
    """Register a check function under ``name`` for ``rules``."""

    def register(function):
        CHECKS[name] = Check(name, rules, function, needs)
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
    then runs the checks on both workers, each taking the next check as it gets free (see ``_next``).
    """

    def __init__(self, profile: ValidationProfile | None = None):
        from . import _families  # noqa: F401  (registers the checks)

        self.profile = profile or default_profile()
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="masterplan-checks")
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
        pending = list(selected)
        produced: dict[str, list[Finding]] = {}
        lock = threading.Lock()  # guards pending and produced; callers' callbacks need not be thread-safe
        failed = threading.Event()

        def take() -> Check | None:
            with lock:
                if failed.is_set() or not pending:
                    return None
                chosen = _next(pending, context)
                pending.remove(chosen)
                return chosen

        def work() -> None:
            try:
                while (current := take()) is not None:
                    if is_cancelled and is_cancelled():
                        raise Cancelled()
                    started = time.perf_counter()
                    findings = current.function(snapshot, profile, context)
                    LOG.debug(
                        "check %s: %d findings in %.2f s",
                        current.name, len(findings), time.perf_counter() - started,
                    )
                    with lock:
                        produced[current.name] = [f for f in findings if profile.enabled(f.rule)]
                        if progress:
                            progress(100.0 * len(produced) / max(len(selected), 1), current.name)
            except BaseException:
                failed.set()
                raise

        context.start_background_work(self._pool)
        # One runner per worker; the coverage work holds one worker until it is done, then the second
        # runner starts there. Both were submitted after the coverage work: they never wait on work
        # queued behind them.
        runners = [self._pool.submit(work) for _ in range(WORKERS)]
        for runner in runners:
            runner.result()
        if progress:
            progress(100.0, "")
        return sort_findings(_placeable([f for c in selected for f in produced[c.name]]))


def _placeable(findings: list[Finding]) -> list[Finding]:
    """A finding located by a geometry with a non-finite coordinate (a damaged plan) keeps no geometry:
    such a place can be neither shown, nor stored in the register, nor zoomed to."""
    geometries = np.empty(len(findings), dtype=object)
    geometries[:] = [finding.geometry for finding in findings]
    with np.errstate(invalid="ignore"):
        bounds = shapely.bounds(geometries)
    present = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
    broken = present & ~np.isfinite(bounds).all(axis=1)
    return [replace(f, geometry=None) if bad else f for f, bad in zip(findings, broken, strict=True)]


def _next(pending: list[Check], context) -> Check:
    """The check to run next: among those whose input is ready, the one needing the latest input — it
    became ready last and the others can fill any gap; when none is ready, the one needing the earliest
    input (it waits least). Catalogue order otherwise."""
    ready = [c for c in pending if context.ready(c.needs)]
    if ready:
        return max(ready, key=lambda c: c.needs)  # max keeps the first of equals
    return min(pending, key=lambda c: c.needs)
