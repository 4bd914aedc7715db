"""Who moves sanctions: the actor of a sanctions act and the owner of a sanctions noun (own-words
sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import sanctioners


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Britain and Canada added two Iranian judges to their lists.", "added", ["GBR", "CAN"]),
        ("Kyiv welcomed the EU's decision to extend sanctions on Russia.", "extend", ["EU"]),
        (
            "Trump told a forum in Riyadh that he was lifting sanctions on Syria.",
            "lifting",
            ["USA"],
        ),
        ("The Treasury let its waiver for Iraqi power payments lapse.", "let", ["USA"]),
        # issue 2: the Council, misparsed subjects, "it" for a state named before
        ("In May the Council extended its asset freezes on six Serbian officials.", "extended",
         ["EU"]),
        ("Eritrea freed nine reporters on Monday, and Washington, as agreed, lifted its "
         "sanctions on the port authority.", "lifted", ["USA"]),
        ("The Students' Council extended its boycott of the company.", "extended", []),
        ("Ottawa had acted first: in March it froze the assets of two Haitian gang leaders.",
         "froze", ["CAN"]),
        # session 14: a list of three parsed as an apposition; powers acting alongside
        ("The UN, the European Union and the United States on Saturday lifted their sanctions "
         "on Iran.", "lifted", ["UN", "EU", "USA"]),
        ("Britain on Monday banned imports of Russian gold alongside the United States and "
         "Japan.", "banned", ["GBR", "USA", "JPN"]),
        ("Britain, a close ally of the United States, on Monday froze the assets of two Iranian "
         "judges.", "froze", ["GBR"]),
    ],
    ids=["coordinated-subjects", "decision-owner", "he-is-the-leader", "treasury",
         "bare-council-is-the-eu", "subject-parsed-as-conjunct", "a-city-council-is-not",
         "it-is-the-state-named-before", "list-of-three-parsed-as-apposition",
         "powers-acting-alongside", "apposition-describing-the-subject"],
)  # fmt: skip
def test_actor(parsed_sentence, text, trigger, expected):
    ps = parsed_sentence(text)
    verb = next(t for t in ps.doc if t.text == trigger)
    assert sanctioners.actor(ps, verb) == expected


def test_owner_of_a_sanctions_noun(parsed_sentence):
    ps = parsed_sentence("Exporters welcomed American relief for the airline.")
    assert sanctioners.owner(ps, list(ps.doc)) == ["USA"]
    ps = parsed_sentence("Exporters welcomed the relief for the airline.")
    assert sanctioners.owner(ps, list(ps.doc)) == []


# --- issue 2: a country's name before "sanctions" ---
def test_a_country_name_before_sanctions_is_their_target(parsed_sentence):
    ps = parsed_sentence("An executive order ended the Burundi sanctions regime.")
    assert sanctioners.owner(ps, list(ps.doc)) == []
    ps = parsed_sentence("An executive order ended the US sanctions regime.")
    assert sanctioners.owner(ps, list(ps.doc)) == ["USA"]


# --- issue 2, session 5: relative clauses and passive clauses of their own ---
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Canada adopted a new package, which bars imports of Iranian steel.", "bars", ["CAN"]),
        ("Tokyo unveiled its latest measures, which list six Syrian generals.", "list", ["JPN"]),
        ("Norway, which sanctioned three Libyan militias, said little.", "sanctioned", ["NOR"]),
        ("Caracas freed two students the week after the waivers were granted.", "granted", []),
    ],
    ids=["which-is-the-package-its-adopter-acts", "its-measures-by-the-subject",
         "which-is-a-state", "passive-clause-not-by-the-main-subject"],
)  # fmt: skip
def test_actor_of_relative_and_passive_clauses(parsed_sentence, text, trigger, expected):
    ps = parsed_sentence(text)
    verb = next(t for t in ps.doc if t.text == trigger)
    assert sanctioners.actor(ps, verb) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("On Tuesday, Secretary of State Marco Rubio signed a waiver for Iraqi power payments.",
         "signed", ["USA"]),
        ("Foreign Secretary Yvette Cooper on Monday issued a licence for the sale of the club.",
         "issued", ["GBR"]),
        ("Secretary of State Marco Rubio on Monday announced the designation of two generals.",
         "announced", []),
    ],
    ids=["us-secretary-of-state", "british-foreign-secretary", "only-for-a-relief"],
)  # fmt: skip
def test_an_officials_title_stands_for_the_state(parsed_sentence, text, trigger, expected):
    ps = parsed_sentence(text)
    verb = next(t for t in ps.doc if t.text == trigger)
    assert sanctioners.actor(ps, verb) == expected
