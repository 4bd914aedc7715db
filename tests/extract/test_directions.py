"""Which way a sanctions word moves sanctions (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import sanctions
from detente.extract.directions import nominal
from detente.model import EventType

IMPOSED, EASED = EventType.SANCTIONS_IMPOSED, EventType.SANCTIONS_EASED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa imposed sanctions on six Nicaraguan officials on Tuesday.", (IMPOSED, False)),
        ("The Council extended its sanctions on Syria by a year.", (IMPOSED, True)),
        ("Washington rolled back its sanctions on the Cuban nickel industry.", (EASED, False)),
        ("The Treasury let the licence for Chevron lapse at midnight.", (IMPOSED, False)),
        ("The Treasury issued a general licence for the airline.", (EASED, False)),
        ("The Treasury renewed the waiver for the airline for another year.", (EASED, False)),
    ],
    ids=["impose", "extend", "roll-back", "let-lapse", "licence", "renewed-licence-eases"],
)
def test_direction_of_a_sanctions_verb(parsed_sentence, text, expected):
    found = sanctions.find(parsed_sentence(text))
    assert [(etype, renewal) for _, etype, renewal in found] == [expected]


def test_nominal_acts(parsed_sentence):
    ps = parsed_sentence("The lifting of sanctions on Belavia came after months of talks.")
    lifting = next(t for t in ps.doc if t.lower_ == "lifting")
    assert nominal(lifting) == (EASED, False)


def test_lifting_an_asset_freeze_is_an_easing(parsed_sentence):
    ps = parsed_sentence("The lifting of the asset freeze on Norvex Holdings surprised lawyers.")
    lifting = next(t for t in ps.doc if t.lower_ == "lifting")
    assert nominal(lifting) == (EASED, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury on Monday amended the general licence covering Norvex Potash to allow "
            "US banks to process its payments.",
            [(EASED, False)],
        ),
        ("The Treasury on Monday amended the general licence for Norvex to bar cash payments.", []),
        (
            "On Monday the Treasury published the removal of Norvex Holdings from its sanctions "
            "list.",
            [(EASED, False)],
        ),
        (
            "The April delisting had been the first removal of a shipping firm from the UK list.",
            [],
        ),
    ],
    ids=[
        "licence-amended-to-allow-eases",
        "licence-amended-to-bar-is-no-easing",
        "removal-from-a-list-eases",
        "a-removal-as-a-predicate-is-no-act",
    ],
)
def test_amended_licences_and_removals_from_a_list(parsed_sentence, text, expected):
    found = sanctions.find(parsed_sentence(text))
    assert [(etype, renewal) for _, etype, renewal in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The listing of Belaruskali by the European Union in June 2021 cut its exports.",
         (IMPOSED, False)),
        ("The EU's listing of Belaruskali in June 2021 cut its exports.", (IMPOSED, False)),
        ("The designation of Cuba in January 2021 angered Havana.", None),
        ("The listing of Belaruskali shares in London never happened.", None),
    ],
    ids=["name-the-tagger-calls-a-nationality", "possessive-doer", "a-state-is-no-listing",
         "undated-is-no-act"],
)  # fmt: skip
def test_a_dated_listing_of_a_name(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    noun = next(t for t in ps.doc if t.lower_ in ("listing", "designation"))
    assert nominal(noun) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (v20) a case against people dropped: no sanctions move, though they broke sanctions
        ("Washington dropped charges against seven Iranians accused of breaking sanctions.", []),
        ("Prosecutors dropped the case against a trader who had evaded US sanctions.", []),
        # the same verb on the measures themselves eases them
        ("Washington dropped sanctions on seven Iranian banks.", [(EASED, False)]),
        ("Washington dropped charges against two Iranians and lifted sanctions on their bank.",
         [(EASED, False)]),
    ],
)  # fmt: skip
def test_dropping_a_case_moves_no_sanctions(parsed_sentence, text, expected):
    found = sanctions.find(parsed_sentence(text))
    assert [(etype, renewal) for _, etype, renewal in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 26: members lifting their objections or veto move no sanctions of their own
        ("Hungary and Slovakia lifted their objections to the renewal on Friday.", []),
        ("Hungary on Friday lifted its veto on the new sanctions package.", []),
        ("Budapest withdrew its reservations about the listings on Friday.", []),
        # the same verb on the measures themselves eases them
        ("Hungary lifted its objections and the EU lifted sanctions on three banks.",
         [(EASED, False)]),
    ],
)  # fmt: skip
def test_lifting_an_objection_moves_no_sanctions(parsed_sentence, text, expected):
    found = sanctions.find(parsed_sentence(text))
    assert [(etype, renewal) for _, etype, renewal in found] == expected
