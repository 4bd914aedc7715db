"""Incremental clustering in the ingest transaction: order independence, idempotence, batch = incremental."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from detente.aggregate import add_document, ensure_clustered, event_clusters, recluster
from detente.aggregate.index import memberships
from detente.aggregate.persons import NameResolver
from detente.store import Store, open_store
from detente.store.tables import agg_documents, agg_event_clusters

from .conftest import Docs, fill, key


def _state(store: Store) -> tuple[dict[str, tuple[str, str]], int]:
    with store.engine.connect() as conn:
        rows = conn.scalar(select(func.count()).select_from(agg_event_clusters))
        return memberships(conn), int(rows or 0)


def test_permutations_give_identical_clusters(agg_docs: Docs, tmp_path: Path) -> None:
    slugs = sorted(agg_docs)
    results = []
    orders = [slugs, list(reversed(slugs))]
    rng = random.Random(7)
    for _ in range(3):
        orders.append(rng.sample(slugs, len(slugs)))
    for n, order in enumerate(orders):
        with open_store(f"sqlite:///{tmp_path / f'p{n}.db'}") as store:
            fill(store, agg_docs, order)
            results.append(_state(store))
    assert all(r == results[0] for r in results[1:])


def test_reingest_changes_nothing(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs)
    before = _state(store)
    for doc, analysis in agg_docs.values():
        assert add_document(store, doc, analysis) is False
    assert _state(store) == before


def test_incremental_equals_batch(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs)
    incremental = _state(store)
    assert recluster(store) == (len(agg_docs), incremental[1])
    assert _state(store) == incremental


def test_expected_clusters(agg_store: Store, agg_docs: Docs) -> None:
    clusters = event_clusters(agg_store)
    dec = {
        clusters[key(agg_docs, s, "e1")]
        for s in ("wire-dec", "syndicated-dec", "vilnius-dec", "oped-jan")
    }
    sep = {clusters[key(agg_docs, "wire-sep", "e1")], clusters[key(agg_docs, "oped-jan", "e2")]}
    jun = {clusters[key(agg_docs, "wire-jun", "e1")], clusters[key(agg_docs, "moscow-jun", "e1")]}
    eu = {clusters[key(agg_docs, "eu-2024-07", "e1")], clusters[key(agg_docs, "eu-2025-01", "e1")]}
    assert len(dec) == len(sep) == len(jun) == 1
    assert len(eu) == 2  # two renewals half a year apart
    assert dec != sep
    easing = {
        clusters[key(agg_docs, s, "e2")] for s in ("wire-dec", "syndicated-dec", "vilnius-dec")
    }
    assert len(easing) == 1


def test_near_duplicates_share_a_group(agg_store: Store, agg_docs: Docs) -> None:
    with agg_store.engine.connect() as conn:
        groups = dict(
            conn.execute(select(agg_documents.c.document_id, agg_documents.c.group_id)).all()
        )
    wire, copy = agg_docs["wire-dec"][0].id, agg_docs["syndicated-dec"][0].id
    assert groups[wire] == groups[copy] == min(wire, copy)
    assert len(set(groups.values())) == len(agg_docs) - 1


def test_ensure_clustered_catches_up_documents_stored_without_clusters(
    store: Store, agg_docs: Docs
) -> None:
    for doc, analysis in agg_docs.values():
        store.add(doc, analysis)  # the core path, without the aggregate hook
    assert ensure_clustered(store) is True
    assert ensure_clustered(store) is False
    assert len(event_clusters(store)) == sum(len(a.events) for _, a in agg_docs.values())


class _Failing(NameResolver):
    def overlap(self, a: Iterable[str], b: Iterable[str]) -> bool:
        raise RuntimeError("resolver failed")


def test_failed_clustering_rolls_back_the_document(store: Store, agg_docs: Docs) -> None:
    fill(store, agg_docs, ["wire-dec"])
    doc, analysis = agg_docs["oped-jan"]
    vague = analysis.model_copy(deep=True)
    vague.events = [
        vague.events[0].model_copy(update={"date": "2025", "count": None, "count_qualifier": None})
    ]
    vague.exchanges = []
    with pytest.raises(RuntimeError):  # the year-only mention asks the resolver, which fails
        add_document(store, doc, vague, names=_Failing())
    assert store.view().document(doc.id) is None
    assert set(_state(store)[0]) == {
        key(agg_docs, "wire-dec", "e1"),
        key(agg_docs, "wire-dec", "e2"),
    }
