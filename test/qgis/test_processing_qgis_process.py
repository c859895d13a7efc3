"""``qgis_process`` runs the plugin's algorithms from the shell, the packaged plugin installed in a profile.

The invocation tested here is the one the README documents:

    QT_QPA_PLATFORM=offscreen QGIS_CUSTOM_CONFIG_PATH=DIR qgis_process.bin run masterplan:validate -- PLAN=…

- ``qgis_process.bin``, not Debian's ``qgis_process`` wrapper: the wrapper adds ``--noversioncheck`` from
  /etc/default/qgis, which qgis_process 3.22 refuses ("Command --noversioncheck not known!");
- ``DIR/profiles/default/python/plugins/masterplan_plugin`` holds the unzipped package and
  ``DIR/profiles/default/QGIS/QGIS3.ini`` enables it (``[PythonPlugins] masterplan_plugin=true``, which
  ``qgis_process.bin plugins enable masterplan_plugin`` writes too); qgis_process only starts plugins whose
  metadata says ``hasProcessingProvider=yes`` and calls their ``initProcessing()``, never ``initGui()``;
- ``PYTHONPATH`` gives QGIS's Python the plugin's requirement shapely >= 2.1 (here the test venv's packages).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
from qgis.core import QgsProcessingModelAlgorithm

from masterplan_plugin.core.reports import current
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.io.validation import read_register, validate_plan
from masterplan_plugin.processing.provider import ALGORITHMS
from masterplan_plugin.qgis_adapters.demo_builder import build_demo
from test.conftest import PLUGIN
from test.desktop.test_desktop_plugin import make_profile, qgis_environment
from test.qgis.test_processing import PAG_SOURCE, chain_model, model_output_parameter, provider  # noqa: F401

# Debian installs the program as qgis_process.bin behind a qgis_process wrapper script (3.22's wrapper adds
# --noversioncheck, which 3.22 refuses; 3.40's removes it): the program itself on both; elsewhere (no
# wrapper) qgis_process is the program.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "/usr/bin/qgis_process.bin"
TIMEOUT_S = 300

pytestmark = pytest.mark.skipif(not Path(QGIS_PROCESS).is_file(),
                                reason="qgis_process is not installed (Debian package qgis)")

# Added to the installed copy only while plugin.py has no initProcessing (the plugin shell's owner adds it).
INIT_PROCESSING_PATCH = '''

def _init_processing(self) -> None:  # added by test_processing_qgis_process.py
    from qgis.core import QgsApplication

    from .processing.provider import MasterPlanProvider

    self._processing_provider = MasterPlanProvider()
    QgsApplication.processingRegistry().addProvider(self._processing_provider)


MasterPlanPlugin.initProcessing = _init_processing
'''


@pytest.fixture(scope="module")
def profile_root(plugin_zip, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("qgis-process")
    profile = make_profile(root, plugin_zip)
    plugin = profile / "python" / "plugins" / PLUGIN / "plugin.py"
    if "def initProcessing" not in plugin.read_text(encoding="utf-8"):
        warnings.warn("plugin.py has no initProcessing(): the installed copy is patched for this test",
                      stacklevel=1)
        with plugin.open("a", encoding="utf-8") as stream:
            stream.write(INIT_PROCESSING_PATCH)
    return root


@pytest.fixture(scope="module")
def qgis_process(profile_root, tmp_path_factory):
    environment = qgis_environment(tmp_path_factory.mktemp("unused") / "result.json")
    environment.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile_root),
                       PROJ_DATA="/usr/share/proj")

    def run(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run([QGIS_PROCESS, *arguments], env=environment, capture_output=True, text=True,
                              timeout=TIMEOUT_S, cwd=profile_root)

    return run


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory) -> Path:
    files, _ = build_demo(tmp_path_factory.mktemp("qgis-process-demo"))
    return files.gpkg


def results(completed: subprocess.CompletedProcess) -> dict:
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return json.loads(completed.stdout)["results"]


def test_qgis_process_loads_the_installed_plugin_and_lists_its_algorithms(qgis_process):
    plugins = qgis_process("plugins")
    assert "* masterplan_plugin" in plugins.stdout, plugins.stdout + plugins.stderr
    listed = qgis_process("list").stdout
    for algorithm in ALGORITHMS:
        assert f"masterplan:{algorithm.ID}\t" in listed


def test_qgis_process_shows_the_algorithm_help(qgis_process):
    shown = qgis_process("help", "masterplan:validate")
    assert shown.returncode == 0
    assert "DISABLED_RULES" in shown.stdout and "ZONE_OVERLAP" in shown.stdout and "POLYGONS" in shown.stdout


def test_qgis_process_validates_a_plan_like_the_core(qgis_process, demo_plan, tmp_path):
    expected = validate_plan(demo_plan, write=False)
    report, polygons = tmp_path / "report.json", tmp_path / "areas.gpkg"
    out = results(qgis_process("--json", "run", "masterplan:validate", "--", f"PLAN={demo_plan}",
                               f"JSON={report}", f"HTML={tmp_path / 'report.html'}", f"POLYGONS={polygons}"))
    assert out["ERRORS"] == expected.open_errors and out["FINDINGS"] == len(current(expected.register))
    document = json.loads(report.read_text(encoding="utf-8"))
    assert len(document["findings"]) == out["FINDINGS"]
    assert (tmp_path / "report.html").stat().st_size > 1000
    areas = read_vector(polygons)
    assert len(areas) and set(areas.attributes["rule"]) <= set(document["summary"])
    assert len(read_register(demo_plan)) == out["FINDINGS"]  # UPDATE_REGISTER defaults to true


def test_qgis_process_takes_rule_ids_and_tolerances(qgis_process, demo_plan, tmp_path):
    report = tmp_path / "report.json"
    results(qgis_process("--json", "run", "masterplan:validate", "--", f"PLAN={demo_plan}",
                         "UPDATE_REGISTER=0", "DISABLED_RULES=ZONE_GAP", "DISABLED_RULES=AXIS_DANGLE",
                         "OVERLAP_MIN_AREA_M2=1e9", f"JSON={report}"))
    rules = set(json.loads(report.read_text(encoding="utf-8"))["summary"])
    assert rules and not rules & {"ZONE_GAP", "AXIS_DANGLE", "ZONE_OVERLAP"}


@pytest.mark.usefixtures("provider")  # the model's steps resolve to the algorithms: its outputs are known
def test_qgis_process_runs_the_import_validate_atlas_model_file(qgis_process, demo_plan, tmp_path):
    model = tmp_path / "masterplan_chain.model3"
    assert chain_model().toFile(str(model))
    saved = QgsProcessingModelAlgorithm()
    assert saved.fromFile(str(model))
    atlas_output = model_output_parameter(saved, "atlas", "atlas")  # 3.22: atlas:atlas, 3.40: atlas_folder
    source = demo_plan.parent / "sources" / f"{PAG_SOURCE}.gpkg"
    zones = len(read_vector(demo_plan, "zoning"))
    out = results(qgis_process("--json", "run", str(model), "--", f"plan={demo_plan}", f"zoning={source}",
                               f"{atlas_output}={tmp_path / 'atlas'}"))
    assert Path(out[atlas_output]) == tmp_path / "atlas"
    assert len(list((tmp_path / "atlas").glob("*.pdf"))) == 7
    assert len(read_vector(demo_plan, "zoning")) == zones + 17
