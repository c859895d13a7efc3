"""The Processing import algorithms (importcommunes, importaxes, importgreen, importsites, and importzoning's
modes) through ``processing.run`` with real layers: the same plan content as the adapter the command line
calls, the import modes, the selection, the open plan as default PLAN and a model chaining two imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProject,
    QgsVectorLayer,
)

from masterplan_plugin.io.plan_import import import_file
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.processing.base import set_open_plan
from masterplan_plugin.processing.provider import MasterPlanProvider
from masterplan_plugin.qgis_adapters.plan_project import create_plan
from test.qgis.import_sources import axes_file, communes_file, zoning_file

REPLACE, UPDATE, APPEND = 0, 1, 2


@pytest.fixture(scope="module")
def provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = MasterPlanProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture(scope="module")
def run(provider):
    from qgis import processing

    def run_algorithm(algorithm, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        name = algorithm if not isinstance(algorithm, str) else f"masterplan:{algorithm}"
        return processing.run(name, parameters, context=context, feedback=QgsProcessingFeedback())

    return run_algorithm


@pytest.fixture()
def plan(tmp_path) -> Path:
    return create_plan(tmp_path / "plan.gpkg", "EPSG:3035").gpkg


def memory(path: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid()
    return layer.materialize(QgsFeatureRequest())


def column(gpkg, layer, name):
    return read_vector(gpkg, layer, columns=[name]).attributes[name].tolist()


def test_importcommunes_twice_replaces_and_equals_the_command_line_import(run, plan, tmp_path):
    source = communes_file(tmp_path / "communes.geojson")
    parameters = {"PLAN": str(plan), "INPUT": str(source), "NAME_FIELD": "nom", "COUNTRY": 0}
    first = run("importcommunes", parameters)
    second = run("importcommunes", parameters)
    assert first["PLAN"] == str(plan) and (first["COUNT"], first["ADDED"], first["REMOVED"]) == (2, 2, 0)
    assert (second["ADDED"], second["REMOVED"], second["UPDATED"]) == (2, 2, 0)
    reference = create_plan(tmp_path / "reference.gpkg", "EPSG:3035").gpkg
    import_file(reference, "communes", source, fields={"name": "nom"},
                constants={"country": "FR", "zoning_standard": "CNIG"})
    ours, theirs = read_vector(plan, "communes"), read_vector(reference, "communes")
    for name in ("code", "name", "country", "zoning_standard", "population"):
        assert ours.attributes[name].tolist() == theirs.attributes[name].tolist(), name
    assert all(a.equals_exact(b, 1e-6) for a, b in zip(ours.geometries, theirs.geometries, strict=True))


def test_importcommunes_append_mode_stacks_them(run, plan, tmp_path):
    source = str(communes_file(tmp_path / "communes.geojson"))
    for _ in range(2):
        run("importcommunes", {"PLAN": str(plan), "INPUT": source, "IMPORT_MODE": APPEND})
    assert sorted(column(plan, "communes", "code")) == ["54580", "54580", "57038", "57038"]


def test_importaxes_of_the_selected_features_of_a_project_layer(run, plan, tmp_path):
    run("importcommunes", {"PLAN": str(plan), "INPUT": str(communes_file(tmp_path / "c.geojson"))})
    layer = memory(axes_file(tmp_path / "axes.geojson"))
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([next(layer.getFeatures()).id()])
        selection = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        result = run("importaxes", {"PLAN": str(plan), "INPUT": selection})
        again = run("importaxes", {"PLAN": str(plan), "INPUT": selection})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["COUNT"] == 1 and (again["REMOVED"], again["ADDED"]) == (1, 1)
    axes = read_vector(plan, "mobility_axes").attributes
    assert axes["name"].tolist() == ["Rue de la Frontière"] and axes["hierarchy"].tolist() == ["main_street"]


def test_importgreen_and_importsites_map_the_demo_files_usual_fields(run, plan, tmp_path):
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    _, _ = build_demo(tmp_path / "demo")
    sources = tmp_path / "demo" / "sources"
    green = run("importgreen", {"PLAN": str(plan), "INPUT": str(sources / "fr_green.gpkg")})
    sites = run("importsites", {"PLAN": str(plan), "INPUT": str(sources / "lu_sites.gpkg")})
    assert green["COUNT"] == 3 and sites["COUNT"] == 1
    spaces = read_vector(plan, "green_spaces").attributes
    assert spaces["kind"].tolist() == ["corridor", "corridor", "park"]
    assert spaces["public_access"].tolist() == [True, True, True]
    site = read_vector(plan, "sites").attributes
    assert (site["name"].tolist(), site["housing_units"].tolist(), site["jobs"].tolist()) == (
        ["Belval Nord"], [900], [1200])


def test_importzoning_update_mode_keeps_the_zones_and_their_source_ids(run, plan, tmp_path):
    run("importcommunes", {"PLAN": str(plan), "INPUT": str(communes_file(tmp_path / "c.geojson"))})
    layer = memory(zoning_file(tmp_path / "zonage.geojson"))
    first = run("importzoning", {"PLAN": str(plan), "INPUT": layer, "STANDARD": 0})
    before = read_vector(plan, "zoning", columns=["source_fid", "commune_code"])
    second = run("importzoning", {"PLAN": str(plan), "INPUT": layer, "STANDARD": 0, "IMPORT_MODE": UPDATE})
    after = read_vector(plan, "zoning", columns=["source_fid"])
    assert first["UNKNOWN_CODES"] == "XX (1)" and (second["UPDATED"], second["ADDED"]) == (4, 0)
    assert after.ids.tolist() == before.ids.tolist()
    assert before.attributes["source_fid"].tolist() == [feature.id() for feature in layer.getFeatures()]
    assert before.attributes["commune_code"].tolist() == ["54580", "54580", "57038", "57038"]  # located


def test_importzoning_key_fields_are_checked(run, plan, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no field"):
        run("importzoning", {"PLAN": str(plan), "INPUT": str(zoning_file(tmp_path / "z.geojson")),
                             "IMPORT_MODE": UPDATE, "KEY_FIELDS": "nom"})


@pytest.mark.parametrize("algorithm_id", ["importcommunes", "importzoning", "importaxes", "importgreen",
                                          "importsites", "validate", "indicators", "exportatlas"])
def test_the_plan_open_in_qgis_is_every_algorithms_default_plan(provider, plan, algorithm_id):
    registry = QgsApplication.processingRegistry()
    set_open_plan(plan)
    try:
        algorithm = registry.createAlgorithmById(f"masterplan:{algorithm_id}")
        assert algorithm.parameterDefinition("PLAN").defaultValue() == str(plan)
    finally:
        set_open_plan(None)
    assert registry.createAlgorithmById(f"masterplan:{algorithm_id}").parameterDefinition(
        "PLAN").defaultValue() is None


def test_a_model_chains_importcommunes_and_importzoning_through_plan(run, plan, tmp_path):
    model = QgsProcessingModelAlgorithm("Communes then zoning", "Master plan")
    for definition in (QgsProcessingParameterFile("plan", "Master plan", extension="gpkg"),
                       QgsProcessingParameterFeatureSource("communes", "Communes"),
                       QgsProcessingParameterFeatureSource("zoning", "Zoning")):
        model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))
    source = QgsProcessingModelChildParameterSource
    steps = []
    for child_id, algorithm, plan_source, layer in (
            ("communes", "importcommunes", source.fromModelParameter("plan"), "communes"),
            ("zoning", "importzoning", source.fromChildOutput("communes", "PLAN"), "zoning")):
        step = QgsProcessingModelChildAlgorithm(f"masterplan:{algorithm}")
        step.setChildId(child_id)
        step.addParameterSources("PLAN", [plan_source])
        step.addParameterSources("INPUT", [source.fromModelParameter(layer)])
        steps.append(step)
    for step in steps:
        model.addChildAlgorithm(step)
    assert model.dependsOnChildAlgorithms("zoning") == {"communes"}
    run(model, {"plan": str(plan), "communes": str(communes_file(tmp_path / "c.geojson")),
                "zoning": str(zoning_file(tmp_path / "z.geojson"))})
    assert column(plan, "zoning", "commune_code") == ["54580", "54580", "57038", "57038"]


def saved_view(plan: Path):
    project = QgsProject()
    assert project.read(str(plan.with_suffix(".qgz")))
    view, crs = project.viewSettings().defaultViewExtent(), project.crs()
    project.clear()
    return view, crs


def test_an_import_refreshes_the_saved_project_unless_it_is_the_open_one(run, plan, tmp_path):
    before, crs = saved_view(plan)
    run("importcommunes", {"PLAN": str(plan), "INPUT": str(communes_file(tmp_path / "communes.geojson"))})
    communes = QgsVectorLayer(f"{plan}|layername=communes", "communes", "ogr").extent()
    view, _ = saved_view(plan)
    assert view.contains(communes) and view.width() < 10 * communes.width() < before.width()
    open_project = QgsProject.instance()
    assert open_project.read(str(plan.with_suffix(".qgz")))  # the user works in the plan's own project
    try:
        stamp = plan.with_suffix(".qgz").stat().st_mtime_ns
        run("importaxes", {"PLAN": str(plan), "INPUT": str(axes_file(tmp_path / "axes.geojson"))})
        assert plan.with_suffix(".qgz").stat().st_mtime_ns == stamp  # the user saves it, with their changes
    finally:
        open_project.clear()
    assert crs.authid() == "EPSG:3035"
