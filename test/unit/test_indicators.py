import glob
import os
import subprocess
import sys
from pathlib import Path

import pytest

from masterplan_plugin.core.demo import demo_snapshot
from masterplan_plugin.core.indicators import compute_indicators
from test.unit.factories import commune, make_plan, zone


def test_zones_are_measured_per_commune_by_intersection():
    plan = make_plan(
        communes=[commune("A", 0, 0, 1000, 1000), commune("B", 1000, 0, 2000, 1000)],
        zoning=[zone((0, 0, 1500, 1000), "A", hilucs="5_1"), zone((1500, 0, 2000, 1000), "B", hilucs="1_1")],
    )
    result = compute_indicators(plan)
    assert result.commune("A").zoning_ha == {"5_1": 100.0}
    assert result.commune("B").zoning_ha == {"1_1": 50.0, "5_1": 50.0}
    assert result.totals.zoning_ha == {"1_1": 50.0, "5_1": 150.0}


def test_axes_green_and_sites_per_commune():
    plan = make_plan(
        communes=[commune("A", 0, 0, 1000, 1000, population=500)],
        axes=[
            ("LINESTRING(0 500, 1000 500)", {"mode": "tram", "hierarchy": "main_street"}),
            ("LINESTRING(500 0, 500 1000)", {"mode": "road", "hierarchy": "local_street"}),
        ],
        green=[
            ("POLYGON((0 0,100 0,100 100,0 100,0 0))", {"kind": "park", "public_access": True, "name": "P"}),
            (
                "POLYGON((200 0,300 0,300 50,200 50,200 0))",
                {"kind": "corridor", "public_access": False, "name": "C"},
            ),
        ],
        sites=[
            (
                "POLYGON((600 600,700 600,700 700,600 700,600 600))",
                {"name": "S", "housing_units": 120, "jobs": 30, "floor_area_m2": 9000.0},
            )
        ],
    )
    a = compute_indicators(plan).commune("A")
    assert a.axes_km_by_mode == {"road": 1.0, "tram": 1.0}
    assert a.public_green_m2 == 10_000 and a.green_m2 == 15_000
    assert a.public_green_m2_per_inhabitant == pytest.approx(20.0)
    assert a.green_share == pytest.approx(0.015)
    assert a.corridors == ["C"] and (a.housing_units, a.jobs) == (120, 30)


def test_demo_indicators_ignore_border_slivers_between_national_datasets():
    result = compute_indicators(demo_snapshot())
    sanem = result.commune("LU-SANEM")
    assert all(value > 0.01 for value in sanem.zoning_ha.values())
    assert result.commune("57038").axes_km_by_mode["tram"] == pytest.approx(1.5, abs=0.01)
    assert result.totals.housing_units == 1500


def test_overlapping_zones_count_once_in_the_zoned_area_and_as_drawn_per_class():
    """Classes stay as drawn (an overlap between two classes is in both); the zoned area is the union."""
    plan = make_plan(
        communes=[commune("A", 0, 0, 1000, 1000)],
        zoning=[
            zone((0, 0, 600, 1000), "A", hilucs="5_1"),
            zone((400, 0, 1000, 1000), "A", hilucs="1_1"),  # 20 ha drawn over the housing
            zone((0, 0, 600, 1000), "A", hilucs="5_1"),  # a duplicate of the first
        ],
    )
    a = compute_indicators(plan).commune("A")
    assert a.zoning_ha == {"1_1": 60.0, "5_1": 120.0}
    assert a.drawn_ha == pytest.approx(180.0)
    assert a.zoned_ha == pytest.approx(100.0) and a.zoned_share == pytest.approx(1.0)
    assert a.overlap_ha == pytest.approx(80.0)


def test_a_clean_coverage_is_zoned_by_the_sum_of_its_zones():
    plan = make_plan(
        communes=[commune("A", 0, 0, 1000, 1000), commune("B", 1000, 0, 2000, 1000)],
        zoning=[zone((0, 0, 500, 1000), "A"), zone((500, 0, 1000, 800), "A", hilucs="1_1"),
                zone((1000, 0, 2000, 1000), "B")],
    )
    result = compute_indicators(plan)
    assert result.commune("A").zoned_ha == pytest.approx(90.0) and result.commune("A").overlap_ha == 0.0
    assert result.commune("A").zoned_share == pytest.approx(0.9)
    assert result.totals.zoned_ha == pytest.approx(190.0) and result.totals.drawn_ha == pytest.approx(190.0)


def test_demo_overlaps_no_longer_zone_a_commune_beyond_its_area():
    """The demo's duplicate and contained zones made Villerupt 111.6 % zoned; the union keeps it at 100 %."""
    result = compute_indicators(demo_snapshot())
    assert all(item.zoned_ha <= item.area_ha + 1e-6 for item in result.communes)
    villerupt, russange = result.commune("54580"), result.commune("57603")
    assert villerupt.drawn_ha == pytest.approx(1004.0) and villerupt.zoned_ha == pytest.approx(900.0)
    assert villerupt.overlap_ha == pytest.approx(104.0)  # 100 ha duplicate + 4 ha zone inside another
    assert russange.overlap_ha == pytest.approx(4.0)
    assert result.commune("LU-SANEM").zoned_share == pytest.approx(800 / 900)  # its 100 ha gap
    assert result.totals.zoned_share <= 1.0


SYSTEM_GEOS = sorted(glob.glob("/usr/lib/*/libgeos.so.3.*")) + sorted(glob.glob("/usr/lib/*/libgeos_c.so.1"))


@pytest.mark.skipif(len(SYSTEM_GEOS) < 2, reason="needs the system's GEOS (Debian package libgeos-c1v5)")
def test_indicators_run_where_qgis_own_geos_is_loaded_first():
    """Panels and the atlas compute the indicators inside QGIS's process, whose GEOS (3.11 on bookworm)
    the dynamic linker binds first: preloading it reproduces that. Functions newer than it (the coverage
    analysis' orient_polygons) crashed QGIS there."""
    code = ("from masterplan_plugin.core.demo import demo_snapshot\n"
            "from masterplan_plugin.core.indicators import compute_indicators\n"
            "print([round(c.zoned_ha, 2) for c in compute_indicators(demo_snapshot()).communes])\n")
    env = dict(os.environ, LD_PRELOAD=" ".join(SYSTEM_GEOS), PYTHONPATH=str(Path(__file__).parents[2]))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[900.0, 897.75, 900.0, 800.0, 896.5, 900.0]"
