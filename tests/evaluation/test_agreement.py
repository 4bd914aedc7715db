"""Agreement: a second annotation scored against the first with the extraction figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import EvalError
from detente.evaluation import evaluate
from detente.evaluation.agreement import SecondAnnotation

from .conftest import DEV, FIXTURES

SECOND = FIXTURES / "second"


def test_second_annotation_is_scored_like_an_extractor():
    report = evaluate(DEV, SecondAnnotation([SECOND]))
    scores = report.splits["dev"]
    # the second annotator left out one background release of six gold events: recall 5/6 ...
    assert scores.events.precision == 1.0
    assert scores.events.recall == pytest.approx(5 / 6)
    assert scores.event_types["release"].fn == 1
    # ... and the destination of one matched release
    assert scores.fields["destination"].accuracy < 1.0
    assert [Path(e.document).name for e in report.errors] == ["minsk-release.txt"]


def test_identical_annotations_agree_fully():
    report = evaluate(DEV, SecondAnnotation([DEV]))
    assert report.splits["dev"].events.f1 == 1.0
    assert report.errors == []


def test_an_article_without_a_second_annotation_is_one_clear_error(tmp_path):
    (tmp_path / "minsk-release.events.json").write_text(
        (SECOND / "minsk-release.events.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(EvalError, match="second annotation: no gold file"):
        evaluate(DEV, SecondAnnotation([tmp_path]))
