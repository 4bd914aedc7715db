"""Frames that keep an act unreal where no governing head says so (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract.modality import classify
from detente.model import Modality


def modality(spacy_extractor, text: str, word: str) -> Modality:
    doc = spacy_extractor.nlp(text)
    return classify(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Crowds outside the embassy were chanting for him to be freed.", "freed"),
        ("Students prayed for the nine fishermen held by Iran to be freed.", "freed"),
        ("Diplomats said any new release of political prisoners would be welcome.", "release"),
        ("A prisoner release could ease tensions, analysts said.", "release"),
        (
            "Ministers argued that pardoning the former mayor would undermine the courts.",
            "pardoning",
        ),
        ("Washington ties $80m of military aid to the release of twelve detainees.", "release"),
        (
            "The rebels have linked any progress in the talks to the release of their commander.",
            "release",
        ),
        (
            "The movement has made the release of its founder a condition of any agreement.",
            "release",
        ),
        ("Maduro said he would talk the day Washington lifts its sanctions.", "lifts"),
        ('State television announced that the blogger had been "freed".', "freed"),
        ("He was sent back to his cell without having been processed for release.", "release"),
        ("The court cut his term, a ruling far from the release his family had sought.", "release"),
        ("The minister said he would not back a bill that freed people accused of arson.", "freed"),
        ("Both sides agreed in principle on a further exchange of 500 prisoners.", "exchange"),
        ("The delegations spoke of releasing all wounded prisoners.", "releasing"),
        ("The group repeated its demand that the reporters held in Ankara be freed.", "freed"),
        ("A spokesman said the sailors would be freed once their files are reviewed.", "freed"),
        ("Traders were pricing in the lifting of restrictions on the potash producer.", "lifting"),
        ("The platform's release comes as the trial of the publisher nears its end.", "release"),
        ("The Holy See has proposed to both capitals an exchange of all prisoners.", "exchange"),
        ("Kidnappers demand release of fighters held in Niger", "release"),
        ("Appeal court trims activist's sentence, but not by enough to free him", "free"),
        (
            "The minister said Asmara would hand back the soldiers it captured if Addis Ababa "
            "renounced its claims.",
            "hand",
        ),
        ("Her album, due for release in July, was written in exile.", "release"),
        ("None of them would be eligible for release for at least 20 years.", "release"),
        ("They would judge the talks by how many were released.", "released"),
        ("Tehran is prepared to exchange all the prisoners it holds.", "exchange"),
        ("The conventions require them to be released unconditionally.", "released"),
        ("Her lawyer said the leave fell far short of a release.", "release"),
        (
            "Asked whether an exchange was under discussion, the spokesman declined to comment.",
            "exchange",
        ),
        ("Rights groups renewed their call on Asmara to free the jailed editor.", "free"),
        ("The bloc reiterates its appeal to Minsk to release all political prisoners.", "release"),
        ("Her name was on a list of prisoners to be pardoned before the visit.", "pardoned"),
        (
            "The releases followed a protocol signed in Arusha in May, under which each"
            " government agreed to free the other's fishermen.",
            "free",
        ),
        (
            "They were handed over under an accord signed last year, which committed both"
            " countries to release each other's citizens held without trial.",
            "release",
        ),
        (
            "The handover followed the truce statement, which commits the two sides to an"
            " exchange of all prisoners of war.",
            "exchange",
        ),
        ("Officials said the release of the engineers would depend on a court ruling.", "release"),
        ("The dissident was on the verge of being freed in a swap when he died in May.", "freed"),
        (
            "The plan tabled by the mediators would see the sick and wounded captives freed in"
            " a first stage.",
            "freed",
        ),
        ("Tehran says the release of the sailors depends on the return of its tanker.", "release"),
        ("Markets rallied ahead of the expected release of four sailors held in Yemen.", "release"),
        ("The planned exchange of 300 prisoners was put off again on Monday.", "exchange"),
    ],
)
def test_framed_acts_are_not_asserted(spacy_extractor, text, word):
    assert modality(spacy_extractor, text, word) is not Modality.ASSERTED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A court ordered that they be freed pending investigation.", "freed"),
        ("Minsk said it would release 40 prisoners on Friday.", "release"),
        ("He was released without charge on Sunday.", "released"),
        ("Moscow completed an exchange of 90 prisoners with Kyiv on Saturday.", "exchange"),
        ("The release of the journalists came after weeks of talks.", "release"),
        ("Belarus freed 52 prisoners after Washington lifted sanctions on the airline.", "freed"),
        ("The release was linked to the easing of sanctions on the airline.", "easing"),
        ("Minsk answered the appeal by freeing fourteen prisoners on Monday.", "freeing"),
        ("The two nurses, the first captives to be freed since May, flew home.", "freed"),
        ("The blogger was among the first to be let go.", "let"),
        ("Under the deal, which Minsk signed on Monday, Belarus freed 14 prisoners.", "freed"),
        ("Hanoi freed 30 fishermen on Friday, which Manila had agreed to reward.", "freed"),
        (
            "Ottawa follows the bloc, which agreed on Monday to suspend its curbs on the airline.",
            "suspend",
        ),
        ("The release of the sailors on Monday depended on a swap agreed in Doha.", "release"),
        ("The first stage of the truce saw 33 hostages freed in return for prisoners.", "freed"),
        ("The long-awaited release of the two engineers came on Sunday.", "release"),
    ],
)
def test_told_acts_stay_asserted(spacy_extractor, text, word):
    assert modality(spacy_extractor, text, word) is Modality.ASSERTED
