"""Presentation helpers for the pages: evidence in its context, country names, safe links.

Everything returned here is plain text; the templates escape it (autoescape), so untrusted
article text never reaches the page as markup.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import pycountry

from detente.model import Evidence

log = logging.getLogger(__name__)

CONTEXT_CHARS = 280
"""Characters of the article shown on each side of an evidence sentence."""
SAFE_SCHEMES = frozenset({"http", "https"})
"""The only URL schemes a page links to (never ``javascript:`` or ``data:``)."""
BLOCS = {"EU": "European Union", "UN": "United Nations"}


@dataclass(frozen=True)
class Segment:
    """A run of article text, marked when it is an evidence sentence."""

    text: str
    marked: bool = False


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def in_context(text: str, evidence: Evidence, width: int = CONTEXT_CHARS) -> list[Segment]:
    """The evidence sentence (marked) with up to ``width`` characters of the article around it,
    cut at word boundaries; the sentence alone if its offsets do not point at it."""
    start, end = evidence.start, evidence.end
    if text[start:end] != evidence.text:
        found = text.find(evidence.text)
        if found < 0:
            return [Segment(_squeeze(evidence.text), marked=True)]
        start, end = found, found + len(evidence.text)
    before, after = text[max(start - width, 0) : start], text[end : end + width]
    if start > width:
        before = "… " + before.split(" ", 1)[-1].lstrip()
    if end + width < len(text):
        after = after.rsplit(" ", 1)[0] + " …"
    pieces = [Segment(before), Segment(text[start:end], marked=True), Segment(after)]
    return [Segment(_squeeze(p.text), p.marked) for p in pieces if p.text.strip()]


def marked_text(text: str, evidence: Sequence[Evidence]) -> list[Segment]:
    """The whole text cut into segments, evidence sentences marked (overlaps merged)."""
    spans = sorted((e.start, e.end) for e in evidence if 0 <= e.start < e.end <= len(text))
    segments: list[Segment] = []
    at = 0
    for start, end in spans:
        start = max(start, at)
        if start >= end:
            continue
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], marked=True))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return segments


def country(code: str | None) -> str:
    """A readable name for an alpha-3 code (``BLR`` → ``Belarus``); the code when unknown."""
    if not code:
        return "?"
    if code in BLOCS:
        return BLOCS[code]
    found = pycountry.countries.get(alpha_3=code.upper())
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no ``javascript:`` links)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else None
