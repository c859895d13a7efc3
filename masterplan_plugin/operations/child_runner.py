"""The parent's side of the child worker (``child.py``): run one of the registry's operations in a child
process, ``python -m masterplan_plugin <op> --json REQUEST --progress-lines``, following its progress.

In the QGIS desktop, shapely's newer GEOS functions and its WKT/WKB writers cannot run in QGIS's own process
(``child.py``): the GUI and Processing run validation, decisions, imports and exports here. The ``*_task``
functions wrap one such run in a ``PlanTask`` for QGIS's task manager.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from ..core.checks.registry import Cancelled
from ..core.errors import MasterplanError
from ..dependencies.child_process import follow
from ..dependencies.requirements import active_folders, python_executable
from ..io.validation import ValidationResult, read_register
from ..qgis_adapters.tasks import PlanTask
from .child import DONE, ERROR, PROGRESS

LOG = logging.getLogger(__name__)


def validation_task(description: str, gpkg: str | Path, profile=None) -> PlanTask:
    """Validate a plan file and update its findings register; succeeds with a ``ValidationResult``.

    The checks run in the child worker (operation ``validate``); this task follows its progress, stops it on
    cancel and reads the register it wrote.
    """

    def work(progress, is_cancelled):
        args = {"plan": str(gpkg), "profile": profile.to_dict() if profile is not None else None}
        done = run_worker("validate", args, progress, is_cancelled)
        return ValidationResult(Path(gpkg), done["crs"], read_register(gpkg), done.get("timings", {}))

    return PlanTask(description, work)


def decision_task(description: str, gpkg: str | Path, fingerprints: list[str], decision: str,
                  justification: str) -> PlanTask:
    """Record a decision on findings in the plan's register; succeeds with the register as written."""

    def work(progress, is_cancelled):
        run_worker("decide", {"plan": str(gpkg), "fingerprints": list(fingerprints), "decision": decision,
                              "justification": justification}, progress, lambda: False)
        return read_register(gpkg)

    return PlanTask(description, work, can_cancel=False)


def export_task(description: str, gpkg: str | Path, kind: str, target: str | Path, language: str) -> PlanTask:
    """Export the plan's findings (``kind``: gpkg, csv or html) to ``target``; succeeds with its path."""

    def work(progress, is_cancelled):
        done = run_worker("export_findings", {"plan": str(gpkg), "kind": kind, "target": str(target),
                                     "language": language}, progress, lambda: False)
        return Path(done["target"])

    return PlanTask(description, work, can_cancel=False)


def run_worker(command: str, args, progress, is_cancelled, poll_s: float = 0.1, on_log=None) -> dict:
    """Run the registry's operation ``command`` on ``args`` (its request, or the request as a dict) in the
    child worker, ``python -m masterplan_plugin command --json ARGS --progress-lines``; its result as a dict.

    ``progress(percent, step)`` follows the child; ``is_cancelled()`` stops it (raising ``Cancelled``);
    ``on_log(line)`` receives its other output lines. Raises MasterplanError with the child's message.
    """
    if is_cancelled():
        raise Cancelled()
    package_parent = Path(__file__).resolve().parents[2]
    env = dict(os.environ)
    # The plugin's private package folder (shapely 2.1 when QGIS's Python lacks it) goes before the
    # system's site-packages in the child too, as it does in QGIS's process (dependencies.activate).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(package_parent), *active_folders(),
                                                      env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the child imports qgis.core only, never a GUI
    done, error, other = None, None, []

    def on_line(line: str) -> None:
        nonlocal done, error
        kind, _, payload = line.partition("\t")
        if kind == PROGRESS:
            percent, _, step = payload.partition("\t")
            progress(float(percent), step)
        elif kind == DONE:
            done = json.loads(payload)
        elif kind == ERROR:
            error = json.loads(payload)
        elif line.strip():
            other.append(line.rstrip())
            if on_log:
                on_log(line.rstrip())

    request = args if isinstance(args, dict) else args.to_dict()
    argv = [python_executable(), "-m", "masterplan_plugin", command, "--json", json.dumps(request),
            "--progress-lines"]
    returncode = follow(argv, on_line, is_cancelled, Cancelled, env=env, cwd=str(package_parent),
                        poll_s=poll_s)
    for line in other:
        LOG.info("%s: %s", command, line)
    if error is not None:
        template = error.get("template", error["message"])
        raise MasterplanError(template, error["details"], **error.get("values", {}))
    if done is None or returncode != 0:
        raise MasterplanError("The background process stopped unexpectedly.", "\n".join(other[-20:]))
    return done
