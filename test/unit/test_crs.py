import numpy as np
import pytest
import shapely

from masterplan_plugin.core import crs
from masterplan_plugin.core.errors import InputError


def test_working_crs_must_be_metric():
    assert crs.require_metric_crs("EPSG:2169") == "EPSG:2169"
    with pytest.raises(InputError):
        crs.require_metric_crs("EPSG:4326")


def test_unknown_crs_is_a_clear_input_error():
    with pytest.raises(InputError, match="Unknown coordinate reference system"):
        crs.parse_crs("EPSG:999999")


def test_transform_round_trip_keeps_coordinates_within_a_centimetre():
    points = np.array([shapely.Point(80_000, 70_000), shapely.box(60_000, 60_000, 61_000, 61_000)])
    there = crs.transform_geometries(points, "EPSG:2169", "EPSG:3035")
    back = crs.transform_geometries(there, "EPSG:3035", "EPSG:2169")
    assert shapely.equals_exact(points, back, tolerance=1e-2).all()


def test_coordinates_of_another_crs_fall_outside_the_declared_area_of_use():
    # Lambert-93 coordinates of Audun-le-Tiche declared as LUREF land far outside Luxembourg.
    lambert93 = np.array([shapely.Point(921_000, 6_932_000)])
    luref = np.array([shapely.Point(66_000, 62_000)])
    assert crs.outside_area_of_use(lambert93, "EPSG:2169").tolist() == [True]
    assert crs.outside_area_of_use(luref, "EPSG:2169").tolist() == [False]
