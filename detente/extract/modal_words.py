"""The words that decide a trigger's modality: the governors that make an act something other than
a fact (demanded, denied, conditional), the modals, negators and condition marks beside it, and the
words that keep it asserted. Read by :mod:`detente.extract.modality`.
"""

from __future__ import annotations

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
            "need",  # precision (v19): "Washington needs to lift sanctions on the airline"
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
            "haggle",
            "bargaining",
            "leverage",
            "talk",
            "seek",
            "envisage",
            "envision",
            "foresee",  # precision (v17): "the plan envisages the release"
            # precision (v19): an intent told by an adjective ("is determined to bring him home",
            # "keen to exchange the prisoners", "serious about bringing them home")
            "determined",
            "keen",
            "eager",
            "serious",
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
NEGATORS = frozenset({"not", "n't", "never", "no"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "provided"})
# Dependency labels along which a governor's meaning reaches the trigger.
CHAIN_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "nsubjpass", "advcl", "attr",
     "compound", "amod", "oprd", "auxpass", "conj", "agent"}
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
