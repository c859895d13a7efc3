"""Import…: the Import dialog for the active plan; once it has written the plan, the plan's layers in the
project read their tables again and whoever shows plan figures is told (``imported``)."""

from __future__ import annotations

import logging

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..qgis_adapters.plan_session import PlanSession
from . import messages

LOG = logging.getLogger(__name__)


class ImportCommands(QObject):
    imported = pyqtSignal(str)  # the plan layers written, comma-separated

    def __init__(self, iface, session: PlanSession, parent: QObject | None = None):
        super().__init__(parent)
        self._iface = iface
        self._session = session
        self.dialog = None

    def open_dialog(self):
        """The Import dialog for the active plan (non-modal: layers can be selected on the map meanwhile)."""
        from .import_dialog import ImportDialog

        plan = self._session.plan_path()
        if plan is None:
            return None
        edited = self._session.layers_with_unsaved_edits()
        if edited:
            messages.show_warning(self._iface, self.tr(
                "Save or discard the edits of {layers} first: the import writes the plan's file.").format(
                    layers=", ".join(layer.name() for layer in edited)))
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        self.dialog = ImportDialog(self._iface, plan, self._iface.mainWindow())
        self.dialog.imported.connect(self._reload)
        self.dialog.finished.connect(self._closed)
        self.dialog.show()
        return self.dialog

    def _reload(self, layers: str, _reports: list) -> None:
        for name in filter(None, layers.split(",")):
            for layer in self._session.layers(name):
                layer.reload()
                layer.updateExtents()
                layer.triggerRepaint()
        self.imported.emit(layers)

    def _closed(self, *_args) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def shutdown(self) -> None:
        """On unload: an import still running is cancelled (its plan writes roll back) and the dialog goes."""
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.imported.disconnect(self._reload)
        dialog.finished.disconnect(self._closed)
        dialog.abandon_task()
        dialog.close()
        dialog.deleteLater()
