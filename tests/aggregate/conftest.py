"""Aggregate fixtures: stored-analysis JSON files of a few own-words articles about one set of
happenings (Belarus Dec 2025 deal reported four ways, Sept 2025 deal, June 2025 release with two
transliterations, two EU renewals half a year apart)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from detente.aggregate import add_document
from detente.model import Analysis, Document
from detente.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "aggregate"

Docs = dict[str, tuple[Document, Analysis]]


@pytest.fixture(scope="session")
def agg_docs() -> Docs:
    """Every tests/fixtures/aggregate/<slug>.json as (document, analysis), by slug."""
    loaded = {}
    for path in sorted(FIXTURES.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        loaded[path.stem] = (
            Document.model_validate(record["document"]),
            Analysis.model_validate(record["analysis"]),
        )
    return loaded


def fill(store: Store, docs: Docs, slugs: Iterable[str] | None = None) -> Store:
    """Add the chosen fixture documents (all, in sorted order, by default) through the ingest path."""
    for slug in slugs if slugs is not None else sorted(docs):
        doc, analysis = docs[slug]
        add_document(store, doc, analysis)
    return store


@pytest.fixture
def agg_store(store: Store, agg_docs: Docs) -> Store:
    """A store holding every aggregate fixture document, clustered."""
    return fill(store, agg_docs)


def key(docs: Docs, slug: str, local: str) -> str:
    """The store key of a fixture event."""
    from detente.store import event_key

    return event_key(docs[slug][0].id, local)
