"""The stored deal index: kept up to date at ingest, equal to a full rebuild, order independent,
unchanged by re-ingest; on the fixture articles and on a synthetic corpus with merging deals.
The stored JSON of each deal equals the deal built now from the stored events."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from detente.aggregate import (
    add_document,
    deal,
    deal_page_json,
    deal_summaries,
    deal_summary_page_json,
    deals,
    ensure_clustered,
    recluster,
)
from detente.aggregate.dealindex import links
from detente.aggregate.dedupe import Components
from detente.aggregate.persons import default_resolver
from detente.model import Analysis, DealSummary, Document, DocumentRef, Event, Exchange
from detente.store import Store, open_store
from detente.store.tables import agg_deal_clusters, agg_deal_exchanges, agg_deals, exchanges

from .conftest import Docs, fill

State = tuple[set[tuple[Any, ...]], set[tuple[Any, ...]], set[tuple[Any, ...]]]


def _state(store: Store) -> State:
    with store.engine.connect() as conn:
        return (
            {tuple(row) for row in conn.execute(select(agg_deals))},
            {tuple(row) for row in conn.execute(select(agg_deal_clusters))},
            {  # an exchange by its document and position: ids depend on the insertion order
                tuple(row)
                for row in conn.execute(
                    select(
                        exchanges.c.document_id, exchanges.c.position, agg_deal_exchanges.c.deal_id
                    ).join(exchanges, exchanges.c.id == agg_deal_exchanges.c.exchange_id)
                )
            },
        )


def _synthetic(n_docs: int, seed: int) -> list[tuple[Document, Analysis]]:
    """Small documents reporting happenings of few actors and months, so that clusters and
    deals merge as documents arrive; about half of them link their events by an exchange."""
    rng = random.Random(seed)
    made = []
    for n in range(n_docs):
        events = []
        for i in range(rng.choice((1, 2, 3))):
            kind = rng.choice(("release", "sanctions_eased", "sanctions_imposed"))
            actor = rng.choice(("BLR", "USA", "IRN"))
            events.append(
                Event.model_validate(
                    {
                        "id": f"e{i + 1}",
                        "type": kind,
                        "actor": actor,
                        "target": None if kind == "release" else rng.choice(("BLR", "IRN")),
                        "date": f"2025-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}",
                        "count": rng.choice((None, 3, 5)) if kind == "release" else None,
                        "renewal": None if kind == "release" else False,
                    }
                )  # fmt: skip
            )
        words = " ".join(f"w{rng.randrange(5000)}" for _ in range(60))
        text = f"Report {n}\n\n{words}."
        doc = Document(
            id=f"{n:04d}" + "ab" * 30, source=f"s{n}.txt", title=f"Report {n}", text=text
        )
        exchanges = [Exchange(events=[e.id for e in events])] if len(events) > 1 else []
        ref = DocumentRef(id=doc.id, source=doc.source, title=doc.title)
        made.append((doc, Analysis(document=ref, events=events, exchanges=exchanges)))
    return made


def _add_all(store: Store, docs: list[tuple[Document, Analysis]]) -> Store:
    for doc, analysis in docs:
        add_document(store, doc, analysis)
    return store


def test_fixture_incremental_equals_rebuild(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs)
    incremental = _state(store)
    assert incremental[0]
    recluster(store)
    assert _state(store) == incremental


def test_reingest_changes_nothing(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs)
    before = _state(store)
    for doc, analysis in agg_docs.values():
        assert add_document(store, doc, analysis) is False
    assert _state(store) == before


@pytest.mark.parametrize("seed", [1, 2])
def test_synthetic_incremental_equals_rebuild(store: Store, seed: int) -> None:
    _add_all(store, _synthetic(60, seed))
    incremental = _state(store)
    recluster(store)
    assert _state(store) == incremental


def test_synthetic_deals_are_the_components_of_the_exchanges(store: Store) -> None:
    _add_all(store, _synthetic(60, 3))
    with store.engine.connect() as conn:
        linked = links(conn)
    parts = Components()
    for ids in linked.values():
        for other in ids[1:]:
            parts.union(ids[0], other)
    expected: dict[str, set[str]] = defaultdict(set)
    for ids in linked.values():
        expected[f"deal:{parts.find(ids[0])}"].update(ids)
    deals, clusters, reports = _state(store)
    found: dict[str, set[str]] = defaultdict(set)
    for row in clusters:
        found[row[1]].add(row[0])
    assert len(expected) > 3 and any(len(ids) > 3 for ids in expected.values())  # merges happened
    assert found == expected and {row[0] for row in deals} == set(expected)
    assert len(reports) == len(linked)


def test_synthetic_order_independent(tmp_path: Path) -> None:
    docs = _synthetic(40, 4)
    results = []
    for n, order in enumerate((docs, docs[::-1], random.Random(5).sample(docs, len(docs)))):
        with open_store(f"sqlite:///{tmp_path / f'o{n}.db'}") as store:
            results.append(_state(_add_all(store, order)))
    assert results[1] == results[0] and results[2] == results[0]


def test_stored_deals_equal_deals_built_now(store: Store) -> None:
    _add_all(store, _synthetic(60, 6))
    stored = deals(store)
    assert stored and stored == deals(store, names=default_resolver())
    assert deal_page_json(store, limit=500)[0] == [d.model_dump_json() for d in stored]
    summaries = [DealSummary.of(d).model_dump_json() for d in stored]
    assert deal_summary_page_json(store, limit=500)[0] == summaries


def test_deals_without_stored_summaries_are_summarised_when_read(
    store: Store, agg_docs: Docs
) -> None:
    fill(store, agg_docs)
    expected = [DealSummary.of(d) for d in deals(store)]
    assert expected and deal_summaries(store) == expected
    with store.engine.begin() as conn:  # as in a store migrated from agg0005
        conn.execute(update(agg_deals).values(summary=None))
    assert deal_summaries(store) == expected
    page, after = deal_summary_page_json(store, limit=1)
    assert page == [expected[0].model_dump_json()] and after == expected[0].id


def test_fixture_stored_deals_equal_deals_built_now(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs)
    assert deals(store) == deals(store, names=default_resolver())


def test_deals_without_stored_json_are_built_when_read(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs)
    stored = deals(store)
    with store.engine.begin() as conn:  # as in a store migrated from agg0003
        conn.execute(update(agg_deals).values(body=None))
    assert deals(store) == stored
    assert deal(store, stored[0].id) == stored[0]


def test_a_store_without_deal_index_is_reclustered_at_the_next_ingest(
    store: Store, agg_docs: Docs
) -> None:
    fill(store, agg_docs)
    stored = _state(store)
    with store.engine.begin() as conn:  # as in a store migrated from agg0002
        for table in (agg_deal_exchanges, agg_deal_clusters, agg_deals):
            conn.execute(delete(table))
    assert deals(store) == []
    assert ensure_clustered(store) is True
    assert _state(store) == stored
    assert ensure_clustered(store) is False
