"""Fixtures for the extraction tests: the own-words articles under tests/fixtures/extract/."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.extract.pipeline import Extractor
from detente.ingest import iter_documents
from detente.model import Analysis, Document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"
ARTICLES = sorted(p.name for p in FIXTURES.glob("*.txt"))


def load(name: str) -> Document:
    """The fixture article ``name`` as an ingested document."""
    (doc,) = iter_documents([str(FIXTURES / name)])
    assert isinstance(doc, Document), doc
    return doc


@pytest.fixture(scope="session")
def documents() -> dict[str, Document]:
    """Every fixture article, by file name."""
    return {name: load(name) for name in ARTICLES}


@pytest.fixture(scope="session")
def analyses(spacy_extractor: Extractor, documents: dict[str, Document]) -> dict[str, Analysis]:
    """The analysis of every fixture article, by file name (one batched pass)."""
    return dict(zip(documents, spacy_extractor.pipe(documents.values()), strict=True))


# --- sentence-level release helpers (releases, persons, groups, destinations) ---
@pytest.fixture(scope="session")
def release_mentions(spacy_extractor: Extractor):
    """A function: the release mentions found in one sentence (published 2025-06-14)."""
    from detente.extract import dates, releases
    from detente.extract.mentions import ParsedSentence
    from detente.extract.sentences import Sentence

    def run(text: str) -> list:
        doc = spacy_extractor.nlp(text)
        ps = ParsedSentence(
            Sentence(0, 0, len(text), text),
            doc,
            spacy_extractor.gazetteer.find_places(doc),
            dates.find(text, "2025-06-14"),
        )
        found = releases.find(ps)
        return [m for t, g in found for m in releases.annotate(ps, t, g, spacy_extractor.gazetteer)]

    return run


# --- sentence-level sanctions helpers (sanctioners, listed) ---
@pytest.fixture(scope="session")
def parsed_sentence(spacy_extractor: Extractor):
    """A function: one sentence parsed as the pipeline parses it (published 2025-06-14)."""
    from detente.extract import dates
    from detente.extract.mentions import ParsedSentence
    from detente.extract.sentences import Sentence

    def run(text: str) -> ParsedSentence:
        doc = spacy_extractor.nlp(text)
        return ParsedSentence(
            Sentence(0, 0, len(text), text),
            doc,
            spacy_extractor.gazetteer.find_places(doc),
            dates.find(text, "2025-06-14"),
        )

    return run
