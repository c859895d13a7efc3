"""The one exception hierarchy of the plugin, caught at the GUI / CLI / Processing boundary.

Messages are English source text, translated where they reach the user (``localized``): the core knows
nothing of Qt. Variable parts go in ``values`` and ``{placeholders}``, so a translation finds the same
source text whatever the values. ``make transup`` collects every message into the Qt catalogues
(``i18n/collect_error_messages.py`` writes them from the raise sites into ``i18n/error_messages.py``).
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "MasterplanError"  # the Qt translation context of every message


def error_message(text: str) -> str:
    """Marks a message kept aside and raised later (e.g. in a table), so the catalogue collects it too."""
    return text


class MasterplanError(Exception):
    """An error the user can understand and act on.

    ``message`` is a short sentence; ``details`` carries the technical context (paths, values).
    """

    def __init__(self, message: str, details: str = "", **values):
        self.template = message
        self.values = values
        self.message = message.format(**values) if values else message
        self.details = details
        super().__init__(self.message)

    def localized(self, translate: Callable[[str, str], str]) -> str:
        """The message in the user's language: ``translate(context, source)`` as Qt's ``translate``."""
        text = translate(CONTEXT, self.template)
        return text.format(**self.values) if self.values else text

    def __str__(self) -> str:
        return f"{self.message} ({self.details})" if self.details else self.message


class InputError(MasterplanError):
    """Unusable input: missing file, missing field, unknown CRS, wrong geometry type."""


class PlanError(MasterplanError):
    """A plan file that is not a master plan or cannot be written."""
