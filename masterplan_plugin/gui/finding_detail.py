"""A finding as the planner reads it (``core.reports.FindingDetail``), written out as rich text for the
findings panel's detail pane and the decision dialog's header. Only presentation: what is said, and in
which language, is the core's; the field names are translated here."""

from __future__ import annotations

from html import escape

from qgis.PyQt.QtCore import QCoreApplication

from ..core.reports import FindingDetail

MAX_FEATURES = 20  # names listed before "… and n more"
MAX_FINDINGS = 5  # findings named in the decision dialog's header before "… and n more"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingDetail", text)


def detail_html(detail: FindingDetail) -> str:
    """The detail pane: title and rule id, full message, a table of the finding's facts, the explanation."""
    decision = detail.decision + (f" — {detail.justification}" if detail.justification else "")
    facts = [
        (_tr("Severity"), escape(detail.severity)),
        (_tr("Layer"), escape(detail.layer)),
        (_tr("Features"), _features(detail.features)),
        (_tr("Communes"), escape(", ".join(detail.communes))),
        (_tr("Measure"), escape(detail.measure)),
        (_tr("State"), escape(detail.state)),
        (_tr("Decision"), escape(decision)),
    ]
    rows = "".join(
        f'<tr><td style="padding-right:8px;color:#555"><nobr>{escape(name)}</nobr></td><td>{value}</td></tr>'
        for name, value in facts if value
    )
    return (
        f"<p><b>{escape(detail.title)}</b> <span style='color:#777'>{escape(detail.rule)}</span></p>"
        f"<p>{escape(detail.message)}</p><table>{rows}</table>"
        f"<p style='color:#555'><i>{escape(detail.explanation)}</i></p>"
    )


def header_html(details: list[FindingDetail]) -> str:
    """The decision dialog's header: the finding decided on (title, message, features), or a list."""
    if len(details) == 1:
        [detail] = details
        features = _features(detail.features)
        line = f"<br>{escape(_tr('Features'))}: {features}" if features else ""
        return (f"<p><b>{escape(detail.title)}</b> <span style='color:#777'>{escape(detail.rule)}</span><br>"
                f"{escape(detail.message)}{line}</p>")
    items = "".join(f"<li><b>{escape(d.title)}</b>: {escape(d.message)}</li>" for d in details[:MAX_FINDINGS])
    more = len(details) - MAX_FINDINGS
    tail = f"<p>{escape(_tr('… and {count} more.').format(count=more))}</p>" if more > 0 else ""
    heading = _tr("{count} findings selected:").format(count=len(details))
    return f"<p>{escape(heading)}</p><ul>{items}</ul>{tail}"


def _features(names: tuple[str, ...]) -> str:
    shown = "<br>".join(escape(name) for name in names[:MAX_FEATURES])
    more = len(names) - MAX_FEATURES
    return shown + (f"<br>{escape(_tr('… and {count} more.').format(count=more))}" if more > 0 else "")
