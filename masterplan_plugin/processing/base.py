"""The shared base of the plugin's Processing algorithms and the few helpers they have in common.

An algorithm is a thin adapter: parse the parameters, call the same adapter/core function as the toolbar
and the command line, write the sinks. The base gives each one its ``tr()`` (the class name is the
translation context, as pylupdate5 extracts it), ``createInstance()``, its help page (HTML files under
``help/<language>/``, outside the code), the error boundary (``MasterplanError`` and ``Cancelled`` become
``QgsProcessingException``) and progress / cancel callbacks for the adapters.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QCoreApplication, QMetaType, QVariant

from ..core.checks.registry import Cancelled
from ..core.errors import MasterplanError
from ..gui.icons import icon
from ..qgis_adapters.locale import user_language

HELP_DIR = Path(__file__).resolve().parent / "help"
HELP_LANGUAGES = ("en", "fr", "de")
PLAN_EXTENSION = "gpkg"

# Fields of a sink: QGIS >= 3.38 takes QMetaType.Type (the only choice under Qt 6), 3.22 QVariant.Type.
_FIELD_TYPES = {"string": ("QString", "String"), "integer": ("LongLong", "LongLong"),
                "real": ("Double", "Double")}


def _group_names() -> dict[str, str]:
    return {
        "plan": QCoreApplication.translate("MasterPlanAlgorithm", "Plan"),
        "checks": QCoreApplication.translate("MasterPlanAlgorithm", "Checks and indicators"),
        "outputs": QCoreApplication.translate("MasterPlanAlgorithm", "Publication"),
        "nomenclatures": QCoreApplication.translate("MasterPlanAlgorithm", "Nomenclatures"),
    }


class MasterPlanAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ID`` and ``GROUP`` and define ``title``, ``initAlgorithm`` and ``execute``."""

    ID = ""
    GROUP = "plan"

    # --- identity and help --------------------------------------------------------------------------

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ID

    def displayName(self) -> str:
        return self.title()

    def title(self) -> str:
        raise NotImplementedError

    def group(self) -> str:
        return _group_names()[self.GROUP]

    def groupId(self) -> str:
        return self.GROUP

    def shortHelpString(self) -> str:
        return help_text(self.ID, user_language())

    def icon(self):
        return icon("masterplan")

    # --- running -------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        try:
            return self.execute(parameters, context, feedback)
        except Cancelled:
            raise QgsProcessingException(
                QCoreApplication.translate("MasterPlanAlgorithm", "Cancelled by the user.")
            ) from None
        except MasterplanError as error:
            message = error.localized(QCoreApplication.translate)
            details = f" ({error.details})" if error.details else ""
            raise QgsProcessingException(message + details) from error

    def execute(self, parameters: dict, context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict:
        raise NotImplementedError

    # --- parameters shared by several algorithms ---------------------------------------------------------

    def plan_parameter(self, name: str = "PLAN") -> QgsProcessingParameterFile:
        return QgsProcessingParameterFile(
            name, QCoreApplication.translate("MasterPlanAlgorithm", "Master plan (GeoPackage)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension=PLAN_EXTENSION,
        )

    def plan_path(self, parameters: dict, context: QgsProcessingContext, name: str = "PLAN") -> str:
        path = self.parameterAsFile(parameters, name, context)
        if not path:
            raise QgsProcessingException(
                QCoreApplication.translate("MasterPlanAlgorithm", "No master plan was given.")
            )
        return path

    @staticmethod
    def advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        return parameter

    @staticmethod
    def given(parameters: dict, name: str) -> bool:
        """Whether an optional parameter was set (``None`` and an empty string mean 'not set')."""
        value = parameters.get(name)
        return value is not None and value != ""


# --- helpers ------------------------------------------------------------------------------------------


@cache
def help_text(algorithm_id: str, language: str = "en") -> str:
    """The algorithm's help page in ``language`` ('fr_FR' and 'fr' both work), English otherwise."""
    language = (language or "en")[:2].lower()
    for candidate in (language, "en"):
        path = HELP_DIR / candidate / f"{algorithm_id}.html"
        if candidate in HELP_LANGUAGES and path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def report_progress(feedback: QgsProcessingFeedback, start: float = 0.0, end: float = 100.0
                    ) -> Callable[[float, str], None]:
    """An adapter's ``progress(percent, step)`` callback mapped onto ``start``–``end`` of the feedback."""

    def progress(percent: float, step: str = "") -> None:
        feedback.setProgress(start + (end - start) * max(0.0, min(100.0, percent)) / 100.0)
        if step:
            feedback.setProgressText(step)

    return progress


def field(name: str, kind: str, length: int = 0, precision: int = 0) -> QgsField:
    """A sink field of ``kind`` 'string', 'integer' or 'real', for QGIS 3.22 (Qt 5) to QGIS 4 (Qt 6)."""
    metatype, variant = _FIELD_TYPES[kind]
    if Qgis.QGIS_VERSION_INT >= 33800:
        return QgsField(name, getattr(QMetaType.Type, metatype), len=length, prec=precision)
    return QgsField(name, getattr(QVariant, variant), len=length, prec=precision)


def source_to_geopackage(source, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                         name: str, progress: Callable[[float, str], None] | None = None) -> str:
    """Copy a Processing feature source (any layer, selection honoured) into a temporary GeoPackage.

    The plan adapters read files through GDAL; going through a file keeps one import / read path for
    the toolbar, the command line and Processing, also for memory layers. The FID and geometry columns get
    names no source field is likely to have, so every source field survives unchanged.
    """
    path = QgsProcessingUtils.generateTempFilename(f"{name}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["FID=masterplan_source_fid", "GEOMETRY_NAME=masterplan_source_geom"]
    writer = QgsVectorFileWriter.create(path, source.fields(), source.wkbType(), source.sourceCrs(),
                                        context.transformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(
            QCoreApplication.translate("MasterPlanAlgorithm", "The input layer could not be copied: {error}")
            .format(error=writer.errorMessage())
        )
    total = source.featureCount()
    step = 100.0 / total if total > 0 else 0.0
    try:
        for index, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
            if feedback.isCanceled():
                raise Cancelled()
            if not writer.addFeature(QgsFeature(feature)):
                message = QCoreApplication.translate("MasterPlanAlgorithm",
                                                     "A feature could not be copied: {error}")
                raise QgsProcessingException(message.format(error=writer.errorMessage()))
            if progress:
                progress(index * step, "")
    finally:
        del writer  # closes the GeoPackage
    return path


def qgis_crs(text: str) -> QgsCoordinateReferenceSystem:
    """A plan CRS ('EPSG:3035' or WKT, as plan settings store it) as a QGIS CRS."""
    crs = QgsCoordinateReferenceSystem()
    crs.createFromUserInput(text)
    return crs


def crs_text(crs) -> str | None:
    """'AUTH:CODE' when the CRS has one, its WKT otherwise; ``None`` for an invalid CRS."""
    if not crs.isValid():
        return None
    return crs.authid() or crs.toWkt()
