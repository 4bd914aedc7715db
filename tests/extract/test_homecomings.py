"""Homecomings: people a state held arriving home are freed by it (own sentences, session 16)."""

from __future__ import annotations

import pytest

from detente.extract import homecomings

from .builders import inline


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # held, then arriving by boat or stepping off a craft
        (
            "Four Thai fishermen detained by Cambodian police in May returned to the port of Trat "
            "on Friday.",
            "returned",
            True,
        ),
        (
            "Three Filipino sailors detained by Chinese coast guards stepped off a ferry in Manila "
            "on Friday.",
            "stepped",
            True,
        ),
        # nobody said to have held them
        ("Four Thai fishermen returned to the port of Trat on Friday.", "returned", False),
        ("Three Filipino tourists stepped off a ferry in Manila on Friday.", "stepped", False),
    ],
)
def test_people_held_arriving_by_sea_come_home(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == verb]
    assert homecomings.homecoming(tok, ps) is expected


def test_the_subject_of_an_arrival_after_held_since_is_the_held(parsed_sentence):
    from detente.extract.handovers import held_since_subject

    ps = parsed_sentence(
        "Two hundred Peruvians who had been held in a Chilean prison since March arrived at "
        "Lima airport on Friday."
    )
    (verb,) = [t for t in ps.doc if t.text == "arrived"]
    group = held_since_subject(verb, ps)
    assert group is not None and group.text == "Peruvians"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # leaving custody where they were held
        ("The engineer walked out of a prison in Tripoli on Monday.", "walked", True),
        ("The activist walked free from a jail in Caracas on Friday.", "walked", True),
        ("The student left prison in Moscow on Tuesday.", "left", True),
        # a journey somewhere: their nationality may tell where they went
        ("Ninety Ukrainians returned home on Friday.", "returned", False),
        ("The engineer flew to Tehran on Sunday.", "flew", False),
        ("The engineer walked to the embassy on Sunday.", "walked", False),
    ],
)
def test_leaving_custody_is_no_journey(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == verb]
    assert homecomings.left_free(tok) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a journey: the people's nationality may tell where they went
        ("Ninety Ukrainians returned home on Friday.", "returned", True),
        ("The engineer flew to Tehran on Sunday.", "flew", True),
        # freed where they were held, or leaving custody: no journey
        ("Belarus freed the Lithuanians on Friday.", "freed", False),
        ("The journalist was pardoned on Monday.", "pardoned", False),
        ("The engineer walked out of a prison in Tripoli on Monday.", "walked", False),
    ],
)
def test_only_a_journey_says_where_people_went(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == verb]
    assert homecomings.homeward(tok) is expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a national of the state that frees them, whose case a second state took up: leaving
        # prison at home is no homecoming from that second state
        (
            "Karim Haddad, the Libyan engineer whose arrest caused an outcry in France, walked "
            "out of a prison in Tripoli on Monday after the president pardoned him. French "
            "officials thanked the Libyan government and Paris welcomed the news.",
            "LBY",
        ),
        (
            "Olga Petrova, the Russian student whose detention angered Germany, left prison in "
            "Moscow on Tuesday after a Russian court cut her sentence. Berlin praised the "
            "decision and Germany's chancellor called for more releases.",
            "RUS",
        ),
    ],
)
def test_a_national_walking_out_at_home_is_freed_by_their_state(spacy_extractor, text, actor):

    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert [e.actor for e in events] == [actor]


def test_nationals_going_home_are_freed_by_the_other_party(spacy_extractor):

    text = (
        "Russia and Ukraine exchanged prisoners on Friday in a deal brokered by the Emirates. "
        "Ninety Ukrainians returned home on Friday, officials in Kyiv said."
    )
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert "RUS" in {e.actor for e in events}


# --- v24 (swap-sides): "returned to each side" gives each party its people back ---
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("On 5 March, two hundred prisoners were returned to each side.", "returned", True),
        ("On 5 March, forty prisoners were handed to each side at the border.", "handed", True),
        # negatives: not a verb of giving back; no "each"
        ("On 5 March, two hundred prisoners were sent to each side of the camp.", "sent", False),
        ("On 5 March, two hundred prisoners were returned to the other side.", "returned", False),
    ],
)
def test_returned_to_each_side_is_a_number_per_party(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == verb]
    assert homecomings.each_side(tok) is expected
