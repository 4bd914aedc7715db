"""A release the text sets apart from the same state's act (own-words articles, the real model):
commitments inside a deal are acts of their own (docs/annotation.md, session 25)."""

from __future__ import annotations

import pytest

from detente.model import Document, EventType

HEAD = "Caracas frees Americans in deal with Washington\n"
MAIN = "Venezuela freed ten Americans on Wednesday in exchange for a businessman held in Florida. "


def _releases(extractor, text: str) -> list[tuple[str | None, int | None]]:
    doc = Document(id="t", source="t.txt", text=HEAD + text, published="2025-06-14")
    events = extractor(doc).events
    return sorted((e.actor, e.count) for e in events if e.type == EventType.RELEASE)


@pytest.mark.parametrize(
    "second",
    [
        "Under the deal, Venezuela also committed to freeing 20 political prisoners.",
        "Venezuela also agreed to release 20 political prisoners.",
        "Caracas has also committed to releasing 20 political prisoners.",
        # the commitment shares "also" and the subject with the verb it is paired with
        "Venezuela also handed a fugitive contractor back to US custody and committed to freeing "
        "20 political prisoners.",
    ],
    ids=["committed-to-freeing", "agreed-to-release", "capital-has-committed", "paired-verb"],
)
def test_a_commitment_set_apart_is_its_own_release(spacy_extractor, second):
    assert _releases(spacy_extractor, MAIN + second) == [("USA", 1), ("VEN", 10), ("VEN", 20)]


@pytest.mark.parametrize(
    "second",
    [
        # no "also": the commitment told as the act itself, or its stage
        "Venezuela had committed to freeing ten Americans last week.",
        # demanded, not committed
        "The opposition demanded that Venezuela also commit to freeing 20 activists.",
        # another party's commitment in the sentence is not the state's act
        "Washington also agreed to drop the charges against two Venezuelan pilots.",
    ],
    ids=["the-same-group", "demanded", "no-release"],
)
def test_no_commitment_set_apart_adds_no_release(spacy_extractor, second):
    assert _releases(spacy_extractor, MAIN + second) == [("USA", 1), ("VEN", 10)]


def test_a_commitment_with_no_other_act_is_one_release(spacy_extractor):
    text = "Venezuela also committed to freeing 20 political prisoners on Wednesday."
    assert _releases(spacy_extractor, text) == [("VEN", 20)]
