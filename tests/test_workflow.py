"""Tests for detente.workflow: analyse paths and ingest documents into a real store (SQLite, or PostgreSQL in CI)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from detente.errors import InputError
from detente.store import open_store
from detente.workflow import IngestSummary, analyze_path, ingest_documents, read_inputs

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

FIXTURES = Path(__file__).parent / "fixtures" / "cli"


def test_analyze_path(spacy_extractor: Extractor) -> None:
    (analysis,) = analyze_path(FIXTURES / "sanctions.txt", extractor=spacy_extractor)
    assert analysis.document.source == str(FIXTURES / "sanctions.txt")
    assert analysis.document.published == "2026-02-10"


def test_analyze_path_raises_input_error(spacy_extractor: Extractor) -> None:
    with pytest.raises(InputError, match="empty input"):
        analyze_path(FIXTURES / "empty.txt", extractor=spacy_extractor)


def test_ingest_documents(spacy_extractor: Extractor, shared_db_url: str) -> None:
    errors: list[InputError] = []
    inputs = [str(FIXTURES / n) for n in ("swap.txt", "binary.txt", "swap.txt")]
    with open_store(shared_db_url) as store:
        summary = ingest_documents(store, read_inputs(inputs), spacy_extractor, errors.append)
        stored = store.view().events()
    assert (summary.stored, summary.present, summary.failed) == (1, 1, 1)
    assert summary.events == len(stored) > 0
    assert [e.source for e in errors] == [str(FIXTURES / "binary.txt")]


def test_summary_line() -> None:
    summary = IngestSummary(stored=3, present=1, failed=2, events=7, exchanges=2, stocks=1)
    assert summary.line() == (
        "3 documents stored, 1 already present, 2 failed; 7 events, 2 exchanges, 1 stocks"
    )
