"""What a sanctions act lists: sectors and entities on its object side (own-words sentences, parsed
by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an arms embargo and a ban on crude exports", ["defense", "oil"]),
        ("financial sanctions on firms linked to the military", []),
        ("sanctions on the Ministry of Defence and two airlines", ["aviation"]),
        ("sanctions on military equipment", ["defense"]),
    ],
    ids=["embargo-bears-on-goods", "kinds-and-owners", "ministry-name", "military-goods"],
)
def test_sectors(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul imposed sanctions on members of the Lazarus Group and on Chosun Expo.",
            ["Chosun Expo"],
        ),
        ("Ottawa removed the head of the Bolivian electoral tribunal from its list.", []),
        ("Tokyo imposed sanctions on Rosatom under its Ukraine sanctions programme.", ["Rosatom"]),
        # issue 2: names inside titles, of founders and operators, longer than a known company
        ("Paris froze the assets of Interior Minister Ruslan Dadayev.", ["Ruslan Dadayev"]),
        ("Ottawa sanctioned Pavel Gromov, the founder of the Baltic Timber Group.",
         ["Pavel Gromov"]),
        ("London listed the operator of Russia's Mir payment card system.", []),
        ("Washington sanctioned Gazprom Neft on Friday.", ["Gazprom Neft"]),
    ],
    ids=["members-of-a-group", "no-lowercase-body", "programme-not-listed",
         "title-word-is-no-company", "founder-of", "operator-of", "longer-than-known"],
)  # fmt: skip
def test_entities(spacy_extractor, parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    verb = next(t for t in ps.doc if t.dep_ == "ROOT")
    scope = {t.i for c in verb.children if c.dep_ not in ("nsubj", "punct") for t in c.subtree}
    names, _, _ = listed.entities(ps, verb, scope, spacy_extractor.gazetteer)
    assert names == expected
