"""The plugin's Python packages: versions, detection, the wheel QGIS's Python accepts, the installation.

Pure (no QGIS, no network): packages are real folders and real wheel files made in tmp_path, the PyPI
metadata is JSON shaped like https://pypi.org/pypi/shapely/json. The installation from the real PyPI is in
test_dependency_install_pypi.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from masterplan_plugin.core.errors import MasterplanError
from masterplan_plugin.dependencies import install, requirements, wheels
from masterplan_plugin.dependencies.requirements import (
    CERTIFI,
    NUMPY,
    PYPROJ,
    SHAPELY,
    Requirement,
    Version,
    specifier_contains,
)
from masterplan_plugin.dependencies.wheels import Platform, select_wheel, supported_tags, wheel_tags
from test.unit.wheel_factory import make_wheel, release_file, sha256_of

REPO_ROOT = Path(__file__).resolve().parents[2]
FAKE = Requirement("mp-fake-dependency", ">=1.2,<1.3", "mp_fake_dependency")

LINUX = Platform((3, 11), "linux", "x86_64", glibc=(2, 36))  # Debian bookworm's QGIS
OLD_LINUX = Platform((3, 11), "linux", "x86_64", glibc=(2, 17))
ANCIENT_LINUX = Platform((3, 11), "linux", "x86_64", glibc=(2, 12))
ALPINE = Platform((3, 11), "linux", "x86_64", musl=(1, 2))
OLD_ALPINE = Platform((3, 11), "linux", "x86_64", musl=(1, 1))
ARM_LINUX = Platform((3, 11), "linux", "aarch64", glibc=(2, 31))
WINDOWS = Platform((3, 11), "windows", "win_amd64")
WINDOWS_32 = Platform((3, 11), "windows", "win32")
MAC_ARM = Platform((3, 11), "macos", "arm64", macos=(14, 2))
MAC_INTEL_OLD = Platform((3, 11), "macos", "x86_64", macos=(10, 15))


# --- versions and specifiers --------------------------------------------------------------------------

@pytest.mark.parametrize("low, high", [
    ("1.8.5", "2.0"), ("2.1.0rc1", "2.1"), ("2.1.dev1", "2.1a1"), ("2.1", "2.1.post1"),
    ("2.1.2", "2.1.10"), ("1.8.5", "1.8.5.post1"), ("2.0.7", "2.1.0"),
])
def test_versions_order_as_pep_440_says(low, high):
    assert Version.parse(low) < Version.parse(high)


def test_trailing_zeros_do_not_change_a_version():
    assert Version.parse("2.1") == Version.parse("2.1.0") and Version.parse("2.1.0") <= Version.parse("2.1")


@pytest.mark.parametrize("version, inside", [
    ("2.1.0", True), ("2.1.2", True), ("2.1.2.post1", True), ("2.0.7", False), ("2.2.0", False),
    ("2.2.0rc1", False), ("1.8.5", False), ("not a version", False),
])
def test_shapely_specifier_admits_only_2_1(version, inside):
    assert specifier_contains(SHAPELY.specifier, version) is inside


@pytest.mark.parametrize("specifier, version, inside", [
    ("", "0.1", True), ("==2.1.*", "2.1.7", True), ("==2.1.*", "2.2", False), ("!=3.0.*", "3.0.1", False),
    ("~=2.1", "2.9", True), ("~=2.1", "3.0", False), ("~=2.1.3", "2.1.5", True), ("~=2.1.3", "2.2", False),
    (">=3.10", "3.11.99", True), (">=3.12", "3.11.99", False), ("==1.8.5.post1", "1.8.5.post1", True),
    ("<=2.1", "2.1.0", True), (">2.1", "2.1.1", True),
])
def test_specifier_clauses(specifier, version, inside):
    assert specifier_contains(specifier, version) is inside


# --- detection ----------------------------------------------------------------------------------------

def make_package(entry: Path, name: str, version: str | None, metadata: str = "dist-info") -> Path:
    """A package folder as pip (dist-info) or Debian (egg-info) leaves it in a site-packages."""
    module = name.lower().replace("-", "_")
    (entry / module).mkdir(parents=True)
    (entry / module / "__init__.py").write_text(f'__version__ = "{version}"\n')
    if version is not None and metadata == "dist-info":
        info = entry / f"{module}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    elif version is not None:  # Debian: /usr/lib/python3/dist-packages/Shapely-1.8.5.egg-info/PKG-INFO
        info = entry / f"{name}-{version}.egg-info"
        info.mkdir()
        (info / "PKG-INFO").write_text(f"Metadata-Version: 1.2\nName: {name}\nVersion: {version}\n")
    return entry


def test_a_missing_package_is_reported_missing(tmp_path):
    found = requirements.locate(SHAPELY, path=[str(tmp_path)], modules={})
    assert not found.present and found.version is None and not found.satisfied and not found.needs_restart


def test_a_pip_installed_package_is_found_with_its_version_and_folder(tmp_path):
    make_package(tmp_path, "shapely", "2.1.2")
    found = requirements.locate(SHAPELY, path=[str(tmp_path)], modules={})
    assert found.version == "2.1.2" and found.satisfied and found.location == str(tmp_path)


def test_debians_shapely_1_8_is_found_but_does_not_satisfy(tmp_path):
    make_package(tmp_path, "Shapely", "1.8.5", metadata="egg-info")
    found = requirements.locate(SHAPELY, path=[str(tmp_path)], modules={})
    assert found.present and found.version == "1.8.5" and not found.satisfied


def test_detection_does_not_import_the_package(tmp_path):
    make_package(tmp_path, "mp-fake-dependency", "1.2.0")
    (tmp_path / "mp_fake_dependency" / "__init__.py").write_text("raise SystemExit('imported!')\n")
    assert requirements.locate(FAKE, path=[str(tmp_path)], modules={}).satisfied
    assert "mp_fake_dependency" not in sys.modules


def test_the_first_folder_on_the_path_wins_as_for_import(tmp_path):
    private, system = make_package(tmp_path / "deps", "shapely", "2.1.2"), make_package(
        tmp_path / "dist-packages", "Shapely", "1.8.5", metadata="egg-info")
    assert requirements.locate(SHAPELY, path=[str(private), str(system)], modules={}).version == "2.1.2"
    assert requirements.locate(SHAPELY, path=[str(system), str(private)], modules={}).version == "1.8.5"


def test_an_already_imported_old_version_needs_a_restart(tmp_path):
    make_package(tmp_path / "deps", "shapely", "2.1.2")
    old = SimpleNamespace(__version__="1.8.5", __file__="/usr/lib/python3/dist-packages/shapely/__init__.py",
                          __path__=["/usr/lib/python3/dist-packages/shapely"])
    found = requirements.locate(SHAPELY, path=[str(tmp_path / "deps")], modules={"shapely": old})
    assert found.loaded and found.version == "1.8.5" and found.needs_restart
    assert found.location == "/usr/lib/python3/dist-packages"


def test_report_of_a_debian_qgis_without_shapely(tmp_path):
    system = tmp_path / "dist-packages"
    make_package(system, "numpy", "1.24.2")
    make_package(system, "pyproj", "3.4.1")
    report = requirements.check(path=[str(system)], modules={})
    assert not report.ok and report.installable and report.needs_restart == ()
    assert [item.requirement for item in report.unsatisfied] == [SHAPELY]
    assert "shapely>=2.1,<2.2: missing" in report.summary()
    assert requirements.to_install(report, tmp_path / "deps", path=[str(system)], modules={}) == (SHAPELY,)


def test_numpy_is_never_installed_by_the_plugin(tmp_path):
    report = requirements.check(path=[str(tmp_path)], modules={})
    assert not report.installable
    chosen = requirements.to_install(report, tmp_path / "deps", path=[str(tmp_path)], modules={})
    assert NUMPY not in chosen and chosen == (SHAPELY, PYPROJ, CERTIFI)  # certifi: what pyproj imports


def test_pyprojs_certifi_is_installed_only_when_it_is_missing(tmp_path):
    system = tmp_path / "dist-packages"
    make_package(system, "numpy", "1.24.2")
    make_package(system, "certifi", "2022.9.24")
    report = requirements.check(path=[str(system)], modules={})
    assert requirements.to_install(report, tmp_path / "deps", path=[str(system)], modules={}) == (SHAPELY,
                                                                                                  PYPROJ)


def test_reinstalling_keeps_what_the_private_folder_already_provides(tmp_path):
    deps, system = tmp_path / "deps", tmp_path / "dist-packages"
    make_package(deps, "shapely", "2.1.1")
    make_package(system, "numpy", "1.24.2")
    make_package(system, "pyproj", "3.4.1")
    report = requirements.check(path=[str(deps), str(system)], modules={})
    assert report.ok
    assert requirements.to_install(report, deps, path=[str(deps), str(system)], modules={}) == (SHAPELY,)


# --- the private folder -------------------------------------------------------------------------------

def test_the_private_folder_is_in_the_profile_outside_the_plugin_and_per_python(tmp_path):
    profile = tmp_path / "profiles" / "default"
    folder = requirements.deps_folder(profile, (3, 11))
    assert folder == profile / "python" / "masterplan_plugin_deps" / "python3.11"
    assert "plugins" not in folder.parts


def test_activate_puts_the_folder_first_and_reads_its_pth_files(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path) + [str(tmp_path / "deps")])
    monkeypatch.setattr(requirements, "_ACTIVE", [])
    deps = make_package(tmp_path / "deps", "mp-fake-dependency", "1.2.0")
    (tmp_path / "extra").mkdir()
    (deps / "extra.pth").write_text(str(tmp_path / "extra") + "\n")
    assert not requirements.activate(tmp_path / "absent")
    assert requirements.activate(deps) and requirements.activate(deps)
    assert sys.path[0] == str(deps) and sys.path.count(str(deps)) == 1
    assert str(tmp_path / "extra") in sys.path
    assert requirements.active_folders() == [str(deps)]
    assert requirements.check([FAKE], modules={}).get("mp-fake-dependency").location == str(deps)


def test_an_activated_folder_wins_over_an_older_shapely_in_a_real_python(tmp_path):
    """Debian's dist-packages come before nothing the plugin activates: a child Python shows it."""
    deps = make_package(tmp_path / "deps", "shapely", "2.1.2")
    system = make_package(tmp_path / "dist-packages", "Shapely", "1.8.5", metadata="egg-info")
    script = (
        "import sys, json\n"
        "from masterplan_plugin.dependencies import requirements as r\n"
        "before = r.check([r.SHAPELY]).get('shapely').version\n"
        f"r.activate({str(deps)!r})\n"
        "import shapely\n"
        "print(json.dumps([before, shapely.__version__, r.check([r.SHAPELY]).ok]))\n"
    )
    env = {"PYTHONPATH": f"{system}:{REPO_ROOT}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-S", "-c", script], capture_output=True, text=True, env=env,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["1.8.5", "2.1.2", True]


# --- wheel tags ---------------------------------------------------------------------------------------

def test_compressed_tag_sets_expand():
    tags = wheel_tags("shapely-2.1.2-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl")
    assert tags == {("cp311", "cp311", "manylinux2014_x86_64"), ("cp311", "cp311", "manylinux_2_17_x86_64")}
    assert wheel_tags("shapely-2.1.2.tar.gz") is None
    assert wheel_tags("pkg-1.0-1build-py2.py3-none-any.whl") == {("py2", "none", "any"),
                                                                  ("py3", "none", "any")}


def test_debians_glibc_accepts_manylinux_down_to_the_legacy_names():
    platforms = wheels.platform_tags(LINUX)
    assert platforms[0] == "manylinux_2_36_x86_64" and platforms[-1] == "linux_x86_64"
    for tag in ("manylinux_2_28_x86_64", "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"):
        assert tag in platforms
    assert platforms.index("manylinux_2_28_x86_64") < platforms.index("manylinux2014_x86_64")
    assert not any(tag.startswith("musllinux") for tag in platforms)
    assert "manylinux2014_aarch64" in wheels.platform_tags(ARM_LINUX)
    assert "manylinux2010_aarch64" not in wheels.platform_tags(ARM_LINUX)


def test_interpreter_specific_wheels_come_before_stable_abi_before_pure_python():
    tags = supported_tags(LINUX)
    specific = tags.index(("cp311", "cp311", "manylinux2014_x86_64"))
    stable = tags.index(("cp38", "abi3", "manylinux2014_x86_64"))
    pure = tags.index(("py3", "none", "any"))
    assert specific < stable < pure
    assert ("cp312", "cp312", "manylinux2014_x86_64") not in tags
    free_threaded = Platform((3, 13), "linux", "x86_64", abiflags="t", glibc=(2, 36))
    assert ("cp313", "cp313t", "manylinux_2_17_x86_64") in supported_tags(free_threaded)
    assert not any(abi == "abi3" for _, abi, _ in supported_tags(free_threaded))


def test_macos_arm_accepts_its_releases_and_universal2_wheels_of_macos_10():
    platforms = wheels.platform_tags(MAC_ARM)
    assert platforms[:2] == ["macosx_14_0_arm64", "macosx_14_0_universal2"]
    assert "macosx_11_0_arm64" in platforms and "macosx_10_9_universal2" in platforms
    assert "macosx_10_9_x86_64" not in platforms and "macosx_10_9_arm64" not in platforms
    assert "macosx_10_9_x86_64" in wheels.platform_tags(MAC_INTEL_OLD)
    assert "macosx_11_0_x86_64" not in wheels.platform_tags(MAC_INTEL_OLD)


# --- choosing the wheel in PyPI's JSON ----------------------------------------------------------------

def shapely_files(version: str, linux: str = "manylinux2014_x86_64.manylinux_2_17_x86_64", **kwargs) -> list:
    name = f"shapely-{version}"
    return [release_file(f"{name}.tar.gz")] + [
        release_file(f"{name}-{python}-{python}-{plat}.whl", sha256=f"{index:064x}",
                     requires_python=kwargs.get("requires_python", ">=3.10"))
        for index, (python, plat) in enumerate([
            ("cp311", linux), ("cp311", "manylinux2014_aarch64.manylinux_2_17_aarch64"),
            ("cp311", "musllinux_1_2_x86_64"), ("cp311", "win_amd64"), ("cp311", "win32"),
            ("cp311", "macosx_10_9_x86_64"), ("cp311", "macosx_11_0_arm64"),
            ("cp312", "manylinux2014_x86_64.manylinux_2_17_x86_64"), ("cp310", "win_amd64"),
        ], start=1)
    ]


def pypi_project(**releases) -> dict:
    return {"info": {"name": "shapely", "version": max(releases, key=Version.parse)},
            "releases": {version.replace("_", "."): files for version, files in releases.items()}}


SHAPELY_JSON = pypi_project(**{
    "1.8.5.post1": shapely_files("1.8.5.post1"),
    "2.0.7": shapely_files("2.0.7"),
    "2.1.0rc1": shapely_files("2.1.0rc1"),
    "2.1.1": shapely_files("2.1.1"),
    "2.1.2": shapely_files("2.1.2", linux="manylinux_2_28_x86_64"),  # suppose 2.1.2 needed a newer glibc
    "2.2.0": shapely_files("2.2.0"),
})


@pytest.mark.parametrize("target, filename", [
    (LINUX, "shapely-2.1.2-cp311-cp311-manylinux_2_28_x86_64.whl"),
    (OLD_LINUX, "shapely-2.1.1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl"),
    (ARM_LINUX, "shapely-2.1.2-cp311-cp311-manylinux2014_aarch64.manylinux_2_17_aarch64.whl"),
    (ALPINE, "shapely-2.1.2-cp311-cp311-musllinux_1_2_x86_64.whl"),
    (WINDOWS, "shapely-2.1.2-cp311-cp311-win_amd64.whl"),
    (WINDOWS_32, "shapely-2.1.2-cp311-cp311-win32.whl"),
    (MAC_ARM, "shapely-2.1.2-cp311-cp311-macosx_11_0_arm64.whl"),
    (MAC_INTEL_OLD, "shapely-2.1.2-cp311-cp311-macosx_10_9_x86_64.whl"),
    (Platform((3, 12), "linux", "x86_64", glibc=(2, 36)),
     "shapely-2.1.2-cp312-cp312-manylinux2014_x86_64.manylinux_2_17_x86_64.whl"),
])
def test_the_newest_2_1_wheel_this_python_can_run_is_chosen(target, filename):
    wheel = select_wheel(SHAPELY_JSON, SHAPELY, target, "https://pypi.org/pypi/shapely/json")
    assert wheel.filename == filename
    assert wheel.url == f"https://files.example.org/packages/ab/cd/{filename}"
    assert len(wheel.sha256) == 64 and wheel.version.startswith("2.1.")


@pytest.mark.parametrize("target", [ANCIENT_LINUX, OLD_ALPINE,
                                    Platform((3, 13), "linux", "x86_64", glibc=(2, 36)),
                                    Platform((3, 11), "linux", "ppc64le", glibc=(2, 36))])
def test_no_fitting_wheel_is_an_error_naming_the_platform(target):
    with pytest.raises(MasterplanError) as raised:
        select_wheel(SHAPELY_JSON, SHAPELY, target)
    assert raised.value.template == "No wheel of {package} fits this Python ({platform})."
    assert target.describe() in raised.value.message and "2.1.2" in raised.value.details


def test_yanked_files_python_constraints_sdists_and_files_without_hash_are_skipped():
    files = shapely_files("2.1.2")
    files[1] = {**files[1], "yanked": True}
    project = pypi_project(**{"2.1.1": shapely_files("2.1.1"), "2.1.2": files,
                              "2.1.3": shapely_files("2.1.3", requires_python=">=3.12")})
    assert select_wheel(project, SHAPELY, LINUX).version == "2.1.1"
    no_hash = shapely_files("2.1.1")
    no_hash[1]["digests"] = {"md5": "0" * 32}
    with pytest.raises(MasterplanError):
        select_wheel(pypi_project(**{"2.1.1": no_hash[:2]}), SHAPELY, LINUX)


def test_the_better_tag_of_one_release_wins():
    files = shapely_files("2.1.2") + [release_file("shapely-2.1.2-cp311-cp311-manylinux_2_28_x86_64.whl")]
    assert select_wheel(pypi_project(**{"2.1.2": files}), SHAPELY, LINUX).filename.endswith(
        "manylinux_2_28_x86_64.whl")
    assert select_wheel(pypi_project(**{"2.1.2": files}), SHAPELY, OLD_LINUX).filename.endswith(
        "manylinux_2_17_x86_64.whl")


def test_stable_abi_and_pure_python_wheels_and_relative_urls():
    abi3 = {"info": {"name": "pyproj"}, "releases": {"3.7.0": [
        release_file("pyproj-3.7.0-cp310-abi3-manylinux_2_28_x86_64.whl",
                     url="../../packages/packages/12/34/pyproj-3.7.0-cp310-abi3-manylinux_2_28_x86_64.whl")]}}
    wheel = select_wheel(abi3, PYPROJ, LINUX, "https://pypi.org/pypi/pyproj/json")
    assert wheel.url == ("https://pypi.org/packages/packages/12/34/"
                         "pyproj-3.7.0-cp310-abi3-manylinux_2_28_x86_64.whl")
    pure = {"info": {"name": "certifi"}, "releases": {"2024.8.30": [
        release_file("certifi-2024.8.30-py3-none-any.whl")], "2025.1.31": [
        release_file("certifi-2025.1.31-py3-none-any.whl")]}}
    for target in (LINUX, WINDOWS, MAC_ARM, ALPINE):
        assert select_wheel(pure, CERTIFI, target).version == "2025.1.31"


def test_a_single_release_json_is_read_from_its_urls():
    project = {"info": {"name": "shapely", "version": "2.1.1"}, "urls": shapely_files("2.1.1")}
    assert select_wheel(project, SHAPELY, WINDOWS).filename == "shapely-2.1.1-cp311-cp311-win_amd64.whl"


def test_the_running_interpreter_is_described():
    here = wheels.current_platform()
    assert here.python == sys.version_info[:2]
    if sys.platform.startswith("linux"):
        assert here.system == "linux" and (here.glibc or here.musl)
    assert supported_tags(here)


# --- installing (offline: real wheels made here, QGIS's Python = this one) -----------------------------

def collect_progress():
    steps = []
    return steps, lambda percent, step: steps.append((percent, step))


@pytest.fixture()
def wheelhouse(tmp_path) -> Path:
    folder = tmp_path / "wheelhouse"
    make_wheel(folder, "mp-fake-dependency", "1.1.0")
    make_wheel(folder, "mp-fake-dependency", "1.2.0")
    make_wheel(folder, "mp-fake-dependency", "1.3.0")
    return folder


@pytest.mark.parametrize("method", ["pip", "download"])
def test_install_puts_the_package_in_the_folder_by_either_method(tmp_path, wheelhouse, method):
    folder = tmp_path / "profile" / "python" / "masterplan_plugin_deps" / "python3.11"
    steps, progress = collect_progress()
    result = install.install(folder, [FAKE], progress, lambda: False,
                             install.Settings(wheelhouse=wheelhouse, method=method), python=sys.executable)
    assert result.method == method and result.versions["mp_fake_dependency"] == "1.2.0"
    assert (folder / "mp_fake_dependency" / "__init__.py").is_file()
    assert [p.name for p in folder.glob("*.dist-info")] == ["mp_fake_dependency-1.2.0.dist-info"]
    assert result.numpy and "numpy" not in result.versions and not (folder / "numpy").exists()  # untouched
    assert sorted(p.name for p in folder.parent.iterdir()) == ["python3.11"]  # no staging left
    percents = [percent for percent, _ in steps]
    assert percents == sorted(percents) and percents[-1] == 100 and steps[-1][1] == "done"
    assert "check" in {step for _, step in steps}


def test_pip_is_called_with_target_no_deps_and_binaries_only(tmp_path):
    command = install.pip_command("/usr/bin/python3", tmp_path, [SHAPELY, PYPROJ],
                                  install.Settings(wheelhouse=tmp_path / "wheels"))
    assert command[:4] == ["/usr/bin/python3", "-m", "pip", "install"]
    for flag in ("--no-deps", "--target", "--only-binary", "--no-index"):
        assert flag in command
    assert command[-2:] == ["shapely>=2.1,<2.2", "pyproj>=3.3"] and "numpy" not in " ".join(command)
    assert "--no-index" not in install.pip_command("python", tmp_path, [SHAPELY], install.Settings())


def test_a_new_installation_replaces_the_folder_and_a_failed_one_keeps_it(tmp_path, wheelhouse):
    folder = tmp_path / "deps" / "python3.11"
    settings = install.Settings(wheelhouse=wheelhouse, method="download")
    install.install(folder, [FAKE], lambda *a: None, lambda: False, settings, python=sys.executable)
    (folder / "stale.txt").write_text("from the previous installation")
    install.install(folder, [FAKE], lambda *a: None, lambda: False, settings, python=sys.executable)
    assert not (folder / "stale.txt").exists()
    broken = tmp_path / "broken"
    make_wheel(broken, "mp-fake-dependency", "1.2.5", body="raise ImportError('needs numpy 3')\n")
    with pytest.raises(MasterplanError) as raised:
        install.install(folder, [FAKE], lambda *a: None, lambda: False,
                        install.Settings(wheelhouse=broken, method="download"), python=sys.executable)
    assert raised.value.template == "The installed packages do not work with QGIS's Python."
    assert "needs numpy 3" in raised.value.details
    assert (folder / "mp_fake_dependency-1.2.0.dist-info").is_dir()
    assert sorted(p.name for p in folder.parent.iterdir()) == ["python3.11"]


def test_a_wheel_of_the_wrong_version_is_refused(tmp_path):
    wrong = tmp_path / "wrong"
    make_wheel(wrong, "mp-fake-dependency", "1.2.0")
    impostor = Requirement("mp-fake-dependency", ">=9", "mp_fake_dependency")
    with pytest.raises(MasterplanError):  # nothing in the wheelhouse satisfies >=9
        install.install(tmp_path / "deps", [impostor], lambda *a: None, lambda: False,
                        install.Settings(wheelhouse=wrong, method="download"), python=sys.executable)
    with pytest.raises(MasterplanError) as raised:
        install.verify(sys.executable, make_package(tmp_path / "staging", "mp-fake-dependency", "1.2.0"),
                       [impostor])
    assert "does not satisfy" in raised.value.details


def test_cancelling_changes_nothing(tmp_path, wheelhouse):
    folder = tmp_path / "deps" / "python3.11"
    calls = []

    def cancelled_after_the_pip_probe():
        calls.append(1)
        return True

    with pytest.raises(install.InstallCancelled):
        install.install(folder, [FAKE], lambda *a: None, cancelled_after_the_pip_probe,
                        install.Settings(wheelhouse=wheelhouse, method="pip"), python=sys.executable)
    assert calls and not folder.exists() and list(folder.parent.iterdir()) == []


def test_a_download_whose_sha256_differs_is_refused_and_removed(tmp_path):
    path = make_wheel(tmp_path / "wheels", "mp-fake-dependency", "1.2.0")
    good = install.wheelhouse_project(tmp_path / "wheels", "mp-fake-dependency")
    entry = good["releases"]["1.2.0"][0]
    assert entry["digests"]["sha256"] == sha256_of(path) and entry["url"].startswith("file://")
    wheel = wheels.Wheel("mp-fake-dependency", "1.2.0", path.name, entry["url"], "f" * 64, None)
    (tmp_path / "downloads").mkdir()
    with pytest.raises(MasterplanError) as raised:
        install.download(wheel, tmp_path / "downloads", lambda fraction: None, lambda: False)
    assert raised.value.template == "The downloaded file {file} is damaged (its checksum differs)."
    assert list((tmp_path / "downloads").iterdir()) == []
    ok = install.download(wheels.Wheel("x", "1.2.0", path.name, entry["url"], sha256_of(path), None),
                          tmp_path / "downloads", lambda fraction: None, lambda: False)
    assert ok.read_bytes() == path.read_bytes()


def test_unpacking_refuses_paths_outside_the_folder_and_merges_data_folders(tmp_path):
    evil = make_wheel(tmp_path / "evil", "mp-fake-dependency", "1.2.0", extra={"../escaped.py": "x = 1\n"})
    with pytest.raises(MasterplanError):
        install.extract_wheel(evil, tmp_path / "target")
    assert not (tmp_path / "escaped.py").exists()
    data = make_wheel(tmp_path / "data", "mp-fake-dependency", "1.2.0", extra={
        "mp_fake_dependency-1.2.0.data/platlib/mp_fake_native.py": "x = 1\n",
        "mp_fake_dependency-1.2.0.data/scripts/mp-fake": "#!python\n"})
    install.extract_wheel(data, tmp_path / "target2")
    assert (tmp_path / "target2" / "mp_fake_native.py").is_file()
    assert not list((tmp_path / "target2").rglob("mp-fake"))
    assert (tmp_path / "target2" / "mp_fake_dependency-1.2.0.dist-info" / "INSTALLER").is_file()


def test_settings_come_from_the_environment():
    settings = install.Settings.from_environment({install.WHEELHOUSE_ENV: "/srv/wheels",
                                                  install.METHOD_ENV: "Download",
                                                  install.INDEX_URL_ENV: "http://127.0.0.1:8080/pypi/"})
    assert settings == install.Settings("http://127.0.0.1:8080/pypi", Path("/srv/wheels"), "download")
    assert install.Settings.from_environment({}) == install.Settings()
    assert install.project_url(install.Settings(), "shapely") == "https://pypi.org/pypi/shapely/json"
    with pytest.raises(MasterplanError):
        install.Settings.from_environment({install.METHOD_ENV: "conda"})


def test_the_dependency_modules_import_nothing_but_the_standard_library():
    script = (
        "import sys\n"
        "import masterplan_plugin.dependencies.install, masterplan_plugin.dependencies.wheels\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'osgeo', 'shapely',"
        " 'pyproj', 'numpy'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_without_pip_the_installation_downloads_the_wheel(tmp_path, wheelhouse):
    """A Python without pip (as Debian's QGIS without python3-pip): found out, and the other way taken."""
    venv = tmp_path / "no-pip"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   capture_output=True)
    python = str(venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python"))
    assert not install.pip_available(python) and install.pip_available(sys.executable)
    folder = tmp_path / "deps" / "python3.11"
    result = install.install(folder, [FAKE], lambda *a: None, lambda: False,
                             install.Settings(wheelhouse=wheelhouse), python=python)
    assert result.method == "download" and result.versions == {"mp_fake_dependency": "1.2.0"}
