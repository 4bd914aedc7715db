"""Sector words on an act's object side that name no sector of what is listed.

"three cyber units it accuses of stealing cryptocurrency to fund Pyongyang's weapons programmes",
"IT workers whose earnings fund the missile programme": what the money of the listed goes to
is the reason for the listing, not the trade of the listed (no ``defense`` sector).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs by which money goes to something ("to fund", "whose earnings fund", "to bankroll").
# Not "pay": a licence's deal is told by it ("letting Iraq pay for Iranian gas": gas is dealt in).
PURPOSE_VERBS = frozenset({"fund", "finance", "bankroll"})


def funded(tok: Token) -> bool:
    """Whether a word is inside what a purpose verb's money goes to ("to fund the weapons
    programmes")."""
    return any(a.pos_ == "VERB" and a.lemma_.lower() in PURPOSE_VERBS for a in tok.ancestors)
