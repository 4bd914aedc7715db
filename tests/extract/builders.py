"""Mentions built by hand (on a blank spaCy pipeline) for testing the stages after the finders."""

from __future__ import annotations

import spacy

from detente.extract.mentions import Mention, ParsedSentence
from detente.extract.sentences import Sentence
from detente.model import Document, EventType

_NLP = spacy.blank("en")


def inline(text: str, published: str | None = "2025-06-14") -> Document:
    """An own-words paragraph as a document (published Saturday 14 June 2025 unless given)."""
    return Document(id="x", source="inline", published=published, text=text)


def acts(extractor, text: str) -> list[tuple[str, str | None, bool | None]]:
    """(type, actor, renewal) of each event the extractor finds in ``text`` as an article."""
    return [(e.type, e.actor, e.renewal) for e in extractor(inline(text)).events]


def sentence(index: int, text: str = "They were freed in exchange for relief.") -> ParsedSentence:
    """A parsed sentence (tokens only) at position ``index`` of its document."""
    return ParsedSentence(Sentence(index, 0, len(text), text), _NLP(text), [], [])


def mention(
    kind: str,
    actor: str | None,
    sent: ParsedSentence,
    date: str | None = None,
    target: str | None = None,
) -> Mention:
    """A mention of ``kind`` ("release", "sanctions_eased", "sanctions_imposed") in ``sent``."""
    return Mention(
        EventType(kind),
        sent,
        sent.doc[0],
        actor=actor,
        target=target,
        date=date,
    )


def release_rows(extractor, text: str, published: str, *fields: str) -> list[tuple]:
    """The named fields of each release the extractor finds in ``text`` as an article published on
    ``published``, sorted by actor and count (``fields`` start with "actor", "count")."""
    events = extractor(inline(text, published)).events
    rows = [tuple(getattr(e, f) for f in fields) for e in events if e.type == EventType.RELEASE]
    return sorted(rows, key=lambda r: (r[0] or "", r[1] or 0))
