"""Settings of the active plan: the validation profile (tolerances, enabled rules) and, read-only, the
working CRS. The profile is stored in the plan's GeoPackage (``plan_settings``), so the command line and
Processing validate the plan the same way. Severity overrides of a stored profile are kept as they are."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsDoubleSpinBox
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ..core.checks.catalogue import plan_rule_ids, rule_catalogue, rule_title
from ..core.checks.profile import ValidationProfile, default_profile, profile_from_dict
from ..qgis_adapters.locale import user_language
from ..qgis_adapters.profile_labels import tolerance_labels

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class SettingsDialog(QDialog, FORM_CLASS):
    crs_edit: QLineEdit
    tolerances_layout: QFormLayout
    rules_list: QListWidget
    defaults_button: QPushButton
    button_box: QDialogButtonBox

    def __init__(self, crs: str, profile: ValidationProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self._severities = dict(profile.severities)
        self._profile = profile
        definition = QgsCoordinateReferenceSystem(crs)
        self.crs_edit.setText(f"{crs} — {definition.description()}" if definition.isValid() else crs)
        self.spin_boxes: dict[str, QgsDoubleSpinBox] = {}
        defaults = default_profile()
        labels = self._tolerance_labels()
        for key, default in defaults.tolerances.items():
            spin = QgsDoubleSpinBox()
            spin.setObjectName(f"tolerance_{key}")
            share = key.endswith("_share")
            spin.setDecimals(4 if share else 1)
            spin.setRange(0.0, 1.0 if share else 1e9)
            spin.setSingleStep(0.001 if share else 1.0)
            spin.setSuffix("" if share else (" m²" if key.endswith("_m2") else " m"))
            spin.setShowClearButton(True)
            spin.setClearValue(default)
            spin.setValue(profile.tolerances.get(key, default))
            spin.setToolTip(self.tr("Default: {value} ({key})").format(value=spin.textFromValue(default),
                                                                        key=key))
            self.tolerances_layout.addRow(labels.get(key, key), spin)
            self.spin_boxes[key] = spin
        language = user_language()
        for rule in plan_rule_ids():
            spec = rule_catalogue()[rule]
            item = QListWidgetItem(f"{rule_title(rule, language)} ({rule})")
            item.setData(Qt.ItemDataRole.UserRole, rule)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if profile.enabled(rule) else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Default severity: {severity}").format(severity=spec["severity"]))
            self.rules_list.addItem(item)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def _tolerance_labels(self) -> dict[str, str]:
        return tolerance_labels()

    def restore_defaults(self) -> None:
        defaults = default_profile()
        for key, spin in self.spin_boxes.items():
            spin.setValue(defaults.tolerances[key])
        for row in range(self.rules_list.count()):
            item = self.rules_list.item(row)
            enabled = defaults.enabled(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def profile(self) -> ValidationProfile:
        """The profile as edited (checked by the core: unknown keys or negative values are refused)."""
        items = [self.rules_list.item(row) for row in range(self.rules_list.count())]
        enabled = [item.data(Qt.ItemDataRole.UserRole) for item in items
                   if item.checkState() == Qt.CheckState.Checked]
        # Rules not listed (a document pre-check's) keep the state the profile gave them.
        enabled += sorted(rule for rule in self._profile.enabled_rules if rule not in plan_rule_ids())
        return profile_from_dict({
            "tolerances": {key: spin.value() for key, spin in self.spin_boxes.items()},
            "enabled_rules": enabled,
            "severities": {rule: severity.value for rule, severity in self._severities.items()},
        })

    def profile_json(self) -> str:
        return json.dumps(self.profile().to_dict(), sort_keys=True)
