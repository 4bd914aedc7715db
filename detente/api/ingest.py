"""``POST /documents``: an article from a request body (text, HTML or a URL) into the store.

Reading goes through the ingest readers the CLI uses (URL fetching included, with private,
loopback and link-local addresses always refused, after DNS resolution and at every redirect);
storing goes through :func:`detente.workflow.ingest_documents`, the CLI's ingest function.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from detente.ingest import IngestOptions
from detente.ingest.fetch import fetch_url
from detente.ingest.html import read_html
from detente.ingest.text import read_text
from detente.model import Analysis, ArticleIn, Document, DocumentRef, Filter, IngestResult
from detente.settings import Settings
from detente.store import Store
from detente.workflow import ingest_documents

log = logging.getLogger(__name__)

SOURCE = "api"
"""``Document.source`` of articles sent as text or HTML without a URL."""

# One ingestion at a time per process: the extractor is not shared between threads, and a
# document posted twice at once is stored once.
_ingesting = threading.Lock()


def article_document(article: ArticleIn, settings: Settings) -> Document:
    """The Document for a request's article; InputError (422) when it cannot be read."""
    options = IngestOptions(
        published=article.published,
        allow_private=False,
        max_bytes=settings.max_bytes,
        timeout=settings.fetch_timeout,
    )
    source = article.url or SOURCE
    if article.text is not None:
        return read_text(source, article.text, options, title=article.title, url=article.url)
    if article.html is not None:
        return read_html(source, article.html, options, title=article.title, url=article.url)
    assert article.url is not None  # ArticleIn guarantees text, html or url
    return fetch_url(article.url, options)


def ingest_article(
    store: Store,
    article: ArticleIn,
    extractor: Callable[[Document], Analysis],
    settings: Settings,
) -> IngestResult:
    """Read, extract and store one article; its events as stored (``stored`` False if known)."""
    doc = article_document(article, settings)
    with _ingesting:
        summary = ingest_documents(store, [doc], extractor)
    events = store.view().events(Filter(document=doc.id))
    ref = DocumentRef(id=doc.id, source=doc.source, title=doc.title, published=doc.published)
    return IngestResult(document=ref, stored=summary.stored == 1, events=events)
