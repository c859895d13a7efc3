"""The plan layers' legends list the classes their features hold, and follow the data as it changes.

A legend of every HILUCS class (or every green-space kind) buries the few a plan uses; ``styles.
keep_classes_in_use`` reduces a categorised renderer to the classes present. ``show_classes_in_use`` does
it once (a project being written); ``ClassesInUse`` keeps doing it in a QGIS session: after a feature is
drawn, a class changed, features deleted, edits saved or rolled back, or the layer reloaded after an
import — so a zone drawn in a class new to the layer gets its colour at once, never the unknown symbol.
Bursts of changes (a paste of hundreds of zones) are folded into one update on the next event-loop turn.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer

from ..core.model import AXES, GREEN, ZONING
from .styles import keep_classes_in_use

LOG = logging.getLogger(__name__)
CLASSIFIED_LAYERS = (ZONING, AXES, GREEN)  # plan tables drawn by class


def show_classes_in_use(layers: dict[str, Iterable[QgsVectorLayer]], language: str) -> None:
    """Reduce each classified plan layer's legend to its classes in use (``layers``: by table name)."""
    for table in CLASSIFIED_LAYERS:
        for layer in layers.get(table, ()):
            keep_classes_in_use(layer, table, language)


class ClassesInUse(QObject):
    """Keeps the legends of followed layers to their classes in use while the user edits them."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._followed: dict[str, tuple[QgsVectorLayer, str, object]] = {}  # layer id -> (layer, table, slot)
        self._pending: set[str] = set()
        self._language = "en"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update_pending)

    def follow(self, layers: dict[str, Iterable[QgsVectorLayer]], language: str) -> None:
        """Follow the classified layers of ``layers`` (already followed ones are left as they are) and
        bring every followed legend up to date in ``language``."""
        self._language = language
        for table in CLASSIFIED_LAYERS:
            for layer in layers.get(table, ()):
                if layer.id() not in self._followed:
                    self._connect(layer, table)
        self._pending.update(self._followed)
        self._timer.start()

    def stop(self) -> None:
        """Follow nothing any more (the plan changed or the plugin unloads)."""
        self._timer.stop()
        self._pending.clear()
        for layer, _table, slot in self._followed.values():
            self._disconnect(layer, slot)
        self._followed.clear()

    def followed_layers(self) -> list[QgsVectorLayer]:
        return [layer for layer, _table, _slot in self._followed.values()]

    def _signals(self, layer: QgsVectorLayer):
        return (layer.featureAdded, layer.featuresDeleted, layer.attributeValueChanged,
                layer.afterCommitChanges, layer.afterRollBack, layer.dataSourceChanged, layer.dataChanged)

    def _connect(self, layer: QgsVectorLayer, table: str) -> None:
        layer_id = layer.id()

        def changed(*_args):
            self._pending.add(layer_id)
            self._timer.start()

        for signal in self._signals(layer):
            signal.connect(changed)
        layer.willBeDeleted.connect(lambda: self._forget(layer_id))
        self._followed[layer_id] = (layer, table, changed)

    def _disconnect(self, layer: QgsVectorLayer, slot) -> None:
        for signal in self._signals(layer):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone with the layer
                pass

    def _forget(self, layer_id: str) -> None:
        self._followed.pop(layer_id, None)
        self._pending.discard(layer_id)

    def _update_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for layer_id in pending:
            followed = self._followed.get(layer_id)
            if followed is not None:
                layer, table, _slot = followed
                keep_classes_in_use(layer, table, self._language)
