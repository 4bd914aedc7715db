"""Library functions over the aggregate layer: canonical events, deals, people (read-only).

Each takes a :class:`~detente.store.Store` or its :class:`~detente.store.View` and returns model
objects; the CLI, and later the REST API, only format them.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from detente.aggregate.index import memberships
from detente.aggregate.persons import NameResolver, default_resolver, slug
from detente.aggregate.reconcile import Report, reconcile
from detente.errors import E_STORE_READ, StoreError
from detente.model import (
    CanonicalEvent,
    DocumentRef,
    EventType,
    Filter,
    Person,
    PersonRelease,
)
from detente.store import Store, View
from detente.store.engine import problem_text
from detente.store.filters import check_date

log = logging.getLogger(__name__)

Source = Store | View


def view_of(source: Source) -> View:
    """The read view of a store (or the view itself)."""
    return source.view() if isinstance(source, Store) else source


def _engine(source: Source) -> Engine:
    # View keeps its engine private; the aggregate tables are read through the same engine.
    return source.engine if isinstance(source, Store) else source._engine


def in_range(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a partial date's period overlaps ``[since, until]`` (compared on the coarser
    precision, as the store's filters do); an undated value is kept only without bounds."""
    if not since and not until:
        return True
    if not value:
        return False
    if since and value[: len(since)] < since[: len(value)]:
        return False
    return not (until and value[: len(until)] > until[: len(value)])


def _memberships(source: Source) -> dict[str, tuple[str, str]]:
    try:
        with _engine(source).connect() as conn:
            return memberships(conn)
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc


def event_clusters(source: Source) -> dict[str, str]:
    """Every clustered event key → the id of its canonical event."""
    return {key: cid for key, (cid, _) in _memberships(source).items()}


def canonical_events(
    source: Source, flt: Filter | None = None, names: NameResolver | None = None
) -> list[CanonicalEvent]:
    """Canonical events matching ``flt`` (actor, target, type on the events; since/until on the
    reconciled date), by date (undated last), then id."""
    flt = flt or Filter()
    since, until = (check_date(d) if d else None for d in (flt.since, flt.until))
    stored = view_of(source).events(Filter(actor=flt.actor, target=flt.target, type=flt.type))
    member = _memberships(source)
    reports: dict[str, list[Report]] = defaultdict(list)
    missing = 0
    for event in stored:
        cluster_id, group = member.get(event.key, (event.key, event.document.id))
        missing += event.key not in member
        reports[cluster_id].append(Report(event=event, group=group))
    if missing:
        log.warning("%d events are not clustered yet; run 'detente recluster'", missing)
    names = names or default_resolver()
    found = [reconcile(cid, reports[cid], names) for cid in sorted(reports)]
    kept = [c for c in found if in_range(c.date, since, until)]
    return sorted(kept, key=lambda c: (c.date is None, c.date or "", c.id))


def persons(
    source: Source, flt: Filter | None = None, names: NameResolver | None = None
) -> list[Person]:
    """Every named released person (resolved across spellings), by name."""
    flt = flt or Filter()
    names = names or default_resolver()
    scope = Filter(actor=flt.actor, since=flt.since, until=flt.until, type=EventType.RELEASE)
    releases = canonical_events(source, scope, names)
    spelled = [(p, c, m) for c in releases for m in c.mentions for p in m.persons]
    representative = names.groups(p for p, _, _ in spelled)
    grouped: dict[str, list[tuple[str, CanonicalEvent, DocumentRef, str]]] = defaultdict(list)
    for spelling, event, mention in spelled:
        grouped[representative[spelling]].append(
            (spelling, event, mention.document, mention.source_group)
        )
    people = [_person(entries, names) for entries in grouped.values()]
    return sorted(people, key=lambda p: (p.name.casefold(), p.id))


def _person(
    entries: list[tuple[str, CanonicalEvent, DocumentRef, str]], names: NameResolver
) -> Person:
    spellings = [s for s, _, _, _ in entries]
    name = names.display_name(spellings)
    by_event: dict[str, list[tuple[str, CanonicalEvent, DocumentRef, str]]] = defaultdict(list)
    for entry in entries:
        by_event[entry[1].id].append(entry)
    releases = []
    for rows in by_event.values():
        event = rows[0][1]
        docs = {d.id: d for _, _, d, _ in rows}
        releases.append(
            PersonRelease(
                event=event.id,
                actor=event.actor,
                date=event.date,
                spellings=sorted({s for s, _, _, _ in rows}),
                sources=len({g for _, _, _, g in rows}),
                documents=sorted(docs.values(), key=lambda d: (d.published or "9999", d.id)),
            )
        )
    releases.sort(key=lambda r: (r.date is None, r.date or "", r.event))
    return Person(id=slug(name), name=name, spellings=sorted(set(spellings)), releases=releases)


def person(source: Source, query: str, names: NameResolver | None = None) -> Person | None:
    """One person's record, by id (``ales-bialiatski``) or by any spelling of the name."""
    names = names or default_resolver()
    people = persons(source, names=names)
    for candidate in people:
        if candidate.id == query or candidate.id == slug(query):
            return candidate
    for candidate in people:
        if any(names.same(query, s) for s in candidate.spellings):
            return candidate
    return None
