"""Plan creation and opening against a real QGIS (pytest-qgis, offscreen)."""

from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsCategorizedSymbolRenderer, QgsFieldConstraints, QgsProject, QgsVectorLayer

from masterplan_plugin.core.errors import InputError, PlanError
from masterplan_plugin.core.model import plan_schema
from masterplan_plugin.io.plan_file import read_plan_settings
from masterplan_plugin.qgis_adapters.plan_project import add_plan_to_project, create_plan


@pytest.fixture()
def plan(tmp_path):
    return create_plan(tmp_path / "alzette.gpkg", "EPSG:2169")


def test_new_plan_has_every_model_layer_in_the_working_crs(plan):
    dataset = ogr.Open(str(plan.gpkg))
    for spec in plan_schema().layers:
        layer = dataset.GetLayerByName(spec.name)
        assert layer is not None, spec.name
        assert layer.GetSpatialRef().GetAuthorityCode(None) == "2169"
        names = [
            layer.GetLayerDefn().GetFieldDefn(i).GetName()
            for i in range(layer.GetLayerDefn().GetFieldCount())
        ]
        assert names == list(spec.field_names)
    assert read_plan_settings(plan.gpkg)["crs"] == "EPSG:2169"


def test_layer_added_from_the_geopackage_gets_its_form_and_style(plan):
    """A user adding the layer with plain QGIS tools gets the stored default style."""
    layer = QgsVectorLayer(f"{plan.gpkg}|layername=zoning", "zoning", "ogr")
    assert layer.isValid()
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.renderer().classAttribute() == "hilucs_code"
    status = layer.fields().indexFromName("status")
    assert layer.editorWidgetSetup(status).type() == "ValueMap"
    constraints = layer.fields().at(layer.fields().indexFromName("commune_code")).constraints()
    assert constraints.constraints() & QgsFieldConstraints.Constraint.ConstraintNotNull
    assert layer.defaultValueDefinition(status).expression() == "'existing'"


def test_project_next_to_the_plan_opens_it_grouped_and_styled(plan):
    project = QgsProject()
    assert project.read(str(plan.project))
    names = {layer.source().split("layername=")[1].split("|")[0] for layer in project.mapLayers().values()}
    assert names == set(plan_schema().layer_names) | {"national_codes"}  # the zone form's code list
    assert all(layer.isValid() for layer in project.mapLayers().values())
    group = project.layerTreeRoot().children()[0]
    assert group.name().startswith("alzette")
    assert project.crs().authid() == "EPSG:2169"
    project.clear()


def test_plan_can_be_added_to_the_current_project(plan):
    project = QgsProject()
    layers = add_plan_to_project(plan.gpkg, project)
    assert {"communes", "zoning", "mobility_axes", "green_spaces", "sites"} <= set(layers)
    # five plan layers + findings as points, lines, polygons + the zone form's code list (private)
    assert len(project.mapLayers()) == 9
    assert len(project.layerTreeRoot().findLayers()) == 8
    project.clear()


def test_existing_file_is_not_overwritten_unless_asked(plan):
    with pytest.raises(PlanError):
        create_plan(plan.gpkg, "EPSG:2169")
    assert create_plan(plan.gpkg, "EPSG:2154", overwrite=True).gpkg == plan.gpkg
    assert read_plan_settings(plan.gpkg)["crs"] == "EPSG:2154"


def test_geographic_crs_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(InputError, match="metres"):
        create_plan(tmp_path / "plan.gpkg", "EPSG:4326")
    assert list(tmp_path.iterdir()) == []


def test_a_geopackage_that_is_not_a_plan_is_refused(tmp_path):
    path = tmp_path / "other.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path)).CreateLayer("roads")
    with pytest.raises(PlanError, match="not a master plan"):
        add_plan_to_project(path, QgsProject())


def test_plan_file_name_must_be_a_geopackage(tmp_path):
    with pytest.raises(InputError):
        create_plan(Path(tmp_path) / "plan.shp")
