"""masterplan:demo — build the demo cross-border plan in a folder and validate it (the registry's ``demo``).

It runs in the child worker like the other operations: there the demo's imports and checks use shapely's
own GEOS, and the child starts the headless QGIS that writes the plan's styles and project (``needs_qgis``).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFolderDestination,
)

from ..operations.demo import DemoRequest
from .base import MasterPlanAlgorithm
from .worker import run_worker


class DemoAlgorithm(MasterPlanAlgorithm):
    ID = "demo"
    GROUP = "plan"
    OUTPUT, PLAN, PROJECT, FINDINGS = "OUTPUT", "PLAN", "PROJECT", "FINDINGS"

    def title(self) -> str:
        return self.tr("Build the demo plan")

    def tags(self) -> list[str]:
        return self.tr("demo,example,sample,cross-border,master plan,tutorial").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Folder for the demo plan")))
        self.addOutput(QgsProcessingOutputFile(self.PLAN, self.tr("Demo plan")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("QGIS project of the demo plan")))
        self.addOutput(QgsProcessingOutputNumber(self.FINDINGS, self.tr("Current findings")))

    def execute(self, parameters, context, feedback) -> dict:
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.setProgressText(self.tr("Building and validating the demo plan…"))
        done = run_worker("demo", DemoRequest(Path(folder)), feedback, 0, 95)
        for item in done["imports"]:
            feedback.pushInfo(self.tr("{layer}: {count} feature(s) from {source}.").format(
                layer=item["plan_layer"], count=item["count"], source=Path(item["source"]).name))
        feedback.pushInfo(self.tr("Demo plan {plan}: {count} finding(s).").format(
            plan=done["gpkg"], count=done["findings"]))
        feedback.setProgress(100)
        return {self.OUTPUT: folder, self.PLAN: done["gpkg"], self.PROJECT: done["project"],
                self.FINDINGS: done["findings"]}
