"""masterplan:createplan — a new, empty plan GeoPackage and its QGIS project (the registry's ``new``)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..core.model import plan_schema
from ..operations.new_plan import NewPlanRequest
from ..operations.registry import run_request
from ..qgis_adapters.python_thread import in_python_thread
from .base import MasterPlanAlgorithm, crs_text


class CreatePlanAlgorithm(MasterPlanAlgorithm):
    ID = "createplan"
    GROUP = "plan"
    OUTPUT, CRS, OVERWRITE, PROJECT = "OUTPUT", "CRS", "OVERWRITE", "PROJECT"

    def title(self) -> str:
        return self.tr("Create a master plan")

    def tags(self) -> list[str]:
        return self.tr("master plan,new,geopackage,project,crs").split(",")

    def flags(self):
        # Writes styles and a QGIS project, as the toolbar does on the main thread; it takes a second.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Plan GeoPackage"), self.tr("GeoPackage (*.gpkg *.GPKG)")))
        # Optional with a default: QGIS 3.22 refuses a CRS left out of processing.run / qgis_process even when
        # it has a default, so "not given" is handled here and means the documented default, EPSG:3035.
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Working CRS (projected, in metres)"), plan_schema().default_crs, True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Replace an existing plan of that name"), False))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("QGIS project of the plan")))

    def execute(self, parameters, context, feedback) -> dict:
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        crs = plan_schema().default_crs
        if self.given(parameters, self.CRS):
            crs = crs_text(self.parameterAsCrs(parameters, self.CRS, context))
        if crs is None:
            raise QgsProcessingException(self.tr("The working CRS is not valid."))
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        feedback.setProgressText(self.tr("Writing the plan and its project…"))
        # The Toolbox runs this in a pooled thread, where pyproj 3.7 crashes the second time (python_thread).
        # The registry's ``new`` runs in this process (it writes QGIS styles and a project).
        created = in_python_thread(run_request, NewPlanRequest(Path(path), crs, overwrite=overwrite))
        feedback.pushInfo(self.tr("Plan {plan} created in {crs}; project {project}.")
                          .format(plan=created.gpkg, crs=crs, project=created.project))
        feedback.setProgress(100)
        return {self.OUTPUT: created.gpkg, self.PROJECT: created.project}
