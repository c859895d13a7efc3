"""masterplan:validatecnig — pre-check a CNIG document folder for the Géoportail de l'urbanisme.

The same runner as ``validate --cnig-document`` and the menu command (``io.cnig_precheck``), in
the child worker (the registry's ``precheck`` operation): CNIG conformity (names, files, fields, code
lists, IDURBA, encoding) and the zones' topology.
Writes the HTML and JSON reports; ERRORS counts the error findings.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..operations.precheck import PrecheckRequest
from ..qgis_adapters.locale import user_language
from .base import MasterPlanAlgorithm
from .worker import run_worker

VERSIONS = (None, "2013", "2014", "2017")  # the VERSION parameter's options -> the runner's version


class ValidateCnigAlgorithm(MasterPlanAlgorithm):
    ID = "validatecnig"
    GROUP = "checks"
    FOLDER, VERSION, HTML, JSON = "FOLDER", "VERSION", "HTML", "JSON"
    ERRORS, WARNINGS, FINDINGS = "ERRORS", "WARNINGS", "FINDINGS"

    def title(self) -> str:
        return self.tr("Check a CNIG document for the GPU")

    def tags(self) -> list[str]:
        return self.tr("cnig,gpu,plu,plui,carte communale,conformity,idurba,geoportail,urbanisme").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFile(
            self.FOLDER, self.tr("CNIG document folder"),
            behavior=QgsProcessingParameterFile.Behavior.Folder))
        self.addParameter(QgsProcessingParameterEnum(
            self.VERSION, self.tr("CNIG standard version"),
            [self.tr("Detected from the tables"), "2013", "2014", self.tr("2017 and later")], False, 0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.HTML, self.tr("HTML report"), self.tr("HTML files (*.html *.htm)"), None, True, True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.JSON, self.tr("JSON report"), self.tr("JSON files (*.json)"), None, True, False))
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, self.tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))
        self.addOutput(QgsProcessingOutputNumber(self.FINDINGS, self.tr("Findings")))

    def execute(self, parameters, context, feedback) -> dict:
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        if not folder:
            raise QgsProcessingException(self.tr("No CNIG document folder was given."))
        reports = {key: self.parameterAsFileOutput(parameters, name, context) or None
                   for key, name in (("html", self.HTML), ("json", self.JSON))}
        feedback.setProgressText(self.tr("Checking the CNIG document…"))
        done = run_worker("precheck", PrecheckRequest(
            Path(folder), VERSIONS[self.parameterAsEnum(parameters, self.VERSION, context)],
            language=user_language(), reports={key: path for key, path in reports.items() if path},
        ), feedback, 0, 95)
        feedback.pushInfo(self.tr("CNIG standard {version}: {count} finding(s), {errors} error(s).").format(
            version=done["version"], count=done["findings"], errors=done["open_errors"]))
        if not done["topology_checked"]:
            feedback.reportError(self.tr("The zones' topology was not checked: the document's zones could "
                                         "not be imported (see the log)."))
        outputs = {self.ERRORS: done["open_errors"], self.WARNINGS: done["warnings"],
                   self.FINDINGS: done["findings"]}
        outputs.update({name: reports[key] for key, name in (("html", self.HTML), ("json", self.JSON))
                        if reports[key]})
        feedback.setProgress(100)
        return outputs
