"""An act told again by its noun spells out whom it lists (own sentences, parsed by the real
model)."""

from __future__ import annotations

import pytest

from detente.extract import act_rosters
from detente.model import EventType


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The delistings include the Copperbelt Power Authority.", "delistings"),
        ("The measures apply to 40 people, including Oleg Korzun.", "measures"),
        ("The UK's list names six people, including the judge Reza Tavakoli.", "list"),
        ("The EU delistings cover the Sirte Oil Company.", "delistings"),
        # negatives
        ("The delistings do not include the Copperbelt Power Authority.", None),
        ("A list names Oleg Korzun.", None),
        ("The measures apply from Monday.", None),
        ("The delistings were welcomed by Oleg Korzun.", None),
        ("Viasna's list names six people, including the activist Ales Pushkin.", None),
        ("The list includes the judge Reza Tavakoli.", None),  # a roster of its own kind
        ("The measures include an arms embargo.", None),  # a regime's contents
    ],
)
def test_act_told(spacy_extractor, text, noun):
    doc = spacy_extractor.nlp(text)
    found = [act_rosters.act_told(t) for t in doc]
    assert [t.text for t in found if t is not None] == ([noun] if noun else [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The delistings include the Copperbelt Power Authority.", EventType.SANCTIONS_EASED),
        ("The UK's list names six people, including Reza Tavakoli.", EventType.SANCTIONS_IMPOSED),
        ("The measures apply to 40 people, including Oleg Korzun.", None),
    ],
)
def test_the_noun_tells_the_way(spacy_extractor, text, kind):
    doc = spacy_extractor.nlp(text)
    subj = next(a for t in doc if (a := act_rosters.act_told(t)) is not None)
    assert act_rosters.ACT_NOUNS[subj.lemma_.lower()] is kind
