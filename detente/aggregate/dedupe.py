"""Canonical events: which document-level events report the same happening.

Two events (from different documents) are *linked* when :func:`linked` says so: same blocking
key (type, actor, target), no contradicting renewal flag, date periods that overlap within
:data:`DATE_TOLERANCE_DAYS`, count ranges that overlap (unless both are dated to the day or month
and fall on the same day or name a common person), no contradicting sectors/entities, and —
when either date is coarser than a month or absent — some positive evidence (a shared person, a
shared sector or entity, or both counts given). A canonical event is a connected component of the
links (a *component*), split where one document tells two of its events apart (see
:func:`split`); its id is the smallest event key in it.

Because the link is a symmetric test on two events alone and components do not depend on the
order edges are added, components are deterministic and incremental: adding a document links its
events to earlier ones and merges their components, which is exactly what clustering everything
from scratch gives. The split of a component depends only on the events in it, so it too is the
same in a batch and after adding documents one by one (the store keeps each event's component
to recompute it). Candidates are found by blocking key and month (:func:`buckets`), never by
comparing all pairs.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from detente.aggregate.persons import NameResolver, ascii_key

log = logging.getLogger(__name__)

DATE_TOLERANCE_DAYS = 7
"""Announcement day vs. day of the act ("will release 32" on Dec 7, freed on Dec 13)."""
PRECISE_DAYS = 31
"""A date period up to a month long is precise enough to link on; coarser ones need evidence."""
UNDATED_LOOKBACK_DAYS = 30
"""An undated event is taken to lie in the month before its document's publication."""
COUNT_SLACK: dict[str, tuple[float, float]] = {
    "exact": (0.9, 1.1),
    "approx": (0.75, 1.25),
    "at_least": (1.0, 2.0),
    "at_most": (0.5, 1.0),
}
"""The range of true numbers each qualifier admits, as factors of the reported number: outlets
round and disagree by a few (123 vs 120), "more than 120" admits 123, "nearly 130" admits 123."""
UNKNOWN_BUCKET = "*"
"""Bucket of events with no date period at all (no date, no publication date)."""


@dataclass(frozen=True)
class Item:
    """The fields of one document-level event that clustering looks at."""

    key: str
    document_id: str
    block: str
    period: tuple[int, int] | None
    """First and last day (ordinals) the event may have happened on; None if unknown."""
    dated: bool
    """Whether the event has its own date (not one taken from the publication date)."""
    count: int | None
    qualifier: str | None
    persons: tuple[str, ...]
    details: frozenset[str]
    """Sectors plus the words (4+ letters) of named entities."""
    renewal: bool | None
    category: str | None = None
    twins: tuple[tuple[int, str | None], ...] = ()
    """Counts (with qualifiers) of the document's other events of this block on the same day: a
    document that tells two same-day acts apart (ten Americans, and also 80 prisoners) says they
    are two happenings (see :func:`with_twins`)."""

    @property
    def precise(self) -> bool:
        """Dated to a day or a month (a period short enough to link on without evidence)."""
        return (
            self.dated
            and self.period is not None
            and self.period[1] - self.period[0] < PRECISE_DAYS
        )


def block_key(event_type: str, actor: str | None, target: str | None) -> str:
    """The blocking key: ``type|actor|target`` (``-`` for a missing code)."""
    return f"{event_type}|{actor or '-'}|{target or '-'}"


def date_period(value: str | None) -> tuple[int, int] | None:
    """First and last day (ordinals) of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value).toordinal()
            return day, day
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1
        if len(value) == 4:
            year = int(value)
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except ValueError:
        log.debug("unreadable date %r", value)
    return None


def make_item(fields: Mapping[str, Any], key: str, document_id: str, published: str | None) -> Item:
    """An :class:`Item` from an event's fields (a model dump or a table row)."""
    own = date_period(fields.get("date"))
    period = own
    if own is None and (pub := date_period(published)) is not None:
        period = (pub[1] - UNDATED_LOOKBACK_DAYS, pub[1])
    words = {w for e in fields.get("entities") or () for w in ascii_key(e).split() if len(w) >= 4}
    return Item(
        key=key,
        document_id=document_id,
        block=block_key(str(fields["type"]), fields.get("actor"), fields.get("target")),
        period=period,
        dated=own is not None,
        count=fields.get("count"),
        qualifier=fields.get("count_qualifier"),
        persons=tuple(fields.get("persons") or ()),
        details=frozenset(words | set(fields.get("sectors") or ())),
        renewal=fields.get("renewal"),
        category=fields.get("category"),
    )


def with_twins(items: Iterable[Item]) -> list[Item]:
    """The items with :attr:`Item.twins` filled from the other items of their document (same
    block, same single day, counted). Every caller passes all of a document's events it has, so
    an event's twins are the same whether it is clustered in a batch or added later."""
    items = list(items)
    days: dict[tuple[str, str, tuple[int, int]], list[Item]] = defaultdict(list)
    for item in items:
        if item.dated and item.period is not None and item.period[0] == item.period[1]:
            days[item.document_id, item.block, item.period].append(item)
    out = []
    for item in items:
        same = days.get((item.document_id, item.block, item.period or (0, 0)), ())
        twins = tuple(
            sorted(
                ((o.count, o.qualifier) for o in same if o.key != item.key and o.count is not None),
                key=lambda t: (t[0], t[1] or ""),
            )
        )
        out.append(replace(item, twins=twins) if twins else item)
    return out


def _months(first: int, last: int) -> list[str]:
    start, end = date.fromordinal(first), date.fromordinal(last)
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def buckets(item: Item) -> list[str]:
    """The months an event's date period covers (its blocking buckets)."""
    if item.period is None:
        return [UNKNOWN_BUCKET]
    return _months(*item.period)


def query_buckets(item: Item) -> list[str] | None:
    """Buckets to look up for candidates: the months of the period widened by the tolerance,
    plus the unknown bucket; None when the event itself has no period (look at the whole block)."""
    if item.period is None:
        return None
    lo, hi = item.period
    return [*_months(lo - DATE_TOLERANCE_DAYS, hi + DATE_TOLERANCE_DAYS), UNKNOWN_BUCKET]


def count_range(count: int, qualifier: str | None) -> tuple[float, float]:
    """The true numbers a reported count admits (see :data:`COUNT_SLACK`)."""
    low, high = COUNT_SLACK.get(qualifier or "exact", COUNT_SLACK["exact"])
    return count * low, count * high


def _ranges_meet(a: int, qa: str | None, b: int, qb: str | None) -> bool:
    """Whether two reported counts admit a common true number (see :data:`COUNT_SLACK`)."""
    lo_a, hi_a = count_range(a, qa)
    lo_b, hi_b = count_range(b, qb)
    return lo_a <= hi_b and lo_b <= hi_a


def _counts_agree(a: Item, b: Item) -> bool:
    if a.count is None or b.count is None:
        return True
    return _ranges_meet(a.count, a.qualifier, b.count, b.qualifier)


def _dates_agree(a: Item, b: Item) -> bool:
    """Periods that overlap; two days may be a week apart (an announcement and the act), but a
    month ("last month") holds only its own days: a day outside it is another act."""
    if a.period is None or b.period is None:
        return True
    days = a.period[0] == a.period[1] and b.period[0] == b.period[1]
    slack = DATE_TOLERANCE_DAYS if days else 0
    return a.period[0] - slack <= b.period[1] and b.period[0] - slack <= a.period[1]


def _twin_fits(a: Item, b: Item) -> bool:
    """Whether another same-day act of ``a``'s document has a count that agrees with ``b``'s:
    then ``b`` reports that act, not ``a``."""
    count = b.count
    return count is not None and any(
        _ranges_meet(twin, qualifier, count, b.qualifier) for twin, qualifier in a.twins
    )


def _uncounted_against_twins(a: Item, b: Item) -> bool:
    """Whether an uncounted report meets one of several same-day acts its document tells apart
    with another kind of people ("ten Americans" and "80 political prisoners" against "the
    political prisoners freed in July"): then only the kind (or a shared name) says which."""
    for one, other in ((a, b), (b, a)):
        if one.twins and other.count is None:
            return one.category is not None and other.category not in (None, one.category)
    return False


def _same_day(a: Item, b: Item) -> bool:
    return (
        a.dated
        and b.dated
        and a.period == b.period
        and a.period is not None
        and a.period[0] == a.period[1]
    )


def _vouched(a: Item, b: Item, names: NameResolver) -> bool:
    """Precise reports of the same day, or naming the same person, outweigh differing counts
    (outlets count differently, and a count taken from a list of names is only a lower bound),
    unless one report's document tells apart another act that day whose count fits the other."""
    if not (a.precise and b.precise):
        return False
    if names.overlap(a.persons, b.persons):
        return True
    return _same_day(a, b) and not (_twin_fits(a, b) or _twin_fits(b, a))


def linked(a: Item, b: Item, names: NameResolver) -> bool:
    """Whether two document-level events report the same happening (symmetric)."""
    if a.document_id == b.document_id or a.block != b.block:
        return False
    if a.renewal is not None and b.renewal is not None and a.renewal != b.renewal:
        return False
    if not _dates_agree(a, b):
        return False
    if not _counts_agree(a, b) and not _vouched(a, b, names):
        return False
    if _uncounted_against_twins(a, b) and not names.overlap(a.persons, b.persons):
        return False
    shared_details = bool(a.details & b.details)
    if a.details and b.details and not shared_details and not _same_day(a, b):
        return False
    if a.precise and b.precise:
        return True
    both_counted = a.count is not None and b.count is not None
    return both_counted or shared_details or names.overlap(a.persons, b.persons)


class Components:
    """Union-find over event keys whose root is always the smallest key of the component."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The smallest key of the component holding ``key``."""
        parent = self.parent
        root = parent.setdefault(key, key)
        while root != parent[root]:
            root = parent[root]
        while key != root:
            parent[key], key = root, parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        """Merge the components of ``a`` and ``b``."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a < root_b:
            self.parent[root_b] = root_a
        elif root_b < root_a:
            self.parent[root_a] = root_b


def _pairs(items: list[Item], names: NameResolver, separate: bool) -> Iterable[tuple[Item, Item]]:
    """Linked pairs ``(item, other)`` with ``other.key < item.key``, found through the blocking
    buckets; with ``separate`` only pairs of two components not yet joined (``parts``)."""
    by_bucket: dict[tuple[str, str], list[Item]] = defaultdict(list)
    by_block: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_block[item.block].append(item)
        for bucket in buckets(item):
            by_bucket[item.block, bucket].append(item)
    parts = Components()
    for item in items:
        parts.find(item.key)
        wanted = query_buckets(item)
        pool = (
            by_block[item.block]
            if wanted is None
            else (c for b in wanted for c in by_bucket.get((item.block, b), ()))
        )
        seen: set[str] = set()  # a pair met in two buckets (not needed with ``separate``)
        for other in pool:
            if other.key >= item.key:
                continue
            if separate:
                if parts.find(other.key) == parts.find(item.key):
                    continue
            elif other.key in seen:
                continue
            else:
                seen.add(other.key)
            if linked(item, other, names):
                parts.union(item.key, other.key)
                yield item, other


def affinity(a: Item, b: Item, names: NameResolver) -> tuple[int, ...]:
    """How well two linked reports fit each other, compared as a tuple (higher fits better): both
    dated to a month or a day, a shared name, counts that agree, the same kind of people (-1 for
    two different kinds), a shared sector or entity, the same day. A year-only or undated report
    fits least: it joins last, to a group its betters have formed."""
    kind = 0
    if a.category is not None and b.category is not None:
        kind = 1 if a.category == b.category else -1
    counted = a.count is not None and b.count is not None and _counts_agree(a, b)
    return (
        int(a.precise and b.precise),
        int(names.overlap(a.persons, b.persons)),
        int(counted),
        kind,
        int(bool(a.details & b.details)),
        int(_same_day(a, b)),
    )


def told_apart(a: Item, b: Item) -> bool:
    """Whether one document tells these two events of one blocking key apart as two acts: acts
    it dates apart (periods that do not meet, as for :func:`linked`), or two acts of one day with
    counts that do not meet ("ten Americans" and "80 prisoners"). Two events of one document that
    it does not tell apart so (an undated or uncounted one, close days) may be one act the
    extractor reported twice: they are not kept apart."""
    if a.document_id != b.document_id:
        return False
    if a.dated and b.dated and not _dates_agree(a, b):
        return True
    return (
        _same_day(a, b)
        and a.count is not None
        and b.count is not None
        and not _ranges_meet(a.count, a.qualifier, b.count, b.qualifier)
    )


def _any_apart(one: Iterable[Item], other: Iterable[Item]) -> bool:
    other = list(other)
    return any(told_apart(a, b) for a in one for b in other if a.key != b.key)


def conflicted(items: Iterable[Item]) -> bool:
    """Whether a component holds two events one document tells apart (:func:`told_apart`)."""
    by_document: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_document[item.document_id].append(item)
    return any(len(v) > 1 and _any_apart(v, v) for v in by_document.values())


def split(items: Iterable[Item], names: NameResolver) -> dict[str, str]:
    """The canonical events of one component (event key → canonical id).

    A document that tells two events of one blocking key apart says they are two happenings
    (:func:`told_apart`), and a chain of third reports must not join them: "ten Americans" and
    "80 prisoners" freed the same day, linked through "the prisoners Venezuela freed in July".
    The component's links are taken best-fitting first (:func:`affinity`, then by keys), and two
    groups join only when no document tells an event of one apart from an event of the other: a
    report linked to both of a document's acts goes to the one it fits best. The result depends
    only on the items, not on their order."""
    items = sorted(items, key=lambda i: i.key)
    edges = sorted(
        ((affinity(a, b, names), b.key, a.key) for a, b in _pairs(items, names, separate=False)),
        key=lambda e: (tuple(-x for x in e[0]), e[1], e[2]),
    )
    parts = Components()
    documents: dict[str, dict[str, list[Item]]] = {}
    for item in items:
        documents[parts.find(item.key)] = {item.document_id: [item]}
    for _, a, b in edges:
        root_a, root_b = parts.find(a), parts.find(b)
        if root_a == root_b:
            continue
        docs_a, docs_b = documents[root_a], documents[root_b]
        if any(_any_apart(docs_a[d], docs_b[d]) for d in docs_a.keys() & docs_b.keys()):
            continue
        del documents[root_a], documents[root_b]
        for document_id, held in docs_b.items():
            docs_a.setdefault(document_id, []).extend(held)
        parts.union(a, b)
        documents[parts.find(a)] = docs_a
    return {item.key: parts.find(item.key) for item in items}


def canonical(items: Iterable[Item], names: NameResolver) -> dict[str, tuple[str, str]]:
    """Every event key → (its canonical event id, its component id), for a whole set of events."""
    items = with_twins(items)
    parts = Components()
    for item in items:
        parts.find(item.key)
    for item, other in _pairs(items, names, separate=True):
        parts.union(item.key, other.key)
    members: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        members[parts.find(item.key)].append(item)
    out: dict[str, tuple[str, str]] = {}
    for component, group in members.items():
        if conflicted(group):
            out.update((k, (c, component)) for k, c in split(group, names).items())
        else:
            out.update((i.key, (component, component)) for i in group)
    return out


def cluster(items: Iterable[Item], names: NameResolver) -> dict[str, str]:
    """Every event key → its canonical event id, for a whole set of events at once."""
    return {key: ids[0] for key, ids in canonical(items, names).items()}
