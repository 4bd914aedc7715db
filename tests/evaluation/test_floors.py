"""The accuracy gate: check_floors and update_baseline against baseline files."""

from __future__ import annotations

import json

import pytest

from detente.errors import EvalError
from detente.evaluation import EvalReport, check_floors, evaluate, update_baseline
from detente.evaluation.floors import check_section, round_down, update_section
from detente.model import Analysis, Event, EventType

from .conftest import DEV


def drop_eased(a: Analysis) -> Analysis:
    a.events = [e for e in a.events if e.type != EventType.SANCTIONS_EASED]
    a.exchanges = []
    return a


def invent(a: Analysis) -> Analysis:
    a.events.append(Event(id="e1", type=EventType.RELEASE, actor="USA"))
    return a


@pytest.fixture
def weaker(extractor) -> EvalReport:
    """Dev with one event missed: event F1 10/11 = 0.9091, recall 5/6, exchange recall 0.5."""
    return evaluate(DEV, extractor({"minsk-release": drop_eased}))


@pytest.fixture
def perfect(extractor) -> EvalReport:
    return evaluate(DEV, extractor())


def write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("floor", "epsilon", "failing"),
    [(0.90, 0.005, False), (0.913, 0.005, False), (0.915, 0.005, True), (0.913, 0.0, True)],
)
def test_floor_with_epsilon(weaker, tmp_path, floor, epsilon, failing):
    baseline = write(tmp_path / "baseline.json", {"dev": {"event_f1": floor}})
    messages = check_floors(weaker, baseline, epsilon=epsilon)
    if failing:
        assert messages == [f"dev: event_f1 0.9091 below floor {floor:.2f}"]
    else:
        assert messages == []


def test_every_failing_figure_gets_a_message(weaker, tmp_path):
    floors = {"event_f1": 0.95, "event_recall": 0.9, "exchange_recall": 0.5, "count_accuracy": 1}
    baseline = write(tmp_path / "baseline.json", {"dev": floors})
    assert [m.split()[1] for m in check_floors(weaker, baseline)] == ["event_f1", "event_recall"]


def test_distractor_false_events_is_a_ceiling(extractor, tmp_path):
    report = evaluate(DEV, extractor({"film-premiere": invent}))
    strict = write(tmp_path / "strict.json", {"dev": {"distractor_false_events": 0}})
    lenient = write(tmp_path / "lenient.json", {"dev": {"distractor_false_events": 1}})
    assert check_floors(report, strict) == ["dev: distractor_false_events 1 above ceiling 0"]
    assert check_floors(report, lenient) == []


def test_other_splits_and_unmeasured_figures_are_not_checked(weaker, tmp_path):
    baseline = write(
        tmp_path / "baseline.json",
        {"heldout": {"event_f1": 1.0}, "dev": {"release_f1": 1.0, "stock_f1": 1.0}},
    )
    assert check_floors(weaker, baseline) == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"dev": {"event_f2": 0.9}}', "unknown figure 'event_f2' in split 'dev'"),
        ('{"dev": {"event_f1": "high"}}', "dev.event_f1 is not a number"),
        ('{"dev": [0.9]}', "split 'dev' is not an object"),
        ("[1, 2]", "not a JSON object"),
        ("{", "invalid baseline"),
    ],
)
def test_malformed_baseline_is_one_line_error(weaker, tmp_path, content, fragment):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=fragment.replace("(", r"\(")) as info:
        check_floors(weaker, baseline)
    assert "\n" not in str(info.value)


def test_missing_baseline(weaker, tmp_path):
    with pytest.raises(EvalError, match="no such file"):
        check_floors(weaker, tmp_path / "absent.json")


@pytest.mark.parametrize(
    ("value", "floor"), [(10 / 11, 0.9), (5 / 6, 0.83), (0.29, 0.29), (1.0, 1.0), (0.0, 0.0)]
)
def test_round_down(value, floor):
    assert round_down(value) == floor


def test_update_baseline_writes_rounded_down_floors(weaker, tmp_path):
    baseline = tmp_path / "baseline.json"
    changes = update_baseline(weaker, baseline)
    floors = json.loads(baseline.read_text())["dev"]
    assert "dev: event_f1 - -> 0.9" in changes
    assert floors["event_f1"] == 0.9 and floors["event_recall"] == 0.83
    assert floors["exchange_recall"] == 0.5
    assert floors["distractor_false_events"] == 0
    assert check_floors(weaker, baseline, epsilon=0.0) == []
    assert update_baseline(weaker, baseline) == []  # nothing to raise


def test_update_baseline_raises_floors(weaker, perfect, tmp_path):
    baseline = tmp_path / "baseline.json"
    update_baseline(weaker, baseline)
    changes = update_baseline(perfect, baseline)
    assert "dev: event_f1 0.9 -> 1" in changes
    assert json.loads(baseline.read_text())["dev"]["event_f1"] == 1.0


def test_update_baseline_refuses_to_lower_a_floor(weaker, perfect, tmp_path):
    baseline = tmp_path / "baseline.json"
    update_baseline(perfect, baseline)
    before = baseline.read_text()
    refusal = "refusing to lower .*dev: event_f1 1 -> 0.9.*allow-regression"
    with pytest.raises(EvalError, match=refusal):
        update_baseline(weaker, baseline)
    assert baseline.read_text() == before
    update_baseline(weaker, baseline, allow_regression=True)
    assert json.loads(baseline.read_text())["dev"]["event_f1"] == 0.9


def test_update_baseline_refuses_to_raise_a_ceiling(extractor, perfect, tmp_path):
    baseline = tmp_path / "baseline.json"
    update_baseline(perfect, baseline)
    worse = evaluate(DEV, extractor({"film-premiere": invent}))
    with pytest.raises(EvalError, match="distractor_false_events 0 -> 1"):
        update_baseline(worse, baseline)


def test_update_baseline_keeps_other_splits(perfect, tmp_path):
    baseline = write(tmp_path / "baseline.json", {"heldout": {"event_f1": 0.5}})
    update_baseline(perfect, baseline)
    data = json.loads(baseline.read_text())
    assert data["heldout"] == {"event_f1": 0.5} and data["dev"]["event_f1"] == 1.0


def test_separate_gate_section_round_trip_keeps_the_rest_of_the_file(tmp_path):
    baseline = write(tmp_path / "baseline.json", {"dev": {"event_f1": 0.5}})
    assert check_section(baseline, "gate", {"dev": {"f1": 0.9}}) == [
        f"{baseline}: no 'gate' floors"
    ]
    assert update_section(baseline, "gate", {"dev": {"f1": 0.876}}) == ["gate dev: f1 - -> 0.87"]
    data = json.loads(baseline.read_text())
    assert data == {"dev": {"event_f1": 0.5}, "gate": {"dev": {"f1": 0.87}}}
    assert check_section(baseline, "gate", {"dev": {"f1": 0.87}}) == []
    assert check_section(baseline, "gate", {"dev": {"f1": 0.5}}) == [
        "gate dev: f1 0.5000 below floor 0.87"
    ]
    assert check_section(baseline, "gate", {"heldout": {"f1": 0.1}}) == []  # split not measured


def test_separate_gate_refuses_to_lower_without_leave(tmp_path):
    baseline = write(tmp_path / "baseline.json", {"gate": {"dev": {"f1": 0.87}}})
    before = baseline.read_text()
    with pytest.raises(EvalError, match="refusing to lower gate dev: f1 0.87 -> 0.5"):
        update_section(baseline, "gate", {"dev": {"f1": 0.5}})
    assert baseline.read_text() == before
    assert update_section(baseline, "gate", {"dev": {"f1": 0.5}}, allow_regression=True)
    assert json.loads(baseline.read_text())["gate"]["dev"]["f1"] == 0.5


def test_separate_gate_that_is_not_an_object_is_a_clear_error(tmp_path):
    baseline = write(tmp_path / "baseline.json", {"gate": [0.9]})
    with pytest.raises(EvalError, match="'gate' is not an object of splits"):
        check_section(baseline, "gate", {})
