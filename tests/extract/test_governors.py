"""Governors the head walk misread: "hoped" lemmatised "hop", instruments that only create
powers, an if-clause hung on the verb of saying (area "precision", session 17)."""

from __future__ import annotations

import pytest

from detente.extract.governors import (
    governor_lemma,
    not_yet_adopted,
    only_enabled,
    ordered_not_done,
)
from detente.extract.modality import classify
from detente.model import Modality


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Yerevan hopes to see the detainees released under a final settlement.", "released"),
        ("The two sides said they hoped to swap 900 detainees next month.", "swap"),
        ("Kyiv is hoping to exchange the captured sailors before winter.", "exchange"),
    ],
)
def test_hoped_for_acts_are_not_asserted(spacy_extractor, text, word):
    assert classify(_token(spacy_extractor.nlp, text, word)) is not Modality.ASSERTED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Belarus freed 40 prisoners on Friday, hoping to win relief.", "freed"),
        ("Hope Alliance leader Omar Said was released from prison on Tuesday.", "released"),
    ],
)
def test_hope_nearby_keeps_a_done_act(spacy_extractor, text, word):
    assert classify(_token(spacy_extractor.nlp, text, word)) is Modality.ASSERTED


def test_hope_lemma_is_mended(spacy_extractor):
    assert governor_lemma(_token(spacy_extractor.nlp, "They hoped to go.", "hoped")) == "hope"
    assert (
        governor_lemma(_token(spacy_extractor.nlp, "The rabbit hopped away.", "hopped")) != "hope"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The parliament passed a law giving the cabinet the power to impose sanctions.", "impose"),
        ("The new framework lets the bloc freeze assets of those found responsible.", "freeze"),
        ("Biden signed an order that allows the Treasury to sanction foreign banks.", "sanction"),
        ("Ministers gained the authority to freeze the assets of hackers.", "freeze"),
    ],
)
def test_powers_without_listings_are_not_acts(spacy_extractor, text, word):
    tok = _token(spacy_extractor.nlp, text, word)
    assert only_enabled(tok)
    assert classify(tok) is not Modality.ASSERTED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The European Union froze the assets of twelve officials on Monday.", "froze"),
        ("The Treasury let the oil licence lapse on Wednesday.", "lapse"),
        ("Belarus's president used his power to pardon 300 prisoners on Friday.", "pardon"),
        ("Kazakhstan let the two journalists leave the country on Sunday.", "leave"),
    ],
)
def test_acts_themselves_stay(spacy_extractor, text, word):
    assert not only_enabled(_token(spacy_extractor.nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Canada says it would ease sanctions on Minsk if the last prisoners are freed",
            "ease",
            True,
        ),
        (
            "Washington said it would lift sanctions on Belavia if Minsk freed more prisoners.",
            "lift",
            True,
        ),
        ("Minsk said on Friday it would free 20 prisoners.", "free", False),
        ("The Treasury said it would lift sanctions on the airline on Friday.", "lift", False),
    ],
)
def test_if_clause_on_the_report(spacy_extractor, text, word, expected):
    tok = _token(spacy_extractor.nlp, text, word)
    assert (classify(tok) is not Modality.ASSERTED) is expected
    if expected:
        assert classify(tok) is Modality.CONDITIONAL


def test_a_renewed_framework_is_an_act(spacy_extractor):
    text = (
        "The Council on Thursday extended by one year the framework that allows the bloc to "
        "impose restrictive measures over drilling near Cyprus."
    )
    assert not only_enabled(_token(spacy_extractor.nlp, text, "impose"))


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        (
            "A court on Tuesday ordered 15 activists released on bail, but prosecutors appealed "
            "and they remained in custody.",
            "released",
            True,
        ),
        (
            "A judge ordered that the lawyer Sami Ben Ali be released pending trial, but he was "
            "still in prison on Friday.",
            "released",
            True,
        ),
        (
            "A court ordered 15 activists released on Tuesday, and they walked out of prison "
            "hours later.",
            "released",
            False,
        ),
        (
            "The president ordered the release of 30 prisoners, but dozens of others remained "
            "in custody.",
            "release",
            False,
        ),
    ],
)
def test_an_order_the_sentence_says_was_not_carried_out(spacy_extractor, text, word, kept):
    tok = _token(spacy_extractor.nlp, text, word)
    assert ordered_not_done(tok) is kept
    assert (classify(tok) is Modality.DENIED) is kept


@pytest.mark.parametrize(
    ("text", "word", "unreal"),
    [
        (
            'A spokesman said the teacher "will be released when the legal process is complete".',
            "released",
            True,
        ),
        (
            'Officials said the detainees would be freed "once their files are reviewed".',
            "freed",
            True,
        ),
        ("Cuba will release 553 prisoners when the Pope arrives on Friday.", "release", False),
        ("Belarus freed 40 prisoners on Friday, when the amnesty took effect.", "freed", False),
    ],
)
def test_an_act_waiting_for_a_time_to_come(spacy_extractor, text, word, unreal):
    tok = _token(spacy_extractor.nlp, text, word)
    assert (classify(tok) is not Modality.ASSERTED) is unreal


@pytest.mark.parametrize(
    ("text", "word", "unreal"),
    [
        (
            "The junta said it would pardon rebels who surrender their weapons by August.",
            "pardon",
            True,
        ),
        ("Belarus said it would free 40 prisoners who are seriously ill.", "free", False),
        (
            "The envoy said the release of the three men would be a significant step.",
            "release",
            True,
        ),
        ("The envoy said the release of the three men was a significant step.", "release", False),
    ],
)
def test_offers_and_judgements_of_acts_to_come(spacy_extractor, text, word, unreal):
    tok = _token(spacy_extractor.nlp, text, word)
    assert (classify(tok) is not Modality.ASSERTED) is unreal


def test_a_scheduled_step_keeps_an_announced_act(spacy_extractor):
    text = "Lima will free the sailors once the amnesty law takes effect."
    assert not gov_waits(spacy_extractor.nlp, text)


def gov_waits(nlp, text: str) -> bool:
    from detente.extract.governors import waits_for_a_time

    return waits_for_a_time(_token(nlp, text, "free"))


# Session 18: an act to come that no named party announced is a rumour.
@pytest.mark.parametrize(
    ("text", "word", "unreal"),
    [
        ("The agency quoted unnamed officials as saying six Danes would be freed.", "freed", True),
        (
            "A source familiar with the talks said Hanoi will release the two monks.",
            "release",
            True,
        ),
        ("Per unconfirmed reports, Minsk would pardon 12 more women next month.", "pardon", True),
        ("Unnamed officials said the six Danes were freed on Monday.", "freed", False),
        ("The foreign ministry said Hanoi will release the two monks on Friday.", "release", False),
    ],
)
def test_rumoured_acts_to_come(spacy_extractor, text, word, unreal):
    tok = _token(spacy_extractor.nlp, text, word)
    assert (classify(tok) is not Modality.ASSERTED) is unreal


# Session 18: acts of a story's plot.
@pytest.mark.parametrize(
    ("text", "word", "unreal"),
    [
        (
            "In the novel's last chapter, the captured officer is exchanged for two nurses.",
            "exchanged",
            True,
        ),
        (
            "The new drama imagines a Minsk that pardons every dissident in one night.",
            "pardons",
            True,
        ),
        ("In the movie, a diplomat is released after a secret deal.", "released", True),
        ("Hanoi freed the blogger, who stars in the film, on Tuesday.", "freed", False),
        ("A documentary shows how Hanoi freed the blogger in 2023.", "freed", False),
    ],
)
def test_acts_of_a_plot(spacy_extractor, text, word, unreal):
    tok = _token(spacy_extractor.nlp, text, word)
    assert (classify(tok) is not Modality.ASSERTED) is unreal


# --- sanctions recall (session 20): a coordinated clause is not governed by its head ---
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Trump rescinded Biden's decision and put Cuba back on the list.", "put"),
        (
            "Washington rejected Moscow's protest and blacklisted the airline on Tuesday.",
            "blacklisted",
        ),
        ("No relief was offered, and on Tuesday Britain blacklisted the bank.", "blacklisted"),
        ("The pressure has not eased: last month the bloc extended its measures.", "extended"),
    ],
)
def test_a_coordinated_act_is_not_governed_by_its_head(spacy_extractor, text, word):
    assert classify(_token(spacy_extractor.nlp, text, word)) is Modality.ASSERTED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Washington did not lift the embargo or remove the hotels from its list.", "remove"),
        ("Britain refused to lift the sanctions and delist the owners.", "delist"),
        ("Officials demanded that Washington lift the sanctions and that Minsk free them.", "free"),
        ("The EU could lift the sanctions and unfreeze the assets.", "unfreeze"),
    ],
)
def test_what_governs_both_conjuncts_still_bears_on_the_second(spacy_extractor, text, word):
    assert classify(_token(spacy_extractor.nlp, text, word)) is not Modality.ASSERTED


# --- session 20 (precision): an act to come that is not made formal yet ---
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The EU said it would expand its drone sanctions on Iran, but the measures have not "
         "yet been adopted.", "expand"),
        ("Britain said it would freeze the assets of six officials, but the listings have yet to "
         "be published.", "freeze"),
        ("Belarus said it would free the two Lithuanians, though the decree has not yet been "
         "signed.", "free"),
    ],
)  # fmt: skip
def test_not_yet_adopted(spacy_extractor, text, word):
    tok = _token(spacy_extractor.nlp, text, word)
    assert not_yet_adopted(tok)
    assert classify(tok) is not Modality.ASSERTED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The EU said it would expand its drone sanctions on Iran, and the measures were "
         "adopted the same day.", "expand"),
        ("The EU said it would expand its sanctions on Iran, but the Council has not yet named "
         "the companies.", "expand"),
        ("The EU expanded its sanctions on Iran, but the list has not yet been published.",
         "expanded"),
    ],
)  # fmt: skip
def test_adopted_or_done_acts_are_not_held_back(spacy_extractor, text, word):
    assert not not_yet_adopted(_token(spacy_extractor.nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Lawmakers urged their governments to follow, but neither the EU nor the UK has "
            "announced any listing.",
            "announced",
        ),
        (
            "They discussed a deal under which the firm would pay a fine and the staff would be "
            "freed.",
            "freed",
        ),
    ],
)
def test_a_negated_or_modal_conjunct_keeps_its_own_reading(spacy_extractor, text, word):
    assert classify(_token(spacy_extractor.nlp, text, word)) is not Modality.ASSERTED
