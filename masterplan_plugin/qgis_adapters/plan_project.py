"""Master-plan projects: a new plan with its QGIS default styles and project, the plan's layers in a project.

One call creates a plan for every entry point (toolbar, command line, Processing):
``create_plan(path, crs)`` writes the GeoPackage (``io.plan_file``: layers, domains, settings, code list),
stores its default styles with forms, and writes a QGIS project next to it that opens the plan styled and
grouped.

A plan speaks one language, recorded in its settings (``language``): the interface language of whoever
created it, unless ``set_plan_language`` changes it. Its project's layer names, legends and form labels
are in that language, whoever opens it. The project opens zoomed on the plan (its default view extent),
with label fonts this system has (``fonts``), the editing settings of ``plan_editing``, and zone forms
that name communes and offer the commune's national codes (``forms.link_zoning_form``, on the
``national_codes`` table written from the nomenclature).
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

from ..core import code_list
from ..core.crs import require_metric_crs
from ..core.errors import InputError, PlanError
from ..core.model import COMMUNES, FINDINGS, ZONING, pick_label, plan_schema, supported_language
from ..io.plan_file import (
    LANGUAGE_KEY,
    create_plan_file,
    plan_crs,
    read_plan_settings,
    remove_quietly,
    write_code_list,
    write_plan_setting,
)
from ..io.plan_io import open_vector
from . import plan_editing
from .fonts import use_available_label_fonts
from .forms import apply_form_config, link_zoning_form
from .legend_classes import show_classes_in_use
from .locale import user_language
from .plan_session import layer_table
from .styles import apply_default_style

LOG = logging.getLogger(__name__)

VIEW_MARGIN = 0.03  # of the plan's width and height, around it in the project's first view
# Drawing order in the layer tree, top first; findings are split by geometry type for rendering.
TREE_ORDER = ("findings", "sites", "mobility_axes", "green_spaces", "zoning", "communes")
FINDINGS_PARTS = ("Point", "LineString", "Polygon")

@dataclass(frozen=True)
class PlanFiles:
    gpkg: Path
    project: Path


def create_plan(gpkg_path: str | Path, crs: str | None = None, overwrite: bool = False,
                language: str | None = None) -> PlanFiles:
    """Write a new, empty master plan and its QGIS project; atomic (a failure leaves no file).

    ``language`` (fr, en, de) is the plan's; by default the interface language of QGIS (or the system).
    """
    path = Path(gpkg_path).resolve()
    if path.suffix.lower() != ".gpkg":
        raise InputError("A master plan is a GeoPackage: the file name must end with .gpkg.", str(path))
    working_crs = require_metric_crs(crs or plan_schema().default_crs)
    if path.exists() and not overwrite:
        raise PlanError("A file with this name already exists.", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    language = supported_language(language or user_language())
    create_plan_file(path, working_crs, language, finish=lambda gpkg: _write_default_styles(gpkg, language))
    project_path = write_project(path)
    LOG.info("Created plan %s in %s", path, working_crs)
    return PlanFiles(gpkg=path, project=project_path)


def plan_language(settings: dict[str, str]) -> str:
    """The plan's language (fr, en, de); a plan made before plans had one speaks the interface's."""
    return supported_language(settings.get(LANGUAGE_KEY) or user_language())


def set_plan_language(gpkg_path: str | Path, language: str) -> None:
    """Change the plan's language: its settings, its layers' default styles, and its project if it has one."""
    path = Path(gpkg_path).resolve()
    language = supported_language(language)
    write_plan_setting(path, LANGUAGE_KEY, language)
    _remove_default_styles(path)  # QGIS 3.22 would ask whether to overwrite them
    _write_default_styles(path, language)
    if path.with_suffix(".qgz").exists():
        write_project(path)


def add_plan_to_project(gpkg_path: str | Path, project: QgsProject) -> dict[str, QgsVectorLayer]:
    """Add the plan's styled layers to ``project`` in a group named after the plan, in the plan's language.

    Returns the layers by table name (the findings' by layer name). The code list the zone form offers is
    added too, as a private layer (not in the layer tree).
    """
    path = Path(gpkg_path).resolve()
    settings = read_plan_settings(path)
    language = plan_language(settings)
    opened = {name: _plan_layers(path, name, language) for name in TREE_ORDER}
    for name, found in opened.items():
        if not all(layer.isValid() for layer in found):
            raise PlanError("A layer of the plan cannot be read.", f"{path}|{name}")
    codes = _code_list_layer(path, project, settings, language)
    link_zoning_form(opened[ZONING][0], opened[COMMUNES][0], codes, language)
    group = project.layerTreeRoot().insertGroup(0, _group_name(path, settings))
    layers = {}
    for name in TREE_ORDER:
        for layer in opened[name]:
            project.addMapLayer(layer, False)
            _insert(group, name, layer)
            layers[layer.name() if name == FINDINGS else name] = layer
    show_classes_in_use(_by_table(layers), language)
    if not project.crs().isValid():
        project.setCrs(QgsCoordinateReferenceSystem(settings["crs"]))
    return layers


def write_project(gpkg_path: str | Path) -> Path:
    """Write ``<plan>.qgz`` next to the plan, opening it styled and grouped (relative paths), zoomed on the
    plan (or on its CRS's area while it is empty) and set for editing (``plan_editing``)."""
    path = Path(gpkg_path).resolve()

    def build(project: QgsProject, temporary: Path) -> None:
        project.setFileName(str(temporary))  # paths stored in entries are relative to the project
        project.setCrs(QgsCoordinateReferenceSystem(plan_crs(path)))
        project.setTitle(path.stem)
        layers = add_plan_to_project(path, project)
        plan_editing.configure_once(project, path, _by_table(layers))
        _set_default_view(project, layers)

    return _replace_project(path, build)


def refresh_project_view(gpkg_path: str | Path) -> Path | None:
    """After features came into the plan: its project (if any) opens zoomed on them, its legends listing the
    classes now in use. Nothing else changes."""
    path = Path(gpkg_path).resolve()
    project_path = path.with_suffix(".qgz")
    if not project_path.exists():
        return None

    def update(project: QgsProject, _temporary: Path) -> None:
        if not project.read(str(project_path)):
            raise PlanError("The QGIS project could not be read.", project.error() or str(project_path))
        layers = _project_plan_layers(project, path)
        show_classes_in_use({table: [layer] for table, layer in layers.items()},
                            plan_language(read_plan_settings(path)))
        _set_default_view(project, layers)

    return _replace_project(path, update)


def saved_project_is_stale(gpkg_path: str | Path, open_project: QgsProject | None) -> bool:
    """Whether an import must refresh the plan's saved project: it has one, and it is not the project open
    in QGIS (that one shows the new features already and is saved by the user, with their changes)."""
    project_path = Path(gpkg_path).resolve().with_suffix(".qgz")
    if not project_path.exists():
        return False
    open_file = open_project.fileName() if open_project is not None else ""
    return not open_file or Path(open_file).resolve() != project_path


def _replace_project(path: Path, fill) -> Path:
    """``<plan>.qgz`` written atomically: ``fill(project, temporary)`` makes it, a hidden temporary file
    takes it, a rename puts it in place; on any failure the previous project stays as it was."""
    project_path = path.with_suffix(".qgz")
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex}.qgz")
    project = QgsProject()
    try:
        fill(project, temporary)
        _write(project, temporary)
        os.replace(temporary, project_path)
    finally:
        project.clear()
        remove_quietly(temporary)
    return project_path


def plan_view_extent(layers: dict[str, QgsVectorLayer],
                     crs: QgsCoordinateReferenceSystem) -> QgsReferencedRectangle:
    """What to show of a plan, in ``crs`` (the plan's): its features with a margin; while the plan is still
    empty, the area of use of its CRS."""
    extent = QgsRectangle()
    for name, layer in layers.items():
        if name in TREE_ORDER and name != FINDINGS and layer.featureCount() > 0:
            layer.updateExtents()
            layer_extent = layer.extent()
            if layer_extent.isFinite() and not layer_extent.isNull():
                extent.combineExtentWith(layer_extent)
    if extent.isNull() or extent.isEmpty():
        return QgsReferencedRectangle(_area_of_use(crs), crs)
    margin = max(extent.width(), extent.height()) * VIEW_MARGIN
    return QgsReferencedRectangle(extent.buffered(margin), crs)


def _area_of_use(crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    return transform.transformBoundingBox(crs.bounds())


def _set_default_view(project: QgsProject, layers: dict[str, QgsVectorLayer]) -> None:
    project.viewSettings().setDefaultViewExtent(plan_view_extent(layers, project.crs()))


def _write(project: QgsProject, target: Path) -> None:
    if not project.write(str(target)):
        raise PlanError("The QGIS project could not be written.", project.error() or str(target))


def _by_table(layers: dict[str, QgsVectorLayer]) -> dict[str, list[QgsVectorLayer]]:
    """``add_plan_to_project``'s answer grouped by table (the findings have one layer per geometry)."""
    grouped: dict[str, list[QgsVectorLayer]] = {}
    for name, layer in layers.items():
        grouped.setdefault(name if name in TREE_ORDER else FINDINGS, []).append(layer)
    return grouped


def _project_plan_layers(project: QgsProject, path: Path) -> dict[str, QgsVectorLayer]:
    found = {}
    for layer in project.mapLayers().values():
        gpkg, table = layer_table(layer)
        if gpkg == path and table in TREE_ORDER and table != FINDINGS:
            found.setdefault(table, layer)
    return found


# --- QGIS side: default styles, layers, tree ----------------------------------------------------------


def _write_default_styles(path: Path, language: str) -> None:
    """Store each layer's form and renderer as its default style: QGIS applies it whenever it is added.

    The findings table holds mixed geometries, and a GeoPackage keeps one default style per table, so its
    per-geometry styles are applied when the plan is opened instead.
    """
    for name in TREE_ORDER:
        if name == FINDINGS:
            continue
        for layer in _plan_layers(path, name, language, load_default_style=False):
            _configure(layer, name, language)
            use_available_label_fonts(layer)
            message = layer.saveStyleToDatabase(name, "Master plan default style", True, "")
            if message:
                raise PlanError("The default style could not be stored in the plan.", f"{name}: {message}")


def _remove_default_styles(path: Path) -> None:
    """Delete the default styles ``_write_default_styles`` stored (named after their table)."""
    dataset = open_vector(path, update=True)
    if dataset is None:
        raise PlanError("The plan cannot be opened for writing.", str(path))
    tables = ", ".join(f"'{name}'" for name in TREE_ORDER)
    dataset.ExecuteSQL("DELETE FROM layer_styles "
                       f"WHERE styleName = f_table_name AND f_table_name IN ({tables})")
    dataset = None


def _plan_layers(path: Path, name: str, language: str, load_default_style: bool = True):
    """The layers of table ``name`` named in ``language``, with their forms in it; the findings' styled."""
    options = QgsVectorLayer.LayerOptions(loadDefaultStyle=load_default_style)
    spec = plan_schema().layer(name)
    label = pick_label(spec.label, language)
    if name != FINDINGS:
        layer = QgsVectorLayer(f"{path}|layername={name}", label, "ogr", options)
        apply_form_config(layer, spec, language)
        use_available_label_fonts(layer)  # a style stored by an older version may name a missing font
        return [layer]
    layers = []
    for part in FINDINGS_PARTS:
        uri = f"{path}|layername={name}|geometrytype={part}"
        part_label = plan_schema().label(f"findings_{part}", language)
        layer = QgsVectorLayer(
            uri, f"{label} ({part_label})", "ogr", QgsVectorLayer.LayerOptions(loadDefaultStyle=False)
        )
        _configure(layer, name, language)
        use_available_label_fonts(layer)
        layers.append(layer)
    return layers


def _configure(layer: QgsVectorLayer, name: str, language: str) -> None:
    apply_form_config(layer, plan_schema().layer(name), language)
    apply_default_style(layer, name, language)


def _insert(group: QgsLayerTreeGroup, name: str, layer: QgsVectorLayer) -> None:
    if name == FINDINGS:
        title = layer.name().split(" (")[0]
        findings_group = group.findGroup(title) or group.addGroup(title)
        findings_group.addLayer(layer)
    else:
        group.addLayer(layer)


def _code_list_layer(path: Path, project: QgsProject, settings: dict[str, str],
                     language: str) -> QgsVectorLayer | None:
    """The project's layer on the plan's code list (added, private, when missing); None if the table cannot
    be written (a read-only plan made before it): the form then takes the code as text."""
    try:
        write_code_list(path, settings)
    except PlanError as error:
        LOG.warning("No code list for the zone form: %s (%s)", error.message, error.details)
        return None
    source = f"{path}|layername={code_list.TABLE}"
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer_table(layer) == (path, code_list.TABLE):
            return layer
    layer = QgsVectorLayer(source, plan_schema().label(code_list.TABLE, language), "ogr",
                           QgsVectorLayer.LayerOptions(loadDefaultStyle=False))
    if not layer.isValid():
        return None
    layer.setFlags(layer.flags() | QgsMapLayer.LayerFlag.Private)
    project.addMapLayer(layer, False)
    return layer


def _group_name(path: Path, settings: dict[str, str]) -> str:
    return f"{path.stem} ({settings['crs']})"


