"""precision (v20): what standing measures do, told in a present-tense relative clause on them
("the sanctions that bar its exports", "its package, which also targets the fleet").

Such a clause says what the measures cover, not that anyone acted: the act, if there is one, is
the clause that governs the measures ("adopted a package, which bans ...": the adoption, whose
sectors the relative clause gives). It tells no act when that clause does not assert one ("demanded
that they lift the sanctions that bar ...", "are due to sign off their package, which targets
...") or eases them (the easing is the act, not a new imposition). When that clause says the
measures stand ("US sanctions, which bar American firms, stay in place"), what they cover belongs
to an act told just before on them, if any.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract.modality import classify
from detente.extract.senses import MEASURE_WORDS
from detente.model import Modality

# Verbs that say measures still stand ("remain in place", "stay", "continue").
STANDING_VERBS = frozenset({"remain", "stay", "stand", "persist", "continue"})
# Verbs that end or ease measures: what the relative clause describes is what they take away.
EASING_VERBS = frozenset(
    {"lift", "ease", "relax", "remove", "suspend", "scrap", "end", "terminate", "loosen", "drop",
     "rescind", "cancel", "unfreeze", "repeal", "waive"}
)  # fmt: skip
# Links between the measures noun and the verb whose clause holds it.
UP_DEPS = frozenset(
    {"pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos", "attr", "compound", "npadvmod"}
)
MAX_UP = 5
# Prepositions that tie measures to their target ("sanctions on Iran", "measures against Minsk").
PLACE_PREPS = frozenset({"on", "against"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb of the clause that holds ``noun`` ("lift the sanctions": lift)."""
    tok = noun
    for _ in range(MAX_UP):
        if tok.dep_ not in UP_DEPS or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _holding_verb(tok: Token) -> Token | None:
    """The verb of the clause that holds the measures ``tok`` describes, when ``tok`` is a simple
    present in a relative clause on a measures noun ("the sanctions that bar ...": their verb)."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None  # "which has frozen ...", "that will bar ...": a tense of its own
    measures = _measures(tok.head)
    return None if measures is None else _governing_verb(measures)


def _measures(noun: Token) -> Token | None:
    """The measures noun a relative clause hangs on, also when the parser hangs it on the place
    after it ("the UN measures on Eritrea, which ban arms sales": on Eritrea)."""
    if noun.lemma_.lower() in MEASURE_WORDS:
        return noun
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in PLACE_PREPS
        and prep.head.lemma_.lower() in MEASURE_WORDS
    ):
        return prep.head
    return None


def describes_only(tok: Token) -> bool:
    """Whether ``tok``, a sanctions verb, only describes measures that a clause asserting no act
    holds ("demanded that they lift the sanctions that bar ...") or that it eases."""
    verb = _holding_verb(tok)
    if verb is None:
        return False
    return verb.lemma_.lower() in EASING_VERBS or classify(verb) is not Modality.ASSERTED


def stands(tok: Token) -> bool:
    """ "US sanctions, which bar American firms, stay in place": measures whose clause says they
    stand. What they cover belongs to an act told just before on them (a renewal's sectors); with
    none, no act (``listed_again.told_again``)."""
    verb = _holding_verb(tok)
    return verb is not None and verb.lemma_.lower() in STANDING_VERBS
