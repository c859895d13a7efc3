"""masterplan:exportcnig and masterplan:exportinspireplu — the plan's zoning in national and EU formats.

Thin adapters over ``national_export``: a GPU-ready CNIG PLU folder per French municipality, and the
whole zoning as INSPIRE Planned Land Use (GML 3.2 or a flattened GeoPackage). Both run the registry's
``export_national`` operation in the child worker: the export repairs, merges and writes geometries through
shapely, whose newer GEOS must not share QGIS's process (see ``operations/child.py``).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core import cnig_export as cnig
from ..core import inspire_plu as plu
from ..operations.export_national import ExportNationalRequest
from .base import MasterPlanAlgorithm
from .export_atlas import parse_communes
from .worker import run_worker

DOCUMENT_FIELDS = ("DATEREF", "ETAT", "NOMPROC", "SIREN", "SITEWEB")  # DOC_URBA values the plan lacks
INSPIRE_CRS = ("EPSG:4258", "EPSG:3035")


def issue_templates(tr) -> dict[str, str]:
    """Each export issue in the user's words; ``tr`` is the algorithm's translate."""
    return {
        cnig.LABEL_TOO_LONG: tr(
            "Zone {fid}: its label {value} is longer than 12 characters; LIBELLE holds it "
            "whole and must be shortened in the plan."
        ),
        cnig.LABEL_MISSING: tr("Zone {fid}: no label; LIBELLE set to its zone type {value}."),
        cnig.TYPEZONE_UNKNOWN: tr(
            "Zone {fid}: {value} is not a zone type of the CNIG 2017 standard (U, AUc, "
            "AUs, A, N); the zone was not exported."
        ),
        cnig.SUBCODE_UNKNOWN: tr(
            "Zone {fid}: sub-code {value} is neither a DESTDOMI nor a FORMDOMI value; " "not written."
        ),
        cnig.SUBCODE_LEFT_OUT: tr("Zone {fid}: {field} {value} left out, as asked."),
        cnig.VALUE_CUT: tr("Zone {fid}: {field} cut to 254 bytes."),
        cnig.NOT_CNIG: tr("Zone {fid}: standard {value} is not CNIG; the zone was not exported."),
        cnig.GEOMETRY_MISSING: tr("Zone {fid}: no polygon; the zone was not exported."),
        cnig.GEOMETRY_REPAIRED: tr("Zone {fid}: invalid geometry repaired."),
        cnig.DATEREF_ASSUMED: tr(
            "DATEREF (date of the cadastral reference) not given: the approval date "
            "{value} was written; check it."
        ),
        plu.HILUCS_UNKNOWN: tr("Zone {fid}: no HILUCS class (code {value}); hilucsLandUse is NotKnownUse."),
    }


def push_issues(algorithm: MasterPlanAlgorithm, feedback, issues) -> None:
    templates = issue_templates(algorithm.tr)
    for issue in issues:
        feedback.pushWarning(
            templates[issue["kind"]].format(fid=issue["fid"], field=issue["field"], value=issue["value"])
        )


class ExportCnigAlgorithm(MasterPlanAlgorithm):
    ID = "exportcnig"
    GROUP = "outputs"
    PLAN, OUTPUT, COMMUNES, DATE, OVERWRITE = "PLAN", "OUTPUT", "COMMUNES", "DATE", "OVERWRITE"
    SUBCODE_FIELDS, FOLDERS, ZONES, SKIPPED = "SUBCODE_FIELDS", "FOLDERS", "ZONES", "SKIPPED"

    def title(self) -> str:
        return self.tr("Export CNIG PLU documents (Géoportail de l'Urbanisme)")

    def tags(self) -> list[str]:
        return self.tr("CNIG,PLU,GPU,Géoportail de l'Urbanisme,ZONE_URBA,DOC_URBA,France,export").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Folder for the CNIG documents"))
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.COMMUNES,
                self.tr("INSEE codes, comma-separated (default: every French municipality)"),
                None,
                False,
                True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DATE, self.tr("Approval date AAAAMMJJ (default: today)"), None, False, True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OVERWRITE, self.tr("Replace documents already in the folder"), False
            )
        )
        self.addParameter(
            self.advanced(
                QgsProcessingParameterBoolean(
                    self.SUBCODE_FIELDS,
                    self.tr("Write the sub-codes (DESTDOMI / FORMDOMI, not in the 2017 model)"),
                    True,
                )
            )
        )
        descriptions = {
            "DATEREF": self.tr(
                "DATEREF: date of the cadastral reference, AAAAMMJJ (default: the approval date)"
            ),
            "ETAT": self.tr("ETAT: legal state of the document (default 03, in force)"),
            "NOMPROC": self.tr("NOMPROC: last procedure (default E, élaboration)"),
            "SIREN": self.tr("SIREN of the intercommunality that approved the PLU"),
            "SITEWEB": self.tr("SITEWEB: web page where the PLU can be consulted"),
        }
        for name in DOCUMENT_FIELDS:
            self.addParameter(
                self.advanced(QgsProcessingParameterString(name, descriptions[name], None, False, True))
            )
        self.addOutput(QgsProcessingOutputString(self.FOLDERS, self.tr("Document folders")))
        self.addOutput(QgsProcessingOutputNumber(self.ZONES, self.tr("Zones written")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr("Zones not exported")))

    def execute(self, parameters, context, feedback) -> dict:
        plan = self.plan_path(parameters, context)
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        document = {
            name: self.parameterAsString(parameters, name, context) or None for name in DOCUMENT_FIELDS
        }
        communes = parse_communes(self.parameterAsString(parameters, self.COMMUNES, context))
        report = run_worker("export_national", ExportNationalRequest(
            Path(plan), "cnig", Path(folder),
            date=self.parameterAsString(parameters, self.DATE, context) or None,
            communes=tuple(communes) if communes else None,
            overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
            document={k: v for k, v in document.items() if v},
            subcode_fields=self.parameterAsBoolean(parameters, self.SUBCODE_FIELDS, context),
        ), feedback)
        for item in report["documents"]:
            feedback.pushInfo(
                self.tr("{folder}: {zones} zone(s) of {name} ({insee}).").format(
                    folder=item["folder"], zones=item["zones"], name=item["name"], insee=item["insee"]
                )
            )
            issues = [issue for issue in report["issues"] if issue["insee"] == item["insee"]]
            push_issues(self, feedback, issues)
        if report["other_standard_zones"]:
            feedback.pushInfo(
                self.tr(
                    "{count} zone(s) of Luxembourg or Belgian standards: not CNIG, not " "exported."
                ).format(count=report["other_standard_zones"])
            )
        feedback.pushWarning(
            self.tr(
                "Add the written documents (regulation, PADD, report, annexes: PDF) to "
                "each folder's Pieces_ecrites, and the metadata file, before "
                "uploading to the Géoportail de l'Urbanisme."
            )
        )
        return {
            self.OUTPUT: report["target"],
            self.FOLDERS: "\n".join(item["folder"] for item in report["documents"]),
            self.ZONES: report["zones"],
            self.SKIPPED: sum(item["skipped"] for item in report["documents"]),
        }


class ExportInspirePluAlgorithm(MasterPlanAlgorithm):
    ID = "exportinspireplu"
    GROUP = "outputs"
    PLAN, OUTPUT, VALID_FROM, NAMESPACE, CRS = "PLAN", "OUTPUT", "VALID_FROM", "NAMESPACE", "CRS"
    ZONES, PLANS = "ZONES", "PLANS"

    def title(self) -> str:
        return self.tr("Export INSPIRE Planned Land Use")

    def tags(self) -> list[str]:
        return self.tr("INSPIRE,PLU,Planned Land Use,ZoningElement,HILUCS,GML,export").split(",")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(self.plan_parameter(self.PLAN))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                self.tr("INSPIRE file"),
                self.tr("GML 3.2 (*.gml);;GeoPackage, flattened ZoningElement table (*.gpkg)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.VALID_FROM, self.tr("Valid from, AAAAMMJJ (default: today)"), None, False, True
            )
        )
        self.addParameter(
            self.advanced(
                QgsProcessingParameterString(
                    self.NAMESPACE,
                    self.tr("Namespace of the INSPIRE identifiers (default: masterplan.<plan name>)"),
                    None,
                    False,
                    True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CRS,
                self.tr("Coordinate reference system (ETRS89)"),
                [self.tr("EPSG:4258 (geographic)"), self.tr("EPSG:3035 (LAEA Europe)")],
                False,
                0,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ZONES, self.tr("Zoning elements")))
        self.addOutput(QgsProcessingOutputNumber(self.PLANS, self.tr("Spatial plans")))

    def execute(self, parameters, context, feedback) -> dict:
        report = run_worker("export_national", ExportNationalRequest(
            Path(self.plan_path(parameters, context)), "inspire",
            Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context)),
            date=self.parameterAsString(parameters, self.VALID_FROM, context) or None,
            namespace=self.parameterAsString(parameters, self.NAMESPACE, context) or None,
            crs=INSPIRE_CRS[self.parameterAsEnum(parameters, self.CRS, context)],
        ), feedback)
        feedback.pushInfo(
            self.tr("{zones} zoning element(s) in {plans} spatial plan(s), {crs}.").format(
                zones=report["zones"], plans=report["plans"], crs=report["crs"]
            )
        )
        push_issues(self, feedback, report["issues"])
        return {self.OUTPUT: report["target"], self.ZONES: report["zones"], self.PLANS: report["plans"]}
