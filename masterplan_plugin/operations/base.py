"""What every operation shares: the JSON round trip of its request and result, and its registry entry."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import InputError

Progress = Callable[[float, str], None]
IsCancelled = Callable[[], bool]
EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def no_progress(percent: float, step: str = "") -> None:
    """The progress callback of a caller that shows none."""


def never_cancelled() -> bool:
    return False


def _plain(value):
    """A JSON value for ``value``: paths as text, tuples as lists (dataclasses.asdict keeps them)."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def _typed(hint: str, value):
    """``value`` from JSON as the field's declared type: Path for paths, tuple for tuples."""
    if value is None:
        return None
    if "Path" in hint and isinstance(value, str):
        return Path(value)
    if hint.startswith("tuple") and isinstance(value, list):
        return tuple(value)
    return value


class Message:
    """``to_dict`` / ``from_dict`` for a request or result dataclass (JSON-ready values only)."""

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict):
        if not isinstance(data, dict):
            raise InputError("The request is not a JSON object.", repr(data)[:200])
        names = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - set(names))
        if unknown:
            raise InputError("Unknown request fields: {fields}.", cls.__name__, fields=", ".join(unknown))
        hints = typing.get_type_hints(cls)
        try:
            return cls(**{key: _typed(str(hints[key]), value) for key, value in data.items()})
        except TypeError as error:  # a required field missing
            raise InputError("Incomplete request.", f"{cls.__name__}: {error}") from error

    def summary_lines(self, language: str = "en") -> list[str]:
        """What the command line prints (English: the command line's language)."""
        return []

    def exit_code(self) -> int:
        return EXIT_OK


class FindingsResult(Message):
    """A result that counts findings and may have written reports (``reports``: {format: path}) or carry
    one as text (``report``): the command line prints them, and exits 1 while errors are open."""

    def summary_lines(self, language: str = "en") -> list[str]:
        lines = [f"Report written to {path}" for path in self.reports.values()]
        return lines + ([self.report] if self.report is not None else [])

    def exit_code(self) -> int:
        return EXIT_FINDINGS if self.open_errors else EXIT_OK


@dataclass(frozen=True)
class Operation:
    """One use case in the registry. ``runs_in_child``: the GUI and Processing run it in the child worker
    (shapely's GEOS alone in its process); ``needs_qgis``: the child starts a headless QGIS for it."""

    name: str
    request: type
    run: Callable  # run(request, progress, is_cancelled) -> Result
    runs_in_child: bool
    needs_qgis: bool
    help: str = ""
