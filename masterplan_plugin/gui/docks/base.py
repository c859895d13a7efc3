"""A plan panel: one ``QgsDockWidget`` owned by one controller.

``plugin.py`` only wires controllers: it calls ``register``/``unregister`` and connects signals. Each panel
subclass names its dock, its icon and the plan layer it follows, and builds its content under a header
line naming that layer (or saying that there is no plan yet). Panels learn about the active plan from the
``PlanSession``; the figure panels get their numbers from the ``PanelDataService`` (``FigurePanel``).
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QAction, QLabel, QVBoxLayout, QWidget

from ...icons import icon
from ...qgis_adapters.panel_data import PanelData, PanelDataService
from ...qgis_adapters.plan_session import PlanSession


@dataclass(frozen=True)
class PanelServices:
    """What the panels share: the active plan and the figures computed for it."""

    session: PlanSession
    panel_data: PanelDataService


class PlanDockController(QObject):
    """Owns one dock: creates it, registers it with QGIS, keeps its content in step with the active plan."""

    OBJECT_NAME = ""
    ICON = "masterplan"
    PLAN_LAYER = ""

    visibility_changed = pyqtSignal(bool)  # shown or hidden by the user (tabs behind others count as shown)
    closed = pyqtSignal()

    def __init__(self, iface, services: PanelServices, parent: QObject | None = None):
        super().__init__(parent)
        self._iface = iface
        self._services = services
        self._session = services.session
        self.dock = QgsDockWidget(self.title(), iface.mainWindow())
        self.dock.setObjectName(self.OBJECT_NAME)
        self.dock.setWindowIcon(icon(self.ICON))
        self.dock.setWidget(self._content())
        toggle = self.dock.toggleViewAction()
        toggle.setIcon(icon(self.ICON))
        toggle.setObjectName(f"mAction{self.OBJECT_NAME}Toggle")
        toggle.toggled.connect(self._on_toggled)
        self.refresh()

    def title(self) -> str:
        raise NotImplementedError

    def make_panel(self) -> QWidget | None:
        """The panel's own widgets, shown under the header line."""
        return None

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
        self._session.plan_changed.connect(self._on_plan_changed)
        self.connect_services()
        self._on_plan_changed(str(self._session.plan_path() or ""))

    def unregister(self) -> None:
        self.disconnect_services()
        self._session.plan_changed.disconnect(self._on_plan_changed)
        self._iface.removeDockWidget(self.dock)
        self.dock.deleteLater()

    def connect_services(self) -> None:
        """Subclasses connect to more shared signals here, and disconnect them in ``disconnect_services``."""

    def disconnect_services(self) -> None:
        pass

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
        layer = self._session.layer(self.PLAN_LAYER)
        if layer is None:
            text = translate("PlanDockController", "No master plan in this project. Create one with "
                             "“New plan…” or open one with “Open plan…”.")
        else:
            text = translate("PlanDockController", "Plan layer: {layer}").format(layer=layer.name())
        self._label.setText(text)

    def plan_changed(self, path: str) -> None:
        """Hook: the active plan is now ``path`` ("" for none)."""

    def _on_plan_changed(self, path: str) -> None:
        self.refresh()
        self.plan_changed(path)

    def _content(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(4, 4, 4, 4)
        self._label = QLabel()
        self._label.setObjectName(f"{self.OBJECT_NAME}Label")
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._label)
        panel = self.make_panel()
        if panel is not None:
            layout.addWidget(panel, 1)
        else:
            layout.addStretch(1)
        return widget

    def _on_toggled(self, checked: bool) -> None:
        self.visibility_changed.emit(checked)
        if not checked:
            self.closed.emit()


class FigurePanel(PlanDockController):
    """A panel showing figures of the active plan (``PanelData``), recomputed after each commit."""

    def connect_services(self) -> None:
        service = self._services.panel_data
        service.data_ready.connect(self._on_data)
        service.data_cleared.connect(self.clear)
        if service.data() is not None:
            self._on_data(service.data())

    def disconnect_services(self) -> None:
        service = self._services.panel_data
        service.data_ready.disconnect(self._on_data)
        service.data_cleared.disconnect(self.clear)

    def _on_data(self, data: PanelData) -> None:
        self.show_data(data)

    def show_data(self, data: PanelData) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    @property
    def data(self) -> PanelData | None:
        return self._services.panel_data.data()
