"""Zoning panel (placeholder until the zoning editor issue)."""

from ...core.model import ZONING
from .base import PlanDockController


class ZoningDock(PlanDockController):
    OBJECT_NAME = "MasterPlanZoningDock"
    ICON = "zoning"
    PLAN_LAYER = ZONING

    def title(self) -> str:
        return self.tr("Zoning")
