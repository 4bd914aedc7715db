"""Releases: the state people are deported or expelled from is the one that held and freed them.

"The BBC correspondent X was deported from Turkey after being held for 17 hours": a reporter held
for hours and then deported is a release (session 25), and Turkey freed him; the nationality that
describes him ("the Swedish reporter X") is not the actor. Read only where the sentence names no
subject or agent that frees (:mod:`detente.extract.releases` asks here before its fallbacks).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.mentions import ParsedSentence, places_in

# Words that tell the deported were held first ("after being held for 17 hours").
HELD = lx.HOLD_LEMMAS | {"arrest"}
# Kinds of places that name a state one leaves: its name or its capital.
STATE_KINDS = frozenset({"name", "capital"})


def expelled_from(ps: ParsedSentence, trigger: Token) -> list[str]:
    """ "X was deported from Turkey after being held for 17 hours", "held for hours and expelled
    from Iran": the state of the verb's own "from" phrase, when it names one and the sentence
    tells them held; else nothing."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lx.EXPULSION_VERBS:
        return []
    if not any(t.lemma_.lower() in HELD for t in ps.doc):
        return []  # "deported from the United States to El Salvador": migrants sent away
    froms = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from"]
    objects = [t for f in froms for g in f.children if g.dep_ == "pobj" for t in g.subtree]
    states = list(dict.fromkeys(p.code for p in places_in(ps, objects, STATE_KINDS)))
    return states if len(states) == 1 else []
