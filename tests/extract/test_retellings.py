"""One act told twice is one event; a release told in the simple present in a body is a habit."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.extract import retellings
from detente.extract.pipeline import Extractor
from detente.ingest import iter_documents
from detente.model import Document, EventType

from .builders import release_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract" / "retellings"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The permit, granted on Monday, lets the carrier buy engines.", "granted", True),
        ("The swap, which took place on Monday, was brokered by Oman.", "took", True),
        ("The release was part of a wider bargain.", "release", True),
        ("A release of four more is expected.", "release", False),
        ("Ankara granted a permit on Monday.", "granted", False),
    ],
)
def test_definite_retelling(spacy_extractor: Extractor, text: str, word: str, expected: bool):
    doc = spacy_extractor.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert retellings.definite(trigger) is expected


def test_a_licence_retold_with_its_own_day_is_one_event_dated_by_that_day(
    spacy_extractor: Extractor,
):
    (doc,) = iter_documents([str(FIXTURES / "licence-told-twice.txt")])
    assert isinstance(doc, Document)
    eased = [e for e in spacy_extractor(doc).events if e.type == EventType.SANCTIONS_EASED]
    assert [(e.actor, e.date) for e in eased] == [("GBR", "2025-03-12")]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("The people on board are freed and the negotiators fly home.", 5, True),
        ("Each year the regime frees a handful of critics.", 5, True),
        ("Laos frees two Thai activists.", 0, False),  # a headline
        ("Officials say the men were freed.", 5, False),  # past
        ("The court has released the journalist.", 5, False),  # perfect
    ],
)
def test_habitual_present(
    spacy_extractor: Extractor, text: str, index: int, expected: bool
) -> None:
    doc = spacy_extractor.nlp(text)
    trigger = next(t for t in doc if t.lemma_ in ("free", "release"))
    assert retellings.habitual(trigger, 0, index) is expected


def test_a_bare_release_noun_names_the_act_told_elsewhere(spacy_extractor: Extractor):
    text = (
        "Brussels suspends measures on Naypyidaw\n"
        "BRUSSELS, April 23, 2012 -- The European Union suspended most of its sanctions on "
        "Myanmar on Monday. In January, Myanmar freed 651 prisoners. Ministers cited the "
        "release of political prisoners as a central reason.\n"
    )
    doc = Document(id="x", source="inline", published="2012-04-23", text=text)
    releases = [e for e in spacy_extractor(doc).events if e.type == EventType.RELEASE]
    assert [(e.actor, e.date) for e in releases] == [("MMR", "2012-01")]


def test_a_definite_retelling_in_the_lead_folds_into_the_act_told_after_it(
    spacy_extractor: Extractor,
):
    text = (
        "Warsaw unmoved by US step on Belavia\n"
        "WARSAW, Nov. 6, 2025 --\n"
        "Polish officials said on Thursday that the American decision to lift sanctions on the "
        "Belarusian airline Belavia would change nothing over Europe.\n\n"
        "Washington removed Belavia from its sanctions list on Tuesday.\n"
    )
    doc = Document(id="x", source="inline", published="2025-11-06", text=text)
    eased = [e for e in spacy_extractor(doc).events if e.type == EventType.SANCTIONS_EASED]
    assert [(e.actor, e.target, e.date) for e in eased] == [("USA", "BLR", "2025-11-04")]


# --- precision (v25): "those freed" names the people of an act told elsewhere ---
def _releases(extractor: Extractor, body: str) -> list[tuple]:
    text = f"Belarus frees prisoners\nMINSK, June 14, 2025 -- {body}\n"
    return release_rows(extractor, text, "2025-06-14", "actor", "count", "date")


@pytest.mark.parametrize(
    "after",
    [
        "Viasna said its tally would fall on Monday once staff checked the names of those freed.",
        "State media described those released as repentant convicts on Friday.",
        "Rights groups said on Tuesday that most of those pardoned were ordinary criminals.",
    ],
)
def test_those_freed_names_the_act_told_before(spacy_extractor: Extractor, after: str):
    body = f"Belarus freed 20 political prisoners on Thursday. {after}"
    assert _releases(spacy_extractor, body) == [("BLR", 20, "2025-06-12")]


def test_those_freed_with_a_day_of_their_own_still_dates_their_act(spacy_extractor: Extractor):
    body = "Belarus freed 20 political prisoners. Those freed on Thursday included Ales Bialiatski."
    assert _releases(spacy_extractor, body) == [("BLR", 20, "2025-06-12")]


def test_referring_is_only_a_participle_on_those(spacy_extractor: Extractor):
    from detente.extract.mention_times import referring

    doc = spacy_extractor.nlp("Most of those freed were ill, and Minsk freed those prisoners.")
    participle, verb = (t for t in doc if t.lower_ == "freed")
    assert referring(participle) and not referring(verb)
