"""Inter-annotator agreement: a second, independent annotation scored as if it were the extractor.

The corpus gives the first annotation (``<slug>.events.json`` next to each article); the second lives
in other directories, one ``<slug>.events.json`` per article. Scoring the second against the first
with the same matching and figures as extraction tells how far any system could get on that text:
the ceiling the accuracy targets should be read against.
"""

from __future__ import annotations

import logging
from pathlib import Path

from detente.errors import E_EVAL_NO_GOLD, EvalError
from detente.evaluation.corpus import GOLD_SUFFIX, load_gold
from detente.model import Analysis, Document

log = logging.getLogger(__name__)


class SecondAnnotation:
    """Answers each article with its second annotation (an extractor, for :func:`evaluate`)."""

    def __init__(self, directories: list[Path]) -> None:
        self.files: dict[str, Path] = {}
        for directory in directories:
            for path in sorted(directory.rglob(f"*{GOLD_SUFFIX}")):
                self.files.setdefault(path.name.removesuffix(GOLD_SUFFIX), path)
        log.info("second annotation: %d files", len(self.files))

    def __call__(self, doc: Document) -> Analysis:
        slug = Path(doc.source).stem
        path = self.files.get(slug)
        if path is None:
            raise EvalError(
                f"{doc.source}: second annotation: {E_EVAL_NO_GOLD.format(name=slug + GOLD_SUFFIX)}"
            )
        return load_gold(path, doc.text)
