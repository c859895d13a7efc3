"""The GeoPackage reader: columns, nulls, booleans and text by distinct value, as GDAL stored them."""

from osgeo import ogr, osr

from masterplan_plugin.io.plan_io import read_vector

NAMES = ["Esch-sur-Alzette", None, "Villerupt", "Audun-le-Tiche", "Villerupt", "Öttingen", ""]
PUBLIC = [True, False, None, True, True, False, None]


def _write(path):
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2169)
    layer = source.CreateLayer("green", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    public = ogr.FieldDefn("public_access", ogr.OFTInteger)
    public.SetSubType(ogr.OFSTBoolean)
    layer.CreateField(public)
    layer.CreateField(ogr.FieldDefn("area", ogr.OFTReal))
    for k, (name, flag) in enumerate(zip(NAMES, PUBLIC, strict=True)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({k} 0,{k + 1} 0,{k + 1} 1,{k} 0))"))
        if name is not None:
            feature.SetField("name", name)
        if flag is not None:
            feature.SetField("public_access", int(flag))
        feature.SetField("area", 0.5 * k)
        layer.CreateFeature(feature)
    source = None


def test_columns_nulls_and_booleans_read_as_written(tmp_path):
    path = tmp_path / "green.gpkg"
    _write(path)
    data = read_vector(path, "green")
    assert data.attributes["name"].tolist() == NAMES
    assert data.attributes["public_access"].tolist() == PUBLIC
    assert data.attributes["area"].tolist() == [0.5 * k for k in range(len(NAMES))]
    assert data.crs == "EPSG:2169" and len(data) == len(NAMES)


def test_text_columns_come_with_their_distinct_values(tmp_path):
    path = tmp_path / "green.gpkg"
    _write(path)
    data = read_vector(path, "green")
    name = data.factorized["name"]
    assert name.values[name.index].tolist() == NAMES
    assert "public_access" not in data.factorized and "area" not in data.factorized
