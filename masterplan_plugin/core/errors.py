"""The one exception hierarchy of the plugin, caught at the GUI / CLI / Processing boundary."""


class MasterplanError(Exception):
    """An error the user can understand and act on.

    ``message`` is a short sentence; ``details`` carries the technical context (paths, values).
    """

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return f"{self.message} ({self.details})" if self.details else self.message


class InputError(MasterplanError):
    """Unusable input: missing file, missing field, unknown CRS, wrong geometry type."""


class PlanError(MasterplanError):
    """A plan file that is not a master plan or cannot be written."""
