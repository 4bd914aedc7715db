"""Acts told in a counted "a day after" clause: dated that many days before the clause they follow."""

from __future__ import annotations

import pytest

from .builders import inline


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the parser may hang the "after" clause on the main verb as a conjunct: still moved back
        (
            "Lena Brandt, a Dutch cyclist held for a year, landed at Schiphol on Wednesday "
            "evening, a day after Iranian authorities released her from Evin prison.",
            ["2025-06-10"],
        ),
        # an act after a time of its own keeps it
        ("Two Danes landed in Oslo on Friday after Iran released them.", ["2025-06-13"]),
    ],
)
def test_an_after_clause_moves_back_from_the_main_clause(release_mentions, text, dates):
    assert [m.date for m in release_mentions(text)] == dates


def _releases(extractor, text: str) -> list[tuple[str | None, str | None]]:
    events = extractor(inline(text)).events
    return [(e.actor, e.date) for e in events if e.type == "release"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence with no time: the act it follows, told before, anchors the count of days
        (
            "On Tuesday the Treasury issued a general licence for Cuban nickel exports. The "
            "licence came two days after Havana freed thirty political prisoners.",
            [("CUB", "2025-06-08")],
        ),
        (
            "On Thursday the European Union removed two Venezuelan officials from its sanctions "
            "list. The delisting came one day after Caracas let four Spaniards go.",
            [("VEN", "2025-06-11")],
        ),
        # no counted day ("days after", a bare "after"): no day to move by
        (
            "On Thursday the European Union removed two Venezuelan officials from its sanctions "
            "list. The delisting came days after Caracas let four Spaniards go.",
            [("VEN", "2025-06-12")],
        ),
        (
            "On Thursday the European Union removed two officials from its sanctions list. "
            "Caracas let four Spaniards go after the delisting.",
            [("VEN", "2025-06-12")],
        ),
    ],
)
def test_a_day_after_the_act_told_before(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a decision, and its people walking out, leaving or landing a day or two later: the later
        (
            "Mali's leader on Friday pardoned forty-six Ivorian soldiers, and the men landed in "
            "Abidjan late on Saturday.",
            ["2025-06-14"],
        ),
        ("Oslo pardoned Oleg Lunin on Thursday and he was put on the plane on Friday.", ["2025-06-13"]),
        (
            "Tom Reyes was pardoned by President Aliyev on Wednesday and left the country on a "
            "scheduled flight the next morning.",
            ["2025-06-12"],
        ),
        # negatives: another party's act, a gap of more than two days, no decision
        (
            "Belarus pardoned 20 political prisoners on Monday, and Lithuania freed two "
            "Belarusians on Tuesday.",
            ["2025-06-09", "2025-06-10"],
        ),
        ("Iran freed two Britons on Wednesday, and they landed in London on Thursday.", ["2025-06-11"]),
    ],
)  # fmt: skip
def test_a_decision_dated_by_the_walk_out_told_after_it(release_mentions, text, dates):
    assert [m.date for m in release_mentions(text)] == dates


def _sanctions(extractor, text: str) -> list[tuple[str | None, str | None]]:
    events = extractor(inline(text)).events
    return [(e.actor, e.date) for e in events if e.type == "sanctions_imposed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 23: "a week after Washington designated X" counts back from the act told before
        (
            "Britain on Thursday sanctioned the Orion Bank. The move came a week after "
            "Washington designated the lender.",
            [("GBR", "2025-06-12"), ("USA", "2025-06-05")],
        ),
        # negative: a span longer than a week is not counted back (the act is dated elsewhere)
        (
            "Britain on Thursday sanctioned the Orion Bank. The move came three weeks after "
            "Washington designated the lender.",
            [("GBR", "2025-06-12"), ("USA", "2025-06-12")],
        ),
    ],
)
def test_a_week_after_the_act_told_before(spacy_extractor, text, expected):
    assert sorted(_sanctions(spacy_extractor, text)) == expected
