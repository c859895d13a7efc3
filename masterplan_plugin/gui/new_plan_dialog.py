"""New plan dialog: where to write the GeoPackage and in which working CRS. Layout in the .ui beside it."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..core.model import plan_schema

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class NewPlanDialog(QDialog, FORM_CLASS):
    file_widget: QgsFileWidget
    crs_widget: QgsProjectionSelectionWidget
    button_box: QDialogButtonBox

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.file_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.file_widget.setDialogTitle(self.tr("Save the master plan as"))
        # The plan command asks before replacing a file, typed or browsed: one question, not two.
        self.file_widget.setConfirmOverwrite(False)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem(plan_schema().default_crs))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.file_widget.fileChanged.connect(self._update_ok_button)
        self.crs_widget.crsChanged.connect(self._update_ok_button)
        self._update_ok_button()

    def plan_path(self) -> Path | None:
        """The chosen file, with the .gpkg extension added when it was left out."""
        text = self.file_widget.filePath().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    def crs_id(self) -> str:
        """'AUTH:CODE' when the CRS has one, else its WKT (create_plan accepts both)."""
        crs = self.crs_widget.crs()
        return crs.authid() or crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT2_2019)

    def _update_ok_button(self, *_args) -> None:
        ready = self.plan_path() is not None and self.crs_widget.crs().isValid()
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
