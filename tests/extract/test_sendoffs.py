"""People a state held, sent to another state (own sentences): "sent 252 Venezuelans it had been
holding back to Caracas" frees them; soldiers, envoys or migrants sent abroad are not freed."""

from __future__ import annotations

import pytest

from detente.extract import sendoffs
from tests.extract.builders import inline


@pytest.mark.parametrize(
    "text",
    [
        "Peru sent 40 Chilean fishermen it had been holding since March back to Chile.",
        "Peru sent 40 Chilean fishermen held in its prisons since March to Chile.",
        "Peru sent Tomas Reyes, a Chilean officer who spent nine years behind bars, to Chile.",
        "Peru sent a Chilean pilot it had detained in May to Chile on Friday.",
        "Peru sent 12 political prisoners to Madrid on a chartered plane.",
        "Peru sent 40 Chilean migrants held in its prisons since March back to Chile.",
    ],
)
def test_people_held_sent_to_another_state(parsed_sentence, text):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.text == "sent"]
    assert sendoffs.sent_abroad(verb, ps)


@pytest.mark.parametrize(
    "text",
    [
        # no word of custody: troops, envoys, a delegation, migrants sent back
        "Peru sent 300 soldiers to Bolivia on Friday.",
        "Peru sent a Chilean envoy who had served as ambassador to Chile.",
        "Peru sent a delegation to Chile to discuss the detained fishermen.",
        "Peru sent 40 Chilean migrants who had crossed the border back to Chile.",
        # into another custody, to its own state, no state named, the passive
        "Peru sent 40 Chilean fishermen held since March to a prison in Santiago.",
        "Peru sent 40 prisoners held in Cusco to Lima.",
        "Peru sent 40 Chilean fishermen held since March back across the border.",
        "Forty Chilean fishermen held since March were sent to Chile by Peru.",
    ],
)
def test_no_one_freed_by_a_sending(parsed_sentence, text):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.text == "sent"]
    assert not sendoffs.sent_abroad(verb, ps)


def test_a_sending_is_a_release_by_the_sender_to_the_receiving_state(spacy_extractor):
    text = (
        "Chile and Peru trade prisoners\nLIMA, June 14, 2025 -- "
        "Chile freed nine Peruvian sailors on Friday. "
        "As part of the same arrangement, Peru sent 40 Chilean fishermen it had been holding "
        "since March back to Chile."
    )
    events = spacy_extractor(inline(text)).events
    found = {(e.actor, e.count, e.destination, e.date) for e in events}
    assert ("PER", 40, "CHL", "2025-06-13") in found


def test_soldiers_sent_abroad_are_no_release(spacy_extractor):
    text = (
        "Peru frees prisoners\nLIMA, June 14, 2025 -- Peru freed nine Chilean sailors on Friday. "
        "Separately, Peru sent 300 soldiers to Bolivia for a joint exercise."
    )
    events = spacy_extractor(inline(text)).events
    assert [(e.actor, e.count) for e in events] == [("PER", 9)]
