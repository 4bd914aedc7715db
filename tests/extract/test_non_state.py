"""Non-state bodies' own acts are no state sanctions; a body named elsewhere in a sentence leaves
the sentence's other acts to the states that do them (own sentences, published 2025-06-14)."""

from __future__ import annotations

import pytest

from detente.extract import non_state, sanctions

from .builders import inline


def kinds(parsed_sentence, text):
    """(trigger lemma, type) of each sanctions act found in one sentence."""
    return [(t.lemma_, str(k)) for t, k, _ in sanctions.find(parsed_sentence(text))]


@pytest.mark.parametrize(
    ("text", "lemma", "kind"),
    [
        pytest.param(
            "Tokyo on Tuesday froze the assets of a businessman who owns a football club in "
            "Moscow.",
            "freeze",
            "sanctions_imposed",
            id="club-owned-by-the-listed",
        ),
        pytest.param(
            "Canberra on Monday barred dealings with the Saint Petersburg Currency Exchange.",
            "bar",
            "sanctions_imposed",
            id="exchange-as-object",
        ),
        pytest.param(
            "Seoul lifted sanctions on the shipping firm after the prisoner exchange at the "
            "border on Monday.",
            "lift",
            "sanctions_eased",
            id="prisoner-exchange-named-beside",
        ),
        pytest.param(
            "The mining company had been designated in 2021 and briefly licensed in May 2023; "
            "that licence was revoked in March 2024 after the supreme court upheld a ban on the "
            "opposition's candidate.",
            "revoke",
            "sanctions_imposed",
            id="court-acts-in-a-clause-of-its-own",
        ),
        pytest.param(
            "In April, Ottawa froze the assets of two Revolutionary Court judges who sentenced "
            "protesters to death.",
            "freeze",
            "sanctions_imposed",
            id="court-judges-listed",
        ),
    ],
)
def test_states_act_beside_a_named_body(parsed_sentence, text, lemma, kind):
    assert (lemma, kind) in kinds(parsed_sentence, text)


@pytest.mark.parametrize(
    "text",
    [
        "FIFA lifted the ban on Russian clubs on Tuesday.",
        "UEFA decided to lift its sanctions on the Russian football federation.",
        "The sanctions the federation had imposed on the club were lifted on Monday.",
        "Olympic officials lifted the ban on Russian athletes on Tuesday.",
        "The court froze the assets of the former minister pending his trial.",
        "The exchange suspended trading in the shares of two Russian miners on Friday.",
        "Russian teams were banned by the league from all competitions in March.",
        "ECOWAS lifted most of the sanctions on Niger on Saturday, days after a summit in Abuja.",
    ],
    ids=[
        "sports-body-subject",
        "sports-body-governs-the-act",
        "body-imposed-what-was-lifted",
        "body-as-adjective-of-subject",
        "court-subject",
        "exchange-subject",
        "sports-body-agent",
        "regional-bloc-whole-sentence",
    ],
)
def test_bodies_own_acts_are_no_sanctions(parsed_sentence, text):
    assert kinds(parsed_sentence, text) == []


def test_doers_are_the_bodies_acts(parsed_sentence):
    ps = parsed_sentence(
        "The top court upheld a ban on her candidacy, and Madrid lifted its asset freeze on the "
        "bank."
    )
    assert [t.lemma_ for t in non_state.doers(ps)] == ["uphold"]
    assert non_state.acts(ps) == non_state.doers(ps)


def test_a_sanctioning_power_named_takes_every_act(parsed_sentence):
    ps = parsed_sentence("The US Treasury lifted the sanctions the court had upheld in May.")
    assert non_state.acts(ps) == []


def test_article_with_a_club_owner_frozen(spacy_extractor):
    doc = inline(
        "LONDON, June 14, 2025 -- The British government on Thursday froze the assets of a Russian "
        "banker, the owner of a football club in the Premier League, and four other tycoons it "
        "ties to the Kremlin."
    )
    found = [(e.type, e.actor, e.target) for e in spacy_extractor(doc).events]
    assert ("sanctions_imposed", "GBR", "RUS") in found
