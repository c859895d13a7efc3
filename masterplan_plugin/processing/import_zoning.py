"""masterplan:importzoning — any polygon layer in a national standard → the plan's zoning.

The layer (file, database or memory layer; selected features only when asked) is copied into a temporary
GeoPackage and imported by ``plan_import.import_file``, the function behind the toolbar and
``python -m masterplan_plugin import --zoning``: the same field presets, reprojection and harmonisation. The
import runs in the algorithms' worker process (``worker.py``: QGIS's own GEOS and shapely's do not mix).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core.errors import InputError
from ..core.model import ZONING, plan_schema
from ..core.nomenclature import STANDARDS
from ..qgis_adapters.locale import user_language
from .base import MasterPlanAlgorithm, crs_text, report_progress, source_to_geopackage
from .worker import run_worker

STATUSES = plan_schema().domain_values("plan_status")  # existing, planned


def standard_labels(language: str) -> list[str]:
    """The zoning standards as the plan's forms name them, in the order of ``STANDARDS``."""
    schema = plan_schema()
    return [schema.domain_label("zoning_standard", standard, language) for standard in STANDARDS]


def format_unknown_codes(unknown: dict[str, int]) -> str:
    """'CODE (n); CODE (n)', sorted by code: one string for models and qgis_process."""
    return "; ".join(f"{code} ({count})" for code, count in sorted(unknown.items()))


class ImportZoningAlgorithm(MasterPlanAlgorithm):
    ID = "importzoning"
    GROUP = "plan"
    PLAN, INPUT, STANDARD, STATUS = "PLAN", "INPUT", "STANDARD", "STATUS"
    CODE_FIELD, SUBCODE_FIELD = "CODE_FIELD", "SUBCODE_FIELD"
    COMMUNE_FIELD, LABEL_FIELD, COMMUNE_CODE = "COMMUNE_FIELD", "LABEL_FIELD", "COMMUNE_CODE"
    COUNT, UNKNOWN_CODES = "COUNT", "UNKNOWN_CODES"
    # Field parameters -> plan field they fill (empty: the standard's preset names are tried).
    FIELD_PARAMETERS = {CODE_FIELD: "national_code", SUBCODE_FIELD: "national_subcode",
                        COMMUNE_FIELD: "commune_code", LABEL_FIELD: "label"}

    def title(self) -> str:
        return self.tr("Import zoning into a plan")

    def tags(self) -> list[str]:
        return self.tr("zoning,import,PLU,CNIG,PAG,plan de secteur,HILUCS").split(",")

    def initAlgorithm(self, config=None) -> None:
        language = user_language()
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Zoning layer"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.STANDARD, self.tr("Zoning standard of the layer"), standard_labels(language), False, 0))
        descriptions = {
            self.CODE_FIELD: self.tr("Zone code field (TYPEZONE, PAG category, plan de secteur zone)"),
            self.SUBCODE_FIELD: self.tr("Sub-code field (FORMDOMI / DESTDOMI)"),
            self.COMMUNE_FIELD: self.tr("Municipality code field"),
            self.LABEL_FIELD: self.tr("Zone label field"),
        }
        for name, description in descriptions.items():
            self.addParameter(QgsProcessingParameterField(
                name, description, None, self.INPUT, QgsProcessingParameterField.DataType.Any, False, True))
        schema = plan_schema()
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, self.tr("Status of the imported zones"),
            [schema.domain_label("plan_status", status, language) for status in STATUSES], False, 0))
        self.addParameter(self.advanced(QgsProcessingParameterString(
            self.COMMUNE_CODE, self.tr("Municipality code of every zone (when the layer has no such field)"),
            None, False, True)))
        self.addOutput(QgsProcessingOutputFile(self.PLAN, self.tr("Master plan")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Imported zones")))
        self.addOutput(QgsProcessingOutputString(self.UNKNOWN_CODES, self.tr("Unknown zone codes")))

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError("The zoning layer cannot be read.", str(parameters.get(self.INPUT)))
        standard = STANDARDS[self.parameterAsEnum(parameters, self.STANDARD, context)]
        status = STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)]
        fields = {plan_field: self.parameterAsString(parameters, name, context) or None
                  for name, plan_field in self.FIELD_PARAMETERS.items()}
        constants = {"status": status}
        commune = self.parameterAsString(parameters, self.COMMUNE_CODE, context).strip()
        if commune:
            constants["commune_code"] = commune

        feedback.setProgressText(self.tr("Reading the zoning layer…"))
        copy = source_to_geopackage(source, context, feedback, "zoning", report_progress(feedback, 0, 50))
        feedback.setProgressText(self.tr("Importing into the plan…"))
        report = run_worker("import", {"plan": plan, "plan_layer": ZONING, "source": copy, "fields": fields,
                                       "constants": constants, "standard": standard,
                                       "source_crs": crs_text(source.sourceCrs()),
                                       # the copy renumbers features: its FIDs are not the source's
                                       "source_name": source.sourceName() or None, "source_fids": False},
                          feedback, 50, 100)
        feedback.setProgress(100)
        used = ", ".join(f"{target} ← {origin}" for target, origin in sorted(report["field_map"].items()))
        message = self.tr("{count} zones imported from {crs} ({standard}); fields used: {fields}.")
        feedback.pushInfo(message.format(count=report["count"], crs=report["source_crs"], standard=standard,
                                         fields=used))
        for code, count in sorted(report["unknown_codes"].items()):
            feedback.pushWarning(self.tr("Unknown {standard} code '{code}': {count} zone(s) left without "
                                         "a HILUCS class.").format(standard=standard, code=code, count=count))
        return {self.PLAN: plan, self.COUNT: report["count"],
                self.UNKNOWN_CODES: format_unknown_codes(report["unknown_codes"])}
