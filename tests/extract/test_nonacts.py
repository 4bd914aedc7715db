"""Sanctions words that tell no act, or not the act they seem to: keeping measures told with no
time, history of the measures an act moves (own-words sentences through the extractor, published 14
June 2025). Wind-down licences: tests/extract/test_wind_downs.py."""

from __future__ import annotations

import pytest

from .builders import acts, inline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ottawa kept its sanctions on Belarusian officials and the arms embargo.",
            [],
            id="kept-with-no-time-is-no-act",
        ),
        pytest.param(
            "Ottawa on Monday kept its sanctions on Belarus in place until March 2027.",
            [("sanctions_imposed", "CAN", True)],
            id="kept-until-a-date-is-a-renewal",
        ),
        pytest.param(
            "A Treasury official said no money or sanctions relief was part of the arrangement.",
            [],
            id="no-relief-is-no-act",
        ),
        pytest.param(
            "The Security Council on Tuesday voted to lift the arms embargo, travel bans and asset "
            "freezes it imposed on Liberia in 2003.",
            [("sanctions_eased", "UN", False)],
            id="asset-freezes-lifted-are-no-freezing",
        ),
        pytest.param(
            "Australia kept its asset freezes on members of the former ruling family.",
            [],
            id="asset-freezes-kept-are-no-freezing",
        ),
        pytest.param(
            "The European Union on Tuesday imposed asset freezes and travel bans on four Iranian "
            "officials.",
            [("sanctions_imposed", "EU", False)],
            id="asset-freezes-imposed-stay-an-act",
        ),
        pytest.param(
            "The Security Council on Tuesday lifted its arms embargo on Liberia, ending measures "
            "first imposed in 2003.",
            [("sanctions_eased", "UN", False)],
            id="history-of-the-lifted-measures-is-no-act",
        ),
        pytest.param(
            "Under the accord Washington would have to lift many of the sanctions reimposed by "
            "the previous president.",
            [],
            id="history-of-measures-a-lifting-would-end-is-no-act",
        ),
        pytest.param(
            "Britain on Monday imposed sanctions on five officials, adding to measures imposed in "
            "March.",
            [("sanctions_imposed", "GBR", False), ("sanctions_imposed", "GBR", False)],
            id="measures-imposed-beside-a-listing-stay-an-act",
        ),
    ],
)
def test_nonacts(spacy_extractor, text, expected):
    assert acts(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canada has listed dozens of Syrian officers under its sanctions regime.",
            [],
            id="a-perfect-over-dozens-is-a-record",
        ),
        pytest.param(
            "Japan has imposed sanctions on hundreds of Russian firms and people.",
            [],
            id="a-perfect-over-hundreds-is-a-record",
        ),
        pytest.param(
            "Canada on Monday listed dozens of Syrian officers under its sanctions regime.",
            [("sanctions_imposed", "CAN", False)],
            id="a-dated-listing-of-dozens-is-an-act",
        ),
    ],
)
def test_uncounted_records(spacy_extractor, text, expected):
    assert acts(spacy_extractor, text) == expected


def _dated(extractor, text):
    doc = inline(text)
    return [(e.type, e.actor, e.target, e.date) for e in extractor(doc).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ottawa on Tuesday froze the assets of the Iranian judge Hamid Sadri under a regime "
            "usually kept for war criminals.",
            [("sanctions_imposed", "CAN", "IRN", "2025-06-10")],
            id="generic-word-in-a-clause-of-its-own",
        ),
        pytest.param(
            "Tokyo, which has repeatedly sanctioned Russian banks, on Thursday listed six more "
            "Russian lenders.",
            [("sanctions_imposed", "JPN", "RUS", "2025-06-12")],
            id="generic-word-in-a-relative-clause",
        ),
        pytest.param(
            "Britain has often sanctioned Iranian prison officials.",
            [],
            id="generic-word-on-the-act-itself",
        ),
        pytest.param(
            "The measures on Minsk, first adopted after the disputed vote and tightened "
            "repeatedly since, cover 300 people.",
            [],
            id="generic-word-on-an-undated-conjunct",
        ),
        pytest.param(
            "Whenever Minsk frees prisoners, Washington eases some sanctions on Belarus.",
            [],
            id="whenever-makes-the-sentence-a-habit",
        ),
    ],
)
def test_generic_words_bear_on_their_own_clause(spacy_extractor, text, expected):
    assert _dated(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Venezuela's oil exports rose in May despite US sanctions. Analysts "
            "said the US licence issued in March could still be withdrawn.",
            [("sanctions_eased", "USA", "VEN", "2025-03")],
            id="dated-grant-under-a-modal-clause",
        ),
        pytest.param(
            "Venezuela's oil exports rose in May despite US sanctions. Analysts "
            "said a new US licence could be issued in March.",
            [],
            id="a-licence-that-may-be-issued-is-no-grant",
        ),
    ],
)
def test_dated_grants(spacy_extractor, text, expected):
    assert _dated(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Diplomats said a decision on lifting sanctions on Belarus could come in March if "
            "Minsk frees more prisoners.",
            [],
            id="an-act-that-could-come-is-none",
        ),
        pytest.param(
            "Traders said the lifting of the EU embargo on Belarus on Monday could help potash "
            "exporters.",
            [("sanctions_eased", "EU", "BLR", "2025-06-09")],
            id="the-effect-of-a-done-act-may-be-modal",
        ),
    ],
)
def test_acts_that_may_come(spacy_extractor, text, expected):
    assert _dated(spacy_extractor, text) == expected


# --- sanctions recall (session 20) ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Last November the Security Council lifted the arms embargo and targeted sanctions it "
            "had imposed on Eritrea nearly a decade earlier.",
            [("sanctions_eased", "UN", False)],
            id="history-of-the-lifted-measures-in-a-relative-clause",
        ),
        pytest.param(
            "The Security Council voted on Wednesday to lift the arms embargo, travel bans and "
            "other sanctions it imposed on Eritrea in 2009.",
            [("sanctions_eased", "UN", False)],
            id="history-with-a-year-only",
        ),
        pytest.param(
            "Washington sanctions\nNone of the judges have been hit with Treasury asset freezes, "
            "though some members of Congress have urged that step.",
            [],
            id="asset-freezes-split-from-a-denied-act",
        ),
    ],
)
def test_sanctions_recall_v20_history_and_split_measures(spacy_extractor, text, expected):
    assert acts(spacy_extractor, text) == expected
