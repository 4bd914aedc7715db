"""Sector words on an act's object side that name no sector of what is listed.

"three cyber units it accuses of stealing cryptocurrency to fund Pyongyang's weapons programmes",
"IT workers whose earnings fund the missile programme": what the money of the listed goes to
is the reason for the listing, not the trade of the listed (no ``defense`` sector). "a designation
that had cut the country off from international finance": what a measure shut its target out of
is its effect, not a sector it bears on (no ``finance``). "to squeeze Tehran's oil revenue",
"Thai energy security": what a measure aims at is no sector of what it lists. "Sepehr Energy, a
firm that markets oil": a company's name word "Energy" tells no trade (oil, not ``energy``).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs by which money goes to something ("to fund", "whose earnings fund", "to bankroll").
# Not "pay": a licence's deal is told by it ("letting Iraq pay for Iranian gas": gas is dealt in).
PURPOSE_VERBS = frozenset({"fund", "finance", "bankroll"})
# Nouns of what a measure aims to cut or guard ("oil revenue", "energy security"), not its goods.
AIM_NOUNS = frozenset({"revenue", "income", "earnings", "security"})


def funded(tok: Token) -> bool:
    """Whether a word is inside what a purpose verb's money goes to ("to fund the weapons
    programmes")."""
    return any(a.pos_ == "VERB" and a.lemma_.lower() in PURPOSE_VERBS for a in tok.ancestors)


def shut_out_of(tok: Token) -> bool:
    """Whether a word is inside what a measure cut its target off from ("cut the country off
    from international finance")."""
    return any(
        a.dep_ == "prep"
        and a.lower_ == "from"
        and any(c.dep_ == "prt" and c.lower_ == "off" for c in a.head.children)
        for a in tok.ancestors
    )


def aim_only(tok: Token) -> bool:
    """Whether a sector word only modifies what a measure aims at ("to squeeze Moscow's energy
    revenue", "Thai energy security"), or is the word "Energy" of a company's name."""
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in AIM_NOUNS:
        return True
    return tok.lower_ == "energy" and tok.pos_ == "PROPN" and tok.ent_type_ != ""
