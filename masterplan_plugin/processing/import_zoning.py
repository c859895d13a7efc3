"""masterplan:importzoning — any polygon layer in a national standard → the plan's zoning.

An ``ImportLayerAlgorithm`` (``import_layer.py``: copy, worker process, import modes) that asks the layer's
standard, the zones' status and, for a layer of one municipality without a commune field, its code; zones
without one get the commune of their location. Unknown codes come out as ``UNKNOWN_CODES``.
"""

from __future__ import annotations

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterEnum, QgsProcessingParameterString

from ..core.model import ZONING, plan_schema
from ..core.nomenclature.standards import zoning_standards
from ..qgis_adapters.locale import user_language
from .import_layer import ImportLayerAlgorithm

STATUSES = plan_schema().domain_values("plan_status")  # existing, planned


def standard_labels(language: str) -> list[str]:
    """The zoning standards as the plan's forms name them, in the order of ``zoning_standards()``."""
    return [standard.label(language) for standard in zoning_standards()]


def format_unknown_codes(unknown: dict[str, int]) -> str:
    """'CODE (n); CODE (n)', sorted by code: one string for models and qgis_process."""
    return "; ".join(f"{code} ({count})" for code, count in sorted(unknown.items()))


class ImportZoningAlgorithm(ImportLayerAlgorithm):
    ID = "importzoning"
    PLAN_LAYER = ZONING
    STANDARD, STATUS, COMMUNE_CODE = "STANDARD", "STATUS", "COMMUNE_CODE"
    CODE_FIELD, SUBCODE_FIELD = "CODE_FIELD", "SUBCODE_FIELD"
    COMMUNE_FIELD, LABEL_FIELD = "COMMUNE_FIELD", "LABEL_FIELD"
    UNKNOWN_CODES = "UNKNOWN_CODES"

    def title(self) -> str:
        return self.tr("Import zoning into a plan")

    def tags(self) -> list[str]:
        return self.tr("zoning,import,PLU,CNIG,PAG,plan de secteur,HILUCS").split(",")

    def input_label(self) -> str:
        return self.tr("Zoning layer")

    def initAlgorithm(self, config=None) -> None:
        super().initAlgorithm(config)
        self.addOutput(QgsProcessingOutputString(self.UNKNOWN_CODES, self.tr("Unknown zone codes")))

    def add_source_options(self) -> None:
        # Before the fields: the standard decides which field names are tried.
        labels = standard_labels(user_language())
        self.addParameter(QgsProcessingParameterEnum(
            self.STANDARD, self.tr("Zoning standard of the layer"), labels, False, 0))

    def field_parameters(self) -> dict[str, tuple[str, str]]:
        return {
            self.CODE_FIELD: ("national_code",
                              self.tr("Zone code field (TYPEZONE, PAG category, plan de secteur zone)")),
            self.SUBCODE_FIELD: ("national_subcode", self.tr("Sub-code field (FORMDOMI / DESTDOMI)")),
            self.COMMUNE_FIELD: ("commune_code", self.tr("Municipality code field")),
            self.LABEL_FIELD: ("label", self.tr("Zone label field")),
        }

    def add_options(self) -> None:
        schema, language = plan_schema(), user_language()
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, self.tr("Status of the imported zones"),
            [schema.domain_label("plan_status", status, language) for status in STATUSES], False, 0))
        self.addParameter(self.advanced(QgsProcessingParameterString(
            self.COMMUNE_CODE, self.tr("Municipality code of every zone (when the layer has no such field)"),
            None, False, True)))

    def standard(self, parameters, context) -> str:
        return zoning_standards()[self.parameterAsEnum(parameters, self.STANDARD, context)].id

    def constants(self, parameters, context) -> dict:
        constants = {"status": STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)]}
        commune = self.parameterAsString(parameters, self.COMMUNE_CODE, context).strip()
        if commune:
            constants["commune_code"] = commune
        return constants

    def extra_outputs(self, report: dict) -> dict:
        return {self.UNKNOWN_CODES: format_unknown_codes(report["unknown_codes"])}
