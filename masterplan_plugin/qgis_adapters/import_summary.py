"""What an import did, in the user's language: the Import dialog's message bar and the Processing import
algorithms' log say the same (the command line says it in English, ``cli.import_summary_lines``).

``report`` is an ``ImportReport`` as a dict (``ImportReport.to_dict``: what the worker process returns).
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ..core.model import pick_label, plan_schema
from .locale import user_language


def mode_labels() -> list[str]:
    """The import modes as the Import dialog and the Processing algorithms offer them (``IMPORT_MODES``)."""
    translate = QCoreApplication.translate
    return [
        translate("ImportSummary", "Replace the plan's features of the communes in the input"),
        translate("ImportSummary", "Update the features with the same key, add the others"),
        translate("ImportSummary", "Append every feature"),
    ]


def layer_title(plan_layer: str) -> str:
    return pick_label(plan_schema().layer(plan_layer).label, user_language())


def headline(report: dict) -> str:
    """'6 features imported into Municipalities from communes.geojson (EPSG:2154).'"""
    text = QCoreApplication.translate(
        "ImportSummary", "{count} features imported into {layer} from {source} ({crs}).")
    return text.format(count=report["count"], layer=layer_title(report["plan_layer"]),
                       source=Path(report["source"]).name, crs=report["source_crs"])


def summary_lines(report: dict) -> list[str]:
    """What the import did (``outcome_lines``), then what the user should look at (``attention_lines``)."""
    return outcome_lines(report) + attention_lines(report)


def outcome_lines(report: dict) -> list[str]:
    """The mode's outcome: features removed, updated, added; communes replaced; zones located."""
    translate = QCoreApplication.translate
    lines = [_mode_line(report)]
    if report.get("replaced"):
        text = translate("ImportSummary", "Communes replaced: {communes}.")
        lines.append(text.format(communes=", ".join(report["replaced"])))
    if report.get("documents"):
        text = translate("ImportSummary", "Zones without commune replaced for the documents: {documents}.")
        lines.append(text.format(documents=", ".join(report["documents"])))
    if report.get("kept"):
        text = translate("ImportSummary", "{count} commune(s) already in the plan were kept.")
        lines.append(text.format(count=report["kept"]))
    if report.get("located"):
        text = translate("ImportSummary", "{count} zone(s) got their commune from their location.")
        lines.append(text.format(count=report["located"]))
    return lines


def attention_lines(report: dict) -> list[str]:
    """What the user should look at: features that matched nothing, zones without commune, unknown codes,
    the import's warnings."""
    translate = QCoreApplication.translate
    lines = []
    if report.get("unmatched") and report["mode"] == "replace":
        text = translate("ImportSummary", "{count} feature(s) outside the communes: they replaced nothing.")
        lines.append(text.format(count=report["unmatched"]))
    if report.get("unmatched") and report["mode"] == "update":
        text = translate("ImportSummary", "{count} feature(s) have no value for the key: they were added.")
        lines.append(text.format(count=report["unmatched"]))
    if report.get("without_commune"):
        text = translate("ImportSummary", "{count} zone(s) lie outside every commune: no commune code.")
        lines.append(text.format(count=report["without_commune"]))
    for code, count in sorted(report.get("unknown_codes", {}).items()):
        text = translate("ImportSummary", "Unknown code '{code}': {count} zone(s) without a HILUCS class.")
        lines.append(text.format(code=code, count=count))
    return lines + list(report.get("warnings", []))


def _mode_line(report: dict) -> str:
    translate = QCoreApplication.translate
    if report["mode"] == "replace":
        text = translate("ImportSummary", "Replace: {removed} removed, {added} added.")
        return text.format(removed=report["removed"], added=report["added"])
    if report["mode"] == "update":
        text = translate("ImportSummary", "Update: {updated} updated, {added} added.")
        return text.format(updated=report["updated"], added=report["added"])
    return translate("ImportSummary", "Append: {added} added.").format(added=report["added"])
