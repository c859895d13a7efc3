"""National and European exports of a plan's zoning, through GDAL (no QGIS GUI).

- ``export_cnig_folders``: one GPU-ready CNIG PLU folder per French commune (``core.cnig_export`` decides
  the values). All folders are written in a hidden staging folder inside ``out_dir`` and renamed into
  place only once every one is complete: an error leaves no folder, half-written or not. An existing
  folder is replaced only with ``overwrite``. The written documents (``Pieces_ecrites``: reglement, PADD,
  rapport ...) cannot be made from the plan: their folders are created empty for the planner to fill.
- ``export_inspire_plu``: every zone as an INSPIRE ZoningElement, one SpatialPlan per commune, in GML 3.2
  (``.gml``: OGR writes the geometries, ``core.inspire_plu`` the envelope) or as a flattened ZoningElement
  table in a GeoPackage (``.gpkg``, the alternative encoding). Geometries in ETRS89: EPSG:4258 by default
  (INSPIRE's geographic CRS; lat/long order in GML, as its EPSG definition says), or EPSG:3035.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

from ..core import cnig_export as cnig
from ..core import inspire_plu as plu
from ..core.crs import reproject_checked
from ..core.errors import InputError, PlanError
from ..core.fileio import write_text_atomic
from ..core.footprint import present, repaired_footprints
from ..core.model import COMMUNES, ZONING
from .plan_file import plan_crs
from .plan_io import open_vector, read_vector

ZONE_COLUMNS = ["commune_code", "standard", "national_code", "national_subcode", "hilucs_code", "label"]


# --- reports ---------------------------------------------------------------------------------------------


@dataclass
class CommuneDocument:
    insee: str
    name: str
    folder: Path
    zones: int  # ZONE_URBA features written
    issues: list[cnig.ExportIssue] = field(default_factory=list)

    @property
    def skipped(self) -> list[int]:
        return sorted(issue.fid for issue in self.issues if issue.kind in cnig.SKIPPING)


@dataclass
class CnigExportReport:
    out_dir: Path
    date: str
    documents: list[CommuneDocument]
    written_documents: tuple[str, ...]  # folders left empty in each document, for the planner's PDFs
    other_standard_zones: int  # zones of LU/BE (or HILUCS) standards in the plan: never exported to CNIG

    @property
    def folders(self) -> list[Path]:
        return [document.folder for document in self.documents]


@dataclass
class InspireExportReport:
    path: Path
    encoding: str  # "GML" or "GPKG"
    crs: str
    zones: int
    plans: int
    issues: list[cnig.ExportIssue] = field(default_factory=list)


# --- CNIG ------------------------------------------------------------------------------------------------


def export_cnig_folders(
    plan: str | Path,
    out_dir: str | Path,
    communes: list[str] | None = None,
    approval_date=None,
    overwrite: bool = False,
    document: dict[str, str] | None = None,
    subcode_fields: bool = True,
) -> CnigExportReport:
    """Write ``<INSEE>_PLU_<date>/`` for each French commune of the plan (or those of ``communes``).

    ``approval_date``: AAAAMMJJ, a date, or None for today. ``document``: DOC_URBA values the plan does
    not hold (ETAT, NOMPROC, DATEREF, SIREN, SITEWEB ...; ``cnig_export_fields.json``).
    ``subcode_fields``: write DESTDOMI/FORMDOMI for zones with a sub-code (not in the 2017 model).
    """
    plan, out_dir = Path(plan), Path(out_dir)
    date = cnig.approval_date(approval_date)
    working_crs = plan_crs(plan)
    chosen = french_communes(plan, communes)
    zoning = read_vector(plan, ZONING, columns=ZONE_COLUMNS)
    names = {insee: cnig.document_names(insee, date) for insee in chosen}
    for insee in chosen:  # refused before anything is written
        cnig.document_row(names[insee], document)
    existing = [n.folder for n in names.values() if (out_dir / n.folder).exists()]
    if existing and not overwrite:
        raise InputError(
            "The export folder already holds these documents; allow overwriting to replace them.",
            ", ".join(existing),
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".cnig_export.", suffix=".part", dir=out_dir))
    try:
        documents = [
            _write_document(staging, names[insee], name, zoning, working_crs, document, subcode_fields)
            for insee, name in chosen.items()
        ]
        _commit(staging, out_dir, [names[insee].folder for insee in chosen])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for item in documents:
        item.folder = out_dir / item.folder.name
    standards = np.array([str(s or "").upper() for s in zoning.attributes["standard"]], dtype=object)
    return CnigExportReport(
        out_dir, date, documents, cnig.cnig_spec().written_documents, int((standards != "CNIG").sum())
    )


def french_communes(plan: Path, requested: list[str] | None) -> dict[str, str]:
    """INSEE code -> name of the plan's CNIG communes (all, or the ``requested`` ones, in that order)."""
    data = read_vector(plan, COMMUNES, columns=["code", "name", "country", "zoning_standard"]).attributes
    rows = {
        str(code).strip(): (name, country, standard)
        for code, name, country, standard in zip(
            data["code"], data["name"], data["country"], data["zoning_standard"], strict=True
        )
        if code
    }
    french = {
        code: name or code
        for code, (name, country, standard) in rows.items()
        if country == "FR" and str(standard or "").upper() == "CNIG"
    }
    if requested is None:
        chosen = dict(sorted(french.items()))
    else:
        requested = [str(code).strip() for code in requested if str(code).strip()]
        unknown = [code for code in requested if code not in rows]
        if unknown:
            raise InputError("These municipalities are not in the plan.", ", ".join(unknown))
        foreign = [code for code in requested if code not in french]
        if foreign:
            raise InputError(
                "Only French municipalities (CNIG standard) can be exported as CNIG documents.",
                ", ".join(foreign),
            )
        chosen = {code: french[code] for code in dict.fromkeys(requested)}
    if not chosen:
        raise InputError("The plan has no French municipality (CNIG standard) to export.", str(plan))
    wrong = [code for code in chosen if not cnig.is_insee(code)]
    if wrong:
        raise InputError(
            "A CNIG document needs the municipality's five-character INSEE code.", ", ".join(wrong)
        )
    return chosen


def _write_document(
    staging: Path,
    names: cnig.DocumentNames,
    commune_name: str,
    zoning,
    working_crs: str,
    given: dict | None,
    subcode_fields: bool,
) -> CommuneDocument:
    attributes = zoning.attributes
    own = np.array(
        [str(code or "").strip() == names.insee for code in attributes["commune_code"]], dtype=bool
    )
    rows = np.flatnonzero(own)
    issues = [
        cnig.ExportIssue(cnig.NOT_CNIG, int(zoning.ids[r]), "standard", str(attributes["standard"][r]))
        for r in rows
        if str(attributes["standard"][r] or "").upper() != "CNIG"
    ]
    rows = np.array([r for r in rows if str(attributes["standard"][r] or "").upper() == "CNIG"], dtype=int)
    geometries, kept, geometry_issues = _prepared(
        zoning.geometries[rows], zoning.ids[rows], working_crs, cnig.cnig_spec().crs
    )
    rows = rows[kept]
    table = cnig.zone_table(
        zoning.ids[rows],
        attributes["national_code"][rows],
        attributes["national_subcode"][rows],
        attributes["label"][rows],
        names,
        subcode_fields,
    )
    doc_row, doc_issues = cnig.document_row(names, given)
    folder = staging / names.folder
    (folder / cnig.cnig_spec().names["geodata_folder"]).mkdir(parents=True)
    for relative in cnig.cnig_spec().written_documents:
        (folder / relative).mkdir(parents=True)
    spec = cnig.cnig_spec()
    _write_table(
        folder / names.zone_urba,
        table.fields,
        table.widths,
        table.rows,
        geometries[table.positions],
        spec.crs,
    )
    document_fields = spec.tables["DOC_URBA"]
    _write_table(
        folder / names.doc_urba,
        document_fields,
        cnig.fit_to_dbf(document_fields, [doc_row], [None])[0],
        [doc_row],
    )
    commune_fields = spec.tables["DOC_URBA_COM"]
    commune_row = cnig.commune_row(names)
    _write_table(
        folder / names.doc_urba_com,
        commune_fields,
        cnig.fit_to_dbf(commune_fields, [commune_row], [None])[0],
        [commune_row],
    )
    return CommuneDocument(
        names.insee,
        commune_name,
        folder,
        len(table.rows),
        issues + geometry_issues + table.issues + doc_issues,
    )


def _prepared(geometries: np.ndarray, fids: np.ndarray, source: str, target: str):
    """Geometries reprojected to ``target``, invalid ones repaired (GEOS make_valid, structure method):
    (polygons, mask of the rows kept, issues). Zones without a polygon left are not kept."""
    geometries = np.asarray(geometries, dtype=object)
    issues = []
    usable = present(geometries)
    result = np.array([None] * len(geometries), dtype=object)
    if usable.any():
        result[usable] = reproject_checked(geometries[usable], source, target, ids=fids[usable])
    broken = usable & ~shapely.is_valid(np.where(usable, result, None))
    if broken.any():
        result[broken] = repaired_footprints(result[broken])
        issues += [cnig.ExportIssue(cnig.GEOMETRY_REPAIRED, int(fid), "geometry") for fid in fids[broken]]
    kept = present(result)
    issues += [cnig.ExportIssue(cnig.GEOMETRY_MISSING, int(fid), "geometry") for fid in fids[~kept]]
    return _as_multipolygons(result[kept]), kept, issues


def _as_multipolygons(geometries: np.ndarray) -> np.ndarray:
    parts, owner = shapely.get_parts(geometries, return_index=True)
    polygons = shapely.get_type_id(parts) == shapely.GeometryType.POLYGON.value
    result = np.empty(len(geometries), dtype=object)
    shapely.multipolygons(parts[polygons], indices=owner[polygons], out=result)
    return result


def _write_table(
    base: Path, fields, widths: dict[str, int], rows: list[dict], geometries=None, crs: str | None = None
) -> None:
    """A shapefile (``geometries`` given) or a lone DBF, UTF-8 (.cpg), fields as the standard's strings."""
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(str(base.parent))
    if dataset is None:
        raise PlanError("The CNIG document could not be written.", str(base.parent))
    try:
        srs = None
        if geometries is not None:
            srs = osr.SpatialReference()
            srs.SetFromUserInput(crs)
        layer = dataset.CreateLayer(
            base.name,
            srs,
            ogr.wkbMultiPolygon if geometries is not None else ogr.wkbNone,
            options=["ENCODING=UTF-8"],
        )
        for spec in fields:
            definition = ogr.FieldDefn(spec.name, ogr.OFTString)
            definition.SetWidth(widths[spec.name])
            layer.CreateField(definition)
        wkbs = (
            shapely.to_wkb(geometries, output_dimension=2) if geometries is not None else [None] * len(rows)
        )
        for row, wkb in zip(rows, wkbs, strict=True):
            feature = ogr.Feature(layer.GetLayerDefn())
            if wkb is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            for name, value in row.items():
                if value is not None:
                    feature.SetField(name, value)
            if layer.CreateFeature(feature) != 0:
                raise PlanError("The CNIG document could not be written.", str(base))
        layer = None
    finally:
        dataset = None
    if geometries is not None and not base.with_suffix(".cpg").exists():
        write_text_atomic(base.with_suffix(".cpg"), cnig.cnig_spec().encoding)


def _commit(staging: Path, out_dir: Path, folders: list[str]) -> None:
    """Move every finished folder into place; a replaced one goes to the staging folder (deleted after)."""
    for name in folders:
        target = out_dir / name
        if target.exists():
            os.replace(target, staging / f".old.{name}")
        os.replace(staging / name, target)


def describe_cnig_export(report: CnigExportReport) -> str:
    """The command line's summary (English)."""
    lines = []
    for document in report.documents:
        lines.append(f"{document.folder}: {document.zones} zone(s) of {document.insee} {document.name}")
        for issue in document.issues:
            lines.append(f"  {issue_text(issue)}")
    if report.other_standard_zones:
        lines.append(
            f"{report.other_standard_zones} zone(s) of other standards (LU, BE) are not CNIG: not exported"
        )
    lines.append(
        "Written documents (reglement, PADD, rapport, annexes) must be added by the planner under "
        + ", ".join(report.written_documents)
        + "; the GPU also needs the metadata file."
    )
    return "\n".join(lines)


ISSUE_TEXTS = {
    cnig.LABEL_TOO_LONG: "zone {fid}: LIBELLE {value!r} is over 12 characters: written whole, shorten it",
    cnig.LABEL_MISSING: "zone {fid}: no label, LIBELLE set to its TYPEZONE {value}",
    cnig.TYPEZONE_UNKNOWN: "zone {fid}: {value!r} is not a 2017 TYPEZONE (U, AUc, AUs, A, N): not exported",
    cnig.SUBCODE_UNKNOWN: "zone {fid}: sub-code {value!r} is neither a DESTDOMI nor a FORMDOMI: not written",
    cnig.SUBCODE_LEFT_OUT: "zone {fid}: {field} {value} left out (sub-code fields off)",
    cnig.VALUE_CUT: "zone {fid}: {field} cut to 254 bytes",
    cnig.NOT_CNIG: "zone {fid}: standard {value} is not CNIG: not exported",
    cnig.GEOMETRY_MISSING: "zone {fid}: no polygon: not exported",
    cnig.GEOMETRY_REPAIRED: "zone {fid}: invalid geometry repaired",
    cnig.DATEREF_ASSUMED: "DATEREF (cadastral reference date) not given: the approval date {value} assumed",
    plu.HILUCS_UNKNOWN: "zone {fid}: no HILUCS class (code {value!r}): hilucsLandUse 6_6 NotKnownUse",
}


def issue_text(issue: cnig.ExportIssue) -> str:
    return ISSUE_TEXTS[issue.kind].format(fid=issue.fid, field=issue.field, value=issue.value)


# --- INSPIRE ---------------------------------------------------------------------------------------------


def export_inspire_plu(
    plan: str | Path,
    out_path: str | Path,
    valid_from=None,
    namespace: str | None = None,
    crs: str | None = None,
    overwrite: bool = True,
) -> InspireExportReport:
    """Write the plan's zones as INSPIRE PLU: GML 3.2 for ``.gml``, a flattened GeoPackage for ``.gpkg``.

    ``valid_from``: the plans' validFrom (AAAAMMJJ, AAAA-MM-JJ or a date; default today). ``namespace``:
    of every inspireId (default ``masterplan.<plan name>``). ``crs``: EPSG:4258 (default) or EPSG:3035.
    """
    plan, out_path = Path(plan), Path(out_path)
    encoding = {".gml": "GML", ".gpkg": "GPKG"}.get(out_path.suffix.lower())
    if encoding is None:
        raise InputError("The INSPIRE export writes a .gml or a .gpkg file.", str(out_path))
    if out_path.exists() and not overwrite:
        raise InputError("The output file exists already.", str(out_path))
    crs, srs_uri = plu.srs_name(crs)
    day = cnig.approval_date(valid_from)
    valid = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    timestamp = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    namespace = namespace or f"masterplan.{plu.safe_id(plan.stem)}"
    zoning = read_vector(plan, ZONING, columns=ZONE_COLUMNS)
    geometries, kept, issues = _prepared(zoning.geometries, zoning.ids, plan_crs(plan), crs)
    attributes = {key: column[kept] for key, column in zoning.attributes.items()}
    elements, hilucs_issues = plu.zoning_elements(
        zoning.ids[kept],
        attributes["commune_code"],
        attributes["standard"],
        attributes["national_code"],
        attributes["hilucs_code"],
    )
    communes = read_vector(plan, COMMUNES, columns=["code", "name", "zoning_standard"]).attributes
    names = {str(c): n for c, n in zip(communes["code"], communes["name"], strict=True) if c}
    standards = {str(c): s for c, s in zip(communes["code"], communes["zoning_standard"], strict=True) if c}
    plans = plu.spatial_plans(elements, names, standards)
    extents = _plan_extents(plans, elements, geometries)
    if encoding == "GML":
        _write_gml(out_path, plans, elements, geometries, extents, crs, namespace, valid, timestamp)
    else:
        _write_flat(out_path, elements, geometries, crs, namespace, valid, timestamp)
    return InspireExportReport(out_path, encoding, crs, len(elements), len(plans), issues + hilucs_issues)


def _plan_extents(plans, elements, geometries: np.ndarray) -> dict[str, object]:
    """Each SpatialPlan's extent: the union of its zones (the commune boundary may differ from the plan's)."""
    index = {element.gml_id: position for position, element in enumerate(elements)}
    return {
        plan.gml_id: _as_multipolygons(
            np.array([shapely.union_all(geometries[[index[m] for m in plan.members]])], dtype=object)
        )[0]
        for plan in plans
    }


def _gml_fragment(geometry, srs: osr.SpatialReference, gml_id: str) -> str:
    ogr_geometry = ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry, output_dimension=2))
    ogr_geometry.AssignSpatialReference(srs)
    return ogr_geometry.ExportToGML(
        options=["FORMAT=GML32", f"GMLID={gml_id}", "SRSNAME_FORMAT=OGC_URL", "NAMESPACE_DECL=YES"]
    )


def _ogr_srs(crs: str) -> osr.SpatialReference:
    """Coordinates are x/y (lon/lat) in memory; OGR writes them in the CRS's own axis order (lat/long for
    EPSG:4258)."""
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _write_gml(path: Path, plans, elements, geometries, extents, crs, namespace, valid, timestamp) -> None:
    srs = _ogr_srs(crs)
    zone_gml = {
        e.gml_id: _gml_fragment(g, srs, e.gml_id + ".geometry")
        for e, g in zip(elements, geometries, strict=True)
    }
    plan_gml = {p.gml_id: _gml_fragment(extents[p.gml_id], srs, p.gml_id + ".extent") for p in plans}
    document = plu.gml_document(plans, elements, plan_gml, zone_gml, namespace, valid, timestamp)
    write_text_atomic(path, document.decode("utf-8"))


def _write_flat(path: Path, elements, geometries, crs, namespace, valid, timestamp) -> None:
    """ZoningElement as one GeoPackage table, written beside the target then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".gpkg", dir=path.parent)
    os.close(handle)
    os.unlink(temporary)
    try:
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(temporary)
        if dataset is None:
            raise PlanError("The INSPIRE file could not be written.", str(path))
        layer = dataset.CreateLayer("ZoningElement", _ogr_srs(crs), ogr.wkbMultiPolygon, options=["FID=fid"])
        for name in plu.FLAT_FIELDS:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        layer.StartTransaction()
        for element, geometry in zip(elements, geometries, strict=True):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry, output_dimension=2)))
            for name, value in plu.flat_row(element, namespace, valid, timestamp).items():
                if value is not None:
                    feature.SetField(name, value)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        layer = dataset = None
        if open_vector(temporary) is None:
            raise PlanError("The INSPIRE file could not be written.", str(path))
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def describe_inspire_export(report: InspireExportReport) -> str:
    lines = [
        f"{report.path}: {report.zones} ZoningElement(s), {report.plans} SpatialPlan(s) "
        f"({report.encoding}, {report.crs})"
    ]
    lines += [f"  {issue_text(issue)}" for issue in report.issues]
    return "\n".join(lines)
