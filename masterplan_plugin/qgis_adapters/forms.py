"""Attribute forms of the plan layers from the data model: aliases, value maps, constraints, defaults.

They are stored in the GeoPackage's default style, so a plain QGIS form enforces the model too. A zone's
HILUCS class is derived from its code (``zoning_defaults``): the form shows it, named, read-only.

In a project (``link_zoning_form``, by ``plan_project.add_plan_to_project``) the zone form also names the
communes (a value relation on the communes layer: the code stored, the name shown) and offers for
``national_code`` only the codes of the zone's standard (a value relation on the plan's code list,
filtered by ``current_value('standard')``). These reference the project's own layers, so they live in the
project, not in the default style: a GeoPackage moved or added by hand keeps a form that works.
"""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ..core import nomenclature
from ..core.model import ZONING, FieldSpec, LayerSpec, pick_label, plan_schema

# Fields the plugin derives from others: shown by name, never typed.
DERIVED = {ZONING: ("hilucs_code",)}
CODE_FILTER = "\"standard\" = current_value('standard')"


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
    for name in DERIVED.get(spec.name, ()):
        _show_read_only(layer, name, _hilucs_widget(language))


def link_zoning_form(zoning: QgsVectorLayer, communes: QgsVectorLayer, codes: QgsVectorLayer | None,
                     language: str) -> None:
    """Commune names instead of codes; the national codes of the zone's standard ("code — label" in
    ``language``) when the plan has its code list, else the code as text."""
    _set_widget(zoning, "commune_code", value_relation(communes, "code", "name", order_by_value=True))
    if codes is not None:
        _set_widget(zoning, "national_code",
                    value_relation(codes, "code", f"display_{language}", filter_expression=CODE_FILTER))


def value_relation(target: QgsVectorLayer, key: str, value: str, filter_expression: str = "",
                   order_by_value: bool = False) -> QgsEditorWidgetSetup:
    """A drop-down of ``target``'s ``value`` storing its ``key``; found again by id, else by source."""
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": target.id(), "LayerName": target.name(), "LayerSource": target.source(),
        "LayerProviderName": target.providerType(), "Key": key, "Value": value,
        "FilterExpression": filter_expression, "AllowNull": True, "OrderByValue": order_by_value,
        "AllowMulti": False, "UseCompleter": False, "NofColumns": 1,
    })


def _set_widget(layer: QgsVectorLayer, name: str, setup: QgsEditorWidgetSetup) -> None:
    index = layer.fields().indexFromName(name)
    if index >= 0:
        layer.setEditorWidgetSetup(index, setup)


def _show_read_only(layer: QgsVectorLayer, name: str, setup: QgsEditorWidgetSetup) -> None:
    index = layer.fields().indexFromName(name)
    if index < 0:
        return
    layer.setEditorWidgetSetup(index, setup)
    config = layer.editFormConfig()
    config.setReadOnly(index, True)
    layer.setEditFormConfig(config)


def _hilucs_widget(language: str) -> QgsEditorWidgetSetup:
    """HILUCS classes by number and name ("5.1 Permanent residential use"), in hierarchy order."""
    entries = [{f"{code.replace('_', '.')} {hilucs.label(language)}": code}
               for code, hilucs in nomenclature.hilucs_classes().items()]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


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
