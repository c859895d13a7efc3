"""Real wheel files and PyPI-like JSON metadata for the dependency installer's tests.

``make_wheel`` writes a valid pure-Python wheel (METADATA, WHEEL, RECORD with hashes) that pip installs
and the plugin's own unpacker reads; ``release_file`` is one file entry as PyPI's JSON API describes it.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def make_wheel(folder: Path, name: str, version: str, body: str | None = None, tag: str = "py3-none-any",
               extra: dict[str, str] | None = None) -> Path:
    """``folder/<name>-<version>-<tag>.whl`` holding the package ``name`` (``__version__`` set, ``body``
    appended to its ``__init__.py``) and ``extra`` files (archive path -> text)."""
    module = name.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    files = {
        f"{module}/__init__.py": f'__version__ = "{version}"\n{body or ""}',
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist_info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: masterplan-tests\nRoot-Is-Purelib: true\n"
                              f"Tag: {tag}\n",
        **(extra or {}),
    }
    record = "".join(f"{path},{_record_hash(text.encode())},{len(text.encode())}\n"
                     for path, text in files.items()) + f"{dist_info}/RECORD,,\n"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{module}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for archive_path, text in files.items():
            archive.writestr(archive_path, text)
        archive.writestr(f"{dist_info}/RECORD", record)
    return path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def release_file(filename: str, sha256: str = "0" * 64, url: str | None = None, yanked: bool = False,
                 requires_python: str | None = None, packagetype: str | None = None,
                 size: int = 1000) -> dict:
    """One entry of PyPI's JSON ``releases[version]`` list."""
    return {
        "filename": filename,
        "packagetype": packagetype or ("sdist" if filename.endswith(".tar.gz") else "bdist_wheel"),
        "digests": {"sha256": sha256, "md5": "0" * 32},
        "url": url or f"https://files.example.org/packages/ab/cd/{filename}",
        "requires_python": requires_python,
        "yanked": yanked,
        "yanked_reason": "broken" if yanked else None,
        "size": size,
    }
