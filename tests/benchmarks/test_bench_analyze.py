"""The analysis benchmark's pieces that need no timing: gate shares and the target checks."""

from __future__ import annotations

import pytest

from benchmarks import bench_analyze, synth
from detente.model import Document


def _doc(text: str) -> Document:
    return Document(
        id=Document.content_id(text), source="inline", published="2025-12-14", text=text
    )


def test_gate_share_counts_parsed_sentences() -> None:
    docs = [
        _doc("Belarus frees prisoners\nBelarus freed 12 political prisoners. It was cold."),
        _doc("Band releases album\nThe band released its new album. Fans cheered."),
    ]
    assert bench_analyze.gate_share(docs) == (6, 2, 2)


def test_off_topic_synthetic_articles_are_not_parsed() -> None:
    off = [d for d in synth.generate(200) if not synth.is_on_topic(d)]
    total, parsed, _ = bench_analyze.gate_share(off)
    assert total > 1000 and parsed == 0


def _run(docs: int, seconds: float, rss: float) -> bench_analyze.MixedRun:
    return bench_analyze.MixedRun(docs=docs, seconds=seconds, gen_seconds=0.0, rss_mb=rss)


def test_targets() -> None:
    small, large = _run(100, 0.2, 200.0), _run(1000, 2.0, 210.0)
    checks = bench_analyze._targets(large, [small, large], 3.5)
    assert [ok for ok, _ in checks] == [True, True, True, True]
    slow, grown = _run(1000, 10.0, 400.0), _run(100, 0.2, 200.0)
    checks = bench_analyze._targets(slow, [grown, slow], 2.0)
    assert [ok for ok, _ in checks] == [False, False, True, False]


def test_best_rate_is_the_fastest_round() -> None:
    rates = [bench_analyze.Rate(10.0, 30.0), bench_analyze.Rate(12.0, 25.0)]
    assert bench_analyze._best(rates) == bench_analyze.Rate(12.0, 30.0)


def test_repeat_must_be_positive() -> None:
    assert bench_analyze._parse_args(["--repeat", "2"]).repeat == 2
    with pytest.raises(SystemExit):
        bench_analyze._parse_args(["--repeat", "0"])
