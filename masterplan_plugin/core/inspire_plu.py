"""The plan's zoning as INSPIRE Planned Land Use: ZoningElement and SpatialPlan records, GML envelope.

Every zone becomes a ZoningElement (whatever its country); each commune with zones one SpatialPlan, its
zones' ``plan``. Values the plan does not hold (regulation nature, plan level and type, process step)
come per zoning standard from ``inspire_plu.json``. The geometries are GML fragments written by OGR
(the adapter); this module builds the feature envelope around them with the standard library's XML.
A zone without a HILUCS class (its national code unknown) gets 6_6 NotKnownUse, reported.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .cnig_export import ExportIssue
from .errors import InputError
from .nomenclature import hilucs_class

SPEC_PATH = Path(__file__).parent / "inspire_plu.json"
HILUCS_UNKNOWN = "hilucs_unknown"  # issue kind: the zone got NotKnownUse
NO_COMMUNE = "none"  # local id part of the SpatialPlan of zones without a commune code


@dataclass(frozen=True)
class ZoningElement:
    gml_id: str
    local_id: str
    fid: int
    commune: str
    standard: str
    hilucs_uri: str
    specific_code: str | None
    specific_uri: str | None
    regulation_nature_uri: str
    process_step_uri: str
    plan_gml_id: str


@dataclass(frozen=True)
class SpatialPlan:
    gml_id: str
    local_id: str
    commune: str
    title: str
    level_uri: str
    plan_type_uri: str
    process_step_uri: str
    members: tuple[str, ...]  # gml ids of its ZoningElements


@cache
def plu_spec() -> dict:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def srs_name(crs: str | None) -> tuple[str, str]:
    """('EPSG:4258', its OGC URL) for an ETRS89 CRS INSPIRE accepts here; InputError for any other."""
    spec = plu_spec()
    crs = (crs or spec["default_crs"]).strip().upper()
    if crs not in spec["crs"]:
        raise InputError("INSPIRE Planned Land Use is written in ETRS89: EPSG:4258 or EPSG:3035.", crs)
    return crs, spec["crs"][crs]


def safe_id(text) -> str:
    """A local id / gml:id part: letters, digits, '_', '.', '-' only."""
    return re.sub(r"[^A-Za-z0-9_.\-]+", "_", str(text).strip()) or "_"


def zoning_elements(
    fids, communes, standards, codes, hilucs_codes
) -> tuple[list[ZoningElement], list[ExportIssue]]:
    spec, issues, elements = plu_spec(), [], []
    lists = spec["codelists"]
    for fid, commune, standard, code, hilucs in zip(
        fids, communes, standards, codes, hilucs_codes, strict=True
    ):
        fid = int(fid)
        standard = _text(standard).upper()
        standard = standard if standard in spec["standards"] else spec["default_standard"]
        values = spec["standards"][standard]
        if not _text(hilucs):
            issues.append(ExportIssue(HILUCS_UNKNOWN, fid, "hilucsLandUse", _text(code)))
            hilucs = spec["unknown_hilucs"]
        code = _text(code) or None
        commune_part = safe_id(commune) if _text(commune) else NO_COMMUNE
        elements.append(
            ZoningElement(
                gml_id=f"ZoningElement_{fid}",
                local_id=f"ZoningElement_{fid}",
                fid=fid,
                commune=_text(commune),
                standard=standard,
                hilucs_uri=hilucs_class(hilucs).uri,
                specific_code=code,
                specific_uri=lists["specific_land_use"].format(standard=standard, code=safe_id(code))
                if code
                else None,
                regulation_nature_uri=lists["regulation_nature"] + values["regulation_nature"],
                process_step_uri=lists["process_step"] + values["process_step"],
                plan_gml_id=f"SpatialPlan_{commune_part}",
            )
        )
    return elements, issues


def spatial_plans(
    elements: Sequence[ZoningElement], names: dict[str, str], standards: dict[str, str]
) -> list[SpatialPlan]:
    """One SpatialPlan per commune of the zones (``names``/``standards`` by commune code, from the plan's
    communes layer; a commune missing there takes its zones' first standard)."""
    spec, lists = plu_spec(), plu_spec()["codelists"]
    members: dict[str, list[ZoningElement]] = {}
    for element in elements:
        members.setdefault(element.plan_gml_id, []).append(element)
    plans = []
    for gml_id, own in members.items():
        commune = own[0].commune
        standard = _text(standards.get(commune)).upper() or own[0].standard
        values = spec["standards"].get(standard, spec["standards"][spec["default_standard"]])
        plans.append(
            SpatialPlan(
                gml_id=gml_id,
                local_id=gml_id,
                commune=commune,
                title=names.get(commune) or commune or NO_COMMUNE,
                level_uri=lists["level_of_spatial_plan"] + values["level"],
                plan_type_uri=lists["plan_type_name"].format(plan_type=values["plan_type"]),
                process_step_uri=lists["process_step"] + values["process_step"],
                members=tuple(element.gml_id for element in own),
            )
        )
    return plans


# --- GML -------------------------------------------------------------------------------------------------


def _q(prefix: str, name: str) -> str:
    return f"{{{plu_spec()['namespaces'][prefix]}}}{name}"


def gml_document(
    plans: Sequence[SpatialPlan],
    elements: Sequence[ZoningElement],
    plan_geometries: dict[str, str],
    element_geometries: dict[str, str],
    namespace: str,
    valid_from: str,
    timestamp: str,
) -> bytes:
    """A wfs:FeatureCollection of SpatialPlans then ZoningElements; the geometries are GML 3.2 fragments
    (with their namespace declared) keyed by feature gml:id. ``valid_from`` 'AAAA-MM-JJ'."""
    for prefix, uri in plu_spec()["namespaces"].items():
        ET.register_namespace(prefix, uri)
    root = ET.Element(
        _q("wfs", "FeatureCollection"),
        {
            _q("xsi", "schemaLocation"): plu_spec()["schema_location"],
            "timeStamp": timestamp,
            "numberMatched": str(len(plans) + len(elements)),
            "numberReturned": str(len(plans) + len(elements)),
        },
    )
    for plan in plans:
        feature = ET.SubElement(
            ET.SubElement(root, _q("wfs", "member")), _q("plu", "SpatialPlan"), {_q("gml", "id"): plan.gml_id}
        )
        _identifier(feature, plan.local_id, namespace)
        _geometry(feature, "extent", plan_geometries[plan.gml_id])
        _text_element(feature, "beginLifespanVersion", timestamp)
        _text_element(feature, "officialTitle", plan.title)
        _href(feature, "levelOfSpatialPlan", plan.level_uri)
        _nil(feature, "endLifespanVersion")
        _text_element(feature, "validFrom", valid_from)
        _nil(feature, "validTo")
        _href(feature, "planTypeName", plan.plan_type_uri)
        _href(feature, "processStepGeneral", plan.process_step_uri)
        for member in plan.members:
            _href(feature, "member", "#" + member)
    for element in elements:
        feature = ET.SubElement(
            ET.SubElement(root, _q("wfs", "member")),
            _q("plu", "ZoningElement"),
            {_q("gml", "id"): element.gml_id},
        )
        _identifier(feature, element.local_id, namespace)
        _geometry(feature, "geometry", element_geometries[element.gml_id])
        _text_element(feature, "validFrom", valid_from)
        _nil(feature, "validTo")
        _href(feature, "hilucsLandUse", element.hilucs_uri)
        _nil(feature, "hilucsPresence")
        if element.specific_uri:
            _href(feature, "specificLandUse", element.specific_uri, element.specific_code)
        else:
            _nil(feature, "specificLandUse")
        _nil(feature, "specificPresence")
        _href(feature, "regulationNature", element.regulation_nature_uri)
        _href(feature, "processStepGeneral", element.process_step_uri)
        _nil(feature, "backgroundMap")
        _text_element(feature, "beginLifespanVersion", timestamp)
        _nil(feature, "endLifespanVersion")
        _href(feature, "plan", "#" + element.plan_gml_id)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _identifier(feature, local_id: str, namespace: str) -> None:
    identifier = ET.SubElement(ET.SubElement(feature, _q("plu", "inspireId")), _q("base", "Identifier"))
    ET.SubElement(identifier, _q("base", "localId")).text = local_id
    ET.SubElement(identifier, _q("base", "namespace")).text = namespace


def _geometry(feature, name: str, fragment: str) -> None:
    ET.SubElement(feature, _q("plu", name)).append(ET.fromstring(fragment))


def _text_element(feature, name: str, text: str) -> None:
    ET.SubElement(feature, _q("plu", name)).text = text


def _href(feature, name: str, uri: str, title: str | None = None) -> None:
    attributes = {_q("xlink", "href"): uri}
    if title:
        attributes[_q("xlink", "title")] = title
    ET.SubElement(feature, _q("plu", name), attributes)


def _nil(feature, name: str) -> None:
    ET.SubElement(feature, _q("plu", name), {_q("xsi", "nil"): "true", "nilReason": "unknown"})


# --- the flattened table (GeoPackage alternative encoding) ------------------------------------------------

FLAT_FIELDS = (
    "inspireId_localId",
    "inspireId_namespace",
    "hilucsLandUse",
    "specificLandUse",
    "specificLandUse_code",
    "regulationNature",
    "processStepGeneral",
    "validFrom",
    "beginLifespanVersion",
    "plan",
    "commune",
    "standard",
)


def flat_row(
    element: ZoningElement, namespace: str, valid_from: str, timestamp: str
) -> dict[str, str | None]:
    return {
        "inspireId_localId": element.local_id,
        "inspireId_namespace": namespace,
        "hilucsLandUse": element.hilucs_uri,
        "specificLandUse": element.specific_uri,
        "specificLandUse_code": element.specific_code,
        "regulationNature": element.regulation_nature_uri,
        "processStepGeneral": element.process_step_uri,
        "validFrom": valid_from,
        "beginLifespanVersion": timestamp,
        "plan": element.plan_gml_id,
        "commune": element.commune or None,
        "standard": element.standard,
    }


def _text(value) -> str:
    return "" if value is None else str(value).strip()
