"""Which time expression dates an act told in one sentence (mention_times)."""

from __future__ import annotations

import pytest

from detente.extract.mention_times import told_against
from detente.extract.pipeline import Extractor

from .builders import release_rows


def _releases(extractor: Extractor, body: str) -> list[tuple]:
    text = f"Caracas frees prisoners\nCARACAS, June 14, 2025 -- {body}\n"
    return release_rows(extractor, text, "2025-06-14", "actor", "count", "date")


# --- precision (v25): a release noun told by another act is not dated by that act ---
@pytest.mark.parametrize(
    "after",
    [
        "His release came days after the disputed election on May 20.",
        "The release followed the death in custody on Monday of an opposition councillor.",
        "Their release comes as Caracas and Washington try to mend ties strained in 2019.",
    ],
)
def test_a_release_told_by_another_act_takes_not_its_day(spacy_extractor: Extractor, after: str):
    body = f"Venezuela freed the activist Lorent Saleh on Thursday. {after}"
    assert _releases(spacy_extractor, body) == [("VEN", 1, "2025-06-12")]


def test_a_release_that_came_on_a_day_keeps_it(spacy_extractor: Extractor):
    body = "Venezuela freed 14 prisoners. The release came on Wednesday, after talks on Monday."
    assert _releases(spacy_extractor, body) == [("VEN", 14, "2025-06-11")]


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ("His release came days after the election on May 20.", "release", "after"),
        ("Saleh's release followed the death of a councillor.", "release", "the"),
        ("The release of 14 came on Monday.", "release", None),
        ("Minsk freed 14 after talks on Monday.", "freed", None),
    ],
)
def test_told_against_opens_at_the_other_act(spacy_extractor, text, word, opens):
    doc = spacy_extractor.nlp(text)
    tok = next(t for t in doc if t.text == word)
    at = told_against(tok)
    assert (None if at is None else text[at:].split()[0]) == opens
