"""The prefilter never skips a search that would match: checked on every sentence of the corpus
and the test articles, for every pattern the extractor screens."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from detente.extract import dates, gate, sentences, trade_cues
from detente.extract.prefilter import Screen, pieces

ROOT = Path(__file__).resolve().parents[2]


def test_pieces_of_a_sequence_are_those_of_its_most_selective_part() -> None:
    assert pieces(re.compile(r"\bin (?:return|exchange) for\b")) == {"return", "exchange"}
    assert pieces(re.compile(r"\b(?:set|let) (?:them )?free\b", re.I)) == {"free"}
    assert pieces(re.compile(r"Part of (?:a|the) deal", re.I)) == {"part"}


def test_pieces_of_an_alternation_are_the_union_and_fold_case() -> None:
    assert pieces(re.compile(r"Swapped|EXCHANGED|trad(?:ed|ing)")) == {
        "swapped",
        "exchanged",
        "trad",
    }


def test_a_piece_that_holds_another_is_dropped() -> None:
    assert pieces(re.compile(r"exchanges?|exchanged")) == {"exchange"}


def test_groups_atomic_groups_and_scoped_flags_are_read_through() -> None:
    assert pieces(re.compile(r"(?>swapped|traded) for")) == {"swapped", "traded"}
    assert pieces(re.compile(r"\b(?i:since)\s+\d{4}")) == {"since"}
    assert pieces(re.compile(r"(?:free){2,}")) == {"free"}


def test_an_optional_or_unliteral_branch_needs_no_piece() -> None:
    assert pieces(re.compile(r"(?:free)?\d+")) is None
    assert pieces(re.compile(r"\d+ prisoners|[A-Z]\w+")) is None
    assert pieces(re.compile(r"(?<=freed )\w+")) is None


def test_a_reading_skips_only_patterns_that_cannot_match() -> None:
    deal, digits = re.compile(r"in return for", re.I), re.compile(r"\d+")
    screen = Screen(deal, digits)
    seen = screen.read("In RETURN for 12 prisoners")
    assert seen.search(deal, "In RETURN for 12 prisoners") is not None
    assert seen.search(digits, "In RETURN for 12 prisoners") is not None
    quiet = screen.read("The market closed higher.")
    assert not quiet.can(deal) and quiet.search(deal, "The market closed higher.") is None
    assert quiet.can(digits)  # no piece: always searched
    assert quiet.sub(deal, " ", "kept as it is") == "kept as it is"


@functools.cache
def _sentences() -> tuple[str, ...]:
    files = sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt"))
    files += sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    out: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [s.text for s in sentences.split(text)]
    return tuple(out)


# The screens the extractor reads with, each with every pattern it registered.
SCREENED = {"gate": gate.SCREEN, "trade_cues": trade_cues.SCREEN, "dates": dates.SCREEN}


@pytest.mark.parametrize("module", sorted(SCREENED))
def test_no_sentence_of_the_corpus_is_skipped_where_a_pattern_matches(module: str) -> None:
    screen = SCREENED[module]
    patterns = screen.patterns
    assert patterns
    texts = _sentences()
    assert len(texts) > 10_000
    missed = [
        (p.pattern[:40], t)
        for t in texts
        for seen in [screen.read(t)]
        for p in patterns
        if not seen.can(p) and (p.search(t) or p.search(t.lower()))
    ]
    assert missed == []
