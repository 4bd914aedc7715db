"""The captor of a release: the state that held and freed, not the one that received or paid."""

from __future__ import annotations

from collections import Counter

import pytest

from detente.extract.captors import decision_actor, sanctioned_state
from detente.extract.fill import fill_context

from .builders import inline, mention, sentence


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a passive clause with its own patient does not take the governing clause's subject
        (
            "The British Foreign Office lifted the travel ban on three ministers as the four "
            "detainees were handed over.",
            [None],
        ),
        (
            "Ottawa unfroze the accounts of the state shipping line while the two engineers "
            "were released.",
            [None],
        ),
        # the governing subject still acts through a coordinated verb
        ("Tehran pardoned and released four Danish sailors on Monday.", ["IRN"]),
        # a "by" phrase the parser reads as a plain preposition is the agent
        (
            "The poet was among 40 political prisoners let go by the Ortega government on Monday.",
            ["NIC"],
        ),
    ],
)
def test_release_actor(release_mentions, text: str, actors: list[str | None]) -> None:
    found = release_mentions(text)
    assert [m.actor for m in found] == actors


def test_unattributed_release_goes_to_the_sanctioned_state_not_the_most_named() -> None:
    s = [sentence(i) for i in range(3)]
    ms = [
        mention("sanctions_eased", "GBR", s[0], None, "MMR"),
        mention("release", None, s[1]),
    ]
    holders = Counter({"THA": 5, "GBR": 2, "MMR": 2})  # told from the receiving side
    kept = fill_context(ms, holders)
    assert [m.actor for m in kept if m.type.value == "release"] == ["MMR"]


def test_sanctioned_state_needs_a_named_target_other_than_an_actor() -> None:
    s = [sentence(i) for i in range(3)]
    assert sanctioned_state([mention("release", None, s[0])], Counter({"THA": 3})) is None
    both_ways = [
        mention("sanctions_imposed", "CHN", s[0], None, "USA"),
        mention("sanctions_imposed", "USA", s[1], None, "CHN"),
    ]
    assert sanctioned_state(both_ways, Counter({"USA": 2, "CHN": 2})) is None
    unnamed = [mention("sanctions_imposed", "EU", s[2], None, "IRN")]
    assert sanctioned_state(unnamed, Counter()) is None
    assert sanctioned_state(unnamed, Counter({"IRN": 1})) == "IRN"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On Tuesday some forty detainees walked out, their lawyers said.", [40]),
        ("The two hostages walked out of the compound at dawn.", [2]),
        ("The opposition delegates walked out of the talks in protest.", []),
    ],
)
def test_captives_walking_out_are_freed(release_mentions, text: str, found: list[int]) -> None:
    assert [m.count.value for m in release_mentions(text) if m.count] == found


def test_coordinated_verb_takes_the_state_the_parser_stranded_before_it(release_mentions):
    text = (
        "Armenia released six Azerbaijani soldiers on Monday and Azerbaijan freed four Armenian "
        "conscripts under the agreement."
    )
    assert sorted(m.actor for m in release_mentions(text)) == ["ARM", "AZE"]


def test_a_stranded_state_before_a_time_phrase_of_the_verb_acts(release_mentions):
    # session 17: "and Qatar on the same day freed two ...": the time phrase between
    text = (
        "Nine Kenyan traders held since March were released on Monday, and Uganda on the same "
        "day freed three Kenyan drivers."
    )
    assert "UGA" in [m.actor for m in release_mentions(text)]


def test_a_prison_named_by_a_nationality_says_who_held(release_mentions):
    # session 17: "a Russian prison" is a place of custody, not people of that state
    (m,) = release_mentions(
        "A teacher who had been held in a Belarusian prison was freed on Friday."
    )
    assert m.actor == "BLR"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Kosovo handed 14 Serbian soldiers to Serbia at the Jarinje crossing on Friday.",
            [("XKX", 14, "SRB")],
        ),
        ("The ambassador handed the letter to Serbia on Friday.", []),
    ],
)
def test_a_handover_to_another_state_frees(release_mentions, text: str, found: list) -> None:
    got = [
        (m.actor, m.count.value if m.count else None, m.destination) for m in release_mentions(text)
    ]
    assert got == found


def test_those_who_moved_after_being_let_out_are_the_freed(release_mentions) -> None:
    text = "Eleven Bahraini activists landed in Dublin after being let out of prison."
    assert [m.count.value for m in release_mentions(text) if m.count] == [11]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Last spring the junta put 90 political prisoners on a plane to Bangkok.",
            [("MMR", 90, "THA")],
        ),
        (
            "She refused to board the bus that took 35 prisoners to Poland.",
            [(None, 35, "POL")],
        ),
        ("The guards took the prisoners to a camp near Gomel.", []),
    ],
)
def test_captives_carried_to_a_state_are_freed_by_their_captor(
    release_mentions, text: str, found: list
) -> None:
    got = [
        (m.actor, m.count.value if m.count else None, m.destination) for m in release_mentions(text)
    ]
    assert got == found


# --- v8: the captor told by a hold clause on the freed, a "by" agent the parser hangs elsewhere,
# or the state that issued the pardon or amnesty ---
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A Dutch sailor imprisoned in Venezuela for two years was released on Sunday.", "VEN"),
        ("Two Danish nurses detained in Iran were freed on Monday.", "IRN"),
        ("An Irish teacher held by the Taliban for a year was freed at dawn.", "AFG"),
        ("Five Nepali farmers held in Qatar were released on Tuesday.", "QAT"),
        # a named agent still wins over the hold clause
        ("Two Danish nurses detained in Iran were freed by Oman on Monday.", "OMN"),
        # the hold clause on an apposition of the named freed (session 13)
        (
            "Anna Berg and Ola Lind, the two Swedes held in Iran since 2023, were released "
            "from prison on Wednesday.",
            "IRN",
        ),
        (
            "Pavel Orlov, a Russian citizen serving a sentence in Sweden, was pardoned on Monday.",
            "SWE",
        ),
    ],
)
def test_a_hold_clause_on_the_freed_names_the_captor(release_mentions, text, actor) -> None:
    assert [m.actor for m in release_mentions(text)] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Chilean engineer was granted clemency by President Lula on Friday.", "BRA"),
        ("The Swiss banker was let go by Minsk after eleven months.", "BLR"),
    ],
)
def test_an_agent_hung_on_the_granted_noun_or_on_go(release_mentions, text, actor) -> None:
    assert actor in [m.actor for m in release_mentions(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("President Tokayev signed a decree on Monday that freed some 400 convicts.", "KAZ"),
        (
            "The amnesty signed by Mirziyoyev was wide: more than 600 inmates were freed.",
            "UZB",
        ),
    ],
)
def test_the_state_that_issued_the_pardon_frees(release_mentions, text, actor) -> None:
    found = [m for m in release_mentions(text) if m.count is not None]
    assert [m.actor for m in found] == [actor]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Lukashenko signed a pardon on Friday and 31 inmates were freed.", "BLR"),
        ("Putin signed a pardon and Lukashenko signed an amnesty; 40 inmates were freed.", None),
        ("Rights groups welcomed the amnesty, and 40 inmates were freed.", None),
    ],
)
def test_decision_actor_is_the_one_issuing_state(parsed_sentence, text, issuer) -> None:
    assert decision_actor(parsed_sentence(text)) == issuer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the freed read as the subject of the clause describing them
        ("In May, Senegal released fourteen Gambian traders held near Kaolack.", [("SEN", 14)]),
        ("In June, Kenya released twenty Somali herders arrested near Mandera.", [("KEN", 20)]),
    ],
)
def test_an_object_read_as_a_clause_subject_is_the_freed(release_mentions, text, found) -> None:
    got = [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)]
    assert got == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Last week Egypt let the two Dutch students leave Cairo.", "EGY"),
        ("Algeria allowed the French novelist Pierre Dumas to fly home to Paris.", "DZA"),
    ],
)
def test_a_state_letting_people_leave_frees_them(release_mentions, text, actor) -> None:
    assert [m.actor for m in release_mentions(text)] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt refused to let the two Dutch students leave Cairo.",
        "Algeria allowed the French ambassador to fly home to Paris.",
        "The airline let the passengers leave the plane.",
    ],
)
def test_no_release_in_leave_not_granted_or_not_held(release_mentions, text) -> None:
    assert release_mentions(text) == []


def test_no_release_when_a_deal_not_a_state_lets_people_go(release_mentions) -> None:
    text = "A truce that allowed 300 stranded Somali pilgrims to return to Mogadishu held."
    assert release_mentions(text) == []


def test_people_after_of_read_as_a_clause_subject_are_the_freed(release_mentions) -> None:
    text = "Peru ordered the release of twelve Chilean miners working without permits."
    assert [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)] == [
        ("PER", 12)
    ]


# --- session 9: a handover to officials a nationality names, or to the people's own ---
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ghana handed eight Togolese traders to Togolese officials at the Aflao border post.",
         [("GHA", 8)]),
        ("The Lebanese army handed four Syrian shepherds to their embassy in Beirut on Monday.",
         [("LBN", 4)]),
        ("Chad handed the three Sudanese herders to the Sudanese side at the crossing.",
         [("TCD", 3)]),
        # a thing handed, or people handed to a custody
        ("Ghana handed the documents to Togolese officials on Monday.", []),
    ],
)  # fmt: skip
def test_a_handover_to_officials_of_another_state_frees(release_mentions, text, found) -> None:
    got = [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)]
    assert got == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a hold clause says who held the freed through its place or agent phrase
        ("A Briton imprisoned in Russia was released on Friday.", "RUS"),
        ("A German national held by the Taliban was released on Monday.", "AFG"),
        (
            "The 40 migrants who had been held for four months in a prison in El Salvador were "
            "freed on Friday.",
            "SLV",
        ),
        (
            "An Estonian border guard who was seized on the Russian side of the river returned "
            "to Estonia on Wednesday.",
            "RUS",
        ),
        # not through the people it lists nor through a clause inside it
        (
            "Ten foreigners captured while fighting for Ukraine, including five Britons, were "
            "freed on Friday.",
            None,
        ),
        (
            "In May, officers released the reporter Ali Sayed, who had been detained after being "
            "deported from Djibouti.",
            None,
        ),
    ],
)
def test_the_holder_is_read_from_where_or_by_whom_they_were_held(
    release_mentions, text: str, actor: str | None
) -> None:
    assert [m.actor for m in release_mentions(text)] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a decision on an amnesty issues it
        (
            "President Mirziyoyev's decision on a special amnesty took effect on Saturday, and "
            "800 prisoners walked out of prison.",
            "UZB",
        ),
        # a participle the parser hangs on the person pardoned still names who pardoned
        (
            "The pardon of Ali Sami, granted by President Tebboune on Wednesday at the request "
            "of Germany, ended a long standoff.",
            "DZA",
        ),
        # not any decision
        (
            "Washington's decision to lift sanctions came on Saturday, and 800 prisoners walked "
            "out of prison.",
            None,
        ),
    ],
)
def test_a_decision_on_an_amnesty_names_who_frees(release_mentions, text, actor) -> None:
    assert [m.actor for m in release_mentions(text)] == [actor]


def test_a_warrant_of_another_state_names_no_captor(release_mentions) -> None:
    text = (
        "Reza Karimi, an Iranian engineer arrested in Milan on a US warrant, was freed on Sunday."
    )
    assert [m.actor for m in release_mentions(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvians, who had been detained at the Chilean border in 2019, were released on "
        "Tuesday.",
        "Two journalists who had been seized on the Chinese frontier were freed on Friday.",
    ],
)
def test_a_state_named_on_a_frontier_names_no_captor(release_mentions, text) -> None:
    """ "detained at the Colombian border": the side they were caught near, not who held them."""
    assert [m.actor for m in release_mentions(text)] == [None]


# --- v16 (precision): an untargeted sanctions act falls to the releasing state named most ---
def test_an_untargeted_sanction_falls_to_the_releasing_state_named_most():
    from detente.extract.captors import freeing_state

    s = sentence(0)
    told = [
        mention("release", "VEN", s),
        mention("release", "SLV", s),
        mention("release", "SLV", s),  # the third state's act told twice in one sentence
        mention("release", "USA", sentence(1)),  # the sanctioning state frees in return
        mention("release", "USA", sentence(2)),
        mention("release", "QAT", sentence(3)),  # the go-between
        mention("release", "QAT", sentence(4)),
        mention("sanctions_eased", "USA", s),
    ]
    holders = Counter({"VEN": 8, "USA": 6, "SLV": 1, "QAT": 9})
    assert freeing_state(told, holders, {"QAT"}) == "VEN"
    assert freeing_state([mention("sanctions_eased", "USA", s)], Counter({"VEN": 2}), set()) is None


# --- session 20: arrested in one state, jailed in another ---
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Soto, an engineer arrested in Peru and convicted in Chile of spying, was freed.", "CHL"),
        ("Soto, an engineer arrested in Peru and jailed for spying, was freed.", None),
        # an arrest alone, or with a clause of no custody, still names the holder
        ("Soto, an engineer arrested in Peru in 2019, was freed on Friday.", "PER"),
        ("Soto, an engineer arrested in Peru and questioned for days, was freed.", "PER"),
    ],
)
def test_the_state_that_jailed_after_an_arrest_holds(parsed_sentence, text, holder):
    from detente.extract.captors import held_by

    ps = parsed_sentence(text)
    group = next(t for t in ps.doc if t.text == "Soto")
    trigger = next(t for t in ps.doc if t.text == "freed")
    assert held_by(group, ps, trigger) == holder


# (v25) A prison told by its proper name is custody by a word of the name: the state that owns it
# held the freed, not a state that sent them there (a three-way swap's third party).
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Washington had deported them in March. The 40 Hondurans were released from "
         "Guatemala's Pavon Confinement Centre on Friday and flown to Honduras.", "GTM"),
        ("Washington had deported them in March. The 40 Hondurans were released from Egypt's "
         "Tora Detention Centre on Friday.", "EGY"),
    ],
)  # fmt: skip
def test_a_prison_told_by_its_name_says_who_held(spacy_extractor, text, actor):
    a = spacy_extractor(inline(text, "2026-02-14"))
    assert [e.actor for e in a.events if e.type == "release"] == [actor]


def test_a_place_that_is_no_custody_names_no_holder(spacy_extractor):
    # negative: a hospital is no custody: it names no holder (no release is read at all here)
    a = spacy_extractor(
        inline(
            "Washington had deported them in March. The 40 Hondurans were released from "
            "Guatemala's Central Hospital on Friday.",
            "2026-02-14",
        )
    )
    assert "GTM" not in [e.actor for e in a.events]
