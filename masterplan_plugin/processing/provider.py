"""The ``masterplan`` Processing provider: the plan in the Toolbox, the Model Designer and qgis_process.

The plugin adds it in ``initProcessing()`` — called by qgis_process on its own and by the plugin's own
``initGui`` in QGIS desktop — and removes it in ``unload()``.
"""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication

from ..icons import icon, icon_path
from .create_plan import CreatePlanAlgorithm
from .decide import DecideAlgorithm
from .demo import DemoAlgorithm
from .export_atlas import ExportAtlasAlgorithm
from .export_findings import ExportFindingsAlgorithm
from .export_national import ExportCnigAlgorithm, ExportInspirePluAlgorithm
from .harmonise import HarmoniseAlgorithm
from .import_layer import (
    ImportAxesAlgorithm,
    ImportCommunesAlgorithm,
    ImportGreenAlgorithm,
    ImportSitesAlgorithm,
)
from .import_zoning import ImportZoningAlgorithm
from .indicators import IndicatorsAlgorithm
from .validate import ValidateAlgorithm
from .validate_cnig import ValidateCnigAlgorithm

PROVIDER_ID = "masterplan"

# The one registry of the provider's algorithms, in Toolbox order.
ALGORITHMS = (
    CreatePlanAlgorithm,
    DemoAlgorithm,
    ImportCommunesAlgorithm,
    ImportZoningAlgorithm,
    ImportAxesAlgorithm,
    ImportGreenAlgorithm,
    ImportSitesAlgorithm,
    HarmoniseAlgorithm,
    ValidateAlgorithm,
    ValidateCnigAlgorithm,
    DecideAlgorithm,
    ExportFindingsAlgorithm,
    IndicatorsAlgorithm,
    ExportAtlasAlgorithm,
    ExportCnigAlgorithm,
    ExportInspirePluAlgorithm,
)


class MasterPlanProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("MasterPlanProvider", "Master plan")

    def longName(self) -> str:
        return QCoreApplication.translate("MasterPlanProvider",
                                          "Master plan: cross-border urban master plans")

    def icon(self):
        return icon("masterplan")

    def svgIconPath(self) -> str:
        return icon_path("masterplan")

    def loadAlgorithms(self) -> None:
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
