"""The registered checks and the rule catalogue (rules.json) agree: every rule has exactly one check that can
emit it, every check emits only the rules it declares, and the CNIG document rules are the pre-check's.

A plan check declares its rules when it registers (``@check(name, *rules)``); the catalogue's plan rules
(``catalogue.plan_rule_ids``) are what a plan's settings can switch on and off. The document pre-check
(``core.cnig_conformity``) emits the rules of the ``cnig_conformity`` family and no plan rule.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from masterplan_plugin.core import cnig_conformity
from masterplan_plugin.core.checks import (
    CHECKS,
    Validation,
    _families,  # noqa: F401  (registers the checks)
)
from masterplan_plugin.core.checks.catalogue import DOCUMENT_FAMILIES, plan_rule_ids, rule_catalogue
from masterplan_plugin.core.checks.profile import default_profile
from masterplan_plugin.core.demo import DEFECTS, demo_snapshot

DOCUMENT_FAMILY = "cnig_conformity"


def registered_rules() -> list[str]:
    return [rule for check in CHECKS.values() for rule in check.rules]


def family_rules(family: str) -> set[str]:
    return {rule for rule, spec in rule_catalogue().items() if spec["family"] == family}


def rule_literals(path: Path) -> set[str]:
    """The catalogue's rule ids written as string literals in a module (how a check names what it emits)."""
    known = set(rule_catalogue())
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in known}


def test_the_registered_rules_are_the_plan_rules_of_the_catalogue():
    assert set(registered_rules()) == set(plan_rule_ids())
    assert len(plan_rule_ids()) == 23


def test_each_plan_rule_has_exactly_one_check():
    twice = {rule: count for rule, count in Counter(registered_rules()).items() if count > 1}
    assert twice == {}
    assert all(check.rules for check in CHECKS.values())


def test_document_rules_are_not_registered_as_plan_checks():
    assert DOCUMENT_FAMILY in DOCUMENT_FAMILIES
    assert family_rules(DOCUMENT_FAMILY) & set(registered_rules()) == set()


def test_every_rule_a_check_module_names_is_registered():
    """A check module naming a rule id nobody registered would emit findings no setting can switch off."""
    registered = set(registered_rules())
    for module in {check.function.__module__ for check in CHECKS.values()}:
        named = rule_literals(Path(sys.modules[module].__file__))
        assert named, module
        assert named <= registered, (module, named - registered)


@pytest.fixture(scope="module")
def emitted_by_check() -> dict[str, set[str]]:
    """The rules each check emitted on the demo plan, before the profile filters them (the demo has one
    deliberate defect per rule of ``DEFECTS``)."""
    emitted: dict[str, set[str]] = {name: set() for name in CHECKS}

    def recording(name, function):
        def run(snapshot, profile, context):
            findings = function(snapshot, profile, context)
            emitted[name].update(finding.rule for finding in findings)
            return findings

        return run

    originals = dict(CHECKS)
    profile = replace(default_profile(), enabled_rules=frozenset(plan_rule_ids()))
    try:
        for name, check in originals.items():
            CHECKS[name] = replace(check, function=recording(name, check.function))
        with Validation(profile) as validation:
            validation.run(demo_snapshot())
    finally:
        CHECKS.update(originals)
    return emitted


def test_every_check_emits_only_the_rules_it_declares(emitted_by_check):
    undeclared = {name: rules - set(CHECKS[name].rules) for name, rules in emitted_by_check.items()
                  if rules - set(CHECKS[name].rules)}
    assert undeclared == {}


def test_the_demo_defects_come_from_the_checks_declaring_them(emitted_by_check):
    emitted = set().union(*emitted_by_check.values())
    assert set(DEFECTS) <= emitted  # the recording saw the run: the defects are all there
    owner = {rule: name for name, check in CHECKS.items() for rule in check.rules}
    for name, rules in emitted_by_check.items():
        assert {owner[rule] for rule in rules} <= {name}


def test_the_cnig_pre_check_emits_exactly_the_document_rules():
    """Every CNIG_* rule the document checks can emit is in the family, and every rule of the family is
    emitted somewhere (``test_cnig_conformity`` has one failing document per rule)."""
    package = Path(cnig_conformity.__file__).parent
    named = set().union(*(rule_literals(path) for path in package.glob("*.py")))
    assert named == family_rules(DOCUMENT_FAMILY)
    assert named & set(plan_rule_ids()) == set()
    assert len(named) == 15
