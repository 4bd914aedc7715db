"""Incremental clustering in the ingest transaction: order independence, idempotence, batch = incremental."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from detente.aggregate import add_document, deals, ensure_clustered, event_clusters, recluster
from detente.aggregate.index import memberships
from detente.aggregate.persons import NameResolver
from detente.model import Analysis, Document, DocumentRef, Event, Exchange
from detente.store import Store, open_store
from detente.store.tables import agg_deal_clusters, agg_deals, agg_documents, agg_event_clusters

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


# --- a chain of reports across one document that tells two acts apart ----------------------

_JULY = {  # slug: (text, events as (local id, actor, date, count, category, persons), exchanges)
    "wire": (
        "Caracas frees Americans and its own prisoners\n\nCARACAS, July 18, 2025 -- Venezuela "
        "released ten Americans on Friday and flew them to Texas in exchange for a Venezuelan "
        "banker held in Miami. In a separate move the same day it freed 80 political prisoners.",
        [
            ("e1", "VEN", "2025-07-18", 10, "foreign_nationals", []),
            ("e2", "VEN", "2025-07-18", 80, "political_prisoners", []),
            ("e3", "USA", "2025-07-18", 1, "detainees", ["Ramon Salcedo"]),
        ],
        [["e1", "e3"]],
    ),
    "texas": (
        "Ten freed Americans land in San Antonio\n\nSAN ANTONIO, July 19, 2025 -- The ten "
        "Americans Venezuela let go on Friday, Lucas Hunter among them, landed at a military base.",
        [("e1", "VEN", "2025-07-18", 10, "foreign_nationals", ["Lucas Hunter"])],
        [],
    ),
    "rights": (
        "Rights group counts the freed\n\nCARACAS, July 21, 2025 -- A rights group said 80 "
        "political prisoners walked out of Venezuelan jails on Saturday.",
        [("e1", "VEN", "2025-07-19", 80, "political_prisoners", [])],
        [],
    ),
    "column": (
        "Summer thaw in Caracas\n\nMADRID, Aug. 2, 2025 -- The political prisoners Venezuela "
        "freed in July were the first sign that the thaw is real.",
        [("e1", "VEN", "2025-07", None, "political_prisoners", [])],
        [],
    ),
    "banker": (
        "Banker swapped for Americans is home\n\nCARACAS, July 20, 2025 -- Ramon Salcedo, "
        "freed by the United States on Friday, was welcomed home.",
        [("e1", "USA", "2025-07-18", 1, "detainees", ["Ramon Salcedo"])],
        [],
    ),
}


def _july_docs() -> dict[str, tuple[Document, Analysis]]:
    docs = {}
    for slug, (text, specs, links) in _JULY.items():
        doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()
        published = "2025-" + {"wire": "07-18", "texas": "07-19", "rights": "07-21",
                               "column": "08-02", "banker": "07-20"}[slug]  # fmt: skip
        ref = DocumentRef(id=doc_id, source=f"{slug}.txt", title=text.split("\n")[0],
                          published=published)  # fmt: skip
        events = [
            Event.model_validate(
                {
                    "id": local,
                    "type": "release",
                    "actor": actor,
                    "date": when,
                    "count": count,
                    "count_qualifier": None if count is None else "exact",
                    "category": category,
                    "persons": persons,
                }
            )  # fmt: skip
            for local, actor, when, count, category, persons in specs
        ]
        analysis = Analysis(
            document=ref, events=events, exchanges=[Exchange(events=e) for e in links]
        )
        docs[slug] = (Document(text=text, **ref.model_dump()), analysis)
    return docs


def _rows(store: Store) -> set[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        return {
            (r.event_key, r.cluster_id, r.component_id)
            for r in conn.execute(select(agg_event_clusters))
        }


def deals_state(store: Store) -> tuple[set[tuple[Any, ...]], ...]:
    with store.engine.connect() as conn:
        return tuple(
            {tuple(r) for r in conn.execute(select(t))} for t in (agg_deals, agg_deal_clusters)
        )


def test_chain_never_joins_what_one_document_tells_apart_in_any_order(tmp_path: Path) -> None:
    docs = _july_docs()
    slugs = sorted(docs)
    orders = [slugs, list(reversed(slugs)), ["texas", "rights", "column", "banker", "wire"]]
    rng = random.Random(23)
    orders += [rng.sample(slugs, len(slugs)) for _ in range(4)]
    states = []
    for n, order in enumerate(orders):
        with open_store(f"sqlite:///{tmp_path / f'july{n}.db'}") as store:
            fill(store, docs, order)
            incremental = (_rows(store), deals_state(store))
            recluster(store)
            assert (_rows(store), deals_state(store)) == incremental  # batch = incremental
            clusters = event_clusters(store)
            states.append(incremental)
        assert clusters[key(docs, "wire", "e1")] == clusters[key(docs, "texas", "e1")]
        assert clusters[key(docs, "wire", "e2")] == clusters[key(docs, "rights", "e1")]
        assert clusters[key(docs, "column", "e1")] == clusters[key(docs, "wire", "e2")]
        assert clusters[key(docs, "wire", "e1")] != clusters[key(docs, "wire", "e2")]
        assert clusters[key(docs, "banker", "e1")] == clusters[key(docs, "wire", "e3")]
    assert all(s == states[0] for s in states[1:])


def test_a_late_document_splits_an_event_chained_before(store: Store) -> None:
    docs = _july_docs()
    fill(store, docs, ["texas", "rights", "column"])
    before = event_clusters(store)
    assert len({before[key(docs, s, "e1")] for s in ("texas", "rights", "column")}) == 1
    fill(store, docs, ["wire"])
    after = event_clusters(store)
    assert after[key(docs, "texas", "e1")] != after[key(docs, "rights", "e1")]
    assert after[key(docs, "rights", "e1")] == after[key(docs, "column", "e1")]
    # the deal of the swap holds the Americans' event only, not the 80 prisoners'
    (swap,) = deals(store)
    keys = {e.id for e in swap.events}
    assert after[key(docs, "texas", "e1")] in keys and after[key(docs, "rights", "e1")] not in keys
