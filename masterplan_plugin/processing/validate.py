"""masterplan:validate — check a plan (``validation.validate_plan``) and write its findings and reports.

Findings mix points (dangles, breaks), lines (border stretches) and polygons (overlaps, gaps), and a
layer of mixed geometries is neither drawn by QGIS nor accepted by most formats. So the findings go to
one sink per geometry type — POINTS, LINES, POLYGONS — plus NO_GEOMETRY for findings about features that
have none; each typed, usable in the Toolbox, the Model Designer and qgis_process alike. A finding whose
geometry is a collection of several types appears in each sink concerned (same fingerprint).

Only current findings (new or still open) are written, as in the JSON report; ERRORS counts the error
findings nobody has ignored or accepted — the number the command line turns into its exit code. The checks
and the reports run in the algorithms' worker process (``worker.py``), which hands the findings back as
attributes and WKB; this side only writes the sinks.
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core.checks.catalogue import plan_rule_ids
from ..core.checks.profile import ValidationProfile, default_profile, profile_from_dict
from ..io.plan_file import read_plan_settings
from ..io.validation import plan_profile
from ..operations.validate import ValidateRequest
from ..qgis_adapters.locale import user_language
from ..qgis_adapters.profile_labels import tolerance_labels
from .base import MasterPlanAlgorithm, field, qgis_crs, source_to_geopackage
from .worker import run_worker

# Sink name -> (geometry dimension of the parts it takes, its WKB type); NO_GEOMETRY takes the rest.
GEOMETRY_SINKS = {
    "POINTS": (0, QgsWkbTypes.Type.MultiPoint),
    "LINES": (1, QgsWkbTypes.Type.MultiLineString),
    "POLYGONS": (2, QgsWkbTypes.Type.MultiPolygon),
}
NO_GEOMETRY = "NO_GEOMETRY"
FINDING_FIELDS = (  # the attributes of operations.reports.finding_record, in that order
    ("rule", "string", 32), ("title", "string", 120), ("severity", "string", 8), ("layer", "string", 32),
    ("feature_ids", "string", 0), ("communes", "string", 0), ("message", "string", 0),
    ("measure", "real", 0), ("fingerprint", "string", 16), ("state", "string", 8),
    ("user_status", "string", 8), ("justification", "string", 0),
)


def finding_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind, length in FINDING_FIELDS:
        fields.append(field(name, kind, length))
    return fields


def tolerance_parameter_name(key: str) -> str:
    return key.upper()


class ValidateAlgorithm(MasterPlanAlgorithm):
    ID = "validate"
    GROUP = "checks"
    PLAN, ALLOWED_GAPS, UPDATE_REGISTER = "PLAN", "ALLOWED_GAPS", "UPDATE_REGISTER"
    DISABLED_RULES = "DISABLED_RULES"
    JSON, HTML, ERRORS, FINDINGS = "JSON", "HTML", "ERRORS", "FINDINGS"

    def title(self) -> str:
        return self.tr("Validate a master plan")

    def tags(self) -> list[str]:
        return self.tr("check,validation,consistency,overlap,gap,border,findings,report").split(",")

    def tolerance_labels(self) -> dict[str, str]:
        return tolerance_labels()

    def _unit(self, key: str) -> str:
        if key.endswith("_m2"):
            return self.tr("m²")
        if key.endswith("_share"):
            return self.tr("share 0–1")
        return self.tr("m")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ALLOWED_GAPS, self.tr("Areas where zoning may be absent"),
            [QgsProcessing.SourceType.TypeVectorPolygon], None, True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.UPDATE_REGISTER, self.tr("Update the plan's findings register"), True))
        self.addParameter(self.advanced(QgsProcessingParameterEnum(
            self.DISABLED_RULES, self.tr("Rules not to check"), list(plan_rule_ids()), True, None, True,
            True)))
        labels = self.tolerance_labels()
        for key, value in default_profile().tolerances.items():
            # No default value: an unset tolerance keeps the plan's stored profile (or the documented
            # default), so the Toolbox finds what the toolbar's Validate button finds.
            description = self.tr("{label} ({unit}; default {value:g})").format(
                label=labels.get(key, key), unit=self._unit(key), value=value)
            self.addParameter(self.advanced(QgsProcessingParameterNumber(
                tolerance_parameter_name(key), description, QgsProcessingParameterNumber.Type.Double,
                None, True, 0.0)))
        sink_names = {"POINTS": self.tr("Findings (points)"), "LINES": self.tr("Findings (lines)"),
                      "POLYGONS": self.tr("Findings (areas)"),
                      NO_GEOMETRY: self.tr("Findings without geometry")}
        for name, description in sink_names.items():
            kind = (QgsProcessing.SourceType.TypeVectorAnyGeometry if name != NO_GEOMETRY
                    else QgsProcessing.SourceType.TypeVector)
            self.addParameter(QgsProcessingParameterFeatureSink(name, description, kind, None, True, True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.HTML, self.tr("HTML report"), self.tr("HTML files (*.html *.htm)"), None, True, True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.JSON, self.tr("JSON report"), self.tr("JSON files (*.json)"), None, True, False))
        self.addOutput(QgsProcessingOutputFile(self.PLAN, self.tr("Master plan")))
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, self.tr("Open errors")))
        self.addOutput(QgsProcessingOutputNumber(self.FINDINGS, self.tr("Current findings")))

    def profile(self, parameters, context, plan: str) -> ValidationProfile:
        """The plan's stored profile (or the defaults), with the tolerances and rules given here."""
        settings = plan_profile(plan).to_dict()
        for key in settings["tolerances"]:
            name = tolerance_parameter_name(key)
            if self.given(parameters, name):
                settings["tolerances"][key] = self.parameterAsDouble(parameters, name, context)
        settings["disabled_rules"] = self.parameterAsEnumStrings(parameters, self.DISABLED_RULES, context)
        return profile_from_dict(settings)

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        read_plan_settings(plan)  # a clear error before anything else when this is not a plan
        profile = self.profile(parameters, context, plan)
        allowed_gaps = None
        if self.given(parameters, self.ALLOWED_GAPS):
            gaps = self.parameterAsSource(parameters, self.ALLOWED_GAPS, context)
            if gaps is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.ALLOWED_GAPS))
            allowed_gaps = source_to_geopackage(gaps, context, feedback, "allowed_gaps")
        language = user_language()
        findings_path = QgsProcessingUtils.generateTempFilename("findings.json")
        reports = {key: self.parameterAsFileOutput(parameters, name, context) or None
                   for key, name in (("json", self.JSON), ("html", self.HTML))}
        feedback.setProgressText(self.tr("Checking the plan…"))
        done = run_worker("validate", ValidateRequest(
            Path(plan), profile.to_dict(), allowed_gaps=allowed_gaps,
            write=self.parameterAsBoolean(parameters, self.UPDATE_REGISTER, context), language=language,
            reports={key: path for key, path in reports.items() if path},
            findings_records=Path(findings_path),
        ), feedback, 0, 85)
        records = json.loads(Path(findings_path).read_text(encoding="utf-8"))
        outputs = {self.PLAN: plan, self.ERRORS: done["open_errors"], self.FINDINGS: done["findings"]}
        outputs.update(self._write_sinks(parameters, context, records, done["crs"]))
        outputs.update({name: reports[key] for key, name in (("json", self.JSON), ("html", self.HTML))
                        if reports[key]})
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("{count} finding(s), {errors} open error(s).").format(
            count=done["findings"], errors=done["open_errors"]))
        if not self.parameterAsBoolean(parameters, self.UPDATE_REGISTER, context):
            feedback.pushInfo(self.tr("The plan's findings register was left unchanged."))
        return outputs

    def _write_sinks(self, parameters, context, records: list[dict], crs: str) -> dict:
        fields = finding_fields()
        plan_crs = qgis_crs(crs)
        sinks, outputs = {}, {}  # dimension ("" for no geometry) -> (sink, its parameter name)
        targets = [(name, dimension, wkb_type) for name, (dimension, wkb_type) in GEOMETRY_SINKS.items()]
        for name, dimension, wkb_type in [*targets, (NO_GEOMETRY, None, QgsWkbTypes.Type.NoGeometry)]:
            sink, sink_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, plan_crs)
            if sink is not None:
                sinks["" if dimension is None else str(dimension)] = (sink, name)
                outputs[name] = sink_id
        for record in records:
            for dimension, wkb in (record["parts"].items() if record["parts"] else [("", None)]):
                if dimension not in sinks:
                    continue
                sink, name = sinks[dimension]
                feature = QgsFeature(fields)
                if wkb is not None:
                    geometry = QgsGeometry()
                    geometry.fromWkb(bytes.fromhex(wkb))
                    feature.setGeometry(geometry)
                feature.setAttributes(record["attributes"])
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))
        return outputs
