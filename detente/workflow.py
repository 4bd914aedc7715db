"""Runs that chain the stages: read inputs, extract, and print or store (used by the CLI).

Heavy modules (spaCy, trafilatura, SQLAlchemy) are imported inside the functions so that
importing this module, and ``detente`` itself, stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import InputError
from detente.model import Analysis, Document

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor
    from detente.ingest import IngestOptions
    from detente.store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """Counts from one ingest run; the record counts cover newly stored documents only."""

    stored: int = 0
    present: int = 0
    failed: int = 0
    events: int = 0
    exchanges: int = 0
    stocks: int = 0

    def line(self) -> str:
        """The one-line summary printed by ``detente ingest``."""
        return (
            f"{self.stored} documents stored, {self.present} already present, "
            f"{self.failed} failed; {self.events} events, {self.exchanges} exchanges, "
            f"{self.stocks} stocks"
        )


def read_inputs(
    inputs: Iterable[str], options: IngestOptions | None = None
) -> Iterator[Document | InputError]:
    """Documents from paths, directories, ``-`` and URLs, with an InputError value per bad input."""
    from detente.ingest import iter_documents

    return iter_documents(inputs, options)


def analyze_documents(
    items: Iterable[Document | InputError], extractor: Callable[[Document], Analysis]
) -> Iterator[Analysis | InputError]:
    """Extract each document in input order; InputError values pass through unchanged."""
    for item in items:
        yield item if isinstance(item, InputError) else extractor(item)


def analyze_path(
    path: str | Path,
    options: IngestOptions | None = None,
    extractor: Extractor | None = None,
) -> list[Analysis]:
    """Analyse every article at a file, directory, URL or ``-``; raise the first InputError."""
    if extractor is None:
        from detente.extract.pipeline import Extractor

        extractor = Extractor()
    results: list[Analysis] = []
    for item in analyze_documents(read_inputs([str(path)], options), extractor):
        if isinstance(item, InputError):
            raise item
        results.append(item)
    return results


def ingest_documents(
    store: Store,
    items: Iterable[Document | InputError],
    extractor: Callable[[Document], Analysis],
    on_error: Callable[[InputError], None] | None = None,
) -> IngestSummary:
    """Extract and store each document in its own transaction; report bad inputs to on_error."""
    summary = IngestSummary()
    # --- aggregate: documents stored before clustering existed are clustered first ---
    from detente.aggregate import add_document, ensure_clustered

    ensure_clustered(store)
    # Skip extraction for documents already stored (re-ingesting a folder is cheap): one indexed
    # lookup per document, not a listing of every stored id.
    view = store.view()
    known: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            summary.failed += 1
            if on_error is not None:
                on_error(item)
            continue
        if item.id in known or view.has_document(item.id):
            summary.present += 1
            continue
        analysis = extractor(item)
        known.add(item.id)
        # --- aggregate: store and update the canonical events in one transaction ---
        if not add_document(store, item, analysis):
            summary.present += 1
            log.info("already stored: %s", item.source)
            continue
        summary.stored += 1
        summary.events += len(analysis.events)
        summary.exchanges += len(analysis.exchanges)
        summary.stocks += len(analysis.stocks)
    return summary
