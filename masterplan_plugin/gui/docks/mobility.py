"""Mobility axes panel (placeholder until the mobility issue)."""

from ...core.model import AXES
from .base import PlanDockController


class MobilityDock(PlanDockController):
    OBJECT_NAME = "MasterPlanMobilityDock"
    ICON = "mobility"
    PLAN_LAYER = AXES

    def title(self) -> str:
        return self.tr("Mobility axes")
