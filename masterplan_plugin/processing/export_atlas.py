"""masterplan:exportatlas — per-municipality and combined PDFs of a plan (the registry's ``atlas``)."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..operations.atlas import AtlasRequest
from ..operations.registry import run_request
from ..qgis_adapters.atlas import DPI_RANGE
from .base import MasterPlanAlgorithm, report_progress

PAGE_FORMATS = ("A3", "A4")
LANGUAGES = (None, "fr", "en", "de")  # None: QGIS's interface language
LANGUAGE_NAMES = ("Français", "English", "Deutsch")  # each language in its own words: not translated
LEGENDS = ("hilucs", "national")
STATUSES = (None, "draft", "review", "approved")  # None: the plan's setting (document_status)
COVER_TEXTS = ("ORGANISATION", "AUTHOR", "VERSION", "SOURCES")  # export_atlas options, in upper case


def parse_communes(text: str) -> list[str] | None:
    """Municipality codes separated by commas, semicolons or spaces; ``None`` (all) when empty."""
    codes = [code for code in re.split(r"[,;\s]+", text or "") if code]
    return codes or None


class ExportAtlasAlgorithm(MasterPlanAlgorithm):
    ID = "exportatlas"
    GROUP = "outputs"
    PLAN, OUTPUT, COMMUNES, FORMAT, DPI = "PLAN", "OUTPUT", "COMMUNES", "FORMAT", "DPI"
    COMBINED, LANGUAGE, LEGEND, STATUS = "COMBINED", "LANGUAGE", "LEGEND", "STATUS"
    FILES, COMBINED_PDF, PAGES = "FILES", "COMBINED_PDF", "PAGES"

    def title(self) -> str:
        return self.tr("Export the atlas (PDF)")

    def tags(self) -> list[str]:
        return self.tr("atlas,PDF,layout,print,map,municipality").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Folder for the PDFs")))
        self.addParameter(QgsProcessingParameterString(
            self.COMMUNES, self.tr("Municipality codes, comma-separated (default: all)"), None, False, True))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, self.tr("Page format (landscape)"), list(PAGE_FORMATS), False, 0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution of rasterised layers (dpi)"),
            QgsProcessingParameterNumber.Type.Integer, 150, False, DPI_RANGE[0], DPI_RANGE[1]))
        self.addParameter(QgsProcessingParameterBoolean(
            self.COMBINED, self.tr("Also write the combined PDF (cover, summary, every municipality)"), True))
        self.addParameter(self.advanced(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the pages"),
            [self.tr("QGIS interface language"), *LANGUAGE_NAMES], False, 0)))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEGEND, self.tr("Zoning legend"),
            [self.tr("Harmonised (HILUCS)"), self.tr("National (each municipality's own standard)")],
            False, 0))
        cover = {"ORGANISATION": self.tr("Organisation (cover; default: the plan's setting)"),
                 "AUTHOR": self.tr("Author (cover and PDF metadata; default: the plan's setting)"),
                 "VERSION": self.tr("Document version (cover; default: the plan's setting)"),
                 "SOURCES": self.tr("Data sources (cover, before the zoning's source documents)")}
        for name, description in cover.items():
            self.addParameter(self.advanced(
                QgsProcessingParameterString(name, description, None, False, True)))
        self.addParameter(self.advanced(QgsProcessingParameterEnum(
            self.STATUS, self.tr("Document status (cover)"),
            [self.tr("The plan's setting (draft if none)"), self.tr("Draft"), self.tr("For review"),
             self.tr("Approved")], False, 0)))
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("PDF files")))
        self.addOutput(QgsProcessingOutputFile(self.COMBINED_PDF, self.tr("Combined PDF")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        communes = parse_communes(self.parameterAsString(parameters, self.COMMUNES, context))
        # Called in the Toolbox's (Qt) thread: QGIS renders layouts there, while in a thread Python started
        # it writes blank pages. The registry's ``atlas`` runs in this process (it renders with QGIS) and
        # makes its pyproj calls in a Python-started thread of its own (pyproj 3.7 crashes in QGIS's reused
        # pooled threads: python_thread).
        request = AtlasRequest(
            Path(plan), Path(folder), communes=tuple(communes) if communes else None,
            page_format=PAGE_FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)],
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            combined=self.parameterAsBoolean(parameters, self.COMBINED, context),
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            legend=LEGENDS[self.parameterAsEnum(parameters, self.LEGEND, context)],
            status=STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)],
            **{name.lower(): self.parameterAsString(parameters, name, context) or None
               for name in COVER_TEXTS},
        )
        result = run_request(request, report_progress(feedback), feedback.isCanceled)
        feedback.pushInfo(result.description)
        return {
            self.OUTPUT: result.output_dir,
            # One string for models and qgis_process: the PDF paths, one per line.
            self.FILES: "\n".join(result.paths),
            self.COMBINED_PDF: result.combined_pdf,
            self.PAGES: result.pages,
        }
