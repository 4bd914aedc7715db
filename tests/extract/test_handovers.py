"""Captives given up: which verbs of handing back free them (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import handovers
from detente.extract.release_triggers import group_of
from tests.extract.builders import inline


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Oman returned four Yemeni detainees on Sunday.", "returned", True),
        ("The rebels handed two hostages to the Red Cross.", "handed", True),
        ("Peru transferred 30 inmates to the ICRC on Monday.", "transferred", True),
        # into another custody, or a group told before ("return the prisoners if ...")
        ("The guards returned nine inmates to their cells.", "returned", False),
        ("Peru transferred 30 inmates to a new prison.", "transferred", False),
        ("Oman agreed to return the prisoners if the truce held.", "return", False),
        # not captives
        ("Oman returned four stolen statues on Sunday.", "returned", False),
        # a counted group of foreigners or soldiers given up in a sentence that tells a trade
        ("Peru returned 60 Chileans, and Chile freed 12 Peruvians in exchange.", "returned", True),
        ("In return, Laos transferred nine Thai soldiers on Monday.", "transferred", True),
        # the same group outside any trade (migrants sent back), or not counted
        ("Peru returned 60 Chileans who had crossed the border on Monday.", "returned", False),
        ("In return, Laos transferred the Thai soldiers to a base.", "transferred", False),
    ],
)
def test_gives_up(spacy_extractor, text, verb, expected):
    doc = spacy_extractor.nlp(text)
    (tok,) = [t for t in doc if t.text == verb]
    assert handovers.gives_up(tok) is expected


def test_captives_sent_home_in_the_passive(spacy_extractor):
    doc = spacy_extractor.nlp("Nine hostages were sent home by Oman on Sunday.")
    (sent,) = [t for t in doc if t.text == "sent"]
    group = handovers.captives_sent(sent)
    assert group is not None and group.text == "hostages"
    doc = spacy_extractor.nlp("A young woman was flown home by way of Moscow.")
    (flown,) = [t for t in doc if t.text == "flown"]
    assert handovers.captives_sent(flown) is None


# --- session 9: "sent back", and the other clause of a two-state sentence ---
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Chile freed nine Peruvian sailors, while Peru sent back twelve Chilean fishermen in a "
         "swap.", "sent", True),
        ("Oman sent back four Yemeni detainees on Sunday.", "sent", True),
        # beside another state's release in the sentence, with no word of a trade
        ("Chile freed nine Peruvian sailors, while Peru sent back twelve Chilean fishermen.",
         "sent", True),
        ("Peru sent back twelve Chilean fishermen on Sunday.", "sent", False),
        ("Benin returned 40 Togolese soldiers under the deal signed in Lomé.", "returned", True),
        # not captives, or back into custody
        ("The clinic sent back four patients on Sunday.", "sent", False),
        ("The court sent back nine inmates to prison on Monday.", "sent", False),
    ],
)  # fmt: skip
def test_captives_sent_back(spacy_extractor, text, verb, expected):
    doc = spacy_extractor.nlp(text)
    (tok,) = [t for t in doc if t.text == verb]
    assert handovers.gives_up(tok) is expected


# --- session 15: a number traded for itself; people traded for people ---
def _trigger_and_group(parsed_sentence, text: str, word: str):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == word]
    return tok, group_of(tok, ps), ps


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("In May the two sides swapped 84 for 84 at the border.", "swapped", True),
        ("Before that, a swap of 90 for 90 had ended a long freeze.", "swap", True),
        ("In June they exchanged 120 for 120 prisoners near Sumy.", "exchanged", True),
        # different numbers, or not numbers
        ("In May the two sides swapped 84 for 90 at the border.", "swapped", False),
        ("In May the two sides swapped maps for grain at the border.", "swapped", False),
        ("The fund swapped 84 bonds for new notes in May.", "swapped", False),
    ],
)
def test_a_number_traded_for_itself(parsed_sentence, text, word, expected):
    tok, group, _ = _trigger_and_group(parsed_sentence, text, word)
    assert handovers.number_for_number(tok, group) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The pianist Olga Marchenko was traded for Pavel Sorokin, a Russian courier.",
         "traded", True),
        ("The Estonian engineer was swapped for two Russian agents on Friday.", "swapped", True),
        # a pronoun (told before), an active trade (who gave whom?), things
        ("She was traded for Pavel Sorokin, a Russian courier.", "traded", False),
        ("Washington traded him for Pavel Sorokin, a Russian courier.", "traded", False),
        ("The old tanker was swapped for a newer vessel in May.", "swapped", False),
    ],
)  # fmt: skip
def test_people_traded_for_people(parsed_sentence, text, word, expected):
    tok, group, ps = _trigger_and_group(parsed_sentence, text, word)
    assert handovers.traded_for_people(tok, group, ps) is expected


# --- session 16: a handover's "to" on the clause describing the freed; flights; "gave up" ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday Laos handed six Thai soldiers, captured in the spring, to Thai officers at the "
            "bridge.",
            True,
        ),
        ("Peru handed 40 Chilean fishermen it had detained at sea back to Chile on Sunday.", True),
        ("Peru handed 40 Chilean fishermen, seized in May, to a Chilean navy vessel.", True),
        # the "to" of another clause, or no state receiving
        ("Peru handed the file to Chile, and its envoy flew back to Lima.", False),
        ("Peru handed 40 Chilean fishermen, seized in May, to a local charity.", False),
    ],
)
def test_handed_split(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.text == "handed"]
    assert handovers.handed_split(verb, ps) is expected


def test_a_clause_on_the_freed_hung_on_the_verb_is_where_they_were_held(spacy_extractor):
    doc = spacy_extractor.nlp(
        "Laos handed nine Thai fishermen, detained at a checkpoint last year, to Thai officials."
    )
    (verb,) = [t for t in doc if t.text == "handed"]
    described = {doc[i].text for i in handovers.split_description(verb)}
    assert "detained" in described and "officials" not in described


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday Bolivia put Jonas Berg, the jailed pianist, on a plane to Lima.", True),
        ("Bolivia pardoned the five prisoners and put them on a plane to Lima.", True),
        ("Bolivia put 200 prisoners on a plane to Lima on Friday.", True),
        # migrants, a flight home, a plane as the object
        ("Bolivia put 200 Peruvian migrants on a plane to Lima on Friday.", False),
        ("Bolivia put 200 prisoners on a plane to La Paz on Friday.", False),
        ("Bolivia put a new plane on the route to Lima.", False),
    ],
)
def test_put_aboard(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.text == "put"]
    assert handovers.put_aboard(verb, ps) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In return, Kyiv gave up 56 people, among them a former minister.", True),
        ("In the swap, Chile gave up nine Peruvian soldiers.", True),
        # outside a trade, or things
        ("Chile gave up nine soldiers to the court on Monday.", False),
        ("In return, Kyiv gave up 56 positions in the east.", False),
    ],
)
def test_gave_up_in_trade(spacy_extractor, text, expected):
    doc = spacy_extractor.nlp(text)
    (verb,) = [t for t in doc if t.text == "gave"]
    assert handovers.gave_up_in_trade(verb) is expected


def test_handed_to_officials_after_a_described_group_is_a_release(release_mentions):
    (m,) = release_mentions(
        "On Tuesday Laos handed eleven Thai soldiers, detained during the clashes, to Thai "
        "officials at the crossing."
    )
    assert m.actor == "LAO" and m.count is not None and m.count.value == 11
    assert release_mentions("Laos handed two boxes, packed in May, to Thai officials.") == []


def test_named_people_given_up_beside_another_release(spacy_extractor):
    doc = spacy_extractor.nlp(
        "Peru gave up two couriers, Ana Ruiz and Jonas Berg, and Chile released the pilot Tomas "
        "Vidal."
    )
    (verb,) = [t for t in doc if t.text == "gave"]
    assert handovers.gave_up_in_trade(verb)
    doc = spacy_extractor.nlp("Peru gave up two positions, Alto and Bajo, in the spring.")
    (verb,) = [t for t in doc if t.text == "gave"]
    assert not handovers.gave_up_in_trade(verb)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karl Bauer, who had served six years of a life sentence in Germany, was flown to "
         "Moscow on Thursday.", True),
        ("Luis Campo, convicted in Ohio in 2016 of smuggling, was flown to Caracas on Saturday.",
         True),
        ("Ivan Sokol, who was serving a 25-year sentence in Ohio, was flown home on Friday.", True),
        # a post served, a sentence in absentia, an arrest for trial
        ("Karl Bauer, who had served as ambassador in Germany, was flown to Moscow on Thursday.",
         False),
        ("Karl Bauer, who was sentenced in absentia, was flown to Berlin on Thursday.", False),
        ("Luis Campo, arrested in Madrid on a warrant, was flown to New York to face charges.",
         False),
    ],
)  # fmt: skip
def test_a_named_person_a_court_jailed_flown_off_is_freed(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.text == "flown"]
    assert handovers.held_flown_out(verb, ps) is expected


# --- session 24 (cluster recall): carried off by bus or car, or a name beside counted captives ---
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("In June, twelve prisoners were put on a bus to Vilnius.", "put", True),
        ("In June, eleven political prisoners were driven to Vilnius.", "driven", True),
        ("In June, Ales Rudak and nine other prisoners were put on a bus to Riga.", "put", True),
        # not captives, into another custody, or no state reached
        ("In June, eleven tourists were put on a bus to Vilnius.", "put", False),
        ("In June, the minister and two aides were driven to Vilnius.", "driven", False),
        ("In June, eleven prisoners were driven to a prison in Gomel.", "driven", False),
        ("In June, eleven prisoners were driven to the border.", "driven", False),
        ("In June, eleven prisoners were put on trial in Gomel.", "put", False),
    ],
)  # fmt: skip
def test_captives_carried_abroad_by_road_are_freed(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == verb]
    assert handovers.held_flown_out(tok, ps) is expected


# --- session 20: a lone surname the article writes as a person's elsewhere ---
def test_a_known_surname_a_court_jailed_flown_off_is_freed(parsed_sentence):
    ps = parsed_sentence(
        "Sokol, who had served twelve years of a 25-year sentence in Ohio, was flown to Moscow."
    )
    ps.names = frozenset({"Ivan", "Sokol"})
    (verb,) = [t for t in ps.doc if t.text == "flown"]
    assert handovers.held_flown_out(verb, ps)
    ps = parsed_sentence("Sokol, who had served as consul in Ohio, was flown to Moscow.")
    ps.names = frozenset({"Ivan", "Sokol"})
    (verb,) = [t for t in ps.doc if t.text == "flown"]
    assert not handovers.held_flown_out(verb, ps)


def test_a_known_surname_flown_off_after_a_term_is_a_release(spacy_extractor):
    text = (
        "Swap completed\nWASHINGTON, June 14, 2025 -- Russia freed the American teacher Dan Cole "
        "on Friday. Officials named Ivan Sokol, a Russian arms dealer, as the other half. "
        "Sokol, who had served twelve years of a 25-year sentence in Ohio, was flown to Moscow."
    )
    found = {(e.actor, e.destination) for e in spacy_extractor(inline(text)).events}
    assert ("USA", "RUS") in found
