"""Tests for detente.web.present: evidence in context, marked text, country names, safe links."""

from __future__ import annotations

import pytest

from detente.model import Evidence
from detente.web.present import Segment, country, in_context, marked_text, safe_url

TEXT = (
    "Opening words of the report. " * 20
    + "Belarus freed 52 prisoners on Thursday. "
    + "Closing words of the report. " * 20
)


def _evidence(sentence: str, text: str = TEXT) -> Evidence:
    start = text.index(sentence)
    return Evidence(text=sentence, start=start, end=start + len(sentence))


def test_in_context_marks_the_sentence_between_cut_context() -> None:
    before, marked, after = in_context(TEXT, _evidence("Belarus freed 52 prisoners on Thursday."))
    assert marked == Segment("Belarus freed 52 prisoners on Thursday.", marked=True)
    assert before.text.startswith("… ") and not before.marked and len(before.text) <= 284
    assert after.text.endswith(" …") and "Closing words" in after.text
    assert before.text[2:].split()[0] in {"Opening", "words", "of", "the", "report."}


def test_in_context_at_the_start_has_no_ellipsis() -> None:
    segments = in_context("Freed: 3. Rest.", _evidence("Freed: 3.", "Freed: 3. Rest."))
    assert segments == [Segment("Freed: 3.", marked=True), Segment("Rest.")]


def test_in_context_finds_a_sentence_whose_offsets_are_stale() -> None:
    stale = Evidence(text="Belarus freed 52 prisoners on Thursday.", start=0, end=10)
    assert [s.text for s in in_context(TEXT, stale) if s.marked] == [stale.text]
    missing = Evidence(text="Not  in\nthe text.", start=0, end=5)
    assert in_context(TEXT, missing) == [Segment("Not in the text.", marked=True)]


def test_marked_text_covers_the_text_once_with_overlaps_merged() -> None:
    text = "One. Two. Three. Four."
    evidence = [_evidence("Two. Three.", text), _evidence("Three.", text), _evidence("One.", text)]
    segments = marked_text(text, evidence)
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if s.marked] == ["One.", "Two. Three."]


@pytest.mark.parametrize(
    ("code", "name"),
    [("BLR", "Belarus"), ("usa", "United States"), ("EU", "European Union"), ("XYZ", "XYZ")],
)
def test_country_names(code: str, name: str) -> None:
    assert country(code) == name


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("\x01javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/x", False),
        ("/relative", False),
        ("https:///no-host", False),
        (None, False),
    ],
)
def test_safe_url_keeps_only_http_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) == kept
