"""Whether the sentence gates keep what the rules need (a check for rule work and the tests).

The gates (:mod:`detente.extract.gate`) decide from the raw text which sentences are parsed; the
rules then look at parses. A rule that fires on a sentence the gates skip is lost silently. Here
every sentence of the given documents is parsed in full and run through the release, sanctions
and stock rules; a sentence where one of them fires must pass the gates (with named entities for
the release and sanctions rules). ``eval/tools/gate_check.py`` runs it over a whole split after
each fold of new articles into dev; the test suite runs it over a fixed sample.
"""

from __future__ import annotations

from collections.abc import Iterable

from detente.extract import gate, releases, sanctions, stocks
from detente.extract.pipeline import Extractor
from detente.extract.sentences import split
from detente.model import Document


def rule_misses(extractor: Extractor, documents: Iterable[Document]) -> list[str]:
    """The sentences of ``documents`` where a rule finds something that the gates do not parse
    (or parse without the entities the rule needs)."""
    missed = []
    for doc in documents:
        sents = split(doc.text)
        parsed = extractor.nlp.pipe([s.text for s in sents])
        relevant = gate.relevant(doc.text)
        for s, sdoc in zip(sents, parsed, strict=True):
            ps = extractor._prepare(s, sdoc, doc.published)
            acts = bool(releases.find(ps) or sanctions.find(ps))
            held = bool(stocks.find(ps, set()))
            g = gate.needs(s.text) if relevant else None
            if (acts and not (g and g.entities)) or (held and not (g and g.parse)):
                missed.append(s.text)
    return missed
