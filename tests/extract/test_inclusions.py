"""Members a sanctions act lists through "including ...", and leaders as listed names (own-words
sentences through the extractor, published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def _listed(extractor, text):
    doc = inline(text)
    return [(e.type, e.actor, e.entities) for e in extractor(doc).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU on Monday added Olga Petrenko to its sanctions list, freezing her assets and "
            "barring her from travel, together with six other officials including her deputy "
            "Ivan Sergeyev.",
            [("sanctions_imposed", "EU", ["Olga Petrenko", "Ivan Sergeyev"])],
            id="including-hung-on-a-clause-of-the-act",
        ),
        pytest.param(
            "The EU on Monday sanctioned six judges who sentenced scores of activists, including "
            "Olga Petrenko.",
            [("sanctions_imposed", "EU", [])],
            id="members-of-a-wronged-group-are-not-listed",
        ),
        pytest.param(
            "The Council renewed its Belarus sanctions for another year on Monday, keeping "
            "Belagrobank on its list.",
            [("sanctions_imposed", "EU", ["Belagrobank"])],
            id="kept-on-the-list-by-a-renewal",
        ),
        pytest.param(
            "Brussels on Tuesday put Daniel Ortega on its sanctions list.",
            [("sanctions_imposed", "EU", ["Daniel Ortega"])],
            id="leader-listed",
        ),
        pytest.param(
            "The Treasury on Tuesday sanctioned twenty officers over Nicolás Maduro's crackdown.",
            [("sanctions_imposed", "USA", [])],
            id="leader-as-the-reason-is-not-listed",
        ),
        # session 16: members told by "among them", which the parser hangs anywhere
        pytest.param(
            "The Council on Thursday extended its sanctions on Nicaragua for a year, keeping asset "
            "freezes on 21 individuals and three entities, among them Vice President Rosario "
            "Murillo and the Nicaraguan National Police.",
            [("sanctions_imposed", "EU", ["Rosario Murillo", "Nicaraguan National Police"])],
            id="among-them-after-a-listed-group",
        ),
        pytest.param(
            "Washington lifted sanctions on Belavia on Monday after Minsk freed 14 people, among "
            "them Ales Bialiatski.",
            [("release", "BLR", []), ("sanctions_eased", "USA", ["Belavia"])],
            id="among-them-after-people-freed-is-no-member",
        ),
        pytest.param(
            "The EU on Monday sanctioned six judges who jailed dozens of activists, among them "
            "Olga Petrenko.",
            [("sanctions_imposed", "EU", [])],
            id="among-them-after-people-wronged-is-no-member",
        ),
        pytest.param(
            "The Treasury on Monday designated President Emmerson Mnangagwa under its "
            "anti-corruption powers, along with three companies: Sakunda Holdings, Fossil Agro and "
            "Aurex Holdings.",
            [
                (
                    "sanctions_imposed",
                    "USA",
                    ["Emmerson Mnangagwa", "Sakunda Holdings", "Fossil Agro", "Aurex Holdings"],
                )
            ],
            id="names-after-a-colon-closing-a-counted-group",
        ),
        pytest.param(
            "Washington imposed sanctions on two banks on Monday and freed three prisoners: Ana "
            "Lopez, Jose Perez and Maria Diaz.",
            [("release", "USA", []), ("sanctions_imposed", "USA", [])],
            id="a-colon-after-prisoners-lists-no-one",
        ),
        pytest.param(
            "The EU on Monday renewed its sanctions on Zimbabwe for a year, keeping asset freezes "
            "on 11 individuals and three entities, among them Mnangagwa, his wife Auxillia "
            "Mnangagwa and the businessman Kudakwashe Tagwirei.",
            [("sanctions_imposed", "EU", ["Auxillia Mnangagwa", "Kudakwashe Tagwirei"])],
            id="among-them-a-relative-and-a-businessman",
        ),
        # session 17: names after a counted group or "including", read from the surface
        pytest.param(
            "Tokyo on Tuesday froze the assets of the Central Bank of Russia and of three "
            "commercial lenders, Volga Credit Bank, Bank Severny and Promtorgbank, in response "
            "to the invasion.",
            [("sanctions_imposed", "JPN",
              ["Central Bank of Russia", "Volga Credit Bank", "Bank Severny", "Promtorgbank"])],
            id="a-counted-group-and-its-names",
        ),
        pytest.param(
            "The US Treasury on Thursday lifted sanctions on four people and three companies "
            "linked to Myanmar's military, including the arms broker Sit Taing Aung and the "
            "firms KT Services & Logistics, MCM Group and Suntac Technologies, according to a "
            "notice on its website.",
            [("sanctions_eased", "USA", ["Sit Taing Aung", "KT Services & Logistics",
                                         "MCM Group", "Suntac Technologies"])],
            id="including-names-hung-elsewhere",
        ),
        pytest.param(
            "Britain on Monday imposed sanctions on three companies, the Foreign Office said.",
            [("sanctions_imposed", "GBR", [])],
            id="a-counted-group-and-its-sayer",
        ),
        pytest.param(
            "Britain on Monday imposed sanctions on three companies, Foreign Secretary David "
            "Lammy said.",
            [("sanctions_imposed", "GBR", [])],
            id="a-counted-group-and-a-named-sayer",
        ),
    ],
)  # fmt: skip
def test_members(spacy_extractor, text, expected):
    assert _listed(spacy_extractor, text) == expected
