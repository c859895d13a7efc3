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


def test_a_reader_handing_layers_over_early_gets_the_same_findings(findings):
    """The coverage work started while layers are still being read (``Validation.layer_read``) gives the
    findings of a run that starts it afterwards; layers that are not the snapshot's are not used."""
    from masterplan_plugin.core.checks import Validation

    snapshot = demo_snapshot()
    with Validation() as validation:
        for layer in snapshot.layers.values():
            validation.layer_read(layer)
        early = validation.run(snapshot)
    with Validation() as validation:
        for layer in demo_snapshot().layers.values():  # equal layers, other objects: work is redone
            validation.layer_read(layer)
        other = validation.run(snapshot)
    key = [(f.rule, f.feature_ids, f.communes, f.fingerprint) for f in findings]
    assert [(f.rule, f.feature_ids, f.communes, f.fingerprint) for f in early] == key
    assert [(f.rule, f.feature_ids, f.communes, f.fingerprint) for f in other] == key
