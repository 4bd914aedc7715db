"""A store holding the demo articles (samples/), ingested with the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from detente.store import Store, open_store

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

SAMPLES = Path(__file__).parent.parent.parent / "samples"


@pytest.fixture
def demo_store(shared_db_url: str, spacy_extractor: Extractor) -> Iterator[Store]:
    """The samples ingested into an empty store (SQLite file, or the PostgreSQL test database)."""
    from detente.workflow import ingest_documents, read_inputs

    store = open_store(shared_db_url)
    summary = ingest_documents(store, read_inputs([str(SAMPLES)]), spacy_extractor)
    assert summary.stored >= 5
    yield store
    store.close()
