"""The link test, blocking buckets and batch clustering, on inline events."""

from __future__ import annotations

import random
from typing import Any

import pytest

from detente.aggregate.dedupe import (
    Components,
    affinity,
    buckets,
    canonical,
    cluster,
    conflicted,
    count_range,
    date_period,
    linked,
    make_item,
    query_buckets,
    split,
    told_apart,
    with_twins,
)
from detente.aggregate.persons import NameResolver

NAMES = NameResolver()


def item(key: str, doc: str = "", published: str | None = "2025-12-14", **fields: Any):  # noqa: ANN201
    base = {"type": "release", "actor": "BLR", "target": None, "date": "2025-12-13"}
    return make_item({**base, **fields}, key, doc or key, published)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            {"count": 123, "count_qualifier": "exact"},
            {"count": 120, "count_qualifier": "at_least"},
            True,
        ),
        (
            {"count": 123, "count_qualifier": "exact"},
            {"count": 100, "count_qualifier": "at_least"},
            True,
        ),
        (
            {"count": 123, "count_qualifier": "exact"},
            {"count": 52, "count_qualifier": "exact", "date": "2025-12-10"},
            False,
        ),
        ({"date": "2025-12-13"}, {"date": "2025-09-11"}, False),
        (
            {"date": "2025-09-11"},
            {"date": "2025-09", "count": 50, "count_qualifier": "approx"},
            True,
        ),
        ({"date": "2023-12-07"}, {"date": "2023-12-13"}, True),  # announced, then done
        ({"date": "2025-12-13"}, {"date": "2025-12-25"}, False),
        # "last month" holds only its own days: a swap six days into the next month is another
        (
            {"date": "2025-04", "count": 246, "count_qualifier": "exact"},
            {"date": "2025-05-06"},
            False,
        ),
        (
            {"date": "2025-04", "count": 246, "count_qualifier": "exact"},
            {"date": "2025-04-19"},
            True,
        ),
        ({"actor": "BLR"}, {"actor": "RUS"}, False),
        # same day: differing counts (a list of names vs the total) still link
        ({"count": 15, "count_qualifier": "exact"}, {"count": 3, "count_qualifier": "exact"}, True),
        # a year-only mention needs evidence: none here
        ({"date": "2025"}, {"date": "2025-12-13"}, False),
        ({"date": "2025", "persons": ["Ales Byalyatski"]}, {"persons": ["Ales Bialiatski"]}, True),
        (
            {"date": "2025", "count": 123, "count_qualifier": "exact"},
            {"count": 123, "count_qualifier": "exact"},
            True,
        ),
    ],
)
def test_linked_releases(a: dict[str, Any], b: dict[str, Any], expected: bool) -> None:
    x, y = item("a:e1", **a), item("b:e1", **b)
    assert linked(x, y, NAMES) is expected
    assert linked(y, x, NAMES) is expected


def test_same_document_never_links() -> None:
    assert not linked(item("a:e1", doc="d"), item("a:e2", doc="d"), NAMES)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"sectors": ["potash"]}, {"sectors": ["potash"], "entities": ["Belaruskali"]}, True),
        ({"sectors": ["potash"], "date": "2025-12-10"}, {"sectors": ["aviation"]}, False),
        ({"sectors": ["potash"]}, {"sectors": ["aviation"]}, True),  # one announcement per day
        ({"renewal": True}, {"renewal": False}, False),
        ({"target": "BLR"}, {"target": "RUS"}, False),
    ],
)
def test_linked_sanctions(a: dict[str, Any], b: dict[str, Any], expected: bool) -> None:
    base = {"type": "sanctions_eased", "actor": "USA", "target": "BLR"}
    x, y = item("a:e1", **{**base, **a}), item("b:e1", **{**base, **b})
    assert linked(x, y, NAMES) is expected


def test_periods_and_buckets() -> None:
    assert date_period("2025-02") is not None
    first, last = date_period("2024-02")  # type: ignore[misc]
    assert last - first == 28  # leap year
    assert date_period("2025-13") is None and date_period(None) is None
    assert buckets(item("a", date="2025")) == [f"2025-{m:02d}" for m in range(1, 13)]
    assert buckets(item("a", date=None, published=None)) == ["*"]
    assert query_buckets(item("a", date=None, published=None)) is None
    assert query_buckets(item("a", date="2025-12-30")) == ["2025-12", "2026-01", "*"]
    undated = item("a", date=None, published="2025-12-14")
    assert not undated.dated and undated.period is not None


def test_count_range() -> None:
    assert count_range(100, "at_least") == (100, 200)
    assert count_range(100, None) == count_range(100, "exact")


def test_components_root_is_smallest_key() -> None:
    parts = Components()
    parts.union("c", "b")
    parts.union("b", "a")
    parts.union("x", "c")
    assert {parts.find(k) for k in "abcx"} == {"a"}


def test_cluster_chains_background_mention_into_event() -> None:
    items = [
        item("a:e1", count=52, count_qualifier="exact", date="2025-09-11"),
        item("b:e1", count=50, count_qualifier="approx", date="2025-09"),
        item("c:e1", count=123, count_qualifier="exact", date="2025-12-13"),
        item("d:e1", count=120, count_qualifier="at_least", date="2025-12-13"),
    ]
    result = cluster(items, NAMES)
    assert result == {"a:e1": "a:e1", "b:e1": "a:e1", "c:e1": "c:e1", "d:e1": "c:e1"}
    assert cluster(list(reversed(items)), NAMES) == result


def test_document_telling_two_same_day_acts_apart_keeps_them_apart() -> None:
    # Report A: "Venezuela freed ten Americans ... it also freed 80 political prisoners" (one
    # day, two acts); report B tells only the ten. Same-day vouching must not join B's ten to A's
    # 80, which would chain A's two acts into one happening.
    tens = item("a:e1", doc="a", actor="VEN", count=10, count_qualifier="exact")
    eighty = item("a:e2", doc="a", actor="VEN", count=80, count_qualifier="exact")
    other = item("b:e1", doc="b", actor="VEN", count=10, count_qualifier="exact")
    a_ten, a_eighty, b_ten = with_twins([tens, eighty, other])
    assert a_eighty.twins == ((10, "exact"),) and b_ten.twins == ()
    assert linked(b_ten, a_ten, NAMES) and linked(a_ten, b_ten, NAMES)
    assert not linked(b_ten, a_eighty, NAMES) and not linked(a_eighty, b_ten, NAMES)
    # without the twin, the same-day reports still outweigh differing counts (15 vs 3)
    assert linked(b_ten, with_twins([eighty])[0], NAMES)
    # a shared name still vouches for the link whatever the twins say
    named = [
        item("c:e1", doc="c", actor="VEN", count=80, count_qualifier="exact", persons=["Ana Rey"]),
        item("c:e2", doc="c", actor="VEN", count=10, count_qualifier="exact"),
    ]
    c_named = with_twins(named)[0]
    d_named = item(
        "d:e1", doc="d", actor="VEN", count=10, count_qualifier="exact", persons=["Ana Rey"]
    )
    assert linked(c_named, d_named, NAMES)
    result = cluster([tens, eighty, other], NAMES)
    assert result == {"a:e1": "a:e1", "a:e2": "a:e2", "b:e1": "a:e1"}
    assert cluster([other, eighty, tens], NAMES) == result


def test_uncounted_report_links_to_the_twin_of_its_kind() -> None:
    # "the political prisoners freed in July" (no count) against a report that tells apart ten
    # Americans and 80 political prisoners freed that day: it joins the 80 only
    tens = item("a:e1", doc="a", actor="VEN", count=10, category="foreign_nationals")
    eighty = item("a:e2", doc="a", actor="VEN", count=80, category="political_prisoners")
    vague = item("b:e1", doc="b", actor="VEN", date="2025-12", category="political_prisoners")
    a_ten, a_eighty = with_twins([tens, eighty])
    assert linked(vague, a_eighty, NAMES) and not linked(vague, a_ten, NAMES)
    # a document with one act that day: the kind alone does not keep them apart
    assert linked(vague, tens, NAMES)
    # a shared name does
    named = item("c:e1", doc="c", actor="VEN", date="2025-12", persons=["Ana Rey"])
    with_name = with_twins(
        [item("a:e1", doc="a", actor="VEN", count=10, persons=["Ana Rey"]), eighty]
    )
    assert linked(named, with_name[0], NAMES)


def _july() -> list[Any]:
    """One document tells apart ten Americans and 80 political prisoners freed the same day;
    other reports tell one or the other, and an uncounted report of "the political prisoners
    freed in July" links to reports of both (the chain that joined them before)."""
    return [
        item("a:e1", doc="a", actor="VEN", date="2025-07-18", count=10,
             category="foreign_nationals"),
        item("a:e2", doc="a", actor="VEN", date="2025-07-18", count=80,
             category="political_prisoners"),
        item("b:e1", doc="b", actor="VEN", date="2025-07-18", count=10,
             category="foreign_nationals", persons=["Lucas Hunter"]),
        item("c:e1", doc="c", actor="VEN", date="2025-07-19", count=80,
             category="political_prisoners"),
        item("d:e1", doc="d", actor="VEN", date="2025-07", category="political_prisoners"),
    ]  # fmt: skip


def test_a_chain_of_reports_never_joins_what_one_document_tells_apart() -> None:
    items = _july()
    a_ten, a_eighty, b_ten, _, vague = with_twins(items)
    # the chain: the vague report links to the ten of b, which links to the ten of a
    assert linked(vague, b_ten, NAMES) and linked(b_ten, a_ten, NAMES)
    assert linked(vague, a_eighty, NAMES)
    result = cluster(items, NAMES)
    assert result == {
        "a:e1": "a:e1",
        "b:e1": "a:e1",
        "a:e2": "a:e2",
        "c:e1": "a:e2",
        "d:e1": "a:e2",
    }
    for seed in range(5):
        shuffled = random.Random(seed).sample(items, len(items))
        assert cluster(shuffled, NAMES) == result
    ids = canonical(items, NAMES)
    assert {component for _, component in ids.values()} == {"a:e1"}  # one component, split


def test_without_a_document_telling_them_apart_the_chain_stays_one_event() -> None:
    items = [i for i in _july() if i.document_id != "a"]
    assert set(cluster(items, NAMES).values()) == {"b:e1"}


def test_uncounted_report_goes_to_the_act_it_fits_best() -> None:
    items = _july()
    # the vague report names one of the Americans: it goes with them, not with the 80
    named = item("d:e1", doc="d", actor="VEN", date="2025-07", persons=["Lucas Hunter"])
    result = cluster([*items[:4], named], NAMES)
    assert result["d:e1"] == result["a:e1"] != result["a:e2"]
    # no kind and no name: it fits both equally and still joins one of them, the same every time
    bare = item("d:e1", doc="d", actor="VEN", date="2025-07")
    first = cluster([*items[:4], bare], NAMES)
    assert first["d:e1"] in {first["a:e1"], first["a:e2"]} and first["a:e1"] != first["a:e2"]
    assert cluster([bare, *reversed(items[:4])], NAMES) == first


def test_affinity_orders_a_name_before_counts_and_kind() -> None:
    a = item("a:e1", count=10, category="foreign_nationals", persons=["Lucas Hunter"])
    named = item("b:e1", date="2025-12", persons=["Lucas Hunter"])
    counted = item("c:e1", count=10, category="foreign_nationals")
    other_kind = item("d:e1", count=10, category="political_prisoners")
    assert affinity(a, named, NAMES) > affinity(a, counted, NAMES) > affinity(a, other_kind, NAMES)
    assert affinity(a, counted, NAMES) == affinity(counted, a, NAMES)


def test_conflicted_needs_two_events_one_document_tells_apart() -> None:
    ten, eighty, other_ten, vague = with_twins(_july()[:3] + _july()[4:])
    assert conflicted([ten, eighty, vague]) and not conflicted([ten, other_ten, vague])
    assert told_apart(ten, eighty) and not told_apart(ten, other_ten) and not conflicted([])
    # one document's two reports of one act (same day, counts that agree) are not told apart
    again = item("a:e3", doc="a", actor="VEN", date="2025-07-18", count=11)
    assert not told_apart(ten, again) and not conflicted([ten, again])
    # nor a same-day report with no count
    uncounted = item("a:e4", doc="a", actor="VEN", date="2025-07-18")
    assert not told_apart(eighty, uncounted)


def test_split_keeps_a_component_without_two_events_of_one_document_whole() -> None:
    items = with_twins([i for i in _july() if i.document_id != "a"])
    assert set(split(items, NAMES).values()) == {"b:e1"}


def test_acts_a_document_dates_apart_stay_apart_through_a_year_mention() -> None:
    # "In September about 52 were freed; in December, 123" (one document); a year-only mention
    # naming a man freed in both counts (rearrested in between) links to a report of each
    person = ["Ihar Karnei"]
    items = [
        item("a:e1", doc="a", date="2025-09", count=52),
        item("a:e2", doc="a", date="2025-12", count=123),
        item("b:e1", doc="b", date="2025", persons=person),
        item("c:e1", doc="c", date="2025-09-11", count=52, persons=person),
        item("d:e1", doc="d", date="2025-12-13", count=123, persons=person),
    ]
    a_sep, a_dec, *_ = with_twins(items)
    assert told_apart(a_sep, a_dec)
    result = cluster(items, NAMES)
    assert result["a:e1"] == result["c:e1"] != result["a:e2"] == result["d:e1"]
    assert result["b:e1"] in {result["a:e1"], result["a:e2"]}
    # an announcement and the act a week later, told by one document, are not told apart
    week = [
        item("a:e1", doc="a", date="2025-12-07", count=123),
        item("a:e2", doc="a", date="2025-12-13", count=123),
        item("d:e1", doc="d", date="2025-12-13", count=120, count_qualifier="at_least"),
    ]
    assert not told_apart(*with_twins(week)[:2])
    assert set(cluster(week, NAMES).values()) == {"a:e1"}
