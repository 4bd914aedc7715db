"""Release triggers told by the way each party's people went (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract.mentions import PARTY_SIDES
from detente.extract.release_triggers import candidates, group_of, trigger_head


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On March 3, eighty prisoners of war went each way.", 80),
        ("In May, sixty prisoners went home on each side.", 60),
        ("On June 2, 120 detainees were swapped on each side.", 120),
    ],
)
def test_a_number_per_party_is_one_act_of_each_side(release_mentions, text, count) -> None:
    found = [m for m in release_mentions(text) if m.count is not None]
    assert [(m.party, m.count.value) for m in found] == [(PARTY_SIDES, count)]


@pytest.mark.parametrize(
    "text",
    [
        "The delegates went each way after the talks.",
        "On March 3, eighty tourists went home.",
        "Forty trucks went each way across the bridge.",
    ],
)
def test_no_side_or_no_captives_no_act(release_mentions, text) -> None:
    assert [m for m in release_mentions(text) if m.party == PARTY_SIDES] == []


def test_several_words_of_a_nationality_are_people(release_mentions) -> None:
    (m,) = release_mentions("Indonesia freed six Papua New Guineans on Wednesday.")
    assert m.actor == "IDN" and m.count is not None and m.count.value == 6


@pytest.mark.parametrize(
    ("text", "actor", "count"),
    [
        ("Six Peruvian fishermen held in Ecuador walked across the border bridge on Monday.",
         "ECU", 6),
        ("Ten Cambodian workers detained by Thailand walked back over the border on Sunday.",
         "THA", 10),
        ("Three Chilean sailors held by Peru were sent home across the frontier on Friday.",
         "PER", 3),
        ("Twelve Nepali porters detained by China crossed the border on Sunday.", "CHN", 12),
    ],
)  # fmt: skip
def test_people_held_crossing_a_border_are_freed_by_their_captor(
    release_mentions, text, actor, count
) -> None:
    found = [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)]
    assert found == [(actor, count)]


@pytest.mark.parametrize(
    "text",
    [
        "Six Peruvian tourists walked across the border bridge on Monday.",  # held by no one
        "Six fishermen held in Ecuador walked into the courtroom on Monday.",  # no crossing
        "Six Peruvian tourists crossed the border on Monday.",
    ],
)
def test_crossing_without_a_captor_or_a_border_is_no_release(release_mentions, text) -> None:
    assert release_mentions(text) == []


# --- recall (v11): releases told with no release verb ---
@pytest.mark.parametrize(
    ("text", "actor", "count"),
    [
        ("The handover of six Latvian fishermen held in Russia took place at the border on Friday.",
         "RUS", 6),
        ("Nine Georgian shepherds detained in Azerbaijan left prison on Tuesday.", "AZE", 9),
        ("Moldova sent back four Romanian truck drivers it had detained on Sunday.", "MDA", 4),
        ("Peru returned eleven Bolivian nationals who had been held in Puno on Monday.", "PER", 11),
        ("Forty prisoners held in Eritrea were flown to Khartoum on Thursday.", "ERI", 40),
        ("Jordan handed twelve Syrian detainees to Syrian army officers at the crossing on Monday.",
         "JOR", 12),
        # recall (v18): one foreigner given back, told as held by the object itself
        ("Greece returned a Turkish soldier it had detained near the border on Monday.", "GRC", 1),
        ("Peru returned an Ecuadorian sailor, Luis Mora, who had been held in Tumbes since May.",
         "PER", 1),
    ],
)  # fmt: skip
def test_wordings_with_no_release_verb(release_mentions, text, actor, count) -> None:
    found = [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)]
    assert found == [(actor, count)]


@pytest.mark.parametrize(
    "text",
    [
        "The handover of power to the new government took place on Monday.",
        "The handover of the documents to the police took place on Monday.",
        "Nine Georgian shepherds detained in Azerbaijan left prison for surgery and must return.",
        "Two inmates left prison on a three-day furlough on Friday.",
        "He said he would leave prison only to go home to his village.",
        "Moldova sent back four Romanian children to their families on Sunday.",
        "Russia returned 500 Ukrainian bodies on Friday.",
        "Peru returned 60 Chileans who had crossed the border on Monday.",  # migrants turned back
        "Chinese authorities forcibly returned 60 North Koreans to North Korea last week.",
        "Forty students were flown to Khartoum on Thursday.",
        # recall (v18): one foreigner given back needs a clause telling him held
        "Greece returned a Turkish delegation on Monday.",
        "Spain returned an Algerian migrant it had detained at sea.",
        "Italy returned the seized Libyan trawler on Monday.",
    ],
)
def test_no_release_in_handovers_of_things_leaves_or_free_travel(release_mentions, text) -> None:
    assert release_mentions(text) == []


def test_a_name_read_as_a_second_subject_is_the_freed(release_mentions) -> None:
    (m,) = release_mentions("Canada on Wednesday released Amir Hosseini, an Iranian businessman.")
    assert m.actor == "CAN" and m.persons == ["Amir Hosseini"]


def test_a_second_passive_verb_shares_the_subject(release_mentions) -> None:
    text = ("On Friday, six Moldovan citizens held in Belarus were driven to the crossing and handed "
            "to Moldovan officials.")  # fmt: skip
    assert [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)] == [
        ("BLR", 6)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okafor was released on Friday and flown home.",
        "Brandt, 58, was released on Friday and flown home.",
    ],
)
def test_a_name_told_by_a_title_or_an_age_is_a_person(release_mentions, text) -> None:
    (m,) = release_mentions(text)
    assert len(m.persons) == 1


def test_a_diplomat_a_court_jailed_is_a_prisoner(release_mentions) -> None:
    text = "In 2023 Belgium freed an Iranian diplomat convicted of plotting a bombing."
    assert [m.actor for m in release_mentions(text)] == ["BEL"]


@pytest.mark.parametrize(
    "text",
    ["Belgium expelled an Iranian diplomat on Monday.", "Iran released the Swiss diplomat."],
)
def test_a_diplomat_sent_home_is_no_prisoner(release_mentions, text) -> None:
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A documentary about political prisoners gets its release in Berlin.",
        "Her album about prisoners, due for release in July, has twelve tracks.",
        "The federation announced an amnesty for forty players serving suspensions.",
        "Kyiv brought home eleven children from occupied areas.",
        "The last hostages to come home alive were rescued by troops in the summer.",
        "Nine Iraqi prisoners were handed over to Iraqi officials to serve the remainder of "
        "their sentences at home.",
        "Wheat was quoted at 216 dollars a tonne free on board.",
    ],
)
def test_no_release_in_products_players_children_rescues_or_transfers(
    release_mentions, text
) -> None:
    assert release_mentions(text) == []


# --- session 12 (recall): wordings the parser splits or that name no release verb ---
@pytest.mark.parametrize(
    ("text", "actor", "count"),
    [
        ("Moldova handed over 40 Romanian drivers at the Sculeni crossing on Monday.", "MDA", 40),
        ("Kenya handed over 12 Somali herders at Mandera on Friday.", "KEN", 12),
    ],
)
def test_handed_over_a_number_is_a_handover(release_mentions, text, actor, count) -> None:
    (m,) = release_mentions(text)  # the parser reads "over 40" as "more than 40"
    assert m.actor == actor and m.count is not None and m.count.value == count


@pytest.mark.parametrize(
    "text",
    [
        "In March, forty Armenian soldiers came home in return for the same number of Azeris.",
        "Only twelve Georgian sailors came back in a smaller trade for twelve Russians.",
    ],
)
def test_a_counted_group_coming_home_in_a_trade_is_freed(release_mentions, text) -> None:
    found = [m for m in release_mentions(text) if m.trigger.lemma_ == "come"]
    assert len(found) == 1 and found[0].count is not None


@pytest.mark.parametrize(
    "text",
    [
        "In March, forty Armenian soldiers came home after the war ended.",
        "Eleven children came home under the deal on Friday.",
        "The delegates came back from the trade talks in Baku.",
    ],
)
def test_coming_home_with_no_trade_or_no_captives_is_no_release(release_mentions, text) -> None:
    assert [m for m in release_mentions(text) if m.trigger.lemma_ == "come"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three Latvian truckers held since the border clash were handed over on Tuesday.", 3),
        ("A Dutch cyclist detained in Minsk since April was freed on Sunday.", 1),
    ],
)
def test_people_held_since_a_time_and_then_freed(release_mentions, text, count) -> None:
    # the parser reads "since April was freed" as a clause with "April" for its subject
    (m,) = release_mentions(text)
    assert m.count is not None and m.count.value == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kenyan reporter Amina Odhiambo was released the following day and driven to the border.",
         None),
        ("Forty-one protesters held since March were freed pending trial on Monday.", 41),
        ("Nine students detained at the rally were released the following day.", 9),
    ],
)  # fmt: skip
def test_a_time_read_as_the_object_leaves_the_passive_subject_freed(
    release_mentions, text, count
) -> None:
    (m,) = release_mentions(text)
    assert (m.count.value if m.count else None) == count and (count or m.persons)


@pytest.mark.parametrize(
    "text",
    [
        "In return, the president pardoned or commuted the sentences of six Iranians on Friday.",
        "In exchange, Washington pardoned or dropped charges against six Iranians on Friday.",
    ],
)
def test_a_release_verb_shares_the_people_of_its_alternative(release_mentions, text) -> None:
    (m,) = release_mentions(text)
    assert m.count is not None and m.count.value == 6


def test_an_alternative_that_ends_no_penalty_lends_no_people(release_mentions) -> None:
    text = "The government pardoned or praised the work of six Iranian engineers on Friday."
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "From the other side came four men Russia had pardoned after convicting them of spying.",
            4,
        ),
        ("She was one of three people Russia set free on February 27 at Istanbul airport.", 3),
    ],
)
def test_a_relative_clause_frees_the_noun_it_describes(release_mentions, text, count) -> None:
    (m,) = release_mentions(text)
    assert m.actor == "RUS" and m.count is not None and m.count.value == count


def test_a_relative_clause_of_holding_frees_no_one(release_mentions) -> None:
    assert release_mentions("The prisoners Russia holds are mostly soldiers.") == []


# --- session 15: a further counted group that "followed" a release ---
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("In May, twenty more were pardoned, and another forty followed in July.", [20, 40]),
        ("A further group of 15 followed in March, and on Monday another 12 were freed.",
         [15, 12]),
    ],
)  # fmt: skip
def test_a_further_group_that_followed_a_release_is_freed(release_mentions, text, counts):
    found = [m.count.value for m in release_mentions(text) if m.count is not None]
    assert sorted(found) == sorted(counts)


@pytest.mark.parametrize(
    "text",
    [
        # no release in the sentence (arrests), an object followed, no further group
        "Twenty were arrested in May, and another forty followed in July.",
        "Forty students followed the march in July.",
        "The talks followed in July, after twenty prisoners were freed.",
    ],
)
def test_no_further_group_after_a_release_no_act(release_mentions, text):
    assert [m for m in release_mentions(text) if m.trigger.lemma_ == "follow"] == []


# --- session 17: a decree's own object; relative clauses of time or means ---
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The emir signed a decree on Sunday pardoning 730 prisoners to mark the holiday.", 730),
        ("The president issued an order on Friday releasing 95 detainees from jail.", 95),
    ],
)
def test_a_decree_frees_its_participle_s_object(release_mentions, text, count) -> None:
    (m,) = release_mentions(text)
    assert m.count is not None and m.count.value == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In March the council declared an amnesty under which 2,410 prisoners walked free.", 2410),
        ("The last pardon came in April, when about 640 inmates walked free before the holiday.",
         640),
    ],
)  # fmt: skip
def test_a_relative_clause_of_time_or_means_frees_its_subject(
    release_mentions, text, count
) -> None:
    found = [m.count.value for m in release_mentions(text) if m.count is not None]
    assert found == [count]


def test_a_relative_clause_of_time_frees_no_thing(release_mentions) -> None:
    text = "The ceremony was in April, when the new bridge opened to traffic."
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("The decision follows the release on July 18 of ten Americans held in Venezuela.",
         "Americans"),
        ("The measures follow the release in January of a British engineer held in Iran.",
         "engineer"),
        ("The thaw follows the release last month of Anna Weber, a teacher jailed in Belarus.",
         "Weber"),
    ],
)  # fmt: skip
def test_the_release_of_people_with_a_time_before_of(parsed_sentence, text, freed):
    ps = parsed_sentence(text)
    (noun,) = [t for t in ps.doc if t.text == "release"]
    group = group_of(noun, ps)
    assert group is not None and group.text == freed


@pytest.mark.parametrize(
    "text",
    [
        "The release, of course, surprised Lithuania.",
        "The release on Friday of the new album delighted the band.",
        "The studio announced the release in May of the film about the prisoners.",
    ],
)
def test_no_time_between_or_no_people_after_of(parsed_sentence, release_mentions, text):
    ps = parsed_sentence(text)
    (noun,) = [t for t in ps.doc if t.text == "release"]
    group = group_of(noun, ps)
    assert group is None or group.text in ("film", "album")
    assert release_mentions(text) == []


def test_a_release_with_a_time_before_of_is_an_act(release_mentions):
    (m,) = release_mentions(
        "The thaw follows the release last month of Anna Weber, a teacher jailed in Belarus."
    )
    assert m.actor == "BLR" and m.persons == ["Anna Weber"] and m.date == "2025-05"


@pytest.mark.parametrize(
    "text",
    [
        "Iran freed two French citizens on Friday, officials said.",
        "Slovenia let go two Russian spies in a swap on August 1.",
        "The Treasury imposed sanctions on three banks.",
        "Nobody was released.",
    ],
)
def test_candidates_leave_out_only_words_that_are_no_trigger(parsed_sentence, text) -> None:
    ps = parsed_sentence(text)
    kept = {t.i for t in candidates(ps)}
    for tok in ps.doc:
        if tok.i not in kept:
            assert trigger_head(tok, ps) is None
    found = [t.i for t in ps.doc if trigger_head(t, ps) is not None]
    assert set(found) <= kept


def test_candidates_keep_the_forms_of_let_go_and_free(parsed_sentence) -> None:
    ps = parsed_sentence("Slovenia let go two Russian spies in a swap on August 1.")
    assert {"let", "go"} <= {t.lower_ for t in candidates(ps)}
    assert any(trigger_head(t, ps) is not None for t in candidates(ps))
    assert not any(t.pos_ == "PUNCT" for t in candidates(ps))


@pytest.mark.parametrize(
    ("text", "freed", "traded"),
    [
        # the verb tells the act; "a swap for Y" names its trade, not an act freeing Y by itself
        (
            "Norway freed the engineer Paul Hartley on Friday in a swap for Oleg Sorokin, a "
            "Russian agent jailed in Oslo.",
            ["Paul Hartley"],
            ["Oleg Sorokin"],
        ),
        (
            "Anna Berg was released on Monday in a one-for-one exchange for Ali Rahimi, an "
            "Iranian banker held in Sweden.",
            ["Anna Berg"],
            ["Ali Rahimi"],
        ),
    ],
)
def test_a_trade_noun_after_a_freeing_verb_is_no_act_of_its_own(
    release_mentions, text, freed, traded
) -> None:
    found = release_mentions(text)
    assert {m.trigger.lower_ for m in found} <= {"freed", "released"}
    assert found[0].persons == freed  # the traded are not the verb's freed
    assert all(m.persons == traded for m in found[1:])  # the other side, when its state is told


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no freeing verb: the swap noun is the act ("a swap for X", which frees X)
        ("Oman brokered a prisoner swap for two pilots held in Yemen.", "swap"),
        ("The exchange of the two pilots took place in Muscat on Friday.", "exchange"),
    ],
)
def test_a_trade_noun_with_no_freeing_verb_stays_a_trigger(spacy_extractor, text, trigger):
    from detente.extract.mentions import ParsedSentence
    from detente.extract.sentences import Sentence

    doc = spacy_extractor.nlp(text)
    ps = ParsedSentence(
        Sentence(0, 0, len(text), text), doc, spacy_extractor.gazetteer.find_places(doc), []
    )
    tok = next(t for t in doc if t.lower_ == trigger)
    assert trigger_head(tok, ps) is tok
