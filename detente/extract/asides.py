"""Release triggers told in an aside, which free no one in an act of their own (precision, v14).

- a work's story or its release: "a prison drama about dissidents freed from an island jail",
  "Documentary on Cuba's prisoners released in Miami", "a feature film, which was released";
- a part of the freed sent abroad: "freed 3,100 prisoners, including 22 foreigners who were to be
  deported" (a part of a count is no second event, session 12);
- a part of a thing: "the rest of the aid will be released";
- how things went, more than once ("Each time, the prisoners were freed only to be banished",
  "past exchanges have brought people home").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx

# Nouns of works released to an audience ("the prison drama was released on Friday"), heads of
# their own phrase only: "a documentary filmmaker" is a person.
WORKS = frozenset({"drama", "documentary", "docudrama", "memoir", "biopic", "cinemas"})
# Works whose story or release a trigger may tell ("a drama about dissidents freed from a jail").
STORY_WORKS = WORKS | {"film", "movie", "thriller", "novel", "book", "play"}


def of_a_work(trigger: Token) -> bool:
    """A trigger inside the phrase of a work ("Documentary on Cuba's prisoners released in Miami",
    "a prison drama about dissidents freed from a jail", "Prison drama 'Con Dao' released in
    cinemas") or in a relative clause on one ("a feature film, which was released last year")."""
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in STORY_WORKS:
        return True
    return any(
        a.pos_ == "NOUN" and a.lemma_.lower() in STORY_WORKS for a in list(trigger.ancestors)[:5]
    )


SENT_AWAY = frozenset({"deport", "expel"})
PART_WORDS = frozenset({"including", "among"})


def part_sent_away(trigger: Token) -> bool:
    """ "freed 3,100 prisoners, including 22 foreigners who were to be deported", "said 180
    foreigners among them would be deported": a part of the group freed, sent abroad, is no act
    of its own (a part of a count, session 12)."""
    if trigger.lemma_.lower() not in SENT_AWAY:
        return False
    nouns = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    nouns += [a for a in list(trigger.ancestors)[:3] if a.pos_ == "NOUN"]
    return any(
        (n.dep_ == "pobj" and n.head.lower_ in PART_WORDS)
        or any(c.dep_ == "prep" and c.lower_ == "among" for c in n.children)
        for n in nouns
    )


PARTITIVES = frozenset({"rest", "remainder", "part", "portion", "bulk", "balance"})
# Things released in part ("the rest of the aid"), besides :data:`lexicon.NOT_PEOPLE`.
THINGS = lx.NOT_PEOPLE | {"aid", "loan", "tranche", "shipment", "consignment", "grain"}


def part_of_a_thing(head: Token | None) -> bool:
    """ "The rest of the aid will be released": a part of a thing, not of people."""
    if head is None or head.lemma_.lower() not in PARTITIVES:
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(
        g.dep_ == "pobj" and g.lemma_.lower() in THINGS for g in of.children
    )


# Words of acts told as a habit, over several occasions (besides :data:`lexicon.GENERIC`).
HABITS = re.compile(
    r"\b(?:each time|more than once|time and again|in (?:previous|past|earlier) years)\b",
    re.IGNORECASE,
)

# Acts whose plural, told as earlier or of a kind, is a summary of several ("past exchanges").
ACT_NOUNS = frozenset({"exchange", "swap", "trade", "deal", "release", "amnesty", "pardon"})
EARLIER = frozenset({"past", "previous", "earlier", "prior", "such", "similar"})


def earlier_acts_subject(subject: Token | None) -> bool:
    """ "past exchanges have brought people home", "previous amnesties released petty offenders":
    a plural of earlier acts as the subject tells how they went, not one act."""
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and subject.lemma_.lower() in ACT_NOUNS
        and any(c.dep_ in ("amod", "det") and c.lower_ in EARLIER for c in subject.children)
    )


# Verbs of a past escape from house arrest ("who fled house arrest in San Diego last year").
ESCAPE_VERBS = frozenset({"flee", "escape", "skip", "slip", "abscond"})


def fled_house_arrest(doc_tokens: list[Token]) -> list[Token]:
    """The relative clauses of a sentence that tell a person's past escape from house arrest
    ("X, the contractor who fled house arrest in San Diego last year"): an aside on that person,
    which bars only the triggers that free them, not another group's release in the sentence
    ("... handed X back to US custody, and committed to freeing 20 political prisoners")."""
    found: list[Token] = []
    for tok in doc_tokens:
        if tok.lower_ != "arrest" or not any(c.lower_ == "house" for c in tok.children):
            continue
        verb = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "slipped out of"
        if verb.lemma_.lower() in ESCAPE_VERBS and verb.dep_ == "relcl":
            found.append(verb)
    return found


def escaped(group: Token | None, clauses: list[Token]) -> bool:
    """Whether a freed group carries one of those clauses (the person who fled is the freed)."""
    if not clauses:
        return False
    if group is None:
        return True
    span = {t.i for t in group.subtree}
    return any(c.i in span for c in clauses)
