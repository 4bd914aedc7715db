"""Who stands where around a release: go-betweens, nationalities of the freed, traded people."""

from __future__ import annotations

import pytest

from detente.extract import dates, sides
from detente.extract.mentions import ParsedSentence
from detente.extract.sentences import Sentence


@pytest.fixture(scope="module")
def parse(spacy_extractor):
    def run(text: str) -> ParsedSentence:
        doc = spacy_extractor.nlp(text)
        places = spacy_extractor.gazetteer.find_places(doc)
        return ParsedSentence(Sentence(0, 0, len(text), text), doc, places, dates.find(text, None))

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A swap brokered by Qatar brought home 40 Armenians.", {"QAT"}),
        ("Qatar freed two Kenyans in a deal mediated by Oman.", {"OMN"}),
        # named as a party elsewhere in the sentence: not only a go-between
        ("Oman freed two Kenyans in a deal brokered by Oman and Qatar.", {"QAT"}),
        ("Qatar freed two Kenyans.", set()),
    ],
)
def test_mediators(parse, text, expected):
    assert sides.mediators(parse(text)) == expected


def test_traded_people_are_read_in_the_triggers_clause(parse):
    ps = parse(
        "Denmark freed Ali Karimi in June in a swap for the teacher Sarah Jones; Norway sent the "
        "banker David Miller home in return for the aid worker Emma Hansen."
    )
    freed = next(t for t in ps.doc if t.lower_ == "freed")
    sent = next(t for t in ps.doc if t.lower_ == "sent")
    assert sides.traded_for(ps, freed) == ["Sarah Jones"]
    assert sides.traded_for(ps, sent) == ["Emma Hansen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "let X go" is one act: the trade phrase the parser hangs on "go" is the release's
        (
            "On Friday Norway let the engineer Paul Hartley go in exchange for Oleg Sorokin, an "
            "agent jailed in Oslo.",
            ["Oleg Sorokin"],
        ),
        ("Iran let him go in a swap for the banker Ali Rahimi.", ["Ali Rahimi"]),
        # no trade phrase on the "go": nobody is traded
        ("Norway let the engineer Paul Hartley go after six years in prison.", []),
        # a clause of its own (not the "go" of "let"): its trade is not the release's
        (
            "Norway let Paul Hartley go, and Russia freed Oleg Sorokin in exchange for Anna Berg.",
            [],
        ),
    ],
)
def test_a_trade_on_the_go_of_let_go_is_the_releases(parse, text, expected):
    ps = parse(text)
    let = next(t for t in ps.doc if t.lower_ == "let")
    assert sides.traded_for(ps, let) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Kazakhstan freed the Chinese blogger Wang Lei on Monday and received in return the "
            "Kazakh engineer Nurlan Abenov.",
            "freed",
            ["Nurlan Abenov"],
        ),
        (
            "Oman on Friday brokered the exchange of Claire Martin, a French teacher held in "
            "Tehran, for Ali Rezaei, an Iranian engineer jailed in Lyon.",
            "exchange",
            ["Ali Rezaei"],
        ),
        # received, but not in return: nobody is traded
        ("Chile freed Ana Ruiz and received Pedro Soto's family.", "freed", []),
    ],
)
def test_people_received_in_return_or_traded_for_are_read(parse, text, trigger, expected):
    ps = parse(text)
    tok = next(t for t in ps.doc if t.lower_ == trigger)
    assert sides.traded_for(ps, tok) == expected


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # where the trade happened is not its other side
        (
            "The pilot Tom Hale, jailed in Russia, was swapped in Doha for the banker Ivan Sorokin.",
            [("RUS", ["Tom Hale"])],
        ),
        (
            "On Friday the nurse Ada Kim was released by Iran at Muscat airport in exchange for "
            "the engineer Reza Amini.",
            [("IRN", ["Ada Kim"])],
        ),
        # a state named as the side that gave the other person is
        (
            "The pilot Tom Hale was freed by Russia in exchange for Ivan Sorokin, a banker held "
            "in Germany.",
            [("RUS", ["Tom Hale"]), ("DEU", ["Ivan Sorokin"])],
        ),
        # nor the state whose people acted as go-betweens (session 13)
        (
            "Russia freed the pilot Tom Hale in exchange for Ivan Sorokin, with Swiss diplomats "
            "acting as go-betweens.",
            [("RUS", ["Tom Hale"])],
        ),
    ],
)
def test_the_venue_of_a_trade_is_not_its_other_side(release_mentions, text, actors):
    assert [(m.actor, m.persons) for m in release_mentions(text)] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # precision (v17): a place's part ("the tarmac of X airport") where a swap was carried out
        (
            "Russia freed the singer Ada Kim on Friday in exchange for the smuggler Ivan Sorokin, "
            "in a swap carried out on the tarmac of Doha airport.",
            [("RUS", ["Ada Kim"])],
        ),
        (
            "Iran released the nurse Ada Kim in exchange for Reza Amini, an engineer held in "
            "Belgium, in a trade conducted at Oman's Muscat airport.",
            [("IRN", ["Ada Kim"]), ("BEL", ["Reza Amini"])],
        ),
    ],
)
def test_where_a_swap_was_carried_out_is_no_side(release_mentions, text, actors):
    assert [(m.actor, m.persons) for m in release_mentions(text)] == actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The waiver was issued in return for the release of four detainees.", True),
        (
            "Ottawa decided to lift some measures in exchange for the release of the activists.",
            True,
        ),
        ("The pilot was let go in return for the release of two smugglers.", False),
        ("Kyiv freed 40 soldiers in exchange for the release of 40 of its own.", False),
    ],
)
def test_a_release_traded_for_sanctions_relief(parse, text, expected):
    ps = parse(text)
    release = [t for t in ps.doc if t.lower_ == "release"][-1]
    assert sides.given_relief(release) is expected


# --- v21 (release-recall): the object of a trade's "for" read as the subject of the participle
# after it ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In June, the Taliban freed two Germans in a trade for an Afghan serving a life "
            "sentence in Berlin.",
            ["Afghan"],
        ),
        (
            "In June, Russia freed two Americans in a trade for a Russian serving a long sentence "
            "in Texas.",
            ["Russian"],
        ),
    ],
)
def test_traded_object_read_as_a_participles_subject(parse, text, expected):
    ps = parse(text)
    verb = next(t for t in ps.doc if t.text == "freed")
    assert [t.text for t in sides.traded_objects(verb)] == expected


def test_a_participle_after_a_for_of_no_trade_trades_nothing(parse):
    # negative: the same participle after a "for" that is no trade's
    ps = parse(
        "In June, the Taliban freed two Germans, thanking Qatar for an envoy serving as a "
        "go-between in Doha."
    )
    verb = next(t for t in ps.doc if t.text == "freed")
    assert sides.traded_objects(verb) == []
