"""Roles a state plays around an act that make it neither the actor nor the target.

A state named in a sentence is not always a party to the act the sentence tells. The ones found
here are named in a role the grammar of the phrase gives away, whatever the verb:

- a go-between fused with its verb into one adjective ("a Turkish-brokered exchange", "the
  UAE-mediated swap", "an Oman-hosted handover"): the state helped, it freed no one. The parser
  reads "Turkish" as a modifier of the act, so the act's subject phrase would name it as actor.
  Named again only as a circumstance ("officials in Ankara said"), it is still only the go-between.
- the holder of a sanctions licence ("a licence granted to Trinidad's gas company", "a waiver
  letting Iraq buy Iranian electricity"): it is let deal with the target; it is not the target.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract.mentions import ParsedSentence, places_in

log = logging.getLogger(__name__)

# Participles that, joined to a state by a hyphen, make an adjective of a go-between's help.
GO_BETWEEN_PARTICIPLES = frozenset(
    {"brokered", "mediated", "facilitated", "hosted", "co-hosted", "arranged", "negotiated",
     "sponsored", "backed", "led"}
)  # fmt: skip
# Nouns of an act a go-between may help, which a "<state>-led" adjective must qualify to be one
# ("a Qatari-led mediation", not "a Saudi-led coalition" nor "the US-led sanctions").
GO_BETWEEN_ACTS = frozenset({"mediation", "talk", "negotiation", "effort", "process", "initiative"})


def _go_between_word(tok: Token) -> bool:
    """Whether ``tok`` is "-brokered" after a state: the hyphen and a go-between's participle
    ("-led" and "-backed" only before a noun of mediation)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return False
    word = doc[tok.i + 2].lower_
    if word not in GO_BETWEEN_PARTICIPLES:
        return False
    if word in ("led", "backed", "sponsored"):
        noun = doc[tok.i + 2].head
        return noun.lemma_.lower() in GO_BETWEEN_ACTS
    return True


def go_betweens(ps: ParsedSentence) -> set[str]:
    """States the sentence names only as a go-between fused with its verb ("a Turkish-brokered
    exchange brought home 84 prisoners from Russia": Turkey freed no one); a state also named
    in another role in the sentence keeps it."""
    fused = {p.code for p in ps.places if _go_between_word(ps.doc[p.span.end - 1])}
    if not fused:
        return set()
    elsewhere = {
        p.code
        for p in ps.places
        if not _go_between_word(ps.doc[p.span.end - 1]) and _actor_position(p.span.root)
    }
    return fused - elsewhere


def _actor_position(tok: Token) -> bool:
    """Whether a place stands where an actor may be named: a subject or the word a subject hangs
    on ("Kenyan police freed"), a possessor, a ``by`` agent or an object ("saw Kenya free");
    not a circumstance ("officials in Ankara said")."""
    if tok.dep_ in ("nsubj", "poss", "dobj", "appos", "conj"):
        return True
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "by"
    return tok.head.dep_ in ("nsubj", "dobj") and tok.dep_ in ("compound", "amod")


# --- sanctions: the holder of a licence is not its target ---
# Words of a licence that one holder is granted (not "relief", which is granted to a target state).
HELD_LICENCES = lic.LICENCE_WORDS - {"relief"}
# Place kinds that name the state a licensee may deal with ("Iranian electricity", "in Venezuela").
DEALT_KINDS = frozenset({"name", "demonym"})


def licensees(trigger: Token) -> set[int]:
    """Token ids of the holders of a licence the act grants or tells ("a licence granted to the
    National Gas Company of Trinidad and Tobago", "a waiver letting Japan's MUFG Bank transfer
    Iranian oil revenue", "a licence allowing Chevron to pump Venezuelan crude"): the licensee is
    let deal with the target, it is not the target."""
    grants = [t for t in trigger.subtree if _licence_act(t)]  # "a licence granted to X"
    holders = [
        g
        for grant in grants
        for c in grant.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for verb in _licence_words(trigger):
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        holders += [g for c in clauses for g in c.children if g.dep_ == "nsubj"]
        if clauses:  # "allowing Chevron to pump": not "allowing dealings with PDVSA"
            holders += [c for c in verb.children if c.dep_ == "dobj"]
    return {t.i for h in holders for t in h.subtree}


def _licence_words(trigger: Token) -> list[Token]:
    """The verbs of what a licence lets its holder do, on the act's object side or hung on the
    act ("issued a waiver letting Iraq buy", "granted a licence, allowing Chevron to pump")."""
    words = [
        t for t in trigger.subtree if t.dep_ == "acl" and t.head.lemma_.lower() in lic.LICENCE_WORDS
    ]
    words += lic.allowed(trigger)  # not the act's own verb ("let the licence expire")
    return [t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in lic.PERMIT_VERBS]


def _licence_act(trigger: Token) -> bool:
    """Whether the trigger grants a licence: a verb of granting on a licence ("the licence,
    granted on Wednesday to X", "issued a waiver to Iraq") or a licence noun itself."""
    if trigger.lemma_.lower() in HELD_LICENCES:
        return True
    if trigger.lemma_.lower() not in lx.LICENCE_GRANT_VERBS:
        return False
    near = [trigger.head, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(t.lemma_.lower() in HELD_LICENCES for t in near)


def dealt_with(ps: ParsedSentence, trigger: Token, actors: list[str]) -> list[str]:
    """States a licence lets its holder deal with ("a waiver letting Iraq buy Iranian
    electricity": IRN), the licensee left out: the target when the object names none."""
    holders = licensees(trigger)
    words = [t for v in _licence_words(trigger) for t in v.subtree if t.i not in holders]
    found = [p for p in places_in(ps, words, DEALT_KINDS) if _dealt_object(p.span.root)]
    return [p.code for p in found if p.code not in actors and p.code not in ("EU", "UN")][:1]


def _dealt_object(tok: Token) -> bool:
    """Whether a place names whose goods or body the licensee deals in: the object's own modifier
    ("buy Iranian oil", "Venezuela's crude") or a partner ("deal with Syria"); not where the
    dealing happens or goes ("funds in South Korea", "to a Swiss channel")."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "with"
    if tok.dep_ not in ("amod", "poss", "compound"):
        return False
    head = tok.head
    while head.dep_ == "compound":
        head = head.head
    return head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ == "with")
