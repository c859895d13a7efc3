"""Export for the Géoportail de l'urbanisme (CNIG)… and Export as INSPIRE PLU…: the active plan's zoning
in national and European formats (``io.national_export``), in a background task, summed up in
the message bar with a button opening the output folder.

The export runs in the child worker (the registry's ``export_national`` operation), as the Import
dialog's imports and the findings exports do: it repairs and writes geometries through shapely, which must
not share QGIS's process (see ``operations/child.py``). It reads the plan's file, so a plan with unsaved
edits is refused.
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from qgis.core import Qgis
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QObject, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..core import cnig_export as cnig
from ..core.errors import MasterplanError
from ..operations import child_runner
from ..operations.export_national import ExportNationalRequest
from ..qgis_adapters import tasks
from ..qgis_adapters.plan_session import PlanSession
from . import messages
from .task_command import TaskCommand

LOG = logging.getLogger(__name__)
TOPIC = "export"
OPEN_FOLDER_BUTTON = "MasterPlanExportFolderButton"
CODE_ROLE = Qt.ItemDataRole.UserRole
FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("cnig_export_dialog.ui")))


def plan_cnig_communes(plan: Path) -> dict[str, str]:
    """INSEE code -> name of the plan's French municipalities (CNIG standard); InputError when none."""
    from ..io.national_export import french_communes  # lazy: GDAL only once asked

    return french_communes(plan, None)


class CnigExportDialog(QDialog, FORM_CLASS):
    """Output folder, approval date (today by default) and the municipalities to export (all by default)."""

    output_widget: QgsFileWidget
    date_edit: QDateEdit
    communes_list: QListWidget
    select_all_button: QPushButton
    select_none_button: QPushButton
    button_box: QDialogButtonBox

    def __init__(self, plan: Path, communes: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_widget.setDialogTitle(self.tr("Folder for the CNIG documents"))
        self.output_widget.setFilePath(str(plan.parent / "cnig"))
        self.date_edit.setDate(QDate.currentDate())
        for code, name in communes.items():
            item = QListWidgetItem(f"{code} — {name}")
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.communes_list.addItem(item)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.select_all_button.clicked.connect(lambda: self._check_all(True))
        self.select_none_button.clicked.connect(lambda: self._check_all(False))
        self.communes_list.itemChanged.connect(self._update_ok)
        self.output_widget.fileChanged.connect(self._update_ok)
        self._update_ok()

    def _items(self) -> list[QListWidgetItem]:
        return [self.communes_list.item(row) for row in range(self.communes_list.count())]

    def _check_all(self, checked: bool) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_ok(self, *_args) -> None:
        ready = self.output_dir() is not None and bool(self.selected_communes())
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def output_dir(self) -> Path | None:
        text = self.output_widget.filePath().strip()
        return Path(text) if text else None

    def approval_date(self) -> datetime.date:
        return self.date_edit.date().toPyDate()

    def selected_communes(self) -> list[str]:
        return [item.data(CODE_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def all_selected(self) -> bool:
        return len(self.selected_communes()) == self.communes_list.count()


class NationalExportCommands(TaskCommand):
    exported = pyqtSignal(object)  # the worker's summary, with "kind": "cnig" or "inspire"

    def __init__(self, iface, session: PlanSession, parent: QObject | None = None):
        super().__init__(iface, parent)
        self._session = session

    # --- commands ------------------------------------------------------------------------------------

    def export_cnig(self, out_dir: str | Path | None = None, approval_date=None,
                    communes: list[str] | None = None,
                    overwrite: bool | None = None) -> tasks.PlanTask | None:
        """Export the active plan's French municipalities (``communes``: all when None) as CNIG folders in
        ``out_dir`` (asked for with the date and municipalities when not given). Existing folders are
        replaced with ``overwrite``, kept with False, asked about with None. The task, or None."""
        plan = self._ready_plan()
        if plan is None:
            return None
        try:
            french = plan_cnig_communes(plan)
            if out_dir is None:
                chosen = self._ask_cnig_options(plan, french)
                if chosen is None:
                    return None
                out_dir, approval_date, communes = chosen
            date = cnig.approval_date(approval_date)
        except MasterplanError as error:
            messages.show_error(self._iface, self.tr("The plan cannot be exported as CNIG documents."),
                                error, topic=TOPIC)
            return None
        out_dir = Path(out_dir)
        existing = [name for name in (cnig.document_names(code, date).folder for code in communes or french)
                    if (out_dir / name).exists()]
        if existing and not self._may_replace(existing, overwrite):
            return None
        args = ExportNationalRequest(plan, "cnig", Path(out_dir), date=date,
                                     communes=tuple(communes) if communes else None, overwrite=bool(existing))
        return self._start(args, self.tr("CNIG export of {plan}").format(plan=plan.stem))

    def export_inspire(self, out_path: str | Path | None = None, valid_from=None,
                       crs: str | None = None) -> tasks.PlanTask | None:
        """Export the active plan's zones as INSPIRE PLU to ``out_path`` (.gml or .gpkg; asked for when not
        given, the file dialog confirming a replacement). The task, or None."""
        plan = self._ready_plan()
        if plan is None:
            return None
        try:
            day = cnig.approval_date(valid_from)  # AAAAMMJJ text for the child (a date is no JSON)
        except MasterplanError as error:
            messages.show_error(self._iface, self.tr("The plan cannot be exported as INSPIRE PLU."), error,
                                topic=TOPIC)
            return None
        if out_path is None:
            out_path = self._ask_inspire_path(plan)
            if out_path is None:
                return None
        args = ExportNationalRequest(plan, "inspire", Path(out_path), date=day, crs=crs)
        return self._start(args, self.tr("INSPIRE PLU export of {plan}").format(plan=plan.stem))

    # --- questions -----------------------------------------------------------------------------------

    def _ready_plan(self) -> Path | None:
        """The active plan when an export may start: none running, no unsaved edits (it reads the file)."""
        plan = self._session.plan_path()
        if plan is None:
            return None
        if self._task is not None:
            messages.show_warning(self._iface, self.tr("An export of the plan is running already."))
            return None
        edited = self._session.layers_with_unsaved_edits()
        if edited:
            messages.show_warning(self._iface, self.tr(
                "Save or discard the edits of {layers} first: the export reads the plan's file.").format(
                    layers=", ".join(layer.name() for layer in edited)), topic=TOPIC)
            return None
        return plan

    def _ask_cnig_options(self, plan: Path, french: dict[str, str]):
        """(folder, approval date, communes or None for all) from the dialog; None when cancelled."""
        dialog = CnigExportDialog(plan, french, self._iface.mainWindow())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            communes = None if dialog.all_selected() else dialog.selected_communes()
            return dialog.output_dir(), dialog.approval_date(), communes
        finally:
            dialog.deleteLater()

    def _may_replace(self, existing: list[str], overwrite: bool | None) -> bool:
        if overwrite is None:
            answer = QMessageBox.question(
                self._iface.mainWindow(), self.tr("Replace the documents?"),
                self.tr("The folder already holds {folders}. Replace them?").format(
                    folders=", ".join(existing)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            overwrite = answer == QMessageBox.StandardButton.Yes
        if not overwrite:
            messages.show_warning(self._iface, self.tr("Nothing exported: {folders} kept.").format(
                folders=", ".join(existing)), topic=TOPIC)
        return overwrite

    def _ask_inspire_path(self, plan: Path) -> Path | None:
        gml, gpkg = self.tr("GML 3.2 (*.gml)"), self.tr("GeoPackage, flattened ZoningElement table (*.gpkg)")
        path, chosen = QFileDialog.getSaveFileName(
            self._iface.mainWindow(), self.tr("Export as INSPIRE PLU"),
            str(plan.with_name(f"{plan.stem}_inspire_plu.gml")), f"{gml};;{gpkg}")
        if not path:
            return None
        target = Path(path)
        suffix = ".gpkg" if chosen == gpkg else ".gml"
        if target.suffix.lower() in (".gml", ".gpkg"):
            return target
        return target.with_name(target.name + suffix)

    # --- task ----------------------------------------------------------------------------------------

    def _start(self, request: ExportNationalRequest, description: str) -> tasks.PlanTask:
        def work(progress, is_cancelled):
            return child_runner.run_worker("export_national", request, progress, is_cancelled)

        task = tasks.PlanTask(description, work)
        self._run(task)
        LOG.info("%s started: %s", description, request)
        return task

    # --- outcomes, in the main thread -----------------------------------------------------------------

    def _on_succeeded(self, done: dict) -> None:
        LOG.info("%s", done["description"])
        if done["standard"] == "cnig":
            text, folder, level = self._cnig_summary(done), done["target"], Qgis.MessageLevel.Success
            if any(document["skipped"] for document in done["documents"]):
                level = Qgis.MessageLevel.Warning
        else:
            text, folder = self._inspire_summary(done), str(Path(done["target"]).parent)
            level = Qgis.MessageLevel.Success
        self._push_with_folder_button(text, level, folder)
        self.exported.emit(done)

    def _cnig_summary(self, done: dict) -> str:
        documents = done["documents"]
        parts = [self.tr("{count} CNIG document(s) written to {folder}: {zones} zone(s).").format(
            count=len(documents), folder=done["target"], zones=sum(d["zones"] for d in documents))]
        skipped = sum(document["skipped"] for document in documents)
        if skipped:
            parts.append(self.tr("{count} zone(s) not exported (see the log).").format(count=skipped))
        remarks = sum(document["remarks"] for document in documents)
        if remarks:
            parts.append(self.tr("{count} remark(s) on the zones (see the log).").format(count=remarks))
        if done["other_standard_zones"]:
            parts.append(self.tr("{count} zone(s) of Luxembourg or Belgian standards are not CNIG: left out."
                                 ).format(count=done["other_standard_zones"]))
        parts.append(self.tr("Before uploading to the Géoportail de l'urbanisme, add the written documents "
                             "(regulation, PADD, report, annexes: PDF) to each folder's {folders} and the "
                             "metadata file.").format(folders=", ".join(sorted(
                                 {Path(folder).parts[0] for folder in done["written_documents"]}))))
        return " ".join(parts)

    def _inspire_summary(self, done: dict) -> str:
        parts = [self.tr("INSPIRE PLU written to {file}: {zones} zoning element(s) in {plans} spatial "
                         "plan(s) ({encoding}, {crs}).").format(
            file=Path(done["target"]).name, zones=done["zones"], plans=done["plans"],
            encoding=done["encoding"], crs=done["crs"])]
        if done["remarks"]:
            parts.append(self.tr("{count} remark(s) on the zones (see the log).").format(
                count=done["remarks"]))
        parts.append(self.tr("Add the dataset's INSPIRE metadata before publishing it."))
        return " ".join(parts)

    def _push_with_folder_button(self, text: str, level: Qgis.MessageLevel, folder: str) -> None:
        """The summary as the message bar's "export" message (replacing the previous one), with a button
        opening ``folder``; it stays until dismissed."""
        button = messages.show_with_button(
            self._iface, text, level, self.tr("Open folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)), topic=TOPIC)
        button.setObjectName(OPEN_FOLDER_BUTTON)

    def _on_failed(self, error: MasterplanError) -> None:
        messages.show_error(self._iface, self.tr("The plan could not be exported."), error, topic=TOPIC)

    def _on_cancelled(self) -> None:
        messages.show_warning(self._iface, self.tr("Export cancelled: no file or folder was replaced."),
                              topic=TOPIC)
