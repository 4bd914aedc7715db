"""Bodies that are not states and impose penalties of their own (sports bodies, courts, exchanges,
regulators, watchdogs): the acts *they* do are no state's sanctions (docs/annotation.md: "Sports
bodies' bans and penalties, court fines ... are not state sanctions").

Only their own acts are theirs. Such a body named elsewhere in a sentence, as an object or inside
a name ("froze the assets of the owner of Chelsea Football Club", "banned the London Metal
Exchange from accepting Russian metal", "the Revolutionary Court judge X was listed"), or doing
something in a clause of its own ("..., after the top court upheld the ban on her candidacy"),
leaves the sentence's sanctions acts to the states that do them. A body is a doer when it is the
subject of an active verb, the agent of a passive one ("banned by UEFA"), or the owner of a
measure ("FIFA's ban", "UEFA sanctions"); the acts in its scope are that verb, the acts it
governs ("the league decided to lift the ban"), and the act whose object holds it ("lifted the
ban the federation had imposed").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import doc_memo
from detente.extract import lexicon as lx
from detente.extract import sanctioners as who
from detente.extract.mentions import ParsedSentence
from detente.extract.trade_cues import DEAL_CUES, EXCHANGE_CUES

# Places of a body that does nothing: what an act bears on or a name's apposition.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "appos", "pobj"})
# Places of a word that modifies a noun ("FIFA's ban", "Supreme Court judges", "Olympic officials").
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Nouns of a measure a body owns ("FIFA's ban", "UEFA sanctions", "the exchange's suspension").
OWNED_MEASURES = frozenset(
    {"ban", "sanction", "sanctions", "suspension", "penalty", "fine", "measure", "restriction",
     "decision", "ruling", "order", "disqualification", "exclusion", "expulsion", "delisting"}
)  # fmt: skip
# Clauses that hang on an act without being what it bears on: the circumstances around it.
CIRCUMSTANCE_DEPS = frozenset({"advcl", "parataxis"})


# The sanctioning powers whose name in a sentence makes its acts theirs, whatever else it names.
NAMED_POWERS = frozenset({"USA", "EU", "GBR", "UN", "CAN"})


def acts(ps: ParsedSentence) -> list[Token] | None:
    """The acts of a sentence done by non-state bodies ([] when none is), or None when the whole
    sentence is theirs: a regional bloc outside the vocabulary (ECOWAS, the African Union) is
    named, and no sanctioning power is. With a sanctioning power named ("the US Treasury", "the
    EU", "Britain"), no act of the sentence is taken from it."""
    # "in exchange for" is a deal, not a stock exchange
    uncued = DEAL_CUES.sub(" ", EXCHANGE_CUES.sub(" ", ps.sentence.text))
    regional = who.REGIONAL_BODIES.search(uncued)
    if not (regional or lx.NON_STATE_SANCTIONERS.search(uncued)):
        return []
    if any(
        p.kind in ("name", "capital", "institution")
        and p.code in NAMED_POWERS
        and not (regional and p.span.text.lower() == "bloc")  # "the regional bloc": not the EU
        for p in ps.places
    ):
        return []
    return None if regional else doers(ps)


def bodies(ps: ParsedSentence) -> list[Token]:
    """The words of the sentence that name a non-state body ("court", "FIFA", "exchange"), outside
    the cues of a deal ("in exchange for")."""
    text = ps.sentence.text
    cues = [
        (m.start(), m.end())
        for pattern in (EXCHANGE_CUES, DEAL_CUES)
        for m in pattern.finditer(text)
    ]
    spans = [
        (m.start(), m.end())
        for m in lx.NON_STATE_SANCTIONERS.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in cues)
    ]
    return [t for t in doc_memo.tokens(ps.doc) if any(s <= t.idx < e for s, e in spans)]


def doers(ps: ParsedSentence) -> list[Token]:
    """The acts (verbs, or owned measure nouns) whose doer is a non-state body of the sentence.
    A body in an object's place (an object, a passive subject, a phrase of any preposition but
    "by", an apposition) does nothing; in any other place (a subject, or a word the parser could
    not place, as it often cannot a name opening a sentence) it does what its head does."""
    out: list[Token] = []
    for body in bodies(ps):
        head = _phrase_head(body)
        while head.dep_ in MODIFIER_DEPS and head.head.lemma_.lower() not in OWNED_MEASURES:
            head = _phrase_head(head.head)  # "Supreme Court judges ruled": the judges' act
        if head.dep_ in MODIFIER_DEPS:
            out.append(head.head)  # "FIFA's ban", "UEFA sanctions"
        elif head.dep_ == "pobj":
            if head.head.lower_ == "by":
                out.append(head.head.head)  # "banned by UEFA", "a ban by the league"
        elif head.dep_ not in OBJECT_DEPS:
            out.append(head if head.dep_ == "ROOT" else head.head)  # "the court upheld"
    return out


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a word is part of: through the parts of a name ("the London
    Metal Exchange") and joined names ("FIFA and UEFA")."""
    while tok.head.i != tok.i and (
        (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN") or tok.dep_ == "conj"
    ):
        tok = tok.head
    return tok


def theirs(trigger: Token, acts: list[Token]) -> bool:
    """Whether a sanctions trigger is in the scope of an act done by a non-state body: that act
    itself, an act it governs, or an act whose object holds it."""
    for act in acts:
        if act.i == trigger.i or _governs(act, trigger) or _governs(trigger, act):
            return True
    return False


def _governs(top: Token, low: Token) -> bool:
    """Whether ``low`` hangs below ``top`` through no circumstantial clause ("after ...")."""
    tok = low
    while tok.i != top.i:
        if tok.head.i == tok.i or tok.dep_ in CIRCUMSTANCE_DEPS:
            return False
        tok = tok.head
    return True
