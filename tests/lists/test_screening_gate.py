"""Screening accuracy gate: the matcher must meet the floors pinned under "screening" in eval/baseline.json.

Lowering a floor needs ``detente screen --eval eval/screening/pairs.csv --update-baseline`` with the
regression allowed in code review, and a commit that says why.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

from detente.lists.screening_eval import (
    BASELINE_KEY,
    check_screening_floors,
    evaluate_pairs,
    update_screening_floors,
)

ROOT = Path(__file__).resolve().parent.parent.parent
PAIRS = ROOT / "eval" / "screening" / "pairs.csv"
BASELINE = ROOT / "eval" / "baseline.json"


def test_matcher_meets_pinned_floors() -> None:
    report = evaluate_pairs(PAIRS)
    assert check_screening_floors(report, BASELINE) == []
    heldout = report.splits["heldout"].figures()
    assert heldout["precision"] >= 0.95 and heldout["recall"] >= 0.90  # the targets


def test_pairs_set_is_large_and_balanced() -> None:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 300
    assert len({(r["query"], r["candidate"]) for r in rows}) == len(rows)  # no duplicate pair
    splits = Counter(r["split"] for r in rows)
    assert set(splits) == {"dev", "heldout"} and abs(splits["dev"] - splits["heldout"]) < 20
    kinds = Counter(r["kind"] for r in rows if r["label"] == "0")
    assert {"common_surname", "shared_words", "similar_spelling"} <= set(kinds)


def test_floors_refuse_to_go_down(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"dev": {}, BASELINE_KEY: {"dev": {"recall": 1.0}}}))
    report = evaluate_pairs(PAIRS)
    assert check_screening_floors(report, baseline)  # dev recall is below 1.0
    try:
        update_screening_floors(report, baseline)
    except Exception as exc:  # EvalError
        assert "refusing to lower" in str(exc)
    else:
        raise AssertionError("a floor went down silently")
    assert json.loads(baseline.read_text())["dev"] == {}  # other keys untouched
