"""Shared by the evaluation tests: the fixture corpus and an extractor that answers from gold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.evaluation.corpus import GOLD_SUFFIX, load_gold
from detente.model import Analysis, Document

FIXTURES = Path(__file__).parent.parent / "fixtures" / "eval"
CORPUS = FIXTURES / "corpus"
DEV = CORPUS / "dev"
PRED = FIXTURES / "pred"

Edit = Callable[[Analysis], Analysis]


class GoldExtractor:
    """Answers each article with its gold analysis, edited per slug (an extractor, for metrics)."""

    def __init__(self, edits: dict[str, Edit] | None = None) -> None:
        self.edits = edits or {}
        self.seen: list[str] = []

    def __call__(self, doc: Document) -> Analysis:
        path = Path(doc.source)
        self.seen.append(path.stem)
        gold = load_gold(path.with_name(path.stem + GOLD_SUFFIX), doc.text)
        edit = self.edits.get(path.stem)
        return edit(gold.model_copy(deep=True)) if edit else gold


@pytest.fixture
def extractor() -> type[GoldExtractor]:
    """The GoldExtractor class, to build with per-slug edits."""
    return GoldExtractor
