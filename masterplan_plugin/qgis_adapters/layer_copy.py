"""A QGIS feature source (a project layer, its selection, a Processing input) copied into a GeoPackage, so
that imports read every source through the same GDAL path as files (``plan_import.import_file``).

The copy numbers its features anew: each keeps its id in the source in ``ORIGINAL_ID_FIELD``, which the
import takes as the zones' ``source_fid`` (a re-import then updates the same zones by key). The FID and
geometry columns get names no source field is likely to have, so every source field survives unchanged.
Called in the thread that owns the source (the main thread for a project layer).
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsFields, QgsVectorFileWriter

from ..core.checks.registry import Cancelled
from ..core.errors import InputError

ORIGINAL_ID_FIELD = "masterplan_source_id"


def copy_to_geopackage(source, path: str, name: str, transform_context,
                       request: QgsFeatureRequest | None = None,
                       is_cancelled: Callable[[], bool] | None = None,
                       progress: Callable[[float, str], None] | None = None) -> str:
    """Write the features of ``source`` (``request``: which ones) to layer ``name`` of GeoPackage ``path``."""
    fields = QgsFields(source.fields())
    fields.append(_id_field())
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["FID=masterplan_source_fid", "GEOMETRY_NAME=masterplan_source_geom"]
    writer = QgsVectorFileWriter.create(path, fields, source.wkbType(), source.sourceCrs(), transform_context,
                                        options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise InputError("The input layer could not be copied.", writer.errorMessage())
    total = source.featureCount()
    step = 100.0 / total if total > 0 else 0.0
    try:
        for index, feature in enumerate(source.getFeatures(request or QgsFeatureRequest())):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            copy = QgsFeature(fields)
            copy.setGeometry(feature.geometry())
            copy.setAttributes([*feature.attributes(), feature.id()])
            if not writer.addFeature(copy):
                raise InputError("A feature could not be copied.", writer.errorMessage())
            if progress:
                progress(index * step, "")
    finally:
        del writer  # closes the GeoPackage
    return path


def _id_field() -> QgsField:
    from qgis.core import Qgis

    if Qgis.QGIS_VERSION_INT >= 33800:  # QMetaType on Qt 6 (and QGIS >= 3.38), QVariant before
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(ORIGINAL_ID_FIELD, QMetaType.Type.LongLong)
    from qgis.PyQt.QtCore import QVariant

    return QgsField(ORIGINAL_ID_FIELD, QVariant.LongLong)
