"""Error messages are translatable: raised as source text with named values, collected for pylupdate5."""

import ast
import importlib.util
from pathlib import Path

import pytest

from masterplan_plugin.core.errors import CONTEXT, InputError, MasterplanError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def collector():
    spec = importlib.util.spec_from_file_location("collect", ROOT / "i18n" / "collect_error_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_stub_lists_every_raised_message(collector):
    """``make transup`` regenerates it; a message added without doing so would stay English."""
    assert collector.OUTPUT.read_text(encoding="utf-8") == collector.render(collector.collect())
    assert "The plan file does not exist." in collector.collect()


def test_messages_are_source_text_not_formatted_strings(collector):
    """An f-string message could never be found in a catalogue: values go in ``values``."""
    formatted = []
    for path in (ROOT / "masterplan_plugin").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and collector._name(node.func) in collector.RAISERS
                    and node.args and isinstance(node.args[0], ast.JoinedStr)):
                formatted.append(f"{path.name}:{node.lineno}")
    assert formatted == []


def test_an_error_is_translated_by_its_source_text_then_filled_with_its_values():
    error = InputError("Between {low} and {high}.", "details", low=1, high=2)
    assert error.message == "Between 1 and 2." and str(error) == "Between 1 and 2. (details)"
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return "Entre {low} et {high}."

    assert error.localized(translate) == "Entre 1 et 2."
    assert seen == [(CONTEXT, "Between {low} and {high}.")]
    assert MasterplanError("Plain.").localized(lambda context, text: "Simple.") == "Simple."
