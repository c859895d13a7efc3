"""Python ``logging`` → QGIS Log Messages panel.

Every module logs with ``logging.getLogger(__name__)``, so the core stays free of QGIS. Inside QGIS the
plugin installs one handler on the package logger (``install``) and removes it on unload (``remove``);
outside QGIS (command line, tests) the records go wherever Python logging is configured.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

PACKAGE_LOGGER = "masterplan_plugin"
LOG_TAG = "Master plan"


def qgis_level(levelno: int) -> Qgis.MessageLevel:
    if levelno >= logging.ERROR:
        return Qgis.MessageLevel.Critical
    if levelno >= logging.WARNING:
        return Qgis.MessageLevel.Warning
    return Qgis.MessageLevel.Info


class QgsMessageLogHandler(logging.Handler):
    """Forwards records to ``QgsMessageLog`` under one tab; only warnings and errors flag the log button."""

    def __init__(self, tag: str = LOG_TAG, level: int = logging.INFO):
        super().__init__(level)
        self.tag = tag
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        self._previous_logger_level = logging.NOTSET

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = self.format(record)
            QgsMessageLog.logMessage(
                message, self.tag, qgis_level(record.levelno), record.levelno >= logging.WARNING
            )
        except Exception:  # a log call must never break the caller (logging's own contract)
            self.handleError(record)


def install(logger_name: str = PACKAGE_LOGGER, level: int = logging.INFO) -> QgsMessageLogHandler:
    """Attach a handler to ``logger_name``; lower the logger's level to ``level`` if it would drop records."""
    logger = logging.getLogger(logger_name)
    handler = QgsMessageLogHandler(level=level)
    handler._previous_logger_level = logger.level
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    logger.addHandler(handler)
    return handler


def remove(handler: QgsMessageLogHandler | None, logger_name: str = PACKAGE_LOGGER) -> None:
    """Undo ``install``: detach the handler and give the logger back its previous level."""
    if handler is None:
        return
    logger = logging.getLogger(logger_name)
    logger.removeHandler(handler)
    logger.setLevel(handler._previous_logger_level)
    handler.close()
