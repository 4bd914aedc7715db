"""Relative clauses and participles around a sanctions verb: whether they tell the act's object
("Azotprom, which had been designated", "a company it designated last year", "sanctions imposed
on X"), an earlier act of their own ("delisted Azotprom, which had been designated in 2023"; "the
sanctions Washington imposed in March on X"), or a measure's history ("sanctions that had been
lifted under the deal"). Read by :func:`detente.extract.sanctions.find` and its object words.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import listings
from detente.extract.directions import LIST_VERBS, SANCTION_VERBS

RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# Prepositions that date an act ("designated in 2023", "revoked on 3 March").
TIME_PREPS = frozenset({"in", "on", "during", "at"})


def dated_clauses(words: list[Token]) -> set[int]:
    """The words of the dated relative clauses among an act's object words: acts of their own,
    which the act does not cover."""
    return {t.i for w in words if _dated_clause(w) for t in w.subtree}


def _dated_clause(tok: Token) -> bool:
    """ "delisted Azotprom, which had been designated in 2023", "the licence, which it revoked in
    March": a relative clause with a sanctions verb and a time of its own tells an earlier act of
    its own, not part of the governing act's object."""
    if (  # also a participle: "delisted Azotprom, designated in 2019 as part of a round"
        tok.dep_ not in ("relcl", "acl") or tok.pos_ != "VERB" or _measure_antecedent(tok.head)
    ):
        return False  # "sanctions, which it had suspended in 2016": their history, not an act
    if listings.verb_lemma(tok) not in lx.IMPOSE_VERBS | lx.EASE_VERBS | LIST_VERBS:
        return False
    return _dated(tok)


def _dated(verb: Token) -> bool:
    """Whether a verb has a time of its own ("designated in 2023", "revoked last March"; not
    "lifted under the 2015 nuclear deal": a date naming something else)."""
    return any(
        t.ent_type_ == "DATE"
        for c in verb.children
        if c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ in TIME_PREPS)
        for t in c.subtree
    )


def _measure_antecedent(noun: Token) -> bool:
    """ "sanctions", "measures", "the embargo": a measure, not a party or a licence."""
    return noun.lemma_.lower() in lx.CORE_SANCTION_NOUNS | {"measure", "restriction"} or (
        noun.lower_ == "sanctions"
    )


def relative_object(verb: Token) -> bool:
    """ "Azotprom, which had been designated", "the licence, which it revoked": a relative clause
    whose pronoun is what the verb acts on; the noun it is on is the object."""
    if verb.dep_ != "relcl":
        return False
    if _measure_antecedent(verb.head):  # "sanctions that had been lifted under the deal": their
        return _dated_imposition(verb)  # history; unless dated and aimed at someone
    return any(
        c.dep_ in ("nsubjpass", "dobj") and c.lower_ in RELATIVE_PRONOUNS for c in verb.children
    ) or _zero_relative(verb)


def _dated_imposition(verb: Token) -> bool:
    """ "the sanctions the United States imposed in February on James Kabarebe", "the measures
    Australia imposed in December on the morality police": a relative clause on a measure with a
    doer, a time and a target of its own tells a dated act of its own, not the measure's history."""
    return (
        listings.verb_lemma(verb) in lx.IMPOSE_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "against")
            and any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children
        )
        and _dated(verb)
    )


def _zero_relative(verb: Token) -> bool:
    """ "a company it designated last year", "the banks Washington listed in 2019": a relative
    clause of listing with no pronoun, a subject of its own and no object: it lists its noun."""
    return (
        listings.verb_lemma(verb) in LIST_VERBS | SANCTION_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
        and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children)
    )


def phrase_of(verb: Token) -> Token:
    """The noun a participle describes; for a finite verb with a subject of its own misparsed as
    a modifier ("OFAC designated Eritrean businessman X", "designated" an adjective of
    "businessman"), the whole noun phrase it sits in: its object."""
    head = verb.head
    if verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in verb.children):
        while head.dep_ in ("compound", "amod") and head.head is not head:
            head = head.head
    if verb.dep_ == "relcl" and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        return head.head  # "Capital Mining, a company it designated last year": the name
    return head


# Adverbs that tell an act as the first of a regime ("sanctions first adopted in 2011").
FIRST_WORDS = frozenset({"first", "originally", "initially"})
# Nouns of a regime whose first act a participle tells ("sanctions first adopted in 2011").
REGIME_NOUNS = lx.CORE_SANCTION_NOUNS | {"measure", "restriction", "freeze"}


def origin(tok: Token) -> bool:
    """ "EU sanctions on Iran, first adopted in 2011, cover 200 people", "measures that were
    originally imposed in 2006": a regime's first act dated by a year alone is the origin of a
    regime still in place, generic history (docs/annotation.md, session 19), when told of the
    regime's own noun; with a month or a day it is a background act ("the licence was first
    granted in November 2022"), and a main clause with its parties tells a listing (dev gold:
    "Washington first designated X in 2017" is an event)."""
    if not any(c.dep_ == "advmod" and c.lower_ in FIRST_WORDS for c in tok.children):
        return False
    if not _of_a_regime(tok):
        return False  # "Ottawa first sanctioned Nicaraguan officials in 2019": a listing told
    dates = [
        t
        for c in tok.children
        if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ == "in")
        for t in c.subtree
        if t.ent_type_ == "DATE"
    ]
    return bool(dates) and all(re.fullmatch(r"\d{4}", t.text) for t in dates)


def _of_a_regime(tok: Token) -> bool:
    """A participle told of a measure noun after it ("sanctions, first adopted in 2011"); not yet
    one the parser makes a clause with the noun as its subject (a known gap, probe
    precision-v19/regime-origin-by-its-year)."""
    return tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in REGIME_NOUNS
