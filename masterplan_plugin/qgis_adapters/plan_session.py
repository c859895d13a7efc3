"""Which master plan is active in the QGIS project, and which project layers are its layers.

The active plan's path is stored in the project (``QgsProject.writeEntry("masterplan", "plan", …)``,
relative to the project file when saved as such), so reopening a project brings the same plan back. A
project made before the plugin was installed, or by ``make demo``, has no entry: then the plan whose
zoning layer is highest in the layer tree is active. A plan is active only while some of its layers are
in the project; removing them all leaves no active plan.

When a plan becomes active in a project for the first time, the session sets the project up for editing
it (``plan_editing.configure_once``: snapping, topological editing, no overlapping zones); the project
remembers it, so the user's later changes stay.

The session emits ``plan_changed`` with the plan's path ("" for none) whenever that answer changes. Layer
additions and removals come in bursts (a plan adds eleven layers one by one), so the session re-reads the
project once the burst is over, on the next turn of the event loop.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.errors import MasterplanError
from ..core.model import FINDINGS, ZONING, plan_schema
from . import plan_editing
from .legend_classes import ClassesInUse

LOG = logging.getLogger(__name__)

ENTRY_SCOPE = "masterplan"
ENTRY_KEY = "plan"


def layer_table(layer) -> tuple[Path | None, str | None]:
    """(GeoPackage path, table name) of an OGR GeoPackage layer; (None, None) for any other layer."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = str(parts.get("path") or "")
    if not path.lower().endswith(".gpkg"):
        return None, None
    return _normalised(path), parts.get("layerName")


def _normalised(path: str | Path) -> Path:
    return Path(path).expanduser().resolve()


class PlanSession(QObject):
    plan_changed = pyqtSignal(str)  # the active plan's path, "" when there is none

    def __init__(self, project: QgsProject | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._project = project or QgsProject.instance()
        self._plan: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.resolve)
        self._connected = False
        self._classes = ClassesInUse(self)

    # --- registration (mirrored) ---------------------------------------------------------------------

    def connect_project(self) -> None:
        for signal in self._deferred_signals():
            signal.connect(self._schedule)
        self._project.cleared.connect(self.resolve)
        self._connected = True
        self.resolve()

    def disconnect_project(self) -> None:
        if not self._connected:
            return
        self._timer.stop()
        for signal in self._deferred_signals():
            signal.disconnect(self._schedule)
        self._project.cleared.disconnect(self.resolve)
        self._classes.stop()
        self._connected = False

    def _deferred_signals(self):
        return (self._project.layersAdded, self._project.layersRemoved, self._project.readProject)

    # --- the active plan -----------------------------------------------------------------------------

    @property
    def project(self) -> QgsProject:
        return self._project

    def plan_path(self) -> Path | None:
        return self._plan

    def set_active_plan(self, path: str | Path) -> None:
        """Make ``path`` the active plan (its layers are in the project) and remember it in the project."""
        plan = _normalised(path)
        self._project.writeEntry(ENTRY_SCOPE, ENTRY_KEY, self._project.writePath(str(plan)))
        self._timer.stop()
        self._set(plan)
        self._follow_classes()

    def resolve(self, *_args) -> None:
        """Read the project again: the stored plan if its layers are there, else the top-most plan."""
        self._timer.stop()
        plans = self.plans_in_project()
        stored, ok = self._project.readEntry(ENTRY_SCOPE, ENTRY_KEY, "")
        preferred = _normalised(self._project.readPath(stored)) if ok and stored else None
        self._set(preferred if preferred in plans else (plans[0] if plans else None))
        self._follow_classes()

    def plans_in_project(self) -> list[Path]:
        """Plans with layers in the project, top-most zoning layer first, then plans without zoning layer."""
        names = set(plan_schema().layer_names)
        with_zoning, others = [], []
        for node in self._project.layerTreeRoot().findLayers():
            path, table = layer_table(node.layer())
            if path is None or table not in names:
                continue
            target = with_zoning if table == ZONING else others
            if path not in target:
                target.append(path)
        return with_zoning + [path for path in others if path not in with_zoning]

    def _follow_classes(self) -> None:
        """The active plan's classified layers keep legends of the classes in use (layers added since
        are followed too); a plan no longer active is not followed any more."""
        if self._plan is None:
            self._classes.stop()
            return
        from ..io.plan_file import read_plan_settings
        from .plan_project import plan_language  # plan_project imports this module

        try:
            language = plan_language(read_plan_settings(self._plan))
        except MasterplanError:  # an unreadable plan keeps its legends as they are; the panels say why
            LOG.debug("legend classes not followed for %s", self._plan, exc_info=True)
            return
        self._classes.follow(self.layers_by_table(), language)

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def _set(self, plan: Path | None) -> None:
        if plan == self._plan:
            return
        self._classes.stop()
        self._plan = plan
        LOG.info("Active master plan: %s", plan or "none")
        if plan is not None:
            plan_editing.configure_once(self._project, plan, self.layers_by_table())
        self.plan_changed.emit(str(plan) if plan else "")

    # --- the active plan's layers --------------------------------------------------------------------

    def layers(self, table: str) -> list[QgsVectorLayer]:
        """The project layers reading ``table`` of the active plan, in layer-tree order."""
        if self._plan is None:
            return []
        found = []
        for node in self._project.layerTreeRoot().findLayers():
            layer = node.layer()
            if layer_table(layer) == (self._plan, table) and layer not in found:
                found.append(layer)
        for layer in self._project.mapLayers().values():  # layers kept out of the tree, if any
            if layer not in found and layer_table(layer) == (self._plan, table):
                found.append(layer)
        return found

    def layer(self, table: str) -> QgsVectorLayer | None:
        layers = self.layers(table)
        return layers[0] if layers else None

    def findings_layers(self) -> list[QgsVectorLayer]:
        return self.layers(FINDINGS)

    def plan_layers(self) -> list[QgsVectorLayer]:
        return [layer for name in plan_schema().layer_names for layer in self.layers(name)]

    def layers_by_table(self) -> dict[str, list[QgsVectorLayer]]:
        """The active plan's project layers by table, tables without a layer left out."""
        found = {name: self.layers(name) for name in plan_schema().layer_names}
        return {name: layers for name, layers in found.items() if layers}

    def reload_findings_layers(self) -> None:
        """Show the register just written: the findings layers read their table again and repaint."""
        for layer in self.findings_layers():
            layer.reload()
            layer.updateExtents()
            layer.triggerRepaint()

    def layers_with_unsaved_edits(self) -> list[QgsVectorLayer]:
        return [layer for layer in self.plan_layers() if layer.isEditable() and layer.isModified()]
