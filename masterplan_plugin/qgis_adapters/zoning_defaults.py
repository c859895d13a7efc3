"""New zones get their commune, standard and harmonised class filled, whichever QGIS tool draws them.

The zoning layer of the active plan gets default-value expressions, so the standard QGIS attribute form
shows the values before the user accepts it (nothing is filled behind the user's back):

- ``commune_code`` = ``masterplan_commune_at($geometry)``: the commune holding the largest part of the
  zone; NULL when the zone lies outside every commune — the form's not-null constraint then asks the user;
- ``standard`` = ``masterplan_standard_at($geometry)``: that commune's national zoning standard;
- ``hilucs_code`` = ``masterplan_hilucs("standard", "national_code", "national_subcode")``, recomputed on
  every update: the crosswalk's class, NULL for an unknown code (``ATTR_UNKNOWN_CODE`` reports it), never a
  guess. QGIS re-applies such defaults when a feature changes but not when it is added, so a zone added
  with its code already set gets its class from the layer's ``featureAdded`` signal.

The three functions are registered with QGIS's expression engine while the plugin is loaded (they also
appear in the expression builder, group "Master plan") and unregistered on unload, when the zoning layer
gets its original defaults back. Communes are read from the plan's communes layer, again after each
commit of that layer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsExpression,
    QgsExpressionFunction,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject

from ..core import nomenclature
from ..core.checks.profile import default_profile
from ..core.errors import InputError, PlanError
from ..core.locate import CommuneLocator
from ..core.model import COMMUNES, ZONING
from .plan_session import PlanSession

LOG = logging.getLogger(__name__)

GROUP = "Master plan"
COMMUNE_FUNCTION = "masterplan_commune_at"
STANDARD_FUNCTION = "masterplan_standard_at"
HILUCS_FUNCTION = "masterplan_hilucs"
DEFAULTS = {
    "commune_code": (f"{COMMUNE_FUNCTION}($geometry)", False),
    "standard": (f"{STANDARD_FUNCTION}($geometry)", False),
    "hilucs_code": (f'{HILUCS_FUNCTION}("standard", "national_code", "national_subcode")', True),
}


@dataclass(frozen=True)
class CommuneIndex:
    """Commune polygons (shapely, in the plan CRS) with their codes and zoning standards."""

    geometries: np.ndarray
    codes: tuple[str, ...]
    standards: tuple[str | None, ...]
    crs: str

    def __post_init__(self):
        noise = default_profile().tolerance("boundary_min_offset_m")
        object.__setattr__(self, "_locator", CommuneLocator(self.geometries, noise))

    def locate(self, geometry) -> int | None:
        """Index of the commune holding the largest part of ``geometry``; None if it is in no commune
        (touching a border is not lying inside). Imported zones are located by the same rule
        (``core.locate``)."""
        found = int(self._locator.locate(np.array([geometry], dtype=object))[0])
        return found if found >= 0 else None


def commune_index(layer: QgsVectorLayer) -> CommuneIndex:
    geometries, codes, standards = [], [], []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        code = feature["code"]
        if geometry.isNull() or geometry.isEmpty() or _is_null(code):
            continue
        shape = shapely.from_wkb(bytes(geometry.asWkb()))
        if not shapely.is_valid(shape):
            shape = shapely.make_valid(shape)
        geometries.append(shape)
        codes.append(str(code))
        standard = feature["zoning_standard"]
        standards.append(None if _is_null(standard) else str(standard))
    shapes = np.array(geometries, dtype=object)
    return CommuneIndex(shapes, tuple(codes), tuple(standards), layer.crs().authid())


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def harmonised_code(standard, code, subcode=None) -> str | None:
    """The HILUCS short code of a national code, or None (unknown code or standard, or no code)."""
    if _is_null(standard) or _is_null(code):
        return None
    try:
        found = nomenclature.harmonise(str(standard), str(code), None if _is_null(subcode) else str(subcode))
    except nomenclature.UnknownStandardError:
        return None
    return found.code if found is not None else None


# --- the expression functions ------------------------------------------------------------------------

class _Active:
    """The commune index of the active plan, read by the expression functions."""

    index: CommuneIndex | None = None


def _shape_of(value, context) -> object | None:
    if not isinstance(value, QgsGeometry) or value.isNull() or value.isEmpty():
        return None
    index = _Active.index
    geometry = QgsGeometry(value)
    layer_crs = _context_layer_crs(context)
    if index is not None and layer_crs is not None and layer_crs.isValid() \
            and layer_crs.authid() != index.crs:
        transform = QgsCoordinateTransform(layer_crs, QgsCoordinateReferenceSystem(index.crs),
                                           QgsProject.instance())
        geometry.transform(transform)
    return shapely.from_wkb(bytes(geometry.asWkb()))


def _context_layer_crs(context):
    if context is None or not context.hasVariable("layer_id"):
        return None
    layer = QgsProject.instance().mapLayer(context.variable("layer_id") or "")
    return layer.crs() if layer is not None else None


class _LocateFunction(QgsExpressionFunction):
    def __init__(self, name: str, attribute: str, help_text: str):
        super().__init__(name, 1, GROUP, help_text, False, True)
        self._attribute = attribute

    def func(self, values, context, parent, node):
        index = _Active.index
        if index is None or not values:
            return None
        found = index.locate(_shape_of(values[0], context))
        if found is None:
            return None
        return getattr(index, self._attribute)[found]

    def usesGeometry(self, node):
        return True


class _HilucsFunction(QgsExpressionFunction):
    def __init__(self):
        super().__init__(HILUCS_FUNCTION, 3, GROUP,
                         "<h3>masterplan_hilucs(standard, code, subcode)</h3>The harmonised HILUCS class "
                         "of a national zoning code (CNIG, PAG, PDS or HILUCS), or NULL when the code is "
                         "unknown.",
                         False, True)

    def func(self, values, context, parent, node):
        return harmonised_code(*(list(values) + [None, None, None])[:3])


def _functions() -> list[QgsExpressionFunction]:
    return [
        _LocateFunction(COMMUNE_FUNCTION, "codes",
                        "<h3>masterplan_commune_at(geometry)</h3>Code of the commune of the active master "
                        "plan holding the largest part of the geometry; NULL outside every commune."),
        _LocateFunction(STANDARD_FUNCTION, "standards",
                        "<h3>masterplan_standard_at(geometry)</h3>Zoning standard (CNIG, PAG, PDS, "
                        "HILUCS) of the commune of the active master plan holding the largest part of the "
                        "geometry."),
        _HilucsFunction(),
    ]


# --- following the active plan -----------------------------------------------------------------------

class ZoningDefaults(QObject):
    """Registers the functions and keeps the active plan's zoning layer defaults; mirrored by ``remove``."""

    def __init__(self, session: PlanSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._functions: list[QgsExpressionFunction] = []
        self._zoning: QgsVectorLayer | None = None
        self._communes: QgsVectorLayer | None = None
        self._saved: dict[str, QgsDefaultValue] = {}

    def install(self) -> None:
        for function in _functions():
            if QgsExpression.isFunctionName(function.name()):
                QgsExpression.unregisterFunction(function.name())
            if QgsExpression.registerFunction(function):
                self._functions.append(function)
        self._session.plan_changed.connect(self._follow)
        self._follow()

    def remove(self) -> None:
        self._session.plan_changed.disconnect(self._follow)
        self._release()
        for function in self._functions:
            QgsExpression.unregisterFunction(function.name())
        self._functions = []

    @property
    def zoning_layer(self) -> QgsVectorLayer | None:
        return self._zoning

    def _follow(self, *_args) -> None:
        self._release()
        zoning, communes = self._session.layer(ZONING), self._session.layer(COMMUNES)
        if zoning is None:
            return
        self._zoning = zoning
        self._saved = {}
        for name, (expression, on_update) in DEFAULTS.items():
            index = zoning.fields().indexFromName(name)
            if index < 0:
                continue
            self._saved[name] = zoning.defaultValueDefinition(index)
            zoning.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))
        zoning.willBeDeleted.connect(self._zoning_deleted)
        zoning.featureAdded.connect(self._derive_class)
        if communes is not None:
            self._communes = communes
            communes.afterCommitChanges.connect(self.reload_communes)
            communes.willBeDeleted.connect(self._communes_deleted)
        self.reload_communes()

    def _derive_class(self, fid: int) -> None:
        """QGIS applies "on update" defaults when a feature changes, not when it is added: a zone added with
        its code already set (attribute form, paste) gets its class here, in the same edit buffer."""
        layer = self._zoning
        if layer is None or not layer.isEditable():
            return
        feature = layer.getFeature(fid)
        if not feature.isValid():
            return
        derived = harmonised_code(feature["standard"], feature["national_code"], feature["national_subcode"])
        current = feature["hilucs_code"]
        if (None if _is_null(current) else str(current)) != derived:
            layer.changeAttributeValue(fid, layer.fields().indexFromName("hilucs_code"), derived)

    def reload_communes(self) -> None:
        _Active.index = commune_index(self._communes) if self._communes is not None else None
        LOG.debug("Commune index for new zones: %d communes",
                  len(_Active.index.codes) if _Active.index is not None else 0)

    def _release(self) -> None:
        """Give the zoning layer its own defaults back and stop listening to the plan's layers."""
        if self._zoning is not None:
            for name, definition in self._saved.items():
                index = self._zoning.fields().indexFromName(name)
                if index >= 0:
                    self._zoning.setDefaultValueDefinition(index, definition)
            self._zoning.willBeDeleted.disconnect(self._zoning_deleted)
            self._zoning.featureAdded.disconnect(self._derive_class)
        if self._communes is not None:
            self._communes.afterCommitChanges.disconnect(self.reload_communes)
            self._communes.willBeDeleted.disconnect(self._communes_deleted)
        self._zoning, self._communes, self._saved = None, None, {}
        _Active.index = None

    # A deleted layer has nothing to restore, and Qt drops its connections itself.
    def _zoning_deleted(self) -> None:
        self._zoning, self._saved = None, {}

    def _communes_deleted(self) -> None:
        self._communes = None
        _Active.index = None


# --- applying a code picked in the zoning panel --------------------------------------------------------

@dataclass(frozen=True)
class ApplyReport:
    changed: tuple[int, ...]
    skipped: tuple[int, ...]  # zones in a commune of another standard, or in no commune


def apply_zone_code(layer: QgsVectorLayer, fids, communes: CommuneIndex, standard: str, code: str,
                    subcode: str | None, command: str) -> ApplyReport:
    """Write ``standard``/``code``/``subcode`` and the derived class into the zones ``fids`` of ``layer``,
    in its edit buffer (editing is started if needed; the user saves or rolls back) as one undo step.

    A zone keeps its commune; a zone without one gets the commune holding most of it. Zones whose commune
    uses another standard are left unchanged and reported: a PAG code in a French zone would be wrong.
    """
    fields = layer.fields()
    index = {name: fields.indexFromName(name) for name in
             ("commune_code", "standard", "national_code", "national_subcode", "hilucs_code")}
    if min(index.values()) < 0:
        raise InputError("This layer is not the zoning layer of a master plan.", layer.name())
    standards = dict(zip(communes.codes, communes.standards, strict=True))
    hilucs = harmonised_code(standard, code, subcode)
    if not layer.isEditable() and not layer.startEditing():
        raise PlanError("The zoning layer cannot be edited.", layer.name())
    changed, skipped = [], []
    layer.beginEditCommand(command)
    try:
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(list(fids))):
            commune = feature["commune_code"]
            values = {}
            if _is_null(commune):
                found = communes.locate(_shapely(feature.geometry()))
                commune = communes.codes[found] if found is not None else None
                if commune is not None:
                    values[index["commune_code"]] = commune
            if commune is None or standards.get(str(commune)) != standard:
                skipped.append(feature.id())
                continue
            values.update({index["standard"]: standard, index["national_code"]: code,
                           index["national_subcode"]: subcode, index["hilucs_code"]: hilucs})
            layer.changeAttributeValues(feature.id(), values)
            changed.append(feature.id())
    except Exception:
        layer.destroyEditCommand()
        raise
    if changed:
        layer.endEditCommand()
    else:
        layer.destroyEditCommand()
    return ApplyReport(tuple(changed), tuple(skipped))


def _shapely(geometry: QgsGeometry):
    if geometry.isNull() or geometry.isEmpty():
        return None
    return shapely.from_wkb(bytes(geometry.asWkb()))
