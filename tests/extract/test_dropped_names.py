"""Names dropped from a sanctions list are a delisting (own sentences; guide, session 25: "A renewal
that drops names: the renewal (imposed, renewal true) and the delisting (eased), even with the names
untold")."""

from __future__ import annotations

import pytest

from detente.extract import sanctions
from detente.model import Document, EventType

IMPOSED, EASED = EventType.SANCTIONS_IMPOSED, EventType.SANCTIONS_EASED


@pytest.mark.parametrize(
    "text",
    [
        "In the end four names were dropped to win Slovakia's backing, diplomats said.",
        "The Council renewed the measures last week, although it has dropped some names.",
        "Ottawa did remove one name: a retired colonel who had left the country.",
        "The bloc took two names off after a court ruling.",
        "The Council removed two names three years ago.",
        "Last March the ministers agreed to the removal of three names.",
    ],
    ids=["passive", "perfect", "emphatic-did", "took-off", "dated-ago", "removal-noun"],
)
def test_names_dropped_are_an_easing(parsed_sentence, text):
    found = sanctions.find(parsed_sentence(text))  # (a renewal told beside it is its own act)
    assert [(e, renewal) for _, e, renewal in found if e is EASED] == [(EASED, False)]


@pytest.mark.parametrize(
    "text",
    [
        "No names were removed.",  # nothing dropped
        "Budapest threatened to block the rollover unless several names were dropped.",
        "Budapest had demanded the removal of six names as its price.",
        "The agency dropped its name from the brochure after the complaint.",  # one party's name
        "Diplomats said they would consider removing some names if Minsk freed prisoners.",
        "The club removed the names of two players from its squad list.",  # no object "names"
        "The bloc removed the last individual names years ago.",  # generic history
        "Brief: EU rolls over Iran listings, drops one name; UN panel meets",  # a misparsed headline
        "The monitor counted 1,020 political prisoners on Friday, before removing the names of "
        "those pardoned on Thursday.",  # a count of prisoners, not a sanctions list
    ],
    ids=[
        "no-names",
        "unless",
        "demanded",
        "own-name",
        "would-consider",
        "names-of",
        "years-ago",
        "headline",
        "count-kept",
    ],
)
def test_names_not_dropped_are_no_act(parsed_sentence, text):
    found = sanctions.find(parsed_sentence(text))
    assert [etype for _, etype, _ in found if etype is EASED] == []


def test_a_renewal_that_drops_names_is_two_events(spacy_extractor):
    text = (
        "Bloc extends Belarus measures\n\nThe European Union on Monday renewed its sanctions on "
        "Belarus for another year. In the end two names were dropped to secure unanimity, "
        "officials said.\n"
    )
    doc = Document(id=Document.content_id(text), source="t", published="2025-06-18", text=text)
    (analysis,) = spacy_extractor.pipe([doc])
    found = sorted((e.type, e.actor, e.target, e.date, e.renewal) for e in analysis.events)
    assert found == [
        (EASED, "EU", "BLR", "2025-06-16", False),
        (IMPOSED, "EU", "BLR", "2025-06-16", True),
    ]


def test_a_headline_conjunct_with_no_subject_of_its_own_is_left(parsed_sentence):
    """ "EU rolls over Russia blacklist, drops three names": a misparsed headline whose verb has
    no subject of its own tells no one who dropped them."""
    ps = parsed_sentence("EU rolls over Russia blacklist for six months, drops three names")
    assert [e for _, e, _ in sanctions.find(ps) if e is EASED] == []
