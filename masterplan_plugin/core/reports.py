"""Validation reports: JSON (the machine contract), CSV, and a readable HTML summary.

JSON: {"plan", "crs", "findings": [{"rule", "severity", "layer", "feature_ids", "sources", "communes",
"message", "geometry_wkt", "measure", "fingerprint", "state", "user_status", "justification"}],
"summary": {rule: n}} with geometries in the plan CRS; ``sources`` names each feature of ``feature_ids``
by its source identifiers ({"id", "label", "document", "source_fid"}, those it has). Only findings still
present (new or open) are listed; fixed ones are counted in "fixed".

JSON keeps raw numbers (``measure`` in m², m or a count, as the rule's catalogue entry says). The reports
for people (CSV, HTML, text) write numbers in the reader's language (``core.number_format``): counts with
thousands separators, the measure with its unit ('4.00 ha', '25 m').
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from dataclasses import dataclass

from .checks.catalogue import (
    feature_name,
    layer_label,
    measure_text,
    plan_id,
    rule_catalogue,
    rule_explanation,
    rule_title,
    term,
)
from .model import pick_label, plan_schema
from .number_format import format_count
from .register import RegisterEntry

CSV_COLUMNS = (
    "rule",
    "severity",
    "layer",
    "feature_ids",
    "communes",
    "message",
    "measure",
    "fingerprint",
    "state",
    "user_status",
    "justification",
    "geometry_wkt",
)


@dataclass(frozen=True)
class FindingDetail:
    """Everything a planner reads about one finding, in one language (the findings panel's detail pane,
    the decision dialog's header): labels, not codes."""

    rule: str
    title: str
    explanation: str
    severity: str
    message: str
    layer: str
    features: tuple[str, ...]  # each feature by its label, plan id and source ('UA (no. 44, doc, …)')
    communes: tuple[str, ...]  # 'Audun-le-Tiche (57038)'
    measure: str  # with its unit, '' when the rule has none
    state: str
    decision: str
    justification: str


def finding_detail(
    entry: RegisterEntry, language: str = "en", commune_names: dict[str, str] | None = None
) -> FindingDetail:
    finding, schema, names = entry.finding, plan_schema(), commune_names or {}
    sources = finding.params.get("features") or [{"id": fid} for fid in finding.feature_ids]
    return FindingDetail(
        rule=finding.rule,
        title=_title(finding.rule, language),
        explanation=rule_explanation(finding.rule, language),
        severity=schema.domain_label("severity", finding.severity.value, language),
        message=finding.message(language) if finding.rule in rule_catalogue() else finding.rule,
        layer=layer_label(finding.layer, language, quoted=False),
        features=tuple(
            feature_name(source, language) if isinstance(source, dict) else plan_id(source, language)
            for source in sources
        ),
        communes=tuple(f"{names[code]} ({code})" if code in names else code for code in finding.communes),
        measure=measure_text(finding.rule, finding.measure, language),
        state=schema.domain_label("finding_state", entry.state, language),
        decision=schema.domain_label("finding_user_status", entry.user_status, language),
        justification=entry.justification,
    )


def current(register: list[RegisterEntry]) -> list[RegisterEntry]:
    return [entry for entry in register if entry.state != "fixed"]


def report_rows(register: list[RegisterEntry], language: str = "en") -> list[dict]:
    rows = []
    for entry in current(register):
        finding = entry.finding
        rows.append(
            {
                "rule": finding.rule,
                "severity": finding.severity.value,
                "layer": finding.layer,
                "feature_ids": list(finding.feature_ids),
                "sources": list(finding.params.get("features", [])),
                "communes": list(finding.communes),
                "message": finding.message(language),
                "geometry_wkt": finding.wkt,
                "measure": None if finding.measure is None else round(finding.measure, 3),
                "fingerprint": entry.fingerprint,
                "state": entry.state,
                "user_status": entry.user_status,
                "justification": entry.justification,
            }
        )
    return rows


def summary_counts(register: list[RegisterEntry]) -> dict[str, int]:
    return dict(sorted(Counter(entry.finding.rule for entry in current(register)).items()))


def to_json(plan: str, crs: str, register: list[RegisterEntry], language: str = "en") -> str:
    document = {
        "plan": plan,
        "crs": crs,
        "findings": report_rows(register, language),
        "summary": summary_counts(register),
        "severity": dict(sorted(Counter(e.finding.severity.value for e in current(register)).items())),
        "fixed": sum(1 for entry in register if entry.state == "fixed"),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(register: list[RegisterEntry], language: str = "en") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in report_rows(register, language):
        row = dict(
            row,
            feature_ids=" ".join(map(str, row["feature_ids"])),
            communes=" ".join(row["communes"]),
            measure=measure_text(row["rule"], row["measure"], language),
        )
        del row["sources"]  # the message names them
        writer.writerow(row)
    return buffer.getvalue()


def to_text(plan: str, crs: str, register: list[RegisterEntry], language: str = "en") -> str:
    rows = report_rows(register, language)
    lines = [f"{plan} ({crs}): {format_count(len(rows), language)} finding(s)"]
    for rule, count in summary_counts(register).items():
        lines.append(f"  {rule:<28} {format_count(count, language):>6}  {rule_title(rule, language)}")
        if rule == "ZONE_OVERLAP":
            lines.append(f"  {'':<35}  {overlap_summary(register, language)}")
    return "\n".join(lines)


def overlap_summary(register: list[RegisterEntry], language: str = "en") -> str:
    """'5 pieces between 3 pairs of zones; 7 under the tolerance not reported': ZONE_OVERLAP findings
    are pieces; the slivers counted are those of the reported pairs."""
    pairs: dict[tuple, int] = {}
    pieces = 0
    for entry in current(register):
        if entry.finding.rule == "ZONE_OVERLAP":
            pieces += 1
            pairs[entry.finding.feature_ids] = int(entry.finding.params.get("sliver_count", 0))
    text = term("overlap_summary", pieces=pieces, pairs=len(pairs), slivers=sum(pairs.values()))
    return pick_label(text, language)


_HTML_LABELS = {
    "en": (
        "Validation report",
        "Findings",
        "By rule",
        "By municipality",
        "Rule",
        "Count",
        "Municipality",
        "Errors",
        "Warnings",
        "Information",
        "Severity",
        "Message",
        "State",
        "Decision",
        "No finding.",
        "Measure",
    ),
    "fr": (
        "Rapport de contrôle",
        "Constats",
        "Par règle",
        "Par commune",
        "Règle",
        "Nombre",
        "Commune",
        "Erreurs",
        "Avertissements",
        "Informations",
        "Gravité",
        "Message",
        "État",
        "Décision",
        "Aucun constat.",
        "Mesure",
    ),
    "de": (
        "Prüfbericht",
        "Befunde",
        "Nach Regel",
        "Nach Gemeinde",
        "Regel",
        "Anzahl",
        "Gemeinde",
        "Fehler",
        "Warnungen",
        "Hinweise",
        "Schweregrad",
        "Meldung",
        "Zustand",
        "Entscheidung",
        "Kein Befund.",
        "Messwert",
    ),
}


def to_html(
    plan: str,
    crs: str,
    register: list[RegisterEntry],
    commune_names: dict[str, str] | None = None,
    language: str = "en",
) -> str:
    """A self-contained HTML page: totals, a table per rule, a table per municipality, every finding."""
    labels = _HTML_LABELS.get(language[:2], _HTML_LABELS["en"])
    (
        title,
        findings_h,
        by_rule_h,
        by_commune_h,
        rule_h,
        count_h,
        commune_h,
        err_h,
        warn_h,
        info_h,
        severity_h,
        message_h,
        state_h,
        decision_h,
        none_text,
        measure_h,
    ) = labels
    rows = report_rows(register, language)
    names = commune_names or {}
    esc = html.escape
    schema = plan_schema()

    def count(value: int) -> str:
        return f'<td class="num">{esc(format_count(value, language))}</td>'
    per_commune: dict[str, Counter] = {}
    for row in rows:
        for code in row["communes"] or ["—"]:
            per_commune.setdefault(code, Counter())[row["severity"]] += 1
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(language[:2])}"><head><meta charset="utf-8">',
        f"<title>{esc(title)} — {esc(plan)}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
        "td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}.error{color:#b2182b}"
        ".warning{color:#d6604d}.info{color:#2166ac}.num{text-align:right;white-space:nowrap}</style></head><body>",
        f"<h1>{esc(title)} — {esc(plan)}</h1>"
        f"<p>{esc(crs)} · {esc(format_count(len(rows), language))} {esc(findings_h.lower())}</p>",
        f"<h2>{esc(by_rule_h)}</h2><table><tr><th>{esc(rule_h)}</th><th></th><th>{esc(count_h)}</th></tr>",
    ]
    for rule, number in summary_counts(register).items():
        parts.append(f"<tr><td>{esc(rule)}</td><td>{esc(_title(rule, language))}</td>{count(number)}</tr>")
    parts.append(
        f"</table><h2>{esc(by_commune_h)}</h2><table><tr><th>{esc(commune_h)}</th>"
        f"<th>{esc(err_h)}</th><th>{esc(warn_h)}</th><th>{esc(info_h)}</th></tr>"
    )
    for code in sorted(per_commune):
        counts = per_commune[code]
        name = f"{names[code]} ({code})" if code in names else code
        parts.append(
            f"<tr><td>{esc(name)}</td>{count(counts['error'])}{count(counts['warning'])}"
            f"{count(counts['info'])}</tr>"
        )
    parts.append(f"</table><h2>{esc(findings_h)}</h2>")
    if not rows:
        parts.append(f"<p>{esc(none_text)}</p>")
    else:
        parts.append(
            f"<table><tr><th>{esc(severity_h)}</th><th>{esc(rule_h)}</th><th>{esc(message_h)}</th>"
            f"<th>{esc(measure_h)}</th><th>{esc(state_h)}</th><th>{esc(decision_h)}</th></tr>"
        )
        for row in rows:
            severity = schema.domain_label("severity", row["severity"], language)
            state = schema.domain_label("finding_state", row["state"], language)
            decision = schema.domain_label("finding_user_status", row["user_status"], language)
            measure = measure_text(row["rule"], row["measure"], language)
            parts.append(
                f'<tr><td class="{row["severity"]}">{esc(severity)}</td>'
                f'<td title="{esc(row["rule"])}">{esc(_title(row["rule"], language))}</td>'
                f'<td>{esc(row["message"])}</td><td class="num">{esc(measure)}</td><td>{esc(state)}</td>'
                f"<td>{esc(decision)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _title(rule: str, language: str) -> str:
    try:
        return rule_title(rule, language)
    except KeyError:  # a rule of a newer version, in an older register
        return rule
