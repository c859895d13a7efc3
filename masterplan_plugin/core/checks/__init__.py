"""Plan-consistency checks: one module per rule family, one registry, one profile."""

from .registry import CHECKS, run_checks

__all__ = ["CHECKS", "run_checks"]
