"""Scoring one document against its gold analysis: event matching, fields, exchanges, stocks.

The rules are those of :mod:`detente.evaluation` (and docs/evaluation.md): counts are kept raw in a
:class:`Tally` so that splits can be summed before any ratio is taken (micro averages).
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field

from detente.evaluation.report import (
    EVENT_FIELDS,
    STOCK_FIELDS,
    Accuracy,
    DocumentErrors,
    FieldMismatch,
    Score,
    SplitScores,
)
from detente.model import Analysis, Event, EventType, Stock

log = logging.getLogger(__name__)

RELEASE_FIELDS = frozenset({"count", "category", "persons", "destination", "date"})
"""Fields scored on matched release pairs."""
SANCTIONS_FIELDS = frozenset({"entities", "sectors", "renewal", "date"})
"""Fields scored on matched sanctions pairs (imposed or eased)."""


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Add another set of counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def score(self) -> Score:
        """Precision, recall and F1 of these counts."""
        return Score.from_counts(self.tp, self.fp, self.fn)


@dataclass
class Agreement:
    """How many scored pairs agree on a field."""

    correct: int = 0
    n: int = 0

    def add(self, other: Agreement) -> None:
        """Add another agreement count to this one."""
        self.correct, self.n = self.correct + other.correct, self.n + other.n

    def accuracy(self) -> Accuracy:
        """The accuracy of these counts."""
        return Accuracy.from_counts(self.correct, self.n)


@dataclass
class Tally:
    """Raw counts over a set of documents; summed per split, then turned into scores."""

    documents: int = 0
    distractors: int = 0
    distractor_false_events: int = 0
    events: dict[str, Counts] = field(default_factory=dict)
    fields: dict[str, Agreement] = field(default_factory=lambda: _agreements(EVENT_FIELDS))
    exchanges: Counts = field(default_factory=Counts)
    stocks: Counts = field(default_factory=Counts)
    stock_fields: dict[str, Agreement] = field(default_factory=lambda: _agreements(STOCK_FIELDS))

    def add(self, other: Tally) -> None:
        """Add another tally to this one."""
        self.documents += other.documents
        self.distractors += other.distractors
        self.distractor_false_events += other.distractor_false_events
        for name, counts in other.events.items():
            self.events.setdefault(name, Counts()).add(counts)
        for name, agreement in other.fields.items():
            self.fields[name].add(agreement)
        self.exchanges.add(other.exchanges)
        self.stocks.add(other.stocks)
        for name, agreement in other.stock_fields.items():
            self.stock_fields[name].add(agreement)

    def scores(self) -> SplitScores:
        """The scores of this tally."""
        total = Counts()
        for counts in self.events.values():
            total.add(counts)
        order = [t.value for t in EventType]
        types = sorted(self.events, key=lambda t: order.index(t) if t in order else len(order))
        return SplitScores(
            documents=self.documents,
            distractors=self.distractors,
            distractor_false_events=self.distractor_false_events,
            events=total.score(),
            event_types={t: self.events[t].score() for t in types},
            fields={name: a.accuracy() for name, a in self.fields.items()},
            exchanges=self.exchanges.score(),
            stocks=self.stocks.score(),
            stock_fields={name: a.accuracy() for name, a in self.stock_fields.items()},
        )


def _agreements(names: tuple[str, ...]) -> dict[str, Agreement]:
    return {name: Agreement() for name in names}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _norm_set(items: list[str]) -> frozenset[str]:
    return frozenset(_norm(i) for i in items)


def date_rank(a: str | None, b: str | None) -> int:
    """2: equal dates; 1: compatible (one a prefix of the other, or same month); else 0."""
    if a == b:
        return 2
    if a and b and (a.startswith(b) or b.startswith(a) or (len(a) >= 7 and a[:7] == b[:7])):
        return 1
    return 0


def can_match(pred: Event, gold: Event) -> bool:
    """Same type and actor, and for sanctions the same target."""
    if pred.type != gold.type or pred.actor != gold.actor:
        return False
    return gold.type == EventType.RELEASE or pred.target == gold.target


def similarity(pred: Event, gold: Event) -> tuple[int, int, int, int]:
    """Ranking of candidate pairs: date, then count, then persons, then entities and sectors."""
    return (
        date_rank(pred.date, gold.date),
        int(pred.count == gold.count),
        len(_norm_set(pred.persons) & _norm_set(gold.persons)),
        len(_norm_set(pred.entities) & _norm_set(gold.entities))
        + len(set(pred.sectors) & set(gold.sectors)),
    )


def match_events(pred: list[Event], gold: list[Event]) -> list[tuple[Event, Event]]:
    """One-to-one (predicted, gold) pairs, chosen greedily by similarity; in gold order."""
    candidates = [
        (similarity(p, g), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if can_match(p, g)
    ]
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return [(pred[pi], gold[gi]) for gi, pi in sorted(pairs)]


def _field_value(name: str, e: Event) -> object:
    if name == "count":
        return (e.count, e.count_qualifier)
    if name in ("persons", "entities"):
        return _norm_set(getattr(e, name))
    if name == "sectors":
        return frozenset(e.sectors)
    return getattr(e, name)


def _field_text(name: str, e: Event) -> str:
    if name == "count":
        return f"{e.count} {e.count_qualifier}" if e.count is not None else "None"
    value = getattr(e, name)
    return ", ".join(value) if isinstance(value, list) else str(value)


def field_applies(name: str, event_type: str) -> bool:
    """Whether a field is scored on pairs of this event type."""
    fields = RELEASE_FIELDS if event_type == EventType.RELEASE else SANCTIONS_FIELDS
    return name in fields


def _score_fields(
    pairs: list[tuple[Event, Event]], tally: Tally, mismatches: list[FieldMismatch]
) -> None:
    for pred, gold in pairs:
        for name in EVENT_FIELDS:
            if not field_applies(name, gold.type):
                continue
            ok = _field_value(name, pred) == _field_value(name, gold)
            tally.fields[name].add(Agreement(correct=int(ok), n=1))
            if not ok:
                mismatches.append(
                    FieldMismatch(
                        predicted_id=pred.id,
                        gold_id=gold.id,
                        field=name,
                        predicted=_field_text(name, pred),
                        gold=_field_text(name, gold),
                    )
                )


def exchange_pairs(analysis: Analysis, ids: dict[str, str]) -> set[frozenset[str]]:
    """Unordered event pairs of all exchanges, with event ids renamed through ``ids``."""
    pairs: set[frozenset[str]] = set()
    for exchange in analysis.exchanges:
        members = dict.fromkeys(ids.get(i, f"unmatched:{i}") for i in exchange.events)
        pairs.update(frozenset(p) for p in itertools.combinations(members, 2))
    return pairs


def _compare(pred: set[frozenset[str]], gold: set[frozenset[str]]) -> Counts:
    return Counts(tp=len(pred & gold), fp=len(pred - gold), fn=len(gold - pred))


def source_agrees(pred: str | None, gold: str | None) -> bool:
    """Stock sources agree when both are null or one contains the other, ignoring case."""
    if pred is None or gold is None:
        return pred is gold
    a, b = _norm(pred), _norm(gold)
    return a in b or b in a


def match_stocks(pred: list[Stock], gold: list[Stock]) -> list[tuple[Stock, Stock]]:
    """One-to-one (predicted, gold) stocks of equal country and count; ties by qualifier, source."""
    used: set[int] = set()
    pairs: list[tuple[Stock, Stock]] = []
    for g in gold:
        candidates = [
            (
                -int(p.count_qualifier == g.count_qualifier),
                -int(source_agrees(p.source, g.source)),
                i,
            )
            for i, p in enumerate(pred)
            if i not in used and p.country == g.country and p.count == g.count
        ]
        if candidates:
            i = min(candidates)[2]
            used.add(i)
            pairs.append((pred[i], g))
    return pairs


def score_document(
    pred: Analysis, gold: Analysis, split: str, source: str
) -> tuple[Tally, DocumentErrors]:
    """Counts for one document (read from ``source``), and its errors for the listing."""
    tally = Tally(documents=1)
    if not gold.events:
        tally.distractors = 1
        tally.distractor_false_events = len(pred.events)
    pairs = match_events(pred.events, gold.events)
    matched_pred = {id(p) for p, _ in pairs}
    matched_gold = {id(g) for _, g in pairs}
    fps = [p for p in pred.events if id(p) not in matched_pred]
    fns = [g for g in gold.events if id(g) not in matched_gold]
    for events, attr in (([g for _, g in pairs], "tp"), (fps, "fp"), (fns, "fn")):
        for e in events:
            counts = tally.events.setdefault(str(e.type), Counts())
            setattr(counts, attr, getattr(counts, attr) + 1)
    mismatches: list[FieldMismatch] = []
    _score_fields(pairs, tally, mismatches)
    ids = {p.id: f"gold:{g.id}" for p, g in pairs}
    gold_ids = {g.id: f"gold:{g.id}" for g in gold.events}
    pred_links, gold_links = exchange_pairs(pred, ids), exchange_pairs(gold, gold_ids)
    tally.exchanges = _compare(pred_links, gold_links)
    stock_pairs = match_stocks(pred.stocks, gold.stocks)
    tally.stocks = Counts(
        tp=len(stock_pairs),
        fp=len(pred.stocks) - len(stock_pairs),
        fn=len(gold.stocks) - len(stock_pairs),
    )
    for p, g in stock_pairs:
        tally.stock_fields["qualifier"].add(
            Agreement(correct=int(p.count_qualifier == g.count_qualifier), n=1)
        )
        tally.stock_fields["source"].add(
            Agreement(correct=int(source_agrees(p.source, g.source)), n=1)
        )
    found = {id(p) for p, _ in stock_pairs} | {id(g) for _, g in stock_pairs}
    errors = DocumentErrors(
        split=split,
        document=source,
        false_positives=fps,
        false_negatives=fns,
        mismatches=mismatches,
        missed_links=_missed_links(gold_links - pred_links, {g.id for g in fns}),
        false_links=_false_links(pred_links - gold_links, ids),
        missed_stocks=[g for g in gold.stocks if id(g) not in found],
        false_stocks=[p for p in pred.stocks if id(p) not in found],
    )
    return tally, errors


def _missed_links(pairs: set[frozenset[str]], missed_events: set[str]) -> list[str]:
    """Gold links not predicted, as 'gold e1 + e3', with the member events extraction missed."""
    lines = []
    for pair in pairs:
        members = sorted(m.removeprefix("gold:") for m in pair)
        lost = [m for m in members if m in missed_events]
        note = f" (event {', '.join(lost)} missed)" if lost else " (both events found)"
        lines.append(f"gold {' + '.join(members)}{note}")
    return sorted(lines)


def _false_links(pairs: set[frozenset[str]], ids: dict[str, str]) -> list[str]:
    """Predicted links not in the gold, as 'e2 + e5' with the gold event each one matched."""
    to_pred = {gold: pred for pred, gold in ids.items()}
    lines = []
    for pair in pairs:
        members = []
        for m in sorted(pair):
            if m.startswith("gold:"):
                members.append(f"{to_pred[m]} (gold {m.removeprefix('gold:')})")
            else:
                members.append(f"{m.removeprefix('unmatched:')} (no gold)")
        lines.append(" + ".join(members))
    return sorted(lines)
