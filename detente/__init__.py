"""detente: a source-cited record of prisoner diplomacy, extracted from news articles.

The public API is listed in ``__all__``. Names load on first use (module ``__getattr__``), so
``import detente`` stays fast: spaCy, trafilatura and SQLAlchemy load only when needed.
"""

from __future__ import annotations

import logging
import typing

from detente.lazy import lazy_getattr as _lazy_getattr

if typing.TYPE_CHECKING:
    from detente.errors import (
        ConfigError,
        DetenteError,
        EvalError,
        InputError,
        StoreError,
    )
    from detente.evaluation import EvalReport, check_floors, evaluate, update_baseline
    from detente.extract.pipeline import Extractor
    from detente.ingest import IngestOptions, iter_documents
    from detente.model import (
        Analysis,
        Category,
        CountQualifier,
        Deal,
        Document,
        DocumentRef,
        Event,
        EventType,
        Evidence,
        Exchange,
        Filter,
        Modality,
        Stock,
        StoredEvent,
        StoredStock,
    )
    from detente.settings import Settings, get_settings
    from detente.store import Store, open_store
    from detente.workflow import IngestSummary, analyze_documents, analyze_path, ingest_documents

logging.getLogger(__name__).addHandler(logging.NullHandler())

_MODULES: dict[str, tuple[str, ...]] = {
    "detente.errors": ("ConfigError", "DetenteError", "EvalError", "InputError", "StoreError"),
    "detente.evaluation": ("EvalReport", "check_floors", "evaluate", "update_baseline"),
    "detente.extract.pipeline": ("Extractor",),
    "detente.ingest": ("IngestOptions", "iter_documents"),
    "detente.model": (
        "Analysis", "Category", "CountQualifier", "Deal", "Document", "DocumentRef", "Event",
        "EventType", "Evidence", "Exchange", "Filter", "Modality", "Stock", "StoredEvent",
        "StoredStock",
    ),
    "detente.settings": ("Settings", "get_settings"),
    "detente.store": ("Store", "open_store"),
    "detente.workflow": ("IngestSummary", "analyze_documents", "analyze_path", "ingest_documents"),
}  # fmt: skip

__all__ = [
    "Analysis",
    "Category",
    "ConfigError",
    "CountQualifier",
    "Deal",
    "DetenteError",
    "Document",
    "DocumentRef",
    "EvalError",
    "EvalReport",
    "Event",
    "EventType",
    "Evidence",
    "Exchange",
    "Extractor",
    "Filter",
    "IngestOptions",
    "IngestSummary",
    "InputError",
    "Modality",
    "Settings",
    "Stock",
    "Store",
    "StoreError",
    "StoredEvent",
    "StoredStock",
    "analyze_documents",
    "analyze_path",
    "check_floors",
    "evaluate",
    "get_settings",
    "ingest_documents",
    "iter_documents",
    "open_store",
    "update_baseline",
]


__getattr__ = _lazy_getattr(__name__, _MODULES)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
