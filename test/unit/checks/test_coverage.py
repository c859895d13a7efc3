"""The coverage analysis behind ZONE_OVERLAP, ZONE_GAP and COMMUNE_NOT_COVERED: suspects and dissolve,
checked against the plain methods (every intersecting pair related; GEOS's general union)."""

import logging

import numpy as np
import pytest
import shapely
from shapely import STRtree

from masterplan_plugin.core.checks.coverage import analyse_coverage
from masterplan_plugin.core.checks.zoning_coverage import overlap_parts
from test.bench.synthetic_plan import jittered_quads

GENERAL_PATH = "general coverage validation"


def brute_force_overlaps(zones, min_area):
    first, second = STRtree(zones).query(zones, predicate="intersects")
    keep = first < second
    pairs = set()
    for a, b in zip(first[keep], second[keep], strict=True):
        parts = shapely.get_parts(shapely.intersection(zones[a], zones[b]))
        polygonal = shapely.get_type_id(parts) == shapely.GeometryType.POLYGON.value
        if np.any(shapely.area(parts[polygonal]) > min_area):
            pairs.add((int(a), int(b)))
    return pairs


def found_pairs(zones, min_area):
    found = overlap_parts(zones, min_area)
    return set(zip(found.first.tolist(), found.second.tolist(), strict=True))


def assert_dissolves_like_geos(zones, coverage):
    """What the coverage leaves of an area around the zones is that area minus GEOS's union."""
    frame = shapely.buffer(shapely.envelope(shapely.union_all(zones)), 10.0)
    reference = shapely.difference(frame, shapely.union_all(zones))
    left = shapely.union_all(coverage.uncovered(frame))
    assert shapely.area(shapely.symmetric_difference(left, reference)) < 1e-6


def grid(rng, k=12, step=50.0, origin=(0.0, 0.0)):
    return jittered_quads(rng, k, step, origin, 0.24)


def test_clean_coverage_only_its_rim_is_suspect_and_it_dissolves_from_its_edges(caplog):
    zones = grid(np.random.default_rng(1))
    caplog.set_level(logging.INFO)
    coverage = analyse_coverage(zones, 0.01)
    rim = shapely.intersects(zones, shapely.boundary(shapely.union_all(zones)))
    assert np.array_equal(coverage.suspects, rim)
    assert_dissolves_like_geos(zones, coverage)
    assert GENERAL_PATH not in caplog.text
    # Rings drawn clockwise or counter-clockwise, as national files do: the same answer.
    mixed = zones.copy()
    mixed[::3] = shapely.reverse(mixed[::3])
    assert np.array_equal(analyse_coverage(mixed, 0.01).suspects, rim)


def test_shifted_duplicated_and_nested_zones_are_suspect_and_every_overlap_is_found(caplog):
    rng = np.random.default_rng(3)
    zones = grid(rng, 20)
    moved = rng.choice(len(zones), 15, replace=False)
    zones[moved] = shapely.transform(zones[moved], lambda xy: xy + rng.uniform(-4, 4, 2))
    zones = np.concatenate([zones, zones[:3], shapely.buffer(shapely.centroid(zones[10:13]), 5)])
    caplog.set_level(logging.INFO)
    for min_area in (0.5, 0.01):
        expected = brute_force_overlaps(zones, min_area)
        assert found_pairs(zones, min_area) == expected
        assert len(expected) > 30
    assert GENERAL_PATH not in caplog.text  # the fast path answered
    assert_dissolves_like_geos(zones, analyse_coverage(zones, 0.01))


def test_two_zonings_of_one_commune_over_each_other_take_the_general_path(caplog):
    """Inside each version every edge is shared, so zones deep inside both are not suspects by their
    edges: the area test must notice and the general path find their overlaps."""
    rng = np.random.default_rng(5)
    old, new = grid(rng, 8), grid(rng, 8, origin=(13.7, 7.1))
    zones = np.concatenate([old, new])
    caplog.set_level(logging.INFO)
    expected = brute_force_overlaps(zones, 1.0)
    rims = shapely.boundary(shapely.union_all(old)), shapely.boundary(shapely.union_all(new))
    inner = {(a, b) for a, b in expected if not shapely.intersects(zones[a], rims[0])}
    assert {(a, b) for a, b in inner if not shapely.intersects(zones[b], rims[1])}  # no rim zone in them
    assert found_pairs(zones, 1.0) == expected
    assert GENERAL_PATH in caplog.text
    assert_dissolves_like_geos(zones, analyse_coverage(zones, 1.0))


def test_zone_filling_another_zones_hole_is_clean_and_leaves_nothing_uncovered():
    square = shapely.box(0, 0, 100, 100)
    hole = shapely.box(40, 40, 60, 60)
    ring = shapely.Polygon(square.exterior, [hole.exterior])
    neighbour = shapely.box(100, 0, 200, 100)
    zones = np.array([ring, hole, neighbour], dtype=object)
    coverage = analyse_coverage(zones, 0.01)
    assert coverage.suspects.tolist() == [True, False, True]
    assert len(coverage.uncovered(shapely.box(0, 0, 200, 100))) == 0
    assert shapely.equals(coverage.uncovered(shapely.box(0, 0, 210, 100))[0], shapely.box(200, 0, 210, 100))


def test_holes_of_the_zoning_stay_holes_and_multipart_zones_count_each_part():
    rng = np.random.default_rng(9)
    zones = grid(rng, 10)
    holes = [11, 45, 46, 78]
    merged = shapely.MultiPolygon([zones[2], zones[90]])  # one zone in two parts
    zones = np.append(np.delete(zones, holes + [2, 90]), merged)
    coverage = analyse_coverage(zones, 0.01)
    assert_dissolves_like_geos(zones, coverage)
    area = shapely.box(0, 0, 500, 500)  # the whole grid: only the three holes are uncovered
    assert len(coverage.uncovered(area)) == 3  # 45 and 46 make one hole


def test_neighbour_edge_with_an_extra_vertex_is_suspect_and_dissolves_exactly():
    left = shapely.box(0, 0, 10, 10)
    right = shapely.Polygon([(10, 0), (20, 0), (20, 10), (10, 10), (10, 5)])  # T-junction at (10, 5)
    zones = np.array([left, right], dtype=object)
    coverage = analyse_coverage(zones, 0.01)
    assert coverage.suspects.all()
    assert len(coverage.uncovered(shapely.box(0, 0, 20, 10))) == 0
    assert shapely.area(coverage.uncovered(shapely.box(-1, 0, 20, 10))[0]) == pytest.approx(10.0)
    assert found_pairs(zones, 0.0) == set()


@pytest.mark.parametrize("count", [0, 1])
def test_empty_and_single_zone(count):
    zones = np.array([shapely.box(0, 0, 10, 10)] * count, dtype=object)
    coverage = analyse_coverage(zones, 0.01)
    assert coverage.suspects.tolist() == [True] * count
    left = shapely.area(coverage.uncovered(shapely.box(0, 0, 20, 10)))
    assert left.sum() == pytest.approx(200.0 - 100.0 * count)


def test_edges_on_the_plan_outline_are_not_a_reason_to_suspect_a_zone(caplog):
    rng = np.random.default_rng(11)
    zones = grid(rng, 12)  # 600 m x 600 m, its outer edge on the plan outline
    outline = shapely.boundary(shapely.box(0, 0, 600, 600))
    caplog.set_level(logging.INFO)
    assert not analyse_coverage(zones, 0.01, outer_edge=outline).suspects.any()
    # A rim zone pushed over the outline, and a duplicate of another: suspects, and found.
    zones[5] = shapely.transform(zones[5], lambda xy: xy - [0.0, 3.0])
    zones = np.append(zones, zones[7])
    coverage = analyse_coverage(zones, 0.01, outer_edge=outline)
    assert coverage.suspects[5] and coverage.suspects[7] and coverage.suspects[-1]
    assert coverage.suspects.sum() < 12  # the rest of the rim stays clean
    first, second = _candidate_pairs_of(zones, coverage.suspects)
    assert brute_force_overlaps(zones, 0.01) <= set(zip(first, second, strict=True))
    assert GENERAL_PATH not in caplog.text
    assert_dissolves_like_geos(zones, coverage)


def _candidate_pairs_of(zones, suspects):
    from masterplan_plugin.core.checks.zoning_coverage import _candidate_pairs

    first, second = _candidate_pairs(STRtree(zones), zones, suspects)
    return first.tolist(), second.tolist()


def test_edges_meeting_only_at_their_ends_are_told_from_crossing_touching_and_overlapping_ones():
    from masterplan_plugin.core.checks.coverage import _meet_only_at_ends

    def lines(*coords):
        return shapely.linestrings(np.array(coords, dtype=float))

    square = lines([(0, 0), (1, 0)], [(1, 0), (1, 1)], [(1, 1), (0, 1)], [(0, 1), (0, 0)])
    assert _meet_only_at_ends(square)
    assert not _meet_only_at_ends(lines([(0, 0), (2, 2)], [(0, 2), (2, 0)]))  # crossing
    assert not _meet_only_at_ends(lines([(0, 0), (2, 0)], [(1, 0), (1, 1)]))  # T-junction
    assert not _meet_only_at_ends(lines([(0, 0), (2, 0)], [(1, 0), (3, 0)]))  # collinear overlap
