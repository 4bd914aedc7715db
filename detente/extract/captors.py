"""Who freed them: the captor of a release, never the state that received, mediated or paid.

The actor of a release is the state that held and freed the people (docs/annotation.md): the
grammatical agent when it names a state, else the state the article's story holds captive. Three
ways a wrong state creeps in, each handled here:

- a passive release clause with its own patient inherits the subject of the clause it hangs on
  ("the Treasury removed sanctions as the prisoners were handed over": not the Treasury's act);
- a ``by`` phrase the parser left as a plain preposition ("prisoners let go by the Lukashenko
  government") is still the agent;
- an unattributed release ("52 Belarusian prisoners were freed") defaults to the state the article
  names most, which in a story told from the receiving or brokering side is that side. In prisoner
  diplomacy the state that frees is the one the sanctions bear on, so the article's sanctions
  target is the better default.
"""

from __future__ import annotations

import logging
from collections import Counter

from spacy.tokens import Token

from detente.extract.mentions import (
    Mention,
    ParsedSentence,
    actors_from,
    own_subject,
    places_in,
    subject_of,
)
from detente.model import EventType

log = logging.getLogger(__name__)

# Blocs act through sanctions, never hold prisoners.
BLOCS = frozenset({"EU", "UN"})


def clause_subject(trigger: Token) -> Token | None:
    """The subject naming who acted: none for a passive trigger with a patient of its own, which
    says nothing of its agent through the clause it hangs on ("as the prisoners were handed
    over"); else the subject, followed up through conjunctions and governing verbs."""
    if any(c.dep_ == "nsubjpass" for c in trigger.children):
        return None
    return subject_of(trigger)


def by_phrase(ps: ParsedSentence, trigger: Token) -> list[str]:
    """The states a ``by`` phrase of a participle names when the parser did not mark it as the
    agent ("let go by the Lukashenko government", "freed by Tehran on Friday")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "aux" and c.lemma_ == "let")]
    if trigger.tag_ not in ("VBN", "VB") and len(heads) == 1:
        return []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                found = actors_from(ps, pobj)
                if found:
                    return found
    return []


def sanctioned_state(mentions: list[Mention], holders: Counter[str]) -> str | None:
    """The state the article's sanctions acts bear on, most often first, if it is one the article
    names (a release with no agent is most likely that state's)."""
    targets = Counter(
        m.target
        for m in mentions
        if m.type is not EventType.RELEASE and m.target and m.target not in BLOCS
    )
    actors = {m.actor for m in mentions if m.type is not EventType.RELEASE}
    found = [t for t, _ in targets.most_common() if t not in actors and holders[t]]
    return found[0] if found else None


def stranded_subject(ps: ParsedSentence, trigger: Token) -> list[str]:
    """The state right before a coordinated verb left without a subject, which the parser hung
    on the clause before ("X released eight on Friday and Tajikistan freed five": "Tajikistan"
    read as coordinated with "Friday")."""
    if trigger.dep_ != "conj" or trigger.i == 0 or own_subject(trigger) is not None:
        return []
    noun = trigger.doc[trigger.i - 1]
    if noun.pos_ != "PROPN" or noun.dep_ not in ("conj", "pobj", "appos", "npadvmod"):
        return []
    return [p.code for p in places_in(ps, [noun]) if p.code not in BLOCS][:1]


# Place kinds that name a receiving state itself ("to Armenia", "to Moscow"), not its people.
STATE_KINDS = frozenset({"name", "capital"})


def handed_to_state(tok: Token, ps: ParsedSentence) -> bool:
    """A handover to another state ("handed 32 servicemen to Armenia at the border"): the state
    that held them gives them up, as with "handed over"."""
    if tok.lemma_.lower() != "hand" or tok.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and places_in(ps, [g], STATE_KINDS)
        for c in tok.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def freed_before_moving(trigger: Token) -> Token | None:
    """The subject of the verb a passive gerund hangs on ("nineteen priests landed in Rome after
    being let out of prison", "arrived in Bangkok after being released"): those are the freed."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    return subject_of(prep.head)
