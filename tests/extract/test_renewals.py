"""Renewals of a sanctions regime or list told by its name (own-words sentences, parsed by the real
model): a main clause renewing a regime or list, or a participle or relative clause renewing it
with a month or a day of its own."""

from __future__ import annotations

import pytest

from detente.extract import renewals


def _verb(ps, word):
    return next(t for t in ps.doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The bloc renewed its Belarus regime on Monday.", "renewed", True),
        ("Ottawa last prolonged the Nicaragua regime in March.", "prolonged", True),
        ("The Council renewed the listings of nine judges on Tuesday.", "renewed", True),
        ("Brussels rolled over its Iran list in April.", "rolled", True),
        ("The bloc's list, which was last renewed in October, holds 54 names.", "renewed", True),
        ("The Belarus regime, which the Council extended in February, stays.", "extended", True),
        ("The listings of the two banks, renewed in February, remain.", "renewed", True),
        ("The measures, prolonged on 12 March, cover forty firms.", "prolonged", True),
        # negatives: no month of its own, a habit, a widening, a regime of no sanctions
        ("The bloc's list, which was renewed, holds 54 names.", "renewed", False),
        ("The bloc's list, which is renewed every six months, holds 54 names.", "renewed", False),
        ("The listings of the two banks, renewed each year, remain.", "renewed", False),
        ("Moscow extended the visa-free regime for Chinese tourists in March.", "extended", False),
        ("The bloc extended its Belarus list to ten more firms in March.", "extended", False),
        ("The regime extended the detention of the activist in March.", "extended", False),
        ("The council, which renewed the embargo in May, met again.", "renewed", False),
        ("The bloc renewed its offer of talks in March.", "renewed", False),
    ],
    ids=[
        "main-regime",
        "main-regime-prolonged",
        "main-listings",
        "rolled-over-list",
        "relative-passive-with-month",
        "relative-object-with-month",
        "participle-on-of-phrase",
        "participle-measures-with-day",
        "relative-without-time",
        "relative-habit",
        "participle-habit",
        "visa-regime",
        "widening",
        "regime-as-subject",
        "relative-on-the-renewer",
        "not-a-regime",
    ],
)
def test_renewal(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert renewals.renewal(ps, _verb(ps, verb)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "The European Union's listings of two Belarusian banks, renewed in May, stay.",
            "renewed",
            ["EU"],
        ),
        (
            "Britain's Nicaragua regime, which was last renewed in March, covers ten people.",
            "renewed",
            ["GBR"],
        ),
        (
            "Canada's Venezuela regime covers fifty officials and was prolonged in January.",
            "prolonged",
            ["CAN"],
        ),
        # a doer of its own, a main clause, no renewal: the owner is not read here
        ("The Belarus list, which the Council renewed in May, holds 300 names.", "renewed", []),
        ("Britain renewed its Nicaragua regime in March.", "renewed", []),
        ("Britain's Nicaragua regime, which was renewed, covers ten people.", "renewed", []),
    ],
    ids=["participle", "relative", "joined-clause", "own-doer", "main-clause", "no-time"],
)
def test_owners(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert renewals.owners(ps, _verb(ps, verb)) == expected


# --- session 25: a renewal told only as a noun is an act when the text says it happened ---
@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("The renewal on January 27 came only after Hungary won a statement on gas.", "renewal",
         True),
        ("Last July, by contrast, the rollover went through quietly.", "rollover", True),
        ("The previous rollover, in September, went through after a similar standoff.",
         "rollover", True),
        ("Hungary said little after the rollover agreed in January.", "rollover", True),
        ("The renewal adopted on July 22 runs to January.", "renewal", True),
        ("Hungary wants the rollover agreed in principle first.", "rollover", False),
        # no time of its own: perhaps a licence's renewal told again
        ("The minister said the renewal came in return for a humanitarian gesture.", "renewal",
         False),
        # to come, fought over, a habit, or a renewal of something else
        ("The next rollover is due in July.", "rollover", False),
        ("Hungary had threatened to block the renewal.", "renewal", False),
        ("The six-monthly rollovers went through quietly for years.", "rollovers", False),
        ("The renewal of her visa came through in March.", "renewal", False),
        ("Her visa renewal came through in March.", "renewal", False),
        ("The renewal came up for debate in March.", "renewal", False),
    ],
    ids=["dated-came", "went-through", "appositive-month", "agreed-in-a-month",
         "adopted-on-a-day", "agreed-in-principle", "undated", "due",
         "threatened-to-block", "habit", "renewal-of-a-visa", "visa-renewal", "came-up"],
)  # fmt: skip
def test_a_renewal_told_as_a_noun(parsed_sentence, text, noun, expected):
    ps = parsed_sentence(text)
    tok = next(t for t in ps.doc if t.text == noun)
    assert renewals.told_as_done(ps, tok) is expected
