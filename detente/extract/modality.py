"""Modality of a trigger: did the text assert the act, or only demand, propose, consider, deny it…?

Only :attr:`Modality.ASSERTED` mentions become events. A formally announced decision ("will release",
"agreed to lift", "has committed to lifting") is asserted; "could", "would … if", "called for",
"refused to", "is weighing" are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import governors as gov
from detente.extract import hedges
from detente.extract import lexicon as lx
from detente.extract.governors import PROVISO_WORDS, governor_lemma
from detente.extract.modal_words import (
    CHAIN_DEPS,
    CONDITION_MARKS,
    FACTIVE,
    GOVERNORS,
    HYPOTHETICAL_MODALS,
    MAX_CHAIN,
    NEGATORS,
)
from detente.model import Modality

# --- sanctions (v9): verbs of recalling a past fact ("clients should remember that Washington
# eased its measures last September"): the recalled past act stays asserted under any modal ---
RECALL_VERBS = frozenset({"remember", "recall", "note"})


def _reported_future(tok: Token) -> bool:
    """ "said it would release": the backshifted "will" of a reported decision."""
    head = tok
    while head.dep_ in ("conj",) and head.head is not head:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in lx.DECLARE_VERBS


def _own_modality(tok: Token) -> Modality | None:
    for child in tok.children:
        if child.dep_ == "aux" and child.lower_ == "would" and _reported_future(tok):
            continue
        if child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("det", "advmod")):
            return Modality.DENIED
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS:
            return Modality.HYPOTHETICAL
        if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
            return Modality.CONDITIONAL
        if child.dep_ in ("nsubjpass", "dobj", "nsubj") and _none_of(child):
            return Modality.DENIED
    return None


NOBODY = frozenset({"none", "nobody", "no-one", "noone"})


def _none_of(arg: Token) -> bool:
    """ "no prisoners", "none of them", "not one of them", "not a single detainee": an argument
    that says nobody was."""
    return arg.lower_ in NOBODY or any(
        (g.lower_ == "no" and g.dep_ == "det")
        or (g.lower_ == "not" and g.i < arg.i)
        or (g.lower_ == "neither" and g.dep_ == "preconj")  # "neither the EU nor the UK has"
        for g in arg.children
    )


def _conditioned(tok: Token) -> bool:
    """ "would lift sanctions if Minsk freed them": an if/unless clause hangs on the trigger."""
    if gov.as_long_as(tok):  # "will ease them as long as the activists are released"
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in tok.children
    ) or _on_condition(tok)


# --- modality: questions, provisos, acts waiting for another party's act ---
DESIRE_VERBS = frozenset({"like", "love", "wish", "prefer"})
REACTIONS = frozenset({"welcome", "celebrate", "thank", "applaud", "praise"})
PURSUIT_VERBS = frozenset({"work", "strive", "labour", "labor", "fight", "struggle"})
PURSUIT_PREPS = frozenset({"for", "toward", "towards"})


def _chained(tok: Token) -> bool:
    """Whether a governor's meaning reaches ``tok`` from its head: a chain label, or an
    infinitival relative clause ("offered a deal to trade X": the deal's governor bears on it)."""
    return (
        tok.dep_ in CHAIN_DEPS
        or (tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))
        or gov.listed_apposition(tok)
    )


# Marks of a clause whose present-tense verb tells an act still to come ("once Minsk frees them").
PENDING_MARKS = frozenset({"once", "until", "till", "unless", "if"})
PROVISO_NOUNS = frozenset({"condition", "proviso", "precondition"})
FUTURE_AUX = frozenset({"will", "'ll", "shall"})
# --- modality (v10): preconditions, aims, refusals told by a particle, goals ---
# Marks of a clause telling what must happen before an act to come ("only after all are freed").
PRECONDITION_MARKS = frozenset({"after", "once", "until", "till", "before"})
# Auxiliaries of an act still to come, reported or not ("will", "would lift ... after").
TO_COME_AUX = frozenset({"will", "'ll", "shall", "would", "could", "might", "may", "can"})
# Phrasal verbs of refusing or putting off an act ("turned down an early release").
PHRASAL_REFUSALS = frozenset({("turn", "down"), ("hold", "off"), ("put", "off"), ("call", "off")})
# Verbs that link an act to what it is to someone ("the release remained their central demand").
COPULAS = frozenset({"be", "remain"})
# Nouns of an aim: an act named as one is pursued, not done.
GOAL_NOUNS = frozenset({"goal", "aim", "priority", "objective", "target", "wish", "hope"})
PARTY_NOUNS = frozenset(
    {"side", "government", "authorities", "party", "country", "state", "regime", "administration"}
)


def _on_condition(tok: Token) -> bool:
    """ "will free them on condition that ...", "provided that ...": a proviso on the trigger."""
    return any(
        c.dep_ == "prep" and any(g.lemma_.lower() in PROVISO_NOUNS for g in c.children)
        for c in tok.children
    ) or any(
        c.lower_ in PROVISO_WORDS and c.dep_ in ("advcl", "prep", "mark") for c in tok.children
    )


def _pending(tok: Token) -> bool:
    """A present-tense verb in a once/until/if clause ("once Washington lifts sanctions", "until
    all detainees are freed"): an act still to come, not one done."""
    if gov.after_proviso(tok) or gov.as_long_as_clause(tok):
        return True
    if tok.tag_ not in ("VBZ", "VBP") and not _present_passive(tok):
        return _precondition(tok)
    marks = [c for c in tok.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.i < tok.i)]
    if any(m.i > 0 and _proviso_word(tok.doc[m.i - 1]) for m in marks if m.lower_ == "that"):
        return True  # "provided that China frees ...", however the parser hangs the clause
    words = {m.lower_ for m in marks}
    as_soon_as = "as" in words and tok.head.lower_ == "soon"
    return tok.dep_ == "advcl" and (bool(words & PENDING_MARKS) or as_soon_as)


def _present_passive(tok: Token) -> bool:
    """ "are freed", "is lifted": a participle whose passive auxiliary is in the present."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children
    )


def _precondition(tok: Token) -> bool:
    """An undated act in an after/once/until clause of an act to come ("measures would be
    reconsidered only after all prisoners were freed", "will lift them once X has freed"): what
    must happen first, not what did."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBN", "VBD"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in PRECONDITION_MARKS for c in tok.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False  # "will reopen the embassy after Minsk freed 52 on Monday": a dated fact
    return any(c.dep_ == "aux" and c.lower_ in TO_COME_AUX for c in tok.head.children)


# --- precision (v25): acts told as on or off the agenda, or as still to come ---
# Nouns of what is being talked over ("not on the agenda", "off the table", "under discussion").
AGENDA_NOUNS = frozenset({"agenda", "table", "consideration", "discussion", "cards"})
AGENDA_PREPS = frozenset({"on", "off", "under"})
# Heads of a "yet to" infinitive: "has yet to lift", "is yet to be freed".
YET_HEADS = frozenset({"have", "be", "remain"})


def _on_agenda(trigger: Token) -> Modality | None:
    """ "an amnesty for protesters was not on the agenda", "easing the ban is off the table",
    "the release is under discussion": an act the copula puts among what is talked over (or
    ruled out), not one done."""
    if trigger.dep_ not in ("nsubj", "nsubjpass", "csubj") or trigger.head.lemma_.lower() != "be":
        return None
    copula = trigger.head
    for prep in copula.children:
        if prep.dep_ != "prep" or prep.lower_ not in AGENDA_PREPS:
            continue
        if not any(g.dep_ == "pobj" and g.lemma_.lower() in AGENDA_NOUNS for g in prep.children):
            continue
        negated = any(c.dep_ == "neg" for c in (*copula.children, *prep.children))
        return Modality.DENIED if negated or prep.lower_ == "off" else Modality.CONSIDERED
    return None


def _yet_to(head: Token, below: Token) -> bool:
    """ "has yet to lift its measures", "the release is yet to happen": "yet" on the head of the
    infinitive (or of the clause the act is the subject of) says the act has not happened."""
    if head.lemma_.lower() not in YET_HEADS:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
        return False
    infinitive = below if below.dep_ == "xcomp" else None
    if infinitive is None and below.dep_ in ("nsubj", "nsubjpass"):
        infinitive = next((c for c in head.children if c.dep_ == "xcomp"), None)
    return infinitive is not None and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
    )


def _named_as(trigger: Token) -> Modality | None:
    """What a copula says the act is ("the release of all detainees remained their first demand",
    "..., is the bloc's central aim"): a demand or an aim, not a done act."""
    if trigger.dep_ != "nsubj" or trigger.head.lemma_.lower() not in COPULAS:
        return None
    complement = next((c for c in trigger.head.children if c.dep_ in ("acomp", "attr")), None)
    word = complement.lemma_.lower() if complement is not None else ""
    if word in GOAL_NOUNS:
        return Modality.PROPOSED
    return GOVERNORS.get(word)


def _pursued(prev: Token) -> bool:
    """Whether a verb of pursuit governs the act as its aim: "working for the release of",
    "working to free" (an infinitive, or "to" read as a preposition)."""
    if prev.dep_ == "prep":
        return prev.lower_ in PURSUIT_PREPS or prev.lower_ == "to"
    return prev.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in prev.children
    )


def _particle(tok: Token) -> str:
    """The particle of a phrasal verb ("turned down"), or ""."""
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")


def _proviso_word(tok: Token) -> bool:
    return tok.lower_ in PROVISO_WORDS or tok.lemma_.lower() in PROVISO_NOUNS


def _waits_for_other(trigger: Token) -> bool:
    """ "will release them once Washington lifts sanctions": a future act waiting for another
    named party's act is an offer on a condition, not an announced decision."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trigger.children) and not (
        _reported_future(trigger) and any(c.lower_ == "would" for c in trigger.children)
    ):
        return False
    sent = trigger.sent
    if any(_proviso_head(t) for t in sent) or (
        trigger.dep_ == "ROOT" and sent[0].lower_ in PENDING_MARKS
    ):  # "..., provided that X lifts ...", "Once X lifts sanctions, Y will free them"
        return True
    clauses = [
        g for c in trigger.children for g in (c, *(c.children if c.lower_ == "soon" else ()))
    ]
    if _conditioned(trigger):  # "said it would hand them back if Ethiopia renounced ..."
        return True
    return _on_condition(trigger) or any(
        _pending(c) and (_only_then(c) or any(_party(s) for s in c.children if s.dep_ == "nsubj"))
        for c in clauses
    )


def _only_then(clause: Token) -> bool:
    """precision (v20): "would be freed only after the funds reached Iranian accounts": "only"
    makes the clause what the act waits for, whoever or whatever its subject is."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children) or any(
        m.i > 0 and clause.doc[m.i - 1].lower_ == "only" for m in marks
    )


def _party(subject: Token) -> bool:
    """A party that can act in return: a name ("Washington") or "the other side", "the
    government" (not "the decree", "the law")."""
    return subject.pos_ == "PROPN" or subject.lemma_.lower() in PARTY_NOUNS


def _proviso_head(tok: Token) -> bool:
    """ "provided that X lifts sanctions": the clause the proviso word heads (often misparsed
    with "Provided" heading the sentence)."""
    nxt = tok.nbor(1).lower_ if tok.i + 1 < tok.sent.end else ""
    return tok.lower_ in PROVISO_WORDS and (tok.i == tok.sent.start or nxt == "that")


def _governed(trigger: Token) -> Modality | None:
    """The modality a head above the trigger gives it (None when nothing above changes it)."""
    tok = trigger
    for _ in range(MAX_CHAIN):
        if not _chained(tok) or tok.head is tok or _presupposed(tok):
            break
        prev, tok = tok, tok.head
        sibling = gov.coordinate(prev) if prev is trigger else None
        if sibling is not None:  # the act's clause coordinated with its head, not governed by it
            shared = _own_modality(tok) if sibling == "sibling" else None
            if shared is not None:  # "did not lift X and free Y": one negation for both
                return shared
            continue
        lemma = governor_lemma(tok)
        if _yet_to(tok, prev):  # "has yet to lift", "has yet to free or pardon them"
            return Modality.HYPOTHETICAL
        if _proviso_head(tok):
            return Modality.CONDITIONAL
        if lemma in lx.REPORT_VERBS and tok.pos_ == "VERB":
            continue  # "freed 40 on Thursday, state media reported": a report of a fact
        if lemma in RECALL_VERBS and prev.dep_ == "ccomp" and prev.tag_ == "VBD":
            return Modality.ASSERTED  # "should recall that the EU suspended ...": a past fact
        if lemma in DESIRE_VERBS and tok.pos_ == "VERB":  # "would like to see the release"
            return Modality.DEMANDED
        if lemma in PURSUIT_VERBS and _pursued(prev):
            return Modality.PROPOSED  # "working day and night for the release of", "to free"
        if (lemma, _particle(tok)) in PHRASAL_REFUSALS:
            return Modality.DENIED  # "turned down an early release"
        if lemma in REACTIONS and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | FUTURE_AUX for c in tok.children
        ):
            return Modality.HYPOTHETICAL  # "would welcome the release": not yet happened
        if lemma in FACTIVE:  # asserted, unless itself asked for ("asked the court to order")
            if _conditioned(tok):  # "would approve his release if he recanted"
                return Modality.CONDITIONAL
            above = _governed(tok) if tok.dep_ in CHAIN_DEPS else None
            return _own_modality(tok) or (above if above is not None else Modality.ASSERTED)
        if lemma in gov.INTENT_ADJECTIVES and prev.dep_ not in ("xcomp", "prep"):
            continue  # "Tbilisi is keen to show ...": only what the adjective takes is intended
        if lemma in GOVERNORS:
            return GOVERNORS[lemma]
        if lemma == "be":  # "would be conditional on the release"
            complement = next((c for c in tok.children if c.dep_ in ("acomp", "attr")), None)
            if (
                complement is not None
                and complement.lemma_.lower() in GOVERNORS
                and complement.lemma_.lower() not in gov.INTENT_ADJECTIVES  # "; X is keen to show"
            ):
                return GOVERNORS[complement.lemma_.lower()]
        own = _own_modality(gov.ability_copula(tok) or tok)  # "should be able to freeze"
        if own is not None:
            return own
        if prev.dep_ == "agent":  # "should be followed by the release": up to the passive verb,
            break  # not past it ("then called X, was caught by the sanctions imposed ...")
    return None


# --- releases: a past act inside a time or cause clause ---
# Marks of adverbial clauses that take their content as given ("When Moscow released X, the White
# House called it a gesture"): what governs the main clause does not bear on them.
PRESUPPOSING_MARKS = frozenset({"when", "after", "because", "as", "since", "while"})


def _presupposed(tok: Token) -> bool:
    """A past-tense verb heading a "when"/"after"/"because" clause: a fact whatever its main
    clause demands or says ("after Beijing released her, friends called for ...")."""
    return (
        tok.dep_ == "advcl"
        and (tok.tag_ == "VBD" or _past_passive(tok))
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in PRESUPPOSING_MARKS for c in tok.children
        )
    )


def _past_passive(tok: Token) -> bool:
    """ "When X was traded for Y", "after they were freed": a past passive (cluster recall v25)."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children
    )


def classify(trigger: Token) -> Modality:
    """Modality of the act named by ``trigger``, from the trigger and the heads governing it, and
    the frames of :mod:`detente.extract.hedges` when those find nothing."""
    found = _classify(trigger)
    return (hedges.framed(trigger) or found) if found is Modality.ASSERTED else found


def _classify(trigger: Token) -> Modality:
    if gov.imperative(trigger):
        return Modality.DEMANDED
    if gov.yes_no_question(trigger):
        return Modality.CONSIDERED
    if _pending(trigger) or _waits_for_other(trigger):
        return Modality.CONDITIONAL
    if _yet_to(trigger.head, trigger):  # "the release of the men is yet to happen"
        return Modality.HYPOTHETICAL
    named = _named_as(trigger) or _on_agenda(trigger)
    if named is not None:
        return named
    own = _own_modality(trigger)
    if own is Modality.HYPOTHETICAL:
        # a modal verb says less than what governs it ("denied it would free") or the condition
        # attached to it ("would lift sanctions if ...")
        governed = _governed(trigger)
        if governed not in (None, Modality.ASSERTED):
            return governed
        return Modality.CONDITIONAL if _conditioned(trigger) else own
    if own is not None:
        return own
    return _governed(trigger) or Modality.ASSERTED
