"""Release parties: who acted when a release mention names no single state (release_parties.py)."""

from __future__ import annotations

import pytest

from detente.extract import release_parties
from detente.extract.mentions import PARTY_GROUP, PARTY_SIDES, PARTY_TOTAL


def _verb(ps, word):
    (tok,) = [t for t in ps.doc if t.text == word]
    return tok


def _subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Azerbaijan and Armenia each freed 12 detainees on Monday.", "freed", True),
        ("The two countries swapped 95 prisoners of war each on Saturday.", "swapped", True),
        ("The sides exchanged 40 soldiers apiece at the border crossing.", "exchanged", True),
        # one number for the whole swap
        ("The two countries swapped 95 prisoners of war on Saturday.", "swapped", False),
        ("Azerbaijan freed 12 detainees on Monday.", "freed", False),
    ],
)
def test_a_number_per_party(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, verb)
    assert release_parties.each(tok, _subject(tok)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Both sides released 103 servicemen in the exchange on Sunday.", "released", PARTY_SIDES),
        ("Western governments freed four Russian agents in the deal.", "freed", PARTY_GROUP),
        # a state named: the mention is that state's own act
        ("Both sides released 103 servicemen in the exchange on Sunday.", "released", None),
    ],
)
def test_an_actorless_subject_says_who_acted(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, verb)
    actors = ["RUS"] if expected is None else []
    each = release_parties.each(tok, _subject(tok))
    assert release_parties.party(tok, _subject(tok), actors, each) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("In all, 26 people were exchanged in the deal.", "exchanged", PARTY_TOTAL),
        ("Altogether 75 prisoners were released over the two days.", "released", PARTY_TOTAL),
        ("The previous swap took place in Abu Dhabi.", "swap", PARTY_GROUP),
        # a swap of people counted, and a plain release: no party of their own
        ("The swap of 26 prisoners took place in Ankara.", "swap", None),
        ("Twenty-six prisoners were released on Friday.", "released", None),
    ],
)
def test_totals_and_bare_swaps_are_no_states_act(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, verb)
    group = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next(iter(group.children), None) if group is not None else _subject(tok)
    assert release_parties.unspecific(ps, tok, group, []) == expected


# --- v24 (swap-sides): "each" hung elsewhere by the parse ---
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("In May, the two countries exchanged 1,000 prisoners each over three days.", "exchanged",
         True),
        # negative: "each" told of something else after the object
        ("In May, the two countries exchanged 1,000 prisoners over three days.", "exchanged",
         False),
    ],
)  # fmt: skip
def test_each_hung_on_the_phrase_after_the_object(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, verb)
    assert release_parties.each(tok, _subject(tok)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("On July 17 the sides traded 95 prisoners, and in June they exchanged 90 each.",
         "exchanged", PARTY_SIDES),
        # negatives: "they" frees no number per party without a swap verb or without "each"
        ("In June they freed 90 each, the ministry said.", "freed", None),
        ("In June they exchanged 90 prisoners in Istanbul.", "exchanged", None),
    ],
)  # fmt: skip
def test_they_swapping_a_number_each_are_the_sides(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, verb)
    subj = _subject(tok)
    each = release_parties.each(tok, subj)
    assert release_parties.party(tok, subj, [], each) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Ukraine's Independence Day, Russia and Ukraine each freed 115 prisoners of war.",
         ["RUS", "UKR"]),
        ("At the border, Armenia, Azerbaijan and Georgia each freed ten detainees.",
         ["ARM", "AZE", "GEO"]),
        # negatives: one state before "each"; "each" not the subject
        ("On Independence Day, Ukraine each freed 115 prisoners.", []),
        ("On Independence Day, Russia and Ukraine freed 115 prisoners each.", []),
    ],
)  # fmt: skip
def test_states_right_before_a_subject_each_are_its_actors(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, "freed")
    assert release_parties.each_run(ps, tok) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, Poland and Latvia exchanged 115 prisoners each over three days.", True),
        # negative: per day, not per party
        ("In May, Poland and Latvia exchanged 115 prisoners each day for a week.", False),
    ],
)
def test_each_before_a_later_phrase_is_per_party(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    tok = _verb(ps, "exchanged")
    assert release_parties.each(tok, _subject(tok)) is expected
