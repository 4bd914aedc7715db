"""Plain-text articles, and the normalisation and Document building every reader shares."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from detente.errors import E_EMPTY, InputError
from detente.ingest.dates import find_dateline
from detente.model import Document

if TYPE_CHECKING:
    from detente.ingest import IngestOptions

log = logging.getLogger(__name__)

_NEWLINES = re.compile(r"\r\n?")


def normalise_text(text: str) -> str:
    """LF line ends, no BOM, no trailing whitespace on lines, no blank lines at either end."""
    text = _NEWLINES.sub("\n", text.removeprefix("\ufeff"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped (the headline of a plain-text article)."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def make_document(
    source: str,
    text: str,
    options: IngestOptions,
    *,
    title: str | None = None,
    published: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> Document:
    """A Document from normalised text; the date is the override, else metadata, else dateline."""
    if not text.strip():
        raise InputError(source, E_EMPTY)
    date = options.published or published or find_dateline(text)
    return Document(
        id=Document.content_id(text),
        source=source,
        title=title if title is not None else first_line(text),
        published=date,
        author=author,
        url=url,
        text=text,
    )


def read_text(
    source: str,
    raw: str,
    options: IngestOptions,
    *,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Document:
    """A plain-text article: the text as written (normalised), headline = first non-empty line."""
    text = normalise_text(raw)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return make_document(source, text, options, title=title, published=published, url=url)
