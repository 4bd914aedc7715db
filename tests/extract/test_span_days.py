"""A release told in a counted "ten days after" / "two weeks after" clause is an earlier act of its
own, dated that span back; a week or less is reckoned elsewhere, a clause with its own time keeps it,
and a decision the main act carried out is that act's stage."""

from __future__ import annotations

import pytest

from detente.extract import span_days
from detente.extract.pipeline import Extractor
from detente.model import Document, EventType

# Published on Saturday 2025-10-04.
PUBLISHED = "2025-10-04"


def _releases(extractor: Extractor, body: str) -> list[tuple[str | None, int | None, str | None]]:
    text = f"Releases\nCAIRO, Oct. 4, 2025 --\n\n{body}\n"
    doc = Document(id="t", source="inline", published=PUBLISHED, text=text)
    events = [e for e in extractor(doc).events if e.type == EventType.RELEASE]
    return sorted((e.actor, e.count, e.date) for e in events)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the main clause's day, counted back ten days, for an act in a relative clause
            "Egypt freed the lawyer Mona Saleh on Friday, ten days after a decree that had "
            "freed 14 other prisoners.",
            [("EGY", 1, "2025-10-03"), ("EGY", 14, "2025-09-23")],
        ),
        (  # no day in the sentence: two weeks back from the act told before
            "Belarus freed 23 Ukrainians on Friday. It came two weeks after Minsk pardoned "
            "five Lithuanians.",
            [("BLR", 5, "2025-09-19"), ("BLR", 23, "2025-10-03")],
        ),
        (  # digits and "weeks"
            "Venezuela freed 39 political prisoners on Friday. The releases came 3 weeks after "
            "Caracas freed the American Joshua Holt.",
            [("VEN", 1, "2025-09-12"), ("VEN", 39, "2025-10-03")],
        ),
    ],
)
def test_a_counted_span_longer_than_a_week_gives_an_earlier_act(
    spacy_extractor: Extractor, body: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _releases(spacy_extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a week at most: reckoned by the mention's own dating, as before
            "Egypt freed the lawyer Mona Saleh on Friday, two days after Cairo freed 14 other "
            "prisoners.",
            [("EGY", 1, "2025-10-03"), ("EGY", 14, "2025-10-01")],
        ),
        (  # the clause's own time dates it
            "Egypt freed the lawyer Mona Saleh on Friday, two weeks after the authorities had "
            "freed 14 other prisoners in September.",
            [("EGY", 1, "2025-10-03"), ("EGY", 14, "2025-09")],
        ),
        (  # the decision of the walk-out the main clause tells: one act
            "The blogger Mona Saleh walked out of prison on Friday, two weeks after President "
            "Sisi pardoned her.",
            [("EGY", 1, "2025-10-03")],
        ),
        (  # the clause's act is a saying: the release it reports is the main act
            "Iran freed the two hikers on Friday. The release came ten days after the "
            "president said that the two would be freed within days.",
            [("IRN", 2, "2025-10-03")],
        ),
    ],
)
def test_not_a_long_span_of_its_own(
    spacy_extractor: Extractor, body: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _releases(spacy_extractor, body) == expected


def test_a_span_dated_retelling_folds_into_the_act_dated_apart(spacy_extractor: Extractor):
    body = (
        "Belarus freed two political prisoners on September 17. "
        "Washington eased sanctions on Thursday, two weeks after Minsk freed the two men."
    )
    assert _releases(spacy_extractor, body) == [("BLR", 2, "2025-09-17")]


def test_a_summary_of_two_acts_dated_apart_is_no_act_of_its_own(spacy_extractor: Extractor):
    body = (
        "Belarus freed one political prisoner on September 15. Minsk freed two more on "
        "September 19. Washington eased sanctions on Thursday, two weeks after Minsk freed the "
        "last three men."
    )
    assert _releases(spacy_extractor, body) == [("BLR", 1, "2025-09-15"), ("BLR", 2, "2025-09-19")]


def test_the_span_pattern() -> None:
    assert span_days.SPAN.search("ten days after a decree")
    assert span_days.SPAN.search("two weeks after Minsk")
    assert span_days.SPAN.search("21 days after the vote")
    assert not span_days.SPAN.search("a week after Minsk")  # a week: reckoned per mention
    assert not span_days.SPAN.search("two months after Minsk")  # months: background


def test_no_day_and_no_act_it_came_after_reckons_nothing(spacy_extractor: Extractor) -> None:
    # a headline's span with no day and a main verb of another act: no day to count back from
    text = (
        "Washington lifts sanctions on two ministers, three weeks after the pastor's release\n"
        "ANKARA, Oct. 4, 2025 --\n\nTurkey freed the American pastor John Miles on Friday.\n"
    )
    doc = Document(id="t", source="inline", published=PUBLISHED, text=text)
    dated = {e.date for e in spacy_extractor(doc).events if e.type == EventType.RELEASE}
    assert dated == {"2025-10-03"}
