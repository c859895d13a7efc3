"""The one-click installation for real: shapely 2.1 from PyPI into a private folder, with Debian's Python
(QGIS's Python on bookworm) — once with its pip, once without pip (wheel chosen in PyPI's JSON, sha256
checked) — then that folder winning over an older shapely, in QGIS's process and in the worker processes.

The older shapely is Debian's of the Python: 1.8.5 on bookworm (3.11); on trixie (3.13, QGIS 3.40, where
shapely 1.8 has no wheel) 2.0.7 stands in for an older shapely.

Needs PyPI (CI has it). Offline, ``MASTERPLAN_DEPS_WHEELHOUSE=/folder`` holding the shapely 2.1 and older
shapely wheels for this Python makes every installation here use it instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from masterplan_plugin.core.errors import MasterplanError
from masterplan_plugin.dependencies import install, wheels
from masterplan_plugin.dependencies.requirements import SHAPELY, Requirement, deps_folder, python_tag
from test.conftest import REPO_ROOT, WITHOUT_SHAPELY, system_numpy_version
from test.desktop.test_desktop_plugin import make_profile

SYSTEM_PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
# What Debian's python3-shapely is on bookworm (1.8.5); no 1.8 wheel exists for Python >= 3.12.
OLD_SHAPELY = "1.8.5.post1" if sys.version_info < (3, 12) else "2.0.7"
SHAPELY_18 = Requirement("shapely", f"=={OLD_SHAPELY}", "shapely")


def settings(method: str) -> install.Settings:
    base = install.Settings.from_environment()
    return install.Settings(base.index_url, base.wheelhouse, method)


def child_environment(pythonpath: list[Path]) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PYTHONPATH"] = os.pathsep.join(map(str, pythonpath))
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, tuple[Path, install.InstallResult, float]]:
    """shapely 2.1 installed both ways into profile-like folders (timed)."""
    import time

    root = tmp_path_factory.mktemp("deps")
    done = {}
    for method in ("pip", "download"):
        python = SYSTEM_PYTHON
        if method == "pip" and not install.pip_available(python):
            python = sys.executable  # Debian's Python without python3-pip: the venv's pip stands in
        folder = root / method / "python" / "masterplan_plugin_deps" / python_tag()
        started = time.monotonic()
        result = install.install(folder, [SHAPELY], lambda *a: None, lambda: False, settings(method),
                                 python=python)
        done[method] = (folder, result, time.monotonic() - started)
    return done


@pytest.fixture(scope="module")
def shapely_18(tmp_path_factory) -> Path:
    """A stand-in for Debian's dist-packages with python3-shapely 1.8.5 (the real 1.8.5.post1 wheel)."""
    folder = tmp_path_factory.mktemp("dist-packages") / "site"
    install.install(folder, [SHAPELY_18], lambda *a: None, lambda: False, settings("download"),
                    python=SYSTEM_PYTHON)
    return folder


@pytest.mark.parametrize("method", ["pip", "download"])
def test_shapely_2_1_is_installed_from_pypi_for_qgis_python(installed, method):
    folder, result, seconds = installed[method]
    assert result.method == method
    assert result.versions["shapely"].startswith("2.1.")
    assert result.numpy == system_numpy_version() and list(result.versions) == ["shapely"]  # Debian's
    assert (folder / "shapely" / "__init__.py").is_file() and list(folder.glob("shapely-2.1.*.dist-info"))
    assert not (folder / "numpy").exists()
    assert seconds < 120
    if method == "download" and install.Settings.from_environment().wheelhouse is None:
        platform = wheels.current_platform()
        assert result.files and any(tag in result.files[0] for tag in wheels.platform_tags(platform))


def test_live_pypi_metadata_offers_shapely_2_1_for_the_platforms_qgis_runs_on():
    if install.Settings.from_environment().wheelhouse is not None:
        pytest.skip("offline run: MASTERPLAN_DEPS_WHEELHOUSE is set")
    url = install.project_url(install.Settings.from_environment(), "shapely")
    project = json.loads(install._fetch(url, lambda: False))
    for target, expected in [
        (wheels.Platform((3, 11), "linux", "x86_64", glibc=(2, 36)), "manylinux"),
        (wheels.Platform((3, 12), "linux", "aarch64", glibc=(2, 39)), "aarch64"),
        (wheels.Platform((3, 12), "windows", "win_amd64"), "win_amd64"),  # OSGeo4W's QGIS
        (wheels.Platform((3, 9), "macos", "x86_64", macos=(12, 6)), None),  # 2.1 needs Python 3.10
        (wheels.Platform((3, 12), "macos", "arm64", macos=(14, 5)), "arm64"),
    ]:
        if expected is None:
            with pytest.raises(MasterplanError):
                wheels.select_wheel(project, SHAPELY, target, url)
            continue
        wheel = wheels.select_wheel(project, SHAPELY, target, url)
        assert wheel.version.startswith("2.1.") and expected in wheel.filename, (target, wheel)
        assert wheel.url.startswith("https://") and len(wheel.sha256) == 64


def run_child(script: str, pythonpath: list[Path], timeout: int = 120) -> dict:
    done = subprocess.run([SYSTEM_PYTHON, "-c", script], capture_output=True, text=True, timeout=timeout,
                          env=child_environment(pythonpath), cwd=REPO_ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_private_folder_wins_over_an_older_system_shapely(installed, shapely_18):
    deps = installed["download"][0]
    script = (
        "import json\n"
        "from masterplan_plugin.dependencies import requirements as r\n"
        "before = r.check([r.SHAPELY])\n"
        f"r.activate({str(deps)!r})\n"
        "after = r.check([r.SHAPELY])\n"
        "import shapely\n"
        "print(json.dumps([before.get('shapely').version, before.ok, after.ok, shapely.__version__,"
        " shapely.__file__]))\n"
    )
    before, before_ok, after_ok, version, path = run_child(script, [shapely_18, REPO_ROOT])
    assert before == OLD_SHAPELY and not before_ok
    assert after_ok and version.startswith("2.1.") and path.startswith(str(deps))


def test_an_older_shapely_already_imported_asks_for_a_restart(installed, shapely_18):
    deps = installed["download"][0]
    script = (
        "import json, shapely\n"  # another plugin imported the system's 1.8 before Master plan started
        "from masterplan_plugin.dependencies import requirements as r\n"
        f"r.activate({str(deps)!r})\n"
        "report = r.check([r.SHAPELY])\n"
        "print(json.dumps([report.ok, [f.requirement.name for f in report.needs_restart],"
        " report.get('shapely').version]))\n"
    )
    assert run_child(script, [shapely_18, REPO_ROOT]) == [False, ["shapely"], OLD_SHAPELY]


def test_worker_processes_get_the_private_folder_before_the_system_shapely(installed, shapely_18, tmp_path):
    """What the toolbar's Validate does inside QGIS: ``child_runner.run_worker`` starts QGIS's Python, which
    must find shapely 2.1 in the private folder although the system's 1.8 is on its path too."""
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    plan, _ = build_demo(tmp_path / "demo")
    deps = installed["pip"][0]
    script = (
        "import json\n"
        "from masterplan_plugin.dependencies import requirements as r\n"
        f"r.activate({str(deps)!r})\n"
        "from masterplan_plugin.operations.child_runner import run_worker\n"
        f"done = run_worker('validate', {{'plan': {str(plan.gpkg)!r}, 'profile': None}},"
        " lambda percent, step: None, lambda: False)\n"
        "print(json.dumps(done))\n"
    )
    done = run_child(script, [shapely_18, REPO_ROOT], timeout=300)
    assert done["findings"] > 10


@getattr(pytest.mark, WITHOUT_SHAPELY)
@pytest.mark.skipif(not Path(QGIS_PROCESS).is_file(), reason="qgis_process.bin is not installed")
def test_qgis_process_says_what_is_missing_then_runs_with_the_private_folder(plugin_zip, installed, tmp_path):
    """The packaged plugin in a profile, QGIS's Python without shapely (no PYTHONPATH): ``list`` logs why
    the algorithms are missing, without a traceback; with the private folder of that profile filled (as the
    desktop's install button fills it), ``run masterplan:validate`` works."""
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    root = tmp_path / "qgis"
    profile = make_profile(root, plugin_zip)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(root))

    def qgis_process(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True,
                              timeout=300, cwd=tmp_path)

    listed = qgis_process("list")
    assert listed.returncode == 0, listed.stderr
    assert "masterplan:validate" not in listed.stdout and "Traceback" not in listed.stdout + listed.stderr
    assert ("The Master plan algorithms are not available: QGIS's Python lacks shapely>=2.1,<2.2"
            in listed.stderr)

    shutil.copytree(installed["download"][0], deps_folder(profile))
    plan, _ = build_demo(tmp_path / "demo")
    run = qgis_process("--json", "run", "masterplan:validate", "--", f"PLAN={plan.gpkg}")
    assert "Traceback" not in run.stderr, run.stderr
    results = json.loads(run.stdout)["results"]
    assert results["FINDINGS"] > 10 and results["ERRORS"] > 0
