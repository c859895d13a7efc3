"""The zip users install (`make package`): one plugin folder, compiled resources and catalogues, no tests."""

from __future__ import annotations

import configparser
import zipfile

import pytest

from test.conftest import PLUGIN, REPO_ROOT, plugin_version

LANGS = ("fr", "en", "de")


@pytest.fixture(scope="module")
def names(plugin_zip) -> list[str]:
    with zipfile.ZipFile(plugin_zip) as archive:
        return archive.namelist()


def test_zip_is_named_after_the_metadata_version(plugin_zip):
    assert plugin_zip.name == f"{PLUGIN}-{plugin_version()}.zip"


def test_zip_holds_a_single_plugin_folder(names):
    assert {name.split("/", 1)[0] for name in names} == {PLUGIN}


def test_zip_holds_what_qgis_needs(names):
    required = ["metadata.txt", "LICENSE", "__init__.py", "plugin.py", "resources_rc.py",
                "gui/new_plan_dialog.ui", "core/data/plan_schema.json"]
    required += [f"i18n/{PLUGIN}_{lang}.qm" for lang in LANGS]
    assert [path for path in required if f"{PLUGIN}/{path}" not in names] == []


def test_zip_holds_no_tests_caches_or_sources_of_generated_files(names):
    unwanted = [
        name for name in names
        if "__pycache__" in name or name.endswith((".pyc", ".ts", ".qrc", ".pro"))
        or "/test/" in name or "/tests/" in name or name.rsplit("/", 1)[-1].startswith("test_")
    ]
    assert unwanted == []


def test_metadata_icon_is_in_the_zip(plugin_zip, names):
    with zipfile.ZipFile(plugin_zip) as archive:
        metadata = archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(metadata)
    assert parser["general"]["version"] == plugin_version()
    assert f"{PLUGIN}/{parser['general']['icon']}" in names
    assert (REPO_ROOT / "metadata.txt").read_text(encoding="utf-8") == metadata
