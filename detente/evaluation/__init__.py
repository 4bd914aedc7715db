"""Evaluation: score an extractor against the annotated corpus, and gate on pinned floors.

Corpus. ``<slug>.txt`` articles with ``<slug>.events.json`` gold files (the shape of
:class:`detente.model.Analysis`; evidence may lack offsets). When the corpus directory has ``dev/``
and/or ``heldout/`` subdirectories each is a split, reported separately and together as ``all``;
otherwise the directory is one split named after it (``eval/corpus/dev`` → ``dev``).

Scoring rules (also in docs/evaluation.md):

- Events, per document. A predicted and a gold event can match only if they have the same ``type``
  and ``actor`` and, for sanctions, the same ``target``. Candidate pairs are ranked by date (equal >
  prefix-compatible: one is a prefix of the other or same year and month > other), then equal count,
  then shared persons, then shared entities and sectors; they are taken greedily, one-to-one.
  TP = matched pairs, FP = unmatched predictions, FN = unmatched gold events. Precision, recall and
  F1 per event type and overall, micro-averaged over the corpus. A ratio whose denominator is 0 is
  1.0 (nothing predicted: no wrong prediction; nothing to find: nothing missed).
- Fields, over matched pairs. Releases: ``count`` (count and qualifier equal, nulls included),
  ``category``, ``persons`` (sets equal after case-folding and whitespace normalisation),
  ``destination``. Sanctions: ``sectors`` (sets equal), ``entities`` (sets equal, case-folded),
  ``renewal``. Both: ``date`` (exact string). Each is reported as accuracy and n.
- Exchanges. Each exchange is expanded into the unordered pairs of its events; predicted ids are
  mapped to gold ids through the event matching (an unmatched predicted event never matches);
  pairs are compared as sets per document; P/R/F1 micro over the corpus.
- Stocks. A predicted stock matches a gold stock with the same country and count (one-to-one);
  P/R/F1, plus qualifier accuracy and source accuracy (case-insensitive containment either way)
  over matched stocks.
- Distractors. A document whose gold file has no events; the number of events predicted on them is
  reported as "false events on distractors" (a ceiling in the baseline, not a floor).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from detente.evaluation.corpus import ALL, SPLITS, is_split_layout, load_corpus
from detente.evaluation.floors import DEFAULT_EPSILON, check_floors, update_baseline
from detente.evaluation.report import (
    Accuracy,
    DocumentErrors,
    EvalReport,
    FieldMismatch,
    Score,
    SplitScores,
    figure_names,
)
from detente.evaluation.score import Tally, score_document
from detente.model import Analysis, Document

__all__ = [
    "ALL",
    "Accuracy",
    "DEFAULT_EPSILON",
    "DocumentErrors",
    "EvalReport",
    "FieldMismatch",
    "SPLITS",
    "Score",
    "SplitScores",
    "check_floors",
    "evaluate",
    "figure_names",
    "update_baseline",
]

log = logging.getLogger(__name__)


def evaluate(corpus_dir: Path, extractor: Callable[[Document], Analysis]) -> EvalReport:
    """Run ``extractor`` on every article of the corpus and score it against the gold files.

    An extractor with a ``pipe`` (as :class:`~detente.extract.pipeline.Extractor`) analyses a
    split's articles through it, in batches: the same analyses as one call per article, faster."""
    splits = load_corpus(corpus_dir)
    scores: dict[str, SplitScores] = {}
    errors: list[DocumentErrors] = []
    total = Tally()
    pipe: Callable[[Iterable[Document]], Iterable[Analysis]] = getattr(
        extractor, "pipe", lambda docs: map(extractor, docs)
    )
    for name, items in splits:
        tally = Tally()
        analyses = pipe(item.document for item in items)
        for item, analysis in zip(items, analyses, strict=True):
            doc_tally, doc_errors = score_document(analysis, item.gold, name, item.document.source)
            tally.add(doc_tally)
            if doc_errors.any():
                errors.append(doc_errors)
        log.info("scored %d documents of split %s", tally.documents, name)
        scores[name] = tally.scores()
        total.add(tally)
    if is_split_layout(corpus_dir):
        scores[ALL] = total.scores()
    return EvalReport(corpus=str(corpus_dir), splits=scores, errors=errors)
