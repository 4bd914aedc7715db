"""Cross-document evaluation: clustering metrics, gold loading, floors, and the gate on eval/clusters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from detente.errors import EvalError
from detente.evaluation import evaluate
from detente.evaluation.clusters import (
    CLUSTERS_KEY,
    ClusterReport,
    bcubed,
    check_cluster_floors,
    evaluate_clusters,
    load_cluster_gold,
    pairwise,
    update_cluster_floors,
)
from detente.evaluation.floors import read_baseline, update_baseline

from .conftest import DEV, GoldExtractor

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent.parent
CLUSTERS = ROOT / "eval" / "clusters"
BASELINE = ROOT / "eval" / "baseline.json"


def test_perfect_and_merged_clusterings() -> None:
    gold = ["a", "a", "b", "c"]
    assert pairwise(gold, ["x", "x", "y", "z"]).f1 == 1.0
    assert bcubed(gold, ["x", "x", "y", "z"]).f1 == 1.0
    merged = bcubed(gold, ["x", "x", "x", "x"])
    assert merged.recall == 1.0 and merged.precision == pytest.approx((2 * 0.5 + 2 * 0.25) / 4)
    split = pairwise(gold, ["1", "2", "3", "4"])
    assert (split.precision, split.recall, split.f1) == (1.0, 0.0, 0.0)
    assert bcubed([], []).f1 == 1.0


def test_bcubed_textbook_example() -> None:
    # Amigó et al. (2009): one gold class of 3 split 2+1 -> recall (2/3*2 + 1/3)/3 = 5/9.
    score = bcubed(["a", "a", "a"], ["x", "x", "y"])
    assert score.precision == 1.0 and score.recall == pytest.approx(5 / 9)


def test_load_cluster_gold(tmp_path: Path) -> None:
    path = tmp_path / "x.events.json"
    record = {
        "document": {"id": "", "source": "x.txt"},
        "events": [{"id": "e1", "type": "release", "actor": "BLR", "cluster": "c1",
                    "evidence": [{"text": "no offsets here"}]}],
        "exchanges": [],
    }  # fmt: skip
    path.write_text(json.dumps(record), encoding="utf-8")
    analysis, clusters, deals = load_cluster_gold(path)
    assert clusters == ["c1"] and deals == [] and analysis.events[0].evidence == []
    del record["events"][0]["cluster"]  # type: ignore[attr-defined]
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(EvalError, match="invalid gold file"):
        load_cluster_gold(path)


def _report(f1: float) -> ClusterReport:
    prf = {"precision": 1.0, "recall": f1, "f1": f1}
    scores = {"items": 3, "matched": 3, "pairwise": prf, "bcubed": prf, "bcubed_matched": prf}
    return ClusterReport.model_validate(
        {"corpus": "c", "splits": {"dev": {"event": scores, "deal": scores}}}
    )


def test_floors_round_trip_and_coexist_with_extraction_floors(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"dev": {"event_f1": 0.5}}), encoding="utf-8")
    changes = update_cluster_floors(_report(0.876), baseline)
    assert "clusters dev: event_bcubed_f1 - -> 0.87" in changes
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["dev"] == {"event_f1": 0.5} and data[CLUSTERS_KEY]["dev"]["deal_bcubed_f1"] == 0.87
    assert read_baseline(baseline) == {"dev": {"event_f1": 0.5}}  # the extraction gate ignores it
    assert check_cluster_floors(_report(0.876), baseline) == []
    problems = check_cluster_floors(_report(0.5), baseline)
    assert any("event_bcubed_f1 0.5000 below floor 0.87" in p for p in problems)
    with pytest.raises(EvalError, match="refusing to lower"):
        update_cluster_floors(_report(0.5), baseline)
    assert update_cluster_floors(_report(0.5), baseline, allow_regression=True)


def test_extraction_baseline_update_keeps_cluster_floors(
    tmp_path: Path, extractor: type[GoldExtractor]
) -> None:
    baseline = tmp_path / "baseline.json"
    update_cluster_floors(_report(0.9), baseline)
    assert update_baseline(evaluate(DEV, extractor()), baseline)  # rewrites the file
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data[CLUSTERS_KEY]["dev"]["event_bcubed_f1"] == 0.9 and data["dev"]["event_f1"] == 1.0


def test_cluster_corpus_meets_pinned_floors(spacy_extractor: Extractor) -> None:
    report = evaluate_clusters(CLUSTERS, spacy_extractor)
    assert set(report.splits) == {"dev", "heldout"}
    assert json.loads(BASELINE.read_text(encoding="utf-8"))[CLUSTERS_KEY]
    assert check_cluster_floors(report, BASELINE) == []
