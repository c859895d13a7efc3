"""Follow a child process line by line, stopping it when the caller cancels (standard library only).

The plan worker (``operations.child_runner.run_worker``) and the dependency installer (``install.py``) both
run a child from a background task: its output is read on a pump thread so that the task can poll its
cancel flag between lines, and the child is killed if the task stops early for any reason.
"""

from __future__ import annotations

import queue
import subprocess
import threading
from collections.abc import Callable


def follow(command: list[str], on_line: Callable[[str], None], is_cancelled: Callable[[], bool],
           cancelled: Callable[[], Exception], *, env: dict, cwd: str | None = None,
           poll_s: float = 0.1) -> int:
    """Run ``command``, calling ``on_line`` with each line it prints (stdout and stderr, without the line
    end); raise ``cancelled()`` as soon as ``is_cancelled()`` says so. Returns the child's exit code."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
        errors="replace", env=env, cwd=cwd, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    lines: queue.Queue = queue.Queue()
    pump = threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True)
    pump.start()
    try:
        while True:
            if is_cancelled():
                raise cancelled()
            try:
                line = lines.get(timeout=poll_s)
            except queue.Empty:
                continue
            if line is None:
                break
            on_line(line.rstrip("\r\n"))
        return process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        pump.join(timeout=5)
        process.stdout.close()


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)
