"""The entity recogniser decoded over arrays (detente/extract/entity_steps.py) finds the entities
spaCy's own greedy decoder finds."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from detente.extract import entity_steps, fastparse

ENT = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]
SENTENCES = [
    "Ales Bialiatski was freed in Minsk on Tuesday.",
    "Belarus freed Maria Kolesnikova.",  # an entity on the last words
    "Tehran",  # one word
    "",  # no words
    "The U.S. Treasury lifted sanctions on Gazprombank. Moscow welcomed it.",  # two sentences
    "Iran   freed  two Americans\n\nin exchange for $6 billion",  # whitespace tokens
    "Russia and the United States swapped 26 prisoners in Ankara on 1 August 2024, officials "
    "of Turkey's MIT intelligence agency said, naming Evan Gershkovich and Paul Whelan.",
]


def _parsed(extractor, texts: list[str]) -> list[Doc]:
    docs = [extractor.nlp.make_doc(t) for t in texts]
    for stage in extractor._stages:
        docs = list(stage.pipe(docs, batch_size=len(docs)))
    return docs


def _entities(docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]


def test_pipeline_decodes_entities_over_arrays(spacy_extractor):
    assert isinstance(spacy_extractor._ner, entity_steps.EntitySteps)
    assert entity_steps.EntitySteps.of(spacy_extractor.nlp.get_pipe("parser")) is None
    assert entity_steps.EntitySteps.of(spacy_extractor.nlp.get_pipe("tagger")) is None


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_same_entities_as_spacys_decoder(spacy_extractor, batch_size):
    ner = spacy_extractor.nlp.get_pipe("ner")
    theirs = _parsed(spacy_extractor, SENTENCES)
    ours = _parsed(spacy_extractor, SENTENCES)
    list(fastparse.GreedySteps(ner).pipe(iter(theirs), batch_size=batch_size))
    out = list(entity_steps.EntitySteps(ner).pipe(iter(ours), batch_size=batch_size))
    assert [d.text for d in out] == SENTENCES
    assert _entities(ours) == _entities(theirs)
    assert any(_entities(ours))
    for a, b in zip(ours, theirs, strict=True):
        assert a.to_array(ENT).tolist() == b.to_array(ENT).tolist(), a.text


def test_preset_entities_go_through_spacys_decoder(spacy_extractor):
    """A doc that already holds entities is decoded by spaCy (its moves keep preset ones)."""
    ner = spacy_extractor.nlp.get_pipe("ner")
    theirs, ours = (_parsed(spacy_extractor, SENTENCES[:2]) for _ in range(2))
    for docs in (theirs, ours):
        docs[0].set_ents([Span(docs[0], 5, 6, label="LOC")], default="missing")
    list(fastparse.GreedySteps(ner).pipe(iter(theirs), batch_size=2))
    list(entity_steps.EntitySteps(ner).pipe(iter(ours), batch_size=2))
    assert _entities(ours) == _entities(theirs)
    assert (5, 6, "LOC") in _entities(ours)[0]
