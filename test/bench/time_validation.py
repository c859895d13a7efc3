"""One benchmark measurement in a fresh process (so peak RSS is this plan's alone).

Prints JSON: read time (all plan layers from the GeoPackage into arrays), validation stage times, per-check
times, findings count and peak RSS.
"""

import json
import logging
import resource
import sys
import time

from masterplan_plugin.core.checks import registry
from masterplan_plugin.core.model import FINDINGS, plan_schema
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.io.validation import validate_plan


class _CheckTimer(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.times = {}

    def emit(self, record):
        name, _count, seconds = record.args
        self.times[name] = round(seconds, 3)


def main(plan: str) -> None:
    started = time.perf_counter()
    for spec in plan_schema().layers:
        if spec.name != FINDINGS:
            read_vector(plan, spec.name)
    read_seconds = time.perf_counter() - started
    timer = _CheckTimer()
    logger = logging.getLogger(registry.__name__)
    logger.setLevel(logging.DEBUG)
    logger.addHandler(timer)
    result = validate_plan(plan, write=False)
    print(
        json.dumps(
            {
                "plan": plan,
                "read_s": round(read_seconds, 3),
                "validate_read_s": round(result.timings["read"], 3),
                "checks_s": round(result.timings["checks"], 3),
                "validate_total_s": round(result.timings["total"], 3),
                "findings": len(result.register),
                "per_check_s": timer.times,
                "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
