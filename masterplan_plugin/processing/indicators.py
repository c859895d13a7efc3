"""masterplan:indicators — the per-municipality indicators of a plan as a table (``compute_indicators``).

One row per municipality, one column per indicator ("wide" table, ready for a spreadsheet or a join on
``code``): area and zoned area, hectares per HILUCS class present in the plan (``ha_<class>``, dots and
dashes as underscores; ``ha_unclassified`` for zones without class), kilometres of axes per mode
(``km_<mode>``, every mode of the data model), green areas, development-site programme. The indicators are
computed in the algorithms' worker process (``worker.py``).
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..core.indicators import CommuneIndicators, PlanIndicators
from ..core.model import plan_schema
from ..qgis_adapters.plan_store import read_plan_settings
from .base import MasterPlanAlgorithm, field, qgis_crs
from .worker import run_worker

UNCLASSIFIED = "unclassified"
FIXED_COLUMNS = (("code", "string"), ("name", "string"), ("country", "string"), ("population", "integer"),
                 ("area_ha", "real"), ("zoned_ha", "real"))
GREEN_AND_SITES = (
    ("green_m2", "real", lambda item: item.green_m2),
    ("public_green_m2", "real", lambda item: item.public_green_m2),
    ("public_green_m2_per_inhabitant", "real", lambda item: item.public_green_m2_per_inhabitant),
    ("green_share", "real", lambda item: item.green_share),
    ("housing_units", "integer", lambda item: item.housing_units),
    ("jobs", "integer", lambda item: item.jobs),
    ("floor_area_m2", "real", lambda item: item.floor_area_m2),
)


def column_key(prefix: str, key: str | None, missing: str) -> str:
    return f"{prefix}_{re.sub(r'[^0-9A-Za-z]+', '_', str(key)) if key is not None else missing}"


class IndicatorTable:
    """The table's columns for one plan, and each municipality's row: pure data, no QGIS."""

    def __init__(self, indicators: PlanIndicators):
        self.classes = sorted({key for item in indicators.communes for key in item.zoning_ha},
                              key=lambda key: (key is None, str(key)))
        modes = list(plan_schema().domain_values("axis_mode"))
        present = {key for item in indicators.communes for key in item.axes_km_by_mode}
        self.modes = modes + sorted((present - set(modes)), key=lambda key: (key is None, str(key)))

    def columns(self) -> list[tuple[str, str]]:
        zoning = [(column_key("ha", key, UNCLASSIFIED), "real") for key in self.classes]
        axes = [(column_key("km", key, "unknown_mode"), "real") for key in self.modes]
        return [*FIXED_COLUMNS, *zoning, *axes, *((name, kind) for name, kind, _ in GREEN_AND_SITES)]

    def row(self, item: CommuneIndicators) -> list:
        values = [item.code, item.name, item.country, item.population, item.area_ha, item.zoned_ha]
        values += [item.zoning_ha.get(key, 0.0) for key in self.classes]
        values += [item.axes_km_by_mode.get(key, 0.0) for key in self.modes]
        values += [getter(item) for _, _, getter in GREEN_AND_SITES]
        return values


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
        table = run_worker("indicators", {"plan": plan}, feedback, 0, 90)
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
