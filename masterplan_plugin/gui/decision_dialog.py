"""Decision on findings: leave to review, ignore, or accept with a justification (required to accept).

The dialog names what is decided on at the top: the finding's rule title, message and features, or the
list of the selected findings (``core.reports.FindingDetail``, written out by ``finding_detail``).
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from ..core.model import plan_schema
from ..core.reports import FindingDetail
from ..qgis_adapters.locale import user_language
from .finding_detail import header_html

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

DECISIONS = ("none", "ignored", "accepted")


class DecisionDialog(QDialog, FORM_CLASS):
    summary_label: QLabel
    decision_combo: QComboBox
    justification_edit: QPlainTextEdit
    hint_label: QLabel
    button_box: QDialogButtonBox

    def __init__(self, details: list[FindingDetail], decision: str = "accepted", justification: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        language = user_language()
        for value in DECISIONS:
            label = plan_schema().domain_label("finding_user_status", value, language)
            self.decision_combo.addItem(label, value)
        self.decision_combo.setCurrentIndex(max(self.decision_combo.findData(decision), 0))
        self.justification_edit.setPlainText(justification)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setText(header_html(list(details)))
        if len(details) == 1:
            self.setWindowTitle(self.tr("Decision on “{title}”").format(title=details[0].title))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.decision_combo.currentIndexChanged.connect(self._update)
        self.justification_edit.textChanged.connect(self._update)
        self._update()

    def decision(self) -> str:
        return self.decision_combo.currentData()

    def justification(self) -> str:
        return self.justification_edit.toPlainText().strip() if self.decision() != "none" else ""

    def set_decision(self, decision: str, justification: str = "") -> None:
        self.decision_combo.setCurrentIndex(self.decision_combo.findData(decision))
        self.justification_edit.setPlainText(justification)

    def _update(self, *_args) -> None:
        decision = self.decision()
        self.justification_edit.setEnabled(decision != "none")
        hints = {
            "none": self.tr("The findings go back to the list of findings to review."),
            "ignored": self.tr("Ignored findings stay in the register but no longer count as open; a "
                               "justification is optional."),
            "accepted": self.tr("Accepted findings are deliberate exceptions: say why, for the plan's "
                                "record."),
        }
        self.hint_label.setText(hints[decision])
        ready = decision != "accepted" or bool(self.justification_edit.toPlainText().strip())
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
