"""What the article supplies to a sanctions act that names no target."""

from __future__ import annotations

from collections import Counter

from detente.extract.sanctions_context import sanctions_target


def test_the_usual_target_unless_it_is_the_actor() -> None:
    holders = Counter({"IRN": 3, "USA": 5})
    assert sanctions_target("USA", "IRN", holders) == "IRN"
    assert sanctions_target("IRN", "IRN", holders) == "USA"  # a state does not sanction itself


def test_powers_acting_together_are_not_each_others_target() -> None:
    holders = Counter({"GBR": 4, "USA": 3, "RUS": 2, "EU": 6})
    powers = frozenset({"GBR", "USA"})
    assert sanctions_target("USA", None, holders, powers) == "RUS"
    assert sanctions_target("USA", None, Counter({"GBR": 2}), powers) == "GBR"  # no other state


def test_the_eu_does_not_sanction_its_member_states() -> None:
    holders = Counter({"HUN": 3, "RUS": 1, "SVK": 1})
    assert sanctions_target("EU", "HUN", holders) == "RUS"  # Hungary blocked, Russia is listed
    assert sanctions_target("USA", "HUN", holders) == "HUN"
    assert sanctions_target("EU", "EST", Counter({"EST": 2})) == "EST"  # no other state named
