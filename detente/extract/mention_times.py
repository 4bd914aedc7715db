"""Which time expression dates an act told in one sentence (:func:`nearest_time`).

The time closest to the trigger in its own clause, leaving out times of another clause, of a
capture or a hearing, of an occasion ("ahead of December's elections") and of the saying; a fronted
time or a "when" clause's date when the clause has none; a day moved back for an act told in a
"(a) day after" clause. Split from :mod:`detente.extract.mentions`, which keeps what a mention is.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import dates, day_after, opening_days
from detente.extract import lexicon as lx
from detente.extract.doc_memo import token_at
from detente.extract.mentions import NOUN_CLAUSE_DEPS, ParsedSentence, own_subject


def _time_token(ps: ParsedSentence, t: dates.TimeExpr) -> Token | None:
    return token_at(ps.doc, t.start)


def _clause_line(trigger: Token) -> tuple[set[Token], set[Token]]:
    """The trigger and the heads above it within its own clause; and the heads beyond, across a
    coordinated clause with a subject of its own ("thirty walked free, and officials announced
    that 37 were pardoned": "walked" is beyond the pardon's clause)."""
    line = {trigger}
    tok = trigger
    while tok.head.i != tok.i:
        if _own_clause(tok):
            return line, {tok.head, *tok.head.ancestors}
        tok = tok.head
        line.add(tok)
    return line, set()


def _own_clause(tok: Token) -> bool:
    """A coordinated verb with a subject of its own ("..., and officials announced")."""
    return tok.dep_ == "conj" and own_subject(tok) is not None


def _in_other_clause(ps: ParsedSentence, t: dates.TimeExpr, trigger: Token) -> bool:
    """Whether a time expression belongs to a clause the trigger is not in: a relative clause or
    apposition of a noun, or a coordinated clause of its own ("In August thirty walked free, and
    in September 37 more were pardoned": August is not the pardon's time)."""
    tok = _time_token(ps, t)
    if tok is None:
        return False
    line, beyond = _clause_line(trigger)
    for anc in [tok, *tok.ancestors]:
        if anc in line:
            return False
        if _capture(anc) and anc.i < tok.i:  # "soldiers captured in July", "Sentenced in 2019,"
            return True
        if anc in beyond or anc.dep_ in NOUN_CLAUSE_DEPS or _own_clause(anc) or _since(anc):
            return True
    return False


# Verbs of how people came to be held (or born), whose time is not that of their release.
CAPTURE_VERBS = frozenset({"capture", "detain", "arrest", "seize", "abduct", "kidnap", "convict",
                           "sentence", "jail", "imprison", "intercept", "bear"})  # fmt: skip


def _capture(tok: Token) -> bool:
    """A participle of capture on the people ("captured in July", "sentenced in 2019"), not a
    clause of its own ("after agents arrested two tourists in September ...")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CAPTURE_VERBS:
        return False
    return not any(c.dep_ == "dobj" for c in tok.children)


def _since(tok: Token) -> bool:
    """A "since" phrase or clause ("the first release since the truce took effect in November"):
    it tells when a span began, not when the act was (releases)."""
    if tok.dep_ == "prep":
        return tok.lower_ == "since"
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return tok.dep_ == "advcl" and "since" in marks


def _said_at(ps: ParsedSentence, t: dates.TimeExpr, trigger: Token) -> bool:
    """Whether a time expression trails a verb of saying above or beside the trigger ("has been
    freed, rights groups said on Wednesday"); a fronted "On Friday officials said" is not one."""
    tok = _time_token(ps, t)
    if tok is None:
        return False
    line = {trigger, *trigger.ancestors}
    for anc in tok.ancestors:
        if anc is trigger:
            return False
        if anc.lemma_.lower() in lx.REPORTED_SPEECH_VERBS and anc.pos_ in ("VERB", "AUX"):
            return tok.i > anc.i
        if anc in line:
            return False
    return False


# An occasion a time names by a possessive ("ahead of December's legislative elections", "after
# last week's talks"): the time dates that occasion, not an act told around it.
OCCASION_AFTER = re.compile(
    r"['\u2019]s(?: [a-z-]+){0,2} (?:elections?|votes?|polls?|summit|referendum|holiday|"
    r"celebrations?|parade|ballot|inauguration|talks)\b"
)


def _occasion_time(text: str, t: dates.TimeExpr) -> bool:
    """Whether a time is the possessive of an occasion ("December's legislative elections")."""
    return OCCASION_AFTER.match(text, t.end) is not None


def _held_at(ps: ParsedSentence, t: dates.TimeExpr) -> bool:
    """Whether a time dates the detention told just before it, whatever the parse ("crew members
    seized off Al Hoceima in 2023 were pardoned", "traders detained last year crossed back")."""
    return opening_days.detention_time(ps.sentence.text, t, ps.times)


def _fronted_time(ps: ParsedSentence, tok: Token) -> dates.TimeExpr | None:
    """A time expression fronted before the main verb, for a clause coordinated with that verb that
    has no time of its own ("In December, over a hundred walked out, and Washington lifted its
    sanctions in return": December dates the lifting too)."""
    _, beyond = _clause_line(tok)
    root = next((x for x in beyond if x.dep_ == "ROOT"), None)
    if root is None:
        return None
    for t in ps.times:
        first = _time_token(ps, t)
        if first is None or first.i >= root.i or t.value in (dates.SINCE, dates.UNTIL):
            continue
        path = [first, *first.ancestors]
        if root in path and not any(
            a.dep_ in NOUN_CLAUSE_DEPS or _own_clause(a) for a in path[: path.index(root)]
        ):
            return t
    return None


def _when_time(ps: ParsedSentence, tok: Token) -> dates.TimeExpr | None:
    """The time a "when" clause hangs on, for every clause coordinated in it ("The largest came on
    December 13, when 123 were released and Washington lifted its measures": the lifting too)."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    if not _when_clause(head):
        found = _when_before(tok)
        if found is None:
            return None
        head = found
    anchor = head.head
    return next((t for t in ps.times if t.start <= anchor.idx < t.end), None)


def _when_clause(verb: Token) -> bool:
    return verb.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    )


def _when_before(tok: Token) -> Token | None:
    """background: the "when" clause right before a verb the parser coordinated with the main
    clause instead ("the first since December 2023, when Baku released 32 Armenians and Yerevan
    freed two Azerbaijanis": "freed" hung on "is"), whose time is the verb's too."""
    if tok.dep_ != "conj":
        return None
    verbs = [v for v in tok.head.subtree if v.i < tok.i and _when_clause(v)]
    if not verbs:
        return None
    end = max(t.i for t in verbs[-1].subtree) + 1
    start = min(t.i for t in tok.subtree)
    if end > start or any(t.lower_ not in (",", "and") for t in tok.doc[end:start]):
        return None  # "...; the envoy said that Yerevan freed two": no clause of the "when"
    return verbs[-1]


# --- precision (v25): "those freed" names the people of an act, told by its own phrase only ---
REFERRING_HEADS = frozenset({"those"})


def referring(tok: Token) -> bool:
    """ "the names of those released", "most of those pardoned were ordinary criminals": a
    participle on "those" names the people of an act told elsewhere, not an act of its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lower_ in REFERRING_HEADS


def _own_phrase(ps: ParsedSentence, tok: Token) -> list[dates.TimeExpr]:
    """The times inside a token's own phrase ("those freed on Monday")."""
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return [t for t in ps.times if start <= t.start < end]


# Verbs that tell an act by another one ("The release came days after the vote on May 20").
FOLLOW_VERBS = frozenset({"come", "follow", "precede"})
# Words that open what such an act is told against.
AGAINST_WORDS = frozenset({"after", "before", "as", "following", "amid", "within"})


def told_against(tok: Token) -> int | None:
    """Where the other act opens when a release noun is told by it ("His release came days after
    the re-election on May 20", "Saleh's release followed the death in custody on Monday"): the
    times from there on date that act, not the release (however the parser hangs them)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in FOLLOW_VERBS:
        return None
    verb = tok.head
    for t in tok.doc[verb.i + 1 : verb.sent.end]:
        if t.lower_ in AGAINST_WORDS or (t.dep_ == "dobj" and t.head.i == verb.i):
            return t.left_edge.idx if t.dep_ == "dobj" else t.idx
    return None


def nearest_time(ps: ParsedSentence, tok: Token, reported: bool = False) -> str | None:
    """The time expression closest to a token in its own clause; with ``reported``, not the time
    trailing a verb of saying ("rights groups said on Wednesday"), while a fronted one dates what
    was said ("On Friday officials said another 20 had been let go"). "Those freed" is dated by
    its own phrase only: the clause around it tells what happened to them after."""
    if referring(tok):
        own = _own_phrase(ps, tok)
        return min(own, key=lambda t: abs(t.start - tok.idx)).value if own else None
    times = [
        t
        for t in ps.times
        if not _in_other_clause(ps, t, tok)
        and not _held_at(ps, t)
        and not _occasion_time(ps.sentence.text, t)
    ]
    if reported:
        times = [t for t in times if not _said_at(ps, t, tok)]
    against = told_against(tok)
    if against is not None:
        times = [t for t in times if t.start < against]
    if not times:
        fronted = _fronted_time(ps, tok) or _when_time(ps, tok)
        return fronted.value if fronted is not None else _span_before(ps, tok)
    pos = tok.idx
    dated = [t for t in times if t.value != dates.VAGUE_PAST]
    if dated and len(dated) < len(times):  # "had previously released 30 in September"
        times = dated  # a vague past beside a date in the clause: the date says when
    best = min(times, key=lambda t: min(abs(t.start - pos), abs(t.end - pos)))
    return _days_after(ps, tok, best)


# Acts that decide a release rather than carry it out: the day people walked out dates the act.
DECISION_LEMMAS = frozenset(
    {"pardon", "commute", "order", "sign", "decide", "approve", "grant", "decree", "announce",
     "agree", "rule", "sentence"}
)  # fmt: skip


# Verbs of a market's move, whose day an "after" clause's act does not share ("Shares jumped on
# Wednesday after the junta released the staff": released before, on a day told elsewhere).
MARKET_VERBS = frozenset(
    {"rise", "jump", "climb", "surge", "gain", "rally", "soar", "fall", "drop", "slump", "tumble",
     "slide", "sink", "plunge", "rebound", "edge"}
)  # fmt: skip


def _days_after(ps: ParsedSentence, tok: Token, t: dates.TimeExpr) -> str | None:
    """A day-dated time of the main clause moved back for an act told in a "(a) day after" or
    "two days after" clause without a time of its own ("landed at Schiphol on Wednesday, a day
    after Iran released her": Tuesday)."""
    found = day_after.after_clause(tok)
    if found is None or t.value is None or len(t.value) != len("2025-01-01"):
        return t.value
    if tok.lemma_.lower() in DECISION_LEMMAS:
        return t.value  # "walked out on Tuesday, a day after X pardoned him": the walking out
    clause, _ = found
    first = _time_token(ps, t)
    if first is not None and first.i in {x.i for x in clause.subtree}:
        return t.value  # the clause's own time
    if clause.head.lemma_.lower() in MARKET_VERBS:
        return None  # "Shares rose on Tuesday after Mali released them": the rise's day, not theirs
    n = day_after.days_before(found)
    return dates.shift_day(t.value, -n) if n else t.value


def _span_before(ps: ParsedSentence, tok: Token) -> str | None:
    """An act told in a counted "a day after" clause whose time is only its main clause's
    ("landed on Wednesday evening, a day after Iran released her": Tuesday), or, with no time at
    all, the act told before it ("The licence came a day after Havana freed thirty"): a
    ``shift:`` marker back from that act (resolved by events); else None."""
    found = day_after.after_clause(tok)
    n = day_after.days_before(found, counted=True, weeks=True) if found is not None else 0
    if found is None or not 0 < n <= day_after.MAX_DAYS or tok.lemma_.lower() in DECISION_LEMMAS:
        return None  # "walked out on Tuesday, a day after X pardoned him": the walking out
    clause, after = found
    head = after.head if clause.head.i == after.i else clause.head
    when = nearest_time(ps, head) if head.i != tok.i else None
    if when is not None and len(when) == len("2025-01-01"):
        return dates.shift_day(when, -n)
    day = day_after.day_before(found, weeks=True)
    verbs = {head.lemma_.lower(), day.head.lemma_.lower() if day is not None else ""}
    return f"{dates.SHIFT}{-n}:d" if verbs & day_after.FOLLOWING_VERBS else None


# Prepositions of a verb's own time phrase ("added two firms in July", "listed them on Friday").
OWN_TIME_PREPS = frozenset({"in", "on"})


def own_phrase_time(ps: ParsedSentence, verb: Token) -> str | None:
    """The time of a verb's own in/on phrase or bare time noun ("renewed its measures in February
    and added two logistics firms in July": July for "added", though February is as near), the
    nearest when it has several; None when the verb has none (its clause's time is then found by
    :func:`nearest_time`)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    heads = [
        g
        for c in verb.children
        for g in (
            [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in OWN_TIME_PREPS
            else [c]
            if c.dep_ == "npadvmod" and not any(g.dep_ == "prep" for g in c.children)
            else []  # not "a day before the flight": a time told from another event
        )
    ]
    times = [
        t
        for t in ps.times
        if dates.is_date(t.value) and any(t.start <= h.idx < t.end for h in heads)
    ]
    if not times:
        return None
    return min(times, key=lambda t: abs(t.start - verb.idx)).value
