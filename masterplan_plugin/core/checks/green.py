"""GREEN_CORRIDOR_BREAK: a green corridor that reaches a municipal or national border and finds no green
space on the other side.

Decisions where the issue is silent, as a planner reads an ecological network:

- **Corridors** are the usable green spaces of kind ``corridor`` (trimmed, any case). What continues them
  is *any* green space across the border — a park, a forest, water or another corridor: wildlife and
  walkers do not read the neighbour's nomenclature.
- **Borders** are those of the axes check (:class:`.axes.BorderFrame`): the border of commune A with B is
  the stretch of A's boundary within ``corridor_continuation_tolerance_m`` (60 m) of B, so the 25-60 m
  gaps and overlaps between national boundary datasets still make a border. A corridor *reaches* it when
  it comes within ``corridor_border_tolerance_m`` (20 m); its **front** is its part within that distance.
- **Plan edge.** The part of the front within ``corridor_border_tolerance_m`` of the plan's outer edge
  (communes' outline with gaps narrower than twice the continuation tolerance closed) is dropped: at the
  corner of the plan, the other side may lie outside the plan.
- **Continued** when a green space (the corridor itself included: a corridor crossing the border as one
  polygon is continuous) has, within ``corridor_continuation_tolerance_m`` of the front, some area outside
  the corridor's commune (grown by 1 m of boundary noise) — in the neighbour or in the no man's land
  between two national datasets.
- **Along a border.** A corridor whose outline lies for more than 40 % of its length within the border
  tolerance runs *along* the border (a river bank, a green belt) rather than heading across it: it is not
  reported — only corridors that stop at a border break a cross-border link.
- One finding per corridor and border (commune pair). Geometry: the stretch of the corridor's outline
  along the border (its outline within the border tolerance); communes: the corridor's commune, then the
  neighbour; no measure (the finding is a missing link, not an amount).

Performance: bulk STRtree queries, prepared border lines and commune polygons (see ``axes.py``); the
geometry work (clipping, fronts, candidate pieces) is vectorised over the corridor/border pairs only.
"""

from __future__ import annotations

import numpy as np
import shapely

from ..findings import Finding
from ..model import GREEN
from .axes import border_frame, pairs_within
from .prepared import prepared_copy
from .registry import check

RULE = "GREEN_CORRIDOR_BREAK"
ALONG_BORDER_SHARE = 0.4


@check("green", RULE)
def check_green(snapshot, profile, context) -> list[Finding]:
    green = context.green
    if not len(green) or not len(context.communes) or not profile.enabled(RULE):
        return []
    tolerance = profile.tolerance("corridor_border_tolerance_m")
    reach = profile.tolerance("corridor_continuation_tolerance_m")
    kinds = green.column("kind")
    rows = np.flatnonzero([isinstance(k, str) and k.strip().lower() == "corridor" for k in kinds])
    if not len(rows):
        return []
    frame = border_frame(context, reach)
    corridors = green.geometries[rows]
    c, k = frame.borders_near(corridors, tolerance)
    if not len(c):
        return []

    # The border zone around each corridor: its border line clipped to the corridor's surroundings.
    bounds = shapely.bounds(corridors[c])
    margin = 2 * tolerance + 1.0
    boxes = shapely.box(
        bounds[:, 0] - margin, bounds[:, 1] - margin, bounds[:, 2] + margin, bounds[:, 3] + margin
    )
    zones = shapely.buffer(shapely.intersection(frame.lines[k], boxes), tolerance)
    fronts = shapely.intersection(corridors[c], zones)
    near_edge = frame.at_edge(fronts, tolerance)
    if near_edge.any():
        edge_zone = shapely.buffer(shapely.intersection(frame.edge, boxes[near_edge]), tolerance)
        fronts[near_edge] = shapely.difference(fronts[near_edge], edge_zone)
    outlines = shapely.boundary(corridors[c])
    along = shapely.intersection(outlines, zones)
    share = shapely.length(along) / np.maximum(shapely.length(outlines), 1e-9)
    reaching = (shapely.area(fronts) > 0) & (share <= ALONG_BORDER_SHARE)
    pairs = np.flatnonzero(reaching)
    if not len(pairs):
        return []

    # Green space on the other side within reach of each front (the corridor itself included).
    f, g = pairs_within(green.tree, prepared_copy(green.geometries), fronts[pairs], reach)
    other = frame.reaches_across(green.geometries[g], frame.i[k[pairs[f]]], fronts[pairs[f]], reach)
    continued = np.zeros(len(pairs), dtype=bool)
    continued[f[other]] = True

    findings = []
    broken = pairs[~continued]
    stretches = shapely.line_merge(along[broken])
    for pair, stretch in zip(broken, stretches, strict=True):
        row = rows[c[pair]]
        communes = [int(frame.i[k[pair]]), int(frame.j[k[pair]])]
        name = green.column("name")[row]
        findings.append(
            Finding(
                RULE,
                profile.severity(RULE),
                GREEN,
                (int(green.ids[row]),),
                stretch if not stretch.is_empty else fronts[pair],
                tuple(str(frame.codes[x]) for x in communes),
                params={
                    "name": name.strip() if isinstance(name, str) and name.strip() else f"#{green.ids[row]}",
                    "communes": frame.label(communes),
                },
            )
        )
    return findings
