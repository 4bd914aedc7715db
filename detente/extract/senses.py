"""Senses of a release word that free no one from custody: released from a contract or a duty,
an act named only as the alternative to what happened, a future act that waits for a condition.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

log = logging.getLogger(__name__)

# What one is released from that is no custody ("released from his contract", "from the squad").
NOT_CUSTODY = frozenset(
    {"contract", "deal", "obligation", "duty", "agreement", "commitment", "club", "team", "squad",
     "hospital", "job", "post", "role", "debt", "loan", "clause", "responsibility", "service"}
)  # fmt: skip
# Marks of a time a future act waits for when "only" then ("will release them only once ...").
CONDITION_MARKS = frozenset({"once", "until", "when", "after"})


def _from_obligation(trigger: Token) -> bool:
    """Released from a contract or a duty, not from custody ("released the striker from his
    contract, freeing him to join ..."): the trigger's "from" phrase, or that of the release verb
    a participle clause hangs on."""
    verbs = [trigger, *([trigger.head] if trigger.dep_ in ("advcl", "conj", "xcomp") else [])]
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and g.lemma_.lower() in NOT_CUSTODY
        for v in verbs
        for c in v.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _alternative(trigger: Token) -> bool:
    """An act named as what did not happen ("live at home rather than walk free", "instead of
    freeing them")."""
    before = trigger.doc[max(0, trigger.i - 3) : trigger.i].text.lower()
    return "rather than" in before or "instead of" in before


def _future_on_condition(trigger: Token) -> bool:
    """A future act that waits for a condition ("will release them only once the crossings
    reopen", "will free them if ..."): not announced as done."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in trigger.children):
        return False
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        only = any(m.lower_ == "only" for m in clause.subtree)
        if marks & {"if", "unless", "provided"} or (marks & CONDITION_MARKS and only):
            return True
    return False


def no_custody(trigger: Token) -> bool:
    """Whether a release trigger frees no one from custody in one of these senses."""
    return _from_obligation(trigger) or _alternative(trigger) or _future_on_condition(trigger)
