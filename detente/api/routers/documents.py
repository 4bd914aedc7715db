"""``/documents``: stored articles; ``POST /documents`` ingests one (API key required)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Response

from detente.api.deps import (
    ExtractorDep,
    PageDep,
    SettingsDep,
    StoreDep,
    require_read,
    require_write,
)
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.api.ingest import ingest_article
from detente.api.pagination import page_of_list
from detente.model import ArticleIn, DocumentDetail, DocumentRef, Filter, IngestResult, Page

log = logging.getLogger(__name__)

router = APIRouter(prefix="/documents", tags=["documents"], responses=ERROR_RESPONSES)


@router.get("", summary="List documents", dependencies=[Depends(require_read)])
def list_documents(store: StoreDep, paging: PageDep) -> Page[DocumentRef]:
    """Document headers by publication date (undated last), then id."""
    cursor, limit = paging
    return page_of_list(store.view().documents(), cursor, limit, key=lambda ref: ref.id)


@router.get("/{doc_id}", summary="One document", dependencies=[Depends(require_read)])
def get_document(doc_id: str, store: StoreDep) -> DocumentDetail:
    """The document with its text and its events."""
    view = store.view()
    doc = view.document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document {doc_id!r}")
    return DocumentDetail(document=doc, events=view.events(Filter(document=doc_id)))


@router.post(
    "",
    summary="Ingest an article",
    status_code=201,
    dependencies=[Depends(require_write)],
    responses={200: {"model": IngestResult, "description": "Already stored"}},
)
def post_document(
    article: Annotated[ArticleIn, Body()],
    response: Response,
    store: StoreDep,
    extractor: ExtractorDep,
    settings: SettingsDep,
) -> IngestResult:
    """Extract and store an article (text, HTML, or a public URL to fetch); 201 with its events,
    or 200 when the same text is already stored."""
    result = ingest_article(store, article, extractor, settings)
    if not result.stored:
        response.status_code = 200
    return result
