"""Roles that make a named state neither actor nor target: go-betweens fused with their verb."""

from __future__ import annotations

from collections import Counter

import pytest

from detente.extract.actor_roles import dealt_with, go_betweens, licensees, mediating_states
from detente.extract.fill import default_release_actor, fill_context

from .builders import inline, mention, sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Qatari-brokered swap on Monday returned 40 soldiers from Armenia.", {"QAT"}),
        ("The Oman-mediated handover freed two aid workers held by Yemen.", {"OMN"}),
        ("An Angolan-hosted meeting ended with the release of 12 fighters.", {"AGO"}),
        ("A Saudi-led mediation secured the release of nine sailors.", {"SAU"}),
        # named again only where something was said, still only the go-between
        ("A Turkish-brokered exchange freed 84 soldiers, officials in Ankara said.", {"TUR"}),
        # a state also named in another role keeps it
        ("A Kenyan-brokered deal saw Kenya free six Somali fishermen.", set()),
        # "-led" of no mediation: not a go-between
        ("A Saudi-led coalition freed 30 Yemeni prisoners.", set()),
        ("Turkish officials said Ankara released the Greek guards.", set()),
    ],
)
def test_go_betweens(parsed_sentence, text: str, expected: set[str]) -> None:
    assert go_betweens(parsed_sentence(text)) == expected


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("A Qatari-brokered exchange freed 40 prisoners on Monday.", {None}),
        ("A UAE-mediated deal freed Ukrainian prisoners held by Russia.", {"RUS"}),
        ("Iran freed two sailors in a Swiss-facilitated trade.", {"IRN"}),
    ],
)
def test_a_go_between_frees_no_one(release_mentions, text: str, actors: set[str | None]) -> None:
    assert {m.actor for m in release_mentions(text)} == actors


def _targets(extractor, text: str) -> list[tuple[str, str | None]]:
    doc = inline(text)
    return [(e.actor, e.target) for e in extractor(doc).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holder of a licence is let deal with the target: it is not the target
        (
            "Washington on Monday issued a waiver letting Iraq buy Iranian electricity for "
            "another four months.",
            [("USA", "IRN")],
        ),
        (
            "The US Treasury on Tuesday granted a sanctions waiver to India's state refiner, "
            "letting it load Venezuelan crude.",
            [("USA", "VEN")],
        ),
        (
            "The Treasury issued a licence allowing Kazakhstan's pipeline operator to keep "
            "dealing with a blocked Russian terminal.",
            [("USA", "RUS")],
        ),
    ],
)
def test_a_licensee_is_not_the_target(spacy_extractor, text: str, expected: list) -> None:
    assert _targets(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 23 (targets): the holder the licence noun names itself is no target either
        (
            "Washington let Jordan's waiver to buy Syrian electricity expire on Friday.",
            [("USA", "SYR")],
        ),
        (
            "The State Department let a waiver for Lebanon's purchases of Syrian power lapse on "
            "Thursday.",
            [("USA", "SYR")],
        ),
        # a bare name before the licence is what it is about, not its holder
        (
            "Washington let its Iran oil waiver lapse on Thursday, squeezing payments by Iraq.",
            [("USA", "IRN")],
        ),
    ],
)
def test_the_holder_a_licence_names_is_not_the_target(spacy_extractor, text, expected) -> None:
    assert _targets(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "dealt"),
    [
        ("Washington issued a waiver letting Iraq buy Iranian electricity.", ["IRN"]),
        # where the dealing happens or goes names no target
        ("Washington issued a waiver letting banks move funds held in South Korea.", []),
        ("Washington issued a waiver allowing banks to send funds to a Swiss charity.", []),
    ],
)
def test_what_a_licence_lets_its_holder_deal_in(parsed_sentence, text: str, dealt: list) -> None:
    ps = parsed_sentence(text)
    issued = next(t for t in ps.doc if t.lemma_ == "issue")
    assert dealt_with(ps, issued, ["USA"]) == dealt


def test_waivers_granted_to_states_are_theirs(parsed_sentence) -> None:
    ps = parsed_sentence("Washington in May granted waivers to Turkey and Greece.")
    granted = next(t for t in ps.doc if t.lemma_ == "grant")
    held = {t.text for t in ps.doc if t.i in licensees(granted)}
    assert {"Turkey", "Greece"} <= held
    ps = parsed_sentence("The waivers were granted in May to Turkey and Greece.")
    granted = next(t for t in ps.doc if t.lemma_ == "grant")  # passive: the licence as subject
    assert "Turkey" in {t.text for t in ps.doc if t.i in licensees(granted)}


def test_relief_granted_to_a_state_still_targets_it(parsed_sentence) -> None:
    ps = parsed_sentence("Brussels granted sanctions relief to Syria on Tuesday.")
    granted = next(t for t in ps.doc if t.lemma_ == "grant")
    assert licensees(granted) == set()


# --- v10: owners of a mediation, blocs, ties between the states that free ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emirati mediation secured the release of 60 soldiers on Monday.", {"ARE"}),
        ("Qatar's mediation freed four aid workers held in Kabul.", {"QAT"}),
        ("Oman mediated the exchange of nine fishermen on Friday.", {"OMN"}),
        (
            "Turkey succeeded in a new mediation effort between Armenia and Azerbaijan.",
            {"TUR"},
        ),
        ("The talks were hosted by Switzerland and the swap followed.", {"CHE"}),
        # recall: a state the people passed through
        ("In May the two sides swapped 84 for 84, also via the UAE.", {"ARE"}),
        ("Four Danes were freed and flown home via Oman on Friday.", {"OMN"}),
        # a state that frees is no go-between
        ("Iran freed two sailors on Monday after talks.", set()),
        ("Belarus released 14 prisoners, Minsk said.", set()),
    ],
)
def test_mediating_states(parsed_sentence, text: str, expected: set[str]) -> None:
    assert mediating_states(parsed_sentence(text)) == expected


def _releasers(extractor, text: str) -> set[str]:
    doc = inline(text)
    return {e.actor for e in extractor(doc).events if e.type == "release"}


def test_an_unattributed_release_never_falls_to_the_mediator(spacy_extractor) -> None:
    text = (
        "Emirati mediation frees 60 soldiers\n"
        "The United Arab Emirates succeeded in a new mediation effort between Armenia and "
        "Azerbaijan, resulting in the release of 60 soldiers on Monday, the Emirati foreign "
        "ministry said. Abu Dhabi said it was the third round the Emirates had mediated."
    )
    actors = _releasers(spacy_extractor, text)
    assert actors and "ARE" not in actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc holds no one: the seat that names it frees for its own state
        (
            "After a court cleared the way, Brussels freed the Iranian prisoner Ali Rezaei on "
            "Friday in a swap.",
            {"BEL"},
        ),
    ],
)
def test_a_bloc_frees_no_one(spacy_extractor, text: str, expected: set[str]) -> None:
    assert _releasers(spacy_extractor, text) == expected


def test_a_tie_between_releasers_goes_to_the_state_named_most() -> None:
    first, second = sentence(0), sentence(1)
    mentions = [mention("release", "ESP", first), mention("release", "MAR", second)]
    assert default_release_actor(mentions, Counter({"MAR": 6, "ESP": 5})) == "MAR"
    assert default_release_actor(mentions, Counter({"MAR": 4, "ESP": 5})) == "ESP"


def test_an_act_given_the_actor_before_it_does_not_target_that_actor() -> None:
    first, second = sentence(0), sentence(1)
    told = mention("sanctions_eased", "USA", first, target="VEN")
    again = mention("sanctions_eased", None, second, target="USA")  # "the US relief ..."
    kept = fill_context([told, again], Counter({"VEN": 3, "USA": 2}))
    assert [(m.actor, m.target) for m in kept] == [("USA", "VEN"), ("USA", "VEN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Sahel story: "the junta" is Mali's, never Myanmar's
        (
            "Mali frees Senegalese traders\nMali released four Senegalese traders on Monday. "
            "In March, the junta freed two Mauritanian herders held near the border.",
            {"MLI"},
        ),
        # the junta's own phrase names its state
        ("Niger's junta freed eleven former ministers on Tuesday.", {"NER"}),
        ("The Guinean junta released two journalists on Friday.", {"GIN"}),
        # a story about Myanmar: the junta is Myanmar's
        (
            "Myanmar frees monks\nThe junta released 90 monks on Friday, state media in "
            "Myanmar said.",
            {"MMR"},
        ),
    ],
)
def test_a_junta_is_myanmars_only_in_a_story_about_myanmar(
    spacy_extractor, text: str, expected: set[str]
) -> None:
    assert _releasers(spacy_extractor, text) == expected


def test_an_unattributed_release_is_not_the_sanctioners_when_another_state_is_named() -> None:
    s = [sentence(i) for i in range(3)]
    sanctions = mention("sanctions_imposed", "USA", s[0])  # its target not read in the sentence
    freed = mention("release", None, s[1])
    holders = Counter({"USA": 5, "MMR": 2})
    assert default_release_actor([sanctions, freed], holders) == "MMR"
    assert default_release_actor([sanctions, freed], Counter({"USA": 5})) == "USA"


def test_a_sanctioner_that_is_also_sanctioned_may_free() -> None:
    s = [sentence(i) for i in range(4)]
    ms = [
        mention("sanctions_imposed", "USA", s[0], None, "TUR"),
        mention("sanctions_imposed", "TUR", s[1], None, "USA"),
        mention("release", None, s[2]),
    ]
    assert default_release_actor(ms, Counter({"TUR": 6, "USA": 5, "DEU": 1})) == "TUR"


# --- v16 (precision): a deal named after the city where it was struck ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doha deal frees British teacher after a year in Kabul jail", {"QAT"}),
        ("The Muscat agreement brought home 84 soldiers from Russia on Friday.", {"OMN"}),
        # the city's state also named where an actor stands keeps it
        ("Under the Ankara deal, Turkey freed nine Greek fishermen on Monday.", set()),
        # a state's name, not a city: a party to its deal
        ("A Russia deal freed nine Ukrainian soldiers on Monday.", set()),
    ],
    ids=["headline", "agreement", "also-actor", "state-name"],
)
def test_a_city_that_names_a_deal_is_its_venue(parsed_sentence, text, expected) -> None:
    assert go_betweens(parsed_sentence(text)) == expected


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the junta's state named only in the headline and dateline: it stands for that state
        (
            "Washington lists Myanmar's timber firms\nYANGON, June 14, 2025 --\nThe United "
            "States on Friday imposed sanctions on two timber companies. The junta last "
            "Saturday freed 4,300 prisoners in an annual amnesty.",
            ["MMR"],
        ),
        # a Sahel story that never names Myanmar: "the junta" is not Myanmar's
        (
            "Washington lists Sahel gold traders\nDAKAR, June 14, 2025 --\nThe United States "
            "on Friday imposed sanctions on two gold traders in Mali. The junta in Bamako last "
            "Saturday freed 43 prisoners in an annual amnesty.",
            ["MLI"],
        ),
    ],
)
def test_a_generic_seat_stands_for_the_state_the_article_names(spacy_extractor, text, actors):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert [e.actor for e in events] == actors
