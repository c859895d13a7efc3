"""Synthetic master plans for benchmarks: 50 communes (10 x 5 grid of 4 km squares, FR / LU / BE rows),
a zoning coverage of jittered quadrilaterals (about ``zones`` of them), street axes along the grid,
green spaces inside zones, and a sprinkling of realistic defects (shifted zones: overlaps and gaps).

Pure numpy + shapely; geometries in EPSG:3035 around the Alzette-Belval area.
"""

from __future__ import annotations

import math

import numpy as np
import shapely

from masterplan_plugin.core import nomenclature

ORIGIN = (4_000_000.0, 2_920_000.0)
COMMUNE_SIZE = 4000.0
GRID = (10, 5)  # communes along x, y
COUNTRY_OF_ROW = ("FR", "FR", "LU", "LU", "BE")
CODES = {
    "FR": ["U", "U", "AUc", "A", "N"],
    "LU": ["HAB-1", "HAB-2", "MIX-u", "ECO-c1", "AGR", "FOR", "BEP"],
    "BE": ["HAB", "HAB_RUR", "AGR", "FOR", "SPEC", "AE_MIX"],
}
STANDARD = {"FR": "CNIG", "LU": "PAG", "BE": "PDS"}


def synthetic_plan(zones: int = 100_000, axes: int = 20_000, green: int = 10_000, seed: int = 7) -> dict:
    """Layer name -> (geometries, attribute columns), all in EPSG:3035."""
    rng = np.random.default_rng(seed)
    communes = _communes()
    per_side = max(2, round(math.sqrt(zones / len(communes[0]))))
    return {
        "communes": communes,
        "zoning": _zoning(rng, communes, per_side),
        "mobility_axes": _axes(rng, axes, per_side),
        "green_spaces": _green(rng, green),
    }


def _commune_cells():
    for row in range(GRID[1]):
        for col in range(GRID[0]):
            yield row, col, ORIGIN[0] + col * COMMUNE_SIZE, ORIGIN[1] + row * COMMUNE_SIZE


def _communes():
    geometries, codes, names, countries, standards, population = [], [], [], [], [], []
    for row, col, x, y in _commune_cells():
        country = COUNTRY_OF_ROW[row]
        geometries.append(shapely.box(x, y, x + COMMUNE_SIZE, y + COMMUNE_SIZE))
        codes.append(f"{country}{row}{col:02d}")
        names.append(f"Commune {row}-{col}")
        countries.append(country)
        standards.append(STANDARD[country])
        population.append(2000 + 100 * col)
    return np.array(geometries, dtype=object), {
        "code": codes,
        "name": names,
        "country": countries,
        "zoning_standard": standards,
        "population": population,
    }


def jittered_quads(rng, k: int, step: float, origin: tuple[float, float], jitter: float) -> np.ndarray:
    """A k x k coverage of quadrilaterals: a grid whose inner vertices move by up to ``jitter`` x step,
    shared by the neighbouring cells, so the cells stay edge-matched like a real zoning."""
    gx, gy = np.meshgrid(np.arange(k + 1) * step + origin[0], np.arange(k + 1) * step + origin[1])
    interior = (slice(1, -1), slice(1, -1))
    gx[interior] += rng.uniform(-jitter, jitter, gx[interior].shape) * step
    gy[interior] += rng.uniform(-jitter, jitter, gy[interior].shape) * step
    i, j = (a.ravel() for a in np.meshgrid(np.arange(k), np.arange(k)))
    corners = [(j, i), (j, i + 1), (j + 1, i + 1), (j + 1, i), (j, i)]
    ring = np.stack([np.stack([gx[r, c], gy[r, c]], -1) for r, c in corners], axis=1)
    return shapely.polygons(ring)


def _zoning(rng, communes, k: int):
    step = COMMUNE_SIZE / k
    quads, commune_codes, countries = [], [], []
    for (row, _col, x, y), code in zip(_commune_cells(), communes[1]["code"], strict=False):
        cells = jittered_quads(rng, k, step, (x, y), 0.3)
        quads.append(cells)
        commune_codes += [code] * len(cells)
        countries += [COUNTRY_OF_ROW[row]] * len(cells)
    geometries = np.concatenate(quads)
    # 0.5 % of zones drawn a few metres off: overlaps with one neighbour, a gap on the other side.
    shifted = rng.choice(len(geometries), size=len(geometries) // 200, replace=False)
    geometries[shifted] = shapely.transform(geometries[shifted], lambda xy: xy + 3.0)
    countries = np.array(countries)
    codes = np.array([rng.choice(CODES[c]) for c in countries], dtype=object)
    standards = [STANDARD[c] for c in countries]
    hilucs = {(s, c): nomenclature.harmonise(s, c) for s, c in set(zip(standards, codes, strict=False))}
    return geometries, {
        "commune_code": commune_codes,
        "standard": standards,
        "national_code": list(codes),
        "hilucs_code": [hilucs[key].code for key in zip(standards, codes, strict=False)],
        "status": ["existing"] * len(codes),
    }


def _axes(rng, count: int, k: int):
    """Horizontal streets across the whole plan, cut into segments that meet end to end."""
    width, height = GRID[0] * COMMUNE_SIZE, GRID[1] * COMMUNE_SIZE
    lines = max(1, count // 40)
    per_line = count // lines
    ys = ORIGIN[1] + (np.arange(lines) + 0.5) * height / lines
    xs = ORIGIN[0] + np.linspace(0, width, per_line + 1)
    starts = np.stack(np.meshgrid(xs[:-1], ys), -1).reshape(-1, 2)
    ends = np.stack(np.meshgrid(xs[1:], ys), -1).reshape(-1, 2)
    geometries = shapely.linestrings(np.stack([starts, ends], axis=1))
    hierarchy = np.repeat(
        rng.choice(["urban_boulevard", "main_street", "local_street"], size=lines), per_line
    )
    mode = np.repeat(rng.choice(["road", "road", "tram", "cycle"], size=lines), per_line)
    return geometries, {
        "hierarchy": list(hierarchy),
        "mode": list(mode),
        "status": ["existing"] * len(mode),
        "name": [f"Axis {n // per_line}" for n in range(len(mode))],
    }


def _green(rng, count: int):
    width, height = GRID[0] * COMMUNE_SIZE, GRID[1] * COMMUNE_SIZE
    x = ORIGIN[0] + rng.uniform(50, width - 50, count)
    y = ORIGIN[1] + rng.uniform(50, height - 50, count)
    size = rng.uniform(10, 40, count)
    geometries = shapely.box(x - size, y - size, x + size, y + size)
    kinds = rng.choice(["park", "garden", "forest", "other"], size=count)
    return geometries, {
        "kind": list(kinds),
        "public_access": list(rng.random(count) < 0.7),
        "status": ["existing"] * count,
        "name": [f"Green {n}" for n in range(count)],
    }
