"""Sentence segmentation: cheap rules over the raw text, before any parsing.

Headline, dateline and paragraphs are split on line breaks; sentences inside a paragraph on final
punctuation followed by a capital, except after known abbreviations ("Dec.", "U.S.", "Mr."). Which
sentences are then parsed is decided by :mod:`detente.extract.gate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    {"u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "jan", "feb",
     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "lt", "col",
     "capt", "gov", "jr", "sr", "vs", "inc", "corp", "co", "ltd", "prof", "sgt", "maj", "adm",
     "messrs", "mt", "ft", "approx", "est", "dept", "d.c", "a.m", "p.m"}
)  # fmt: skip
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Þ][\w .,'()/-]{0,60}?\b(?:19|20)\d\d\b[^\n]{0,12}?(?:--|—|–|-|:)\s+"
    r"|^\s*[A-ZÀ-Þ][A-ZÀ-Þ .'/-]{1,40}(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|:)\s+"
    # a place, a date and the body straight after it ("BERLIN, Dec. 12, 2025 A month after ...")
    r"|^\s*[A-ZÀ-Þ][^\W\d][^\W\d .'/-]*(?:[ '/-]+[^\W\d][^\W\d.'-]*)*,"
    r"(?:\s+(?:[A-Z][a-z]{2,9}\.?,?|\d{1,2}(?:st|nd|rd|th)?,?))+\s+(?:19|20)\d\d\.?\s+(?=[A-Z\"“])"
)
# Datelines sit in the first lines of an article.
DATELINE_LINES = 3


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, with its character offsets into the document text."""

    index: int
    """Position among the document's sentences."""
    start: int
    """Offset of the first character in the document."""
    end: int
    """Offset one past the last character."""
    text: str
    """The sentence text (``document.text[start:end]``)."""


def _split_block(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].rstrip("\"”’')]")
        last_word = re.split(r"\s", before)[-1].rstrip(".!?").lower() if before else ""
        if before.endswith(".") and (
            last_word in ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word)
        ):
            continue
        spans.append((offset + start, offset + m.start()))
        start = m.end()
    spans.append((offset + start, offset + len(text)))
    return spans


def split(text: str) -> list[Sentence]:
    """Sentences of a document, headline and dateline handled, offsets preserved."""
    spans: list[tuple[int, int]] = []
    for line_no, m in enumerate(re.finditer(r"[^\n]+", text)):
        start, line = m.start(), m.group()
        if line_no and line_no < DATELINE_LINES:
            dl = _DATELINE.match(line)
            if dl:
                start, line = start + dl.end(), line[dl.end() :]
        spans.extend(_split_block(line, start))
    sentences: list[Sentence] = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if not stripped:
            continue
        s += len(chunk) - len(chunk.lstrip())
        e = s + len(stripped)
        sentences.append(Sentence(len(sentences), s, e, stripped))
    return sentences
