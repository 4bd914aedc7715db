"""Accuracy gate: the annotated corpus must score at or above the floors pinned in eval/baseline.json.

Lowering a floor needs ``detente eval eval/corpus --update-baseline --allow-regression`` and a commit
that says why (trafilatura's habit).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluation import check_floors, evaluate
from detente.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus"
BASELINE = ROOT / "eval" / "baseline.json"


@pytest.mark.gate
def test_corpus_meets_pinned_floors(spacy_extractor: Extractor) -> None:
    report = evaluate(CORPUS, spacy_extractor)
    assert set(report.splits) >= {"dev", "heldout"}
    assert check_floors(report, BASELINE) == []


def test_corpus_is_large_enough() -> None:
    articles = sorted(CORPUS.rglob("*.txt"))
    gold = sorted(CORPUS.rglob("*.events.json"))
    assert len(articles) >= 60
    assert len(gold) == len(articles)
    heldout = list((CORPUS / "heldout").glob("*.txt"))
    assert len(heldout) * 3 >= len(articles) * 0.9  # about a third held out
