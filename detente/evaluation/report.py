"""The evaluation report: scores per split, the figures the gate reads, and their text form."""

from __future__ import annotations

import logging

from pydantic import BaseModel, ConfigDict

from detente.model import Event, EventType, Stock

log = logging.getLogger(__name__)

EVENT_FIELDS: tuple[str, ...] = (
    "count",
    "category",
    "persons",
    "destination",
    "date",
    "sectors",
    "entities",
    "renewal",
)
"""Event fields scored on matched pairs, in report order."""
STOCK_FIELDS: tuple[str, ...] = ("qualifier", "source")
"""Stock fields scored on matched stocks."""
CEILINGS: frozenset[str] = frozenset({"distractor_false_events"})
"""Figures where lower is better: the baseline holds a ceiling for them, not a floor."""


def figure_names() -> tuple[str, ...]:
    """Every figure name a baseline may pin, in report order."""
    prf = ("precision", "recall", "f1")
    names = [f"event_{m}" for m in prf]
    names += [f"{t.value}_{m}" for t in EventType for m in prf]
    names += [f"{f}_accuracy" for f in EVENT_FIELDS]
    names += [f"exchange_{m}" for m in prf] + [f"stock_{m}" for m in prf]
    names += [f"stock_{f}_accuracy" for f in STOCK_FIELDS]
    return (*names, "distractor_false_events")


class _Report(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Score(_Report):
    """Precision, recall and F1 with the counts they come from."""

    tp: int
    """Matched predictions."""
    fp: int
    """Predictions without a gold counterpart."""
    fn: int
    """Gold items without a prediction."""
    precision: float
    """tp / (tp + fp); 1.0 when nothing was predicted."""
    recall: float
    """tp / (tp + fn); 1.0 when there was nothing to find."""
    f1: float
    """Harmonic mean of precision and recall; 0.0 when both are 0."""

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> Score:
        """Compute the ratios from the counts."""
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1)


class Accuracy(_Report):
    """Share of matched pairs on which a field agrees."""

    correct: int
    """Pairs that agree."""
    n: int
    """Pairs scored."""
    accuracy: float | None
    """correct / n; null when n is 0."""

    @classmethod
    def from_counts(cls, correct: int, n: int) -> Accuracy:
        """Compute the ratio from the counts."""
        return cls(correct=correct, n=n, accuracy=correct / n if n else None)


class SplitScores(_Report):
    """All scores for one split of the corpus (or for all of it)."""

    documents: int
    """Articles scored."""
    distractors: int
    """Articles whose gold file has no events."""
    distractor_false_events: int
    """Events predicted on distractors."""
    events: Score
    """Event matching over all types (micro)."""
    event_types: dict[str, Score]
    """Event matching per type (types seen in gold or predictions)."""
    fields: dict[str, Accuracy]
    """Field accuracy over matched event pairs, by field."""
    exchanges: Score
    """Exchange pairs."""
    stocks: Score
    """Stocks matched on country and count."""
    stock_fields: dict[str, Accuracy]
    """Qualifier and source accuracy over matched stocks."""

    def figures(self) -> dict[str, float]:
        """The flat figures the gate compares with the baseline (absent when nothing was scored)."""
        out: dict[str, float] = {}

        def prf(prefix: str, score: Score) -> None:
            out.update({f"{prefix}_precision": score.precision, f"{prefix}_recall": score.recall})
            out[f"{prefix}_f1"] = score.f1

        prf("event", self.events)
        for name, score in self.event_types.items():
            prf(name, score)
        for name, acc in self.fields.items():
            if acc.accuracy is not None:
                out[f"{name}_accuracy"] = acc.accuracy
        prf("exchange", self.exchanges)
        prf("stock", self.stocks)
        for name, acc in self.stock_fields.items():
            if acc.accuracy is not None:
                out[f"stock_{name}_accuracy"] = acc.accuracy
        out["distractor_false_events"] = float(self.distractor_false_events)
        return out


class FieldMismatch(_Report):
    """A matched event pair that disagrees on one field."""

    predicted_id: str
    """Id of the predicted event."""
    gold_id: str
    """Id of the gold event."""
    field: str
    """Field name (``count`` covers count and qualifier)."""
    predicted: str
    """Predicted value, as text."""
    gold: str
    """Gold value, as text."""


class DocumentErrors(_Report):
    """What one document got wrong: unmatched events and field disagreements."""

    split: str
    """Split the document belongs to."""
    document: str
    """Source of the document (its path)."""
    false_positives: list[Event]
    """Predicted events with no gold counterpart."""
    false_negatives: list[Event]
    """Gold events with no prediction."""
    mismatches: list[FieldMismatch]
    """Field disagreements on matched pairs."""
    missed_links: list[str] = []
    """Gold exchange pairs not predicted, described (and whether a member event was missed)."""
    false_links: list[str] = []
    """Predicted exchange pairs not in the gold, described."""
    missed_stocks: list[Stock] = []
    """Gold stocks with no predicted stock of the same country and count."""
    false_stocks: list[Stock] = []
    """Predicted stocks with no gold counterpart."""

    def any(self) -> bool:
        """Whether the document has any error to list."""
        return bool(
            self.false_positives
            or self.false_negatives
            or self.mismatches
            or self.missed_links
            or self.false_links
            or self.missed_stocks
            or self.false_stocks
        )


class EvalReport(_Report):
    """The result of :func:`detente.evaluation.evaluate`."""

    corpus: str
    """The corpus directory."""
    splits: dict[str, SplitScores]
    """Scores per split: ``dev``, ``heldout`` and ``all`` in the split layout, else one split."""
    errors: list[DocumentErrors]
    """Per-document errors, for debugging (documents without errors are left out)."""

    def to_json(self) -> str:
        """The report as indented JSON."""
        return self.model_dump_json(indent=2) + "\n"

    def to_text(self, verbose: bool = False) -> str:
        """An aligned table per split; with ``verbose`` the per-document errors follow."""
        lines = [f"corpus: {self.corpus}"]
        for name, scores in self.splits.items():
            lines += ["", *_split_table(name, scores)]
        if verbose:
            lines += ["", "== errors ==", *(_error_lines(e) for e in self.errors)]
            if not self.errors:
                lines.append("none")
        return "\n".join(lines) + "\n"


_PRF_HEAD = f"{'':<22}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'F1':>7}"


def _prf_row(label: str, s: Score) -> str:
    return f"{label:<22}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"


def _acc_row(label: str, a: Accuracy) -> str:
    value = "-" if a.accuracy is None else f"{a.accuracy:.3f}"
    return f"{label:<22}{value:>9}{a.n:>6}"


def _split_table(name: str, s: SplitScores) -> list[str]:
    lines = [f"== {name}: {s.documents} documents, {s.distractors} distractors ==", _PRF_HEAD]
    lines += [_prf_row(f"  {t}", score) for t, score in s.event_types.items()]
    lines += [_prf_row("events (micro)", s.events)]
    lines += [_prf_row("exchanges", s.exchanges), _prf_row("stocks", s.stocks)]
    lines += ["", f"{'field':<22}{'accuracy':>9}{'n':>6}"]
    lines += [_acc_row(f"  {f}", a) for f, a in s.fields.items()]
    lines += [_acc_row(f"  stock {f}", a) for f, a in s.stock_fields.items()]
    lines += ["", f"false events on distractors: {s.distractor_false_events}"]
    return lines


def describe_event(e: Event) -> str:
    """One line with an event's key fields, for error listings."""
    parts = [e.id, str(e.type), e.actor or "?"]
    if e.target:
        parts[-1] += f"->{e.target}"
    if e.count is not None:
        parts.append(f"count={e.count} {e.count_qualifier}")
    for name in ("category", "destination", "date"):
        value = getattr(e, name)
        if value is not None:
            parts.append(f"{name}={value}")
    for name in ("persons", "entities", "sectors"):
        values: list[str] = getattr(e, name)
        if values:
            parts.append(f"{name}={','.join(values)}")
    return " ".join(parts)


def _error_lines(d: DocumentErrors) -> str:
    lines = [f"{d.split} {d.document}"]
    lines += [f"  FP {describe_event(e)}" for e in d.false_positives]
    lines += [f"  FN {describe_event(e)}" for e in d.false_negatives]
    lines += [
        f"  {m.field}: {m.predicted_id} {m.predicted!r} vs gold {m.gold_id} {m.gold!r}"
        for m in d.mismatches
    ]
    lines += [f"  FN link {text}" for text in d.missed_links]
    lines += [f"  FP link {text}" for text in d.false_links]
    lines += [f"  FN stock {describe_stock(s)}" for s in d.missed_stocks]
    lines += [f"  FP stock {describe_stock(s)}" for s in d.false_stocks]
    return "\n".join(lines)


def describe_stock(s: Stock) -> str:
    """One line with a stock's key fields, for error listings."""
    return f"{s.country} count={s.count} {s.count_qualifier} source={s.source} as_of={s.as_of}"
