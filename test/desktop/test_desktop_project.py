"""The demo's project file opened in a real French QGIS desktop under Xvfb, with the packaged plugin: the
map shows the plan at a sensible scale (never the empty 1:1 of a project without a view), QGIS logs no
missing font, layers and legends are French, zones edit as a coverage, the zone form offers the zone's
standard's codes and names communes, and the buttons speak French. Screenshots land in build/screenshots/.
"""

from __future__ import annotations

import re

import pytest

from masterplan_plugin.core import nomenclature
from test.conftest import REPO_ROOT
from test.desktop.test_desktop_plugin import QGIS, XVFB_RUN, make_profile, qgis_environment, run_qgis_desktop

pytestmark = pytest.mark.desktop

SCRIPT = REPO_ROOT / "test" / "desktop" / "desktop_project.py"
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
TIMEOUT_S = 150
FONT_WARNING = re.compile(r"font|police|schrift", re.IGNORECASE)


@pytest.fixture(scope="module")
def project_run(plugin_zip, tmp_path_factory) -> dict:
    if QGIS is None or XVFB_RUN is None:
        pytest.skip("needs the qgis and xvfb-run commands (Debian packages qgis and xvfb)")
    from masterplan_plugin.qgis_adapters.demo_builder import build_demo

    root = tmp_path_factory.mktemp("qgis-project")
    plan, _ = build_demo(root / "demo", language="fr")  # what `make demo` does headless, in French
    profile = make_profile(root, plugin_zip)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text(encoding="utf-8").replace("userLocale=en_US", "userLocale=fr_FR"),
                   encoding="utf-8")
    result = root / "result.json"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in ("desktop_demo_project.png", "desktop_zone_form.png"):
        (SCREENSHOTS / name).unlink(missing_ok=True)
    env = qgis_environment(result)
    env.update(MASTERPLAN_DESKTOP_PROJECT=str(plan.project), MASTERPLAN_DESKTOP_SCREENSHOTS=str(SCREENSHOTS))
    return run_qgis_desktop(root, SCRIPT, env, result, TIMEOUT_S)


def intersects(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def width(extent) -> float:
    return extent[2] - extent[0]


def test_the_project_opens_on_the_plan_at_a_sensible_scale(project_run):
    assert project_run["project_opened"] and project_run["project_crs"] == "EPSG:3035"
    assert 5_000 < project_run["project_scale"] < 500_000, project_run["project_scale"]
    assert intersects(project_run["project_extent"], project_run["plan_extent"])
    assert width(project_run["project_extent"]) < 3 * width(project_run["plan_extent"])


def test_qgis_logs_no_missing_font_while_the_project_loads(project_run):
    assert [message for _tag, message in project_run["log"] if FONT_WARNING.search(message)] == []


def test_layers_are_named_in_the_plan_language(project_run):
    assert project_run["tree"] == ["Registre des constats", "Sites de projet", "Axes de mobilité",
                                   "Espaces verts", "Zonage", "Communes"]


def test_zones_edit_as_a_coverage(project_run):
    assert project_run["snapping_enabled"] and project_run["topological_editing"]
    assert project_run["avoid_intersections"]


def test_the_zone_form_offers_the_zone_standard_codes_and_names_its_commune(project_run):
    assert project_run["form_code"] == "HAB-1 — Zone d'habitation 1"
    assert sorted(text.split(" — ")[0] for text in project_run["form_codes"]) == sorted(
        nomenclature.known_codes("PAG"))
    assert project_run["form_commune"] in ("Esch-sur-Alzette", "Sanem")
    assert project_run["form_code_enabled"] and not project_run["form_hilucs_enabled"]  # derived: read-only
    assert (SCREENSHOTS / "desktop_zone_form.png").stat().st_size > 10_000


def test_the_buttons_are_french(project_run):
    assert project_run["standard_buttons"] == ["OK", "Annuler", "Fermer", "Appliquer"]
    assert "Annuler" in project_run["form_buttons"]


def test_the_open_plan_command_shows_the_plan_too(project_run):
    assert project_run["command_opened"]
    assert 5_000 < project_run["command_scale"] < 500_000, project_run["command_scale"]
    assert intersects(project_run["command_extent"], project_run["command_plan_extent"])


def test_a_screenshot_of_the_opened_project_is_saved(project_run):
    assert project_run["screenshot"] == str(SCREENSHOTS / "desktop_demo_project.png")
    assert (SCREENSHOTS / "desktop_demo_project.png").stat().st_size > 50_000
