"""Where the freed went and who held them: places around a release trigger.

``destination`` reads the country the freed were taken to ("flown to Vilnius", "handed over to
Armenia", "is home in Melbourne", "returned home" of a group with a nationality, the freed of the
other side of a swap going home); ``holder`` reads the state that held a group ("Americans held in
Venezuela", "men who had spent months in El Salvador's prison").
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.mentions import ParsedSentence

log = logging.getLogger(__name__)

MOVE_VERBS = frozenset(
    {"fly", "take", "deport", "expel", "send", "drive", "cross", "arrive", "land", "return", "head",
     "flee", "bring", "reach", "escort", "hand", "board", "leave", "transfer", "go", "release",
     "free", "evacuate", "travel", "move", "repatriate", "come", "put"}
)  # fmt: skip
DEST_PREPS = frozenset({"to", "into", "in", "for", "at"})
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach"})
# Verbs of the clause that says where a group was held ("held in", "detained in", "spent ... in").
HOLD_VERBS = frozenset(
    {"hold", "detain", "imprison", "jail", "keep", "spend", "capture", "abduct", "kidnap",
     "incarcerate", "lock", "sentence", "convict", "arrest", "serve", "languish"}
)  # fmt: skip
# Steps up the tree from a place to the preposition governing it ("to the Lithuanian border").
MAX_CLIMB = 4


def _governing_prep(place_tok: Token) -> Token | None:
    """The preposition whose object phrase contains a place token."""
    head = place_tok
    for _ in range(MAX_CLIMB):
        if head.dep_ == "pobj" or head.head is head:
            break
        head = head.head
    return head.head if head.dep_ == "pobj" else None


def _moved_to(ps: ParsedSentence, start: int) -> bool:
    """Whether the place at token ``start`` is where someone was moved to."""
    prep = _governing_prep(ps.doc[start])
    if prep is None or prep.lower_ not in DEST_PREPS:
        return False
    verb = prep.head
    if verb.lower_ == "home":  # "flown home to Caracas", "is home in Melbourne"
        return True
    if verb.lower_ in ("over", "back") and verb.head is not verb:  # "handed back to Moscow"
        verb = verb.head
    lemma = verb.lemma_.lower()
    if lemma not in MOVE_VERBS:
        return False
    return prep.lower_ not in ("in", "at") or lemma in ARRIVAL_VERBS


def moved_to_by(ps: ParsedSentence, verb: Token) -> str | None:
    """The single country a given verb moves people to ("Reed flew home to the United States,
    and Yaroshenko returned to Moscow": the United States for "flew", Russia for "returned")."""
    codes = set()
    for p in ps.places:
        if p.kind not in ("name", "capital") or not _moved_to(ps, p.span.start):
            continue
        prep = _governing_prep(ps.doc[p.span.start])
        head = prep.head if prep is not None else None
        if head is not None and head.lower_ in ("home", "over", "back"):
            head = head.head
        if head is not None and head.i == verb.i:
            codes.add(p.code)
    return codes.pop() if len(codes) == 1 else None


def demonym_of(tok: Token | None, ps: ParsedSentence) -> str | None:
    """The country a people noun's nationality names ("Ukrainian prisoners", "eight Russians")."""
    if tok is None:
        return None
    ids = {tok.i} | {c.i for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    codes = {p.code for p in ps.places if p.kind == "demonym" and p.span.start in ids}
    return codes.pop() if len(codes) == 1 else None


def _goes_home(trigger: Token) -> bool:
    return any(c.lower_ == "home" for c in trigger.children) or any(
        c.lower_ == "home" for c in trigger.head.children if trigger.dep_ in ("xcomp", "conj")
    )


def destination(
    ps: ParsedSentence, actor: str | None, trigger: Token, group: Token | None
) -> str | None:
    """The single country the freed were taken to, if the sentence says so."""
    codes = {
        p.code for p in ps.places if p.kind in ("name", "capital") and _moved_to(ps, p.span.start)
    }
    codes.discard(actor or "")
    if len(codes) == 1:
        return codes.pop()
    if codes:
        return None
    nationality = demonym_of(group, ps)
    if nationality is None or nationality == actor:
        return None
    swapped = bool(lx.EXCHANGE_CUES.search(ps.sentence.text)) or any(
        t.lemma_.lower() in ("swap", "exchange") for t in ps.doc
    )
    return nationality if swapped or _goes_home(trigger) else None


def holder(group: Token | None, ps: ParsedSentence) -> str | None:
    """The state that held a group, from a clause on it ("Americans held in Venezuela")."""
    if group is None:
        return None
    for clause in group.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in HOLD_VERBS:
            continue
        ids = {t.i for t in clause.subtree}
        codes = [
            p.code
            for p in ps.places
            if p.span.start in ids and p.kind in ("name", "capital", "demonym")
        ]
        if codes:
            return codes[0]
    return None
