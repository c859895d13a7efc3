"""Green spaces panel (placeholder until the green-network issue)."""

from ...core.model import GREEN
from .base import PlanDockController


class GreenDock(PlanDockController):
    OBJECT_NAME = "MasterPlanGreenDock"
    ICON = "green"
    PLAN_LAYER = GREEN

    def title(self) -> str:
        return self.tr("Green spaces")
