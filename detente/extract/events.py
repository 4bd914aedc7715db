"""From mentions to events: merge the mentions of one act, resolve fields (actors and targets are
filled from context before, in :mod:`detente.extract.fill`).

Rules (docs/annotation.md): one event per releasing state per act, one sanctions event per
(actor, target, date). Mentions of the same type and actor merge when their dates are compatible
(equal, or one contains the other); a mention without a time expression joins the main act of its
actor (the first one not dated in the past), and a main act with no time expression is dated on the
publication date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from detente.extract import (
    bystanders,
    dates,
    groups,
    headlines,
    retellings,
    stages,
)
from detente.extract.apart import (
    counts_agree,
    earlier_apart,
    other_group,
    set_apart,
    told_earlier,
)
from detente.extract.counted_apart import same_verb
from detente.extract.counts import Count, Told, decided_and_freed, reconciled
from detente.extract.mentions import (
    Mention,
)
from detente.model import Category, CountQualifier, EventType

# An exact number of people told twice is one act from this size up (two "one"s are not).
SAME_COUNT_MIN = 10
# Sentences (headline, dateline, lead) whose act is the story even when it lies in the past.
LEAD_SENTENCES = 2


@dataclass
class Cluster:
    """Mentions of one act, merged."""

    type: EventType
    """Event type."""
    actor: str | None
    """Acting state."""
    mentions: list[Mention] = field(default_factory=list)
    """Supporting mentions in text order."""
    date: str | None = None
    """Most precise compatible date."""
    apart: bool = False
    """A group the text sets apart from the act of the same state ("Venezuela also freed 20
    political prisoners"): never folded into it as an undated retelling."""
    earlier: bool = False
    """A counted group set apart as freed before the story's act, with nothing dating it ("Minsk
    had freed another 14"): its date stays null, never the story's day (session 23)."""

    def absorb(self, other: Cluster, clusters: list[Cluster]) -> None:
        """Take ``other``'s mentions (kept in text order) and drop it from ``clusters``: the two
        tell one act (in place)."""
        self.mentions = sorted(self.mentions + other.mentions, key=lambda m: m.sent.sentence.index)
        clusters.remove(other)

    @property
    def target(self) -> str | None:
        """Most frequent target among mentions."""
        targets = Counter(m.target for m in self.mentions if m.target)
        return targets.most_common(1)[0][0] if targets else None

    def categories(self) -> Counter[Category]:
        """Categories the mentions give, of the mentions that give the event's number when any do
        (a headline's "fishermen" and a body's "nine Tanzanian nationals" are the nationals); the
        specific ones alone when there are any (a group told once as "three Americans" and once
        as "the men" are foreigners)."""
        described = [m for m in self.mentions if m.category]
        plain = [m for m in described if not m.kin]
        if any(m.category is not Category.DETAINEES for m in plain):
            described = plain  # "his father" yields to "a US citizen" told before (session 22)
        count = self.count
        counted = [  # the same number and precision, wherever in its sentence it stands
            m
            for m in described
            if count is not None
            and m.count is not None
            and (m.count.value, m.count.qualifier) == (count.value, count.qualifier)
        ]
        found: Counter[Category] = Counter(m.category for m in counted or described if m.category)
        specific: Counter[Category] = Counter(
            {c: n for c, n in found.items() if c is not Category.DETAINEES}
        )
        if set(specific) == {Category.FOREIGN_NATIONALS} and any(
            m.category is Category.DETAINEES
            and groups.held_with_nationality(m.sent, m.count)
            and m.count is not None
            and count is not None
            and m.count.value == count.value
            for m in described
        ):  # "two Syrian prisoners" are detainees, whatever a headline calls them ("two Syrians")
            return Counter({Category.DETAINEES: 1})
        return specific or found

    @property
    def count(self) -> Count | None:
        """The reconciled count of the mentions (:func:`counts.reconciled`)."""
        told = [
            Told(m.count, m.trigger.lemma_.lower(), m.sent.sentence.index, m.sent.sentence.text)
            for m in self.mentions
            if m.count is not None
        ]
        return reconciled(told)


def resolve_same_day(mentions: list[Mention], start: str | None = None) -> None:
    """Date "on the same day" ("that month") mentions with the date (month) of the act reported
    just before them; a span ("the next day", "three months earlier") with no act told before
    counts from ``start`` (the day the opening tells)."""
    last: str | None = None
    for m in mentions:
        if m.date == dates.SAME_DAY:
            m.date = last
        elif m.date == dates.SAME_MONTH:
            m.date = last[:7] if last else None
        elif m.date in (dates.DAY_AFTER, dates.DAY_BEFORE):  # "a day later", "a day earlier"
            m.date = dates.shift_day(last or start, 1 if m.date == dates.DAY_AFTER else -1)
        elif m.date is not None and m.date.startswith(dates.SHIFT):  # "three months later"
            m.date = dates.shifted(last or start, m.date)
        elif m.date is not None and m.date != dates.VAGUE_PAST:
            last = m.date


def story_date(
    clusters: list[Cluster], published: str | None, opening: str | None = None
) -> str | None:
    """The day of the lead's act (the lead's "on Thursday"), else the day the article's opening
    tells (``opening``, :func:`opening_days.opening_day`), else the day of its first-reported current
    act, else the publication date: what an undated act of the story is dated on."""
    days = [c for c in clusters if c.date and len(c.date) == 10]
    lead = [
        c
        for c in days
        if any(m.date and m.sent.sentence.index <= LEAD_SENTENCES for m in c.mentions)
    ]  # dated in the lead, not a lead act dated by a follow-up further down
    if lead:
        return lead[0].date  # a past act in the lead is the story ("A year ago today, ... swapped")
    if opening is not None and all(c.date != opening for c in clusters):
        return opening  # not the day of an act told with its own date (a later follow-up's)
    current = next((c.date for c in days if not _is_past(c.date, published)), None)
    if current is not None:
        return current
    # releases: else a recent day a release sentence names ("..., officials said on Wednesday")
    return next((m.day_named for c in clusters for m in c.mentions if m.day_named), published)


def merge(
    mentions: list[Mention], published: str | None, opening: str | None = None
) -> list[Cluster]:
    """Merge mentions into clusters, one per act (``opening``: the day the article's opening
    tells, for acts no sentence of theirs dates)."""
    resolve_same_day(mentions, opening)
    clusters: list[Cluster] = []
    main: dict[tuple[EventType, str | None, str | None], Cluster] = {}
    told = [m for m in mentions if m.actor is None]  # acts of no one state: only their time
    mentions = [m for m in mentions if m.actor is not None]
    for m in mentions:
        key = (m.type, m.actor, m.target if m.type is not EventType.RELEASE else None)
        date = m.date
        cluster = same_act(clusters, key, m)
        if cluster is not None:
            if date is None and cluster.date == dates.VAGUE_PAST:
                cluster.date = None  # "pardoned him days earlier" told again as the main act
        elif date is None:
            cluster = main.get(key) or _find(clusters, key, None, m, published)
            if cluster is not None and same_verb(cluster, m):  # "185 soldiers and 20 civilians"
                cluster = _find(clusters, key, None, m, published)
            if cluster is not None and other_group(m, cluster):  # "Caracas let 80 others go"
                cluster = _group_told(clusters, cluster, m)
        else:
            cluster = _find(clusters, key, date, m, published)
        told_before = cluster or main.get(key)  # or the act an undated one would fold into
        undated = date in (None, dates.VAGUE_PAST)  # "earlier" dates nothing (session 23)
        apart = told_before is not None and (
            set_apart(m, told_before) or (undated and other_group(m, told_before))
        )
        if cluster is None or apart:
            cluster = Cluster(m.type, m.actor, apart=apart)
            clusters.append(cluster)
        if apart and undated and told_before is not None:
            # "Minsk had freed another 14 (earlier)": no day, never the story's (session 23)
            cluster.earlier = date == dates.VAGUE_PAST or told_earlier(m)
            cluster.date = None if cluster.earlier else told_before.date  # "also freed 20"
        cluster.mentions.append(m)
        if cluster.date != dates.VAGUE_PAST or date != dates.VAGUE_PAST:
            cluster.date = dates.more_precise(cluster.date, date)
        if key not in main and not _is_past(cluster.date, published):
            main[key] = cluster
    headlines.fold_sanctions(clusters)  # sanctions: an undated headline act is the body's
    retellings.fold(clusters)  # one act told twice: "The licence, issued on Thursday"
    dated = clusters + [Cluster(m.type, None, [m], m.date) for m in told]
    lead = story_date(
        sorted(dated, key=lambda c: c.mentions[0].sent.sentence.index), published, opening
    )
    for cluster in list(clusters):
        if cluster.date is None and (
            cluster.earlier or retellings.bare_reference(cluster, clusters)
        ):
            continue
        if bystanders.bystander(cluster, clusters):  # releases: "Trump announced the release"
            continue
        if cluster.date is None and _earlier_other_act(cluster, clusters):
            cluster.date = published[:4] if published else None
        elif cluster.date is None:
            named = [m.day_named for m in cluster.mentions if m.day_named and lead != opening]
            traded = stages.traded_back_date(cluster, clusters)  # "In return, X freed ..."
            cluster.date = named[0] if named else traded or lead  # the sentence's own day first
            twin = next(
                (
                    c
                    for c in clusters
                    if c is not cluster
                    and _same_key(c, cluster)
                    and not _set_apart_after(c, cluster)
                    and not any(same_verb(c, m) for m in cluster.mentions)
                ),
                None,
            )
            apart = cluster.apart or (
                twin is not None and any(set_apart(m, twin) for m in cluster.mentions)
            )
            if twin is not None and not apart:  # the undated retelling of the story's act
                twin.absorb(cluster, clusters)
        elif cluster.date == dates.VAGUE_PAST:
            cluster.date = published[:4] if published else None
    _headline_acts_apart(clusters)  # "... secures ten foreigners" / "In a separate arrangement"
    headlines.fold_releases(clusters)  # releases: the headline's act is the body's
    return clusters


def _headline_acts_apart(clusters: list[Cluster]) -> None:
    """Mark as apart a release first told in the headline whose body mentions the text sets
    apart from the body's act of the same state ("Saudi prince secures ten foreigners" and "In a
    separate arrangement announced the same day, Russia freed ten foreign prisoners of war", after
    "Russia released 215"): the headline tells that other act, not the body's (in place)."""
    for head in clusters:
        if head.type is not EventType.RELEASE or head.apart or len(head.mentions) < 2:
            continue
        if not headlines.in_headline(head.mentions[0]):
            continue
        twin = headlines.body_twin(head, clusters)
        body = [m for m in head.mentions if not headlines.in_headline(m)]
        if twin is not None and any(set_apart(m, twin) for m in body):
            head.apart = True


def _set_apart_after(group: Cluster, act: Cluster) -> bool:
    """Whether ``group`` is a group the text set apart after ``act`` was told ("In a separate
    case, the student X was freed on Saturday" after an undated "released four Americans"): the
    act is not its undated retelling."""
    return (
        group.apart and group.mentions[0].sent.sentence.index > act.mentions[0].sent.sentence.index
    )


def _group_told(clusters: list[Cluster], act: Cluster, m: Mention) -> Cluster | None:
    """The release of the same state, other than ``act``, whose group an undated mention that
    counts another group than ``act`` tells again ("Caracas let 80 political prisoners go" ...
    "The 80 left El Helicoide"): one whose count it agrees with; None when it tells a new one."""
    return next(
        (
            c
            for c in clusters
            if c is not act
            and (c.type, c.actor) == (m.type, m.actor)
            and c.count is not None
            and not other_group(m, c)
        ),
        None,
    )


def _same_key(a: Cluster, b: Cluster) -> bool:
    """Same type, actor, target (sanctions) and date."""
    return (a.type, a.actor, a.date) == (b.type, b.actor, b.date) and (
        a.type is EventType.RELEASE or a.target == b.target
    )


def same_act(
    clusters: list[Cluster], key: tuple[EventType, str | None, str | None], m: Mention
) -> Cluster | None:
    """The release a mention tells again by what it names rather than when: the same named person
    ("pardoned him days earlier, released X"), or the same exact number of people ("all 553 had
    been freed by March" after "agreed to free 553 in January"). Not across clashing dates."""
    if m.type is not EventType.RELEASE:
        return None
    exact = m.count if m.count and m.count.qualifier is CountQualifier.EXACT else None
    if exact is not None and _further(m, exact):
        exact = None  # recall: "another thirty followed in September": not the thirty before
    for cluster in clusters:
        if (cluster.type, cluster.actor) != key[:2] or not _dates_allow(cluster.date, m.date):
            continue
        # by surname: a lone surname ("freed Hedges") is written in full only later
        named = _surnames(m.persons) & _surnames([p for c in cluster.mentions for p in c.persons])
        if named and not _months_apart(cluster.date, m.date):  # freed again, later: another act
            return cluster
        theirs = cluster.count
        if (
            exact is not None
            and exact.value >= SAME_COUNT_MIN
            and theirs is not None
            and theirs.qualifier is CountQualifier.EXACT
            and theirs.value == exact.value
        ):
            return cluster
    return None


# Words that make a number a further group ("another 30", "30 more", "a further 30").
FURTHER = frozenset({"another", "further", "more"})


def _further(m: Mention, count: Count) -> bool:
    """Whether the words around the number say it is a further group ("another thirty", "thirty
    more"), which no earlier group of the same size tells again."""
    doc = m.sent.doc
    around = [doc[i] for i in (count.start - 1, count.end) if 0 <= i < len(doc)]
    return any(t.lower_ in FURTHER for t in around)


def _surnames(names: list[str]) -> set[str]:
    return {n.split()[-1] for n in names if n.split()}


# Months between two dated acts of one person beyond which they are two releases ("released in
# November 2019, jailed again a week later, released in April 2021").
APART_MONTHS = 3


def _months_apart(a: str | None, b: str | None) -> bool:
    """Whether two dates, both known to the month, lie more than ``APART_MONTHS`` apart."""
    months = dates.months_between(a, b)
    return months is not None and months > APART_MONTHS


def _dates_allow(a: str | None, b: str | None) -> bool:
    """Whether a retelling may carry this date: compatible, undated, vaguely past, or later (an
    act reported as complete after it began: "all 553 had been freed by March")."""
    if a is None or b is None or dates.VAGUE_PAST in (a, b) or dates.compatible(a, b):
        return True
    return b > a


def _find(
    clusters: list[Cluster],
    key: tuple[EventType, str | None, str | None],
    date: str | None,
    m: Mention,
    published: str | None,
) -> Cluster | None:
    for cluster in clusters:
        ckey = (
            cluster.type,
            cluster.actor,
            cluster.target if cluster.type is not EventType.RELEASE else None,
        )
        if ckey[:2] != key[:2] or (key[2] and ckey[2] and key[2] != ckey[2]):
            continue
        if date is None and cluster.date is not None:
            continue
        if cluster.date is None and _is_past(date, published):
            continue
        if same_verb(cluster, m):
            continue  # "two bishops and two seminarians": groups one verb counts apart
        if (
            dates.compatible(cluster.date, date)
            and (counts_agree(cluster.count, m.count) or _decided_and_freed(cluster, m))
            and not _other_objects(cluster, m, date)
            and not earlier_apart(cluster, m, date)  # "Earlier this month, X walked out"
        ):
            return cluster
    return None


def _decided_and_freed(cluster: Cluster, m: Mention) -> bool:
    """A decision and the freeing told in one sentence with different numbers ("380 walked out on
    Tuesday, a day after a decree pardoning 612"): stages of one act, not two acts."""
    return any(
        c.sent is m.sent
        and c.count is not None
        and m.count is not None
        and c is not m
        and decided_and_freed(
            (c.count, c.trigger.lemma_.lower()), (m.count, m.trigger.lemma_.lower()), m.sent.doc
        )
        for c in cluster.mentions
    )


# --- sanctions: a vaguely dated earlier act on other bodies ---
def _earlier_other_act(cluster: Cluster, clusters: list[Cluster]) -> bool:
    """A sanctions act told only as past ("Three months earlier") that names other bodies and
    sectors than the dated act of the same key: another, earlier act, not its retelling."""
    return all(m.date == dates.VAGUE_PAST for m in cluster.mentions) and any(
        c is not cluster
        and (c.type, c.actor, c.target) == (cluster.type, cluster.actor, cluster.target)
        and all(_other_objects(c, m, m.date) for m in cluster.mentions)
        for c in clusters
    )


def _other_objects(cluster: Cluster, m: Mention, date: str | None) -> bool:
    """A sanctions act dated only as past ("Three months earlier, ... the lifting of sanctions on
    the airline Belavia") that names other bodies and sectors than a dated act is another act."""
    if m.type is EventType.RELEASE or date != dates.VAGUE_PAST or cluster.date in (None, date):
        return False
    theirs = {x for c in cluster.mentions for x in [*c.entities, *c.sectors]}
    mine = {*m.entities, *m.sectors}
    return bool(mine and theirs) and not mine & theirs


def _is_past(date: str | None, published: str | None) -> bool:
    """Whether a date lies clearly before the publication month (a background act)."""
    if date is None or published is None:
        return False
    if date == dates.VAGUE_PAST:
        return True
    return date[:7] < published[:7] if len(date) >= 7 else date < published[:4]
