"""Members a sanctions act lists, spelled out by a trailing "including ..." the parser hung elsewhere.

"imposed sanctions on thirteen Iranians and two organisations it holds responsible for the
suppression of protests, including the Basij Cooperative Foundation": the parser ties "including"
to the nearest noun ("protests"), inside a clause the act's object leaves out; the names it
introduces are members of the listed group all the same. Read by :func:`sanctions.annotate`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

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
    head: "together with fourteen other officials including his son"); and the members told by
    "among them" (:func:`among_them`). Not members of a group of people wronged ("activists,
    including X"), nor past another act of the sentence."""
    ids = {t.i for t in scope}
    groups = [t for t in scope if _listable(t)]
    own = {t.i for t in trigger.subtree}
    out: list[Token] = [t for m in among_them(trigger) for t in m.subtree if t.i not in ids]
    out += [t for t in after_colon(trigger, groups) if t.i not in ids]
    for tok in trigger.doc[trigger.i + 1 :]:
        if tok.lower_ not in INCLUDING_WORDS or tok.i not in own:
            continue
        head = tok.head
        if _wronged(head) or _other_act(tok, trigger):
            continue
        if _listable(head) or any(g.i < tok.i for g in groups):
            out.extend(t for t in tok.subtree if t.i not in ids)
            out.extend(t for t in name_run(tok) if t.i not in ids)  # misparsed: hung elsewhere
    out += [t for g in groups if _counted(g) for t in name_run(g) if t.i not in ids]
    return out


# Labels of the names a run spells out, and the words a run may hold between them ("the arms
# broker X and the firms Y, Z and W").
RUN_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC"})
RUN_WORDS = frozenset({",", "and", "&", "the", "a", "an"})


def name_run(tok: Token) -> list[Token]:
    """The names spelled out just after ``tok`` (an "including", or a counted group and its comma:
    "three commercial lenders, VTB Bank, Bank Rossiya and Promsvyazbank"), read from the surface
    when the parser hung them elsewhere: names, their descriptors and commas, up to the first
    other word; none when ``tok``'s own phrase already holds a name, or the run holds none."""
    if any(t.ent_type_ in RUN_LABELS for t in tok.subtree if t.i > tok.i):
        return []
    doc = tok.doc
    start = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and tok.dep_ != "prep")
    if start == tok.i + 1 and tok.dep_ != "prep":
        return []  # a group's names follow its comma
    out: list[Token] = []
    for word in doc[start : tok.sent.end]:
        if not (word.ent_type_ in RUN_LABELS or word.lower_ in RUN_WORDS or word.pos_ in RUN_POS):
            if word.lemma_.lower() in lx.SPEECH_VERBS:
                return []  # "on three companies, Foreign Secretary X said": the sayer
            break
        out.append(word)
    return out if any(t.ent_type_ in RUN_LABELS for t in out) else []


# Parts of speech of a member's descriptor in a run ("the potash producer X").
RUN_POS = frozenset({"NOUN", "ADJ", "PROPN"})


def _counted(group: Token) -> bool:
    """A counted group of listable bodies ("three commercial lenders")."""
    return any(c.dep_ == "nummod" for c in group.children)


# Pronouns after "among" for the group named just before ("..., among them X and Y").
GROUP_PRONOUNS = frozenset({"them", "these", "those"})


def among_them(trigger: Token) -> list[Token]:
    """The heads of members an act's group is spelled out by after "among them" ("kept asset
    freezes on 261 people and 39 entities, among them X, the potash producer Y and Z"): the parser
    makes the first name the head of "among them" and hangs it anywhere in the sentence. Only
    after a group of listable bodies (not "jailed dozens of activists, among them X") and not past
    another act of the sentence."""
    doc = trigger.doc
    if "among" not in doc.text:
        return []
    out: list[Token] = []
    for tok in doc[trigger.i + 1 :]:
        if tok.lower_ != "among" or tok.dep_ != "prep" or tok.head.i < tok.i:
            continue
        if not any(c.dep_ == "pobj" and c.lower_ in GROUP_PRONOUNS for c in tok.children):
            continue
        head = tok.head
        if _group_before(doc[trigger.i + 1 : tok.i]) and not _act_between(head, trigger):
            out.append(head)
    return out


def after_colon(trigger: Token, groups: list[Token]) -> list[Token]:
    """The words after a colon that closes a counted group of listable bodies on the act's object
    side ("removed three people from the list: X, Y and Z", "along with three companies: A, B and
    C"), which the parser hangs anywhere: the members. Not past another act of the sentence."""
    doc = trigger.doc
    end = trigger.sent.end
    colon = next((t for t in doc[trigger.i + 1 : end] if t.text == ":"), None)
    if colon is None:
        return []
    between = doc[trigger.i + 1 : colon.i]
    counted = [t for t in between if any(c.dep_ == "nummod" for c in t.children)]
    if not counted or counted[-1] not in groups:  # "and freed three prisoners: X, Y and Z"
        return []
    if any(t.pos_ == "VERB" and t.lemma_.lower() in ACT_VERBS for t in between):
        return []  # "listed X and sanctioned two firms: A and B": the second act's
    return list(doc[colon.i + 1 : end])


def _act_between(tok: Token, trigger: Token) -> bool:
    """Another act governs a member before the trigger does; a renewal's own "keeping" does not
    ("extended its measures, keeping asset freezes on ..., among them X"), nor a verb above the
    trigger too ("The renewal keeps asset freezes on ..., among them X": the freezes')."""
    above = {a.i for a in trigger.ancestors}
    for a in tok.ancestors:
        if a.i == trigger.i or a.i in above:
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in ACT_VERBS and a.lower_ not in KEEPING_FORMS:
            return True
    return False


def _group_before(words: Span) -> bool:
    """Whether the last group noun before "among them" is one of listable bodies, not of people
    wronged ("activists") nor freed ("after Minsk freed 14 people, among them X")."""
    for tok in reversed(words):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in LISTABLE_NOUNS | WRONGED_NOUNS:
            continue
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and verb.lemma_.lower() in lx.RELEASE_VERBS:
            return False  # "after Minsk freed 14 people, among them X"
        return lemma in LISTABLE_NOUNS
    return False


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
    if tok in among_them(trigger):  # "asset freezes on 261 people, among them Alexander Lukashenko"
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
