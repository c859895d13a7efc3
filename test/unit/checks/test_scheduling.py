"""Which check a free worker takes next, and that the order changes nothing in the findings."""

from masterplan_plugin.core.checks.registry import Check, Needs, _next


class _Ready:
    def __init__(self, available: Needs | None):
        self.available = available

    def ready(self, needs: Needs) -> bool:
        return self.available is not None and needs <= self.available


def _checks(*needs: Needs) -> list[Check]:
    return [Check(f"check {k}", (), lambda *_: [], need) for k, need in enumerate(needs)]


def test_a_worker_takes_the_check_whose_input_came_last():
    pending = _checks(Needs.LAYERS, Needs.UNZONED, Needs.COVERAGE, Needs.LAYERS)
    assert _next(pending, _Ready(Needs.LAYERS)) is pending[0]
    assert _next(pending, _Ready(Needs.COVERAGE)) is pending[2]  # the overlaps, as the suspects arrive
    assert _next(pending, _Ready(Needs.UNZONED)) is pending[1]


def test_with_nothing_ready_a_worker_waits_for_the_earliest_input():
    pending = _checks(Needs.UNZONED, Needs.COVERAGE, Needs.COVERAGE)
    assert _next(pending, _Ready(None)) is pending[1]
    assert _next(pending, _Ready(Needs.LAYERS)) is pending[1]


def test_a_failing_check_stops_the_run_with_its_error(monkeypatch):
    import pytest

    from masterplan_plugin.core.checks import registry, run_checks
    from masterplan_plugin.core.demo import demo_snapshot

    run_checks(demo_snapshot())  # registers the checks

    def broken(*_):
        raise RuntimeError("broken check")

    name = "axes"
    monkeypatch.setitem(registry.CHECKS, name, Check(name, registry.CHECKS[name].rules, broken))
    with pytest.raises(RuntimeError, match="broken check"):
        run_checks(demo_snapshot())


def test_cancelling_stops_the_run_between_checks():
    import pytest

    from masterplan_plugin.core.checks import run_checks
    from masterplan_plugin.core.checks.registry import Cancelled
    from masterplan_plugin.core.demo import demo_snapshot

    names = []

    def report(_percent, name):
        names.append(name)

    with pytest.raises(Cancelled):
        run_checks(demo_snapshot(), progress=report, is_cancelled=lambda: len(names) > 1)
    assert 2 <= len(names) < 10
