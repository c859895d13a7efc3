"""Plan files through GDAL/OGR alone (no QGIS): the GeoPackage, imports, validation, CNIG documents, exports.

Imported by the command line and the child worker without QGIS; ``qgis_adapters`` builds on it.
"""
