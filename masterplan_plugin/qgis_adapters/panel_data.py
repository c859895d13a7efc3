"""What the zoning, mobility and green panels show, computed once per plan state from the saved plan.

The numbers are the core's: ``compute_indicators`` on the plan's snapshot. Next to them, the feature ids a
panel needs to select what a table row stands for (axes of a mode in a commune, the pieces of a green
corridor) are worked out here on the same arrays, with the same noise thresholds as the indicators.
Everything is plain data so that it can be computed in a background task; ``PanelDataService`` runs
that task whenever the active plan or one of its layers' saved content changes.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from shapely import STRtree

from ..core.indicators import NOISE_KM, PlanIndicators, compute_indicators
from ..core.model import AXES, COMMUNES, GREEN, SITES, ZONING
from ..core.plan import PlanSnapshot
from ..io.validation import load_snapshot
from .plan_session import PlanSession
from .tasks import abandon

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class CommuneInfo:
    code: str
    name: str
    country: str | None
    standard: str | None


@dataclass(frozen=True)
class AxisGroup:
    """Axes sharing a hierarchy, a mode and a status, over the whole plan."""

    hierarchy: str | None
    mode: str | None
    status: str | None
    count: int
    km: float
    fids: tuple[int, ...]


@dataclass(frozen=True)
class Corridor:
    name: str
    communes: tuple[str, ...]  # codes, as the indicators count them
    area_m2: float
    fids: tuple[int, ...]


@dataclass
class PanelData:
    plan: Path
    crs: str
    indicators: PlanIndicators
    communes: list[CommuneInfo]
    axis_groups: list[AxisGroup]
    # (commune code, mode) -> ids of the axes of that mode running through the commune; mode None: all modes
    axes_in_commune: dict[tuple[str, str | None], tuple[int, ...]] = field(default_factory=dict)
    corridors: list[Corridor] = field(default_factory=list)

    def commune(self, code: str) -> CommuneInfo | None:
        return next((info for info in self.communes if info.code == code), None)


def load_panel_data(gpkg: str | Path) -> PanelData:
    snapshot = load_snapshot(gpkg)
    return panel_data(Path(gpkg), snapshot)


def panel_data(path: Path, snapshot: PlanSnapshot) -> PanelData:
    indicators = compute_indicators(snapshot)
    return PanelData(
        plan=path,
        crs=snapshot.crs,
        indicators=indicators,
        communes=_communes(snapshot),
        axis_groups=_axis_groups(snapshot),
        axes_in_commune=_axes_in_communes(snapshot),
        corridors=_corridors(snapshot, indicators),
    )


def _communes(snapshot: PlanSnapshot) -> list[CommuneInfo]:
    layer = snapshot.layer(COMMUNES)
    infos = [
        CommuneInfo(str(code), name or str(code), country, standard)
        for code, name, country, standard in zip(layer.column("code"), layer.column("name"),
                                                 layer.column("country"), layer.column("zoning_standard"),
                                                 strict=True)
        if code is not None
    ]
    return sorted(infos, key=lambda info: (info.name.casefold(), info.code))


def _axis_groups(snapshot: PlanSnapshot) -> list[AxisGroup]:
    layer = snapshot.layer(AXES)
    if not len(layer):
        return []
    present = ~shapely.is_missing(layer.geometries)
    lengths = np.zeros(len(layer))
    lengths[present] = shapely.length(layer.geometries[present])
    groups: dict[tuple, list[int]] = defaultdict(list)
    keys = zip(layer.column("hierarchy"), layer.column("mode"), layer.column("status"), strict=True)
    for row, key in enumerate(keys):
        groups[key].append(row)
    result = [
        AxisGroup(hierarchy, mode, status, len(rows), float(lengths[rows].sum()) / 1000,
                  tuple(int(fid) for fid in layer.ids[rows]))
        for (hierarchy, mode, status), rows in groups.items()
    ]
    return sorted(result, key=lambda g: (str(g.hierarchy), str(g.mode), str(g.status)))


def _axes_in_communes(snapshot: PlanSnapshot) -> dict[tuple[str, str | None], tuple[int, ...]]:
    """Axes counted in a commune by the indicators: their piece inside it is longer than the noise."""
    communes, axes = snapshot.layer(COMMUNES), snapshot.layer(AXES)
    if not len(communes) or not len(axes):
        return {}
    commune_rows = np.flatnonzero(communes.usable)
    axis_rows = np.flatnonzero(axes.usable)
    if not len(commune_rows) or not len(axis_rows):
        return {}
    tree = STRtree(communes.geometries[commune_rows])
    axis_idx, commune_idx = tree.query(axes.geometries[axis_rows], predicate="intersects")
    pieces = shapely.length(shapely.intersection(axes.geometries[axis_rows][axis_idx],
                                                 communes.geometries[commune_rows][commune_idx]))
    keep = pieces / 1000 > NOISE_KM
    codes = communes.column("code")[commune_rows][commune_idx[keep]]
    rows = axis_rows[axis_idx[keep]]
    modes = axes.column("mode")[rows]
    result: dict[tuple[str, str | None], set[int]] = defaultdict(set)
    for code, mode, fid in zip(codes, modes, axes.ids[rows], strict=True):
        result[(str(code), mode)].add(int(fid))
        result[(str(code), None)].add(int(fid))
    return {key: tuple(sorted(fids)) for key, fids in result.items()}


def _corridors(snapshot: PlanSnapshot, indicators: PlanIndicators) -> list[Corridor]:
    """Corridors by name, with the communes the indicators count them in and their feature ids."""
    green = snapshot.layer(GREEN)
    if not len(green):
        return []
    kinds, names = green.column("kind"), green.column("name")
    present = ~shapely.is_missing(green.geometries)
    rows_by_name: dict[str, list[int]] = defaultdict(list)
    for row in np.flatnonzero((kinds == "corridor") & present):
        rows_by_name[names[row] or ""].append(int(row))
    corridors = []
    for name, rows in rows_by_name.items():
        communes = tuple(item.code for item in indicators.communes if name in item.corridors)
        area = float(shapely.area(green.geometries[rows]).sum())
        corridors.append(Corridor(name, communes, area, tuple(int(fid) for fid in green.ids[rows])))
    return sorted(corridors, key=lambda corridor: corridor.name.casefold())


# --- keeping the panels' data in step with the active plan ---------------------------------------------

class PanelDataService(QObject):
    """Computes ``PanelData`` in a background task when the active plan changes and after every commit of
    one of its layers; the panels listen to ``data_ready`` / ``data_cleared``.

    ``connect_session`` and ``disconnect_session`` mirror each other (plugin load / unload).
    """

    data_ready = pyqtSignal(object)  # PanelData
    data_cleared = pyqtSignal()
    failed = pyqtSignal(object)  # MasterplanError

    WATCHED = (COMMUNES, ZONING, AXES, GREEN, SITES)

    def __init__(self, session: PlanSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._data: PanelData | None = None
        self._task = None
        self._pending = False
        self._watched: list = []

    def data(self) -> PanelData | None:
        return self._data

    def is_busy(self) -> bool:
        return self._task is not None

    def connect_session(self) -> None:
        self._session.plan_changed.connect(self._on_plan_changed)
        self._on_plan_changed()

    def disconnect_session(self) -> None:
        self._session.plan_changed.disconnect(self._on_plan_changed)
        self._unwatch()
        self._drop_task()

    def refresh(self) -> None:
        """Recompute for the active plan (once the running computation, if any, is over)."""
        plan = self._session.plan_path()
        if plan is None:
            return
        if self._task is not None:
            self._pending = True
            return
        from .tasks import panel_data_task, start

        description = QCoreApplication.translate("PanelDataService", "Master plan: figures of {plan}").format(
            plan=plan.stem)
        task = panel_data_task(description, plan)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_done)
        self._task, self._pending = task, False
        start(task)

    def _on_plan_changed(self, *_args) -> None:
        self._unwatch()
        self._data = None
        self.data_cleared.emit()
        for name in self.WATCHED:
            for layer in self._session.layers(name):
                layer.afterCommitChanges.connect(self.refresh)
                self._watched.append(layer)
        self.refresh()

    def _unwatch(self) -> None:
        for layer in self._watched:
            try:
                layer.afterCommitChanges.disconnect(self.refresh)
            except (RuntimeError, TypeError):  # the layer is gone, and its connections with it
                pass
        self._watched = []

    def _on_succeeded(self, data: PanelData) -> None:
        self._on_done()
        if data.plan == self._session.plan_path():
            self._data = data
            self.data_ready.emit(data)

    def _on_failed(self, error) -> None:
        self._on_done()
        LOG.warning("Panel figures not computed: %s", error)
        self.failed.emit(error)

    def _on_done(self) -> None:
        self._task = None
        if self._pending:
            self.refresh()

    def _drop_task(self) -> None:
        task, self._task, self._pending = self._task, None, False
        abandon(task, self._on_succeeded, self._on_failed, self._on_done, cancel=False)
