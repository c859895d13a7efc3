"""Findings panel: the register of validation findings (placeholder until the validation issue)."""

from ...core.model import FINDINGS
from .base import PlanDockController


class FindingsDock(PlanDockController):
    OBJECT_NAME = "MasterPlanFindingsDock"
    ICON = "findings"
    PLAN_LAYER = FINDINGS

    def title(self) -> str:
        return self.tr("Findings")
