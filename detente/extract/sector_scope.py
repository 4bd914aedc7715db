"""Sector words on an act's object side that name no sector of what is listed.

"three cyber units it accuses of stealing cryptocurrency to fund Pyongyang's weapons programmes",
"IT workers whose earnings fund the missile programme": what the money of the listed goes to
is the reason for the listing, not the trade of the listed (no ``defense`` sector). "a designation
that had cut the country off from international finance": what a measure shut its target out of
is its effect, not a sector it bears on (no ``finance``). "to squeeze Tehran's oil revenue",
"Thai energy security": what a measure aims at is no sector of what it lists. "Sepehr Energy, a
firm that markets oil": a company's name word "Energy" tells no trade (oil, not ``energy``).
"a hacker accused of theft from banks", "fraud against investors": a crime that touches a sector
is no trade in it (session 23).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs by which money goes to something ("to fund", "whose earnings fund", "to bankroll").
# Not "pay": a licence's deal is told by it ("letting Iraq pay for Iranian gas": gas is dealt in).
PURPOSE_VERBS = frozenset({"fund", "finance", "bankroll"})
# Nouns of what a measure aims to cut or guard ("oil revenue", "energy security"), not its goods.
AIM_NOUNS = frozenset({"revenue", "income", "earnings", "security"})
# Crimes whose victims may be of a sector ("theft from banks", "fraud against investors",
# "hacking banks"): the sector is whom the crime touched, not a trade of the listed (session 23).
CRIME_NOUNS = frozenset(
    {"theft", "fraud", "robbery", "heist", "hack", "hacking", "attack", "extortion", "scam",
     "embezzlement", "cyberattack", "raid", "looting"}
)  # fmt: skip
# Crime verbs whose object is the victim ("defrauded investors", "hacked banks"); a verb whose
# object is the goods ("stealing cryptocurrency") names its victim only after "from".
VICTIM_VERBS = frozenset({"rob", "defraud", "hack", "attack", "extort", "scam", "raid"})
GOODS_CRIME_VERBS = frozenset({"steal", "loot", "embezzle", "siphon", "divert"})
# Prepositions that name a crime's victim ("theft from banks", "fraud against investors").
VICTIM_PREPS = frozenset({"from", "against", "on"})


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


def crime_victim(tok: Token) -> bool:
    """Whether a sector word names whom a crime touched ("theft from banks", "fraud against
    investors", "accused of hacking banks", "stole from lenders"), not a trade (session 23).
    What was stolen ("stealing cryptocurrency") is not a victim."""
    head, prep = tok.head, None
    if tok.dep_ == "pobj" and head.lower_ in VICTIM_PREPS:
        head, prep = head.head, head
    if head.pos_ == "NOUN":
        return prep is not None and head.lemma_.lower() in CRIME_NOUNS
    if head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    if prep is None:  # the verb's own object: a victim of "defrauded", goods of "stole"
        return tok.dep_ == "dobj" and lemma in VICTIM_VERBS
    return lemma in VICTIM_VERBS | GOODS_CRIME_VERBS or any(  # "accused of theft from banks"
        p.dep_ == "prep" and p.lower_ in ("of", "for") and g.lemma_.lower() in CRIME_NOUNS
        for p in head.children
        for g in p.children
    )
