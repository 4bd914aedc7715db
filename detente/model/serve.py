"""Shapes of the REST API: problems, pages, ingest requests and results (detente.api)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import Field, model_validator

from detente.model.core import Document, DocumentRef, StoredEvent, _Model


class ProblemDetail(_Model):
    """One invalid part of a request."""

    location: str
    """Where: ``query.limit``, ``body.text``…"""
    message: str
    """What is wrong with it."""


class Problem(_Model):
    """An API error: a stable code, the HTTP status and a one-line message."""

    status: int
    """HTTP status code (400, 401, 404, 413, 422, 500, 503…)."""
    code: str
    """Stable machine-readable code: ``bad_request``, ``unauthorized``, ``not_found``…"""
    message: str
    """One line for people."""
    details: list[ProblemDetail] = Field(default_factory=list)
    """For 422: each invalid part of the request."""


class ErrorResponse(_Model):
    """The body of every API error response."""

    error: Problem
    """The error."""


T = TypeVar("T")


class Page(_Model, Generic[T]):
    """One page of a listing; pass ``next`` as ``cursor`` to get the following page."""

    items: list[T]
    """The records of this page."""
    next: str | None = None
    """Opaque cursor of the next page; null on the last page."""


class ArticleIn(_Model):
    """An article to ingest: ``text`` or ``html``, or only a ``url`` to fetch it from."""

    text: str | None = None
    """Plain text (headline first line, optional dateline)."""
    html: str | None = None
    """An HTML page; its main text is extracted."""
    url: str | None = None
    """Where the article is: fetched when neither text nor html is given (public hosts only)."""
    title: str | None = None
    """Headline, when not in the text."""
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    """Publication date, ``YYYY-MM-DD``."""

    @model_validator(mode="after")
    def _one_source(self) -> ArticleIn:
        if self.text is not None and self.html is not None:
            raise ValueError("give text or html, not both")
        if not (self.text or self.html or self.url):
            raise ValueError("give a non-empty text, html or url")
        return self


class IngestResult(_Model):
    """What ``POST /documents`` did with an article, and its events."""

    document: DocumentRef
    """The document (its content id identifies it)."""
    stored: bool
    """False when the same text was already stored (nothing changed)."""
    events: list[StoredEvent]
    """The document's events, as stored."""


class DocumentDetail(_Model):
    """A stored document with its text and its events."""

    document: Document
    """The document (its text is untrusted: escape when showing it)."""
    events: list[StoredEvent]
    """Its events, ordered as in `/events` (by date)."""


class Health(_Model):
    """Answer of ``/healthz`` and ``/readyz``."""

    status: str
    """``ok`` (the process is up) or ``ready`` (the store answers)."""


class SearchHit(_Model):
    """A document or a named person matching a search."""

    kind: str
    """``document`` or ``person``."""
    id: str
    """Document content id, or person id."""
    title: str
    """Headline (documents) or name (persons)."""
    snippet: str | None = None
    """Plain text around the first match (untrusted: escape when showing it)."""
    published: str | None = None
    """Publication date of a document."""
