"""masterplan:exportfindings — the plan's current findings as a GeoPackage, a CSV table or an HTML report.

The same export as the findings panel's and ``python -m masterplan_plugin export --findings``: the registry's
``export_findings`` operation in the child worker; the format follows the file's extension.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFileDestination

from ..operations.export_findings import ExportFindingsRequest
from ..qgis_adapters.locale import user_language
from .base import MasterPlanAlgorithm
from .export_atlas import LANGUAGE_NAMES, LANGUAGES
from .worker import run_worker


class ExportFindingsAlgorithm(MasterPlanAlgorithm):
    ID = "exportfindings"
    GROUP = "checks"
    PLAN, OUTPUT, LANGUAGE = "PLAN", "OUTPUT", "LANGUAGE"

    def title(self) -> str:
        return self.tr("Export the findings")

    def tags(self) -> list[str]:
        return self.tr("findings,register,report,export,csv,html,geopackage").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Findings file"),
            self.tr("GeoPackage (*.gpkg);;CSV table (*.csv);;HTML report (*.html *.htm)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the titles and messages"),
            [self.tr("QGIS interface language"), *LANGUAGE_NAMES], False, 0))

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)] or user_language()
        feedback.setProgressText(self.tr("Exporting the findings…"))
        request = ExportFindingsRequest(Path(plan), Path(target), language=language)
        done = run_worker("export_findings", request, feedback, 0, 95)
        feedback.pushInfo(self.tr("Findings written to {target}.").format(target=done["target"]))
        feedback.setProgress(100)
        return {self.OUTPUT: done["target"]}
