"""masterplan:indicators — the per-municipality indicators of a plan as a table (``compute_indicators``).

One row per municipality, one column per indicator ("wide" table, ready for a spreadsheet or a join on
``code``): area and zoned area, hectares per HILUCS class present in the plan (``ha_<class>``, dots and
dashes as underscores; ``ha_unclassified`` for zones without class), kilometres of axes per mode
(``km_<mode>``, every mode of the data model), green areas, development-site programme. The indicators are
computed in the child worker (the registry's ``indicators`` operation, ``worker.py``).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..io.plan_file import read_plan_settings
from ..operations.indicators import IndicatorsRequest, IndicatorTable  # noqa: F401 - tests use the table
from .base import MasterPlanAlgorithm, field, qgis_crs
from .worker import run_worker


class IndicatorsAlgorithm(MasterPlanAlgorithm):
    ID = "indicators"
    GROUP = "checks"
    PLAN, OUTPUT, COUNT = "PLAN", "OUTPUT", "COUNT"

    def title(self) -> str:
        return self.tr("Indicators per municipality")

    def tags(self) -> list[str]:
        return self.tr("indicators,statistics,zoning,hectares,mobility,green,inhabitant,table").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Indicators")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Municipalities")))

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        read_plan_settings(plan)  # a clear error before anything else when this is not a plan
        feedback.setProgressText(self.tr("Computing the indicators…"))
        table = run_worker("indicators", IndicatorsRequest(Path(plan)), feedback, 0, 90)
        fields = QgsFields()
        for name, kind in table["columns"]:
            fields.append(field(name, kind))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.NoGeometry, qgis_crs(table["crs"]))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in table["rows"]:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.setProgress(100)
        return {self.OUTPUT: sink_id, self.COUNT: len(table["rows"])}
