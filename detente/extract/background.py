"""Background acts: the dates of past acts told in timelines and in "N months after" clauses.

Timelines. Retrospectives, explainers and year-in-review pieces list past acts as entries, one a line, each
opened by its date ("January 3, 2024: The largest exchange of the war to date. Russia frees 230
Ukrainian prisoners ...", "March 2011 — Ferrer ... is released", "September: the Belavia deal.
Fifty-two prisoners left Belarus ..."). Only the first sentence of an entry holds the date; the
acts told in the sentences after it happened on that date too, not on the publication day, and a
present tense there tells that dated act (the timeline's historic present), not a habit. A
sentence of an entry with no time of its own is given the heading's time, as if fronted ("On
January 3, Russia frees 230 ...").

Spans before. "Washington removed Belavia from its blacklist on Tuesday, two months after it first
eased restrictions on the airline in a deal that freed 52 prisoners": the acts of the "after"
clause happened that span before the main clause's day (or the publication day when the main
clause names none): in the month two months before, not on Tuesday. A clause with a time of its
own ("three years after China freed X in October 2023") keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.extract import dates
from detente.extract.events import _is_past
from detente.extract.mentions import NOUN_CLAUSE_DEPS, Mention, ParsedSentence

if TYPE_CHECKING:
    from detente.extract.events import Cluster

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
# A line opened by a date and a colon, a dash or a full stop: "January 3, 2024:", "12 October
# 2011 --", "March 2011 —", "June:", "2019 -", "JUNE 21 -", "August 2020. The pardon ...",
# "February. Russia let go ...". Not a dateline ("KYIV, Feb. 6, 2025 --" opens with a place).
HEADING = re.compile(
    rf"^[ \t]*(?P<head>(?:\d{{1,2}} )?{_MONTH}(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? \d{{4}})?"
    rf"|(?:19|20)\d{{2}})[ \t]*(?::|—|–|--?|(?<![.])\.(?=[ \t]+[A-Z]))[ \t]+",
    re.MULTILINE,
)
# Lines from the top that hold the headline and the dateline ("February 14, 2025 -- ...").
DATELINE_LINES = 2


def _entries(text: str, published: str | None) -> list[tuple[int, int, dates.TimeExpr]]:
    """Each timeline entry of the text: its span (heading to end of line) and the heading's time."""
    found: list[tuple[int, int, dates.TimeExpr]] = []
    for m in HEADING.finditer(text):
        if text.count("\n", 0, m.start()) < DATELINE_LINES:
            continue  # the headline or the dateline, not an entry
        head = " ".join(w.capitalize() for w in m.group("head").split(" "))  # "JUNE 21"
        times = dates.find(head, published) or dates.find(f"in {head}", published)  # "June:"
        if len(times) != 1 or not dates.is_date(times[0].value) or times[0].value == published:
            continue  # not a dateline ("February 14, 2025 -- On Tuesday ...")
        end = text.find("\n", m.end())
        found.append((m.start(), len(text) if end < 0 else end, times[0]))
    return found


def date_entries(sents: list[ParsedSentence], text: str, published: str | None) -> None:
    """Give each sentence of a timeline entry (the heading's own, when it names no time the
    parser reads, and those after it) with no time expression of its own the heading's time at
    its start (in place)."""
    if not HEADING.search(text):
        return
    entries = _entries(text, published)
    for ps in sents:
        if ps.times:
            continue
        start = ps.sentence.start
        for first, last, time in entries:
            if first <= start < last:  # "JUNE 21 - Minsk pardoned 14": the heading's own line
                ps.times = [replace(time, start=0, end=0)]
                break


# --- acts in an "N months after" clause ---
# "two months after", "a year after": a counted span of months or years before a clause.
SPAN_AFTER = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>months?|years?)\s+after\b",
    re.IGNORECASE,
)


def _months_back(m: re.Match[str]) -> int:
    n = m.group("n").lower()
    count = 1 if n in ("a", "an") else dates.YEAR_WORDS.get(n) or int(n)
    return count * (12 if m.group("unit").lower().startswith("year") else 1)


def _month_before(day: str, months: int) -> str:
    """ "2025-11-04", 2 -> "2025-09"."""
    index = int(day[:4]) * 12 + int(day[5:7]) - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _reference(ps: ParsedSentence, before: int, published: str | None) -> str | None:
    """The main clause's day (a dated time before the span), else the publication day."""
    told = [t.value for t in ps.times if t.end <= before and dates.is_date(t.value)]
    day = told[-1] if told else published
    return day if day is not None and len(day) >= 7 else None


def _shifted(ps: ParsedSentence, published: str | None) -> list[tuple[set[int], str]]:
    """The token ids of each "N months after" clause with no time of its own, and its month."""
    found: list[tuple[set[int], str]] = []
    for m in SPAN_AFTER.finditer(ps.sentence.text):
        if any(t.start >= m.end() for t in ps.times):
            continue  # the clause dates itself ("... in October 2023")
        after = next((t for t in ps.doc if t.idx == m.end() - len("after")), None)
        ref = _reference(ps, m.start(), published)
        if after is None or ref is None:
            continue
        clause = after.head if after.dep_ == "mark" else after
        if clause.i < after.i:
            continue  # "after" hangs on a head before it: no clause of its own
        found.append(({t.i for t in clause.subtree}, _month_before(ref, _months_back(m))))
    return found


def date_spans_after(mentions: list[Mention], published: str | None) -> set[int]:
    """Date each act told inside an "N months after" clause by the month that span before the
    main clause's day (in place); the ids of the mentions so dated."""
    dated: set[int] = set()
    by_sentence: dict[int, list[tuple[set[int], str]]] = {}
    for mention in mentions:
        ps = mention.sent
        if not SPAN_AFTER.search(ps.sentence.text):
            continue
        key = ps.sentence.index
        if key not in by_sentence:
            by_sentence[key] = _shifted(ps, published)
        for ids, month in by_sentence[key]:
            if mention.trigger.i in ids:
                mention.date = month
                dated.add(id(mention))
                break
    return dated


def _near(month: str, other: str | None) -> bool:
    """Whether a day, month or year the text tells elsewhere is the reckoned month's, a month
    either side ("a year after an amnesty freed several" and "in February 2025")."""
    if other is None or not dates.is_date(other):
        return False
    if len(other) == 4:
        return other == month[:4]
    gap = int(other[:4]) * 12 + int(other[5:7]) - int(month[:4]) * 12 - int(month[5:7])
    return abs(gap) <= 1


def fold_spans(clusters: list[Cluster], spanned: set[int]) -> None:
    """An act dated only by a reckoned span ("a year after Armenia and Azerbaijan swapped
    soldiers") is the act of the same type and state the text dates itself within a month of it:
    fold it in, keeping that date (in place)."""
    if not spanned:
        return
    for cluster in list(clusters):
        if not all(id(m) in spanned for m in cluster.mentions) or cluster.date is None:
            continue
        key = (cluster.type, cluster.actor, cluster.target)
        into = next(
            (
                c
                for c in clusters
                if c is not cluster
                and (c.type, c.actor, c.target) == key
                and _near(cluster.date, c.date)
            ),
            None,
        )
        if into is not None:
            into.absorb(cluster, clusters)


# --- acts told as part of a deal told just before ---
# A sentence opened by the deal or occasion told just before ("In that deal, Moscow released ...",
# "As part of the same arrangement, El Salvador sent ...", "On that occasion Tehran freed ...").
SAME_DEAL = re.compile(
    r"^\W*(?:in|on|under|as part of|during)\s+(?:that|the same)\s+"
    r"(?:deal|exchange|swap|trade|occasion|agreement|arrangement|bargain|round|accord)\b",
    re.IGNORECASE,
)


def date_same_deal(sents: list[ParsedSentence], published: str | None) -> None:
    """Give a sentence with no time of its own, opened by the deal told just before ("The trade
    follows a smaller one in February. In that deal, Moscow released ..."), the past time of the
    main clause of the sentence before (in place): the story's own acts keep the story's day, and
    a time inside a clause on a noun ("an agreement signed last month. Under that deal, ...")
    dates that noun, not the deal's acts."""
    before: dict[int, dates.TimeExpr | None] = {}
    for ps in sents:
        index = ps.sentence.index
        if ps.times:
            before[index] = _main_time(ps)
        elif SAME_DEAL.match(ps.sentence.text):
            time = before.get(index - 1)
            if time is not None and _is_past(time.value, published):
                ps.times = [replace(time, start=0, end=0)]


def _main_time(ps: ParsedSentence) -> dates.TimeExpr | None:
    """The last time of a sentence that hangs on its main clause, not on a clause of a noun."""
    for t in reversed(ps.times):
        tok = next((x for x in ps.doc if x.idx >= t.start), None)
        if tok is not None and not any(a.dep_ in NOUN_CLAUSE_DEPS for a in [tok, *tok.ancestors]):
            return t
    return None
