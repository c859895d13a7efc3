"""What the plugin needs from QGIS's Python, whether it is there, and where the plugin keeps its own copy.

Detection never imports a package that is not imported yet: the module is located with the import system's
path finder and its version read from the distribution metadata next to it. So checking does not load
Debian's shapely 1.8 into QGIS, which would then stay in memory and shadow a newer copy until QGIS restarts.
A package that *is* already imported is judged by the imported module itself: that is the one the plugin
would get.

The private folder (``deps_folder``) lies in the QGIS profile, outside the plugin folder, so updating or
reinstalling the plugin keeps it; one per Python version, since compiled wheels are made for one.
``activate`` puts it first on ``sys.path`` — ahead of the system's site-packages, so it wins over an older
system shapely — and ``active_folders`` tells the worker processes to do the same (``PYTHONPATH``).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.metadata
import logging
import os
import re
import shutil
import site
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import MasterplanError

LOG = logging.getLogger(__name__)

FOLDER_NAME = "masterplan_plugin_deps"


# --- versions and specifiers (the subset of PEP 440 that requirements and PyPI metadata use) --------------

_VERSION = re.compile(
    r"^\s*v?(?:\d+!)?(?P<release>\d+(?:\.\d+)*)"
    r"(?:[-_.]?(?P<pre>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?P<pre_n>\d*))?"
    r"(?:(?:[-_.]?(?:post|rev|r)[-_.]?(?P<post>\d*))|-(?P<post_implicit>\d+))?"
    r"(?:[-_.]?dev[-_.]?(?P<dev>\d*))?"
    r"(?:\+[a-z0-9.]*)?\s*$",
    re.IGNORECASE,
)
_PRE_RANK = {"a": 0, "alpha": 0, "b": 1, "beta": 1, "c": 2, "rc": 2, "pre": 2, "preview": 2}
_CLAUSE = re.compile(r"^\s*(~=|===|==|!=|<=|>=|<|>)\s*([^\s,;]+)\s*$")


@dataclass(frozen=True, order=True)
class Version:
    """A comparable version: ``Version.parse("2.1.0rc1") < Version.parse("2.1")``."""

    key: tuple
    text: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> Version | None:
        """None for what is no version (a legacy or local string PyPI may still list)."""
        match = _VERSION.match(str(text))
        if match is None:
            return None
        release = tuple(int(part) for part in match["release"].split("."))
        while len(release) > 1 and release[-1] == 0:
            release = release[:-1]
        post = match["post"] if match["post"] is not None else match["post_implicit"]
        dev = match["dev"]
        if match["pre"]:
            pre = (0, _PRE_RANK[match["pre"].lower()], int(match["pre_n"] or 0))
        elif dev is not None and post is None:
            pre = (-1, 0, 0)  # 2.1.dev1 comes before 2.1a1
        else:
            pre = (1, 0, 0)
        key = (release, pre, int(post or 0) if post is not None else -1,
               int(dev or 0) if dev is not None else float("inf"))
        return cls(key, str(text).strip())

    @property
    def release(self) -> tuple[int, ...]:
        return self.key[0]

    @property
    def is_prerelease(self) -> bool:
        return self.key[1][0] < 1 or self.key[3] != float("inf")

    def __str__(self) -> str:
        return self.text


def _release_prefix(release: tuple[int, ...], length: int) -> tuple[int, ...]:
    return (release + (0,) * length)[:length]


def _clause_matches(version: Version, operator: str, target_text: str) -> bool:
    if operator in ("==", "!=") and target_text.endswith(".*"):
        prefix = tuple(int(part) for part in target_text[:-2].split("."))
        equal = _release_prefix(version.release, len(prefix)) == prefix
        return equal if operator == "==" else not equal
    if operator == "===":
        return version.text == target_text
    target = Version.parse(target_text)
    if target is None:
        raise ValueError(f"not a version: {target_text!r}")
    if operator == "~=":  # ~=2.1.3 means >=2.1.3, ==2.1.*
        parts = target_text.split(".")
        prefix = tuple(int(re.match(r"\d+", part)[0]) for part in parts[:-1])
        return version >= target and _release_prefix(version.release, len(prefix)) == prefix
    return {
        "==": version.key == target.key,
        "!=": version.key != target.key,
        "<=": version <= target,
        ">=": version >= target,
        # PEP 440: <2.2 does not admit 2.2's own pre-releases, >2.1 not 2.1's post-releases.
        "<": version < target and not (version.is_prerelease and version.release == target.release
                                       and not target.is_prerelease),
        ">": version > target,
    }[operator]


def specifier_contains(specifier: str, version: str | Version) -> bool:
    """Whether ``version`` satisfies ``specifier`` (``">=2.1,<2.2"``; empty means any version)."""
    parsed = version if isinstance(version, Version) else Version.parse(version)
    if parsed is None:
        return False
    for clause in filter(None, (part.strip() for part in (specifier or "").split(","))):
        match = _CLAUSE.match(clause)
        if match is None:
            raise ValueError(f"not a version specifier: {clause!r}")
        if not _clause_matches(parsed, match[1], match[2]):
            return False
    return True


# --- what the plugin needs ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Requirement:
    """A distribution the plugin imports: its PyPI name, accepted versions and import name.

    ``installable`` is False for what the plugin must never install itself (numpy: QGIS's GDAL is built
    against the system's numpy, and shapely's wheels accept numpy 1.21 and later). ``needs`` names
    distributions the wheel imports at run time (installed too when they are missing; installs are made
    with ``--no-deps`` so that pip never replaces numpy).
    """

    name: str
    specifier: str
    module: str
    installable: bool = True
    needs: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.name}{self.specifier}"


NUMPY = Requirement("numpy", ">=1.21", "numpy", installable=False)
SHAPELY = Requirement("shapely", ">=2.1,<2.2", "shapely")
PYPROJ = Requirement("pyproj", ">=3.3", "pyproj", needs=("certifi",))
CERTIFI = Requirement("certifi", "", "certifi")

# What the plugin's core and adapters import besides the standard library and QGIS (GDAL comes with QGIS).
REQUIREMENTS: tuple[Requirement, ...] = (NUMPY, SHAPELY, PYPROJ)
# Run-time dependencies of those, by name: checked only when the package needing them is installed.
RUNTIME_DEPENDENCIES: dict[str, Requirement] = {"certifi": CERTIFI}


@dataclass(frozen=True)
class Found:
    """What QGIS's Python has for one requirement."""

    requirement: Requirement
    version: str | None = None  # None: not found (or found without a readable version)
    location: str | None = None  # the folder of sys.path it comes (or would come) from
    loaded: bool = False  # already imported in this process: that copy stays until QGIS restarts

    @property
    def present(self) -> bool:
        return self.location is not None

    @property
    def satisfied(self) -> bool:
        return self.version is not None and specifier_contains(self.requirement.specifier, self.version)

    @property
    def needs_restart(self) -> bool:
        """An unsuitable copy is in memory: installing another one only helps after a restart."""
        return self.loaded and not self.satisfied

    def in_folder(self, folder: str | Path) -> bool:
        return self.location is not None and _same_path(self.location, folder)


@dataclass(frozen=True)
class Report:
    """The state of every requirement: ``ok`` when the plugin can start."""

    found: tuple[Found, ...]

    @property
    def ok(self) -> bool:
        return all(item.satisfied for item in self.found)

    @property
    def unsatisfied(self) -> tuple[Found, ...]:
        return tuple(item for item in self.found if not item.satisfied)

    @property
    def installable(self) -> bool:
        """Everything unsatisfied can be installed by the plugin (numpy cannot)."""
        return all(item.requirement.installable for item in self.unsatisfied)

    @property
    def needs_restart(self) -> tuple[Found, ...]:
        return tuple(item for item in self.found if item.needs_restart)

    def get(self, name: str) -> Found:
        return next(item for item in self.found if item.requirement.name == name)

    def summary(self) -> str:
        """One line for logs: ``shapely>=2.1,<2.2: missing; pyproj>=3.3: 3.4.1 (/usr/lib/…)``."""
        return "; ".join(f"{item.requirement}: {item.version or 'missing'}"
                         + (f" ({item.location})" if item.location else "") for item in self.found)


def _same_path(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
    except (OSError, ValueError):
        return False


def _entry_of(origin: str | None, search_locations: Sequence[str] | None, module: str) -> str | None:
    """The sys.path folder a module comes from: ``<entry>/shapely/`` (a package) or ``<entry>/six.py``."""
    depth = module.count(".")
    if search_locations:
        return str(Path(next(iter(search_locations))).parents[depth])
    if origin and origin not in ("built-in", "frozen"):
        return str(Path(origin).parents[depth])
    return None


def _metadata_version(name: str, entry: str | None) -> str | None:
    """The version in the distribution metadata (dist-info, egg-info) of ``name`` inside ``entry``."""
    if entry is None:
        return None
    try:
        distribution = next(iter(importlib.metadata.distributions(name=name, path=[entry])), None)
    except Exception:  # noqa: BLE001 - broken metadata is no version, never a crash at QGIS start
        LOG.debug("Unreadable metadata of %s in %s", name, entry, exc_info=True)
        return None
    return distribution.version if distribution is not None else None


def locate(requirement: Requirement, path: Sequence[str] | None = None,
           modules: Mapping[str, object] | None = None) -> Found:
    """Find ``requirement`` as ``import`` would, on ``path`` (default ``sys.path``), without importing it."""
    modules = sys.modules if modules is None else modules
    module = modules.get(requirement.module)
    if module is not None:
        entry = _entry_of(getattr(module, "__file__", None), list(getattr(module, "__path__", None) or []),
                          requirement.module)
        version = getattr(module, "__version__", None) or _metadata_version(requirement.name, entry)
        return Found(requirement, str(version) if version else None, entry, loaded=True)
    try:
        spec = importlib.machinery.PathFinder.find_spec(requirement.module,
                                                        list(sys.path if path is None else path))
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return Found(requirement)
    entry = _entry_of(spec.origin, spec.submodule_search_locations, requirement.module)
    return Found(requirement, _metadata_version(requirement.name, entry), entry)


def check(requirements: Iterable[Requirement] | None = None, path: Sequence[str] | None = None,
          modules: Mapping[str, object] | None = None) -> Report:
    """The state of every requirement (default ``REQUIREMENTS``), as QGIS's Python would import them now."""
    requirements = REQUIREMENTS if requirements is None else requirements
    return Report(tuple(locate(requirement, path, modules) for requirement in requirements))


def to_install(report: Report, folder: str | Path, path: Sequence[str] | None = None,
               modules: Mapping[str, object] | None = None) -> tuple[Requirement, ...]:
    """What an installation into ``folder`` must hold.

    The folder is rebuilt as a whole, so it gets the unsatisfied installable requirements, what the
    folder already provides (kept), and the run-time dependencies of those that are not found elsewhere.
    """
    chosen = [item.requirement for item in report.found
              if item.requirement.installable and (not item.satisfied or item.in_folder(folder))]
    for requirement in list(chosen):
        for name in requirement.needs:
            dependency = RUNTIME_DEPENDENCIES[name]
            found = locate(dependency, path, modules)
            if dependency not in chosen and (not found.satisfied or found.in_folder(folder)):
                chosen.append(dependency)
    return tuple(chosen)


# --- the plugin's private folder ------------------------------------------------------------------------

def python_tag(version_info: Sequence[int] | None = None) -> str:
    major, minor = (version_info or sys.version_info)[:2]
    return f"python{major}.{minor}"


def deps_folder(settings_dir: str | Path, version_info: Sequence[int] | None = None) -> Path:
    """``<QGIS profile>/python/masterplan_plugin_deps/python3.11``: outside the plugin folder (plugin
    updates keep it), one per Python version (compiled wheels are made for one)."""
    return Path(settings_dir) / "python" / FOLDER_NAME / python_tag(version_info)


_ACTIVE: list[str] = []


def activate(folder: str | Path) -> bool:
    """Put ``folder`` first on ``sys.path`` (before the system's site-packages, so its shapely wins over
    Debian's), read its ``.pth`` files and forget cached directory listings. False when it does not exist.

    The entry stays for the rest of the session, also after the plugin is unloaded: modules imported from
    it stay in memory anyway, and loading the plugin again activates the same folder.
    """
    folder = os.path.normpath(str(folder))
    if not os.path.isdir(folder):
        return False
    if folder in sys.path:
        sys.path.remove(folder)
    sys.path.insert(0, folder)
    site.addsitedir(folder)  # .pth files only: the folder is already on sys.path, so not appended again
    importlib.invalidate_caches()
    if folder not in _ACTIVE:
        _ACTIVE.append(folder)
        LOG.info("Python packages of the plugin: %s", folder)
    return True


def active_folders() -> list[str]:
    """The folders ``activate`` put on ``sys.path``: child Python processes need them on ``PYTHONPATH``."""
    return [folder for folder in _ACTIVE if os.path.isdir(folder)]


def python_executable() -> str:
    """The Python interpreter QGIS embeds, as a program (``sys.executable`` may name QGIS, or a shim)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    prefix = Path(sys.exec_prefix)
    candidates = [prefix / "bin" / f"python{version}", prefix / "bin" / "python3", prefix / "python.exe",
                  prefix / "python3.exe"]
    if Path(sys.executable).name.lower().startswith("python"):
        candidates.append(Path(sys.executable))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("python3") or shutil.which("python")
    if found is None:
        raise MasterplanError("No Python interpreter found to run the plan worker.", sys.exec_prefix)
    return found
