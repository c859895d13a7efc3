"""The ``masterplan`` Processing provider: every algorithm through ``processing.run`` on the demo plan,
its outputs checked against the adapter and core functions the toolbar and the command line call; and a
model chaining importzoning → validate → exportatlas, saved as .model3, reloaded and run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from masterplan_plugin.core import nomenclature
from masterplan_plugin.core.checks.profile import default_profile, profile_from_dict
from masterplan_plugin.core.indicators import compute_indicators
from masterplan_plugin.core.nomenclature import STANDARDS
from masterplan_plugin.core.reports import current
from masterplan_plugin.io.plan_file import plan_crs, write_plan_setting
from masterplan_plugin.io.plan_import import import_file
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.io.validation import PROFILE_KEY, load_snapshot, read_register, validate_plan
from masterplan_plugin.processing.base import help_text
from masterplan_plugin.processing.indicators import IndicatorTable
from masterplan_plugin.processing.provider import ALGORITHMS, PROVIDER_ID, MasterPlanProvider
from masterplan_plugin.processing.validate import GEOMETRY_SINKS, NO_GEOMETRY
from masterplan_plugin.qgis_adapters.demo_builder import build_demo
from masterplan_plugin.qgis_adapters.plan_project import create_plan

TEMPORARY = "TEMPORARY_OUTPUT"
IDS = ("createplan", "demo", "importcommunes", "importzoning", "importaxes", "importgreen", "importsites",
       "harmonise", "validate", "validatecnig", "decide", "exportfindings", "indicators", "exportatlas",
       "exportcnig", "exportinspireplu")
PAG_SOURCE = "lu_zoning"  # the Luxembourg PAG file of the demo: 17 zones, one unknown code, 'HAB-3'
CNIG_SOURCE = "fr_zoning"  # the French CNIG file: TYPEZONE, FORMDOMI, LIBELLE, INSEE


# --- fixtures -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The provider registered as the plugin's initProcessing does it, removed afterwards."""
    registry = QgsApplication.processingRegistry()
    provider = MasterPlanProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)
    assert registry.providerById(PROVIDER_ID) is None


@pytest.fixture(scope="module")
def run(provider):
    from qgis import processing

    def run_algorithm(algorithm, parameters, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())  # where layer ids (selections) are looked up
        return processing.run(algorithm if not isinstance(algorithm, str) else f"masterplan:{algorithm}",
                              parameters, context=context, feedback=feedback or QgsProcessingFeedback())

    return run_algorithm


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo folder: ``demo_plan.gpkg`` (not validated yet) and the national files in ``sources/``."""
    directory = tmp_path_factory.mktemp("processing_demo")
    build_demo(directory)
    return directory


@pytest.fixture()
def plan(demo, tmp_path) -> Path:
    """A private copy of the demo plan, so that tests writing to it stay independent."""
    copy = tmp_path / "plan.gpkg"
    shutil.copy(demo / "demo_plan.gpkg", copy)
    return copy


def source(demo: Path, name: str) -> Path:
    path = demo / "sources" / f"{name}.gpkg"
    assert path.exists(), sorted(p.name for p in (demo / "sources").iterdir())
    return path


def memory_copy(path: Path) -> QgsVectorLayer:
    """The file's features in a memory layer: what a user's scratch or edited layer looks like."""
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid()
    memory = layer.materialize(QgsFeatureRequest())  # a memory layer with the same fields and CRS
    assert memory.featureCount() == layer.featureCount() and memory.dataProvider().name() == "memory"
    return memory


def layer_of(result: dict, name: str) -> QgsVectorLayer:
    value = result[name]
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, name, "ogr")
    assert layer.isValid(), value
    return layer


def features(layer: QgsVectorLayer) -> list[QgsFeature]:
    return list(layer.getFeatures())


def value(feature: QgsFeature, name: str):
    raw = feature[name]
    return None if raw is None or (hasattr(raw, "isNull") and raw.isNull()) else raw


# --- provider -----------------------------------------------------------------------------------------------

def test_provider_lists_its_algorithms_from_one_registry(provider):
    assert provider.id() == "masterplan" and provider.name() == "Master plan"
    assert not provider.icon().isNull()
    listed = sorted(algorithm.id() for algorithm in provider.algorithms())
    assert listed == sorted(f"masterplan:{i}" for i in IDS)
    assert tuple(algorithm.ID for algorithm in ALGORITHMS) == IDS


@pytest.mark.parametrize("algorithm_id", IDS)
def test_every_algorithm_has_a_name_group_and_help_in_three_languages(provider, algorithm_id):
    algorithm = QgsApplication.processingRegistry().algorithmById(f"masterplan:{algorithm_id}")
    assert algorithm.displayName() and algorithm.group() and algorithm.groupId()
    assert isinstance(algorithm.createInstance(), type(algorithm))
    for language in ("en", "fr", "de"):
        text = help_text(algorithm_id, language)
        assert "<p>" in text and len(text) > 200, (algorithm_id, language)
        # Every parameter and output is explained in each language (by its name, as qgis_process uses it).
        names = [p.name() for p in algorithm.parameterDefinitions()]
        names += [o.name() for o in algorithm.outputDefinitions()]
        missing = [name for name in names if f"<b>{name}</b>" not in text]
        assert not missing, (algorithm_id, language, missing)


def test_help_follows_qgis_language_and_falls_back_to_english(provider, qgis_locale):
    algorithm = QgsApplication.processingRegistry().algorithmById("masterplan:validate")
    qgis_locale("fr_FR")
    assert algorithm.shortHelpString() == help_text("validate", "fr")
    qgis_locale("it_IT")
    assert algorithm.shortHelpString() == help_text("validate", "en")


# --- the Toolbox --------------------------------------------------------------------------------------------

@pytest.fixture()
def toolbox_dialog(provider, qgis_iface, monkeypatch):
    """The algorithm dialog QGIS opens from the Toolbox (processing.gui.AlgorithmDialog)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    dialogs = []

    def open_dialog(algorithm_id: str, values: dict) -> dict:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"masterplan:{algorithm_id}")
        dialog = AlgorithmDialog(algorithm, False, qgis_iface.mainWindow())
        dialogs.append(dialog)
        dialog.setParameters(values)
        return dialog.createProcessingParameters()

    yield open_dialog
    for dialog in dialogs:
        dialog.deleteLater()


@pytest.mark.parametrize("algorithm_id", IDS)
def test_toolbox_dialog_builds_and_its_defaults_are_acceptable(toolbox_dialog, demo, algorithm_id):
    plan, zoning = str(demo / "demo_plan.gpkg"), str(source(demo, PAG_SOURCE))
    required = {"createplan": {"OUTPUT": str(demo / "new.gpkg")},
                "importzoning": {"PLAN": plan, "INPUT": zoning},
                "importcommunes": {"PLAN": plan, "INPUT": str(source(demo, "fr_communes"))},
                "importaxes": {"PLAN": plan, "INPUT": str(source(demo, "fr_axes"))},
                "importgreen": {"PLAN": plan, "INPUT": str(source(demo, "fr_green"))},
                "importsites": {"PLAN": plan, "INPUT": str(source(demo, "fr_sites"))},
                "harmonise": {"INPUT": zoning},
                "validatecnig": {"FOLDER": str(demo)},
                "demo": {"OUTPUT": str(demo / "another_demo")},
                "decide": {"PLAN": plan, "FINGERPRINTS": "0123456789abcdef"},
                "exportfindings": {"PLAN": plan, "OUTPUT": str(demo / "findings.csv")}}.get(
                    algorithm_id, {"PLAN": plan})
    parameters = toolbox_dialog(algorithm_id, required)
    algorithm = QgsApplication.processingRegistry().algorithmById(f"masterplan:{algorithm_id}")
    context = QgsProcessingContext()
    assert algorithm.checkParameterValues(parameters, context)[0]
    if algorithm_id == "validate":  # unset tolerances: the plan's profile, not zeros
        assert all(parameters[key.upper()] is None for key in default_profile().tolerances)
    if algorithm_id == "createplan":
        assert parameters["CRS"].authid() == "EPSG:3035"


def test_validate_runs_with_the_toolbox_dialog_values(toolbox_dialog, run, plan):
    expected = validate_plan(plan, write=False)
    parameters = toolbox_dialog("validate", {"PLAN": str(plan)})
    result = run("validate", parameters)
    assert result["FINDINGS"] == len(current(expected.register)) and result["ERRORS"] == expected.open_errors
    assert Path(result["HTML"]).is_file()  # created by default, shown in the Results Viewer
    assert sum(layer_of(result, name).featureCount() for name in [*GEOMETRY_SINKS, NO_GEOMETRY]) >= 23


# --- createplan ---------------------------------------------------------------------------------------------

def test_createplan_writes_the_plan_and_its_project_in_the_chosen_crs(run, tmp_path):
    result = run("createplan", {"OUTPUT": str(tmp_path / "new.gpkg"), "CRS": "EPSG:2154"})
    assert Path(result["OUTPUT"]) == (tmp_path / "new.gpkg").resolve()
    assert Path(result["PROJECT"]).is_file() and result["PROJECT"].endswith("new.qgz")
    assert plan_crs(result["OUTPUT"]) == "EPSG:2154"


def test_createplan_defaults_to_epsg_3035_and_refuses_to_overwrite_unless_asked(run, tmp_path):
    target = str(tmp_path / "plan.gpkg")
    assert plan_crs(run("createplan", {"OUTPUT": target})["OUTPUT"]) == "EPSG:3035"
    with pytest.raises(QgsProcessingException, match="already exists"):
        run("createplan", {"OUTPUT": target})
    run("createplan", {"OUTPUT": target, "OVERWRITE": True, "CRS": "EPSG:2169"})
    assert plan_crs(target) == "EPSG:2169"


def test_createplan_refuses_a_geographic_crs(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="projected in metres"):
        run("createplan", {"OUTPUT": str(tmp_path / "plan.gpkg"), "CRS": "EPSG:4326"})


# --- importzoning -------------------------------------------------------------------------------------------

def test_importzoning_of_a_memory_layer_equals_the_file_import(run, demo, tmp_path):
    """Same zones, codes, classes and unknown codes as ``import_file`` on the file the layer came from."""
    by_processing = create_plan(tmp_path / "a.gpkg").gpkg
    by_adapter = create_plan(tmp_path / "b.gpkg").gpkg
    path = source(demo, PAG_SOURCE)
    layer = memory_copy(path)
    result = run("importzoning", {"PLAN": str(by_processing), "INPUT": layer,
                                  "STANDARD": STANDARDS.index("PAG")})
    report = import_file(by_adapter, "zoning", path, standard="PAG")
    assert result["PLAN"] == str(by_processing)
    assert result["COUNT"] == report.count == 17
    assert result["UNKNOWN_CODES"] == "HAB-3 (1)" and report.unknown_codes == {"HAB-3": 1}
    ours, theirs = read_vector(by_processing, "zoning"), read_vector(by_adapter, "zoning")
    for column in ("national_code", "national_subcode", "hilucs_code", "commune_code", "standard", "status"):
        assert ours.attributes[column].tolist() == theirs.attributes[column].tolist(), column
    assert all(a.equals_exact(b, 1e-6) for a, b in zip(ours.geometries, theirs.geometries, strict=True))
    # Zones keep their source: the file and its FIDs; the layer's name and its feature ids (not those of
    # the temporary copy Processing imports from).
    assert theirs.attributes["source_document"].tolist() == [path.name] * 17
    assert theirs.attributes["source_fid"].tolist() == read_vector(path).ids.tolist()
    assert set(ours.attributes["source_document"]) == {path.stem}
    assert ours.attributes["source_fid"].tolist() == [feature.id() for feature in features(layer)]


def test_importzoning_honours_field_parameters_status_and_the_selection(run, demo, tmp_path):
    plan = create_plan(tmp_path / "plan.gpkg").gpkg
    layer = memory_copy(source(demo, CNIG_SOURCE))
    names = layer.fields().names()
    layer.selectByIds([feature.id() for feature in features(layer)[:4]])
    selection = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    QgsProject.instance().addMapLayer(layer)
    try:
        result = run("importzoning", {"PLAN": str(plan), "INPUT": selection,
                                      "STANDARD": STANDARDS.index("CNIG"),
                                      "CODE_FIELD": "TYPEZONE", "LABEL_FIELD": "LIBELLE",
                                      "STATUS": 1, "COMMUNE_CODE": "99999"})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert "TYPEZONE" in names and result["COUNT"] == 4
    zoning = read_vector(plan, "zoning").attributes
    assert zoning["status"].tolist() == ["planned"] * 4
    assert zoning["commune_code"].tolist() == ["99999"] * 4
    assert all(zoning["label"]) and all(zoning["hilucs_code"])


def test_importzoning_reports_a_missing_field_clearly(run, demo, tmp_path):
    plan = create_plan(tmp_path / "plan.gpkg").gpkg
    with pytest.raises(QgsProcessingException):
        run("importzoning", {"PLAN": str(plan), "INPUT": str(source(demo, CNIG_SOURCE)),
                             "STANDARD": 0, "CODE_FIELD": "NO_SUCH_FIELD"})


# --- harmonise ----------------------------------------------------------------------------------------------

def test_harmonise_adds_the_hilucs_class_of_each_feature_without_a_plan(run, demo):
    path = source(demo, PAG_SOURCE)
    result = run("harmonise", {"INPUT": str(path), "STANDARD": STANDARDS.index("PAG"), "OUTPUT": TEMPORARY})
    output = layer_of(result, "OUTPUT")
    original = QgsVectorLayer(str(path), "pag", "ogr")
    assert output.fields().names()[-3:] == ["hilucs_code", "hilucs_label", "hilucs_colour"]
    assert output.featureCount() == original.featureCount() == 17
    unknown = 0
    for feature in features(output):
        expected = nomenclature.harmonise("PAG", value(feature, "categorie"))
        if expected is None:
            unknown += 1
            assert value(feature, "hilucs_code") is None and value(feature, "hilucs_colour") is None
        else:
            assert value(feature, "hilucs_code") == expected.code
            assert value(feature, "hilucs_colour") == expected.colour
            assert value(feature, "hilucs_label") == expected.label("en")
    assert unknown == 1 and result["HARMONISED"] == 16 and result["UNKNOWN_CODES"] == "HAB-3 (1)"


def test_harmonise_reports_unknown_codes_through_the_feedback(run, demo):
    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N803 - the name QGIS calls
            self.errors.append(error)

    feedback = Recorder()
    run("harmonise", {"INPUT": str(source(demo, PAG_SOURCE)), "STANDARD": STANDARDS.index("PAG"),
                      "OUTPUT": TEMPORARY}, feedback)
    assert any("HAB-3" in error and "1 feature" in error for error in feedback.errors), feedback.errors


def test_harmonise_with_an_explicit_code_field_and_a_memory_layer(run, demo):
    layer = memory_copy(source(demo, CNIG_SOURCE))
    result = run("harmonise", {"INPUT": layer, "STANDARD": STANDARDS.index("CNIG"), "CODE_FIELD": "TYPEZONE",
                               "OUTPUT": TEMPORARY})
    output = layer_of(result, "OUTPUT")
    codes = {value(f, "TYPEZONE"): value(f, "hilucs_code") for f in features(output)}
    assert codes and all(code for code in codes.values())
    assert output.crs() == layer.crs() and output.wkbType() == layer.wkbType()


# --- validate -----------------------------------------------------------------------------------------------

def all_sinks() -> dict:
    return {name: TEMPORARY for name in [*GEOMETRY_SINKS, NO_GEOMETRY]}


def sink_fingerprints(result: dict) -> dict[str, list[str]]:
    return {name: [f["fingerprint"] for f in features(layer_of(result, name))] for name in [*GEOMETRY_SINKS,
                                                                                            NO_GEOMETRY]}


def test_validate_writes_the_same_findings_as_validate_plan(run, plan, tmp_path):
    expected = validate_plan(plan, write=False)
    result = run("validate", {"PLAN": str(plan), "UPDATE_REGISTER": False, **all_sinks(),
                              "JSON": str(tmp_path / "report.json"), "HTML": str(tmp_path / "report.html")})
    rows = current(expected.register)
    by_sink = sink_fingerprints(result)
    assert sorted(fp for fps in by_sink.values() for fp in fps) == sorted(e.fingerprint for e in rows)
    assert result["FINDINGS"] == len(rows) == 23
    assert result["ERRORS"] == expected.open_errors == 11
    assert read_register(plan) == []  # UPDATE_REGISTER false: the plan is untouched
    report = json.loads(Path(result["JSON"]).read_text(encoding="utf-8"))
    assert sorted(f["fingerprint"] for f in report["findings"]) == sorted(e.fingerprint for e in rows)
    assert "<html" in Path(result["HTML"]).read_text(encoding="utf-8")


def test_validate_sinks_are_typed_by_geometry_and_hold_the_real_problem_geometries(run, plan):
    register = validate_plan(plan, write=False).register
    expected = {entry.fingerprint: entry.finding for entry in current(register)}
    result = run("validate", {"PLAN": str(plan), **all_sinks()})
    types = {"POINTS": QgsWkbTypes.Type.MultiPoint, "LINES": QgsWkbTypes.Type.MultiLineString,
             "POLYGONS": QgsWkbTypes.Type.MultiPolygon, NO_GEOMETRY: QgsWkbTypes.Type.NoGeometry}
    for name, wkb_type in types.items():
        layer = layer_of(result, name)
        assert layer.wkbType() == wkb_type, name
        assert layer.featureCount() > 0, name  # the demo has findings of every kind
        for feature in features(layer):
            finding = expected[feature["fingerprint"]]
            assert feature["rule"] == finding.rule and feature["severity"] == finding.severity.value
            if name != NO_GEOMETRY:
                assert abs(feature.geometry().area() - finding.geometry.area) < 1e-3
                assert abs(feature.geometry().length() - finding.geometry.length) < 1e-3 or name == "POLYGONS"
                assert layer.crs().authid() == "EPSG:3035"


def test_validate_updates_the_register_and_counts_open_errors_like_the_cli(run, plan):
    first = run("validate", {"PLAN": str(plan)})
    register = read_register(plan)
    assert len(register) == 23 and {entry.state for entry in register} == {"new"}
    assert first["ERRORS"] == sum(entry.is_open_error for entry in register)
    second = run("validate", {"PLAN": str(plan)})
    assert {entry.state for entry in read_register(plan)} == {"open"} and second["ERRORS"] == first["ERRORS"]


def test_validate_tolerances_and_disabled_rules_make_the_profile(run, plan):
    parameters = {"PLAN": str(plan), "UPDATE_REGISTER": False, "POLYGONS": TEMPORARY,
                  "DISABLED_RULES": ["ZONE_GAP", "AXIS_DANGLE"], "OVERLAP_MIN_AREA_M2": 1e9}
    result = run("validate", parameters)
    profile = profile_from_dict({"tolerances": {"overlap_min_area_m2": 1e9},
                                 "disabled_rules": ["ZONE_GAP", "AXIS_DANGLE"]})
    expected = current(validate_plan(plan, profile, write=False).register)
    assert result["FINDINGS"] == len(expected) < 23
    rules = {f["rule"] for f in features(layer_of(result, "POLYGONS"))}
    assert not rules & {"ZONE_GAP", "AXIS_DANGLE", "ZONE_OVERLAP"}


def test_validate_without_tolerances_uses_the_profile_stored_with_the_plan(run, plan):
    write_plan_setting(plan, PROFILE_KEY, json.dumps({"disabled_rules": ["ZONE_OVERLAP"]}))
    result = run("validate", {"PLAN": str(plan), "UPDATE_REGISTER": False, "POLYGONS": TEMPORARY})
    rules = {f["rule"] for f in features(layer_of(result, "POLYGONS"))}
    assert "ZONE_OVERLAP" not in rules and "ZONE_GAP" in rules
    assert result["FINDINGS"] == len(current(validate_plan(plan, write=False).register))


def test_validate_allowed_gaps_from_a_memory_layer(run, plan, tmp_path):
    register = validate_plan(plan, write=False).register
    gaps = [e.finding for e in current(register) if e.finding.rule == "ZONE_GAP"]
    assert gaps
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3035", "allowed", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(gaps[0].geometry.buffer(1).wkt))
    assert layer.dataProvider().addFeatures([feature])
    result = run("validate", {"PLAN": str(plan), "UPDATE_REGISTER": False, "ALLOWED_GAPS": layer,
                              "POLYGONS": TEMPORARY})
    remaining = [f for f in features(layer_of(result, "POLYGONS")) if f["rule"] == "ZONE_GAP"]
    assert len(remaining) == len(gaps) - 1


def test_validate_refuses_a_file_that_is_not_a_plan(run, tmp_path, demo):
    with pytest.raises(QgsProcessingException, match="not a master plan"):
        run("validate", {"PLAN": str(source(demo, CNIG_SOURCE))})


def test_validate_honours_cancel(run, plan):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("validate", {"PLAN": str(plan)}, feedback)
    assert read_register(plan) == []


def test_validate_reports_progress(run, plan):
    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    run("validate", {"PLAN": str(plan), "UPDATE_REGISTER": False}, feedback)
    assert seen and seen[-1] == 100 and len(set(seen)) > 3


def test_default_tolerance_parameters_are_unset_and_documented(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("masterplan:validate")
    for key, documented in default_profile().tolerances.items():
        parameter = algorithm.parameterDefinition(key.upper())
        assert parameter is not None, key
        assert parameter.defaultValue() is None and parameter.flags() & parameter.Flag.FlagOptional
        assert parameter.flags() & parameter.Flag.FlagAdvanced
        assert f"{documented:g}" in parameter.description()


# --- decide, exportfindings, demo ---------------------------------------------------------------------------

def register_decisions(plan: Path) -> dict[str, tuple]:
    return {e.fingerprint: (e.state, e.user_status, e.justification) for e in read_register(plan)}


def test_decide_records_the_same_decisions_as_the_command_line(run, plan, tmp_path):
    from masterplan_plugin.cli import main

    validate_plan(plan)
    twin = tmp_path / "twin.gpkg"
    shutil.copy(plan, twin)
    errors = [e.fingerprint for e in read_register(plan) if e.is_open_error]
    chosen, unknown = errors[:3], "0123456789abcdef"
    listed = f"{chosen[0]}, {chosen[1]}  {chosen[2]},{unknown}"
    result = run("decide", {"PLAN": str(plan), "FINGERPRINTS": listed, "DECISION": 0,
                            "JUSTIFICATION": "agreed with the communes"})
    assert result["COUNT"] == 3
    assert main(["decide", str(twin), "--fingerprint", *chosen, "--decision", "accepted",
                 "--justification", "agreed with the communes"]) == 0
    decided = register_decisions(plan)
    assert decided == register_decisions(twin)
    assert {decided[fp][1:] for fp in chosen} == {("accepted", "agreed with the communes")}
    assert sum(e.is_open_error for e in read_register(plan)) == len(errors) - 3

    assert run("decide", {"PLAN": str(plan), "FINGERPRINTS": chosen[0], "DECISION": 2})["COUNT"] == 1
    assert main(["decide", str(twin), "--fingerprint", chosen[0], "--decision", "none"]) == 0
    assert register_decisions(plan) == register_decisions(twin)
    assert register_decisions(plan)[chosen[0]][1] != "accepted"


def test_decide_refuses_to_accept_without_a_justification_or_without_fingerprints(run, plan):
    validate_plan(plan)
    before = register_decisions(plan)
    fingerprint = next(iter(before))
    with pytest.raises(QgsProcessingException, match="justification"):
        run("decide", {"PLAN": str(plan), "FINGERPRINTS": fingerprint, "DECISION": 0})
    with pytest.raises(QgsProcessingException, match="fingerprint"):
        run("decide", {"PLAN": str(plan), "FINGERPRINTS": " , ", "DECISION": 1})
    assert register_decisions(plan) == before


def test_exportfindings_csv_rows_are_the_registers_current_findings(run, plan, tmp_path):
    import csv

    validate_plan(plan)
    [ignored] = [e.fingerprint for e in read_register(plan)][:1]
    run("decide", {"PLAN": str(plan), "FINGERPRINTS": ignored, "DECISION": 1})
    target = tmp_path / "findings.csv"
    result = run("exportfindings", {"PLAN": str(plan), "OUTPUT": str(target), "LANGUAGE": 3})  # Deutsch
    assert Path(result["OUTPUT"]) == target
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = current(read_register(plan))
    assert len(rows) == len(expected) == 23
    assert sorted(row["fingerprint"] for row in rows) == sorted(e.fingerprint for e in expected)
    [row] = [row for row in rows if row["fingerprint"] == ignored]
    assert "ignored" in row.values()


def test_exportfindings_writes_a_geopackage_and_an_html_report_by_extension(run, plan, tmp_path):
    validate_plan(plan)
    gpkg = run("exportfindings", {"PLAN": str(plan), "OUTPUT": str(tmp_path / "findings.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(f"{gpkg}|layername=findings", "findings", "ogr")
    assert layer.isValid() and layer.featureCount() == len(current(read_register(plan))) == 23
    del layer  # the frame of pytest.raises' exception below would keep it open until QGIS exits (a crash)
    html = run("exportfindings", {"PLAN": str(plan), "OUTPUT": str(tmp_path / "findings.html"),
                                  "LANGUAGE": 1})
    text = Path(html["OUTPUT"]).read_text(encoding="utf-8")
    assert "<html" in text and plan.stem in text
    with pytest.raises(QgsProcessingException, match=r"\.gpkg, \.csv or \.html"):
        run("exportfindings", {"PLAN": str(plan), "OUTPUT": str(tmp_path / "findings.txt")})


def test_demo_builds_a_validated_plan_and_a_valid_project_in_the_folder(run, tmp_path):
    folder = tmp_path / "demo"
    result = run("demo", {"OUTPUT": str(folder)})
    plan, project_path = Path(result["PLAN"]), Path(result["PROJECT"])
    assert plan == folder / "demo_plan.gpkg" and plan.is_file()
    assert project_path == folder / "demo_plan.qgz" and project_path.is_file()
    assert Path(result["OUTPUT"]) == folder
    assert result["FINDINGS"] == len(current(read_register(plan))) == 23  # validated in the child
    assert len(read_vector(plan, "zoning")) > 0 and (folder / "sources" / f"{PAG_SOURCE}.gpkg").is_file()
    project = QgsProject()
    assert project.read(str(project_path)), project.error()
    layers = [node.layer() for node in project.layerTreeRoot().findLayers()]
    assert layers and all(layer is not None and layer.isValid() for layer in layers)
    assert any(layer.featureCount() for layer in layers)
    assert all(Path(layer.source().split("|")[0]).resolve() == plan.resolve() for layer in layers)
    project.clear()


# --- indicators ---------------------------------------------------------------------------------------------

def test_indicators_table_equals_compute_indicators(run, plan):
    expected = compute_indicators(load_snapshot(plan))
    result = run("indicators", {"PLAN": str(plan), "OUTPUT": TEMPORARY})
    table = layer_of(result, "OUTPUT")
    assert table.wkbType() == QgsWkbTypes.Type.NoGeometry and result["COUNT"] == 6
    columns = IndicatorTable(expected).columns()
    assert table.fields().names() == [name for name, _ in columns]
    rows = {f["code"]: f for f in features(table)}
    assert set(rows) == {item.code for item in expected.communes}
    for item in expected.communes:
        row = rows[item.code]
        assert (row["name"], row["country"], row["population"]) == (item.name, item.country, item.population)
        assert row["area_ha"] == pytest.approx(item.area_ha)
        assert row["zoned_ha"] == pytest.approx(item.zoned_ha)
        for hilucs, hectares in item.zoning_ha.items():
            name = f"ha_{hilucs.replace('.', '_')}" if hilucs else "ha_unclassified"
            assert row[name] == pytest.approx(hectares), (item.code, name)
        for mode, km in item.axes_km_by_mode.items():
            assert row[f"km_{mode}"] == pytest.approx(km)
        assert row["green_m2"] == pytest.approx(item.green_m2)
        assert row["public_green_m2"] == pytest.approx(item.public_green_m2)
        per_inhabitant = item.public_green_m2_per_inhabitant
        assert value(row, "public_green_m2_per_inhabitant") == (pytest.approx(per_inhabitant)
                                                                  if per_inhabitant is not None else None)
        assert row["green_share"] == pytest.approx(item.green_share)
        assert (row["housing_units"], row["jobs"]) == (item.housing_units, item.jobs)
        assert row["floor_area_m2"] == pytest.approx(item.floor_area_m2)
    assert sum(r["zoned_ha"] for r in rows.values()) == pytest.approx(expected.totals.zoned_ha)


# --- exportatlas --------------------------------------------------------------------------------------------

def test_exportatlas_writes_the_requested_municipality_pdf(run, plan, tmp_path):
    validate_plan(plan)
    code = read_vector(plan, "communes").attributes["code"][0]
    result = run("exportatlas", {"PLAN": str(plan), "OUTPUT": str(tmp_path / "atlas"), "COMMUNES": code,
                                 "FORMAT": 1, "DPI": 72, "COMBINED": False, "LANGUAGE": 2})
    files = result["FILES"].splitlines()
    assert len(files) == 1 and Path(files[0]).parent == (tmp_path / "atlas").resolve()
    assert Path(files[0]).read_bytes()[:5] == b"%PDF-" and code in Path(files[0]).name
    assert result["COMBINED_PDF"] is None and result["PAGES"] == 3
    assert result["OUTPUT"] == str((tmp_path / "atlas").resolve())


def test_exportatlas_refuses_an_unknown_municipality(run, plan, tmp_path):
    with pytest.raises(QgsProcessingException, match="not in the plan"):
        run("exportatlas", {"PLAN": str(plan), "OUTPUT": str(tmp_path / "atlas"), "COMMUNES": "00000"})


# --- a model: importzoning → validate → exportatlas ---------------------------------------------------------

def chain_model() -> QgsProcessingModelAlgorithm:
    """The model a planner draws in the Model Designer: import a zoning layer, validate, print the atlas."""
    model = QgsProcessingModelAlgorithm("Import, check and print", "Master plan")
    for definition in (QgsProcessingParameterFile("plan", "Master plan", extension="gpkg"),
                       QgsProcessingParameterFeatureSource("zoning", "Zoning layer")):
        model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))

    def child(child_id: str, algorithm: str, sources: dict, static: dict | None = None):
        step = QgsProcessingModelChildAlgorithm(f"masterplan:{algorithm}")
        step.setChildId(child_id)
        step.setDescription(child_id)
        for name, source in sources.items():
            step.addParameterSources(name, [source])
        for name, value in (static or {}).items():
            step.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
        return step

    imported = child("import", "importzoning", {
        "PLAN": QgsProcessingModelChildParameterSource.fromModelParameter("plan"),
        "INPUT": QgsProcessingModelChildParameterSource.fromModelParameter("zoning"),
    }, {"STANDARD": STANDARDS.index("PAG"), "IMPORT_MODE": 2})  # append: the zones are drawn twice
    validated = child("validate", "validate", {
        "PLAN": QgsProcessingModelChildParameterSource.fromChildOutput("import", "PLAN"),
    })
    atlas = child("atlas", "exportatlas", {
        "PLAN": QgsProcessingModelChildParameterSource.fromChildOutput("validate", "PLAN"),
    }, {"DPI": 72, "FORMAT": 1, "COMBINED": True})
    output = QgsProcessingModelOutput("atlas", "Atlas folder")
    output.setChildId("atlas")
    output.setChildOutputName("OUTPUT")
    atlas.setModelOutputs({"atlas": output})
    for step in (imported, validated, atlas):
        model.addChildAlgorithm(step)
    return model


def model_output_parameter(model: QgsProcessingModelAlgorithm, child_id: str, output: str) -> str:
    """The parameter by which ``model`` takes (and the key under which it returns) a child's model output.

    QGIS 3.22 names it ``child:output`` (``atlas:atlas``); newer QGIS name it after the output's
    description (``atlas_folder`` for "Atlas folder") and record the child and output in its metadata. The
    model is asked: the same name that qgis_process and processing.run expect with this QGIS.
    """
    for parameter in model.destinationParameterDefinitions():
        metadata = parameter.metadata()
        if (metadata.get("_modelChildId"), metadata.get("_modelChildOutputName")) == (child_id, output) \
                or parameter.name() == f"{child_id}:{output}":
            return parameter.name()
    names = [parameter.name() for parameter in model.destinationParameterDefinitions()]
    raise AssertionError(f"the model has no output {child_id}:{output} (its outputs: {names})")


def test_a_model_chaining_import_validate_and_atlas_runs_after_save_and_reload(run, demo, plan, tmp_path):
    path = tmp_path / "masterplan_chain.model3"
    assert chain_model().toFile(str(path))
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path))
    assert [model.childAlgorithm(i).algorithmId() for i in ("import", "validate", "atlas")] == [
        "masterplan:importzoning", "masterplan:validate", "masterplan:exportatlas"]
    assert model.dependsOnChildAlgorithms("atlas") == {"import", "validate"}
    zones_before = len(read_vector(plan, "zoning"))
    atlas_output = model_output_parameter(model, "atlas", "atlas")
    result = run(model, {"plan": str(plan), "zoning": memory_copy(source(demo, PAG_SOURCE)),
                         atlas_output: str(tmp_path / "atlas")})
    assert len(read_vector(plan, "zoning")) == zones_before + 17
    register = read_register(plan)
    assert register and any(e.finding.rule == "ZONE_OVERLAP" for e in register)  # the zones now overlap
    pdfs = sorted((tmp_path / "atlas").glob("*.pdf"))
    assert Path(result[atlas_output]) == (tmp_path / "atlas").resolve()
    assert len(pdfs) == 7 and any(p.name.endswith("_atlas.pdf") for p in pdfs)  # 6 municipalities + combined
