"""Every deliberate defect of the generated demo is found, in memory, by the full engine."""

import pytest

from masterplan_plugin.core.checks import run_checks
from masterplan_plugin.core.demo import DEFECTS, demo_snapshot


@pytest.fixture(scope="module")
def findings():
    return run_checks(demo_snapshot())


def test_every_demo_defect_is_found(findings):
    found = {finding.rule for finding in findings}
    assert set(DEFECTS) - found == set()


def test_clean_parts_of_the_demo_raise_nothing_unexpected(findings):
    rules = {finding.rule for finding in findings}
    assert rules <= set(DEFECTS)


def test_every_finding_is_located_and_has_a_complete_message(findings):
    for finding in findings:
        message = finding.message("fr")
        assert "{" not in message, (finding.rule, message)
        if finding.rule not in ("GEOM_EMPTY", "CRS_MISSING"):
            assert finding.geometry is not None and not finding.geometry.is_empty, finding.rule
