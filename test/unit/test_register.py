import shapely

from masterplan_plugin.core.findings import Finding, Severity
from masterplan_plugin.core.register import merge_register, set_decision


def _overlap(ids=(1, 2), x=0.0):
    return Finding(
        "ZONE_OVERLAP",
        Severity.ERROR,
        "zoning",
        ids,
        shapely.box(x, 0, x + 10, 10),
        ("57038",),
        100.0,
        {"ids": "#1 / #2", "area": "100.0", "kind": ""},
    )


def test_first_run_findings_are_new():
    register = merge_register([], [_overlap()], "2026-01-01")
    assert [(e.state, e.first_seen) for e in register] == [("new", "2026-01-01")]


def test_same_problem_next_run_is_still_open_and_keeps_its_first_date():
    first = merge_register([], [_overlap()], "2026-01-01")
    second = merge_register(first, [_overlap()], "2026-01-02")
    assert [(e.state, e.first_seen, e.last_seen) for e in second] == [("open", "2026-01-01", "2026-01-02")]


def test_problem_gone_is_kept_as_fixed():
    first = merge_register([], [_overlap()], "2026-01-01")
    assert [e.state for e in merge_register(first, [], "2026-01-02")] == ["fixed"]


def test_moved_problem_is_a_new_finding_and_the_old_one_fixed():
    first = merge_register([], [_overlap(x=0)], "d1")
    second = merge_register(first, [_overlap(x=500)], "d2")
    assert sorted(e.state for e in second) == ["fixed", "new"]


def test_user_decision_survives_reruns_and_stops_counting_as_open_error():
    first = merge_register([], [_overlap()], "d1")
    decided = set_decision(first, first[0].fingerprint, "accepted", "Shared car park, agreed by both mayors")
    second = merge_register(decided, [_overlap()], "d2")
    assert second[0].user_status == "accepted" and second[0].justification.startswith("Shared")
    assert not second[0].is_open_error
    assert merge_register([], [_overlap()], "d1")[0].is_open_error


def test_accepting_without_justification_is_refused():
    register = merge_register([], [_overlap()], "d1")
    try:
        set_decision(register, register[0].fingerprint, "accepted", "  ")
    except ValueError as error:
        assert "justification" in str(error)
    else:
        raise AssertionError("accepted without justification")


def test_fingerprint_ignores_sub_metre_noise_but_not_other_features():
    assert (
        _overlap().fingerprint
        == Finding(
            "ZONE_OVERLAP", Severity.ERROR, "zoning", (2, 1), shapely.box(0.2, 0, 10.2, 10), ("57038",)
        ).fingerprint
    )
    assert _overlap().fingerprint != _overlap(ids=(1, 3)).fingerprint
