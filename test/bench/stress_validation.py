"""``make stress``: thousands of in-process validations under CPU load; the number that crashed must be 0.

Validation runs its checks on two threads that share one context (``core/checks/prepared.py`` says what
they must never share). A data race there shows up as a rare native crash, so this runs many
validations — each in-process, on a plan read afresh from its GeoPackage (nothing prepared yet) — in
batches, one child process per batch: a crash kills only its batch, and is counted by its signal.
Meanwhile load processes keep every core busy, which shifts thread timings and widens race windows.
Results go to build/bench/stress.json.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "bench"


def run_batch(plan: str, count: int) -> None:
    """In a child: ``count`` validations of ``plan``, each on a fresh read; prints the findings count."""
    from masterplan_plugin.core.checks import run_checks
    from masterplan_plugin.io.validation import load_snapshot

    counts = {len(run_checks(load_snapshot(plan))) for _ in range(count)}
    print(json.dumps(sorted(counts)))


def burn() -> None:
    """In a child: keep one core busy until killed."""
    x = 0
    while True:
        x = (x * 31 + 7) % 1_000_003


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validations", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--parallel", type=int, default=2, help="batches running at once")
    parser.add_argument("--load", type=int, default=os.cpu_count() or 2, help="CPU-burning processes")
    args = parser.parse_args()

    from masterplan_plugin.qgis_adapters.demo_builder import build_demo
    from masterplan_plugin.qgis_adapters.qgis_app import headless_qgis

    OUT.mkdir(parents=True, exist_ok=True)
    with headless_qgis():
        plan, _ = build_demo(OUT / "stress_demo")
    me = [sys.executable, "-m", "test.bench.stress_validation"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    load = [subprocess.Popen([*me, "--burn"], cwd=ROOT, env=env) for _ in range(args.load)]
    batches = [args.batch] * (args.validations // args.batch) + [args.validations % args.batch] * bool(
        args.validations % args.batch
    )
    done, crashed, failed, finding_counts = 0, [], [], set()
    started = time.perf_counter()
    try:
        running: list[tuple[subprocess.Popen, int]] = []
        while batches or running:
            while batches and len(running) < args.parallel:
                size = batches.pop()
                child = subprocess.Popen([*me, "--batch-of", str(size), str(plan.gpkg)], cwd=ROOT, env=env,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                running.append((child, size))
            child, size = running.pop(0)
            out, err = child.communicate()
            if child.returncode < 0 or child.returncode > 128:
                crashed.append({"signal": _signal_name(child.returncode), "stderr": err[-2000:]})
            elif child.returncode != 0:
                failed.append(err[-2000:])
            else:
                done += size
                finding_counts.update(json.loads(out.strip().splitlines()[-1]))
            print(f"{done} validations, {len(crashed)} crashed batches, {len(failed)} failed", flush=True)
    finally:
        for process in load:
            process.kill()
            process.wait()
    result = {
        "validations": done,
        "crashed_batches": len(crashed),
        "failed_batches": len(failed),
        "distinct_finding_counts": sorted(finding_counts),
        "seconds": round(time.perf_counter() - started, 1),
        "load_processes": args.load,
        "crashes": crashed,
        "failures": failed,
    }
    (OUT / "stress.json").write_text(json.dumps(result, indent=2))
    print(json.dumps({k: v for k, v in result.items() if k not in ("crashes", "failures")}))
    return 0 if not crashed and not failed and len(finding_counts) == 1 else 1


def _signal_name(returncode: int) -> str:
    number = -returncode if returncode < 0 else returncode - 128
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(returncode)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--burn"]:
        burn()
    elif sys.argv[1:2] == ["--batch-of"]:
        run_batch(sys.argv[3], int(sys.argv[2]))
    else:
        sys.exit(main())
