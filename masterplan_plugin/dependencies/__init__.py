"""The Python packages the plugin needs in QGIS's Python, and how a planner gets them in one click.

Pure: the standard library only (no QGIS, no shapely, no pyproj), so that QGIS can load the plugin, and the
plugin can say what is missing, before any of them is importable; unit-tested without QGIS.

- ``requirements``: what is needed (shapely >= 2.1, < 2.2; pyproj; numpy, never installed), whether QGIS's
  Python has it, the plugin's private folder for it and how that folder is put first on ``sys.path`` and
  on the worker processes' ``PYTHONPATH``;
- ``wheels``: the wheel tags the running interpreter accepts and the choice of a file in PyPI's JSON;
- ``install``: the installation itself, with QGIS's own pip (``--target``, ``--no-deps``) or, where QGIS's
  Python has no pip, by downloading the chosen wheel, checking its sha256 and unpacking it — into a staging
  folder that replaces the private folder in one rename once the packages import.

The Qt side is ``qgis_adapters/dependency_task.py`` (the QgsTask) and ``gui/dependencies_dialog.py``.
"""
