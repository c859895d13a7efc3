"""masterplan:harmonise — add the harmonised HILUCS class (code, label, colour) to any zoning layer.

No plan is needed: each feature's national code (and sub-code) goes through ``nomenclature.harmonise``,
the crosswalk the plan import uses. Unknown codes get NULL classes and are reported with their counts,
never mapped to a guessed class.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import nomenclature
from ..core.errors import InputError
from ..core.importing import resolve_field_map
from ..core.model import ZONING
from ..qgis_adapters.locale import user_language
from .base import MasterPlanAlgorithm, field
from .import_zoning import format_unknown_codes, standard_labels

ADDED_FIELDS = (("hilucs_code", 8), ("hilucs_label", 254), ("hilucs_colour", 7))


def output_fields(source_fields: QgsFields) -> QgsFields:
    """The source's fields, then the three class fields (an existing field of that name is reused)."""
    fields = QgsFields(source_fields)
    for name, length in ADDED_FIELDS:
        if fields.lookupField(name) < 0:
            fields.append(field(name, "string", length))
    return fields


def _text(value) -> str | None:
    """A field value as a code: NULL, empty and blank mean 'no code'."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    text = str(value).strip()
    return text or None


class HarmoniseAlgorithm(MasterPlanAlgorithm):
    ID = "harmonise"
    GROUP = "nomenclatures"
    INPUT, STANDARD, OUTPUT = "INPUT", "STANDARD", "OUTPUT"
    CODE_FIELD, SUBCODE_FIELD = "CODE_FIELD", "SUBCODE_FIELD"
    HARMONISED, UNKNOWN_CODES = "HARMONISED", "UNKNOWN_CODES"

    def title(self) -> str:
        return self.tr("Harmonise zoning codes to HILUCS")

    def tags(self) -> list[str]:
        return self.tr("HILUCS,INSPIRE,land use,crosswalk,PLU,CNIG,PAG,plan de secteur").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Zoning layer"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterEnum(
            self.STANDARD, self.tr("Zoning standard of the layer"), standard_labels(user_language()),
            False, 0))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Zone code field (default: the standard's usual name)"), None,
            self.INPUT, QgsProcessingParameterField.DataType.Any, False, True))
        self.addParameter(QgsProcessingParameterField(
            self.SUBCODE_FIELD, self.tr("Sub-code field (FORMDOMI / DESTDOMI)"), None, self.INPUT,
            QgsProcessingParameterField.DataType.Any, False, True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Harmonised zoning")))
        self.addOutput(QgsProcessingOutputNumber(self.HARMONISED, self.tr("Features with a HILUCS class")))
        self.addOutput(QgsProcessingOutputString(self.UNKNOWN_CODES, self.tr("Unknown zone codes")))

    def execute(self, parameters, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        standard = nomenclature.STANDARDS[self.parameterAsEnum(parameters, self.STANDARD, context)]
        overrides = {
            "national_code": self.parameterAsString(parameters, self.CODE_FIELD, context) or None,
            "national_subcode": self.parameterAsString(parameters, self.SUBCODE_FIELD, context) or None,
        }
        mapping = resolve_field_map(ZONING, source.fields().names(), overrides, standard)
        code_field, subcode_field = mapping.get("national_code"), mapping.get("national_subcode")
        if code_field is None:
            raise InputError("The layer has no zone code field; choose it.",
                             ", ".join(source.fields().names()))
        feedback.pushInfo(self.tr("Codes read from {code}{subcode} ({standard}).").format(
            code=code_field, subcode=f" / {subcode_field}" if subcode_field else "", standard=standard))

        fields = output_fields(source.fields())
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        language = user_language()
        code_index, subcode_index = fields.lookupField(code_field), fields.lookupField(subcode_field or "")
        targets = [fields.lookupField(name) for name, _ in ADDED_FIELDS]
        classes: dict[tuple, tuple] = {}
        unknown: dict[str, int] = {}
        harmonised = 0
        total = source.featureCount()
        step = 100.0 / total if total > 0 else 0.0
        for index, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                break
            attributes = feature.attributes() + [None] * (fields.count() - len(feature.attributes()))
            code = _text(attributes[code_index])
            subcode = _text(attributes[subcode_index]) if subcode_index >= 0 else None
            key = (code, subcode)
            if key not in classes:
                found = nomenclature.harmonise(standard, code, subcode)
                classes[key] = (found.code, found.label(language), found.colour) if found else (None,) * 3
            for target, value in zip(targets, classes[key], strict=True):
                attributes[target] = value
            if classes[key][0] is not None:
                harmonised += 1
            elif code is not None:
                unknown[code] = unknown.get(code, 0) + 1
            output = QgsFeature(fields)
            output.setGeometry(feature.geometry())
            output.setAttributes(attributes)
            if not sink.addFeature(output, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(index * step)
        for code, count in sorted(unknown.items()):
            message = self.tr("Unknown {standard} code '{code}': {count} feature(s) left without a HILUCS "
                              "class.")
            feedback.reportError(message.format(standard=standard, code=code, count=count))
        if unknown:
            feedback.pushWarning(self.tr("{count} feature(s) with unknown codes.").format(
                count=sum(unknown.values())))
        return {self.OUTPUT: sink_id, self.HARMONISED: harmonised,
                self.UNKNOWN_CODES: format_unknown_codes(unknown)}
