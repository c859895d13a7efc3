"""Legends of the plan layers list the classes in use: in the project the plugin writes, and while the user
draws, edits, rolls back or imports in QGIS (``qgis_adapters.legend_classes``)."""

# The shared fixtures are imported from test_gui_common, so tests name them as parameters again:
# ruff: noqa: F811

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

from masterplan_plugin.core.nomenclature import harmonise, hilucs_classes, known_codes
from masterplan_plugin.io.plan_file import read_plan_settings
from masterplan_plugin.qgis_adapters.plan_project import plan_language
from test.qgis.test_gui_common import (  # noqa: F401  (fixtures)
    demo_plan,
    demo_source,
    fail_on_slot_exceptions,
    iface,
    opened,
    plugin,
    wait_until,
)


def category_values(layer: QgsVectorLayer) -> set:
    """The renderer's category values; the unknown class as None (a project read back stores it as '')."""
    return {category.value() or None for category in layer.renderer().categories()}


def values_in_use(layer: QgsVectorLayer, field: str) -> set:
    return {value for value in layer.uniqueValues(layer.fields().indexOf(field)) if value}


def project_layer(project: QgsProject, table: str) -> QgsVectorLayer:
    return next(layer for layer in project.mapLayers().values()
                if layer.source().endswith(f"layername={table}"))


def test_the_plans_project_lists_only_the_classes_its_layers_hold(demo_source):
    project = QgsProject()
    assert project.read(str(demo_source.with_suffix(".qgz")))
    for table, field in (("zoning", "hilucs_code"), ("mobility_axes", "mode"), ("green_spaces", "kind")):
        layer = project_layer(project, table)
        present = values_in_use(layer, field)
        assert present, table
        assert category_values(layer) - {None} == present, table
    assert None in category_values(project_layer(project, "zoning"))  # the unknown class stays
    assert len(hilucs_classes()) > len(values_in_use(project_layer(project, "zoning"), "hilucs_code"))
    project.clear()


def code_of_a_new_class(classes: set) -> tuple[str, str]:
    """A CNIG code whose HILUCS class is not among ``classes``, and that class."""
    return next((code, harmonise("CNIG", code).code) for code in known_codes("CNIG")
                if harmonise("CNIG", code) and harmonise("CNIG", code).code not in classes)


def test_a_zone_drawn_in_a_new_class_gets_its_legend_entry_and_loses_it_on_rollback(opened):
    zoning = opened.session.layer("zoning")
    before = category_values(zoning)
    code, new_class = code_of_a_new_class(before)
    assert zoning.startEditing()
    zone = QgsFeature(zoning.fields())
    zone.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))"))
    zone["standard"], zone["national_code"] = "CNIG", code  # its class comes from the crosswalk
    assert zoning.addFeature(zone)
    wait_until(lambda: new_class in category_values(zoning), message="the new class in the legend")
    assert zoning.rollBack()
    wait_until(lambda: new_class not in category_values(zoning), message="the class gone after rollback")
    assert category_values(zoning) == before


def test_changing_a_zones_class_updates_the_legend_and_the_plan_language_names_it(opened):
    zoning = opened.session.layer("zoning")
    code, new_class = code_of_a_new_class(values_in_use(zoning, "hilucs_code"))
    assert zoning.startEditing()
    french = next(zoning.getFeatures("\"standard\" = 'CNIG'"))
    assert zoning.changeAttributeValue(french.id(), zoning.fields().indexOf("national_code"), code)
    wait_until(lambda: new_class in category_values(zoning), message="the changed class in the legend")
    language = plan_language(read_plan_settings(opened.session.plan_path()))
    label = next(c.label() for c in zoning.renderer().categories() if c.value() == new_class)
    assert label.endswith(hilucs_classes()[new_class].label(language))
    assert zoning.rollBack()


def test_closing_the_plan_stops_following_its_layers(opened):
    classes = opened.session._classes
    assert {layer.name() for layer in classes.followed_layers()}
    QgsProject.instance().removeMapLayers([layer.id() for layer in opened.session.plan_layers()])
    wait_until(lambda: opened.session.plan_path() is None, message="plan gone")
    assert classes.followed_layers() == []
