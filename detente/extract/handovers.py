"""Captives given up without a word for freeing: "returned five detainees", "handed three hostages
to the Red Cross", "were sent home by X" (release triggers read by ``releases``)."""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.extract.acceptance import CUSTODY_NOUNS
from detente.extract.captors import CAPTIVE_NOUNS
from detente.extract.groups import people_head

log = logging.getLogger(__name__)

# Verbs that free captives by giving them up; only with a captive object (:func:`gives_up`).
GIVE_UP_VERBS = frozenset({"return", "hand", "transfer"})
# Humanitarian go-betweens who receive captives given up: no custody awaits them there.
INTERMEDIARIES = frozenset({"cross", "crescent", "icrc"})


def captives_sent(tok: Token) -> Token | None:
    """ "Nine hostages were sent home by X": captives as the passive subject (not "a woman was
    flown home by way of Moscow", whom another state had freed)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    head = people_head(subj)
    return subj if head is not None and head.lemma_.lower() in CAPTIVE_NOUNS else None


def gives_up(tok: Token) -> bool:
    """ "Israel returned five detainees", "handed three hostages to the Red Cross", "were returned
    by X": captives given up; "transferred" only to a go-between, and never to a prison."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in GIVE_UP_VERBS:
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or (people_head(obj) or obj).lemma_.lower() not in CAPTIVE_NOUNS:
        return False
    if lemma == "return" and not any(c.dep_ == "nummod" for c in obj.children):
        return False  # "undertook to return the prisoners": a counted group is one act
    to = [  # the "to" phrase, on the verb or (as the parser may hang it) on the object
        t.lemma_.lower()
        for c in [*tok.children, *obj.children]
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
        for t in c.subtree
    ]
    if any(w in CUSTODY_NOUNS for w in to):
        return False  # "returned the detainees to their cells"
    return lemma == "return" or any(w in INTERMEDIARIES for w in to)
