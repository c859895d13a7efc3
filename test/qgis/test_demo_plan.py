"""The demo plan is built through the real import path from national datasets in their own CRSs."""

import pytest
import shapely

from masterplan_plugin.core.demo import COMMUNES, DEFECTS
from masterplan_plugin.io.plan_io import read_vector
from masterplan_plugin.qgis_adapters.demo_builder import build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("demo"))


def test_demo_sources_come_in_three_national_crs(demo):
    _, reports = demo
    assert {report.source_crs for report in reports} == {"EPSG:2154", "EPSG:2169", "EPSG:31370"}


def test_demo_communes_are_in_the_working_crs_where_they_were_designed(demo):
    plan, _ = demo
    communes = read_vector(plan.gpkg, "communes")
    assert communes.crs == "EPSG:3035"
    assert sorted(communes.attributes["code"]) == sorted(code for code, *_ in COMMUNES)
    areas = dict(zip(communes.attributes["code"], shapely.area(communes.geometries), strict=False))
    # 3 km x 3 km squares survive three reprojections to within 0.1 % of their area.
    assert areas["57038"] == pytest.approx(9e6, rel=1e-3)
    assert set(communes.attributes["country"]) == {"FR", "LU", "BE"}


def test_demo_zoning_is_harmonised_except_the_unknown_and_missing_codes(demo):
    plan, reports = demo
    zoning = read_vector(plan.gpkg, "zoning")
    missing = [
        code
        for code, hilucs in zip(
            zoning.attributes["national_code"], zoning.attributes["hilucs_code"], strict=False
        )
        if hilucs is None
    ]
    assert sorted(missing, key=str) == ["HAB-3", None]
    unknown = {code for report in reports for code in report.unknown_codes}
    assert unknown == {"HAB-3"}


def test_demo_documents_a_defect_for_every_consistency_rule():
    assert len(DEFECTS) >= 15


def test_demo_project_renders_styled_layers(demo):
    """Render the demo project like QGIS would, and keep the picture under build/screenshots/."""
    from pathlib import Path

    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProject
    from qgis.PyQt.QtCore import QSize

    plan, _ = demo
    project = QgsProject()
    assert project.read(str(plan.project))
    layers = [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer().featureCount()]
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setExtent(layers[-1].extent().buffered(300))
    settings.setOutputSize(QSize(1200, 800))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    out = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "demo_plan_map.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(out))
    # A styled plan is colourful: count distinct colours in the picture.
    colours = {image.pixel(x, y) for x in range(0, 1200, 15) for y in range(0, 800, 15)}
    assert len(colours) > 8
    project.clear()


def test_boolean_and_accented_text_fields_read_back_exactly(demo):
    plan, _ = demo
    green = read_vector(plan.gpkg, "green_spaces")
    public = dict(zip(green.attributes["name"], green.attributes["public_access"], strict=False))
    assert public["Square des Hauts-Fourneaux"] is True and public["Jardin papillon"] is False
    assert "Coulée verte de la Chiers" in public
