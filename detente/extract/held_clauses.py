"""Words and clauses that tell a person or group was held: "who had served twelve years of a
25-year sentence", "252 Venezuelans it had been holding", "X, who spent twenty years behind bars"
(read by release triggers that need the freed to have been held: :mod:`sendoffs`, and
:mod:`groups` for a lone surname).
"""

from __future__ import annotations

from spacy.tokens import Token

# Lemmas that tell custody ("held", "detained", "jailed", "convicted", "in captivity").
HELD = frozenset({"hold", "detain", "jail", "imprison", "incarcerate", "custody", "captivity",
                  "seize", "arrest", "capture", "convict", "prison"})  # fmt: skip
# Lemmas of a term served ("had served ten years", "serving a life sentence").
SERVED = frozenset({"serve", "sentence"})


def custody_word(tok: Token) -> bool:
    """A word telling that someone was held: held, detained, seized, convicted, a term served
    ("served ten years", not "served as ambassador"), behind bars."""
    lemma = tok.lemma_.lower()
    if lemma in HELD:
        return True
    if lemma == "bar" and tok.head.lower_ == "behind":
        return True
    if lemma == "serve":
        return any(c.dep_ == "dobj" for c in tok.children)
    return lemma == "sentence" and not _in_absentia(tok)


def _in_absentia(tok: Token) -> bool:
    return any(t.lower_ == "absentia" for t in tok.head.subtree)


def held_who_clause(name: Token) -> bool:
    """A "who" clause on a name that tells the person was held ("Bout, who had served twelve years
    of a 25-year sentence", "X, who was detained in 2022"): a person's name, whatever NER calls
    it, and one freed from custody."""
    return any(
        c.dep_ == "relcl"
        and any(w.lower_ == "who" for w in c.children)
        and any(custody_word(t) for t in c.subtree)
        for c in name.children
    )


# Nouns of a phrase naming what an act was given for ("in exchange for", "in return for").
PRICE_NOUNS = frozenset({"exchange", "return", "swap", "trade"})


def price_phrase(verb: Token) -> set[int]:
    """The tokens of a verb's "in exchange for X" phrase: where X was held says nothing of where
    the verb's own freed go ("handed over 230 prisoners in exchange for 248 servicemen held by
    Ukraine": the other side's people, held by the other state)."""
    return {
        t.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "as")
        for noun in c.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in PRICE_NOUNS
        for t in noun.subtree
    }
