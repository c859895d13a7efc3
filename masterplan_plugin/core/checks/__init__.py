"""Plan-consistency checks: one module per rule family, one registry, one profile."""

from .registry import CHECKS, Validation, run_checks

__all__ = ["CHECKS", "Validation", "run_checks"]
