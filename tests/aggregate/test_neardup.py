"""Near-duplicate documents: MinHash signatures and LSH bands."""

from __future__ import annotations

from detente.aggregate.neardup import (
    BANDS,
    bands,
    is_near_duplicate,
    signature,
    signatures,
    similarity,
)

from .conftest import Docs


def test_syndicated_copy_is_near_duplicate(agg_docs: Docs) -> None:
    wire, copy = agg_docs["wire-dec"][0].text, agg_docs["syndicated-dec"][0].text
    a, b = signature(wire), signature(copy)
    assert is_near_duplicate(a, b)
    assert set(bands(a)) & set(bands(b))


def test_other_article_on_same_event_is_not(agg_docs: Docs) -> None:
    a, b = signature(agg_docs["wire-dec"][0].text), signature(agg_docs["vilnius-dec"][0].text)
    assert not is_near_duplicate(a, b)
    assert similarity(a, b) < 0.2


def test_signature_is_deterministic_and_bulk_agrees(agg_docs: Docs) -> None:
    texts = [doc.text for doc, _ in agg_docs.values()]
    assert signatures(texts) == [signature(t) for t in texts]
    assert len(bands(signature(texts[0]))) == BANDS


def test_short_text() -> None:
    assert signature("Hi") == signature("hi")
