"""Debian's GDAL and QGIS work next to shapely >= 2.1 and pyproj in one process (issue #2's setup pitfall).

What matters is that they work together, not which numpy makes it so: on bookworm (QGIS 3.22) the venv
keeps numpy 1.24, the numpy Debian's GDAL was built with (a shapely wheel pulling numpy 2 breaks
osgeo.gdal_array); on trixie (QGIS 3.40, ``make test-qgis340``) GDAL, shapely and numpy 2 are all Debian's.
"""

import subprocess
import sys


def test_gdal_array_qgis_shapely_and_pyproj_import_together_in_one_process():
    script = (
        "import numpy\n"
        "from osgeo import gdal, gdal_array\n"
        "import pyproj, shapely\n"
        "from qgis.core import Qgis\n"
        # gdal_array built against another numpy ABI fails at import or on its first array.
        "array = numpy.arange(6, dtype='float64').reshape(2, 3)\n"
        "dataset = gdal_array.OpenArray(array)\n"
        "assert (dataset.GetRasterBand(1).ReadAsArray() == array).all()\n"
        "assert tuple(map(int, shapely.__version__.split('.')[:2])) >= (2, 1), shapely.__version__\n"
        "assert shapely.buffer(shapely.Point(0, 0), 1).area > 3\n"
        "assert Qgis.QGIS_VERSION_INT >= 32200, Qgis.QGIS_VERSION\n"
        "assert pyproj.CRS('EPSG:2169').is_projected\n"
        "print(gdal.__version__, numpy.__version__, shapely.geos_version_string, Qgis.QGIS_VERSION)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
