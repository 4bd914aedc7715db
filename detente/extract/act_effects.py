"""What a sanctions act does, spelled out by a participle clause after it.

"The EU lifted its economic sanctions, freeing Iranian oil sales and reconnecting banks to SWIFT",
"adopted its first sectoral sanctions, restricting trade in potash and oil products", "imposed
sanctions on Russia, targeting its state banks and arms trade": the parser hangs the participle
clause on the act's verb as an adverbial clause, outside its object, yet the clause names what the
act bears on: its sectors. Names there are read only as sectors ("reconnecting banks to the SWIFT
network" does not list SWIFT). Only clauses of a verb of effect count:
a clause of speech or reason ("accusing them of financing arms purchases", "saying its oil revenue
funds militias") tells why, not what. Read by :func:`sanctions.annotate`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract.governors import finite

# Verbs whose participle clause tells what a sanctions act does to what it bears on.
EFFECT_VERBS = frozenset(
    {"free", "end", "restrict", "remove", "reconnect", "cut", "bar", "ban", "allow", "target",
     "cover", "strike", "lift", "ease", "suspend", "unfreeze", "freeze", "block", "restore",
     "open", "hit", "add", "permit", "authorise", "authorize", "limit", "prohibit", "list",
     "designate", "reinstate", "halt", "stop", "exclude", "disconnect", "delist", "release"}
)  # fmt: skip
# The parser's label of a participle clause hung on a verb (a noun's clause, "a move targeting …",
# is an "acl" and not the act's).
ACT_DEPS = frozenset({"advcl"})
# Labels of the clauses that a participle clause may hold.
NESTED_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "conj"})


def spelled_out(trigger: Token) -> list[Token]:
    """The words of the participle clauses of effect hung on an act's verb (or on the verb whose
    object a nominal act is: "announced sanctions, targeting …"), subject-less and after it."""
    verb = trigger
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ in ("dobj", "nsubjpass"):
        verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in ACT_DEPS or clause.i < verb.i or not _effect(clause):
            continue
        words = list(clause.subtree)
        nested = {t.i for w in words if w is not clause and _own_subject(w) for t in w.subtree}
        out.extend(t for t in words if t.i not in nested)
    return out


def _own_subject(tok: Token) -> bool:
    """A finite clause inside the participle's with a subject of its own ("…, while OFAC
    designated X", "a refinery which Brussels says processes gold"): another act or a reason, not
    the effect. What the effect lets someone do stays ("allowing firms to work with Iranian banks")."""
    return (
        finite(tok)
        and tok.dep_ in NESTED_DEPS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _effect(clause: Token) -> bool:
    """A subject-less present participle of a verb of effect ("freeing", "targeting")."""
    return (
        clause.tag_ == "VBG"
        and clause.lemma_.lower() in EFFECT_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    )
