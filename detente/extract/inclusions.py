"""Members a sanctions act lists, spelled out by a trailing "including ..." the parser hung elsewhere.

"imposed sanctions on thirteen Iranians and two organisations it holds responsible for the
suppression of protests, including the Basij Cooperative Foundation": the parser ties "including"
to the nearest noun ("protests"), inside a clause the act's object leaves out; the names it
introduces are members of the listed group all the same. Read by :func:`sanctions.annotate`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.directions import LIST_VERBS
from detente.extract.listings import LISTABLE_NOUNS

# Verbs of a sanctions act of their own.
ACT_VERBS = lx.IMPOSE_VERBS | lx.EASE_VERBS | LIST_VERBS
# Words that introduce members of a group named before.
INCLUDING_WORDS = frozenset({"including"})
# People named as whom a listing answers for, not whom it lists ("jailed dozens of activists,
# including X"): the people nouns of releases, and a few more.
WRONGED_NOUNS = frozenset(lx.PEOPLE_NOUNS) | frozenset(
    {"protester", "demonstrator", "critic", "opponent", "victim", "civilian", "student",
     "voter", "candidate", "worshipper", "child"}
)  # fmt: skip


def included(trigger: Token, scope: list[Token]) -> list[Token]:
    """The words of the "including ..." phrases after the act, in its clause but outside its
    object ``scope``, that spell out members of a listable group of the object (or of their own
    head: "together with fourteen other officials including his son"). Not members of a group
    of people wronged ("activists, including X"), nor past another act of the sentence."""
    ids = {t.i for t in scope}
    groups = [t for t in scope if _listable(t)]
    own = {t.i for t in trigger.subtree}
    out: list[Token] = []
    for tok in trigger.doc[trigger.i + 1 :]:
        if tok.lower_ not in INCLUDING_WORDS or tok.i in ids or tok.i not in own:
            continue
        head = tok.head
        if _wronged(head) or _other_act(tok, trigger):
            continue
        if _listable(head) or any(g.i < tok.i for g in groups):
            out.extend(t for t in tok.subtree if t.i not in ids)
    return out


def member(root: Token, scope_ids: set[int]) -> bool:
    """Whether a name lies in an "including ..." phrase that spells out members of a listable
    group of the object (ids ``scope_ids``), even inside a clause about them ("two companies it
    holds responsible for the crackdown, including X"); not "activists, including X"."""
    tok = root  # a member itself, not a name inside what is said of one ("over the X incident")
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    inc = tok.head
    if tok.dep_ != "pobj" or inc.lower_ not in INCLUDING_WORDS or _wronged(inc.head):
        return False
    doc = root.doc
    return _listable(inc.head) or any(i < inc.i and _listable(doc[i]) for i in scope_ids)


def _wronged(head: Token) -> bool:
    """A group of people wronged, also by its amount ("dozens of activists") or as the object of
    the verb "including" was hung on ("who jailed dozens of protesters, including X")."""
    nouns = [head] + [c for c in head.children if c.dep_ == "dobj" and head.pos_ == "VERB"]
    nouns += [o for n in nouns for p in n.children if p.lower_ == "of" for o in p.children]
    return any(n.lemma_.lower() in WRONGED_NOUNS - LISTABLE_NOUNS for n in nouns)


def _other_act(tok: Token, trigger: Token) -> bool:
    """Whether a verb of sanctions other than ``trigger`` governs ``tok`` ("the EU listed X, and
    Washington sanctioned two firms, including Y": Y is the second act's)."""
    for a in tok.ancestors:
        if a.i == trigger.i:
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in ACT_VERBS:
            return True
    return False


def _listable(tok: Token) -> bool:
    """A common noun of something a sanctions list holds ("companies", "officials")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in LISTABLE_NOUNS


# Prepositions whose object is whom a measure bears on ("sanctions on X", "including X").
ON_PREPS = frozenset({"on", "against", "including"})


def listed_leader(root: Token, trigger: Token) -> bool:
    """Whether a state's leader, named by the head word ``root``, is what an act lists ("added
    Alexander Lukashenko to its list", "sanctions on Gustavo Petro", "Those listed include
    President X"), not its owner or its reason ("Putin's war", "over Maduro's election")."""
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == trigger.i:
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ON_PREPS
        and (
            prep.lower_ == "including"
            or prep.head.i == trigger.i
            or prep.head.lemma_.lower() in lx.SANCTION_NOUNS
        )
    )


# Participles that tell what a renewal keeps listed ("renewed ..., keeping X on its list").
KEEPING_FORMS = frozenset({"keeping", "maintaining", "leaving", "retaining"})


def kept_listed(trigger: Token) -> list[Token]:
    """What a renewal keeps in place, told by a participle clause of its own ("renewed its
    sanctions for another year, keeping Belinvestbank on its list", "prolonged the regime,
    keeping in place restrictions on state banks"): the bodies and sectors it holds."""
    return [
        t
        for c in trigger.children
        if c.dep_ in ("advcl", "conj", "xcomp") and c.lower_ in KEEPING_FORMS
        for o in c.children
        if o.dep_ in ("dobj", "prep", "advmod", "prt", "ccomp", "oprd")
        for t in o.subtree
    ]
