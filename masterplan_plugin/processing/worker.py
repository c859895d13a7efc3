"""The algorithms' shapely work runs in the child worker: the registry's operations
(``operations.registry``) in ``python -m masterplan_plugin <op> --json REQUEST --progress-lines``.

Why: inside a QGIS executable — the desktop's Toolbox and Model Designer, and ``qgis_process`` — the GEOS
that QGIS links is loaded first and the dynamic linker binds the shapely wheel's calls to it, while functions
newer than it go to shapely's own GEOS: ``qgis_process`` then crashes in the land-use check and WKB writing
fails (see ``operations/child.py``). The child loads shapely's GEOS alone, so the algorithms run the checks,
imports, indicators and exports exactly as the command line does: one code path.

``run_worker`` is the Processing side of ``operations.child_runner.run_worker``: it follows the feedback's
progress range, cancel (the child is stopped) and log.
"""

from __future__ import annotations


def run_worker(command: str, args, feedback, start: float = 0.0, end: float = 100.0,
               poll_s: float = 0.05) -> dict:
    """Run the operation ``command`` in the child, following the Processing feedback; its result dict."""
    from ..operations.child_runner import run_worker as run_child

    def progress(percent: float, step: str) -> None:
        feedback.setProgress(start + (end - start) * percent / 100.0)
        if step:
            feedback.setProgressText(step)

    return run_child(command, args, progress, feedback.isCanceled, poll_s, feedback.pushDebugInfo)
