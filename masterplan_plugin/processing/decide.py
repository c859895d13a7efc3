"""masterplan:decide — record a decision (accepted, ignored, none) on findings of the plan's register.

The same decision as the findings panel's buttons and ``python -m masterplan_plugin decide``: the registry's
``decide`` operation, in the child worker (the register is written through shapely, see ``worker.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ..operations.decide import DECISIONS, DecideRequest
from .base import MasterPlanAlgorithm
from .worker import run_worker


def parse_fingerprints(text: str) -> tuple[str, ...]:
    """Fingerprints separated by commas, semicolons or white space, in order, each once."""
    return tuple(dict.fromkeys(item for item in re.split(r"[,;\s]+", text or "") if item))


class DecideAlgorithm(MasterPlanAlgorithm):
    ID = "decide"
    GROUP = "checks"
    PLAN, FINGERPRINTS, DECISION, JUSTIFICATION, COUNT = (
        "PLAN", "FINGERPRINTS", "DECISION", "JUSTIFICATION", "COUNT")

    def title(self) -> str:
        return self.tr("Decide on findings")

    def tags(self) -> list[str]:
        return self.tr("findings,register,decision,accept,ignore,justification,fingerprint").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(QgsProcessingParameterString(
            self.FINGERPRINTS, self.tr("Fingerprints of the findings (comma or space separated)")))
        labels = {"accepted": self.tr("Accepted"), "ignored": self.tr("Ignored"),
                  "none": self.tr("None (withdraw the decision)")}
        self.addParameter(QgsProcessingParameterEnum(
            self.DECISION, self.tr("Decision"), [labels[decision] for decision in DECISIONS], False, 0))
        self.addParameter(QgsProcessingParameterString(
            self.JUSTIFICATION, self.tr("Justification (required to accept)"), None, True, True))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Findings decided")))

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        fingerprints = parse_fingerprints(self.parameterAsString(parameters, self.FINGERPRINTS, context))
        if not fingerprints:
            raise QgsProcessingException(self.tr("No finding fingerprint was given."))
        decision = DECISIONS[self.parameterAsEnum(parameters, self.DECISION, context)]
        justification = self.parameterAsString(parameters, self.JUSTIFICATION, context) or ""
        done = run_worker("decide", DecideRequest(Path(plan), fingerprints, decision, justification),
                          feedback, 0, 95)
        for fingerprint in done["unknown"]:
            feedback.pushWarning(self.tr("No finding {fingerprint} in the plan's register.").format(
                fingerprint=fingerprint))
        feedback.pushInfo(self.tr("Decision recorded on {count} finding(s).").format(count=done["decided"]))
        feedback.setProgress(100)
        return {self.COUNT: done["decided"]}
