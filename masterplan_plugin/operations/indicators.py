"""The per-municipality indicators of a plan as a table: one row per municipality, one column per indicator
("wide" table, ready for a spreadsheet or a join on ``code``): area and zoned area, hectares per HILUCS
class present in the plan (``ha_<class>``; ``ha_unclassified`` for zones without class), kilometres of axes
per mode (``km_<mode>``, every mode of the data model), green areas, development-site programme."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..core.indicators import CommuneIndicators, PlanIndicators
from ..core.model import plan_schema
from .base import Message

FORMATS = ("text", "json", "csv")
UNCLASSIFIED = "unclassified"
FIXED_COLUMNS = (("code", "string"), ("name", "string"), ("country", "string"), ("population", "integer"),
                 ("area_ha", "real"), ("zoned_ha", "real"))
GREEN_AND_SITES = (
    ("green_m2", "real", lambda item: item.green_m2),
    ("public_green_m2", "real", lambda item: item.public_green_m2),
    ("public_green_m2_per_inhabitant", "real", lambda item: item.public_green_m2_per_inhabitant),
    ("green_share", "real", lambda item: item.green_share),
    ("housing_units", "integer", lambda item: item.housing_units),
    ("jobs", "integer", lambda item: item.jobs),
    ("floor_area_m2", "real", lambda item: item.floor_area_m2),
)


def column_key(prefix: str, key: str | None, missing: str) -> str:
    return f"{prefix}_{re.sub(r'[^0-9A-Za-z]+', '_', str(key)) if key is not None else missing}"


class IndicatorTable:
    """The table's columns for one plan, and each municipality's row: pure data, no QGIS."""

    def __init__(self, indicators: PlanIndicators):
        self.classes = sorted({key for item in indicators.communes for key in item.zoning_ha},
                              key=lambda key: (key is None, str(key)))
        modes = list(plan_schema().domain_values("axis_mode"))
        present = {key for item in indicators.communes for key in item.axes_km_by_mode}
        self.modes = modes + sorted((present - set(modes)), key=lambda key: (key is None, str(key)))

    def columns(self) -> list[tuple[str, str]]:
        zoning = [(column_key("ha", key, UNCLASSIFIED), "real") for key in self.classes]
        axes = [(column_key("km", key, "unknown_mode"), "real") for key in self.modes]
        return [*FIXED_COLUMNS, *zoning, *axes, *((name, kind) for name, kind, _ in GREEN_AND_SITES)]

    def row(self, item: CommuneIndicators) -> list:
        values = [item.code, item.name, item.country, item.population, item.area_ha, item.zoned_ha]
        values += [item.zoning_ha.get(key, 0.0) for key in self.classes]
        values += [item.axes_km_by_mode.get(key, 0.0) for key in self.modes]
        values += [getter(item) for _, _, getter in GREEN_AND_SITES]
        return values


@dataclass(frozen=True)
class IndicatorsRequest(Message):
    plan: Path
    format: str = "text"  # of the command line's output: text, json or csv
    output: Path | None = None  # the table written there (default: the result's text)


@dataclass
class IndicatorsResult(Message):
    crs: str
    columns: list  # [name, kind] pairs, kind string, integer or real
    rows: list[list]
    format: str = "text"
    output: str | None = None

    def summary_lines(self, language: str = "en") -> list[str]:
        return [f"Indicators written to {self.output}"] if self.output else [format_table(self, self.format)]


def format_table(result: IndicatorsResult, output_format: str) -> str:
    """The table as text (aligned columns), JSON (one object per municipality) or CSV."""
    names = [name for name, _ in result.columns]
    if output_format == "json":
        return json.dumps({"crs": result.crs, "communes": [dict(zip(names, row, strict=True))
                                                           for row in result.rows]}, indent=2)
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(result.rows)
        return buffer.getvalue()
    cells = [names] + [[_cell(value) for value in row] for row in result.rows]
    widths = [max(len(line[index]) for line in cells) for index in range(len(names))]
    return "\n".join("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip()
                     for line in cells)


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value)


def run(request: IndicatorsRequest, progress, is_cancelled) -> IndicatorsResult:
    from ..core.errors import InputError
    from ..core.fileio import write_text_atomic
    from ..core.indicators import compute_indicators
    from ..io.validation import load_snapshot

    if request.format not in FORMATS:
        raise InputError("Unknown indicators format {format}.", format=request.format)
    snapshot = load_snapshot(request.plan)
    progress(40.0, "")
    indicators = compute_indicators(snapshot)
    table = IndicatorTable(indicators)
    result = IndicatorsResult(snapshot.crs, [list(column) for column in table.columns()],
                              [table.row(item) for item in indicators.communes], request.format)
    if request.output:
        write_text_atomic(request.output, format_table(result, request.format))
        result.output = str(request.output)
    return result
