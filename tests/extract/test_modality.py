"""Modality: only acts the text asserts (or formally announces) become events."""

from __future__ import annotations

import pytest

from detente.extract.modality import classify
from detente.model import Modality

M = Modality


def trigger_modality(nlp, text: str, word: str) -> Modality:
    doc = nlp(text)
    return classify(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Belarus released 40 prisoners on Friday.", "released"),
        ("Minsk said it would release 553 prisoners.", "release"),
        ("The United States agreed to lift sanctions on potash.", "lift"),
        ("Minsk has committed to releasing the prisoners.", "releasing"),
        ("Lithuania announced it is lifting the restrictions.", "lifting"),
        ("Officials confirmed that the activists were freed.", "freed"),
        ("The Treasury will ease sanctions on the airline next week.", "ease"),
        ("Cuba freed 300 inmates on Monday, the state newspaper reported.", "freed"),
        ("Officials reported that the junta had released the monks.", "released"),
        ("The president ordered the army to free the hostages.", "free"),
        ("The release of the 40 prisoners followed the press release.", "release"),
    ],
)
def test_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Activists demanded that Belarus release all prisoners.", "release", M.DEMANDED),
        ("Rights groups called for the release of all detainees.", "release", M.DEMANDED),
        ("Free them all now.", "Free", M.DEMANDED),
        ("The EU is considering lifting sanctions.", "lifting", M.CONSIDERED),
        ("The bloc proposed easing sanctions.", "easing", M.PROPOSED),
        ("Washington threatened to impose new sanctions.", "impose", M.THREATENED),
        ("The government did not free the activists.", "free", M.DENIED),
        ("The government refused to free the activists.", "free", M.DENIED),
        ("If Belarus frees them, sanctions will be eased.", "frees", M.CONDITIONAL),
        ("The United States could lift sanctions.", "lift", M.HYPOTHETICAL),
        ("There were reports of the release of ten monks.", "release", M.CONSIDERED),
        ("Rome urged the court to order Tehran to free the woman.", "free", M.DEMANDED),
    ],
)
def test_not_asserted(spacy_extractor, text, trigger, expected):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government denied it would free the activists.", "free"),
        ("Washington would lift sanctions if Minsk freed the prisoners.", "lift"),
        ("Officials said sanctions might be eased later.", "eased"),
    ],
)
def test_never_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) != M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The government denied it would free the activists.", "free", M.DENIED),
        ("The ministry refused to say it would release the sailors.", "release", M.DENIED),
        ("Critics demanded that the junta should free the monks.", "free", M.DEMANDED),
        ("Washington would lift sanctions if Minsk freed the prisoners.", "lift", M.CONDITIONAL),
        ("Tehran would release the two Germans unless Berlin paid.", "release", M.CONDITIONAL),
        ("The bloc might ease its embargo.", "ease", M.HYPOTHETICAL),
    ],
)
def test_modal_verb_under_a_governor_or_condition(spacy_extractor, text, trigger, expected):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"Free them all," she said, holding up a banner.', "Free"),
        ('"Release our sons now," the mothers chanted.', "Release"),
    ],
)
def test_quoted_imperative_is_a_demand(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == M.DEMANDED


# --- releases: a past act inside a time or cause clause is a fact ---
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("When Hanoi freed the blogger on Monday, activists called it a token gesture.", "freed"),
        ("After Caracas released the two pilots, their union urged more talks.", "released"),
    ],
)
def test_past_act_in_a_when_clause_is_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.ASSERTED


def test_present_act_in_a_when_clause_keeps_its_governor(spacy_extractor):
    text = "Activists say they will call it a gesture only when Hanoi frees the blogger."
    assert trigger_modality(spacy_extractor.nlp, text, "frees") is not M.ASSERTED


# --- questions, provisos, and acts waiting for another party's act ---
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Will Hanoi release the four bloggers before the summit?", "release"),
        ("Did Minsk free the two students last week?", "free"),
        ("Has Caracas pardoned the union leaders yet?", "pardoned"),
    ],
)
def test_yes_no_question_is_not_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.CONSIDERED


def test_wh_question_about_a_done_act_is_asserted(spacy_extractor):
    text = "Why did Hanoi release the four bloggers last week?"
    assert trigger_modality(spacy_extractor.nlp, text, "release") is M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Lima will free the sailors once Quito lifts its sanctions.", "free"),
        ("Lima will free the sailors provided that Quito eases the embargo.", "free"),
        ("Provided that Quito eases the embargo, Lima will free the sailors.", "free"),
        ("On condition that Quito lifts its sanctions, Lima will free the sailors.", "free"),
        ("Once Quito lifts its sanctions, Lima will free the sailors.", "lifts"),
        ("Lima will free the sailors provided that Quito lifts its sanctions.", "lifts"),
    ],
)
def test_act_waiting_for_another_party_is_conditional(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.CONDITIONAL


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Lima will free the sailors once the amnesty law takes effect.", "free"),
        ("Lima freed the sailors after Quito lifts its sanctions, the headline said.", "freed"),
        ("Quito provided the aircraft that carried the freed sailors home.", "freed"),
    ],
)
def test_announced_or_done_act_stays_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Lima said it would like to see the release of the sailors.", "release", M.DEMANDED),
        ("Quito said it was working hard for the release of its sailors.", "release", M.PROPOSED),
        ("Explainer: Will Lima free the sailors before the vote?", "free", M.CONSIDERED),
        ("Lima denied it was offered a deal to trade the sailors for a spy.", "trade", M.PROPOSED),
        (
            "Lima said it would free the sailors as soon as the other side releases its men.",
            "free",
            M.CONDITIONAL,
        ),
    ],
)
def test_wished_pursued_asked_or_offered_on_condition(spacy_extractor, text, trigger, expected):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == expected


# --- v10: preconditions, aims, refusals told by a particle, acts named as demands ---
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what must happen before an act to come, however the clause is tensed
        (
            "The ministry said ties would be restored only after all the fishermen were freed.",
            "freed",
            M.CONDITIONAL,
        ),
        (
            "Quito will reopen its embassy once the sailors have been released.",
            "released",
            M.CONDITIONAL,
        ),
        ("The bloc will weigh relief until the dissidents are freed.", "freed", M.CONDITIONAL),
        # a pursued aim: infinitive of a verb of pursuit
        ("Envoys in Muscat are working to free the two aid workers.", "free", M.PROPOSED),
        ("Mediators struggled to release the crew for months.", "release", M.PROPOSED),
        # bargaining over an act is no act
        ("Diplomats spent weeks haggling over the release of the crew.", "release", M.PROPOSED),
        # refusals told by a phrasal verb
        ("The activist turned down a pardon that required a confession.", "pardon", M.DENIED),
        # an act a decision would take on a condition
        (
            "Officials told her the court would approve her release if she paid the fine.",
            "release",
            M.CONDITIONAL,
        ),
        # an act named as a demand or an aim
        (
            "The union said the freeing of all jailed miners remained its first demand.",
            "freeing",
            M.DEMANDED,
        ),
        ("The release of the crew is the ministry's main priority.", "release", M.PROPOSED),
    ],
)
def test_preconditions_aims_refusals_and_demands(spacy_extractor, text, trigger, expected):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a dated act in an after clause is a fact, even before an act to come
        ("Quito will reopen its embassy after the sailors were freed on Monday.", "freed"),
        # a past act in an after clause of a past act
        ("Sanctions were eased after the prisoners were freed.", "freed"),
        # a copula that says what the act was, not what it is wanted to be
        ("The release of the 40 prisoners was the first since 2020.", "release"),
        ("The release came after months of bargaining between the two capitals.", "release"),
    ],
)
def test_facts_beside_preconditions_stay_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) == M.ASSERTED


# --- v16 (precision): a modal reaches an act in the "by" phrase of its passive verb ---
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The bishops said the talks should be followed by the release of all detainees.",
         "release"),
        ("Any agreement must be accompanied by the freeing of the 300 prisoners.", "freeing"),
    ],
)  # fmt: skip
def test_an_act_wanted_in_a_by_phrase_is_not_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) != M.ASSERTED


def test_an_act_in_the_by_phrase_of_a_past_verb_stays_asserted(spacy_extractor):
    text = "The envoy's visit was followed by the release of 20 prisoners on Monday."
    assert trigger_modality(spacy_extractor.nlp, text, "release") == M.ASSERTED


def test_a_by_phrase_reaches_its_passive_verb_only(spacy_extractor):
    """ "called" (named) above the passive verb says nothing of the sanctions in its by phrase."""
    text = (
        "The bank, then called Nordbank Almaty, was hit by the sanctions imposed on its parent "
        "in April."
    )
    assert trigger_modality(spacy_extractor.nlp, text, "imposed") == M.ASSERTED


# Session 18 (area "precision"): "provided" read as a verb, "as long as" on the trigger.
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Oslo said it might unfreeze the funds provided the bloggers were set free.", "unfreeze"),
        ("Paris will lift the travel bans as long as the students are released.", "lift"),
        ("Rome said it might unfreeze the funds as long as the pilots were released.", "released"),
        ("Oslo said it might unfreeze the funds provided the bloggers were set free.", "set"),
    ],
)
def test_provisos_make_an_offer(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is not M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry provided buses after it freed 200 prisoners on Friday.", "freed"),
        ("Iran freed the two Britons on Monday and provided them with passports.", "freed"),
        ("Kyiv freed the sailors, who had been held for as long as a year.", "freed"),
    ],
)
def test_provided_and_long_elsewhere_keep_the_act(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.ASSERTED


# Session 19 (area "precision"): an intent told by an adjective; what a list or a colon spells out.
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Washington is determined to bring home the detained reporter.", "bring"),
        ("Tehran is keen to exchange the prisoners, its envoy said.", "exchange"),
        ("The White House said it was serious about bringing the two Americans home.", "bringing"),
        ("Officials were eager to secure the release of the hostages.", "release"),
        ("The memorandum commits both sides to discuss elections, the release of political "
         "prisoners and the lifting of sanctions.", "release"),
        ("Bukele suggested a humanitarian agreement: the return of the deportees in return for "
         "the release of 250 Venezuelan prisoners.", "release"),
    ],
)  # fmt: skip
def test_intents_and_proposals_spelled_out_are_not_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is not M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran freed the two Americans on Monday, a move officials called serious.", "freed"),
        ("The talks ended with a breakthrough, the release of 52 prisoners by Belarus on "
         "Thursday.", "release"),
        ("Belarus freed 52 prisoners on Thursday, the largest release since 2020.", "freed"),
        ("Minsk kept one promise: it freed 52 prisoners on Thursday.", "freed"),
        ("Britain froze the assets of two police commanders; Tbilisi is keen to show it can be "
         "reasonable.", "froze"),
    ],
)  # fmt: skip
def test_done_acts_beside_intents_and_appositions_stay_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.ASSERTED


# --- v20 (precision): "only after" an event, whoever its subject; "should be able to" ---
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tehran said the two Americans would be freed only after the money reached its banks.",
         "freed"),
        ("Officials said the curbs on the airline would be lifted only after the last prisoners "
         "were freed.", "lifted"),
        ("Minsk said the Lithuanians would be released only once the funds were paid.",
         "released"),
    ],
)  # fmt: skip
def test_act_only_after_something_else_is_conditional(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.CONDITIONAL


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials said the two Americans were freed only after the money reached its banks.",
         "freed"),
        ("Minsk said it would free the two Lithuanians after the court ruled on Monday.", "free"),
        ("The Treasury was able to freeze the assets of the prosecutors on Monday.", "freeze"),
        ("Mediators were able to secure the release of the two Americans on Friday.", "release"),
    ],
)  # fmt: skip
def test_done_or_dated_acts_stay_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.ASSERTED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Treasury should be able to freeze the assets of the judges.", "freeze"),
        ("London could be able to lift the sanctions on the bank by June.", "lift"),
    ],
)
def test_able_under_a_modal_is_not_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.HYPOTHETICAL


# --- cluster recall v25: a past passive in a time clause is a fact whatever its main clause ---
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("When Brittney Griner was traded for Viktor Bout in December 2022, officials insisted it "
         "was a one-off.", "traded", M.ASSERTED),
        ("After the two pilots were freed in May, the opposition demanded more releases.", "freed",
         M.ASSERTED),
        # an act to come in the time clause, or the act the main clause demands
        ("Activists insisted that when the pilots are freed they must be allowed to leave.",
         "freed", M.HYPOTHETICAL),
        ("Activists demanded that the pilots be freed when the talks end.", "freed", M.DEMANDED),
    ],
    ids=["when-was-traded", "after-were-freed", "present-passive-to-come", "demanded-subjunctive"],
)  # fmt: skip
def test_a_past_passive_in_a_time_clause(spacy_extractor, text, trigger, expected):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is expected


# --- precision (v25): acts told as on or off the agenda, or as still to come ---
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ('A spokesman said an amnesty for the protesters was "not on the agenda".', "amnesty",
         M.DENIED),
        ("Officials said the release of the Americans was off the table for now.", "release",
         M.DENIED),
        ("Diplomats said that easing the ban on potash imports was not on the agenda.", "easing",
         M.DENIED),
        ("The release of the three sailors was on the agenda of the talks in Oman.", "release",
         M.CONSIDERED),
        ("A pardon for the journalists is under discussion, a minister said.", "pardon",
         M.CONSIDERED),
        ("The Security Council has yet to lift its own sanctions on the group.", "lift",
         M.HYPOTHETICAL),
        ("Minsk has yet to free the two Lithuanians or pardon the priest.", "free",
         M.HYPOTHETICAL),
        ("The release of the crew is yet to happen, the shipowner said.", "release",
         M.HYPOTHETICAL),
    ],
)  # fmt: skip
def test_acts_on_the_agenda_or_yet_to_come_are_not_asserted(
    spacy_extractor, text, trigger, expected
):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Minsk freed 14 prisoners on Monday, though an amnesty was not on the agenda.", "freed"),
        ("The Treasury lifted the sanctions on the bank, which has yet to reopen.", "lifted"),
        ("The release of the sailors, long on the agenda of the talks, came on Friday.",
         "release"),
        ("The prisoners were freed on Monday and have yet to speak to reporters.", "freed"),
    ],
)  # fmt: skip
def test_acts_beside_an_agenda_or_a_yet_stay_asserted(spacy_extractor, text, trigger):
    assert trigger_modality(spacy_extractor.nlp, text, trigger) is M.ASSERTED
