"""Install the missing packages into the plugin's private folder, with QGIS's own Python.

Two ways, one result:

- **pip** (when QGIS's Python has it): ``python -m pip install --target STAGING --no-deps --only-binary
  :all: "shapely>=2.1,<2.2" …``. ``--target`` installs outside every site-packages, which is why Debian's
  "externally managed" refusal (PEP 668) does not apply; ``--no-deps`` keeps pip away from numpy (a wheel
  pulling numpy 2 would break Debian's GDAL, built against numpy 1.24); ``--only-binary`` because a planner's
  machine has no compiler and no GEOS headers.
- **download** (no pip, as with Debian's QGIS without python3-pip): PyPI's JSON API names the files, the
  best wheel for this Python is chosen (``wheels.select_wheel``), downloaded, its sha256 checked against
  PyPI's, and unpacked.

Either way the packages go into a new staging folder beside the private folder; a child Python imports them
from there (with the system's numpy, as the plugin will); only then does the staging folder replace the
private folder by renaming. A failed, cancelled or broken installation leaves the previous folder as it was.

Offline or behind a mirror: ``MASTERPLAN_DEPS_WHEELHOUSE=/folder/of/wheels`` makes both ways use local
wheels only (pip ``--no-index --find-links``); ``MASTERPLAN_DEPS_INDEX_URL`` names another PyPI-like JSON
API (default ``https://pypi.org/pypi``); ``MASTERPLAN_DEPS_METHOD=pip|download`` forces one way.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..core.errors import MasterplanError
from .child_process import follow
from .requirements import Requirement, python_executable, specifier_contains
from .wheels import Platform, Wheel, current_platform, select_wheel, wheel_tags

LOG = logging.getLogger(__name__)

INDEX_URL_ENV = "MASTERPLAN_DEPS_INDEX_URL"
WHEELHOUSE_ENV = "MASTERPLAN_DEPS_WHEELHOUSE"
METHOD_ENV = "MASTERPLAN_DEPS_METHOD"
DEFAULT_INDEX_URL = "https://pypi.org/pypi"
METHODS = ("pip", "download")
TIMEOUT_S = 60
CHUNK = 256 * 1024

# progress(percent, step): step is "probe" (looking for pip), "pip", "index:<name>", "download:<name>",
# "unpack:<name>", "check" (the import test) or "done"; the dialog translates it.
Progress = Callable[[float, str], None]
IsCancelled = Callable[[], bool]


class InstallCancelled(Exception):
    """The user cancelled: nothing was changed."""


@dataclass(frozen=True)
class InstallResult:
    folder: Path
    method: str  # "pip" or "download"
    versions: dict[str, str]  # import name -> version, as imported from the folder by a child Python
    files: tuple[str, ...] = field(default=())  # the wheels used (download) or pip's summary line
    numpy: str = ""  # the system's numpy they were tested with (never installed by the plugin)


@dataclass(frozen=True)
class Settings:
    """Where packages come from: the environment variables above, read once per installation."""

    index_url: str = DEFAULT_INDEX_URL
    wheelhouse: Path | None = None
    method: str | None = None  # None: pip when QGIS's Python has it, download otherwise

    @classmethod
    def from_environment(cls, environ: dict | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        method = (environ.get(METHOD_ENV) or "").strip().lower() or None
        if method not in (None, *METHODS):
            raise MasterplanError("Unknown installation method {method}.", f"{METHOD_ENV}={method}",
                                  method=method)
        wheelhouse = (environ.get(WHEELHOUSE_ENV) or "").strip()
        return cls((environ.get(INDEX_URL_ENV) or "").strip().rstrip("/") or DEFAULT_INDEX_URL,
                   Path(wheelhouse) if wheelhouse else None, method)


def pip_available(python: str) -> bool:
    """Whether ``python -m pip`` works (Debian's QGIS does not depend on python3-pip)."""
    try:
        done = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, text=True,
                              timeout=TIMEOUT_S, env=_child_environment(), **_no_window())
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def install(folder: str | Path, requirements: Sequence[Requirement], progress: Progress,
            is_cancelled: IsCancelled, settings: Settings | None = None, python: str | None = None,
            target: Platform | None = None) -> InstallResult:
    """Install ``requirements`` into ``folder`` (which is replaced as a whole); see the module docstring."""
    folder = Path(folder)
    settings = settings or Settings.from_environment()
    python = python or python_executable()
    requirements = [requirement for requirement in requirements if requirement.installable]
    if not requirements:
        raise MasterplanError("Nothing to install.")
    folder.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(folder.parent)
    progress(1, "probe")
    method = settings.method or ("pip" if pip_available(python) else "download")
    LOG.info("Installing %s into %s (%s)", ", ".join(map(str, requirements)), folder, method)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=folder.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the folder it becomes is an ordinary one
    try:
        if method == "pip":
            files = _pip_install(python, staging, requirements, settings, progress, is_cancelled)
        else:
            files = _download_install(staging, requirements, settings, target or current_platform(),
                                      progress, is_cancelled)
        if is_cancelled():
            raise InstallCancelled()
        progress(92, "check")
        versions = verify(python, staging, requirements)
        numpy = versions.pop("numpy", "") if all(r.module != "numpy" for r in requirements) else ""
        if is_cancelled():
            raise InstallCancelled()
        replace_folder(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress(100, "done")
    LOG.info("Installed into %s: %s (with numpy %s)", folder,
             ", ".join(f"{name} {version}" for name, version in versions.items()), numpy)
    return InstallResult(folder, method, versions, tuple(files), numpy)


# --- pip ------------------------------------------------------------------------------------------------

def pip_command(python: str, staging: Path, requirements: Sequence[Requirement],
                settings: Settings) -> list[str]:
    command = [python, "-m", "pip", "install", "--target", str(staging), "--no-deps",
               "--only-binary", ":all:", "--no-input", "--disable-pip-version-check",
               "--no-warn-script-location", "--progress-bar", "off"]
    if settings.wheelhouse is not None:
        command += ["--no-index", "--find-links", str(settings.wheelhouse)]
    return command + [str(requirement) for requirement in requirements]


# pip's output lines and how far they mean it has come
_PIP_STEPS = (("Collecting", 15), ("Downloading", 30), ("Processing", 40), ("Using cached", 40),
              ("Installing collected packages", 75), ("Successfully installed", 90))


def _pip_install(python: str, staging: Path, requirements: Sequence[Requirement], settings: Settings,
                 progress: Progress, is_cancelled: IsCancelled) -> list[str]:
    command = pip_command(python, staging, requirements, settings)
    LOG.info("Running %s", " ".join(command))
    progress(5, "pip")
    reached = [5.0]  # pip reports a step per package: the bar never goes back

    def on_line(line: str) -> None:
        for prefix, percent in _PIP_STEPS:
            if line.startswith(prefix):
                reached[0] = max(reached[0], percent)
                progress(reached[0], "pip")
                return

    lines = _run(command, is_cancelled, on_line)
    summary = [line for line in lines if line.startswith("Successfully installed")]
    return summary or lines[-1:]


def _run(command: list[str], is_cancelled: IsCancelled, on_line: Callable[[str], None],
         env: dict | None = None) -> list[str]:
    """Run a child process, following its output and stopping it on cancel; its output lines."""
    output: list[str] = []

    def collect(line: str) -> None:
        line = line.rstrip()
        if line:
            output.append(line)
            LOG.debug("%s", line)
            on_line(line)

    returncode = follow(command, collect, is_cancelled, InstallCancelled, env=env or _child_environment())
    if returncode != 0:
        raise MasterplanError("pip could not install the packages.", "\n".join(output[-30:]))
    return output


def _child_environment() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # pip and the import test see QGIS's Python as the plugin does
    env["PIP_REQUIRE_VIRTUALENV"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _no_window() -> dict:
    return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}


# --- download from PyPI's JSON API ----------------------------------------------------------------------

def project_url(settings: Settings, name: str) -> str:
    return f"{settings.index_url}/{urllib.parse.quote(name)}/json"


def _download_install(staging: Path, requirements: Sequence[Requirement], settings: Settings,
                      target: Platform, progress: Progress, is_cancelled: IsCancelled) -> list[str]:
    files = []
    share = 85.0 / len(requirements)
    for index, requirement in enumerate(requirements):
        start = 5 + index * share
        progress(start, f"index:{requirement.name}")
        if settings.wheelhouse is not None:
            project, base = wheelhouse_project(settings.wheelhouse, requirement.name), ""
        else:
            base = project_url(settings, requirement.name)
            project = json.loads(_fetch(base, is_cancelled).decode("utf-8"))
        wheel = select_wheel(project, requirement, target, base)
        LOG.info("%s: %s", requirement, wheel.filename)

        def step(fraction: float, name: str = requirement.name, start: float = start) -> None:
            progress(start + share * (0.1 + 0.8 * fraction), f"download:{name}")

        path = download(wheel, staging.parent, step, is_cancelled)
        try:
            progress(start + share * 0.95, f"unpack:{requirement.name}")
            extract_wheel(path, staging)
        finally:
            path.unlink(missing_ok=True)
        files.append(wheel.filename)
    return files


def wheelhouse_project(folder: Path, name: str) -> dict:
    """A folder of wheel files described as PyPI's JSON would describe them (sha256 computed here)."""
    normal = _normalise(name)
    releases: dict[str, list[dict]] = {}
    for path in sorted(Path(folder).glob("*.whl")):
        if wheel_tags(path.name) is None or _normalise(path.name.split("-")[0]) != normal:
            continue
        releases.setdefault(path.name.split("-")[1], []).append({
            "filename": path.name, "url": path.resolve().as_uri(), "packagetype": "bdist_wheel",
            "digests": {"sha256": _sha256(path)}, "size": path.stat().st_size, "yanked": False,
            "requires_python": None,
        })
    return {"info": {"name": name}, "releases": releases}


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _ssl_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    try:  # some QGIS builds' Pythons find no system certificates; pyproj brings certifi
        import certifi

        context.load_verify_locations(certifi.where())
    except (ImportError, OSError):
        pass
    return context


def _open(url: str):
    request = urllib.request.Request(url, headers={"User-Agent": "masterplan_plugin (QGIS plugin)"})
    scheme = urllib.parse.urlparse(url).scheme
    try:
        return urllib.request.urlopen(request, timeout=TIMEOUT_S,
                                      context=_ssl_context() if scheme == "https" else None)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise MasterplanError("{url} could not be reached.", str(error), url=url) from error


def _fetch(url: str, is_cancelled: IsCancelled) -> bytes:
    if is_cancelled():
        raise InstallCancelled()
    with _open(url) as response:
        return response.read()


def download(wheel: Wheel, folder: Path, progress: Callable[[float], None],
             is_cancelled: IsCancelled) -> Path:
    """Download ``wheel`` into ``folder``; its path once its sha256 (and size) match PyPI's."""
    handle, name = tempfile.mkstemp(prefix=".download-", suffix=".whl", dir=folder)
    path = Path(name)
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(handle, "wb") as output, _open(wheel.url) as response:
            total = wheel.size or int(response.headers.get("Content-Length") or 0)
            last = 0.0
            while True:
                if is_cancelled():
                    raise InstallCancelled()
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                output.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                if total and time.monotonic() - last > 0.2:
                    last = time.monotonic()
                    progress(min(1.0, size / total))
        if digest.hexdigest() != wheel.sha256 or (wheel.size and size != wheel.size):
            raise MasterplanError("The downloaded file {file} is damaged (its checksum differs).",
                                  f"sha256 {digest.hexdigest()}, expected {wheel.sha256}; {size} bytes",
                                  file=wheel.filename)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    progress(1.0)
    return path


def extract_wheel(path: Path, target: Path) -> None:
    """Unpack a wheel as pip ``--target`` does: its packages and ``.dist-info`` at the top of ``target``,
    ``<name>.data/purelib|platlib`` merged there, scripts and data files left out."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            parts = PurePosixPath(info.filename.replace("\\", "/")).parts
            if not parts or info.filename.startswith("/") or ".." in parts or ":" in parts[0]:
                raise MasterplanError("The downloaded file {file} is damaged (unsafe paths).", info.filename,
                                      file=path.name)
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue
                parts = parts[2:]
            destination = target.joinpath(*parts)
            if info.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(destination, "wb") as output:
                shutil.copyfileobj(source, output)
            if (info.external_attr >> 16) & 0o111:
                destination.chmod(0o755)
    for dist_info in target.glob("*.dist-info"):
        (dist_info / "INSTALLER").write_text("masterplan_plugin\n", encoding="utf-8")


# --- check, then swap -----------------------------------------------------------------------------------

_PROBE = """
import importlib, json, sys
modules = json.loads(sys.argv[1])
found = {}
for name in modules:
    module = importlib.import_module(name)
    found[name] = {"version": str(getattr(module, "__version__", "")), "file": str(module.__file__)}
try:
    import numpy
    found["numpy"] = {"version": numpy.__version__, "file": numpy.__file__}
except ImportError:  # a package that needs it fails above; one that does not is fine without
    pass
if "shapely" in found:
    from shapely import wkt
    wkt.loads("POLYGON ((0 0, 1 0, 1 1, 0 0))").buffer(1.0)  # GEOS loads and works
if "pyproj" in found:
    import pyproj
    pyproj.Transformer.from_crs(4326, 3035, always_xy=True).transform(6.0, 49.5)
print("VERSIONS " + json.dumps(found))
"""


def verify(python: str, folder: Path, requirements: Sequence[Requirement]) -> dict[str, str]:
    """Import the packages from ``folder`` in a child Python (the system's numpy beside them) and return
    their versions; raises when one does not import, comes from elsewhere or has the wrong version."""
    env = _child_environment()
    env["PYTHONPATH"] = str(folder)
    command = [python, "-c", _PROBE, json.dumps([requirement.module for requirement in requirements])]
    try:
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace",
                              timeout=120, env=env, **_no_window())
    except (OSError, subprocess.SubprocessError) as error:
        raise MasterplanError("The installed packages do not work with QGIS's Python.", str(error)) from error
    line = next((line for line in done.stdout.splitlines() if line.startswith("VERSIONS ")), None)
    if done.returncode != 0 or line is None:
        raise MasterplanError("The installed packages do not work with QGIS's Python.",
                              (done.stderr or done.stdout)[-3000:])
    found = json.loads(line[len("VERSIONS "):])
    problems = []
    for requirement in requirements:
        item = found[requirement.module]
        if not Path(item["file"]).resolve().is_relative_to(folder.resolve()):
            problems.append(f"{requirement.module} imported from {item['file']}")
        elif requirement.specifier and not specifier_contains(requirement.specifier, item["version"]):
            problems.append(f"{requirement.module} {item['version']} does not satisfy {requirement}")
    if problems:
        raise MasterplanError("The installed packages do not work with QGIS's Python.", "; ".join(problems))
    return {name: item["version"] for name, item in found.items()}


def replace_folder(staging: Path, folder: Path) -> None:
    """Put ``staging`` in place of ``folder`` by renaming (the previous folder is removed afterwards)."""
    old = None
    if folder.exists():
        old = folder.with_name(f".old-{folder.name}-{uuid.uuid4().hex[:8]}")
        try:
            os.replace(folder, old)
        except OSError as error:  # Windows: a DLL of the folder is loaded in this QGIS
            raise MasterplanError("The folder {folder} is in use: restart QGIS, then install again.",
                                  str(error), folder=str(folder)) from error
    try:
        os.replace(staging, folder)
    except OSError:
        if old is not None:
            os.replace(old, folder)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers(root: Path) -> None:
    """Staging folders and downloads of an installation QGIS did not finish (it crashed or was killed)."""
    for path in root.glob(".staging-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in root.glob(".old-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in root.glob(".download-*"):
        path.unlink(missing_ok=True)

