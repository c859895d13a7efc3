"""New plan / Open plan / Settings: collect the user's choice, call ``qgis_adapters.plan_project``, report the
outcome. The plan opened or created becomes the session's active plan, and the map shows it.

``MasterplanError`` is caught here, at the GUI boundary, and shown in the message bar; anything else is a
bug and goes to QGIS's Python error dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..core.errors import MasterplanError
from ..qgis_adapters.plan_session import PlanSession
from . import messages
from .new_plan_dialog import NewPlanDialog

LOG = logging.getLogger(__name__)


class PlanCommands(QObject):
    def __init__(self, iface, session: PlanSession, parent: QObject | None = None):
        super().__init__(parent)
        self._iface = iface
        self._session = session

    # --- slots ---------------------------------------------------------------------------------------

    def new_plan(self) -> None:
        dialog = NewPlanDialog(self._iface.mainWindow())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            path, crs = dialog.plan_path(), dialog.crs_id()
        finally:
            dialog.deleteLater()
        if path is not None and self._may_write(path):
            self.create_and_open(path, crs, overwrite=path.exists())

    def open_plan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._iface.mainWindow(),
            self.tr("Open a master plan"),
            QgsProject.instance().homePath(),
            self.tr("GeoPackage (*.gpkg)"),
        )
        if path:
            self.open_path(Path(path))

    # --- the work, callable without dialogs (tests, other GUI parts) ---------------------------------

    def create_and_open(self, path: Path, crs: str, overwrite: bool = False) -> bool:
        from ..qgis_adapters import plan_project  # lazy: GDAL and styles are not needed to show the toolbar

        try:
            files = plan_project.create_plan(path, crs, overwrite=overwrite)
            plan_project.add_plan_to_project(files.gpkg, QgsProject.instance())
            self._session.set_active_plan(files.gpkg)
            self._show_active_plan()
        except MasterplanError as error:
            LOG.warning("Plan not created: %s", error)
            messages.show_error(self._iface, self.tr("The plan could not be created."), error)
            return False
        messages.show_success(
            self._iface, self.tr("Plan created: {gpkg} (project: {project}).").format(
                gpkg=files.gpkg, project=files.project.name
            )
        )
        return True

    def open_path(self, path: Path) -> bool:
        from ..qgis_adapters import plan_project  # lazy, as above

        path = Path(path).resolve()
        if path in self._session.plans_in_project():
            # Adding the layers a second time would only duplicate them: make that plan the active one.
            self._session.set_active_plan(path)
            self._show_active_plan()
            messages.show_success(self._iface, self.tr(
                "{gpkg} is already in the project; it is now the active plan.").format(gpkg=path.name))
            return True
        try:
            plan_project.add_plan_to_project(path, QgsProject.instance())
            self._session.set_active_plan(path)
            self._show_active_plan()
        except MasterplanError as error:
            LOG.warning("Plan not opened: %s", error)
            messages.show_error(self._iface, self.tr("The plan could not be opened."), error)
            return False
        messages.show_success(self._iface, self.tr("Plan opened: {gpkg}.").format(gpkg=path))
        return True

    def _show_active_plan(self) -> None:
        """The map canvas on the active plan: its features, or its CRS's area while it is empty."""
        from ..qgis_adapters.plan_project import plan_view_extent

        layers = {name: found[0] for name, found in self._session.layers_by_table().items()}
        if not layers:
            return
        canvas = self._iface.mapCanvas()
        canvas.setReferencedExtent(plan_view_extent(layers, next(iter(layers.values())).crs()))
        canvas.refresh()

    def export_atlas(self) -> None:
        """The atlas dialog for the active plan (its export runs as a QgsTask)."""
        from .atlas_dialog import AtlasDialog

        plan = self._session.plan_path()
        if plan is None:
            return
        dialog = AtlasDialog(self._iface, plan, self._iface.mainWindow())
        dialog.exec()

    def edit_settings(self) -> bool:
        """The Settings dialog for the active plan; the profile is written into the plan when accepted."""
        from ..io import plan_file
        from ..io.validation import PROFILE_KEY, plan_profile
        from .settings_dialog import SettingsDialog

        plan = self._session.plan_path()
        if plan is None:
            return False
        try:
            dialog = SettingsDialog(plan_file.plan_crs(plan), plan_profile(plan), self._iface.mainWindow())
        except MasterplanError as error:
            messages.show_error(self._iface, self.tr("The plan settings could not be read."), error)
            return False
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            plan_file.write_plan_setting(plan, PROFILE_KEY, dialog.profile_json())
        except MasterplanError as error:
            LOG.warning("Plan settings not saved: %s", error)
            messages.show_error(self._iface, self.tr("The plan settings could not be saved."), error)
            return False
        finally:
            dialog.deleteLater()
        messages.show_success(self._iface,
                              self.tr("Validation settings saved in {gpkg}.").format(gpkg=plan.name))
        return True

    def _may_write(self, path: Path) -> bool:
        if not path.exists():
            return True
        answer = QMessageBox.question(
            self._iface.mainWindow(),
            self.tr("Replace the file?"),
            self.tr("{name} already exists. Replace it with an empty master plan?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
