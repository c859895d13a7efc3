"""Attribute forms of the plan layers from the data model: aliases, value maps, constraints, defaults.

They are stored in the GeoPackage's default style, so a plain QGIS form enforces the model too.
"""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ..core.model import FieldSpec, LayerSpec, pick_label, plan_schema


def apply_form_config(layer: QgsVectorLayer, spec: LayerSpec, language: str) -> None:
    """Configure every field of ``layer`` that the schema describes, labels in ``language``."""
    for field_spec in spec.fields:
        index = layer.fields().indexFromName(field_spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, pick_label(field_spec.label, language))
        layer.setEditorWidgetSetup(index, _widget_setup(field_spec, language))
        _apply_constraints(layer, index, field_spec)
        if field_spec.default is not None:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(_literal(field_spec.default)))


def _widget_setup(spec: FieldSpec, language: str) -> QgsEditorWidgetSetup:
    if spec.domain:
        schema = plan_schema()
        # A list of one-entry maps keeps the domain's order in the combo box.
        entries = [
            {schema.domain_label(spec.domain, value, language): value}
            for value in schema.domain_values(spec.domain)
        ]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if spec.type == "boolean":
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""})
    if spec.type in ("integer", "real") and spec.min is not None:
        return QgsEditorWidgetSetup(
            "Range", {"Min": spec.min, "Max": 2**31 - 1, "Step": 1, "Style": "SpinBox", "AllowNull": True}
        )
    return QgsEditorWidgetSetup("TextEdit", {})


def _apply_constraints(layer: QgsVectorLayer, index: int, spec: FieldSpec) -> None:
    hard = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    if spec.required:
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull, hard)
    if spec.unique:
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique, hard)
    expression = _constraint_expression(spec)
    if expression:
        layer.setConstraintExpression(index, expression, _constraint_description(spec))


def _constraint_expression(spec: FieldSpec) -> str:
    quoted = f'"{spec.name}"'
    if spec.domain:
        values = ", ".join(_literal(value) for value in plan_schema().domain_values(spec.domain))
        return f"{quoted} IS NULL OR {quoted} IN ({values})"
    if spec.min is not None:
        return f"{quoted} IS NULL OR {quoted} >= {spec.min:g}"
    return ""


def _constraint_description(spec: FieldSpec) -> str:
    if spec.domain:
        return f"{spec.name}: " + ", ".join(plan_schema().domain_values(spec.domain))
    return f"{spec.name} >= {spec.min:g}"


def _literal(value: object) -> str:
    """A QGIS expression literal for a schema default or domain value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"
