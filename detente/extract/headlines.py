"""An act the headline tells is the body's act of the same state: the folds of headline clusters
into the body's, run by :func:`detente.extract.events.merge`.

A headline sums up the story: "Moroccan king pardons three jailed journalists" heads a body that
tells the pardon of 2,476 prisoners, three journalists among them; "Libya frees two Russian
sociologists" heads a body that dates the release on the day before publication. The headline's
mention (with the undated retellings that join it) then often stays a cluster of its own: a part
of the group counted apart, or dated by the lead or the publication day while the body gives the
act's own day; a second event for a state that has one. A release cluster first told in the
headline folds into the body's release of the same state whose date is compatible with it and as
the same day, or into one a few days before it with no other figure (a report trails its act,
never leads it; an arrival told with its own day trails the release by a day; two figures days
apart are two groups). Of two figures, the smaller tells a part of the group, not the act
(:func:`fold_releases`). An undated sanctions act told only in the headline ("Brussels extends
Syria measures") is the body's act of the same actor and target when the body tells just one
(:func:`fold_sanctions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.extract import dates
from detente.extract.counted_apart import same_verb
from detente.model import EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster
    from detente.extract.mentions import Mention

# The headline's sentence index.
HEADLINE = 0
# Days a headline's date may trail or lead the body's act and still tell it (a weekly round-up).
NEAR_DAYS = 7
# Days a dated headline act may trail the body's: an arrival the day after the release ("arrived
# in Moscow on Friday after being freed" over "were released on Thursday").
NEXT_DAY = 1


def fold_sanctions(clusters: list[Cluster]) -> None:
    """Fold each undated sanctions cluster told only in the headline into the body's one act of
    the same type, actor and target, if the body tells just one such act; the headline's mentions
    go first (in place). Run by :func:`events.merge` before the undated acts are dated."""
    for cluster in list(clusters):
        if cluster.type is EventType.RELEASE or cluster.date is not None:
            continue
        if any(m.sent.sentence.index != HEADLINE for m in cluster.mentions):
            continue
        twins = [
            c
            for c in clusters
            if c is not cluster
            and (c.type, c.actor, c.target) == (cluster.type, cluster.actor, cluster.target)
        ]
        if len(twins) == 1:
            twins[0].mentions = cluster.mentions + twins[0].mentions
            clusters.remove(cluster)


def fold_releases(clusters: list[Cluster]) -> None:
    """Fold each release cluster first told in the headline into the body's release of the same
    state (:func:`body_twin`), the figures of a part of the group dropped (in place)."""
    for head in list(clusters):
        if head.type is not EventType.RELEASE or head.actor is None or head.apart:
            continue
        if head.date is None or not in_headline(head.mentions[0]):
            continue
        twin = body_twin(head, clusters)
        if twin is None or any(same_verb(twin, m) for m in head.mentions):
            continue  # not a group the body's verb counts apart from the twin's
        _drop_part(head, twin)
        twin.absorb(head, clusters)


def in_headline(m: Mention) -> bool:
    """Whether a mention is told in the headline: the document's first sentence, not ended like a
    sentence of the body (a text with no headline opens with its lead: "Laos freed four traders
    on Saturday.")."""
    return m.sent.sentence.index == HEADLINE and not m.sent.sentence.text.rstrip().endswith(".")


def body_twin(head: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The first-told release of the headline's state in the body, not set apart, dated on the
    headline's act's day; else the first dated a few days (:data:`NEAR_DAYS`) before it, the day
    before (:data:`NEXT_DAY`) when a mention of the headline's act has a date, with no other
    figure (:func:`counts_allow`); else None."""
    body = sorted(
        (
            c
            for c in clusters
            if c is not head
            and c.type is EventType.RELEASE
            and c.actor == head.actor
            and not c.apart
            and c.date is not None
            and not in_headline(c.mentions[0])
        ),
        key=lambda c: c.mentions[0].sent.sentence.index,
    )
    day = head.date if head.date is not None and len(head.date) == len("2025-01-01") else None
    same = next((c for c in body if c.date == day), None)
    if same is not None:
        return same
    dated = any(m.date is not None for m in head.mentions)
    lag = NEXT_DAY if dated else NEAR_DAYS
    return next(
        (c for c in body if _before(c.date, head.date, lag) and counts_allow(head, c)), None
    )


def counts_allow(head: Cluster, twin: Cluster) -> bool:
    """Whether two acts a day or more apart may be one: no two different figures ("pardoned 1,371"
    on Monday and "54 students walked out" on Sunday are two groups)."""
    a, b = head.count, twin.count
    return a is None or b is None or a.value == b.value


def _before(act: str | None, told: str | None, lag: int) -> bool:
    """Whether ``act`` is a day at most ``lag`` days before ``told``."""
    days = dates.days_between(act, told)
    return days is not None and 0 < days <= lag


def _drop_part(head: Cluster, twin: Cluster) -> None:
    """Of two figures the headline's act and the body's give, keep the larger, the group's: the
    mentions that give the smaller one tell a part of it ("three journalists" among "2,476", "four
    foreigners" among "5,774"), whose figure and destination are not the act's (in place)."""
    a, b = head.count, twin.count
    if a is None or b is None or a.value == b.value:
        return
    group = max(a.value, b.value)
    for m in head.mentions + twin.mentions:
        if m.count is not None and m.count.value != group:
            m.count = None
            m.destination = None
