"""Font families that exist on this system, for what the plugin writes into projects and layer styles.

A ``QgsTextFormat()`` takes the application's default font. Headless (``QT_QPA_PLATFORM=offscreen``, the
command line, Processing) that is a name Qt invents — "DejaVu LGC Sans" on Debian — which no font file
provides, and QGIS then warns, when the project opens, that the font is not available. A family is kept
only when ``QFontDatabase`` lists it; otherwise the first available of a fallback chain is used: common
sans-serif families, then the application's default font, then whatever the database has first.
"""

from __future__ import annotations

from qgis.core import (
    QgsAbstractVectorLayerLabeling,
    QgsPalLayerSettings,
    QgsRuleBasedLabeling,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QFontDatabase, QGuiApplication

# Tried in this order when a family is missing: widely installed sans-serif families (Linux, Windows, macOS).
FALLBACK_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI")


def installed_families() -> dict[str, str]:
    """Lower-case family name -> the database's spelling."""
    return {family.lower(): family for family in QFontDatabase().families()}


def available_family(wanted: str | None = None) -> str:
    """``wanted`` when the font database has it, else the first available of the fallback chain."""
    families = installed_families()
    candidates = [wanted, *FALLBACK_FAMILIES, _application_family()]
    for candidate in candidates:
        if candidate and candidate.lower() in families:
            return families[candidate.lower()]
    return next(iter(families.values()), wanted or "")


def _application_family() -> str | None:
    application = QGuiApplication.instance()
    return QGuiApplication.font().family() if application is not None else None


def text_format_with_available_font(text_format: QgsTextFormat) -> QgsTextFormat | None:
    """A copy of ``text_format`` whose family exists here; None when it already does."""
    family = text_format.font().family()
    found = available_family(family)
    if found == family:
        return None
    fixed = QgsTextFormat(text_format)
    font = fixed.font()
    font.setFamily(found)
    fixed.setFont(font)
    fixed.setNamedStyle("")  # a named style ("Bold", "Book") belongs to the missing family
    return fixed


def use_available_label_fonts(layer: QgsVectorLayer) -> bool:
    """Give ``layer``'s labels a family that exists here (simple or rule-based labels); True if changed."""
    labeling = layer.labeling()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        settings = QgsPalLayerSettings(labeling.settings())
        if not _fix_settings(settings):
            return False
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        return True
    if isinstance(labeling, QgsRuleBasedLabeling):
        return _fix_rules(labeling)
    return False


def _fix_settings(settings: QgsPalLayerSettings) -> bool:
    fixed = text_format_with_available_font(settings.format())
    if fixed is None:
        return False
    settings.setFormat(fixed)
    return True


def _fix_rules(labeling: QgsAbstractVectorLayerLabeling) -> bool:
    changed = False
    for rule in labeling.rootRule().descendants():
        if rule.settings() is None:
            continue
        settings = QgsPalLayerSettings(rule.settings())  # a copy: setSettings deletes the rule's own
        if _fix_settings(settings):
            rule.setSettings(settings)
            changed = True
    return changed
