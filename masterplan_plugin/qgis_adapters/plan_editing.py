"""Editing the plan like a coverage: snapping on its layers, topological editing, zones that do not overlap.

Set once per plan and project, the first time the plan opens in it (``configure_once``): the project then
records the plan in its ``masterplan/editing_configured`` entry, and what the user changes afterwards
(snapping off, another tolerance, overlaps allowed) is never overridden, neither when the project is read
again nor when the plugin starts. Projects written by the plugin carry the settings and the entry already,
so they edit the same way in a QGIS without the plugin.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsSnappingConfig, QgsTolerance, QgsVectorLayer

from ..core.model import FINDINGS, ZONING

LOG = logging.getLogger(__name__)

ENTRY_SCOPE = "masterplan"
ENTRY_KEY = "editing_configured"
SNAPPING_TOLERANCE_PX = 12.0


def configured_plans(project: QgsProject) -> list[Path]:
    stored, _ok = project.readListEntry(ENTRY_SCOPE, ENTRY_KEY, [])
    return [Path(project.readPath(entry)).resolve() for entry in stored or []]


def configure_once(project: QgsProject, plan: Path, layers: dict[str, list[QgsVectorLayer]]) -> bool:
    """Apply the editing settings for ``plan`` unless this project has had them already; True if applied."""
    plan = Path(plan).resolve()
    if plan in configured_plans(project):
        return False
    apply_editing_settings(project, layers)
    stored, _ok = project.readListEntry(ENTRY_SCOPE, ENTRY_KEY, [])
    project.writeEntry(ENTRY_SCOPE, ENTRY_KEY, [*(stored or []), project.writePath(str(plan))])
    LOG.info("Snapping, topological editing and no overlapping zones set for %s", plan.name)
    return True


def apply_editing_settings(project: QgsProject, layers: dict[str, list[QgsVectorLayer]]) -> None:
    """Vertex and segment snapping on every plan layer but the findings, topological editing on, and new
    or reshaped zones cut where they would overlap other zones."""
    config = QgsSnappingConfig(project.snappingConfig())
    config.setEnabled(True)
    config.setMode(_enum("SnappingMode", QgsSnappingConfig, "AdvancedConfiguration"))
    for name, found in layers.items():
        for layer in found:  # the findings' markers are no place to snap to
            config.setIndividualLayerSettings(layer, _layer_snapping(enabled=name != FINDINGS))
    project.setSnappingConfig(config)
    project.setTopologicalEditing(True)
    zoning = layers.get(ZONING, [])
    if zoning:
        mode = _enum("AvoidIntersectionsMode", QgsProject, "AvoidIntersectionsLayers")
        project.setAvoidIntersectionsMode(mode)
        kept = [layer for layer in project.avoidIntersectionsLayers() if layer not in zoning]
        project.setAvoidIntersectionsLayers(kept + list(zoning))


def _layer_snapping(enabled: bool) -> QgsSnappingConfig.IndividualLayerSettings:
    if hasattr(Qgis, "SnappingType"):  # QGIS >= 3.26
        types = Qgis.SnappingType.Vertex | Qgis.SnappingType.Segment
        pixels = Qgis.MapToolUnit.Pixels
    else:  # QGIS 3.22's bindings have these flags unscoped only
        types = QgsSnappingConfig.VertexFlag | QgsSnappingConfig.SegmentFlag
        pixels = QgsTolerance.UnitType.Pixels
    return QgsSnappingConfig.IndividualLayerSettings(enabled, types, SNAPPING_TOLERANCE_PX, pixels, 0.0, 0.0)


def _enum(name: str, legacy_owner, member: str):
    """``Qgis.<name>.<member>`` on QGIS >= 3.26, ``<legacy_owner>.<name>.<member>`` before."""
    owner = getattr(Qgis, name, None) or getattr(legacy_owner, name)
    return getattr(owner, member)
