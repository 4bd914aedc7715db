"""Screening: match names against the latest snapshot of every list, delisted entries included.

:class:`ScreenIndex` holds the prepared names (primary and aliases) of the entries and an
inverted index of blocking keys (transliteration key, consonant skeleton and prefix of each token,
acronym and spaceless form of each name), so that a query is scored against a few hundred names
rather than the whole list. Hits are ranked by score; each carries its reasons and, for entries
no longer listed, when they were delisted.
"""

from __future__ import annotations

import csv
import heapq
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from detente.errors import E_NOT_FOUND, InputError
from detente.lists.countries import to_alpha3
from detente.lists.match import DEFAULT_THRESHOLD, Match, Name, compare, prepare
from detente.lists.snapshots import latest_entries
from detente.model import EntryType, ListEntry, ScreenHit
from detente.store import Store

log = logging.getLogger(__name__)

MAX_BLOCK = 500  # a blocking key shared by more names than this (a common word) picks nothing
MAX_CANDIDATES = 60  # names scored per query: those sharing the rarest blocking keys first
PREFIX_LEN = 5  # prefix blocking catches typos late in long words (Zarubezhneft/Zarubeshneft)
COUNTRY_BONUS = 0.02  # the entry is linked to the query's country
COUNTRY_PENALTY = 0.1  # the entry is linked only to other countries
DEFAULT_LIMIT = 10
CSV_COLUMNS = ("name", "country", "type")


@dataclass(frozen=True)
class ScreenQuery:
    """A name to screen, optionally with a country (name or alpha-3) and an entry type."""

    name: str
    country: str | None = None
    type: EntryType | None = None


def _blocks(name: Name) -> set[str]:
    keys = set()
    for token in name.tokens:
        if token.weight < len(token.key) and len(name.tokens) > 1:
            continue  # generic words (bank, trading) and patronymics pick too many names
        keys.add("k:" + token.key)
        if len(token.skeleton) >= 4:
            keys.add("s:" + token.skeleton)
        if len(token.key) > PREFIX_LEN:
            keys.add("p:" + token.key[:PREFIX_LEN])
    if name.acronym:
        keys.add("a:" + name.acronym)
    if len(name.tokens) > 1:
        keys.add("c:" + name.concat)
    return keys


def _query_blocks(name: Name) -> set[str]:
    keys = _blocks(name)
    if len(name.tokens) == 1:  # a single word may be an acronym or a name written together
        keys |= {"a:" + name.tokens[0].text, "c:" + name.concat}
    return keys


class ScreenIndex:
    """Prepared names of list entries with a blocking index; :meth:`search` ranks candidates."""

    def __init__(self, entries: Iterable[ListEntry]) -> None:
        self.entries: list[ListEntry] = []
        self._names: list[tuple[int, Name]] = []
        self._blocks: dict[str, list[int]] = defaultdict(list)
        for entry in entries:
            self.add(entry)

    def add(self, entry: ListEntry) -> None:
        """Index one entry under its primary name and aliases."""
        index = len(self.entries)
        self.entries.append(entry)
        for text in dict.fromkeys([entry.name, *entry.aliases]):
            name = prepare(text)
            if not name.tokens:
                continue
            for block in _blocks(name):
                self._blocks[block].append(len(self._names))
            self._names.append((index, name))

    def _candidates(self, name: Name) -> list[int]:
        """Names sharing blocking keys with the query, rarest keys counting most (IDF-like)."""
        postings = [self._blocks[b] for b in _query_blocks(name) if b in self._blocks]
        usable = [p for p in postings if len(p) <= MAX_BLOCK] or sorted(postings, key=len)[:1]
        weights: dict[int, float] = defaultdict(float)
        for posting in usable:
            share = 1.0 / len(posting)
            for position in posting:
                weights[position] += share
        if len(weights) <= MAX_CANDIDATES:
            return list(weights)
        return heapq.nlargest(MAX_CANDIDATES, weights, key=weights.__getitem__)

    def search(
        self, query: ScreenQuery, threshold: float = DEFAULT_THRESHOLD, limit: int = DEFAULT_LIMIT
    ) -> list[ScreenHit]:
        """Entries whose best name scores at least ``threshold``, best first."""
        name = prepare(query.name)
        if not name.tokens:
            return []
        country = to_alpha3(query.country) if query.country else None
        best: dict[int, tuple[Match, str]] = {}
        for position in self._candidates(name):
            index, cand = self._names[position]
            entry = self.entries[index]
            if query.type and entry.type != query.type:
                continue
            match = compare(name, cand)
            if index not in best or match.score > best[index][0].score:
                best[index] = (match, cand.original)
        floor = threshold - COUNTRY_BONUS if country else threshold  # agreement may lift it
        hits = [
            _hit(query.name, self.entries[i], match, matched, country)
            for i, (match, matched) in best.items()
            if match.score >= floor
        ]
        hits = [h for h in hits if h.score >= threshold]
        hits.sort(key=lambda h: (-h.score, not h.active, h.entry.source, h.entry.entry_id))
        return hits[:limit]


def _hit(
    query: str, entry: ListEntry, match: Match, matched: str, country: str | None
) -> ScreenHit:
    """The hit for an entry: score adjusted for country agreement, reasons in words."""
    alias = matched != entry.name
    exact = "exact" in match.reasons
    reasons = [("exact alias" if alias else "exact name") if exact else "fuzzy"]
    if alias and not exact:
        reasons.append("alias")
    reasons += [r for r in match.reasons if r != "exact"]
    score = match.score
    if country and entry.countries:
        if country in entry.countries:
            score = min(1.0 if exact else 0.995, score + COUNTRY_BONUS)
            reasons.append("country agreement")
        else:
            score = max(0.0, score - COUNTRY_PENALTY)
            reasons.append("country mismatch")
    return ScreenHit(
        query=query, entry=entry, score=round(score, 4), reasons=reasons, matched_name=matched,
        active=entry.delisted_on is None, delisted_on=entry.delisted_on,
    )  # fmt: skip


def load_index(store: Store, source: str | None = None) -> ScreenIndex:
    """An index of the latest entries of every list (or one), delisted ones included."""
    return ScreenIndex(latest_entries(store, source, include_delisted=True))


def screen(
    index: ScreenIndex,
    queries: Iterable[ScreenQuery],
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = DEFAULT_LIMIT,
) -> Iterator[tuple[ScreenQuery, list[ScreenHit]]]:
    """Each query with its ranked hits."""
    for query in queries:
        yield query, index.search(query, threshold, limit)


def read_queries(path: Path) -> list[ScreenQuery]:
    """Queries from a CSV file with a header: ``name`` and optional ``country``, ``type``."""
    if not path.is_file():
        raise InputError(str(path), E_NOT_FOUND)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if "name" not in (reader.fieldnames or ()):
            raise InputError(str(path), "needs a header row with a 'name' column")
        rows: Sequence[dict[str, str | None]] = list(reader)
    queries = []
    types = {t.value for t in EntryType}
    for line, row in enumerate(rows, start=2):
        name, kind = (row.get("name") or "").strip(), (row.get("type") or "").strip().lower()
        if not name:
            raise InputError(str(path), f"line {line}: empty name")
        if kind and kind not in types:
            raise InputError(str(path), f"line {line}: unknown type {kind!r}")
        country = (row.get("country") or "").strip() or None
        queries.append(ScreenQuery(name, country, EntryType(kind) if kind else None))
    return queries
