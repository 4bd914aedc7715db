"""A monitor's figure of people held: "put the number of political prisoners at 1,153", "whom Foro
Penal counts at about 270", "the number now exceeds 700", "puts the number still held at 1,150".

Used by :mod:`detente.extract.stocks` to read the number a figure noun ("number", "figure",
"total") or a counting verb gives, wherever the parser hangs its "at N" phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract.doc_memo import token_at
from detente.extract.mentions import ParsedSentence
from detente.extract.stock_holders import HOLD_VERBS
from detente.model import CountQualifier

# Verbs with which a source gives a figure ("put the number at", "counts them at about"); the nouns
# are lexicon.FIGURE_NOUNS.
FIGURE_VERBS = frozenset({"put", "count", "estimate", "number", "place", "set", "tally"})
# Verbs with which a figure reaches a number ("exceeds 700", "stands at 350", "has risen to").
FIGURE_REACH = frozenset({"exceed", "top", "reach", "stand", "rise", "surpass", "pass", "grow"})
# Verbs that give a figure's level, its reach and its plain state ("remains around", "is").
LEVEL_VERBS = FIGURE_REACH | {"remain", "be"}
EXCEED = frozenset({"exceed", "top", "surpass", "pass"})


def figure_number(noun: Token) -> Token | None:
    """ "put the number of political prisoners at 1,153", "whom Foro Penal counts at about 270",
    "the number of political prisoners now exceeds 700"."""
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in lx.FIGURE_NOUNS:
        reached = reached_number(noun.head.head)
        if reached is not None:
            return reached
    relative = next(
        (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in FIGURE_VERBS), None
    )
    if relative is not None:
        return at_number(relative)
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    linked = noun.head.lemma_.lower() in lx.FIGURE_NOUNS or noun.head.head.lemma_.lower() in (
        lx.FIGURE_NOUNS
    )
    if verb.lemma_.lower() not in FIGURE_VERBS and not linked:
        return None
    if not (linked or noun.dep_ == "dobj"):
        return None
    held = [c for c in noun.children if c.dep_ == "acl"]  # "the number of X held in Y at 20"
    # "puts the number of people currently imprisoned ... at 1,600": the parser may hang the
    # participle, and its "at", on the counting verb
    held += [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in HOLD_VERBS]
    return at_number(verb) or next((n for c in held if (n := at_number(c)) is not None), None)


def reached_number(figure: Token) -> Token | None:
    """The number a figure noun is said to reach: "the number ... exceeds 700", "has risen to
    1,200", "stands at 350"."""
    verb = figure.head
    if figure.dep_ != "nsubj" or verb.lemma_.lower() not in LEVEL_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.like_num), None)
    if obj is not None:
        return obj  # "exceeds 700", "Its current count is 1,265"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in REACH_PREPS:
            return next((g for g in prep.subtree if g.like_num), None)
    return None


# Prepositions of a figure's level: "stands at 350", "has risen to", "remains around 60,000".
REACH_PREPS = frozenset({"at", "to", "around", "about", "above", "over"})


def held_figure(tok: Token) -> counts_mod.Count | None:
    """A figure noun told as people held: "puts the number still held at about 1,150"."""
    if tok.lemma_.lower() not in lx.FIGURE_NOUNS:
        return None
    held = next(
        (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in HOLD_VERBS), None
    )
    if held is None or tok.dep_ != "dobj":
        return None
    num = at_number(held) or at_number(tok.head)
    return counts_mod.read_count(num) if num is not None else None


def at_number(verb: Token) -> Token | None:
    """The number of an "at N" phrase on a verb."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            num = next((g for g in prep.subtree if g.like_num), None)
            if num is not None:
                return num
    return None


# A sentence that may give a bare figure ("put the number at 60", "its tally stood at 1,317").
FIGURE_WORDS = re.compile(r"\b(?:number|figure|tally|count|total)\b", re.IGNORECASE)


def bare_figure(doc: Span | Doc) -> tuple[Token, Token] | None:
    """The number of a figure noun that names no people of its own, which the sentence before
    told ("... remain in Egyptian jails. The group estimates the number at around 60,000", "Its
    current count is 1,265", "On Friday its tally stood at 1,110", "gives a figure of 61"); not
    "the number of dead", whose people are its own. Returns the figure noun and its number."""
    for tok in doc:
        if tok.lemma_.lower() not in lx.FIGURE_NOUNS or tok.pos_ != "NOUN":
            continue
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        given = [g for c in of for g in c.children if g.like_num]
        if given:
            return tok, given[0]  # "a figure of 61"
        if of:
            continue  # "the number of dead", "the figure of 12 journalists"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in FIGURE_VERBS:
            num = at_number(tok.head) or at_number(tok)  # "put the number at 60"
        else:
            num = reached_number(tok) if tok.dep_ == "nsubj" else None  # "its tally stood at"
        if num is not None:
            return tok, num
    return None


# Words that join the two ends of a range ("150 to 200", "150-200", "between 150 and 200").
RANGE_WORDS = frozenset({"to", "-", "–", "and"})


def lower_of_range(count: counts_mod.Count, doc: Doc | Span) -> counts_mod.Count:
    """A figure told as a range gives its lower end, ``at_least`` (session 25: "around 150 to 200
    political prisoners remain" → 150): the count read at the range's upper end, widened to the
    lower; any other count unchanged."""
    doc = doc if isinstance(doc, Doc) else doc.doc
    joint = count.start - 1
    if joint < 1 or doc[joint].lower_ not in RANGE_WORDS or not doc[joint - 1].like_num:
        return count
    if doc[joint].lower_ == "and" and not any(
        t.lower_ == "between" for t in doc[max(0, joint - 4) : joint - 1]
    ):
        return count  # "1,100 and 64": two figures, not a range
    low = counts_mod.read_count(doc[joint - 1])
    if low is None or low.value >= count.value:
        return count
    return counts_mod.Count(low.value, CountQualifier.AT_LEAST, low.start, count.end)


def range_read(tok: Token) -> counts_mod.Count | None:
    """The lower end of a range the number reader takes for one number ("between 150 and 200",
    "150-200"), ``at_least`` (session 25); None when ``tok`` is in no such range."""
    start, end = counts_mod.number_extent(tok)
    nums = [t for t in tok.doc[start:end] if t.like_num]
    joints = [t for t in tok.doc[start:end] if t.lower_ in RANGE_WORDS]
    digits = [t.text.replace(",", "") for t in nums]
    if len(nums) != 2 or len(joints) != 1 or not all(d.isdigit() for d in digits):
        return None
    low, high = int(digits[0]), int(digits[1])
    if low >= high:
        return None
    return counts_mod.Count(low, CountQualifier.AT_LEAST, start, end)


# Kinds of time expressions that give only a month ("this month", "earlier this month", "last
# month"): see :mod:`detente.extract.date_patterns`.
MONTH_KINDS = frozenset({"thismonth", "lastmonth"})
# How far up from a time's first word its verb of saying may sit ("this" → "month" → "said").
SAID_REACH = 2


def said_month(ps: ParsedSentence, verb: Token) -> str | None:
    """The month a source gave the figure in, told on its verb of saying ("Viasna said this month
    that 1,100 remain" → ``YYYY-MM``, session 25), when the figure's clause has no time of its own;
    a day of saying ("said on Monday") dates the saying, not the figure."""
    sayers = [a for a in verb.ancestors if a.lemma_.lower() in lx.REPORTED_SPEECH_VERBS]
    for t in ps.times:
        tok = token_at(ps.doc, t.start)
        up = list(tok.ancestors)[:SAID_REACH] if tok is not None else []
        if t.kind in MONTH_KINDS and any(s in up for s in sayers):
            return t.value
    return None
