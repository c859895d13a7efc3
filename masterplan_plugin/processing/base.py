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
    QgsFeatureRequest,
    QgsField,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QCoreApplication, QMetaType, QVariant

from ..core.checks.registry import Cancelled
from ..core.errors import MasterplanError
from ..icons import icon
from ..qgis_adapters.layer_copy import copy_to_geopackage
from ..qgis_adapters.locale import user_language

HELP_DIR = Path(__file__).resolve().parent / "help"
HELP_LANGUAGES = ("en", "fr", "de")
PLAN_EXTENSION = "gpkg"

# Fields of a sink: QGIS >= 3.38 takes QMetaType.Type (the only choice under Qt 6), 3.22 QVariant.Type.
_FIELD_TYPES = {"string": ("QString", "String"), "integer": ("LongLong", "LongLong"),
                "real": ("Double", "Double")}


_open_plan: str | None = None  # the active plan of the QGIS session, default of every PLAN parameter


def set_open_plan(path: str | None) -> None:
    """Called by the plugin when the active plan changes: algorithms created from then on (the Toolbox
    creates one per dialog) propose it as their PLAN. qgis_process has none."""
    global _open_plan
    _open_plan = str(path) if path else None


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
        """The plan to work on; its default is the plan open in QGIS, if any (``set_open_plan``)."""
        return QgsProcessingParameterFile(
            name, QCoreApplication.translate("MasterPlanAlgorithm", "Master plan (GeoPackage)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension=PLAN_EXTENSION,
            defaultValue=_open_plan,
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
    the toolbar, the command line and Processing, also for memory layers (``layer_copy``: each feature
    keeps its id in the source, in ``ORIGINAL_ID_FIELD``).
    """
    path = QgsProcessingUtils.generateTempFilename(f"{name}.gpkg")
    return copy_to_geopackage(source, path, name, context.transformContext(), QgsFeatureRequest(),
                              feedback.isCanceled, progress)


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
