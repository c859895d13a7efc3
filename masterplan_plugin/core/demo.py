"""A generated cross-border demo agglomeration (France / Luxembourg / Belgium).

Six municipalities on a 9 km x 6 km frame: three French communes (CNIG PLU, Lambert-93), two
Luxembourg communes (PAG, LUREF) and one Walloon commune (plan de secteur, Belgian Lambert 72). Each
country's datasets are delivered in its own CRS and standard, as planners receive them, and contain a few
deliberate defects so that every consistency check has something to find (``DEFECTS``).

The geometry is designed in a local metric frame anchored in EPSG:3035 near Esch-sur-Alzette, then
projected to each national CRS. Nothing here is real data; names evoke the Alzette-Belval area.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon, box

from .crs import transform_geometries
from .nomenclature.standards import national_standards

FRAME_CRS = "EPSG:3035"
FRAME_ORIGIN = (4_026_000.0, 2_930_000.0)
BLOCK = 1000.0
# Country -> CRS and zoning standard its datasets come in, as standards.json describes each country.
NATIONAL_CRS = {s.country: s.crs for s in national_standards()}
STANDARD = {s.country: s.id for s in national_standards()}


@dataclass
class DemoDataset:
    """One file a planner would receive: a plan layer's features in a national CRS with source fields."""

    name: str
    country: str
    plan_layer: str
    crs: str
    geometries: list
    attributes: dict[str, list] = field(default_factory=dict)

    def add(self, geometry, **values) -> None:
        self.geometries.append(geometry)
        for key in values:
            self.attributes.setdefault(key, [None] * (len(self.geometries) - 1))
        for key in self.attributes:
            self.attributes[key].append(values.get(key))


# (code, name, country, population, local frame box)
COMMUNES = (
    ("54580", "Villerupt", "FR", 9_800, (0, 0, 3000, 3000)),
    ("57038", "Audun-le-Tiche", "FR", 7_100, (3000, 0, 6000, 3000)),
    ("57603", "Russange", "FR", 1_300, (6000, 0, 9000, 3000)),
    ("LU-SANEM", "Sanem", "LU", 18_000, (0, 3000, 3000, 6000)),
    ("LU-ESCH", "Esch-sur-Alzette", "LU", 36_000, (3000, 3000, 6000, 6000)),
    ("BE-AUBANGE", "Aubange", "BE", 17_000, (6000, 3000, 9000, 6000)),
)

# Zoning code per 1 km block (row from the bottom of the commune, column from its west side).
ZONING_PATTERN = {
    "FR": (("A", "A", "N"), ("U", "U", "AUc"), ("U", "U", "N")),
    "LU": (("HAB-1", "MIX-u", "HAB-2"), ("BEP", "ECO-c1", "REC"), ("AGR", "FOR", "PARC")),
    "BE": (("HAB", "HAB_RUR", "AGR"), ("SPEC", "HAB", "FOR"), ("AGR", "FOR", "EV")),
}
# French FORMDOMI (CNIG 2022) sub-codes that refine U zones: 0100 housing, 0201 industry / logistics.
FR_HOUSING, FR_INDUSTRY = "0100", "0201"

# Every deliberate defect, with the rule that must find it (issue #3 checks assert each one).
DEFECTS = {
    "ZONE_OVERLAP": (
        "Villerupt: duplicated A zone and a contained N zone; Russange: U zone 40 m over its neighbour"
    ),
    "ZONE_GAP": "Audun-le-Tiche: a 150 m x 150 m hole in a U zone",
    "COMMUNE_NOT_COVERED": "Sanem: one 1 km block without zoning",
    "ZONE_OUTSIDE_COMMUNES": "Audun-le-Tiche: an A zone drawn south of the communes",
    "ZONE_STRADDLES_COMMUNES": "Sanem: a FOR zone running 300 m into Esch-sur-Alzette",
    "ZONE_COMMUNE_MISMATCH": "Audun-le-Tiche: a zone attributed to Russange",
    "ATTR_UNKNOWN_CODE": "Esch-sur-Alzette: PAG code HAB-3 does not exist",
    "ATTR_MISSING": "Aubange: a zone without its plan de secteur code; an axis without hierarchy",
    "BOUNDARY_MISMATCH": (
        "Audun-le-Tiche | Esch-sur-Alzette: the LU border runs 25 m north of the FR one for 1.6 km"
    ),
    "ADJACENT_INCOMPATIBLE": (
        "Audun-le-Tiche industry (U/0201) against Esch-sur-Alzette HAB-1 across the border"
    ),
    "AXIS_DISCONTINUITY": "Audun-le-Tiche: a planned tram stops at the border",
    "AXIS_HIERARCHY_BREAK": "Villerupt boulevard continued in Sanem by a local street",
    "AXIS_DANGLE": "Audun-le-Tiche: a local street ending nowhere",
    "GREEN_CORRIDOR_BREAK": "Russange: a green corridor stops at the Belgian border",
    "GREEN_IN_INCOMPATIBLE_ZONE": "Audun-le-Tiche: a public park inside the industrial zone",
    "GEOM_INVALID": "Aubange: a bow-tie garden",
    "GEOM_EMPTY": "a development site without geometry",
}


def demo_datasets() -> list[DemoDataset]:
    """The national datasets of the demo, each in its own CRS."""
    datasets = _communes() + _zoning() + _axes() + _green() + _sites()
    for dataset in datasets:
        dataset.geometries = list(_to_crs(dataset.geometries, dataset.crs))
    return datasets


def _dataset(kind: str, country: str, plan_layer: str) -> DemoDataset:
    return DemoDataset(f"{country.lower()}_{kind}", country, plan_layer, NATIONAL_CRS[country], [])


def _commune_polygon(country: str, bounds) -> Polygon:
    """Communes as each country draws them: Luxembourg's southern border sits 25 m north on one stretch."""
    minx, miny, maxx, maxy = bounds
    if country == "LU" and minx == 3000:
        south = [(3000, 3000), (4200, 3000), (4400, 3025), (5600, 3025), (5800, 3000), (6000, 3000)]
        # A 1 mm wobble on the Sanem side: real national data has such noise and it must not be reported.
        return Polygon(south + [(6000, 6000), (3000, 6000), (3000.001, 4500)])
    return box(minx, miny, maxx, maxy)


def _communes() -> list[DemoDataset]:
    sets = {country: _dataset("communes", country, "communes") for country in NATIONAL_CRS}
    fields = {"FR": ("code_insee", "nom"), "LU": ("code", "nom"), "BE": ("nis5", "nom")}
    for code, name, country, population, bounds in COMMUNES:
        code_field, name_field = fields[country]
        sets[country].add(
            _commune_polygon(country, bounds),
            **{code_field: code, name_field: name, "population": population},
        )
    return list(sets.values())


def _zoning() -> list[DemoDataset]:
    sets = {country: _dataset("zoning", country, "zoning") for country in NATIONAL_CRS}
    for code, _name, country, _population, bounds in COMMUNES:
        commune = _commune_polygon(country, bounds)
        for row, codes in enumerate(ZONING_PATTERN[country]):
            for col, zone_code in enumerate(codes):
                block = box(
                    bounds[0] + col * BLOCK,
                    bounds[1] + row * BLOCK,
                    bounds[0] + (col + 1) * BLOCK,
                    bounds[1] + (row + 1) * BLOCK,
                )
                geometry, zone_code, subcode, commune_code = _zone_with_defects(
                    code, row, col, block.intersection(commune), zone_code
                )
                if geometry is None:
                    continue
                _add_zone(sets[country], country, geometry, zone_code, subcode, commune_code or code)
    _add_extra_zones(sets)
    return list(sets.values())


def _zone_with_defects(commune: str, row: int, col: int, geometry, zone_code: str):
    subcode = FR_HOUSING if zone_code == "U" else None
    commune_code = None
    if commune == "57038" and (row, col) == (2, 0):
        subcode = FR_INDUSTRY  # heavy industry facing Esch's housing across the border
    elif commune == "57038" and (row, col) == (1, 1):
        geometry = geometry.difference(box(4425, 1425, 4575, 1575))  # a hole in the zoning
    elif commune == "57038" and (row, col) == (0, 2):
        commune_code = "57603"  # attributed to the wrong commune
    elif commune == "57603" and (row, col) == (1, 0):
        geometry = box(6000, 1000, 7040, 2000)  # spills 40 m over its neighbour
    elif commune == "LU-SANEM" and (row, col) == (1, 2):
        geometry = None  # a block left without zoning
    elif commune == "LU-SANEM" and (row, col) == (2, 2):
        geometry = box(2000, 5000, 3300, 6000)  # runs 300 m into Esch-sur-Alzette
    elif commune == "LU-ESCH" and (row, col) == (2, 0):
        geometry = box(3300, 5000, 4000, 6000)
    elif commune == "LU-ESCH" and (row, col) == (1, 2):
        zone_code = "HAB-3"  # not a PAG category
    elif commune == "BE-AUBANGE" and (row, col) == (1, 1):
        zone_code = None  # code left empty
    return geometry, zone_code, subcode, commune_code


def _add_zone(dataset: DemoDataset, country: str, geometry, code, subcode, commune_code) -> None:
    if country == "FR":
        dataset.add(geometry, TYPEZONE=code, FORMDOMI=subcode, LIBELLE=code, INSEE=commune_code)
    elif country == "LU":
        dataset.add(geometry, categorie=code, commune=commune_code)
    else:
        dataset.add(geometry, zone=code, commune=commune_code)


def _add_extra_zones(sets: dict[str, DemoDataset]) -> None:
    fr = sets["FR"]
    _add_zone(fr, "FR", box(0, 0, 1000, 1000), "A", None, "54580")  # duplicate of Villerupt's first block
    _add_zone(fr, "FR", box(1400, 1400, 1600, 1600), "N", None, "54580")  # contained in a U zone
    _add_zone(fr, "FR", box(4000, -400, 4600, -50), "A", None, "57038")  # outside every commune


def _axes() -> list[DemoDataset]:
    fr, lu, be = (_dataset("axes", country, "mobility_axes") for country in ("FR", "LU", "BE"))

    def line(dataset, coords, hierarchy, mode="road", status="existing", name=None):
        dataset.add(LineString(coords), nom=name, hierarchie=hierarchy, mode=mode, statut=status)

    line(fr, [(0, 1500), (9000, 1500)], "main_street", name="Rue de la Frontière")
    line(fr, [(3500, 0), (3500, 3000)], "urban_boulevard", name="Boulevard de l'Alzette")
    line(lu, [(3500, 3000), (3500, 6000)], "urban_boulevard", name="Boulevard de l'Alzette")
    line(lu, [(0, 4500), (6000, 4500)], "main_street", name="Route de Belvaux")
    line(be, [(6000, 4500), (9000, 4500)], "main_street", name="Route de Belvaux")
    line(fr, [(4500, 1500), (4500, 3000)], "main_street", mode="tram", status="planned", name="Tram Alzette")
    line(fr, [(1500, 1500), (1500, 3000)], "urban_boulevard", name="Boulevard de Micheville")
    line(lu, [(1500, 3000), (1500, 4500)], "local_street", name="Rue de Micheville")
    line(fr, [(5200, 1500), (5200, 800)], "local_street", name="Impasse des Mines")
    line(be, [(7500, 4500), (7500, 5500)], None, name="Rue sans hiérarchie")
    return [fr, lu, be]


def _green() -> list[DemoDataset]:
    fr, lu, be = (_dataset("green", country, "green_spaces") for country in ("FR", "LU", "BE"))
    fr.add(box(200, 1000, 280, 3000), nom="Coulée verte de la Chiers", type="corridor", public=True)
    lu.add(box(200, 3000, 280, 4000), nom="Coulée verte de la Chiers", type="corridor", public=True)
    fr.add(box(7000, 500, 7080, 3000), nom="Corridor du Crassier", type="corridor", public=True)
    fr.add(box(3300, 2300, 3500, 2500), nom="Square des Hauts-Fourneaux", type="park", public=True)
    lu.add(box(4200, 5200, 4800, 5800), nom="Parc du Gaalgebierg", type="park", public=True)
    be.add(
        Polygon([(7000, 4000), (7200, 4200), (7200, 4000), (7000, 4200)]),
        nom="Jardin papillon",
        type="garden",
        public=False,
    )
    return [fr, lu, be]


def _sites() -> list[DemoDataset]:
    fr, lu = _dataset("sites", "FR", "sites"), _dataset("sites", "LU", "sites")
    fr.add(
        box(1000, 2000, 2000, 2800),
        nom="Friche de Micheville",
        type="brownfield",
        etat="planned",
        logements=600,
        emplois=300,
        surface=52_000.0,
    )
    lu.add(
        box(3500, 3200, 4500, 3900),
        nom="Belval Nord",
        type="brownfield",
        etat="in_progress",
        logements=900,
        emplois=1_200,
        surface=140_000.0,
    )
    fr.add(
        None,
        nom="Site sans géométrie",
        type="renewal",
        etat="identified",
        logements=0,
        emplois=0,
        surface=None,
    )
    return [fr, lu]


def _to_crs(geometries: list, crs: str) -> np.ndarray:
    local = np.array(geometries, dtype=object)
    present = np.array([g is not None for g in geometries], dtype=bool)
    framed = local.copy()
    framed[present] = shapely.transform(local[present], lambda xy: xy + np.array(FRAME_ORIGIN))
    framed[present] = transform_geometries(framed[present], FRAME_CRS, crs)
    return framed


def import_constants(dataset: DemoDataset) -> dict[str, object]:
    """Values a planner gives on import that the national files do not carry."""
    if dataset.plan_layer == "communes":
        return {"country": dataset.country, "zoning_standard": STANDARD[dataset.country]}
    if dataset.plan_layer == "zoning":
        return {"status": "existing"}
    return {}


def demo_snapshot(working_crs: str = FRAME_CRS):
    """The demo plan in memory, imported like the files (same mapping), without writing a GeoPackage."""
    from .importing import map_columns, resolve_field_map
    from .plan import empty_plan, layer_snapshot

    snapshot = empty_plan(working_crs, "demo")
    rows: dict[str, list] = {}
    for dataset in demo_datasets():
        standard = STANDARD[dataset.country] if dataset.plan_layer == "zoning" else None
        count = len(dataset.geometries)
        mapping = resolve_field_map(dataset.plan_layer, list(dataset.attributes), {}, standard)
        mapped = map_columns(
            dataset.plan_layer, dataset.attributes, count, mapping, import_constants(dataset), standard
        )
        part = layer_snapshot(
            dataset.plan_layer, dataset.geometries, [0] * count, mapped.columns, dataset.crs, working_crs
        )
        rows.setdefault(dataset.plan_layer, []).append(part)
    for name, parts in rows.items():
        snapshot.layers[name] = _concatenate(name, parts, working_crs)
    return snapshot


def _concatenate(name: str, parts: list, working_crs: str):
    """One layer from the national parts, as it reads back from the plan (already in the working CRS)."""
    from .plan import LayerSnapshot

    geometries = np.concatenate([part.geometries for part in parts])
    keys = sorted({key for part in parts for key in part.attributes})
    attributes = {key: np.concatenate([part.column(key) for part in parts]) for key in keys}
    ids = np.arange(1, len(geometries) + 1, dtype=np.int64)  # fids as the GeoPackage would number them
    return LayerSnapshot(name, geometries, ids, attributes, working_crs, None)
