"""Cross-document evaluation: event clustering and deal clustering (``detente eval --clusters``).

Corpus: ``eval/clusters/{dev,heldout}/<slug>.txt`` with ``<slug>.events.json`` gold files in the
document-level shape plus a ``cluster`` id per event and a ``deal`` id per exchange (see
docs/annotation-clusters.md). Each split is extracted with the real extractor, stored in a fresh
in-memory store through :func:`detente.aggregate.add_document` (the ingest path), clustered, and
compared with the gold ids:

- **events**: items are the gold events; a gold event's predicted label is the canonical event of
  the predicted event matched to it (the document-level matcher of :mod:`.score`), or a singleton
  when no prediction matched it;
- **deals**: items are the gold exchanges; a gold exchange's predicted label is the canonical deal
  of the predicted exchange of the same document sharing the most matched events, or a singleton.

Pairwise P/R/F1 count item pairs in one cluster; B-cubed P/R/F1 average, per item, the share of its
predicted cluster that is in its gold cluster (precision) and the converse (recall). Floors live in
``eval/baseline.json`` under ``"clusters"``: ``{"clusters": {"dev": {...}, "heldout": {...}}}``.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from detente.errors import E_EVAL_BAD_GOLD, E_EVAL_NO_ARTICLES, E_EVAL_NO_GOLD, EvalError
from detente.evaluation.corpus import GOLD_SUFFIX, corpus_splits, read_document
from detente.evaluation.floors import (
    DEFAULT_EPSILON,
    OTHER_GATES,
    check_section,
    update_section,
)
from detente.evaluation.score import match_events
from detente.model import Analysis, Document

log = logging.getLogger(__name__)

CLUSTERS_KEY = OTHER_GATES
"""Key of the cluster floors in the baseline file (``"clusters"``)."""
KINDS = ("event", "deal")
METRICS = ("pairwise", "bcubed", "bcubed_matched")


class _Report(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PRF(_Report):
    """Precision, recall and F1."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        """With F1 as the harmonic mean."""
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision=precision, recall=recall, f1=f1)


class ClusterScores(_Report):
    """Pairwise and B-cubed scores for one kind of item (events or deals) in one split."""

    items: int
    """Gold items scored."""
    matched: int
    """Gold items whose predicted label came from a matched prediction (not a singleton)."""
    pairwise: PRF
    """Pairwise P/R/F1 over all gold items (unmatched ones are singletons)."""
    bcubed: PRF
    """B-cubed P/R/F1 over all gold items (unmatched ones are singletons)."""
    bcubed_matched: PRF
    """B-cubed over the matched items only: clustering quality apart from extraction misses."""


class ClusterReport(_Report):
    """Event and deal clustering scores per split."""

    corpus: str
    splits: dict[str, dict[str, ClusterScores]]
    """``{split: {"event": scores, "deal": scores}}``."""

    def figures(self, split: str) -> dict[str, float]:
        """Flat figures of a split: ``event_bcubed_f1``, ``deal_pairwise_precision``…"""
        out: dict[str, float] = {}
        for kind, scores in self.splits[split].items():
            for metric in METRICS:
                prf: PRF = getattr(scores, metric)
                for name in ("precision", "recall", "f1"):
                    out[f"{kind}_{metric}_{name}"] = getattr(prf, name)
        return out

    def to_json(self) -> str:
        """The report as indented JSON."""
        return self.model_dump_json(indent=2) + "\n"

    def to_text(self, verbose: bool = False) -> str:
        """One table per split (``verbose`` is accepted for symmetry with the extraction report)."""
        lines = [f"corpus: {self.corpus}"]
        head = (
            f"{'':<10}{'items':>6}{'matched':>8}  {'pair P':>7}{'pair R':>7}{'pair F1':>8}"
            f"  {'B3 P':>6}{'B3 R':>6}{'B3 F1':>7}  {'B3 F1 (matched only)':>21}"
        )
        for split, kinds in self.splits.items():
            lines += ["", f"== {split} ==", head]
            for kind, s in kinds.items():
                p, b = s.pairwise, s.bcubed
                lines.append(
                    f"{kind + 's':<10}{s.items:>6}{s.matched:>8}  {p.precision:>7.3f}{p.recall:>7.3f}"
                    f"{p.f1:>8.3f}  {b.precision:>6.3f}{b.recall:>6.3f}{b.f1:>7.3f}"
                    f"  {s.bcubed_matched.f1:>21.3f}"
                )
        return "\n".join(lines) + "\n"


def pairwise(gold: Sequence[str], pred: Sequence[str]) -> PRF:
    """Pairwise P/R/F1 of a predicted clustering against gold labels (same items, same order)."""
    tp = same_pred = same_gold = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        g, p = gold[i] == gold[j], pred[i] == pred[j]
        tp += g and p
        same_pred += p
        same_gold += g
    return PRF.of(tp / same_pred if same_pred else 1.0, tp / same_gold if same_gold else 1.0)


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> PRF:
    """B-cubed P/R/F1 (Bagga and Baldwin) of a predicted clustering against gold labels."""
    if not gold:
        return PRF.of(1.0, 1.0)
    both = Counter(zip(gold, pred, strict=True))
    gold_sizes, pred_sizes = Counter(gold), Counter(pred)
    precision = sum(both[g, p] / pred_sizes[p] for g, p in zip(gold, pred, strict=True))
    recall = sum(both[g, p] / gold_sizes[g] for g, p in zip(gold, pred, strict=True))
    return PRF.of(precision / len(gold), recall / len(gold))


def _scores(gold: list[str], pred: list[str], hits: list[bool]) -> ClusterScores:
    kept = [(g, p) for g, p, hit in zip(gold, pred, hits, strict=True) if hit]
    return ClusterScores(
        items=len(gold),
        matched=len(kept),
        pairwise=pairwise(gold, pred),
        bcubed=bcubed(gold, pred),
        bcubed_matched=bcubed([g for g, _ in kept], [p for _, p in kept]),
    )


def load_cluster_gold(path: Path) -> tuple[Analysis, list[str], list[str]]:
    """A gold file as (analysis without evidence, cluster id per event, deal id per exchange)."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        clusters = [str(e.pop("cluster")) for e in data.get("events", [])]
        deals = [str(x.pop("deal")) for x in data.get("exchanges", [])]
        for group in ("events", "exchanges", "stocks"):
            for item in data.get(group, []):
                item["evidence"] = []  # offsets are irrelevant to clustering
        return Analysis.model_validate(data), clusters, deals
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ValidationError) as exc:
        problem = str(exc).splitlines()[0]
        raise EvalError(f"{path}: {E_EVAL_BAD_GOLD.format(problem=problem)}") from None


class _Split:
    """Labels collected over the documents of one split."""

    def __init__(self) -> None:
        self.labels: dict[str, tuple[list[str], list[str], list[bool]]] = {
            k: ([], [], []) for k in KINDS
        }

    def add(self, kind: str, gold: str, pred: str | None, singleton: str) -> None:
        golds, preds, hits = self.labels[kind]
        golds.append(gold)
        preds.append(pred if pred is not None else singleton)
        hits.append(pred is not None)

    def scores(self) -> dict[str, ClusterScores]:
        return {k: _scores(*self.labels[k]) for k in KINDS}


def _score_document(
    split: _Split,
    doc: Document,
    pred: Analysis,
    gold: tuple[Analysis, list[str], list[str]],
    labels: tuple[dict[str, str], dict[str, str]],
) -> None:
    from detente.store import event_key

    gold_analysis, gold_clusters, gold_deals = gold
    cluster_of, deal_of = labels
    pairs = match_events(pred.events, gold_analysis.events)
    pred_for_gold = {g.id: p.id for p, g in pairs}
    for g, label in zip(gold_analysis.events, gold_clusters, strict=True):
        local = pred_for_gold.get(g.id)
        predicted = cluster_of.get(event_key(doc.id, local)) if local else None
        split.add("event", label, predicted, f"single:{doc.id}:{g.id}")
    for index, (exchange, label) in enumerate(
        zip(gold_analysis.exchanges, gold_deals, strict=True)
    ):
        wanted = {pred_for_gold.get(i) for i in exchange.events} - {None}
        best = max(pred.exchanges, key=lambda x: len(wanted & set(x.events)), default=None)
        predicted = None
        if best is not None and wanted & set(best.events):
            predicted = deal_of.get(cluster_of.get(event_key(doc.id, best.events[0]), ""))
        split.add("deal", label, predicted, f"single:{doc.id}:x{index}")


def _split_scores(
    directory: Path, extractor: Callable[[Document], Analysis]
) -> dict[str, ClusterScores]:
    from detente.aggregate import add_document, deals, event_clusters
    from detente.store import open_store

    articles = sorted(directory.glob("*.txt"))
    runs = []
    with open_store("sqlite://") as store:
        for article in articles:
            gold_path = article.with_name(article.stem + GOLD_SUFFIX)
            if not gold_path.exists():
                raise EvalError(f"{article}: {E_EVAL_NO_GOLD.format(name=gold_path.name)}")
            doc = read_document(article)
            pred = extractor(doc)
            add_document(store, doc, pred)
            runs.append((doc, pred, load_cluster_gold(gold_path)))
        cluster_of = event_clusters(store)
        deal_of = {e.id: d.id for d in deals(store) for e in d.events}
    split = _Split()
    for doc, pred, gold in runs:
        _score_document(split, doc, pred, gold, (cluster_of, deal_of))
    return split.scores()


def evaluate_clusters(corpus_dir: Path, extractor: Callable[[Document], Analysis]) -> ClusterReport:
    """Extract, store and cluster each split of a cross-document corpus; score the clusters."""
    splits = {
        name: _split_scores(path, extractor)
        for name, path in corpus_splits(corpus_dir)
        if any(path.glob("*.txt"))
    }
    if not splits:
        raise EvalError(f"{corpus_dir}: {E_EVAL_NO_ARTICLES}")
    return ClusterReport(corpus=str(corpus_dir), splits=splits)


def check_cluster_floors(
    report: ClusterReport, baseline: Path, epsilon: float = DEFAULT_EPSILON
) -> list[str]:
    """One message per cluster figure below its floor by more than ``epsilon``."""
    measured = {split: report.figures(split) for split in report.splits}
    return check_section(baseline, CLUSTERS_KEY, measured, epsilon)


def update_cluster_floors(
    report: ClusterReport, baseline: Path, allow_regression: bool = False
) -> list[str]:
    """Raise the cluster floors to this report's figures (rounded down); list the changes.

    Lowering a floor needs ``allow_regression`` (EvalError otherwise, file untouched).
    """
    measured = {split: report.figures(split) for split in report.splits}
    return update_section(baseline, CLUSTERS_KEY, measured, allow_regression)


CLUSTER_GATE = (evaluate_clusters, check_cluster_floors, update_cluster_floors)
"""(evaluate, check, update) of the cross-document gate, used by ``detente eval --clusters``."""
