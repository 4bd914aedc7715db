"""The evaluation corpus: articles with their gold files, in one directory or in splits."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from detente.errors import (
    E_EVAL_BAD_GOLD,
    E_EVAL_EVIDENCE,
    E_EVAL_NO_ARTICLE,
    E_EVAL_NO_ARTICLES,
    E_EVAL_NO_GOLD,
    E_NOT_FOUND,
    EvalError,
    InputError,
)
from detente.ingest import iter_documents
from detente.model import Analysis, Document

log = logging.getLogger(__name__)

SPLITS: tuple[str, ...] = ("dev", "heldout")
"""Subdirectories that make a corpus directory a split layout."""
ALL = "all"
"""Name of the whole-corpus split reported alongside the others in the split layout."""
GOLD_SUFFIX = ".events.json"


@dataclass(frozen=True)
class Item:
    """One article of the corpus with its gold analysis."""

    document: Document
    gold: Analysis


# Gold of the cross-document corpus (eval/clusters) labels each event with its happening and each
# exchange with its deal; extraction scoring ignores them, so that corpus scores as any other.
CROSS_DOCUMENT_LABELS = ("cluster", "deal")


def is_split_layout(corpus_dir: Path) -> bool:
    """Whether the corpus directory has ``dev/`` or ``heldout/`` subdirectories."""
    return any((corpus_dir / name).is_dir() for name in SPLITS)


def corpus_splits(corpus_dir: Path) -> list[tuple[str, Path]]:
    """The splits of a corpus: its ``dev``/``heldout`` subdirectories, or itself, by its name."""
    if not corpus_dir.is_dir():
        raise EvalError(f"{corpus_dir}: {E_NOT_FOUND}")
    if is_split_layout(corpus_dir):
        return [(name, corpus_dir / name) for name in SPLITS if (corpus_dir / name).is_dir()]
    return [(corpus_dir.resolve().name, corpus_dir)]


def load_split(directory: Path) -> list[Item]:
    """Every ``<slug>.txt`` of a directory with its ``<slug>.events.json``, sorted by slug."""
    articles = sorted(directory.glob("*.txt"))
    golds = {p.name.removesuffix(GOLD_SUFFIX) for p in directory.glob(f"*{GOLD_SUFFIX}")}
    orphans = sorted(golds - {a.stem for a in articles})
    if orphans:
        message = E_EVAL_NO_ARTICLE.format(name=orphans[0] + ".txt")
        raise EvalError(f"{directory / (orphans[0] + GOLD_SUFFIX)}: {message}")
    items = []
    for article in articles:
        gold_path = article.with_name(article.stem + GOLD_SUFFIX)
        if not gold_path.exists():
            raise EvalError(f"{article}: {E_EVAL_NO_GOLD.format(name=gold_path.name)}")
        document = read_document(article)
        gold = load_gold(gold_path, document.text)
        items.append(Item(document=with_known_date(document, gold), gold=gold))
    return items


def with_known_date(document: Document, gold: Analysis) -> Document:
    """The article with the gold file's publication date when the text itself gives none.

    An article whose dateline has no year ("MINSK, Dec. 13 --") gets its date from the feed or the
    user's ``--published`` in real use; the gold file's ``published`` plays that part here. A date
    found in the article is never replaced, so the dateline reader is still scored.
    """
    if document.published is not None or not gold.document.published:
        return document
    return document.model_copy(update={"published": gold.document.published})


def load_corpus(corpus_dir: Path) -> list[tuple[str, list[Item]]]:
    """The corpus as (split name, items) in split order; EvalError when it holds no article."""
    splits = [(name, load_split(path)) for name, path in corpus_splits(corpus_dir)]
    if not any(items for _, items in splits):
        raise EvalError(f"{corpus_dir}: {E_EVAL_NO_ARTICLES}")
    for name, items in splits:
        if not items:
            log.warning("split %s of %s holds no articles; it is left out", name, corpus_dir)
    return [(name, items) for name, items in splits if items]


def load_gold(gold_path: Path, text: str) -> Analysis:
    """A gold file as an Analysis, with missing evidence offsets found in the article ``text``."""
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{gold_path}: {E_EVAL_BAD_GOLD.format(problem=exc)}") from None
    if not isinstance(data, dict):
        raise EvalError(f"{gold_path}: {E_EVAL_BAD_GOLD.format(problem='not a JSON object')}")
    for group in ("events", "exchanges", "stocks"):
        items = data.get(group)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                for label in CROSS_DOCUMENT_LABELS:
                    item.pop(label, None)
                _fill_offsets(item, text, gold_path)
    try:
        return Analysis.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = exc.error_count() - 1
        problem = f"{where}: {first['msg']}" + (f" (and {more} more)" if more else "")
        raise EvalError(f"{gold_path}: {E_EVAL_BAD_GOLD.format(problem=problem)}") from None


def _fill_offsets(item: dict[str, Any], text: str, gold_path: Path) -> None:
    for evidence in item.get("evidence") or []:
        if not isinstance(evidence, dict) or "start" in evidence or "text" not in evidence:
            continue
        start = text.find(evidence["text"])
        if start < 0:
            raise EvalError(f"{gold_path}: {E_EVAL_EVIDENCE.format(text=evidence['text'][:60])}")
        evidence["start"], evidence["end"] = start, start + len(evidence["text"])


def read_document(path: Path) -> Document:
    """One article, read by :func:`detente.ingest.iter_documents`; its InputError is raised."""
    for result in iter_documents([str(path)]):
        if isinstance(result, InputError):
            raise result
        return result
    raise EvalError(f"{path}: {E_EVAL_NO_ARTICLES}")
