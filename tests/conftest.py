"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor


@pytest.fixture(scope="session")
def spacy_extractor() -> Extractor:
    """One real Extractor (spaCy model loaded once) shared by every test of the session."""
    from detente.extract.pipeline import Extractor

    return Extractor()
