"""Implied sides of a trade: the unnamed group a release is traded for is freed by the other
state (own sentences, through the whole extractor)."""

from __future__ import annotations

import pytest

from detente.model import Analysis, Document


def _analyse(extractor, text: str) -> Analysis:
    text = f"Prisoners freed in a swap\n\n{text}"
    doc = Document(id="t", source="t.txt", title="swap", published="2026-05-20", text=text)
    analysis: Analysis = extractor(doc)
    return analysis


def _releases(analysis: Analysis) -> list[tuple[str | None, int | None]]:
    return sorted((e.actor, e.count) for e in analysis.events if e.type == "release")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile released nine Peruvian fishermen on Tuesday in exchange for four Chilean "
            "sailors held in Callao.",
            [("CHL", 9), ("PER", 4)],
        ),
        (
            "Moldova freed six Romanian truck drivers on Monday in return for the same number of "
            "Moldovan prisoners.",
            [("MDA", 6), ("ROU", 6)],
        ),
        # where the traded group was held, not the freed's own nationality (v12)
        (
            "Peru freed the Chilean engineer Tomas Vidal on Monday in exchange for five Peruvians "
            "jailed in Bolivia.",
            [("BOL", 5), ("PER", 1)],
        ),
        (
            "Iran freed the French teacher Anne Morel on Sunday in exchange for two Iranians who "
            "had been held in Belgium.",
            [("BEL", 2), ("IRN", 1)],
        ),
        # a group with no nationality goes to the state the sentence names besides the actor
        (
            "Ghana freed three Nigerian traders on Friday in exchange for two border guards.",
            [("GHA", 3), ("NGA", 2)],
        ),
    ],
)
def test_the_group_traded_for_is_freed_by_the_other_state(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    assert _releases(analysis) == expected
    assert [len(x.events) for x in analysis.exchanges] == [2]


def test_a_release_traded_for_something_that_is_no_people_implies_nothing(spacy_extractor):
    text = "Chile released nine Peruvian fishermen on Tuesday in exchange for a fishing permit."
    assert _releases(_analyse(spacy_extractor, text)) == [("CHL", 9)]


def test_a_swap_of_two_named_states_implies_no_third(spacy_extractor):
    # session 17: both sides told by the trigger's subject; the venue's state freed no one
    text = (
        "Finland and Russia carried out their largest swap since 1990 on Friday, exchanging six "
        "Russian agents for three men convicted in Russia, in a handover at Tallinn's airport."
    )
    assert "EST" not in [a for a, _ in _releases(_analyse(spacy_extractor, text))]


def test_named_people_traded_are_not_told_twice(spacy_extractor):
    text = "Chile released nine Peruvian fishermen on Tuesday in exchange for Carlos Mendoza."
    releases = _releases(_analyse(spacy_extractor, text))
    assert ("CHL", 9) in releases and len(releases) <= 2


def _eased(analysis: Analysis) -> list[tuple[str | None, str | None]]:
    return [(e.actor, e.target) for e in analysis.events if e.type == "sanctions_eased"]


def test_relief_given_in_return_is_an_easing_aimed_at_the_releasing_state(spacy_extractor):
    text = (
        "On Monday Nicaragua freed fourteen political prisoners in return for a US waiver for "
        "the national airline."
    )
    analysis = _analyse(spacy_extractor, text)
    assert _eased(analysis) == [("USA", "NIC")]
    assert [len(x.events) for x in analysis.exchanges] == [2]


def test_an_easing_the_sentence_tells_is_not_told_twice(spacy_extractor):
    text = (
        "On Monday Turkmenistan freed eleven activists in exchange for the lifting of EU "
        "sanctions on its state gas company."
    )
    assert _eased(_analyse(spacy_extractor, text)) == [("EU", "TKM")]


def _freed(analysis: Analysis) -> list[tuple[str | None, list[str]]]:
    return sorted((e.actor, e.persons) for e in analysis.events if e.type == "release")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the named person traded for is freed by the state the text says held him; the first
        # release's own actor is the state it says held her
        (
            "Maria Lindqvist, a Swedish nurse jailed in Iran, was freed in exchange for Reza "
            "Karimi, an Iranian official held in Sweden.",
            [("IRN", ["Maria Lindqvist"]), ("SWE", ["Reza Karimi"])],
        ),
        # a mediator's exchange of one named person for another
        (
            "Oman brokered the exchange of Anna Berg, a Danish aid worker held in Iran, for "
            "Hamid Rostami, an Iranian national jailed in Denmark.",
            [("DNK", ["Hamid Rostami"]), ("IRN", ["Anna Berg"])],
        ),
        # people received in return, the parse reading "in return X" as one noun phrase
        (
            "Chile freed Jorge Salas, a Peruvian trader, and received in return Pablo Reyes, who "
            "had been held in Peru since 2021.",
            [("CHL", ["Jorge Salas"]), ("PER", ["Pablo Reyes"])],
        ),
        # recall (v18): no freeing state told; the people traded for belong to the state that
        # freed the first side, and the first side's nationality is the state that held them
        (
            "Last spring two Canadians were freed in return for Omar Haddad, a Syrian smuggler "
            "serving a prison term in Ontario.",
            [("CAN", ["Omar Haddad"]), ("SYR", [])],
        ),
        # a dual nationality is its first ("an Iranian-Canadian engineer": Iran)
        (
            "In May the Swiss teacher Laura Weiss was traded in Doha for Karim Sadeghi, an "
            "Iranian-Canadian engineer accused of smuggling.",
            [("CHE", ["Karim Sadeghi"]), ("IRN", ["Laura Weiss"])],
        ),
        (
            "In March the Swedish aid worker Erik Holm was exchanged for Dmitry Volkov, a Russian "
            "pilot accused of spying.",
            [("RUS", ["Erik Holm"]), ("SWE", ["Dmitry Volkov"])],
        ),
    ],
)
def test_named_people_traded_for_are_freed_by_their_holder(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    assert _freed(analysis) == expected
    assert [len(x.events) for x in analysis.exchanges] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia freed five Turks on Sunday. Going the other way were three Armenian "
            "truck drivers whom Turkey had jailed.",
            [("ARM", 5), ("TUR", 3)],
        ),
        (
            "Peru handed over nine Chilean fishermen on Friday. In the opposite direction went "
            "four Peruvian sailors held by Chile.",
            [("CHL", 4), ("PER", 9)],
        ),
    ],
)
def test_people_sent_the_other_way_are_freed_by_their_jailer(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    assert _releases(analysis) == expected
    assert [len(x.events) for x in analysis.exchanges] == [2]


def test_the_other_way_of_no_people_is_no_release(spacy_extractor):
    text = "Armenia freed five Turks on Sunday. Going the other way were 3 percent of exports."
    assert _releases(_analyse(spacy_extractor, text)) == [("ARM", 5)]


# --- session 9: people sent "the other way" in a clause after a release of the same sentence ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia freed eleven Armenian drivers on Sunday, and seven Georgian students held "
            "in Yerevan went the other way an hour later.",
            [("ARM", 7), ("GEO", 11)],
        ),
        (
            "Forty Lithuanian prisoners were returned from Belarusian captivity on Monday, and "
            "the same number of Belarusian convicts went the other way.",
            [("BLR", 40), ("LTU", 40)],
        ),
        (
            "Kenya handed over thirty Somali fishermen, while twelve Kenyan herders came back "
            "in the opposite direction.",
            [("KEN", 30), ("SOM", 12)],
        ),
    ],
)
def test_people_going_the_other_way_are_the_other_sides_release(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    assert _releases(analysis) == expected


def test_going_the_other_way_with_no_release_before_it_implies_nothing(spacy_extractor):
    text = "Georgia lifted a ban on Armenian trucks, and the buses went the other way."
    assert _releases(_analyse(spacy_extractor, text)) == []
    text = "Georgia freed eleven Armenian drivers on Sunday, and the convoy went the other way."
    assert _releases(_analyse(spacy_extractor, text)) == [("GEO", 11)]


# --- session 12 (recall): people going the other way told mid-sentence or by name ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus freed the Polish priest Marek Zielinski on Sunday. Coming back the other "
            "way was Ivan Sokolov, a Belarusian engineer convicted in Warsaw of espionage.",
            [("BLR", 1), ("POL", 1)],
        ),
        (
            "Georgia freed eleven Armenian drivers on Sunday. Hours later seven Georgian "
            "students held in Yerevan were sent the other way.",
            [("ARM", 7), ("GEO", 11)],
        ),
    ],
)
def test_people_sent_the_other_way_mid_sentence_are_freed(spacy_extractor, text, expected):
    assert _releases(_analyse(spacy_extractor, text)) == expected


def test_the_other_way_of_no_state_or_no_people_is_no_release(spacy_extractor):
    text = "Belarus freed eleven Polish drivers on Sunday. The empty buses went the other way."
    assert _releases(_analyse(spacy_extractor, text)) == [("BLR", 11)]


# --- the head noun of people traded back settles their category (session 14) ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade or a soldier's noun: other, whatever their nationality
        (
            "Chile released nine Peruvian fishermen on Tuesday in exchange for four Chilean "
            "sailors held in Callao.",
            [("CHL", "other"), ("PER", "other")],
        ),
        (
            "Russia released 45 Ukrainian soldiers on Monday in return for three Russian pilots.",
            [("RUS", "other"), ("UKR", "other")],
        ),
        # a nationality used as the noun: foreigners
        (
            "Russia freed 90 Ukrainian soldiers on Monday in exchange for 90 Russians.",
            [("RUS", "other"), ("UKR", "foreign_nationals")],
        ),
    ],
)
def test_people_traded_back_take_their_head_nouns_category(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    found = sorted((e.actor, e.category) for e in analysis.events if e.type == "release")
    assert found == expected


# --- v16 (precision): a group deported by one state into another's prison is freed by the
# state of the prison ---
def test_a_group_deported_into_a_prison_abroad_is_freed_by_the_prisons_state(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "Honduras released six Mexican truckers on Friday in exchange for 120 Hondurans whom "
        "Mexico had deported to a high-security prison in Guatemala.",
    )
    assert _releases(analysis) == [("GTM", 120), ("HND", 6)]


# --- v21 (release-recall): a named person traded for, described by a nationality before the
# name, goes home: the state that held them is the other party of the article ---
def test_a_named_person_traded_for_with_a_nationality_before_the_name(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "Relations between Washington and Moscow remain tense. In March, Lisa Grant, an American "
        "nurse, was released in exchange for the Russian hacker Dmitry Volkov.",
    )
    found = sorted((e.actor, e.persons[0]) for e in analysis.events if e.type == "release")
    assert found == [("RUS", "Lisa Grant"), ("USA", "Dmitry Volkov")]


def test_a_named_person_traded_for_with_no_nationality_implies_no_side(spacy_extractor):
    # negative: nothing says whose the traded man is: no guessed release for him
    analysis = _analyse(
        spacy_extractor,
        "Relations between Washington and Moscow remain tense. In March, Lisa Grant, an American "
        "nurse, was released in exchange for the hacker Dmitry Volkov.",
    )
    assert all("Dmitry Volkov" not in e.persons for e in analysis.events if e.actor == "USA")


# --- v21 (release-recall): one foreigner traded for, misparsed as the subject of a participle;
# a span of time a misparse gives as the object traded for is no people ---
def test_one_foreigner_traded_for_is_freed_by_the_other_side(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "In June, the Taliban freed two Germans in a trade for an Afghan serving a life sentence "
        "in Berlin.",
    )
    assert _releases(analysis) == [("AFG", 2), ("DEU", 1)]


def test_a_span_of_time_traded_for_is_no_group(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "In June, Cuba freed two Turks in a trade for a Cuban serving twenty years in Turkey.",
    )
    assert ("TUR", 20) not in _releases(analysis)


# --- v22 (swap-sides): the other side of "freed X in exchange for Y" when the trade's phrase is
# hung elsewhere by the parse, when its people are named only with an unnamed relative clause,
# when its captors are the other state's forces, when it names no holder at all ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare participle after the freed, parsed as a clause of its own
        (
            "Syria on Monday freed the Danish nurse Karen Holt, detained for two years, in "
            "exchange for Omar Haddad, a Syrian engineer serving nine years in Denmark.",
            [("DNK", 1), ("SYR", 1)],
        ),
        # the trade's phrase hung on the verb of saying that governs the release
        (
            "Belarus on Friday freed Jonas Petraitis, the Lithuanian trucker it arrested last "
            "spring, in exchange for Pavel Sokol, a Belarusian officer convicted of espionage, "
            "Lithuanian officials said.",
            [("BLR", 1), ("LTU", 1)],
        ),
        # a name in the clause after the traded group does not make it a named object
        (
            "Armenia freed the Azerbaijani driver Elchin Aliyev on Monday in return for six "
            "Armenian farmers captured by Azerbaijani troops, an aide to President Nikol "
            "Pashinyan said.",
            [("ARM", 1), ("AZE", 6)],
        ),
    ],
)
def test_the_other_side_of_a_trade_misparsed(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    assert _releases(analysis) == expected
    assert [len(x.events) for x in analysis.exchanges] == [2]


def test_relatives_traded_for_are_freed_by_their_jailer_as_other(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "In March, Nicaragua freed five Costa Ricans in exchange for two sons of the interior "
        "minister Jorge Ruiz who had been jailed in Costa Rica.",
    )
    assert _releases(analysis) == [("CRI", 2), ("NIC", 5)]
    (sons,) = [e for e in analysis.events if e.actor == "CRI"]
    assert sons.category == "other"  # kinship nouns (session 22)


def test_the_freed_take_the_home_of_the_group_traded_for_when_its_release_is_told(
    spacy_extractor,
):
    analysis = _analyse(
        spacy_extractor,
        "He was freed in May in exchange for two Libyans who had been jailed in Malta; the two "
        "were released by Maltese authorities and flown to Tripoli.",
    )
    assert _releases(analysis) == [("LBY", 1), ("MLT", 2)]


def test_a_named_person_traded_with_no_holder_or_home_is_not_guessed(spacy_extractor):
    # precision: with neither holder nor nationality told, the article's "other party" is often
    # only the swap's venue or go-between (probes precision-v13/go-betweens-are-no-side,
    # precision-v17/swap-site-is-no-side, numbers14/both-sides-exchanged)
    for text in (
        "Iran freed the teacher Laura Finch in exchange for the engineer Kamran Rostami, with "
        "Swiss diplomats acting as go-betweens.",
        "Iran freed the teacher Laura Finch in exchange for the engineer Kamran Rostami. The two "
        "were exchanged on the tarmac in Doha.",
    ):
        found = [(e.actor, e.persons) for e in _analyse(spacy_extractor, text).events]
        assert found == [("IRN", ["Laura Finch"])], text


def test_captors_named_only_as_a_place_of_capture_give_no_holder(spacy_extractor):
    # negative: "seized in Iraq" tells where, not who held them
    analysis = _analyse(
        spacy_extractor,
        "Jordan freed the Syrian smuggler Ali Kassem on Monday in return for nine Jordanian "
        "truckers seized in Iraq.",
    )
    assert ("IRQ", 9) not in _releases(analysis)


# --- v24 (swap-sides): passive trades. "A's people were exchanged for the same number of B's
# troops": B freed A's people and A freed B's; a name traded for, described only by the noun it
# stands beside ("the Russian pilot X"), belongs to that noun's country; a name traded for with
# nothing in its sentence saying whose it is goes to the state the article tells the releaser
# trading with elsewhere, never to a venue ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty Georgian shepherds were exchanged for the same number of Russian troops on "
            "Monday.",
            [("GEO", 40), ("RUS", 40)],
        ),
        (
            "Twelve Armenian soldiers were swapped for the same number of Azerbaijani troops at "
            "the border on Friday.",
            [("ARM", 12), ("AZE", 12)],
        ),
    ],
)
def test_a_passive_trade_of_two_peoples_frees_each_by_the_other(spacy_extractor, text, expected):
    analysis = _analyse(spacy_extractor, text)
    assert _releases(analysis) == expected
    assert [len(x.events) for x in analysis.exchanges] == [2]


@pytest.mark.parametrize(
    "text",
    [
        # negative: the same words with no trade and with no people traded for
        "Forty Georgian shepherds were freed on Monday, Russian troops said.",
        "Forty Georgian shepherds were exchanged for the same number of sheep on Monday.",
    ],
)
def test_no_trade_or_no_people_traded_gives_one_release(spacy_extractor, text):
    assert _releases(_analyse(spacy_extractor, text)) == [("GEO", 40)]


def test_a_name_beside_a_nationality_noun_is_that_nations(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "In April, the American Marine Tom Reyes was exchanged for the Russian pilot Oleg Marov, "
        "who had served ten years in prison.",
    )
    found = sorted((e.actor, e.persons[0]) for e in analysis.events if e.type == "release")
    assert found == [("RUS", "Tom Reyes"), ("USA", "Oleg Marov")]


def test_a_name_traded_for_goes_to_the_releasers_partner_elsewhere(spacy_extractor):
    analysis = _analyse(
        spacy_extractor,
        "Russia freed the American teacher Paul Stone on Monday in exchange for two Russian "
        "pilots held in the United States. In March, Russia released the singer Ada Kim in "
        "exchange for Ivan Sorokin, an arms dealer.",
    )
    assert ("USA", ["Ivan Sorokin"]) in _freed(analysis)
    assert len(analysis.exchanges) == 2


@pytest.mark.parametrize(
    "text",
    [
        # negatives: no other trade in the article, or the releaser trades with two states alike
        "In March, Russia released the singer Ada Kim in exchange for Ivan Sorokin, an arms dealer.",
        "Russia freed two Polish truckers on Monday in exchange for two Russians held in Poland, "
        "and three Latvians in exchange for a Russian held in Latvia. In March, Russia released "
        "the singer Ada Kim in exchange for Ivan Sorokin, an arms dealer.",
    ],
)
def test_a_name_traded_for_with_no_single_partner_implies_no_side(spacy_extractor, text):
    assert all("Ivan Sorokin" not in e.persons for e in _analyse(spacy_extractor, text).events)
