"""A plan panel: one ``QgsDockWidget`` owned by one controller.

``plugin.py`` only wires controllers: it calls ``register``/``unregister`` and connects signals. Each panel
subclass names its dock, its icon and the plan layer it follows; later issues replace the placeholder
content with the real widgets.
"""

from __future__ import annotations

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QAction, QLabel, QVBoxLayout, QWidget

from ..icons import icon


def find_plan_layer(project: QgsProject, layer_name: str) -> QgsVectorLayer | None:
    """The top-most layer of the layer tree read from a GeoPackage table ``layer_name``, if any.

    Plans are added at the top of the tree, so this is the most recently opened plan.
    """
    registry = QgsProviderRegistry.instance()
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            continue
        parts = registry.decodeUri("ogr", layer.source())
        if parts.get("layerName") == layer_name and str(parts.get("path", "")).lower().endswith(".gpkg"):
            return layer
    return None


class PlanDockController(QObject):
    """Owns one dock: creates it, registers it with QGIS, keeps its content in step with the project."""

    OBJECT_NAME = ""
    ICON = "masterplan"
    PLAN_LAYER = ""

    visibility_changed = pyqtSignal(bool)  # shown or hidden by the user (tabs behind others count as shown)
    closed = pyqtSignal()

    def __init__(self, iface, parent: QObject | None = None):
        super().__init__(parent)
        self._iface = iface
        self._project = QgsProject.instance()
        self.dock = QgsDockWidget(self.title(), iface.mainWindow())
        self.dock.setObjectName(self.OBJECT_NAME)
        self.dock.setWindowIcon(icon(self.ICON))
        self.dock.setWidget(self._placeholder())
        toggle = self.dock.toggleViewAction()
        toggle.setIcon(icon(self.ICON))
        toggle.setObjectName(f"mAction{self.OBJECT_NAME}Toggle")
        toggle.toggled.connect(self._on_toggled)
        self.refresh()

    def title(self) -> str:
        raise NotImplementedError

    def toggle_action(self) -> QAction:
        """Qt's show/hide action for this dock, as listed in View ▸ Panels."""
        return self.dock.toggleViewAction()

    # --- registration (mirrored) ---------------------------------------------------------------------

    def register(self, tabify_with: PlanDockController | None = None, visible: bool = False) -> None:
        area = Qt.DockWidgetArea.RightDockWidgetArea
        self._iface.addDockWidget(area, self.dock)  # also lists it in View ▸ Panels
        window = self._iface.mainWindow()
        if tabify_with is not None and window.dockWidgetArea(tabify_with.dock) == area:
            window.tabifyDockWidget(tabify_with.dock, self.dock)
        self.dock.setVisible(visible)
        for signal in self._project_signals():
            signal.connect(self.refresh)

    def unregister(self) -> None:
        for signal in self._project_signals():
            signal.disconnect(self.refresh)
        self._iface.removeDockWidget(self.dock)
        self.dock.deleteLater()

    def _project_signals(self):
        return (self._project.layersAdded, self._project.layersRemoved, self._project.cleared)

    # --- behaviour -----------------------------------------------------------------------------------

    def set_user_visible(self, visible: bool) -> None:
        """Show and raise the dock, or hide it."""
        if visible:
            self.dock.setUserVisible(True)
        else:
            self.dock.hide()

    def refresh(self, *_args) -> None:
        # Explicit context: self.tr() would use the subclass name, which pylupdate5 cannot know here.
        translate = QCoreApplication.translate
        layer = find_plan_layer(self._project, self.PLAN_LAYER)
        if layer is None:
            text = translate("PlanDockController", "No master plan in this project. Create one with "
                             "“New plan…” or open one with “Open plan…”.")
        else:
            text = translate("PlanDockController", "Plan layer: {layer}").format(layer=layer.name())
        self._label.setText(text)

    def _placeholder(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self._label = QLabel()
        self._label.setObjectName(f"{self.OBJECT_NAME}Label")
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._label)
        return widget

    def _on_toggled(self, checked: bool) -> None:
        self.visibility_changed.emit(checked)
        if not checked:
            self.closed.emit()
