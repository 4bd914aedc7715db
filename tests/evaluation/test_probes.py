"""Behavioural probes: expansion of templates, the pass rule, and a run through the extractor."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from detente.errors import EvalError
from detente.evaluation import probes
from detente.model import (
    Analysis,
    CountQualifier,
    Document,
    DocumentRef,
    Event,
    EventType,
    Exchange,
    Stock,
)

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

FIXTURES = Path(__file__).parent.parent / "fixtures" / "probes"


def _cases(name: str) -> list[probes.Case]:
    return next(cases for probe, cases in probes.load(FIXTURES) if probe["name"] == name)


def test_expand_fills_slots_and_drops_equal_codes() -> None:
    cases = _cases("grid/distinct")
    # 3 states x 3 states less the 3 equal pairs, x 2 verbs
    assert len(cases) == 12
    assert all(c.text.split()[0] != c.text.split()[-1].rstrip(".") for c in cases)
    first = next(c for c in cases if c.text.startswith("Ruritania freed"))
    assert first.expect == [{"type": "release", "actor": "RUR", "count": 3}]


def test_sample_is_fixed_and_capped() -> None:
    once = [c.text for c in _cases("grid/sampled")]
    again = [c.text for c in _cases("grid/sampled")]
    assert len(once) == 4 and once == again
    assert all(c.expect == [] for c in _cases("grid/sampled"))


def test_a_huge_product_is_sampled_without_listing_it() -> None:
    numbers = [{"text": str(i), "value": i, "code": f"N{i}"} for i in range(60)]
    vocab = {"numbers": numbers}
    probe = {
        "name": "grid/huge",
        "text": "{a.text} {b.text} {c.text} {d.text}",
        "slots": {"a": "numbers", "b": "numbers", "c": "numbers", "d": "numbers"},
        "distinct": [["a", "b"], ["c", "d"]],
        "sample": 25,
    }  # 60**4 = 12,960,000 combinations: listing them all would take gigabytes
    cases = probes.expand(probe, vocab)
    assert len(cases) == 25 and len({c.text for c in cases}) == 25
    assert all(w[0] != w[1] and w[2] != w[3] for w in (c.text.split() for c in cases))
    assert [c.text for c in probes.expand(probe, vocab)] == [c.text for c in cases]


def _listed_then_sampled(
    name: str, slots: dict[str, list[Any]], distinct: list[list[str]], sample: int
) -> list[dict[str, Any]]:
    """The sample as drawn from the whole product listed (the way sampled probes drew it before
    positions were drawn without listing): the cases of a probe must not change."""
    combos = [dict(zip(slots, c, strict=True)) for c in itertools.product(*slots.values())]
    combos = [
        c for c in combos if all(probes._code(c[a]) != probes._code(c[b]) for a, b in distinct)
    ]
    return random.Random(name).sample(combos, sample) if len(combos) > sample else combos


@pytest.mark.parametrize(
    ("distinct", "sample"),
    [
        ([["a", "b"]], 40),
        ([["a", "b"], ["b", "c"], ["a", "c"]], 7),
        ([["a", "c"]], 1),
        ([], 40),
        ([["a", "b"]], 10_000),  # more than the product: every allowed combination, in order
        ([["a", "a"]], 5),  # a slot paired with itself: nothing allowed
    ],
)
def test_a_sample_of_a_listable_product_is_the_one_drawn_from_the_list(
    distinct: list[list[str]], sample: int
) -> None:
    states = [{"code": c, "name": c.title()} for c in ("RUR", "FRE", "GRA", "SYL", "BOR")]
    slots: dict[str, list[Any]] = {
        "a": states,
        "b": [*states[2:], "RUR", {"name": "no code"}],  # a plain string equals a code
        "c": [["RUR"], {"code": "FRE"}, ["RUR"], 3, 3.0],  # unhashable codes, equal numbers
        "d": ["x", "y", "z"],
    }
    got = probes._combos("grid/listable", slots, distinct, sample)
    assert got == _listed_then_sampled("grid/listable", slots, distinct, sample)
    assert len(got) == min(
        sample, len(_listed_then_sampled("grid/listable", slots, distinct, 10**6))
    )


def _event(actor: str, count: int | None) -> Event:
    return Event(
        id="e1", type=EventType.RELEASE, actor=actor, count=count, cameo="0841",
        plover="RETREAT", confidence=0.9, evidence=[],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("events", "ok"),
    [
        ([_event("RUR", 3)], True),
        ([_event("RUR", 4)], False),  # a given field differs
        ([_event("FRE", 3)], False),  # another actor
        ([_event("RUR", 3), _event("FRE", 1)], False),  # an event not expected
        ([], False),
    ],
)
def test_passes_needs_exactly_the_expected_events(events: list[Event], ok: bool) -> None:
    case = probes.Case("p", "t", "2025-01-01", [{"type": "release", "actor": "RUR", "count": 3}])
    assert probes.passes(case, events) is ok


def test_nothing_expected_passes_only_on_nothing() -> None:
    case = probes.Case("p", "t", "2025-01-01", [])
    assert probes.passes(case, [])
    assert not probes.passes(case, [_event("RUR", None)])


def test_bad_probe_files_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="missing"):
        probes.load(FIXTURES / "bad")
    with pytest.raises(EvalError, match="no probes"):
        probes.load(tmp_path)


def test_run_through_the_extractor(spacy_extractor: Extractor, tmp_path: Path) -> None:
    (tmp_path / "real.yaml").write_text((FIXTURES / "real.yaml").read_text())
    results = {r.name: r for r in probes.run(tmp_path, spacy_extractor.pipe)}
    assert results["real/frees"].cases == 2 and results["real/frees"].rate == 1.0
    assert results["real/refuses"].rate == 1.0
    text = probes.report(list(results.values()), verbose=True)
    assert "real/frees" in text and "all: 4/4" in text
    assert probes.below_floor(list(results.values())) == []


def test_per_probe_runs_a_fixed_sample_of_each_probe() -> None:
    """With ``per_probe``, each probe runs at most that many of its cases, the same ones on
    every run; a probe with fewer runs them all."""
    seen: list[list[str]] = []

    def record(documents: Iterable[Document]) -> list[Analysis]:  # finds nothing, records input
        docs = list(documents)
        seen.append([d.text for d in docs])
        return [Analysis(document=DocumentRef(id=d.id, source=d.source)) for d in docs]

    full = {r.name: r.cases for r in probes.run(FIXTURES, record)}
    few = {r.name: r.cases for r in probes.run(FIXTURES, record, per_probe=3)}
    probes.run(FIXTURES, record, per_probe=3)
    assert full["grid/distinct"] == 12 and few["grid/distinct"] == 3
    assert all(few[n] == min(3, full[n]) for n in full)
    assert seen[1] == seen[2] and set(seen[1]) < set(seen[0])


def _result(floor: float, passed: int, failed: int, sampled: bool) -> probes.ProbeResult:
    case = probes.Case("p", "t", "2025-01-01", [])
    analysis = Analysis(document=DocumentRef(id="x", source="x"))
    return probes.ProbeResult("p", floor, passed, [(case, analysis)] * failed, sampled)


def test_a_sampled_probe_may_pass_a_little_under_its_floor() -> None:
    """A floor is the whole grid's rate: a sample of 30 may pass 0.8 of a probe pinned at 0.9
    (within 3.5 standard errors), not 0.5; a probe pinned at 1.0 allows no failure at all, and
    the whole grid allows none under its floor."""
    assert probes.below_floor([_result(0.9, 24, 6, sampled=True)]) == []
    assert probes.below_floor([_result(0.9, 15, 15, sampled=True)]) != []
    assert probes.below_floor([_result(1.0, 29, 1, sampled=True)]) != []
    assert probes.below_floor([_result(0.9, 24, 6, sampled=False)]) != []
    report = probes.report([_result(0.9, 24, 6, sampled=True), _result(0.9, 15, 15, True)])
    assert "within a sample's slack" in report and "BELOW FLOOR" in report


def _release(eid: str, actor: str) -> Event:
    return _event(actor, None).model_copy(update={"id": eid})


def _link(*ids: str) -> Exchange:
    return Exchange(events=list(ids))


@pytest.mark.parametrize(
    ("links", "ok"),
    [
        ([_link("e2", "e1")], True),  # linked, whatever the order of ids or events
        ([], False),  # the expected link is missing
        ([_link("e1", "e2"), _link("e2", "e3")], False),  # a link not expected
    ],
)
def test_expected_exchanges_link_exactly_the_matched_events(
    links: list[Exchange], ok: bool
) -> None:
    expect = [{"type": "release", "actor": a} for a in ("RUR", "FRE", "SYL")]
    case = probes.Case("p", "t", "2025-01-01", expect, [frozenset({0, 1})])
    events = [_release("e1", "FRE"), _release("e2", "RUR"), _release("e3", "SYL")]
    assert probes.passes(case, events, links) is ok


def test_links_are_checked_only_when_the_probe_gives_them() -> None:
    probe = {"name": "p", "text": "{a}", "slots": {"a": ["x"]}, "expect": [{"type": "release"}]}
    assert probes.expand(probe, {})[0].exchanges is None
    none = probes.expand({**probe, "exchanges": []}, {})[0]
    pair = probes.expand({**probe, "exchanges": [[1, 0]]}, {})[0]
    assert none.exchanges == [] and pair.exchanges == [frozenset({0, 1})]
    events = [_release("e1", "RUR")]
    assert probes.passes(probes.expand(probe, {})[0], events, [_link("e1", "e9")])
    assert not probes.passes(none, events, [_link("e1", "e9")])


def _stock(country: str, count: int) -> Stock:
    return Stock(country=country, count=count, count_qualifier=CountQualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("stocks", "ok"),
    [
        ([_stock("RUR", 1100)], True),
        ([_stock("RUR", 900)], False),  # a given field differs
        ([_stock("RUR", 1100), _stock("FRE", 40)], False),  # a stock not expected
        ([], False),
    ],
)
def test_expected_stocks_match_one_to_one(stocks: list[Stock], ok: bool) -> None:
    probe = {"name": "p", "text": "{a}", "slots": {"a": ["x"]}, "expect": []}
    case = probes.expand({**probe, "stocks": [{"country": "RUR", "count": "1100"}]}, {})[0]
    assert case.stocks == [{"country": "RUR", "count": 1100}]
    assert probes.passes(case, [], [], stocks) is ok


def test_stocks_are_checked_only_when_the_probe_gives_them() -> None:
    probe = {"name": "p", "text": "{a}", "slots": {"a": ["x"]}, "expect": []}
    assert probes.expand(probe, {})[0].stocks is None
    assert probes.passes(probes.expand(probe, {})[0], [], [], [_stock("RUR", 5)])
    assert not probes.passes(
        probes.expand({**probe, "stocks": []}, {})[0], [], [], [_stock("RUR", 5)]
    )
