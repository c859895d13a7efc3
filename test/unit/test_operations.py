"""The application layer's pure parts: every request survives its JSON round trip; one registry entry per
use case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from masterplan_plugin.core.errors import InputError
from masterplan_plugin.operations.atlas import AtlasRequest
from masterplan_plugin.operations.decide import DecideRequest
from masterplan_plugin.operations.demo import DemoRequest
from masterplan_plugin.operations.export_findings import ExportFindingsRequest
from masterplan_plugin.operations.export_national import ExportNationalRequest
from masterplan_plugin.operations.import_layer import ImportRequest
from masterplan_plugin.operations.indicators import IndicatorsRequest, IndicatorsResult, format_table
from masterplan_plugin.operations.new_plan import NewPlanRequest
from masterplan_plugin.operations.precheck import PrecheckRequest
from masterplan_plugin.operations.registry import OPERATIONS, operation_of
from masterplan_plugin.operations.validate import ValidateRequest, ValidateResult

PLAN = Path("/data/plan.gpkg")
REQUESTS = {  # one non-default request per operation
    "new": NewPlanRequest(PLAN, "EPSG:2154", overwrite=True, language="fr"),
    "import": ImportRequest(PLAN, "zoning", Path("/data/zones.shp"), fields={"label": "LIBELLE"},
                            constants={"country": "FR"}, standard="cnig", mode="update", key=["code"]),
    "validate": ValidateRequest(PLAN, {"tolerances": {"gap_m2": 5}}, allowed_gaps=Path("/data/gaps.gpkg"),
                                write=False, language="de", reports={"html": "/tmp/r.html"},
                                findings_records=Path("/tmp/f.json")),
    "precheck": PrecheckRequest(Path("/data/30014_PLU_20171013"), "2017", reports={"json": "/tmp/p.json"}),
    "decide": DecideRequest(PLAN, ("abc", "def"), "accepted", "agreed with the commune"),
    "export_findings": ExportFindingsRequest(PLAN, Path("/tmp/findings.csv"), language="fr"),
    "export_national": ExportNationalRequest(PLAN, "cnig", Path("/tmp/cnig"), "20240131", ("54580",),
                                             True, {"SIREN": "200000172"}, False),
    "indicators": IndicatorsRequest(PLAN, "csv", Path("/tmp/indicators.csv")),
    "atlas": AtlasRequest(PLAN, Path("/tmp/atlas"), ("54580", "L0101"), "A4", 96, False, "fr", "national",
                          author="Planning office"),
    "demo": DemoRequest(Path("/tmp/demo")),
}


def test_registry_lists_each_use_case_once():
    assert sorted(OPERATIONS) == sorted(REQUESTS)
    assert len({operation.request for operation in OPERATIONS.values()}) == len(OPERATIONS)
    assert all(name == operation.name and operation.help for name, operation in OPERATIONS.items())


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_every_request_survives_json(name):
    request = REQUESTS[name]
    assert operation_of(request) is OPERATIONS[name]
    text = json.dumps(request.to_dict())
    assert OPERATIONS[name].request.from_dict(json.loads(text)) == request


def test_paths_and_tuples_come_back_typed():
    request = DecideRequest.from_dict({"plan": "/p.gpkg", "fingerprints": ["a"], "decision": "none"})
    assert request.plan == Path("/p.gpkg") and request.fingerprints == ("a",)


def test_unknown_or_missing_fields_are_input_errors():
    with pytest.raises(InputError, match="Unknown request fields: colour"):
        ValidateRequest.from_dict({"plan": "/p.gpkg", "colour": "red"})
    with pytest.raises(InputError, match="Incomplete request"):
        DecideRequest.from_dict({"plan": "/p.gpkg"})
    with pytest.raises(InputError):
        ValidateRequest.from_dict(["not", "an", "object"])


def test_validate_result_gives_the_exit_code_and_the_report():
    result = ValidateResult("p", "EPSG:3035", 3, 1, ["a", "b", "c"], report="plan: 3 finding(s)")
    assert result.exit_code() == 1 and result.summary_lines() == ["plan: 3 finding(s)"]
    assert ValidateResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result
    assert ValidateResult("p", "EPSG:3035", 3, 0, []).exit_code() == 0


def test_indicator_table_formats():
    result = IndicatorsResult("EPSG:3035", [["code", "string"], ["area_ha", "real"]],
                              [["54580", 1234.5], ["L0101", 7.0]])
    assert format_table(result, "csv") == "code,area_ha\n54580,1234.5\nL0101,7.0\n"
    assert json.loads(format_table(result, "json"))["communes"][1] == {"code": "L0101", "area_ha": 7.0}
    assert format_table(result, "text").splitlines()[1] == "54580  1234.50"
