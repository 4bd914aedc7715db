"""``/search?q=``: documents whose headline or text contains every word of the query."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from detente.api.deps import StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES
from detente.api.pagination import MAX_LIMIT
from detente.model import SearchHit
from detente.store.search import search_documents

log = logging.getLogger(__name__)

MAX_QUERY = 200

router = APIRouter(tags=["search"], dependencies=[Depends(require_read)], responses=ERROR_RESPONSES)


@router.get("/search", summary="Search documents")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, description="Words to find.")],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
) -> list[SearchHit]:
    """Matching documents, newest first, each with a plain-text snippet around the match."""
    return search_documents(store, q, limit)
