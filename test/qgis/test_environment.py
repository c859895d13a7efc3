"""The venv keeps Debian's GDAL, numpy and QGIS working next to shapely 2.1 (issue #2's setup pitfall)."""

import subprocess
import sys


def test_gdal_array_qgis_shapely_and_pyproj_import_together_in_one_process():
    script = (
        "from osgeo import gdal_array\n"
        "import numpy, pyproj, shapely\n"
        "from qgis.core import Qgis\n"
        "assert int(numpy.__version__.split('.')[0]) < 2, numpy.__version__\n"
        "assert tuple(map(int, shapely.__version__.split('.')[:2])) >= (2, 1), shapely.__version__\n"
        "assert Qgis.QGIS_VERSION_INT >= 32200, Qgis.QGIS_VERSION\n"
        "assert pyproj.CRS('EPSG:2169').is_projected\n"
        "print(gdal_array.__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
