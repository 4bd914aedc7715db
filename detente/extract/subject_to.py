"""Names said to be now, or no longer, under a sanctions measure (session 23, area "entities").

"Nayara Energy, whose refinery Rosneft half owns, is now subject to an EU asset freeze", "The
Industrial Bank and Syrian Arab Airlines are no longer subject to an asset freeze, SECO said":
no act of their own, but the names of the act told just before (a roster, see
:mod:`detente.extract.rosters`): "now" tells the listing, an imposition; "no longer" the removal,
an easing. A standing state ("X is subject to an asset freeze", "X remains subject to sanctions")
tells no act: people sanctioned only earlier are not the act's entities.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.model import EventType

# Nouns of a measure a named body can be subject to.
MEASURE_NOUNS = frozenset(
    {"freeze", "sanction", "ban", "measure", "embargo", "restriction", "blocking"}
)


def way(verb: Token) -> EventType | None:
    """The way an act went that "X is now subject to an asset freeze" (an imposition) or "X is
    no longer subject to asset freezes" (an easing) tells; None for any other verb."""
    if verb.lemma_ != "be" or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "subject"), None)
    if subject is None or not any(
        p.dep_ == "pobj" and p.lemma_.lower() in MEASURE_NOUNS
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
    ):
        return None
    adverbs = [c for c in verb.children if c.dep_ in ("advmod", "neg")]
    words = {c.lower_ for c in adverbs} | {g.lower_ for c in adverbs for g in c.children}
    if {"no", "longer"} <= words:
        return EventType.SANCTIONS_EASED
    return EventType.SANCTIONS_IMPOSED if "now" in words else None


def named(verb: Token) -> bool:
    """Whether what a measure is said to apply to names a body ("Nayara Energy is now subject
    to"), not a group ("All eight are now subject to")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i < verb.i and any(t.pos_ == "PROPN" for t in subj.subtree)
