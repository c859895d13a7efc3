"""Pure core of the master plan: model, nomenclatures, checks, findings, indicators.

Nothing here imports QGIS or Qt (a test enforces it): only the standard library, shapely 2 and pyproj.
User-facing text is returned as codes or as fr/en/de label tables; the GUI translates.
"""
