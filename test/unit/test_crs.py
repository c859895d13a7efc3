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


ESRI_LAMBERT_93 = (
    'PROJCS["RGF_1993_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,'
    '298.257222101]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]],'
    'PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",700000.0],'
    'PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],'
    'PARAMETER["Latitude_Of_Origin",46.5],PARAMETER["Standard_Parallel_1",44.0],'
    'PARAMETER["Standard_Parallel_2",49.0],UNIT["Meter",1.0]]'
)


@pytest.mark.parametrize("alias", ["IGNF:LAMB93", ESRI_LAMBERT_93])
def test_lambert_93_under_another_name_is_not_transformed_at_all(alias):
    # IGNF:LAMB93 -> EPSG:2154 is a near-identity pipeline that moves x by 1e-9 m: enough to turn a
    # valid zone invalid along a shared edge. Equivalent CRSs must leave coordinates bit for bit.
    zones = np.array([shapely.box(800_000.1, 6_300_000.3, 800_100.7, 6_300_050.9)])
    assert crs.same_crs(alias, "EPSG:2154")
    assert crs.transform_geometries(zones, alias, "EPSG:2154") is zones


def test_different_frames_are_not_the_same_crs():
    assert not crs.same_crs("EPSG:2154", "EPSG:2169")
    assert not crs.same_crs("EPSG:31370", "EPSG:3812")


def test_projected_metres_read_as_degrees_are_refused_with_the_feature_ids():
    # A GeoJSON without "crs" is read as WGS 84: Lambert-93 metres would become infinite after reprojection.
    metres = np.array([shapely.Point(2.5, 48.1), shapely.box(921_000, 6_932_000, 921_500, 6_932_400)])
    refused = r"1 features have coordinates that EPSG:4326 \(WGS 84\) cannot hold"
    with pytest.raises(InputError, match=refused) as info:
        crs.reproject_checked(metres, "EPSG:4326", "EPSG:3035", ids=[7, 8])
    assert info.value.details == "features 8"


def test_non_finite_coordinates_are_refused_before_and_after_reprojection():
    broken = shapely.from_wkt(["POINT (1 2)", "LINESTRING (0 0, 1 1)", None, "POLYGON EMPTY"])
    broken[1] = shapely.linestrings([[0, 0], [np.inf, 1]])
    assert crs.non_finite(broken).tolist() == [False, True, False, False]
    with pytest.raises(InputError):
        crs.reproject_checked(broken, "EPSG:2169", "EPSG:3035")
    fine = crs.reproject_checked(broken[[0, 2, 3]], "EPSG:2169", "EPSG:3035")
    assert np.isfinite(shapely.get_coordinates(fine)).all()


def test_each_thread_gets_its_own_pyproj_objects():
    import threading

    seen = []

    def grab():
        seen.append((crs.parse_crs("EPSG:2154"), crs._transformer("EPSG:2154", "EPSG:3035")))

    threads = [threading.Thread(target=grab) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (crs_a, transformer_a), (crs_b, transformer_b) = seen
    assert crs_a is not crs_b and transformer_a is not transformer_b
    assert crs.parse_crs("EPSG:2154") is crs.parse_crs("EPSG:2154")  # cached within a thread
