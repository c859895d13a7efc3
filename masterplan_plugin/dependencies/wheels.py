"""Which wheel of a PyPI project QGIS's Python can use: the tags it accepts and the choice of one file.

Used where QGIS's Python has no pip (Debian's QGIS does not depend on python3-pip): the plugin then reads
PyPI's JSON API (``https://pypi.org/pypi/<name>/json``) and picks, as pip would, the newest release that
satisfies the requirement and the running Python (``requires_python``, no pre-release, no yanked file), and
of its wheels the one whose tags the interpreter ranks best: ``cp311-cp311`` before ``abi3`` before pure
Python; the newest manylinux glibc first (down to the legacy ``manylinux2014``/``2010``/``1`` names),
musllinux on musl, ``win_amd64``/``win32``/``win_arm64``, ``macosx_<version>_<arch>`` up to the running
macOS. The rules follow the wheel specification and PyPA's platform tags (PEP 425, 600, 656); the code is
the plugin's own, made to run without the ``packaging`` library.

Everything takes a ``Platform`` so that tests describe any machine; ``current_platform()`` is this one.
"""

from __future__ import annotations

import os
import platform as _platform
import re
import struct
import subprocess
import sys
import sysconfig
import urllib.parse
from dataclasses import dataclass

from ..core.errors import MasterplanError
from .requirements import Requirement, Version, specifier_contains

Tag = tuple[str, str, str]  # (python, abi, platform)


@dataclass(frozen=True)
class Platform:
    """What a Python interpreter accepts: its version, ABI and operating system with its libc or release."""

    python: tuple[int, int]
    system: str  # "linux", "windows" or "macos"
    machine: str  # x86_64, aarch64, i686, armv7l, amd64, win32, arm64…
    implementation: str = "cp"
    abiflags: str = ""  # "t" for a free-threaded build
    glibc: tuple[int, int] | None = None
    musl: tuple[int, int] | None = None
    macos: tuple[int, int] | None = None

    def describe(self) -> str:
        libc = (f" glibc {self.glibc[0]}.{self.glibc[1]}" if self.glibc else
                f" musl {self.musl[0]}.{self.musl[1]}" if self.musl else
                f" macOS {self.macos[0]}.{self.macos[1]}" if self.macos else "")
        return (f"{self.implementation}{self.python[0]}{self.python[1]}{self.abiflags} "
                f"{self.system} {self.machine}{libc}")


# --- the running interpreter ----------------------------------------------------------------------------

def _glibc_version() -> tuple[int, int] | None:
    try:
        text = os.confstr("CS_GNU_LIBC_VERSION")  # "glibc 2.36"
    except (AttributeError, OSError, ValueError):
        text = None
    if not text:
        name, version = _platform.libc_ver()
        text = f"{name} {version}" if name == "glibc" else ""
    match = re.search(r"glibc (\d+)\.(\d+)", text or "")
    return (int(match[1]), int(match[2])) if match else None


def _musl_version() -> tuple[int, int] | None:
    """musl's loader prints its version when run without arguments."""
    loaders = sorted(name for name in os.listdir("/lib") if name.startswith("ld-musl-")) if os.path.isdir(
        "/lib") else []
    for name in loaders:
        try:
            output = subprocess.run([f"/lib/{name}"], capture_output=True, text=True, timeout=10).stderr
        except (OSError, subprocess.SubprocessError):
            continue
        match = re.search(r"Version (\d+)\.(\d+)", output)
        if match:
            return int(match[1]), int(match[2])
    return None


def _linux_machine() -> str:
    machine = _platform.machine().lower()
    if struct.calcsize("P") == 4:  # a 32-bit Python on a 64-bit kernel
        machine = {"x86_64": "i686", "amd64": "i686", "aarch64": "armv7l"}.get(machine, machine)
    return {"i386": "i686", "i586": "i686", "amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def current_platform() -> Platform:
    """The running interpreter (QGIS's, when called inside QGIS)."""
    python = (sys.version_info.major, sys.version_info.minor)
    implementation = "cp" if sys.implementation.name == "cpython" else sys.implementation.name[:2]
    abiflags = "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
    if sys.platform == "win32":
        machine = sysconfig.get_platform().replace("-", "_").replace(".", "_")  # win_amd64, win32, win_arm64
        return Platform(python, "windows", machine, implementation, abiflags)
    if sys.platform == "darwin":
        release = _platform.mac_ver()[0] or "10.9"
        major, minor = (int(part) for part in (release.split(".") + ["0"])[:2])
        return Platform(python, "macos", _platform.machine(), implementation, abiflags, macos=(major, minor))
    glibc = _glibc_version()
    return Platform(python, "linux", _linux_machine(), implementation, abiflags, glibc=glibc,
                    musl=None if glibc else _musl_version())


# --- the tags it accepts, best first --------------------------------------------------------------------

_MANYLINUX_ALIASES = {
    (2, 17): ("manylinux2014", {"x86_64", "i686", "aarch64", "armv7l", "ppc64", "ppc64le", "s390x"}),
    (2, 12): ("manylinux2010", {"x86_64", "i686"}),
    (2, 5): ("manylinux1", {"x86_64", "i686"}),
}


def platform_tags(target: Platform) -> list[str]:
    """The platform tags, most specific first (pip prefers the newest libc or OS release it can run)."""
    arch = target.machine
    if target.system == "windows":
        return [arch]
    if target.system == "macos":
        return _macos_tags(target.macos or (10, 9), arch)
    tags = []
    if target.glibc and target.glibc[0] == 2:
        oldest = 5 if arch in ("x86_64", "i686") else 17
        for minor in range(target.glibc[1], oldest - 1, -1):
            tags.append(f"manylinux_2_{minor}_{arch}")
            alias = _MANYLINUX_ALIASES.get((2, minor))
            if alias and arch in alias[1]:
                tags.append(f"{alias[0]}_{arch}")
    if target.musl and target.musl[0] == 1:
        tags += [f"musllinux_1_{minor}_{arch}" for minor in range(target.musl[1], -1, -1)]
    return tags + [f"linux_{arch}"]


def _macos_tags(version: tuple[int, int], arch: str) -> list[str]:
    """From the running release down; since macOS 11 the major version alone counts, and an arm64 Python
    also runs ``universal2`` wheels made for 10.x."""
    formats = {"x86_64": ["x86_64", "intel", "universal2"],
               "arm64": ["arm64", "universal2"]}.get(arch, [arch])
    tags = []
    if version[0] >= 11:
        tags += [f"macosx_{major}_0_{fmt}" for major in range(version[0], 10, -1) for fmt in formats]
        tens, formats_10 = range(16, 3, -1), formats if arch == "x86_64" else ["universal2"]
    else:
        tens, formats_10 = range(version[1], 3, -1), formats
    return tags + [f"macosx_10_{minor}_{fmt}" for minor in tens for fmt in formats_10]


def supported_tags(target: Platform) -> list[Tag]:
    """Every (python, abi, platform) tag the interpreter accepts, best first."""
    major, minor = target.python
    interpreter = f"{target.implementation}{major}{minor}"
    platforms = platform_tags(target)
    tags: list[Tag] = [(interpreter, f"{interpreter}{target.abiflags}", plat) for plat in platforms]
    stable_abi = target.implementation == "cp" and not target.abiflags
    if stable_abi:
        tags += [(interpreter, "abi3", plat) for plat in platforms]
    tags += [(interpreter, "none", plat) for plat in platforms]
    if stable_abi:
        tags += [(f"cp{major}{older}", "abi3", plat)
                 for older in range(minor - 1, 1, -1) for plat in platforms]
    generic = [f"py{major}{minor}", f"py{major}"] + [f"py{major}{older}"
                                                     for older in range(minor - 1, -1, -1)]
    tags += [(python, "none", plat) for python in generic for plat in platforms]
    tags += [(interpreter, "none", "any")] + [(python, "none", "any") for python in generic]
    return tags


# --- wheel files ----------------------------------------------------------------------------------------

_WHEEL_NAME = re.compile(
    r"^(?P<name>[^-]+)-(?P<version>[^-]+)(?:-(?P<build>\d[^-]*))?-(?P<python>[^-]+)-(?P<abi>[^-]+)"
    r"-(?P<platform>[^-]+)\.whl$")


def wheel_tags(filename: str) -> frozenset[Tag] | None:
    """The tags of a wheel file name (compressed tag sets expanded); None when it is no wheel name."""
    match = _WHEEL_NAME.match(filename)
    if match is None:
        return None
    return frozenset((python, abi, plat) for python in match["python"].split(".")
                     for abi in match["abi"].split(".") for plat in match["platform"].split("."))


@dataclass(frozen=True)
class Wheel:
    """One chosen file of a release."""

    name: str
    version: str
    filename: str
    url: str
    sha256: str
    size: int | None = None


def _python_allowed(requires_python: str | None, target: Platform) -> bool:
    if not requires_python:
        return True
    version = f"{target.python[0]}.{target.python[1]}.99"  # a 3.11.x interpreter meets ">=3.11.1" too
    try:
        return specifier_contains(requires_python, version)
    except ValueError:
        return True  # an unreadable constraint does not hide a wheel; the import test after install decides


def select_wheel(project: dict, requirement: Requirement, target: Platform, base_url: str = "") -> Wheel:
    """The newest suitable wheel of ``project`` (PyPI JSON: ``releases``, or one release's ``urls``).

    Raises ``MasterplanError`` saying which versions exist when none suits this Python.
    """
    ranks = {tag: index for index, tag in enumerate(supported_tags(target))}
    releases = project.get("releases") or {
        project.get("info", {}).get("version", ""): project.get("urls", [])}
    best, best_key, seen = None, None, []
    for version_text, files in releases.items():
        version = Version.parse(version_text)
        if version is None or version.is_prerelease or not specifier_contains(requirement.specifier, version):
            continue
        seen.append(version)
        for entry in files:
            filename = entry.get("filename", "")
            if entry.get("packagetype", "bdist_wheel") != "bdist_wheel" or entry.get("yanked"):
                continue
            tags = wheel_tags(filename)
            sha256 = (entry.get("digests") or {}).get("sha256")
            if not tags or not sha256 or not _python_allowed(entry.get("requires_python"), target):
                continue
            rank = min((ranks[tag] for tag in tags if tag in ranks), default=None)
            if rank is None:
                continue
            key = (version, -rank)
            if best_key is None or key > best_key:
                best_key = key
                best = Wheel(requirement.name, str(version), filename,
                             urllib.parse.urljoin(base_url, entry["url"]), sha256.lower(), entry.get("size"))
    if best is None:
        versions = ", ".join(str(v) for v in sorted(seen)[-5:]) or "none"
        raise MasterplanError(
            "No wheel of {package} fits this Python ({platform}).", f"{requirement}: releases {versions}",
            package=requirement.name, platform=target.describe())
    return best
