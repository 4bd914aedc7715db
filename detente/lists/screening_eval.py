"""Precision and recall of the name matcher on labelled pairs (eval/screening/pairs.csv), with a gate.

The pairs file has columns ``query, candidate, label (1/0), kind, split`` (``dev`` or ``heldout``).
Floors live in ``eval/baseline.json`` under ``"screening"``: ``{split: {precision, recall}}``.
"""

from __future__ import annotations

import csv
import logging
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from detente.errors import E_NOT_FOUND, InputError
from detente.evaluation.floors import DEFAULT_EPSILON, check_section, update_section
from detente.lists.match import DEFAULT_THRESHOLD, compare, prepare

log = logging.getLogger(__name__)

BASELINE_KEY = "screening"
"""Key of the screening floors in the baseline file."""
COLUMNS = ("query", "candidate", "label", "kind", "split")
FIGURES = ("precision", "recall", "f1")


class PairResult(BaseModel):
    """One scored pair."""

    model_config = ConfigDict(extra="forbid")

    query: str
    candidate: str
    label: bool
    kind: str
    split: str
    score: float
    reasons: list[str] = Field(default_factory=list)


class SplitFigures(BaseModel):
    """Counts and figures of one split at the threshold."""

    model_config = ConfigDict(extra="forbid")

    pairs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    by_kind: dict[str, list[int]] = Field(default_factory=dict)
    """kind → [pairs, correct]."""

    def figures(self) -> dict[str, float]:
        """precision, recall and F1 (1.0 when there is nothing to get wrong)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


class ScreeningReport(BaseModel):
    """Figures per split (and ``all``), and every pair the matcher got wrong."""

    model_config = ConfigDict(extra="forbid")

    threshold: float
    splits: dict[str, SplitFigures]
    errors: list[PairResult] = Field(default_factory=list)

    def to_text(self, verbose: bool = False) -> str:
        """A readable table; with ``verbose`` every wrong pair."""
        lines = [f"screening pairs at threshold {self.threshold:g}",
                 f"{'split':<8} {'pairs':>5} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn tn"]  # fmt: skip
        for name, s in self.splits.items():
            f = s.figures()
            lines.append(
                f"{name:<8} {s.pairs:>5} {f['precision']:>6.3f} {f['recall']:>6.3f} "
                f"{f['f1']:>6.3f}  {s.tp} {s.fp} {s.fn} {s.tn}"
            )
        kinds = self.splits["all"].by_kind if "all" in self.splits else {}
        lines.append("by kind (all splits): " + ", ".join(
            f"{kind} {ok}/{n}" for kind, (n, ok) in sorted(kinds.items())))  # fmt: skip
        if verbose:
            for e in self.errors:
                wrong = "missed" if e.label else "false match"
                lines.append(f"  {wrong} [{e.split}/{e.kind}] {e.query!r} ~ {e.candidate!r}: "
                             f"{e.score:.3f} {', '.join(e.reasons)}")  # fmt: skip
        return "\n".join(lines) + "\n"


def read_pairs(path: Path) -> list[dict[str, str]]:
    """The rows of a pairs file; :class:`InputError` naming the line when one is malformed."""
    if not path.is_file():
        raise InputError(str(path), E_NOT_FOUND)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise InputError(str(path), f"expected the columns {', '.join(COLUMNS)}")
        rows = list(reader)
    for line, row in enumerate(rows, start=2):
        if row["label"] not in ("0", "1") or not row["query"] or not row["candidate"]:
            raise InputError(str(path), f"line {line}: needs a query, a candidate and label 0/1")
    return rows


def evaluate_pairs(path: Path, threshold: float = DEFAULT_THRESHOLD) -> ScreeningReport:
    """Score every pair; count matches (score ≥ ``threshold``) against the labels per split."""
    splits: dict[str, SplitFigures] = defaultdict(SplitFigures)
    errors: list[PairResult] = []
    for row in read_pairs(path):
        match = compare(prepare(row["query"]), prepare(row["candidate"]))
        label, predicted = row["label"] == "1", match.score >= threshold
        for name in (row["split"], "all"):
            split = splits[name]
            split.pairs += 1
            kind = split.by_kind.setdefault(row["kind"], [0, 0])
            kind[0] += 1
            kind[1] += int(label == predicted)
            if label and predicted:
                split.tp += 1
            elif predicted:
                split.fp += 1
            elif label:
                split.fn += 1
            else:
                split.tn += 1
        if label != predicted:
            fields = {k: row[k] for k in ("query", "candidate", "kind", "split")}
            errors.append(PairResult(**fields, label=label, score=match.score,
                                     reasons=list(match.reasons)))  # fmt: skip
    ordered = {k: splits[k] for k in sorted(splits, key=lambda s: (s == "all", s))}
    return ScreeningReport(threshold=threshold, splits=ordered, errors=errors)


def check_screening_floors(
    report: ScreeningReport, baseline: Path, epsilon: float = DEFAULT_EPSILON
) -> list[str]:
    """One message per figure below its pinned floor (by more than ``epsilon``)."""
    measured = {split: scores.figures() for split, scores in report.splits.items()}
    return check_section(baseline, BASELINE_KEY, measured, epsilon)


def update_screening_floors(
    report: ScreeningReport, baseline: Path, allow_regression: bool = False
) -> list[str]:
    """Raise the screening floors to this report's figures (rounded down); list the changes."""
    measured = {split: scores.figures() for split, scores in report.splits.items()}
    return update_section(baseline, BASELINE_KEY, measured, allow_regression)
