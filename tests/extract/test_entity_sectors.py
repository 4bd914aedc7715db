"""The sectors a listed body's trade gives its event when another sentence tells it (session 22:
"a listed firm's 'gold smuggling' in another sentence → gold"). Own-words sentences and articles,
parsed by the real model."""

from __future__ import annotations

import pytest

from detente.extract import entity_sectors
from tests.extract.builders import inline


def _described(nlp, text: str, name: str) -> list[str]:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    return entity_sectors.sectors_of(span)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The licence covered Varnek, the state gold miner.", "Varnek", ["gold", "mining"]),
        ("Officials said the tanker operator Dovra Marine had been listed.", "Dovra Marine",
         ["shipping"]),
        ("The order named Pellor Trading, which Washington accused of smuggling gold.",
         "Pellor Trading", ["gold"]),
        ("Kestam Holdings was sanctioned in May for shipping Iranian oil.", "Kestam Holdings",
         ["shipping", "oil"]),
        ("The bloc listed arms makers and shipping firms, including Torvel Works.",
         "Torvel Works", ["defense", "shipping"]),
        ("Freezes cover arms makers and shipping firms, among them the tanker operator Dovra Marine.",
         "Dovra Marine", ["shipping", "defense"]),
        ("Dovra Marine, a tanker operator and arms dealer, said it would appeal.",
         "Dovra Marine", ["shipping", "defense"]),
        # negatives: the rest of the sentence is about something else
        ("Oil analysts expect Varnek's output to recover slowly.", "Varnek", []),
        ("Pellor Trading was listed, and Washington also banned imports of gold.",
         "Pellor Trading", []),
        ("Kestam Holdings was sanctioned in May for rights abuses in the north.",
         "Kestam Holdings", []),
        ("The gold price rose after Torvel Works was delisted.", "Torvel Works", []),
        ("Varnek, the central bank and two oil firms remain listed.", "Varnek", []),
        ("Kestam Holdings was sanctioned for helping a state defence firm move funds.",
         "Kestam Holdings", []),
        ("The licence allows payments involving Varnek that are needed to import oil.", "Varnek",
         []),
    ],
    ids=[
        "apposition", "noun-before-the-name", "relative-clause", "deed-of-the-listing",
        "group-counted-in", "among-them", "two-nouns-of-one-body",
        "another-subject", "another-clause", "a-reason-no-trade",
        "a-clause-above", "a-list-not-an-apposition", "another-body-s-kind-in-the-deed",
        "a-that-clause-of-another-noun",
    ],
)  # fmt: skip
def test_what_describes_a_named_body(spacy_extractor, text, name, expected):
    assert sorted(_described(spacy_extractor.nlp, text, name)) == sorted(expected)


def test_a_listed_body_described_in_another_sentence(spacy_extractor):
    text = (
        "The US Treasury on Monday imposed sanctions on Varnek Resources and two of its "
        "directors. Varnek Resources, which Washington accused of smuggling gold out of the "
        "country, denied any wrongdoing."
    )
    (event,) = [e for e in spacy_extractor(inline(text)).events if e.type != "release"]
    assert event.entities == ["Varnek Resources"]
    assert event.sectors == ["gold"]


def test_a_body_the_event_does_not_list_gives_nothing(spacy_extractor):
    text = (
        "The US Treasury on Monday imposed sanctions on Varnek Resources and two of its "
        "directors. Separately, Dovra Marine, a tanker operator, was fined by a court in Oslo."
    )
    (event,) = [e for e in spacy_extractor(inline(text)).events if e.type != "release"]
    assert event.sectors == []
