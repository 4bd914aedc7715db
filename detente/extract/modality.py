"""Modality of a trigger: did the text assert the act, or only demand, propose, consider, deny it…?

Only :attr:`Modality.ASSERTED` mentions become events. A formally announced decision ("will release",
"agreed to lift", "has committed to lifting") is asserted; "could", "would … if", "called for",
"refused to", "is weighing" are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.model import Modality

# Heads that, governing a trigger, make it something other than a fact.
GOVERNORS: dict[str, Modality] = {
    **dict.fromkeys(
        [
            "demand",
            "call",
            "urge",
            "ask",
            "press",
            "push",
            "appeal",
            "seek",
            "want",
            "insist",
            "campaign",
            "lobby",
            "petition",
            "plead",
            "request",
            "implore",
            "pressure",
            "advocate",
            "demanding",
            "calling",
            "plea",
        ],
        Modality.DEMANDED,
    ),
    **dict.fromkeys(
        [
            "propose",
            "offer",
            "suggest",
            "float",
            "promise",
            "pledge",
            "vow",
            "proposal",
            "plan",
            "intend",
            "aim",
            "prepare",
            "ready",
            "willing",
            "open",
            "signal",
            "hint",
            "hope",
            "try",
            "attempt",
            "bid",
            "effort",
            "negotiate",
            "negotiation",
            "talk",
            "seek",
        ],
        Modality.PROPOSED,
    ),
    **dict.fromkeys(
        [
            "consider",
            "weigh",
            "mull",
            "discuss",
            "debate",
            "explore",
            "review",
            "study",
            "contemplate",
            "examine",
            "assess",
            "possibility",
            "prospect",
            "option",
            "idea",
            "question",
            "whether",
            "chance",
            "likely",
            "unlikely",
            "possible",
            "expect",
            "set",
            "poise",
            "could",
            "might",
            "rumour",
            "rumor",
            "speculation",
            "report",
        ],
        Modality.CONSIDERED,
    ),
    **dict.fromkeys(["threaten", "warn", "threat"], Modality.THREATENED),
    **dict.fromkeys(
        [
            "deny",
            "refuse",
            "decline",
            "reject",
            "rule",
            "dismiss",
            "resist",
            "oppose",
            "block",
            "veto",
            "fail",
            "stop",
            "halt",
            "delay",
            "postpone",
            "prevent",
            "refusal",
            "revoke",
            "rescind",
            "overturn",
            "annul",
        ],
        Modality.DENIED,
    ),
    **dict.fromkeys(
        ["condition", "precondition", "unless", "conditional", "contingent"], Modality.CONDITIONAL
    ),
}
HYPOTHETICAL_MODALS = frozenset(
    {"could", "might", "may", "would", "should", "must", "can", "ought"}
)
QUOTES = frozenset({'"', "“", "‘", "'"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "provided"})
# Dependency labels along which a governor's meaning reaches the trigger.
CHAIN_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "nsubjpass", "advcl", "attr",
     "compound", "amod", "oprd", "auxpass", "conj"}
)  # fmt: skip
MAX_CHAIN = 6
# Words that, heading the chain, keep the trigger asserted even when a governor sits higher up
# ("welcomed the release", "in exchange for the release").
FACTIVE = frozenset(
    {
        "welcome",
        "celebrate",
        "confirm",
        "announce",
        "follow",
        "mark",
        "secure",
        "agree",
        "decide",
        "commit",
        "order",
        "complete",
        "approve",
        "sign",
        "thank",
    }
)


# Verbs that pass on what they report (only their nouns hedge it: "reports of a release").
REPORTING_VERBS = frozenset({"report"})
REPORTING = frozenset({"say", "announce", "confirm", "state", "declare", "tell", "decide", "add"})


def _reported_future(tok: Token) -> bool:
    """ "said it would release": the backshifted "will" of a reported decision."""
    head = tok
    while head.dep_ in ("conj",) and head.head is not head:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING


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
        if child.dep_ in ("nsubjpass", "dobj", "nsubj") and any(
            g.lower_ == "no" and g.dep_ == "det" for g in child.children
        ):
            return Modality.DENIED
    return None


def _imperative(tok: Token) -> bool:
    """ "Free them all" (also quoted: '"Free them all," she said'): a base-form verb heading its
    sentence or a quoted clause, with no subject, auxiliary or subordinating word."""
    quoted = tok.i > 0 and tok.doc[tok.i - 1].text in QUOTES
    heads_clause = tok.dep_ == "ROOT" or (
        (tok.dep_ in ("ccomp", "parataxis") or (quoted and tok.dep_ == "advcl"))
        and tok.i < tok.head.i
        and tok.head.pos_ == "VERB"
    )
    return (
        heads_clause
        and tok.tag_ == "VB"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children
        )
    )


def _conditioned(tok: Token) -> bool:
    """ "would lift sanctions if Minsk freed them": an if/unless clause hangs on the trigger."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in tok.children
    )


def _governed(trigger: Token) -> Modality | None:
    """The modality a head above the trigger gives it (None when nothing above changes it)."""
    tok = trigger
    for _ in range(MAX_CHAIN):
        if tok.dep_ not in CHAIN_DEPS or tok.head is tok or _presupposed(tok):
            break
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in REPORTING_VERBS and tok.pos_ == "VERB":
            continue  # "freed 40 on Thursday, state media reported": a report of a fact
        if lemma in FACTIVE:  # asserted, unless itself asked for ("asked the court to order")
            above = _governed(tok) if tok.dep_ in CHAIN_DEPS else None
            return _own_modality(tok) or (above if above is not None else Modality.ASSERTED)
        if lemma in GOVERNORS:
            return GOVERNORS[lemma]
        if lemma == "be":  # "would be conditional on the release"
            complement = next((c for c in tok.children if c.dep_ in ("acomp", "attr")), None)
            if complement is not None and complement.lemma_.lower() in GOVERNORS:
                return GOVERNORS[complement.lemma_.lower()]
        own = _own_modality(tok)
        if own is not None:
            return own
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
        and tok.tag_ == "VBD"
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in PRESUPPOSING_MARKS for c in tok.children
        )
    )


def classify(trigger: Token) -> Modality:
    """Modality of the act named by ``trigger``, from the trigger and the heads governing it."""
    if _imperative(trigger):
        return Modality.DEMANDED
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
