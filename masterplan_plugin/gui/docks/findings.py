"""Findings panel: the register of the last validation, grouped by rule or by commune, filtered by
severity, with counts. Clicking a finding zooms to it, selects the features involved and flashes the
problem geometry; the detail pane under the list reads the current finding in full (rule title and
explanation, message, severity, layer, features with their source names, communes, measure with its unit,
state, decision and justification). The planner can ignore a finding or accept it with a justification
(written to the plan's register) and export the findings as a GeoPackage layer, a CSV table or an HTML
report.
"""

from __future__ import annotations

import logging
from collections import Counter
from functools import lru_cache
from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from qgis.PyQt.QtWidgets import (
    QAction,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...core.checks.catalogue import rule_catalogue, rule_title
from ...core.errors import MasterplanError
from ...core.model import FINDINGS, plan_schema
from ...core.number_format import format_count
from ...core.register import RegisterEntry
from ...core.reports import finding_detail
from ...icons import icon
from ...io import findings_export
from ...operations import child_runner
from ...qgis_adapters import tasks
from ...qgis_adapters.locale import user_language
from ...qgis_adapters.styles import style_specs
from ...qgis_adapters.tasks import PlanTask
from .. import messages
from ..decision_dialog import DecisionDialog
from ..finding_detail import detail_html
from ..map_focus import show_finding
from .base import PlanDockController

LOG = logging.getLogger(__name__)
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("findings_panel.ui")))

FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITIES = ("error", "warning", "info")
BY_RULE, BY_COMMUNE = "rule", "commune"
EXPAND_UP_TO = 300  # findings; bigger registers open with their groups collapsed
COMMUNES_WIDTH = 110  # px, the communes column (full list in its tooltip and the detail pane)


class FindingsPanel(QWidget, FORM_CLASS):
    group_combo: QComboBox
    error_check: QCheckBox
    warning_check: QCheckBox
    info_check: QCheckBox
    fixed_check: QCheckBox
    counts_label: QLabel
    findings_tree: QTreeWidget
    detail_browser: QTextBrowser
    decision_button: QPushButton
    export_button: QToolButton

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)


@lru_cache(maxsize=8)
def severity_icon(severity: str) -> QIcon:
    """A dot in the colour the findings layer uses for ``severity`` on the map (drawn once per severity)."""
    colour = style_specs()["findings"]["categories"].get(severity, {}).get("color", "#808080")
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(colour)))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class FindingsDock(PlanDockController):
    OBJECT_NAME = "MasterPlanFindingsDock"
    ICON = "findings"
    PLAN_LAYER = FINDINGS

    def title(self) -> str:
        return self.tr("Findings")

    def make_panel(self) -> QWidget:
        self._register: list[RegisterEntry] = []
        self._crs: str | None = None
        self._names: dict[str, str] = {}
        self._busy = False
        self._tasks: list[PlanTask] = []
        panel = self.panel = FindingsPanel()
        panel.group_combo.addItem(self.tr("By rule"), BY_RULE)
        panel.group_combo.addItem(self.tr("By commune"), BY_COMMUNE)
        tree = panel.findings_tree
        # Severity is the item's icon (and its tooltip, and the detail pane): the message gets the room.
        tree.setHeaderLabels([self.tr("Finding"), self.tr("Communes"), self.tr("State"), self.tr("Decision")])
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the message gets the room left
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # communes: long lists, tooltips
        header.resizeSection(1, COMMUNES_WIDTH)
        panel.findings_splitter.setStretchFactor(0, 2)
        panel.findings_splitter.setStretchFactor(1, 1)
        for widget in (panel.group_combo,):
            widget.currentIndexChanged.connect(self.populate)
        for check in (panel.error_check, panel.warning_check, panel.info_check, panel.fixed_check):
            check.toggled.connect(self.populate)
        tree.itemClicked.connect(self._on_item_activated)
        tree.itemActivated.connect(self._on_item_activated)
        tree.itemSelectionChanged.connect(self._update_buttons)
        tree.currentItemChanged.connect(self._show_detail)
        panel.decision_button.clicked.connect(self.edit_decision)
        panel.export_button.setIcon(icon("findings"))
        menu = QMenu(panel.export_button)
        self.export_actions = {}
        for key, text in (("gpkg", self.tr("GeoPackage layer…")), ("csv", self.tr("CSV table…")),
                          ("html", self.tr("HTML report…"))):
            action = QAction(text, menu)
            action.setObjectName(f"findingsExport{key.capitalize()}")
            action.triggered.connect(lambda _checked=False, k=key: self.export(k))
            menu.addAction(action)
            self.export_actions[key] = action
        panel.export_button.setMenu(menu)
        self._update_buttons()
        return panel

    def refresh(self, *_args) -> None:
        super().refresh()
        plan = self._session.plan_path()
        if plan is not None:  # three findings layers (points, lines, polygons): name the plan instead
            self._label.setText(self.tr("Findings register of {plan}").format(plan=plan.name))

    # --- the register --------------------------------------------------------------------------------

    @property
    def register_entries(self) -> list[RegisterEntry]:
        """The register shown (all its entries, whatever the filters)."""
        return self._register

    def plan_changed(self, path: str) -> None:
        self._register, self._crs, self._names = [], None, {}
        if path:
            from ...io.plan_file import plan_crs
            from ...io.validation import read_register

            try:
                self._crs = plan_crs(path)
                self._register = read_register(path)
                self._names = findings_export.commune_names(path)
            except MasterplanError as error:
                LOG.warning("Findings register not read: %s", error)
        self.populate()

    def set_result(self, result) -> None:
        """A validation finished: show its register (``ValidationResult``)."""
        if self._session.plan_path() is None or Path(result.plan).resolve() != self._session.plan_path():
            return
        self._register, self._crs = list(result.register), result.crs
        if not self._names:
            try:
                self._names = findings_export.commune_names(result.plan)
            except MasterplanError as error:
                LOG.warning("Commune names not read: %s", error)
        self.populate()

    def set_validation_running(self, running: bool) -> None:
        """While a validation rewrites the register, decisions wait."""
        self._busy = running
        self._update_buttons()

    # --- the tree ------------------------------------------------------------------------------------

    def visible_entries(self) -> list[RegisterEntry]:
        panel = self.panel
        checks = (panel.error_check, panel.warning_check, panel.info_check)
        severities = {sev for sev, check in zip(SEVERITIES, checks, strict=True) if check.isChecked()}
        show_fixed = panel.fixed_check.isChecked()
        return [entry for entry in self._register if entry.finding.severity.value in severities
                and (show_fixed or entry.state != "fixed")]

    def populate(self, *_args) -> None:
        tree = self.panel.findings_tree
        tree.setUpdatesEnabled(False)
        try:
            tree.clear()
            entries = self.visible_entries()
            language = user_language()
            groups = self._groups(entries, language)
            items = []
            for key, label, members in groups:
                group = QTreeWidgetItem([f"{label} ({len(members)})"])
                group.setData(0, GROUP_KEY_ROLE, key)
                group.setFirstColumnSpanned(True)
                worst = min((entry.finding.severity for entry in members), key=lambda sev: sev.rank)
                group.setIcon(0, severity_icon(worst.value))
                group.addChildren([self._leaf(entry, language) for entry in members])
                items.append(group)
            tree.addTopLevelItems(items)
            for group in items:
                group.setFirstColumnSpanned(True)
            if len(entries) <= EXPAND_UP_TO:
                tree.expandAll()
        finally:
            tree.setUpdatesEnabled(True)
        self._update_counts(entries)
        self._update_buttons()
        self._show_detail()

    def _groups(self, entries: list[RegisterEntry], language: str) -> list[tuple[str, str, list]]:
        order = {rule: index for index, rule in enumerate(rule_catalogue())}
        members: dict[str, list[RegisterEntry]] = {}
        if self.panel.group_combo.currentData() == BY_COMMUNE:
            for entry in entries:
                for code in entry.finding.communes or ("",):
                    members.setdefault(code, []).append(entry)
            keys = sorted(members, key=lambda code: (code == "", self._names.get(code, code).casefold()))
            labels = {code: (f"{self._names[code]} ({code})" if code in self._names else code) if code
                      else self.tr("No commune") for code in keys}
        else:
            for entry in entries:
                members.setdefault(entry.finding.rule, []).append(entry)
            keys = sorted(members, key=lambda rule: order.get(rule, len(order)))
            labels = {rule: f"{self._rule_title(rule, language)} — {rule}" for rule in keys}
        return [(key, labels[key], sorted(members[key], key=self._entry_order)) for key in keys]

    @staticmethod
    def _entry_order(entry: RegisterEntry):
        finding = entry.finding
        return (entry.state == "fixed", finding.severity.rank, finding.rule, finding.communes,
                finding.feature_ids)

    @staticmethod
    def _rule_title(rule: str, language: str) -> str:
        try:
            return rule_title(rule, language)
        except KeyError:
            return rule

    def _leaf(self, entry: RegisterEntry, language: str) -> QTreeWidgetItem:
        schema = plan_schema()
        finding = entry.finding
        communes = ", ".join(self._names.get(code, code) for code in finding.communes)
        decision = schema.domain_label("finding_user_status", entry.user_status, language)
        message = finding.message(language)
        item = QTreeWidgetItem([
            message,
            communes,
            schema.domain_label("finding_state", entry.state, language),
            decision,
        ])
        item.setIcon(0, severity_icon(finding.severity.value))
        item.setData(0, FINGERPRINT_ROLE, entry.fingerprint)
        item.setToolTip(0, f"{schema.domain_label('severity', finding.severity.value, language)}: {message}")
        item.setToolTip(1, communes)
        if entry.justification:
            item.setToolTip(3, entry.justification)
        if entry.state == "fixed" or entry.user_status != "none":
            grey = QBrush(QColor(128, 128, 128))
            for column in range(4):
                item.setForeground(column, grey)
        return item

    def _update_counts(self, shown: list[RegisterEntry]) -> None:
        current = [entry for entry in self._register if entry.state != "fixed"]
        if not self._register:
            text = (self.tr("No findings yet: run Validate.") if self._session.plan_path() is not None
                    else "")
            self.panel.counts_label.setText(text)
            return
        by_severity = Counter(entry.finding.severity.value for entry in current)
        decided = sum(1 for entry in current if entry.user_status != "none")
        fixed = len(self._register) - len(current)
        language = user_language()
        counts = {key: format_count(value, language) for key, value in (
            ("total", len(current)), ("errors", by_severity["error"]), ("warnings", by_severity["warning"]),
            ("info", by_severity["info"]), ("decided", decided), ("fixed", fixed), ("shown", len(shown)))}
        text = self.tr("{total} findings: {errors} errors, {warnings} warnings, {info} information. "
                       "{decided} ignored or accepted, {fixed} fixed since an earlier run. "
                       "{shown} shown.").format(**counts)
        self.panel.counts_label.setText(text)

    def entry(self, fingerprint: str) -> RegisterEntry | None:
        return next((entry for entry in self._register if entry.fingerprint == fingerprint), None)

    def selected_entries(self) -> list[RegisterEntry]:
        fingerprints = []
        for item in self.panel.findings_tree.selectedItems():
            fingerprint = item.data(0, FINGERPRINT_ROLE)
            if fingerprint and fingerprint not in fingerprints:
                fingerprints.append(fingerprint)
        return [entry for entry in map(self.entry, fingerprints) if entry is not None]

    def finding_items(self) -> list[QTreeWidgetItem]:
        """Every leaf of the tree (one per finding and group it appears in)."""
        tree = self.panel.findings_tree
        return [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())]

    def current_entry(self) -> RegisterEntry | None:
        """The finding of the tree's current item (None on a group or nothing)."""
        item = self.panel.findings_tree.currentItem()
        return self.entry(item.data(0, FINGERPRINT_ROLE) or "") if item is not None else None

    def detail(self, entry: RegisterEntry):
        """``entry`` as the planner reads it (``core.reports.FindingDetail``) in the interface language."""
        return finding_detail(entry, user_language(), self._names)

    def _show_detail(self, *_args) -> None:
        entry = self.current_entry()
        browser = self.panel.detail_browser
        if entry is None:
            browser.clear()
            return
        browser.setHtml(detail_html(self.detail(entry)))

    def _update_buttons(self) -> None:
        has_plan = self._session.plan_path() is not None
        self.panel.decision_button.setEnabled(has_plan and not self._busy and bool(self.selected_entries()))
        self.panel.export_button.setEnabled(has_plan and bool(self._register))

    # --- map -----------------------------------------------------------------------------------------

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = self.entry(item.data(0, FINGERPRINT_ROLE) or "")
        if entry is None or self._crs is None:
            return
        if not show_finding(self._iface.mapCanvas(), self._session, entry, self._crs):
            messages.show_warning(self._iface, self.tr("This finding has no location on the map."))

    # --- decisions -----------------------------------------------------------------------------------

    def edit_decision(self) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        first = entries[0]
        decision = first.user_status if first.user_status != "none" else "accepted"
        dialog = DecisionDialog([self.detail(entry) for entry in entries], decision, first.justification,
                                self._iface.mainWindow())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            decision, justification = dialog.decision(), dialog.justification()
        finally:
            dialog.deleteLater()
        self.decide([entry.fingerprint for entry in entries], decision, justification)

    def decide(self, fingerprints: list[str], decision: str, justification: str = "") -> PlanTask | None:
        """Record the decision for these findings in the plan's register (one write, in the background)."""
        plan = self._session.plan_path()
        if plan is None or self._busy or not fingerprints:
            return None
        if decision == "accepted" and not justification.strip():
            messages.show_warning(self._iface,
                                  self.tr("A finding can only be accepted with a justification."))
            return None
        task = child_runner.decision_task(self.tr("Master plan: decision on {count} finding(s)").format(
            count=len(fingerprints)), plan, fingerprints, decision, justification)
        task.succeeded.connect(self._on_decided)
        task.failed.connect(lambda error: messages.show_error(
            self._iface, self.tr("The decision could not be saved in the plan."), error))
        return self._start(task)

    def _on_decided(self, register: list[RegisterEntry]) -> None:
        current = self.current_entry()
        self._register = register
        self._session.reload_findings_layers()
        self.populate()
        if current is not None:
            self.select_finding(current.fingerprint)

    def select_finding(self, fingerprint: str) -> bool:
        """Make the finding current in the tree (its first leaf), which shows it in the detail pane."""
        item = next((leaf for leaf in self.finding_items() if leaf.data(0, FINGERPRINT_ROLE) == fingerprint),
                    None)
        if item is not None:
            self.panel.findings_tree.setCurrentItem(item)
        return item is not None

    def _start(self, task: PlanTask) -> PlanTask:
        """Keep the task until it reports back (see ``qgis_adapters.tasks``)."""
        self._tasks.append(task)
        for signal in (task.succeeded, task.failed, task.cancelled):
            signal.connect(lambda *_args, t=task: self._forget(t))
        return tasks.start(task)

    def _forget(self, task: PlanTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def disconnect_services(self) -> None:
        for task in self._tasks:
            for signal in (task.succeeded, task.failed, task.cancelled):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):  # finished and deleted meanwhile
                    pass
        self._tasks = []

    # --- export --------------------------------------------------------------------------------------

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the export in the background; the path chosen (written once done)."""
        plan = self._session.plan_path()
        if plan is None or not self._register:
            return None
        filters = {"gpkg": self.tr("GeoPackage (*.gpkg)"), "csv": self.tr("CSV (*.csv)"),
                   "html": self.tr("HTML (*.html)")}
        suggested = plan.with_name(f"{plan.stem}_findings.{kind}")
        path, _filter = QFileDialog.getSaveFileName(self._iface.mainWindow(), self.tr("Export the findings"),
                                                    str(suggested), filters[kind])
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        task = child_runner.export_task(self.tr("Master plan: exporting the findings"), plan, kind, target,
                                 user_language())
        task.succeeded.connect(lambda path: messages.show_success(
            self._iface, self.tr("Findings exported to {path}.").format(path=path)))
        task.failed.connect(lambda error: messages.show_error(
            self._iface, self.tr("The findings could not be exported."), error))
        self._start(task)
        return target
