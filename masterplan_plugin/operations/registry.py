"""The one registry of use cases: every door (command line, child worker, Processing, GUI) dispatches here."""

from __future__ import annotations

from . import (
    atlas,
    decide,
    demo,
    export_findings,
    export_national,
    import_layer,
    indicators,
    new_plan,
    precheck,
    validate,
)
from .base import Operation

OPERATIONS: dict[str, Operation] = {
    operation.name: operation
    for operation in (
        Operation("new", new_plan.NewPlanRequest, new_plan.run, runs_in_child=False, needs_qgis=True,
                  help="create an empty plan (GeoPackage + QGIS project)"),
        Operation("import", import_layer.ImportRequest, import_layer.run, runs_in_child=True,
                  needs_qgis=False, help="import a vector file or a CNIG document into the plan"),
        Operation("validate", validate.ValidateRequest, validate.run, runs_in_child=True, needs_qgis=False,
                  help="check the plan and update its findings register"),
        Operation("precheck", precheck.PrecheckRequest, precheck.run, runs_in_child=True, needs_qgis=True,
                  help="pre-check a CNIG document folder for the Géoportail de l'urbanisme"),
        Operation("decide", decide.DecideRequest, decide.run, runs_in_child=True, needs_qgis=False,
                  help="record a decision on findings"),
        Operation("export_findings", export_findings.ExportFindingsRequest, export_findings.run,
                  runs_in_child=True, needs_qgis=False, help="export the findings (.gpkg, .csv, .html)"),
        Operation("export_national", export_national.ExportNationalRequest, export_national.run,
                  runs_in_child=True, needs_qgis=False, help="export the zoning as CNIG PLU or INSPIRE PLU"),
        Operation("indicators", indicators.IndicatorsRequest, indicators.run, runs_in_child=True,
                  needs_qgis=False, help="the indicators per municipality"),
        Operation("atlas", atlas.AtlasRequest, atlas.run, runs_in_child=False, needs_qgis=True,
                  help="export the atlas: one PDF per municipality and a combined PDF"),
        Operation("demo", demo.DemoRequest, demo.run, runs_in_child=False, needs_qgis=True,
                  help="build and validate the demo cross-border plan"),
    )
}


def operation_of(request) -> Operation:
    """The registry entry whose request type ``request`` is."""
    return next(operation for operation in OPERATIONS.values() if isinstance(request, operation.request))


def run_request(request, progress=None, is_cancelled=None):
    """Run ``request`` in this process; its result."""
    from .base import never_cancelled, no_progress

    return operation_of(request).run(request, progress or no_progress, is_cancelled or never_cancelled)
