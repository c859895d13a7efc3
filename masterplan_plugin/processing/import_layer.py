"""The import algorithms' shared base: any layer (file, database or memory layer; selected features only when
asked) → one plan layer, through the function behind the toolbar's Import dialog and ``python -m
masterplan_plugin import``: the same field presets, reprojection, harmonisation and import modes.

The layer is copied into a temporary GeoPackage (``layer_copy``: each feature keeps its id in the source, the
zones' ``source_fid``) and imported in the algorithms' worker process (``worker.py``: QGIS's own GEOS and
shapely's do not mix). A subclass names its plan layer, its input type, its field parameters (plan field ->
parameter, from the import presets) and what else it asks (a standard, a country, a status).

Strings of this base are translated in the context ``ImportLayerAlgorithm`` (``self.tr`` would look them
up under each subclass's name).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import InputError
from ..core.importing import IMPORT_MODES, update_key
from ..core.nomenclature.standards import countries, standard_of_country
from ..qgis_adapters.import_summary import attention_lines, headline, mode_labels, outcome_lines
from ..qgis_adapters.layer_copy import ORIGINAL_ID_FIELD
from ..qgis_adapters.plan_project import saved_project_is_stale
from .base import MasterPlanAlgorithm, crs_text, report_progress, source_to_geopackage
from .worker import run_worker


class ImportLayerAlgorithm(MasterPlanAlgorithm):
    """Subclasses set ``ID``, ``PLAN_LAYER`` and ``INPUT_TYPES`` and define ``title``, ``input_label`` and
    ``field_parameters``; ``add_options``, ``constants`` and ``standard`` when they ask more."""

    GROUP = "plan"
    PLAN_LAYER = ""
    INPUT_TYPES = (QgsProcessing.SourceType.TypeVectorPolygon,)
    PLAN, INPUT, IMPORT_MODE, KEY_FIELDS = "PLAN", "INPUT", "IMPORT_MODE", "KEY_FIELDS"
    COUNT, ADDED, UPDATED, REMOVED = "COUNT", "ADDED", "UPDATED", "REMOVED"

    def input_label(self) -> str:
        raise NotImplementedError

    def field_parameters(self) -> dict[str, tuple[str, str]]:
        """Parameter name -> (plan field it fills, description). Left empty: the usual names are tried."""
        raise NotImplementedError

    def add_source_options(self) -> None:
        """Parameters between the input layer and the field parameters."""

    def add_options(self) -> None:
        """Parameters between the field parameters and the import mode."""

    def extra_outputs(self, report: dict) -> dict:
        return {}

    def constants(self, parameters, context) -> dict:
        return {}

    def standard(self, parameters, context) -> str | None:
        return None

    # --- parameters --------------------------------------------------------------------------------------

    def initAlgorithm(self, config=None) -> None:
        translate = QCoreApplication.translate
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.input_label(),
                                                              list(self.INPUT_TYPES)))
        self.add_source_options()
        for name, (_plan_field, description) in self.field_parameters().items():
            self.addParameter(QgsProcessingParameterField(
                name, description, None, self.INPUT, QgsProcessingParameterField.DataType.Any, False, True))
        self.add_options()
        self.addParameter(QgsProcessingParameterEnum(
            self.IMPORT_MODE, translate("ImportLayerAlgorithm", "Import mode"), mode_labels(), False, 0))
        key = ", ".join(update_key(self.PLAN_LAYER))
        self.addParameter(self.advanced(QgsProcessingParameterString(
            self.KEY_FIELDS,
            translate("ImportLayerAlgorithm", "Key fields of the update mode (plan fields, comma-separated; "
                                              "default: {key})").format(key=key),
            None, False, True)))
        self.addOutput(QgsProcessingOutputFile(self.PLAN, translate("ImportLayerAlgorithm", "Master plan")))
        outputs = {
            self.COUNT: translate("ImportLayerAlgorithm", "Features imported"),
            self.ADDED: translate("ImportLayerAlgorithm", "Features added"),
            self.UPDATED: translate("ImportLayerAlgorithm", "Features updated"),
            self.REMOVED: translate("ImportLayerAlgorithm", "Features removed (replaced)"),
        }
        for name, description in outputs.items():
            self.addOutput(QgsProcessingOutputNumber(name, description))

    # --- running -----------------------------------------------------------------------------------------

    def execute(self, parameters, context, feedback) -> dict:
        translate = QCoreApplication.translate
        plan = self.plan_path(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError("The input layer cannot be read.", str(parameters.get(self.INPUT)))
        fields = {plan_field: self.parameterAsString(parameters, name, context) or None
                  for name, (plan_field, _description) in self.field_parameters().items()}
        mode = IMPORT_MODES[self.parameterAsEnum(parameters, self.IMPORT_MODE, context)]
        key = self.parameterAsString(parameters, self.KEY_FIELDS, context).strip() or None
        arguments = {"plan": plan, "plan_layer": self.PLAN_LAYER, "fields": fields, "mode": mode, "key": key,
                     "constants": self.constants(parameters, context),
                     "standard": self.standard(parameters, context),
                     "source_crs": crs_text(source.sourceCrs()), "source_name": source.sourceName() or None,
                     "source_fids": ORIGINAL_ID_FIELD,
                     "refresh_project": saved_project_is_stale(plan, context.project())}
        feedback.setProgressText(translate("ImportLayerAlgorithm", "Reading the layer…"))
        arguments["source"] = source_to_geopackage(source, context, feedback, self.PLAN_LAYER,
                                                   report_progress(feedback, 0, 50))
        feedback.setProgressText(translate("ImportLayerAlgorithm", "Importing into the plan…"))
        [report] = run_worker("import", arguments, feedback, 50, 100)["reports"]
        feedback.setProgress(100)
        self.report(report, feedback)
        counts = {self.COUNT: report["count"], self.ADDED: report["added"], self.UPDATED: report["updated"],
                  self.REMOVED: report["removed"]}
        return {self.PLAN: plan, **counts, **self.extra_outputs(report)}

    def report(self, report: dict, feedback) -> None:
        used = ", ".join(f"{target} ← {origin}" for target, origin in sorted(report["field_map"].items()))
        feedback.pushInfo(headline(report))
        feedback.pushInfo(QCoreApplication.translate("ImportLayerAlgorithm", "Fields used: {fields}.")
                          .format(fields=used or "–"))
        for line in outcome_lines(report):
            feedback.pushInfo(line)
        for line in attention_lines(report):
            feedback.pushWarning(line)


def field_parameter_names(plan_layer: str) -> dict[str, str]:
    """Plan field -> parameter name (``NAME_FIELD``…) for the fields the import presets know."""
    from ..core.importing import field_presets

    return {plan_field: f"{plan_field.upper()}_FIELD" for plan_field in field_presets(plan_layer)}


class ImportCommunesAlgorithm(ImportLayerAlgorithm):
    ID = "importcommunes"
    PLAN_LAYER = "communes"
    COUNTRY = "COUNTRY"
    COUNTRIES = countries()

    def title(self) -> str:
        return self.tr("Import municipalities into a plan")

    def tags(self) -> list[str]:
        return self.tr("municipalities,communes,import,boundaries,INSEE,LAU").split(",")

    def input_label(self) -> str:
        return self.tr("Municipalities layer")

    def field_parameters(self) -> dict[str, tuple[str, str]]:
        names = field_parameter_names(self.PLAN_LAYER)
        return {
            names["code"]: ("code", self.tr("Municipality code field (INSEE, LAU, NIS)")),
            names["name"]: ("name", self.tr("Name field")),
            names["population"]: ("population", self.tr("Population field")),
        }

    def add_options(self) -> None:
        from ..core.model import plan_schema
        from ..qgis_adapters.locale import user_language

        schema, language = plan_schema(), user_language()
        labels = [schema.domain_label("country", country, language) for country in self.COUNTRIES]
        self.addParameter(QgsProcessingParameterEnum(
            self.COUNTRY, self.tr("Country of the municipalities (sets their zoning standard)"), labels,
            False, None, True))

    def constants(self, parameters, context) -> dict:
        if not self.given(parameters, self.COUNTRY):
            return {}
        country = self.COUNTRIES[self.parameterAsEnum(parameters, self.COUNTRY, context)]
        return {"country": country, "zoning_standard": standard_of_country(country).id}


class ImportAxesAlgorithm(ImportLayerAlgorithm):
    ID = "importaxes"
    PLAN_LAYER = "mobility_axes"
    INPUT_TYPES = (QgsProcessing.SourceType.TypeVectorLine,)

    def title(self) -> str:
        return self.tr("Import mobility axes into a plan")

    def tags(self) -> list[str]:
        return self.tr("mobility,axes,roads,tram,import").split(",")

    def input_label(self) -> str:
        return self.tr("Mobility axes layer")

    def field_parameters(self) -> dict[str, tuple[str, str]]:
        names = field_parameter_names(self.PLAN_LAYER)
        return {
            names["name"]: ("name", self.tr("Name field")),
            names["hierarchy"]: ("hierarchy", self.tr("Hierarchy field")),
            names["mode"]: ("mode", self.tr("Transport mode field")),
            names["status"]: ("status", self.tr("Status field (existing, planned)")),
        }


class ImportGreenAlgorithm(ImportLayerAlgorithm):
    ID = "importgreen"
    PLAN_LAYER = "green_spaces"

    def title(self) -> str:
        return self.tr("Import green spaces into a plan")

    def tags(self) -> list[str]:
        return self.tr("green spaces,parks,corridors,import").split(",")

    def input_label(self) -> str:
        return self.tr("Green spaces layer")

    def field_parameters(self) -> dict[str, tuple[str, str]]:
        names = field_parameter_names(self.PLAN_LAYER)
        return {
            names["name"]: ("name", self.tr("Name field")),
            names["kind"]: ("kind", self.tr("Kind field (park, corridor, garden…)")),
            names["public_access"]: ("public_access", self.tr("Public access field")),
            names["status"]: ("status", self.tr("Status field (existing, planned)")),
        }


class ImportSitesAlgorithm(ImportLayerAlgorithm):
    ID = "importsites"
    PLAN_LAYER = "sites"

    def title(self) -> str:
        return self.tr("Import development sites into a plan")

    def tags(self) -> list[str]:
        return self.tr("sites,brownfields,development,housing,import").split(",")

    def input_label(self) -> str:
        return self.tr("Development sites layer")

    def field_parameters(self) -> dict[str, tuple[str, str]]:
        names = field_parameter_names(self.PLAN_LAYER)
        return {
            names["name"]: ("name", self.tr("Name field")),
            names["kind"]: ("kind", self.tr("Kind field (brownfield, renewal…)")),
            names["status"]: ("status", self.tr("Status field")),
            names["housing_units"]: ("housing_units", self.tr("Housing units field")),
            names["jobs"]: ("jobs", self.tr("Jobs field")),
            names["floor_area_m2"]: ("floor_area_m2", self.tr("Floor area field (m²)")),
        }
