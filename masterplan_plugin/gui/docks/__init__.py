"""The plan panels, in tab order. One registry: add a panel here and the plugin registers it."""

from .base import FigurePanel, PanelServices, PlanDockController
from .findings import FindingsDock
from .green import GreenDock
from .mobility import MobilityDock
from .zoning import ZoningDock

DOCK_CONTROLLERS: tuple[type[PlanDockController], ...] = (ZoningDock, MobilityDock, GreenDock, FindingsDock)
# Shown the first time the plugin is enabled; afterwards QGIS restores what the user left open.
DOCKS_VISIBLE_BY_DEFAULT: tuple[type[PlanDockController], ...] = (ZoningDock,)

__all__ = [
    "DOCKS_VISIBLE_BY_DEFAULT",
    "DOCK_CONTROLLERS",
    "FigurePanel",
    "FindingsDock",
    "GreenDock",
    "MobilityDock",
    "PanelServices",
    "PlanDockController",
    "ZoningDock",
]
