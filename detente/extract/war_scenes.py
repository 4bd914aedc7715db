"""States named only as the scene or victim of a war: never the target of a sanctions act.

"froze the assets of six oligarchs ... to help the victims of the war in Ukraine", "on the eve of
the anniversary of the full-scale invasion of Ukraine", "over Moscow's aggression against
Ukraine": the state a war is waged in or against is where the measures' reason happened, not whom
they bear on (the guide: the target is the country whose state, companies or nationals are
targeted). Read from the words just before the place, so that it works the same on parsed
sentences and on sentences that were only tokenised (the article's context). "An attack on
Nicaragua's sovereignty", which a targeted government says of the measures themselves, is no war
phrase: only war, invasion, aggression and occupation nouns, and the verb "invade", count.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from detente.extract.gazetteer import Place
from detente.extract.sentences import Sentence

# War nouns and the prepositions that introduce the state a war is waged in or against.
WAR_PHRASES: dict[str, frozenset[str]] = {
    "war": frozenset({"in", "against", "on"}),
    "wars": frozenset({"in", "against", "on"}),
    "invasion": frozenset({"of"}),
    "aggression": frozenset({"against"}),
    "occupation": frozenset({"of"}),
}
# Forms of "invade", whose object is the state invaded ("since Russia invaded Ukraine").
INVADE_FORMS = frozenset({"invade", "invaded", "invades", "invading"})


def war_scene(span: Span) -> bool:
    """Whether a place is the state a war is waged in or against ("the war in Ukraine", "the
    full-scale invasion of Ukraine", "invaded Ukraine"), read from the words before it (an
    article "the" skipped)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in INVADE_FORMS:
        return True
    return i >= 1 and doc[i].lower_ in WAR_PHRASES.get(doc[i - 1].lower_, frozenset())


def counts(context: list[tuple[Sentence, list[Place]]]) -> Counter[str]:
    """How often the article names each state as a war's scene (its context sentences' places)."""
    return Counter(p.code for _, places in context for p in places if war_scene(p.span))
