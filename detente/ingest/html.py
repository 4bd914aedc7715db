"""HTML articles: main text and metadata (title, date, author) by trafilatura."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import trafilatura
from trafilatura.settings import set_date_params

from detente.errors import E_NO_ARTICLE, InputError
from detente.ingest.dates import parse_date
from detente.ingest.text import make_document, normalise_text
from detente.model import Document

if TYPE_CHECKING:
    from detente.ingest import IngestOptions

log = logging.getLogger(__name__)

# trafilatura falls back to any text on the page, so a page of menus yields "Home\nAbout". An
# article has at least one sentence: four or more words ending in sentence punctuation.
_SENTENCE = re.compile(r"\w+(?:\W+\w+){3,}\W*[.!?…]")
# Only dates the page declares (meta tags, <time>, JSON-LD): htmldate's extensive search guesses
# from any number on the page and pads a bare year to January 1st. The dateline comes next.
_EXTENSIVE_DATE_SEARCH = False


def _clean(value: object) -> str | None:
    """A metadata field as one stripped line, or None when absent or blank."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _with_title(title: str | None, body: str) -> str:
    """Title, blank line, body; a heading in the body that repeats the title is dropped."""
    if not title:
        return body
    head, _, rest = body.partition("\n")
    if head.strip() == title:
        body = rest.lstrip("\n")
    return f"{title}\n\n{body}" if body else title


def read_html(
    source: str,
    html: str,
    options: IngestOptions,
    *,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Document:
    """An HTML page's article: text = title + blank line + main text; given metadata wins."""
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=set_date_params(_EXTENSIVE_DATE_SEARCH),
    )
    body = getattr(result, "text", None) if result is not None else None
    if not isinstance(body, str) or not _SENTENCE.search(body):
        raise InputError(source, E_NO_ARTICLE)
    title = _clean(title) or _clean(getattr(result, "title", None))
    text = _with_title(title, normalise_text(body))
    meta_date = _clean(getattr(result, "date", None))
    date = published or (parse_date(meta_date) if meta_date else None)
    return make_document(
        source,
        text,
        options,
        title=title,
        published=date,
        author=_clean(getattr(result, "author", None)),
        url=url,
    )
