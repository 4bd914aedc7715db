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

Passages. "On February 11 this year, Russia released Fogel ... In return, Washington freed Vinnik":
an act told in the past tense with no time of its own, in the paragraph of a background act dated
well before publication or in a sentence answering it ("In return", "As part of the deal"),
happened then, not on the publication day; a relative time ("the following morning") goes on with
the passage, a date ends it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.extract import date_patterns, dates, trade_cues
from detente.extract.counts import SMALL_NUMBERS
from detente.extract.doc_memo import token_at, tokens
from detente.extract.events import LEAD_SENTENCES, _is_past
from detente.extract.mentions import NOUN_CLAUSE_DEPS, Mention, ParsedSentence
from detente.model import EventType

if TYPE_CHECKING:
    from spacy.tokens import Token

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
# A live timeline's day heading, after the entry's timestamp if any (session 26): "10:05 Day two,
# Saturday. Another 307 came home": the entry's acts are of the latest such weekday on or before
# publication.
LIVE_DAY = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[-—–:][ \t]*)?)?Day (?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,2}),? (?P<head>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"[ \t]*(?::|—|–|--?|\.)",
    re.MULTILINE,
)


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
    for m in LIVE_DAY.finditer(text):
        times = dates.find(f"on {m.group('head')}", published)
        if len(times) == 1 and dates.is_date(times[0].value):
            end = text.find("\n", m.end())
            found.append((m.start(), len(text) if end < 0 else end, times[0]))
    return found


def date_entries(sents: list[ParsedSentence], text: str, published: str | None) -> None:
    """Give each sentence of a timeline entry (the heading's own, when it names no time the
    parser reads, and those after it) with no time expression of its own the heading's time at
    its start (in place)."""
    if not HEADING.search(text) and not LIVE_DAY.search(text):
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
    rf"\b(?P<n>an?|{'|'.join(SMALL_NUMBERS)}|\d{{1,2}})\s+"
    r"(?P<unit>months?|years?)\s+after\b",
    re.IGNORECASE,
)


def _months_back(m: re.Match[str]) -> int:
    n = m.group("n").lower()
    count = 1 if n in ("a", "an") else date_patterns.YEAR_WORDS.get(n) or int(n)
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


def _shifted(ps: ParsedSentence, published: str | None) -> list[tuple[set[int], str, bool]]:
    """The token ids of each "N months after" clause, its month, and whether the sentence has a
    time after the span: the clause then dates itself ("... in October 2023"), and the month
    dates only the acts that time dates nothing for ("two months after Burkina Faso freed a third
    gendarme, who was handed over in Lomé in December": a time of the relative clause)."""
    found: list[tuple[set[int], str, bool]] = []
    for m in SPAN_AFTER.finditer(ps.sentence.text):
        own = any(t.start >= m.end() for t in ps.times)
        after = next((t for t in tokens(ps.doc) if t.idx == m.end() - len("after")), None)
        ref = _reference(ps, m.start(), published)
        if after is None or ref is None:
            continue
        clause = after.head if after.dep_ == "mark" else after
        if clause.i < after.i:
            continue  # "after" hangs on a head before it: no clause of its own
        found.append(({t.i for t in clause.subtree}, _month_before(ref, _months_back(m)), own))
    return found


def date_spans_after(mentions: list[Mention], published: str | None) -> set[int]:
    """Date each act told inside an "N months after" clause by the month that span before the
    main clause's day (in place); the ids of the mentions so dated."""
    dated: set[int] = set()
    by_sentence: dict[int, list[tuple[set[int], str, bool]]] = {}
    for mention in mentions:
        ps = mention.sent
        if not SPAN_AFTER.search(ps.sentence.text):
            continue
        key = ps.sentence.index
        if key not in by_sentence:
            by_sentence[key] = _shifted(ps, published)
        for ids, month, own in by_sentence[key]:
            if mention.trigger.i in ids:
                if own and mention.date is not None:
                    break  # dated by the clause's own time
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
# "since" right before a time ("held since March"; recall v20: "As part of the same arrangement,
# El Salvador sent 252 Venezuelans it had been holding since March back to Caracas").
HELD_SINCE = re.compile(r"\bsince\s+(?:early |late |mid-?)?\w+$", re.IGNORECASE)


def date_same_deal(sents: list[ParsedSentence], published: str | None) -> None:
    """Give a sentence with no time of its own, opened by the deal told just before ("The trade
    follows a smaller one in February. In that deal, Moscow released ..."), the past time of the
    main clause of the sentence before (in place): the story's own acts keep the story's day, and
    a time inside a clause on a noun ("an agreement signed last month. Under that deal, ...")
    dates that noun, not the deal's acts."""
    before: dict[int, dates.TimeExpr | None] = {}
    for ps in sents:
        index = ps.sentence.index
        # a time after "since" tells how long people were held, not when the act was
        own = [t for t in ps.times if not HELD_SINCE.search(ps.sentence.text[: t.end])]
        if own:
            before[index] = _main_time(ps)
        elif SAME_DEAL.match(ps.sentence.text):
            time = before.get(index - 1)
            if time is not None and _is_past(time.value, published):
                ps.times = [replace(time, start=0, end=0), *ps.times]


def _main_time(ps: ParsedSentence) -> dates.TimeExpr | None:
    """The last time of a sentence that hangs on its main clause, not on a clause of a noun."""
    for t in reversed(ps.times):
        tok = token_at(ps.doc, t.start)
        if tok is not None and not any(a.dep_ in NOUN_CLAUSE_DEPS for a in [tok, *tok.ancestors]):
            return t
    return None


# --- acts told with no time of their own in a passage about a past act ---
_LINE = re.compile("\n")
# A past-tense verb: "freed", "was traded", "had pardoned" (not "has freed", "is freed").
_PAST_AUX = frozenset({"VBD"})


def _told_past(trigger: Token) -> bool:
    """Whether a verb trigger tells a past act: a simple past ("Germany released Krasikov",
    "whom the United States freed") or a past auxiliary ("She was traded for Petrov", "Its
    president had pardoned Krieger"); not "has freed", "is freed"."""
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST_AUX for c in trigger.children
    )


# How long before publication a passage's act must lie to be background, not the story's own
# earlier stage ("pardoned by Lukashenko last week", "a decree signed on Monday"): days, months.
BACKGROUND_DAYS = 21
BACKGROUND_MONTHS = 2


def _passage(
    ps: ParsedSentence, told: list[Mention], para: int, published: str | None
) -> tuple[int, str, EventType] | None:
    """The passage a sentence with a time opens: the paragraph, time and type of the last act the
    time dates, hanging on its verb ("On February 11 this year, Russia released Fogel"), when that
    time is the background's; None when the time dates no act ("convicted in 2012"), hangs on
    another verb ("under the deal, agreed in September, Vietnam released ..."), or is one of the
    story's own days."""
    if ps.sentence.index <= LEAD_SENTENCES:
        return None
    for t in reversed(ps.times):
        if not _long_before(t.value, published):
            continue
        tok = token_at(ps.doc, t.start)
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) if tok else None
        act = next(
            (m for m in told if verb is not None and m.trigger.i == verb.i and m.date == t.value),
            None,
        )
        if act is not None:
            return para, t.value, act.type
    return None


def _long_before(value: str | None, published: str | None) -> bool:
    """Whether a date lies well before publication: a day three weeks before it, a month two
    months before its month, a year before its year."""
    if value is None or published is None or not dates.is_date(value):
        return False
    if not _is_past(value, published):
        return False
    if len(value) == 10:
        days = dates.days_between(value, published)
        return days is not None and days >= BACKGROUND_DAYS
    if len(value) == 7:
        gap = int(published[:4]) * 12 + int(published[5:7]) - int(value[:4]) * 12 - int(value[5:7])
        return gap >= BACKGROUND_MONTHS
    return True


# A sentence opened by the deal of the act told before ("As part of the deal, Biden granted
# clemency to five Iranians"), besides those answering it (``trade_cues.ANSWERING``) and those
# opened by "that deal" (``SAME_DEAL``).
PART_OF_DEAL = re.compile(
    r"^\W*(?:as part of|under) the (?:deal|exchange|swap|trade|agreement|arrangement|bargain)\b",
    re.IGNORECASE,
)


def _answers(text: str) -> bool:
    """Whether a sentence opens by answering the act told before it or by that act's deal."""
    return any(p.match(text) for p in (trade_cues.ANSWERING, SAME_DEAL, PART_OF_DEAL))


def _dated(times: list[dates.TimeExpr]) -> bool:
    """Whether a time of a sentence is a date, not a marker ("the same day", "earlier")."""
    return any(dates.is_date(t.value) for t in times)


def _carried(
    sents: list[ParsedSentence], acts: dict[int, list[Mention]], text: str, published: str | None
) -> dict[int, tuple[str, EventType | None]]:
    """For each sentence with no time of its own, the past day or month of the act (``acts``: the
    mentions of each sentence) told last before it in its paragraph (line), or before it at all
    when it opens by answering that act ("In return, Washington freed Vinnik", "Going the other
    way, Germany released ..."), with that act's type, or None when the sentence answers it (a
    release answered by a relief). A time that dates no act ("convicted in 2012"), in a sentence
    the rules read or in one between them, ends the passage."""
    breaks = [m.start() for m in _LINE.finditer(text)]
    carried: dict[int, tuple[str, EventType | None]] = {}
    last: tuple[int, str, EventType] | None = None  # (paragraph, value, type)
    end = 0  # where the sentence read before ends
    for ps in sents:
        start = ps.sentence.start
        if last is not None and _dated(dates.find(text[end:start], published)):
            last = None  # "On Tuesday the talks resumed": the passage moved on
        end = ps.sentence.end
        para = bisect.bisect(breaks, start)
        index = ps.sentence.index
        if _dated(ps.times):
            last = _passage(ps, acts.get(index, []), para, published)
            continue
        if ps.times:  # "the following morning", "earlier that week": the passage goes on
            continue
        answers = last is not None and _answers(ps.sentence.text)
        if last is None or (last[0] != para and not answers):
            continue
        carried[index] = (last[1], None if answers else last[2])
        last = (para, last[1], last[2])  # the answering paragraph goes on with that time
    return carried


def date_carried(
    mentions: list[Mention], sents: list[ParsedSentence], text: str, published: str | None
) -> None:
    """Date a past-tense act told with no time of its own by the past time of the act told just
    before it in the passage ("On February 11 this year, Russia released Fogel ... In return,
    Washington freed Vinnik"): in a retrospective it is that passage's act, not one of the
    publication day (in place). Only the date of an act well before publication carries (not the
    story's own earlier stage, "pardoned last week"); a time that dates no act ends the passage.
    A time the lead tells is the story's own: its undated acts are left to the story's date
    (:func:`detente.extract.events.story_date`). Acts of another type take it only in a sentence
    that answers the act ("In return, the Treasury granted a licence")."""
    todo = [m for m in mentions if m.date is None and not m.sent.times and _told_past(m.trigger)]
    if not todo:
        return
    acts: dict[int, list[Mention]] = {}
    for m in mentions:
        acts.setdefault(m.sent.sentence.index, []).append(m)
    carried = _carried(sents, acts, text, published)
    for m in todo:
        value, kind = carried.get(m.sent.sentence.index, (None, None))
        if value is not None and kind in (None, m.type):  # not "OFAC listed them. It also issued"
            m.date = value


# --- acts told in a "when" clause right after a time ---
# "..., as it did in February 2023, when it put 222 prisoners on a plane", "since February, when
# Moscow freed Fogel and Washington let go of Vinnik": a "when" clause opened right after a time
# expression, up to a semicolon or a dash.
WHEN_AFTER = re.compile(r"\A,?[ \t]+when\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\s(?:—|–|--)\s")


def _when_spans(ps: ParsedSentence) -> list[tuple[int, int, str, set[str]]]:
    """Each "when" clause that follows a date: its span (from "when" to a semicolon, a dash or
    the sentence's end), the date, and the values of the times inside it."""
    text = ps.sentence.text
    found: list[tuple[int, int, str, set[str]]] = []
    for t in ps.times:
        m = WHEN_AFTER.match(text[t.end :])
        if m is None or not dates.is_date(t.value):
            continue
        start = t.end + m.end()
        stop = _CLAUSE_END.search(text, start)
        end = stop.start() if stop else len(text)
        inner = {x.value for x in ps.times if start <= x.start < end}
        found.append((start, end, t.value, inner))
    return found


def date_when_clauses(mentions: list[Mention]) -> None:
    """Date each act told in a "when" clause that follows a date ("since February, when Moscow
    freed Fogel and Washington let go of Vinnik") by that date, whatever clause the parser hung
    it on (in place): the clause tells what happened then. An act dated by a time inside the
    clause ("when they were arrested, and were freed on Tuesday") keeps it."""
    by_sentence: dict[int, list[tuple[int, int, str, set[str]]]] = {}
    for mention in mentions:
        ps = mention.sent
        if " when " not in ps.sentence.text:
            continue
        key = ps.sentence.index
        if key not in by_sentence:
            by_sentence[key] = _when_spans(ps)
        for start, end, value, inner in by_sentence[key]:
            if start <= mention.trigger.idx < end and mention.date not in inner:
                mention.date = value
                break
