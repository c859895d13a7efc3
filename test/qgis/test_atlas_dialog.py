"""The atlas from the toolbar's dialog (a QgsTask in QGIS's task manager) and from the command line."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from masterplan_plugin.cli import main
from masterplan_plugin.qgis_adapters.demo_builder import build_demo

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    files, _ = build_demo(tmp_path_factory.mktemp("atlas_dialog_demo"))
    return files.gpkg


def watch(task) -> list[str]:
    """Record how the task ends: 'succeeded', 'failed' or 'cancelled' (connect before it can end)."""
    outcome: list[str] = []
    task.succeeded.connect(lambda _result: outcome.append("succeeded"))
    task.failed.connect(lambda _error: outcome.append("failed"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    return outcome


def wait_for(outcome: list[str], timeout: float = 120.0) -> str:
    """Run the event loop until the watched task has ended."""
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not outcome and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert outcome, "the atlas task did not finish in time"
    QCoreApplication.processEvents()  # let the dialog's own slots run
    return outcome[0]


def test_dialog_lists_every_municipality_checked_and_proposes_a_folder_next_to_the_plan(qgis_iface, plan):
    from masterplan_plugin.gui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(qgis_iface, plan, None)
    assert dialog.selected_communes() == ["54580", "57038", "57603", "BE-AUBANGE", "LU-ESCH", "LU-SANEM"]
    assert dialog.output_dir() == plan.parent / "atlas"
    assert dialog.format_combo.currentData() == "A3" and dialog.dpi_spin.value() == 150
    assert dialog.combined_check.isChecked()
    dialog.set_selected_communes([])
    assert not dialog._export_button.isEnabled()  # nothing to export
    dialog.deleteLater()


def test_dialog_exports_the_chosen_municipalities_in_a_task(qgis_iface, plan, tmp_path):
    from masterplan_plugin.gui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(qgis_iface, plan, None)
    dialog.output_widget.setFilePath(str(tmp_path))
    dialog.set_selected_communes(["57038", "LU-ESCH"])
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("A4"))
    dialog.combined_check.setChecked(False)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    task = dialog.start_export()
    assert task is not None and not dialog.communes_list.isEnabled()  # inputs locked while it runs
    assert wait_for(watch(task)) == "succeeded"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["57038_audun-le-tiche.pdf",
                                                               "LU-ESCH_esch-sur-alzette.pdf"]
    # Rendered in the task's thread: pages with their content (a Python-started thread wrote blank ones).
    page = _pdf_text(tmp_path / "57038_audun-le-tiche.pdf", 1)
    assert "Zoning plan" in page and "Audun-le-Tiche" in page and "AUc" in page
    assert dialog.progress_bar.value() == 100 and "written to" in dialog.status_label.text()
    assert dialog.task is None and dialog._export_button.isEnabled()
    dialog.deleteLater()


def test_closing_the_dialog_while_exporting_cancels_and_leaves_no_partial_file(qgis_iface, plan, tmp_path):
    from masterplan_plugin.gui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(qgis_iface, plan, None)
    dialog.output_widget.setFilePath(str(tmp_path))
    task = dialog.start_export()
    ended = watch(task)
    dialog.reject()  # the Close button reads "Cancel export" while the task runs
    outcome = wait_for(ended)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert not [name for name in names if name.endswith(".part")]
    if outcome == "cancelled":  # the usual case: the export stops before its first PDF is complete
        assert names == [] and "cancelled" in dialog.status_label.text()
    else:  # the machine was faster than the click: then the atlas is complete
        assert outcome == "succeeded" and len(names) == 7
    dialog.deleteLater()


def test_command_line_exports_the_atlas(plan, tmp_path, capsys):
    code = main(["atlas", str(plan), "--output", str(tmp_path), "--communes", "57038", "--format", "a4",
                 "--dpi", "96", "--language", "de", "--no-combined"])
    assert code == 0
    assert [path.name for path in tmp_path.iterdir()] == ["57038_audun-le-tiche.pdf"]
    assert str(tmp_path) in capsys.readouterr().out


def test_command_line_rejects_an_unknown_municipality(plan, tmp_path, capsys):
    assert main(["atlas", str(plan), "--output", str(tmp_path), "--communes", "00000"]) == 2
    assert "not in the plan" in capsys.readouterr().err


def _pdf_text(pdf: Path, page: int) -> str:
    import subprocess

    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def test_dialog_proposes_the_plan_settings_for_the_cover_and_exports_with_the_national_legend(
        qgis_iface, plan, tmp_path):
    from masterplan_plugin.gui.atlas_dialog import AtlasDialog
    from masterplan_plugin.io.plan_file import write_plan_setting

    write_plan_setting(plan, "organisation", "Agence Alzette-Belval")
    write_plan_setting(plan, "document_status", "approved")
    try:
        dialog = AtlasDialog(qgis_iface, plan, None)
        assert dialog.organisation_edit.text() == "Agence Alzette-Belval"
        assert dialog.status_combo.currentData() == "approved"
        assert dialog.legend_combo.currentData() == "hilucs"
        dialog.output_widget.setFilePath(str(tmp_path))
        dialog.set_selected_communes(["LU-ESCH"])
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.legend_combo.setCurrentIndex(dialog.legend_combo.findData("national"))
        dialog.author_edit.setText("Claire Martin")
        dialog.version_edit.setText("2.0")
        task = dialog.start_export()
        assert task.options["legend"] == "national" and task.options["author"] == "Claire Martin"
        assert not dialog.legend_combo.isEnabled() and not dialog.author_edit.isEnabled()
        assert wait_for(watch(task)) == "succeeded"
        result = dialog.last_result
        cover = _pdf_text(result.combined_pdf, 1)
        assert "Organisation: Agence Alzette-Belval" in cover and "Author: Claire Martin" in cover
        assert "Version: 2.0" in cover and "Status: Approved" in cover
        assert "HAB-1 — Residential zone 1" in _pdf_text(result.commune_pdfs["LU-ESCH"], 1)  # PAG legend
        dialog.deleteLater()
    finally:
        write_plan_setting(plan, "organisation", None)
        write_plan_setting(plan, "document_status", None)


def test_command_line_takes_the_legend_and_cover_options(plan, tmp_path):
    code = main(["atlas", str(plan), "--output", str(tmp_path), "--communes", "57038", "--language", "en",
                 "--legend", "national", "--organisation", "Ville", "--author", "A. Author",
                 "--version", "0.9",
                 "--status", "Projet soumis à l'enquête", "--sources", "BD TOPO 2024"])
    assert code == 0
    cover = _pdf_text(tmp_path / "demo_plan_atlas.pdf", 1)
    assert "Status: Projet soumis à l'enquête" in cover and "BD TOPO 2024" in cover  # free text as given
    assert "U — Urban zone" in _pdf_text(tmp_path / "57038_audun-le-tiche.pdf", 1)
