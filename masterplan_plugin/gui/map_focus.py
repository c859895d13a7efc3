"""Show a finding on the map: zoom to its problem geometry, select the features involved, flash the place.

Problem geometries are shapely geometries in the plan's working CRS; the canvas may use any CRS, so the
extent is transformed (plan CRS → canvas CRS) and the flash is given its CRS for QGIS to transform.
"""

from __future__ import annotations

import logging

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)

from ..core.register import RegisterEntry
from ..qgis_adapters.plan_session import PlanSession

LOG = logging.getLogger(__name__)

MIN_EXTENT_M = 200.0  # a point or a sliver is shown with at least this much around it
MARGIN = 0.3  # of the geometry's size, on each side


def focus_extent(geometry, plan_crs: str, canvas_crs: QgsCoordinateReferenceSystem) -> QgsRectangle | None:
    """The canvas extent (in ``canvas_crs``) showing ``geometry`` (plan CRS, metres) with some context."""
    if geometry is None or geometry.is_empty:
        return None
    minx, miny, maxx, maxy = geometry.bounds
    width, height = maxx - minx, maxy - miny
    pad_x = max(width * MARGIN, (MIN_EXTENT_M - width) / 2, 0.0)
    pad_y = max(height * MARGIN, (MIN_EXTENT_M - height) / 2, 0.0)
    rectangle = QgsRectangle(minx - pad_x, miny - pad_y, maxx + pad_x, maxy + pad_y)
    source = QgsCoordinateReferenceSystem(plan_crs)
    if not canvas_crs.isValid() or source == canvas_crs:
        return rectangle
    transform = QgsCoordinateTransform(source, canvas_crs, QgsProject.instance())
    try:
        return transform.transformBoundingBox(rectangle)
    except QgsCsException as error:
        LOG.warning("Finding extent cannot be shown in the map CRS: %s", error)
        return None


def show_finding(canvas, session: PlanSession, entry: RegisterEntry, plan_crs: str) -> bool:
    """Zoom, select and flash; False when the finding has no place on the map (it still selects)."""
    finding = entry.finding
    _select_features(session, finding.layer, finding.feature_ids)
    extent = focus_extent(finding.geometry, plan_crs, canvas.mapSettings().destinationCrs())
    if extent is None:
        return False
    canvas.setExtent(extent)
    canvas.refresh()
    # An explicit output dimension: in QGIS's process shapely's default (4) meets an older GEOS and fails.
    geometry = QgsGeometry.fromWkt(shapely.to_wkt(finding.geometry, output_dimension=2))
    canvas.flashGeometries([geometry], QgsCoordinateReferenceSystem(plan_crs))
    return True


def _select_features(session: PlanSession, table: str, fids) -> None:
    """Select the finding's features in their layer; the other plan layers lose their selection."""
    target = session.layer(table) if table else None
    for layer in session.plan_layers():
        if layer is not target and layer.selectedFeatureCount() and layer not in session.findings_layers():
            layer.removeSelection()
    if target is not None:
        target.selectByIds([int(fid) for fid in fids])
