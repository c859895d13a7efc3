"""The CNIG conformity rules (CNIG_* in checks/rules.json) on a ``DocumentInventory``.

Each check returns ``Finding``s naming the file (``layer`` = its stem, ``params["file"]`` its path in the
folder), the field and the features (OGR FIDs), located by the feature's geometry in the document's CRS
when it has one. Severities are the catalogue's defaults; the runner applies the user's profile.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePosixPath

import numpy as np
import shapely

from ..checks.catalogue import rule_catalogue
from ..cnig import commune_list_mismatch
from ..findings import Finding, Severity, sort_findings
from . import standard
from .inventory import DocumentInventory, TableData

_TYPES = "PLUi|PLUI|PLU|POS|PSMV|CC"
_CODE = r"(?:[0-9]{2}|2A|2B)[0-9]{3}|[0-9]{9}"
FOLDER_NAME = re.compile(
    rf"^(?P<code>[0-9A-Za-z]+)_(?P<type>{_TYPES})_(?P<date>[0-9]{{8}})(?:_(?P<part>[A-Za-z]))?$"
)
INSEE = re.compile(r"^(?:[0-9]{2}|2A|2B)[0-9]{3}$")
SIREN = re.compile(r"^[0-9]{9}$")
IDURBA_V1 = re.compile(rf"^(?P<code>{_CODE})_?(?P<date>[0-9]{{8}})$")  # 2013 and 2014
IDURBA_V2 = re.compile(rf"^(?P<code>{_CODE})_(?P<type>{_TYPES})_(?P<date>[0-9]{{8}})(?:_\w+)?$")  # 2017+
CODE2 = re.compile(r"^[0-9]{2}$")
UTF8_NAMES = {"UTF-8", "UTF8", "65001"}


@dataclass(frozen=True)
class DocumentName:
    """The folder name's parts: <INSEE|SIREN>_<PLU|PLUi|CC|POS|PSMV>_<AAAAMMJJ>[_<part>]."""

    code: str | None = None
    type: str | None = None
    date: str | None = None

    @classmethod
    def parse(cls, folder: str) -> DocumentName:
        match = FOLDER_NAME.match(folder)
        return cls(match["code"], match["type"], match["date"]) if match else cls()

    def expected_idurba(self, version: str) -> str | None:
        if not self.code:
            return None
        return f"{self.code}_{self.type}_{self.date}" if version == "2017" else f"{self.code}{self.date}"


@dataclass
class Context:
    inventory: DocumentInventory
    version: str
    name: DocumentName
    kinds: dict[str, str] = field(default_factory=dict)  # table path -> CNIG table name

    @property
    def communes(self) -> tuple[str, ...]:
        return (self.name.code,) if self.name.code and INSEE.match(self.name.code) else ()

    def tables_of(self, kind: str) -> list[TableData]:
        return [t for t in self.inventory.tables if self.kinds.get(t.path) == kind]


def check_document(inventory: DocumentInventory, version: str | None = None) -> list[Finding]:
    """Every conformity rule on the folder; ``version`` ('2013', '2014', '2017') overrides detection."""
    context = make_context(inventory, version)
    findings = []
    for check in CHECKS:
        findings += check(context)
    return sort_findings(findings)


def make_context(inventory: DocumentInventory, version: str | None = None) -> Context:
    kinds = {t.path: kind for t in inventory.tables if (kind := table_kind(t.stem))}
    context = Context(inventory, version or "2017", DocumentName.parse(inventory.folder), kinds)
    if version is None:
        context.version = detect_version(context)
    elif version not in standard.VERSIONS:
        raise ValueError(f"unknown CNIG standard version {version!r}")
    return context


def table_kind(stem: str) -> str | None:
    """The CNIG table a file stands for, from its name ('30014_DOC_URBA_COM_20171013' -> DOC_URBA_COM)."""
    upper = stem.upper()
    return next((name for name in standard.table_names_longest_first() if name in upper), None)


def detect_version(context: Context) -> str:
    """2017+ when the data tables carry IDURBA and no INSEE; 2014 when they carry INSEE (2013 has the same
    fields and a subset of 2014's codes: checking with 2014 reports nothing 2013 would accept)."""
    data_tables = [t for t in context.inventory.tables if standard.tables().get(context.kinds.get(t.path, ""))
                   and standard.tables()[context.kinds[t.path]].geometry]
    for table in sorted(data_tables, key=lambda t: context.kinds[t.path] not in ("ZONE_URBA", "SECTEUR_CC")):
        names = table.field_names
        if "INSEE" in names:
            return "2014"
        if "IDURBA" in names:
            return "2017"
    return "2017"


# --- folder and files ------------------------------------------------------------------------------------


def check_folder_name(context: Context) -> list[Finding]:
    folder = context.inventory.folder
    if not context.name.code:
        return [_finding("CNIG_FOLDER_NAME", folder, file=folder, value=folder,
                         expected="<INSEE|SIREN>_<PLU|PLUi|CC|POS|PSMV>_<AAAAMMJJ>")]
    findings = []
    if not _valid_date(context.name.date):
        findings.append(_finding("CNIG_DATE_INVALID", folder, context, file=folder,
                                 value=context.name.date, _variant="message_name"))
    code = context.name.code
    if not (INSEE.match(code) or SIREN.match(code)):
        findings.append(_finding("CNIG_CODE_INVALID", folder, file=folder, value=code,
                                 _variant="message_name"))
    return findings


def check_files(context: Context) -> list[Finding]:
    """Tables named <code>_<TABLE>_<date> with the folder's code and date, in their place; mandatory
    tables, the metadata and the written documents present."""
    findings = []
    name, doc_type = context.name, _document_type(context)
    for table in context.inventory.tables:
        kind = context.kinds.get(table.path)
        if kind is None:
            continue
        spec = standard.tables()[kind]
        expected = f"{name.code}_{kind}_{name.date}" if name.code else None
        parent = str(PurePosixPath(table.path).parent)
        folder = "" if parent == "." else parent
        if expected and table.stem.upper() != expected.upper() or folder != spec.folder:
            place = f"{spec.folder}/" if spec.folder else ""
            findings.append(_finding("CNIG_FILE_NAME", table.stem, context, file=table.path,
                                     expected=f"{place}{expected or '<code>_' + kind + '_<AAAAMMJJ>'}"
                                     f"{PurePosixPath(table.name).suffix}"))
    present = set(context.kinds.values())
    for kind, spec in standard.tables().items():
        if doc_type in spec.mandatory_for and kind not in present:
            place = f"{spec.folder}/" if spec.folder else ""
            suffix = ".shp" if spec.geometry else ".dbf"
            stem = f"{name.code or '<code>'}_{kind}_{name.date or '<AAAAMMJJ>'}"
            findings.append(_finding("CNIG_FILE_MISSING", stem, context, file=f"{place}{stem}{suffix}"))
    files = context.inventory.files
    if not any("/" not in f and f.lower().endswith(".xml") for f in files):
        findings.append(_finding("CNIG_FILE_MISSING", context.inventory.folder, context,
                                 file="<metadata>.xml", _variant="message_metadata"))
    written = standard.settings()["written_documents_folder"]
    if not any(f.startswith(written + "/") for f in files):
        findings.append(_finding("CNIG_FILE_MISSING", written, context, file=written + "/",
                                 _variant="message_folder"))
    return findings


# --- fields and values -------------------------------------------------------------------------------------


def check_fields(context: Context) -> list[Finding]:
    findings = []
    for table in context.inventory.tables:
        kind = context.kinds.get(table.path)
        if kind is None:
            continue
        for spec in standard.fields(kind, context.version):
            if spec.name not in table.field_names:
                if spec.required:
                    findings.append(_finding("CNIG_FIELD_MISSING", table.stem, context, file=table.path,
                                             field=spec.name, version=_version_label(context.version)))
                continue
            findings += _check_values(context, table, spec)
    return findings


def _check_values(context: Context, table: TableData, spec) -> list[Finding]:
    findings = []
    values = table.column(spec.name)
    codes = standard.enum_codes(spec.enum, context.version) if spec.enum else ()
    expected_idurba = context.name.expected_idurba(context.version)
    for row, raw in enumerate(values):
        text = _text(raw)
        where = {"file": table.path, "field": spec.name, "fid": int(table.fids[row])}
        def located(row=row):  # the feature's geometry is read only for a finding
            return table.stem, context, (int(table.fids[row]),), table.geometry(row)

        if not text:
            if spec.required:
                findings.append(_located("CNIG_VALUE_MISSING", *located(), **where))
            continue
        if spec.max_length and spec.type != "date" and len(text) > spec.max_length:
            findings.append(_located("CNIG_VALUE_TOO_LONG", *located(), **where, value=text, chars=len(text),
                                     max_chars=spec.max_length))
        problem = _value_problem(spec, raw, text, codes, context.version)
        if problem:
            rule, extra = problem
            findings.append(_located(rule, *located(), **where, value=text, **extra))
        elif spec.type == "idurba" and context.kinds[table.path] != "DOC_URBA" and expected_idurba \
                and not _same_idurba(text, expected_idurba):
            findings.append(_located("CNIG_IDURBA_MISMATCH", *located(), **where, value=text,
                                     expected=expected_idurba))
    return findings


def _value_problem(spec, raw, text: str, codes, version: str) -> tuple[str, dict] | None:
    if spec.enum:
        return None if text in codes else ("CNIG_VALUE_NOT_ALLOWED", {"expected": ", ".join(codes),
                                                                       "version": _version_label(version)})
    if spec.type == "code2" and not CODE2.match(text):
        return "CNIG_VALUE_NOT_ALLOWED", {"expected": "00–99", "version": _version_label(version)}
    if spec.type == "date" and not isinstance(raw, date) and not _valid_date(text):
        return "CNIG_DATE_INVALID", {}
    if spec.type == "insee" and not INSEE.match(text):
        return "CNIG_CODE_INVALID", {}
    if spec.type == "siren" and not SIREN.match(text):
        return "CNIG_CODE_INVALID", {"_variant": "message_siren"}
    if spec.type == "idurba":
        if version == "2017":
            pattern, expected = IDURBA_V2, "<INSEE|SIREN>_<PLU|PLUi|CC|POS|PSMV>_<AAAAMMJJ>"
        else:
            pattern, expected = IDURBA_V1, "<INSEE|SIREN><AAAAMMJJ>"
        match = pattern.match(text)
        if not match or not _valid_date(match["date"]):
            return "CNIG_IDURBA_INVALID", {"expected": expected, "version": _version_label(version)}
    return None


def check_document_idurba(context: Context) -> list[Finding]:
    """DOC_URBA holds a row for this document (the IDURBA its folder name gives)."""
    expected = context.name.expected_idurba(context.version)
    findings = []
    for table in context.tables_of("DOC_URBA"):
        if not expected or "IDURBA" not in table.field_names:
            continue
        if not any(_same_idurba(_text(value), expected) for value in table.column("IDURBA")):
            findings.append(_finding("CNIG_IDURBA_MISMATCH", table.stem, context, file=table.path,
                                     field="IDURBA", expected=expected, _variant="message_not_found"))
    return findings


def check_commune_list(context: Context) -> list[Finding]:
    """DOC_URBA_COM's communes for this document against the communes its zones are in (their INSEE
    field before 2017; the folder's commune for a single-commune document)."""
    expected = context.name.expected_idurba(context.version)
    zones = context.tables_of("ZONE_URBA") + context.tables_of("SECTEUR_CC")
    used = [_text(code) for table in zones for code in table.column("INSEE")]
    if not used and context.name.type != "PLUi" and context.communes:
        used = list(context.communes)
    findings = []
    for table in context.tables_of("DOC_URBA_COM"):
        rows = zip(table.column("IDURBA"), table.column("INSEE"), strict=False)
        listed = [_text(code) for idurba, code in rows
                  if not expected or _same_idurba(_text(idurba), expected)]
        unused, unlisted = commune_list_mismatch(listed, used)
        for code in unused:
            findings.append(_finding("CNIG_DOC_COMMUNES", table.stem, context, file=table.path, commune=code,
                                     document=expected or context.inventory.folder))
        for code in unlisted:
            findings.append(_finding("CNIG_DOC_COMMUNES", table.stem, context, file=table.path, commune=code,
                                     document=expected or context.inventory.folder,
                                     _variant="message_unlisted"))
    return findings


# --- written documents, geometries, encoding -------------------------------------------------------------


def check_written_documents(context: Context) -> list[Finding]:
    """Pieces_ecrites holds PDF files only, and each NOMFIC (NOMREG, NOMPLAN) names one of them."""
    settings = standard.settings()
    folder = settings["written_documents_folder"] + "/"
    written = [f for f in context.inventory.files if f.startswith(folder)]
    if not written:
        return []  # the folder is missing: check_files says so once
    extensions = tuple(settings["written_document_extensions"])
    tolerated = tuple(settings["tolerated_files_in_written_documents"])
    findings = [
        _finding("CNIG_WRITTEN_DOCUMENT", context.inventory.folder, context, file=path,
                 value=PurePosixPath(path).suffix or PurePosixPath(path).name, _variant="message_format")
        for path in written
        if not path.lower().endswith(extensions) and not any(t in path.lower() for t in tolerated)
    ]
    available = {PurePosixPath(path).name.lower() for path in written}
    for table in context.inventory.tables:
        if context.kinds.get(table.path) is None:
            continue
        for name in ("NOMFIC", "NOMREG", "NOMPLAN"):
            missing: dict[str, list[int]] = {}
            for row, value in enumerate(table.column(name)):
                target = _text(value).split("#", 1)[0].strip()
                if target and PurePosixPath(target).name.lower() not in available:
                    missing.setdefault(target, []).append(row)
            for target, rows in missing.items():
                fids = tuple(int(table.fids[row]) for row in rows)
                findings.append(_located("CNIG_WRITTEN_DOCUMENT", table.stem, context, fids,
                                         _collection(table, rows), file=table.path, field=name, value=target,
                                         fid=", ".join(map(str, fids)), count=len(fids)))
    return findings


def check_geometry_limits(context: Context) -> list[Finding]:
    """Features the GPU may refuse or fail to draw: too many vertices or parts (standard.json limits)."""
    limits = standard.settings()["geometry_limits"]
    findings = []
    for table in context.inventory.tables:
        if table.geometries is None or not len(table) or context.kinds.get(table.path) is None:
            continue
        geometries = np.asarray(table.geometries, dtype=object)
        missing = shapely.is_missing(geometries) | shapely.is_empty(geometries)
        vertices = np.where(missing, 0, shapely.get_num_coordinates(geometries))
        parts = np.where(missing, 0, shapely.get_num_geometries(geometries))
        for row in np.flatnonzero(missing):
            findings.append(_located("CNIG_VALUE_MISSING", table.stem, context, (int(table.fids[row]),), None,
                                     file=table.path, field="geometry", fid=int(table.fids[row]),
                                     _variant="message_geometry"))
        for row in np.flatnonzero((vertices > limits["max_vertices"]) | (parts > limits["max_parts"])):
            findings.append(_located(
                "CNIG_GEOMETRY_LIMIT", table.stem, context, (int(table.fids[row]),), geometries[row],
                file=table.path, fid=int(table.fids[row]), vertices=int(vertices[row]), parts=int(parts[row]),
                max_vertices=limits["max_vertices"], max_parts=limits["max_parts"]))
    return findings


def check_encoding(context: Context) -> list[Finding]:
    """Each table says its encoding in a .cpg; the GPU expects UTF-8; its text must decode as declared."""
    findings = []
    for table in context.inventory.tables:
        if context.kinds.get(table.path) is None:
            continue
        declared = (table.cpg or "").strip()
        if not declared:
            findings.append(_finding("CNIG_ENCODING", table.stem, context, file=table.path,
                                     _variant="message_missing"))
            continue
        codec = _codec(declared)
        offset = _undecodable(table.records, codec, table.records_cut) if codec and table.records else None
        if offset is not None:
            findings.append(_finding("CNIG_ENCODING", table.stem, context, file=table.path, value=declared,
                                     _variant="message_mismatch", offset=offset))
        elif declared.upper() not in UTF8_NAMES:
            findings.append(_finding("CNIG_ENCODING", table.stem, context, file=table.path, value=declared,
                                     _variant="message_other"))
    return findings


def _undecodable(records: bytes, codec: str, cut: bool = False) -> int | None:
    """The offset of the first byte ``codec`` cannot decode; None when all decode (bytes ``cut`` before the
    table's end may end in the middle of a multi-byte character: no error)."""
    try:
        codecs.getincrementaldecoder(codec)().decode(records, final=not cut)
    except UnicodeDecodeError as error:
        return error.start
    return None


CHECKS = (
    check_folder_name,
    check_files,
    check_fields,
    check_document_idurba,
    check_commune_list,
    check_written_documents,
    check_geometry_limits,
    check_encoding,
)


# --- helpers ----------------------------------------------------------------------------------------------


def _finding(rule: str, layer: str, context: Context | None = None, **params) -> Finding:
    return _located(rule, layer, context, (), None, **params)


def _located(rule: str, layer: str, context: Context | None, fids: tuple[int, ...], geometry,
             **params) -> Finding:
    severity = Severity(rule_catalogue()[rule]["severity"])
    communes = context.communes if context is not None else ()
    measure = float(params["chars"]) if "chars" in params else None
    return Finding(rule, severity, layer, tuple(fids), geometry, communes, measure, params)


def _collection(table: TableData, rows: list[int]):
    if table.geometries is None:
        return None
    geometries = [g for g in np.asarray(table.geometries, dtype=object)[rows] if g is not None]
    if not geometries:
        return None
    return geometries[0] if len(geometries) == 1 else shapely.GeometryCollection(geometries)


def _document_type(context: Context) -> str:
    kind = context.name.type or ""
    return "PLUi" if kind.upper() == "PLUI" else kind


def _same_idurba(value: str, expected: str) -> bool:
    """Equal, tolerating what the GPU tolerates: PLUi for PLUI, an '_' before the date (2013, 2014), and a
    suffix after the date (a part of a document, CodeDU)."""
    def norm(text: str) -> str:
        return text.upper().replace("_", "")
    return norm(value) == norm(expected) or norm(value).startswith(norm(expected))


def _valid_date(text: str | None) -> bool:
    if not text or not re.fullmatch(r"[0-9]{8}", text):
        return False
    try:
        datetime.strptime(text, "%Y%m%d")
    except ValueError:
        return False
    return True


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return str(value)
    return str(value).strip()


def _codec(declared: str) -> str | None:
    name = declared.strip()
    if name.isdigit():
        name = "utf-8" if name == "65001" else f"cp{name}"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _version_label(version: str) -> str:
    return "2017+" if version == "2017" else version
