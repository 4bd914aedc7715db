"""A release the text sets apart from the same state's act (own-words articles, the real model;
docs/annotation.md, sessions 24 and 25): a further group set apart by "also" is another act,
whoever the clause's doer ("also" adds a group; second acts in the simple past or the present
perfect with no time take the main act's day), while a group told as a part, a total or the group
told before stays the act; a commitment inside a deal set apart by "also" is an act of its own."""

from __future__ import annotations

import pytest

from detente.model import Document, EventType

from .builders import release_rows


def _releases(extractor, text: str) -> list[tuple]:
    return release_rows(extractor, text, "2025-12-20", "actor", "count", "category", "date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive clause whose subject is the counted group: another act, the main act's day
        ("Belarus freed 14 political prisoners on Thursday. Two Lithuanians have also been "
         "released, the ministry said.",
         [("BLR", 2, "foreign_nationals", "2025-12-18"),
          ("BLR", 14, "political_prisoners", "2025-12-18")]),
        ("Georgia pardoned 30 opposition activists on Monday. Six Armenian drivers were also "
         "freed under the same decree.",
         [("GEO", 6, "other", "2025-12-15"), ("GEO", 30, "political_prisoners", "2025-12-15")]),
        # a measure's relative clause: "an amnesty that also freed"
        ("Myanmar pardoned 9,652 prisoners on Thursday in an amnesty that also freed 114 "
         "foreign prisoners.",
         [("MMR", 114, "foreign_nationals", "2025-12-18"),
          ("MMR", 9652, "detainees", "2025-12-18")]),
        # an uncounted group of another kind, its state as the doer
        ("Venezuela freed ten Americans on Friday. Caracas also freed an unspecified number of "
         "Venezuelan political prisoners.",
         [("VEN", None, "political_prisoners", "2025-12-19"),
          ("VEN", 10, "foreign_nationals", "2025-12-19")]),
    ],
)  # fmt: skip
def test_a_group_also_freed_is_another_act(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a part of the act, the group told before, a person of the group, one kind uncounted
        "Belarus freed 14 political prisoners on Thursday. Among them, two Lithuanians were "
        "also freed.",
        "Belarus freed 14 political prisoners on Thursday. The 14 were also freed from their "
        "fines.",
        "Belarus freed 14 political prisoners on Thursday. Her husband, who was also freed, "
        "spoke to reporters.",
        "Venezuela freed ten Americans on Friday. Caracas also freed dozens of Americans.",
        "Belarus freed 14 political prisoners on Thursday. In all, 14 were also freed from "
        "their fines.",
    ],
)
def test_a_group_not_added_stays_the_act(spacy_extractor, text):
    assert len(_releases(spacy_extractor, text)) == 1


def test_a_separate_release_noun_is_another_act(spacy_extractor):
    text = (
        "Myanmar's junta pardoned 7,012 prisoners on Sunday. A separate release of twenty-two "
        "Thai fishermen followed, officials said."
    )
    assert [r[1] for r in _releases(spacy_extractor, text)] == [22, 7012]
    # with no word that sets it apart, an undated release noun stays the act told again
    plain = text.replace("A separate release", "The release")
    assert len(_releases(spacy_extractor, plain)) == 1


# Commitments inside a deal (session 25)
HEAD = "Caracas frees Americans in deal with Washington\n"
MAIN = "Venezuela freed ten Americans on Wednesday in exchange for a businessman held in Florida. "


def _commitment_releases(extractor, text: str) -> list[tuple[str | None, int | None]]:
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
    assert _commitment_releases(spacy_extractor, MAIN + second) == [
        ("USA", 1),
        ("VEN", 10),
        ("VEN", 20),
    ]


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
    assert _commitment_releases(spacy_extractor, MAIN + second) == [("USA", 1), ("VEN", 10)]


def test_a_commitment_with_no_other_act_is_one_release(spacy_extractor):
    text = "Venezuela also committed to freeing 20 political prisoners on Wednesday."
    assert _commitment_releases(spacy_extractor, text) == [("VEN", 20)]
