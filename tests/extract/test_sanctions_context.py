"""What the article supplies to a sanctions act that names no target."""

from __future__ import annotations

from collections import Counter

import pytest

from detente.extract.sanctions_context import _previous_sentence, sanctions_target, usual_target

from .builders import inline


def test_the_usual_target_unless_it_is_the_actor() -> None:
    holders = Counter({"IRN": 3, "USA": 5})
    assert sanctions_target("USA", "IRN", holders) == "IRN"
    assert sanctions_target("IRN", "IRN", holders) == "USA"  # a state does not sanction itself


def test_powers_acting_together_are_not_each_others_target() -> None:
    holders = Counter({"GBR": 4, "USA": 3, "RUS": 2, "EU": 6})
    powers = frozenset({"GBR", "USA"})
    assert sanctions_target("USA", None, holders, powers) == "RUS"
    assert sanctions_target("USA", None, Counter({"GBR": 2}), powers) == "GBR"  # no other state


def test_a_power_does_not_fall_on_a_power_that_only_talks() -> None:
    # session 23 (targets): "US senators urged sanctions ...; in January Canada imposed
    # sanctions on two former army commanders": the US moves nothing, yet is no fallback target
    holders = Counter({"USA": 5, "LKA": 3})
    assert sanctions_target("CAN", None, holders, frozenset({"CAN"})) == "LKA"
    assert sanctions_target("CAN", None, Counter({"USA": 2}), frozenset({"CAN"})) == "USA"
    # a state outside the powers keeps its countermeasure's target
    assert sanctions_target("CHN", None, holders, frozenset({"USA"})) == "USA"


def test_the_eu_does_not_sanction_its_member_states() -> None:
    holders = Counter({"HUN": 3, "RUS": 1, "SVK": 1})
    assert sanctions_target("EU", "HUN", holders) == "RUS"  # Hungary blocked, Russia is listed
    assert sanctions_target("USA", "HUN", holders) == "HUN"
    assert sanctions_target("EU", "EST", Counter({"EST": 2})) == "EST"  # no other state named


def test_the_sentence_before_in_its_paragraph() -> None:
    text = "Canberra acted too.\nOttawa moved first. On Monday it froze the assets."
    start = text.index("On Monday")
    assert _previous_sentence(text, start) == "Ottawa moved first."
    assert _previous_sentence(text, text.index("Ottawa")) is None  # a paragraph's first sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Washington on Friday sanctioned 300 Russian firms. Canada moved first. On Tuesday it "
            "froze the assets of four prison officials.",
            [("sanctions_imposed", "USA"), ("sanctions_imposed", "CAN")],
            id="it-is-the-power-the-sentence-before-opens-with",
        ),
        pytest.param(
            "Washington on Friday sanctioned 300 Russian firms. The bank said it would comply. On "
            "Tuesday it froze the accounts of its Russian clients under the sanctions.",
            [("sanctions_imposed", "USA")],
            id="it-after-a-sentence-on-a-company-is-no-power",
        ),
    ],
)
def test_it_takes_the_power_named_just_before(spacy_extractor, text, expected) -> None:
    assert [(e.type, e.actor) for e in spacy_extractor(inline(text)).events] == expected


def test_an_act_with_no_doer_sets_no_usual_target() -> None:
    from .builders import mention, sentence

    own = mention("sanctions_imposed", "USA", sentence(0), target="RUS")
    passing = mention("sanctions_imposed", None, sentence(1), target="CHN")
    assert usual_target([own, passing], "IRN") == "RUS"
    assert usual_target([passing], "IRN") is None  # named only in passing: none is usual
    assert usual_target([mention("sanctions_imposed", "USA", sentence(0))], "IRN") == "IRN"


def test_a_power_named_only_as_a_speaker_is_no_target(spacy_extractor) -> None:
    text = (
        "US senators on Tuesday urged the administration to sanction Sri Lankan generals. In "
        "January, Canada imposed sanctions on two former army commanders."
    )
    events = spacy_extractor(inline(text)).events
    assert [(e.actor, e.target) for e in events] == [("CAN", "LKA")]
