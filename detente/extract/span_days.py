"""Releases told in a counted "ten days after" or "two weeks after" clause: an earlier act of its own.

"Egyptian authorities freed X on Friday, ten days after a decree that had freed Y and 14 others",
"It came two weeks after Lukashenko pardoned a group of foreigners", "Their release came three
weeks after Pyongyang freed another American": the act of the "after" clause came that many days
before the act the sentence tells (its main clause's day, else the act told before it), and is
not the main act told again (guide, session 25: "a release counted back from a dated act ('three
weeks after') → that day"). Spans up to a week are reckoned where each mention is dated
(:mod:`detente.extract.mention_times`, :mod:`detente.extract.day_after`); this stage takes the
longer ones, which dated nothing there, so that the clause's release no longer folds into the main
act as an undated retelling. A clause with a time of its own ("... freed 3,303 on April 17") keeps
it; a decision in the clause ("walked out on Friday, two weeks after Lukashenko pardoned him") is
the main act's own stage unless the main clause only tells that the act came after it ("It came
two weeks after ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract import date_patterns, dates, day_after
from detente.extract.apart import counts_agree
from detente.extract.doc_memo import tokens
from detente.extract.mention_times import DECISION_LEMMAS
from detente.extract.mentions import Mention, ParsedSentence
from detente.model import EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

# "ten days after", "two weeks after", "21 days after": a counted span of days or weeks.
SPAN = re.compile(
    rf"\b(?P<n>{'|'.join(w for w in date_patterns.YEAR_WORDS if w != 'a')}|\d{{1,2}})\s+"
    r"(?P<unit>days|weeks)\s+after\b",
    re.IGNORECASE,
)
# Days in a week.
WEEK = 7


def date_releases(mentions: list[Mention]) -> set[int]:
    """Date each release told in a counted days-or-weeks "after" clause longer than a week by
    that span back from the main clause's day, or mark it to be counted back from the act told
    before (a ``shift:`` marker, resolved by :func:`events.resolve_same_day`) (in place); the ids
    of the mentions so dated."""
    dated: set[int] = set()
    found: dict[int, list[tuple[set[int], str | None, int]]] = {}
    for m in mentions:
        ps = m.sent
        if m.type is not EventType.RELEASE or not SPAN.search(ps.sentence.text):
            continue  # cheap: no counted span in the sentence
        key = ps.sentence.index
        if key not in found:
            found[key] = _clauses(ps)
        for ids, day, n in found[key]:
            if m.trigger.i not in ids or (m.date is not None and m.date != day):
                continue  # dated by a time of its own (or by a shorter span reckoned before)
            m.date = dates.shift_day(day, -n) if day else f"{dates.SHIFT}{-n}:d"
            dated.add(id(m))
            break
    return dated


def fold(clusters: list[Cluster], spanned: set[int]) -> None:
    """A release dated only by a reckoned span is the release of the same state the text dates
    itself within a week of that day ("two weeks after Lukashenko released the last three men"
    and "on August 20, the authorities freed the two remaining ..."): fold it in, keeping that
    date (in place). A span reckons a day only roughly (from the act told before, "less than two
    weeks"), and the act it counts from lies more than a week away."""
    if not spanned:
        return
    for cluster in list(clusters):
        if cluster not in clusters or not all(id(m) in spanned for m in cluster.mentions):
            continue
        near = [
            (gap, i)
            for i, c in enumerate(clusters)
            if c is not cluster
            and (c.type, c.actor) == (cluster.type, cluster.actor)
            and (gap := _gap(cluster.date, c.date)) is not None
        ]
        if not near:
            continue
        into = clusters[min(near)[1]]
        if counts_agree(into.count, cluster.count):
            into.absorb(cluster, clusters)
        else:  # "the last three men", told of two acts dated apart: a summary, no act of its own
            clusters.remove(cluster)


def _gap(day: str | None, other: str | None) -> int | None:
    """Days between two days a week apart at most, else None."""
    gap = dates.days_between(day, other)
    return abs(gap) if gap is not None and abs(gap) <= WEEK else None


def _clauses(ps: ParsedSentence) -> list[tuple[set[int], str | None, int]]:
    """The token ids of each counted "after" clause longer than a week with no time of its own,
    the main clause's day told before the span (None when it tells none), and the span in days;
    not the clause of a decision the main clause's own act carried out."""
    out: list[tuple[set[int], str | None, int]] = []
    for m in SPAN.finditer(ps.sentence.text):
        n = dates.small_count(m.group("n")) * (
            WEEK if m.group("unit").lower().startswith("week") else 1
        )
        if n <= day_after.MAX_DAYS or any(t.start >= m.end() for t in ps.times):
            continue  # a week at most (reckoned per mention), or the clause dates itself
        after = next((t for t in tokens(ps.doc) if t.idx == m.end() - len("after")), None)
        if after is None:
            continue
        clause = after.head if after.dep_ == "mark" else after
        if clause.i < after.i:
            continue  # "after" hangs on a head before it: no clause of its own
        main = _main_verb(clause)
        following = main is not None and main.lemma_.lower() in day_after.FOLLOWING_VERBS
        told = [t.value for t in ps.times if t.end <= m.start() and dates.is_date(t.value)]
        day = told[-1] if told and len(told[-1]) == len("2025-01-01") else None
        if (told and day is None) or (day is None and not following):
            continue  # no day to count back from, nor an act the sentence says it came after
        ids = {t.i for t in clause.subtree if not _reported(t, clause)}
        if not following:
            ids = {i for i in ids if ps.doc[i].lemma_.lower() not in DECISION_LEMMAS}
        out.append((ids, day, n))
    return out


def _reported(tok: Token, clause: Token) -> bool:
    """Whether a token lies in a clause reported or planned inside the "after" clause ("eight
    days after the president said that the two would be freed"): the clause's act is the saying."""
    x = tok
    while x.i != clause.i and x.head is not x:
        if x.dep_ in ("ccomp", "xcomp", "advcl"):
            return True
        x = x.head
    return False


def _main_verb(clause: Token) -> Token | None:
    """The verb the "after" clause or phrase hangs on ("came" of "It came two weeks after")."""
    head = clause.head if clause.dep_ in ("advcl", "pobj", "pcomp") else None
    if head is not None and head.lower_ == "after":
        head = head.head
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None
