"""Build the demo plan: write each generated national dataset to a file, then import it into a plan.

The demo goes through the same import path as a planner's real files (own CRS, own standard). Its plan
speaks the language given, else the interface's, like any new plan; its project opens on the imported
features.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

from ..core.demo import STANDARD, DemoDataset, demo_datasets, import_constants
from ..core.errors import PlanError
from ..io.plan_import import ImportReport, import_file
from .plan_project import PlanFiles, create_plan, refresh_project_view

_OGR_TYPES = {bool: ogr.OFTInteger, int: ogr.OFTInteger64, float: ogr.OFTReal, str: ogr.OFTString}


def build_demo(directory: str | Path, crs: str = "EPSG:3035",
               language: str | None = None) -> tuple[PlanFiles, list[ImportReport]]:
    directory = Path(directory)
    sources = directory / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    plan = create_plan(directory / "demo_plan.gpkg", crs, overwrite=True, language=language)
    reports = []
    for dataset in demo_datasets():
        path = write_dataset(dataset, sources / f"{dataset.name}.gpkg")
        standard = STANDARD[dataset.country] if dataset.plan_layer == "zoning" else None
        constants = import_constants(dataset)
        reports.append(
            import_file(plan.gpkg, dataset.plan_layer, path, standard=standard, constants=constants)
        )
    refresh_project_view(plan.gpkg)
    return plan, reports


def write_dataset(dataset: DemoDataset, path: Path) -> Path:
    """Write one dataset as a GeoPackage in its own CRS (overwriting an older demo file)."""
    if path.exists():
        path.unlink()
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if source is None:
        raise PlanError("The demo dataset could not be written.", str(path))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(dataset.crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer(dataset.name, srs, ogr.wkbUnknown, options=["FID=fid"])
    for name, values in dataset.attributes.items():
        kind = next((type(v) for v in values if v is not None), str)
        layer.CreateField(ogr.FieldDefn(name, _OGR_TYPES[kind]))
    wkbs = shapely.to_wkb(np.array(dataset.geometries, dtype=object), output_dimension=2)
    for index, wkb in enumerate(wkbs):
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkb is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        for name, values in dataset.attributes.items():
            value = values[index]
            if value is not None:
                feature.SetField(name, int(value) if isinstance(value, bool) else value)
        layer.CreateFeature(feature)
    source = None
    return path
