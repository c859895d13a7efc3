"""Python work that QGIS starts in its own worker threads runs in a thread that Python started.

QGIS runs a ``QgsTask`` (and a Processing algorithm started from the Toolbox) in a pooled thread that
Python did not start. Python gives such a thread a thread state only for the duration of each call into
Python and deletes it afterwards, together with the thread's ``threading.local`` data, while the thread
itself lives on and takes the next task. pyproj 3.5 to 3.7 (3.7.1 on Debian trixie, under QGIS 3.40) keeps
each thread's PROJ context in both places: the context is destroyed with the thread-local data, the
operating-system thread slot keeps pointing at it, and the next pyproj call of the next task that the pool
gives the same thread crashes in libproj (pyproj issues 1509 and 1622) — a fresh ``CRS("EPSG:2169")``
is enough, nothing needs to be shared. A thread started by ``threading`` keeps one thread state for its whole
life and takes both with it when it ends.

So code that may call pyproj from such a thread goes through ``in_python_thread``. Only plain data should
come back: QObjects made in the helper thread belong to it, and it ends on return.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def started_by_python() -> bool:
    """Whether the calling thread is Python's main thread or one started by ``threading``.

    Any other thread (QGIS's pooled task threads) shows in ``threading`` as a dummy thread.
    """
    return not isinstance(threading.current_thread(), threading._DummyThread)


def in_python_thread(function: Callable[..., T], *args, **kwargs) -> T:
    """``function(*args, **kwargs)``, from a thread that Python started: directly when the caller is one,
    else in a new one that the caller waits for. Returns its value or raises its exception."""
    if started_by_python():
        return function(*args, **kwargs)
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = function(*args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - raised again in the calling thread
            outcome["error"] = error

    thread = threading.Thread(target=target, name=f"masterplan-{getattr(function, '__name__', 'work')}",
                              daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        error = outcome.pop("error")
        try:
            raise error
        finally:
            del error  # no reference cycle through the traceback
    return outcome["value"]  # type: ignore[return-value]
