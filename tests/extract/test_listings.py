"""Verbs that list, and sanctions nouns as the subject of their act (own-words sentences, parsed by
the real model)."""

from __future__ import annotations

import pytest

from detente.extract import listings


def _verb(ps, text):
    return next(t for t in ps.doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Two of the crew had been designated as hostages by the State Department.",
         "designated", True),
        ("The Treasury designated the group as a terrorist organisation.", "designated", False),
        ("The Treasury designated nine officials on Monday.", "designated", False),
        ("Ottawa designated the firm in 2021 as part of a wider round.", "designated", False),
        ("Officials said two other Americans designated as wrongfully detained remained in "
         "custody.", "designated", True),
    ],
    ids=["status", "terrorist-status-is-a-listing", "plain-listing", "as-part-of-is-no-status",
         "as-parsed-as-an-adverb"],
)  # fmt: skip
def test_status(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert listings.status(_verb(ps, verb)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The Treasury listed the shipping firm on Friday.", "listed", True),
        ("The index listed the shipping firm on Friday.", "listed", False),
        ("The shipping firm had been designated last year.", "designated", True),
        ("The two generals were listed on March 3, weeks after the coup.", "listed", True),
        ("Shares of the miner were listed on the Nasdaq in 2019.", "listed", False),
        ("The two generals were listed among the missing.", "listed", False),
    ],
    ids=[
        "a-state-lists",
        "an-index-lists",
        "passive-designation",
        "dated-passive-listing",
        "listed-on-an-exchange",
        "undated-passive-listing",
    ],
)
def test_by_state(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert listings.by_state(ps, _verb(ps, verb)) is expected


def test_still_listed_is_a_standing_state(parsed_sentence):
    ps = parsed_sentence("The general and his sons are still designated.")
    assert listings.still_listed(_verb(ps, "designated"))
    ps = parsed_sentence("The general and his sons were designated on Monday.")
    assert not listings.still_listed(_verb(ps, "designated"))


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("EU sanctions on Belarus came back into force on Friday.", "came", "sanctions"),
        ("The embargo took effect on Monday.", "took", "embargo"),
        ("The company came back into profit on Friday.", "came", None),
    ],
    ids=["come-back-into-force", "take-effect", "not-a-measure"],
)
def test_measure_subject(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    found = listings.measure_subject(_verb(ps, verb))
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Canada followed on Friday by listing nine Syrian generals.", "listing", True),
        ("The index followed on Friday by listing nine Syrian firms.", "listing", False),
    ],
    ids=["a-state-lists-by-a-gerund", "an-index-lists-by-a-gerund"],
)
def test_by_state_through_a_gerund(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert listings.by_state(ps, _verb(ps, verb)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Three Turkish traders were listed for shipping drone engines to Moscow.", "listed", True),
        ("The Red Hawk brigade was listed over killings of villagers.", "listed", True),
        ("Shares of the Turkish trader were listed for trading in Istanbul.", "listed", False),
        ("Three Turkish traders were listed among the bidders.", "listed", False),
    ],
    ids=["for-a-deed-with-an-object", "over-a-wrong", "for-trading-no-object", "no-deed"],
)
def test_by_state_for_the_deed_it_punishes(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert listings.by_state(ps, _verb(ps, verb)) is expected


def test_the_deed_holds_the_places_of_the_wrong(parsed_sentence):
    ps = parsed_sentence("Two Chinese banks were listed for serving Russian importers.")
    words = {t.text for t in listings.deed(_verb(ps, "listed"))}
    assert "Russian" in words and "Chinese" not in words


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Kestrel Air, sanctioned by Washington in March 2023, resumed flights to Minsk.",
         "sanctioned", True),
        ("The lender, sanctioned in May 2022, later shut its branches.", "sanctioned", True),
        ("The sanctioned lender later shut its branches.", "sanctioned", False),
        ("Chinese firms sanctioned for helping Moscow kept trading.", "sanctioned", False),
        ("The ministry sanctioned the purchase in May 2022.", "sanctioned", False),
        ("The tankers already sanctioned by Washington and Brussels sail less often.",
         "sanctioned", False),
    ],
    ids=["participle-with-doer-and-time", "participle-with-time", "adjective",
         "participle-with-neither", "finite-verb", "doer-without-a-time-is-a-state"],
)  # fmt: skip
def test_told_in_passing(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert listings.told_in_passing(_verb(ps, verb)) is expected


# Session 19 (area "precision"): a participle before its noun gives a standing status.
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("US-sanctioned Wagner mercenaries were seen in the town.", "sanctioned", True),
        ("The EU-sanctioned bank opened a branch in Dubai on Monday.", "sanctioned", True),
        ("A Treasury-designated shipping firm owns the tanker.", "designated", True),
        ("The newly sanctioned banks include two lenders in Kazan.", "sanctioned", False),
        ("The United States on Monday sanctioned Wagner mercenaries in Mali.", "sanctioned",
         False),
        ("The banks sanctioned in March include two lenders in Kazan.", "sanctioned", False),
        ("On Monday the Council re-listed Bank Melli and Bank Saderat.", "listed", False),
        ("The European Union on Friday imposed travel bans and asset freezes on five members of "
         "the junta.", "imposed", False),
    ],
    ids=["hyphened-state", "hyphened-bloc", "hyphened-body", "newly", "finite-verb",
         "participle-after-its-noun", "re-listed", "misparsed-onto-a-measure"],
)  # fmt: skip
def test_attributive(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert listings.attributive(_verb(ps, verb)) is expected


# --- cluster recall v25: striking a name from a sanctions list delists it ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury struck the airline from its sanctions list on Tuesday.", True),
        ("The Treasury struck the state airline Belavia from the list of sanctioned companies.",
         True),
        ("Belavia was struck off the US sanctions list on Tuesday.", True),
        ("The Treasury struck Belavia off its blacklist on Tuesday.", True),
        # other lists, or striking a thing
        ("Officials struck the candidate from the electoral register on Tuesday.", False),
        ("The court struck the claim from the list of cases on Tuesday.", False),
        ("A drone struck a warehouse near the airport on Tuesday.", False),
    ],
    ids=["from-its-sanctions-list", "list-of-sanctioned", "passive-off", "off-its-blacklist",
         "electoral-register", "list-of-cases", "a-strike"],
)  # fmt: skip
def test_struck_off_a_sanctions_list(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    verb = next(t for t in ps.doc if t.lemma_.lower() == "strike")
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    assert listings.struck_off(verb, particles) is expected
