"""The prefilter never skips a search that would match: checked on every sentence of the corpus
and the test articles, for every pattern the extractor screens."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from detente.extract import dates, gate, sanctions, sentences, stocks, trade_cues
from detente.extract.prefilter import FOLD_EXCEPTIONS, Screen, lowered, pieces

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


def test_a_case_insensitive_pattern_in_lower_case_gets_a_twin_without_folding() -> None:
    twin = lowered(re.compile(r"\b(?:in return|swap\w*) for [^\s.]+\S*", re.IGNORECASE))
    assert twin is not None and not twin.flags & re.IGNORECASE
    assert twin.search("IN RETURN FOR") is None and twin.search("in return for x") is not None
    assert lowered(re.compile(r"in return for")) is None  # already case-sensitive
    assert lowered(re.compile(r"^(?:The|All) \w+", re.IGNORECASE)) is None  # upper-case literal
    assert lowered(re.compile(r"[A-Z]\w+ freed", re.IGNORECASE)) is None  # upper-case range
    assert lowered(re.compile(r"(\w+) and \1", re.IGNORECASE)) is None  # back-reference


def test_fold_exceptions_are_every_character_an_ascii_letter_folds_to() -> None:
    """The characters outside ASCII that ``[a-z]`` matches under IGNORECASE, over all of Unicode:
    those lower-casing does not make ASCII letters ("ı", "ſ", "İ"; "K" for Kelvin does, and is
    kept for safety)."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert found == set(FOLD_EXCEPTIONS)


def test_a_reading_replaces_as_the_pattern_does() -> None:
    weak = re.compile(r"\b(?:still|prisoners?)\b", re.IGNORECASE)
    seen = Screen(weak).read("Prisoners still held; PRISONERS remain.")
    text = "Prisoners still held; PRISONERS remain."
    assert seen.sub(weak, " ", text) == weak.sub(" ", text) == "    held;   remain."
    assert seen.sub(weak, r"<\g<0>>", text) == weak.sub(r"<\g<0>>", text)


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
SCREENED = {
    "gate": gate.SCREEN,
    "trade_cues": trade_cues.SCREEN,
    "dates": dates.SCREEN,
    "sanctions": sanctions.SCREEN,
    "stocks": stocks.SCREEN,
}


@pytest.mark.parametrize("module", sorted(SCREENED))
def test_a_reading_finds_the_match_the_pattern_finds(module: str) -> None:
    """Searching by lower-case twins gives every screened pattern's own matches (same spans and
    groups) on an eighth of the sentences of the dev corpus and the test articles, some of them
    upper-cased too, and on sentences with characters that fold apart; and the same
    replacements."""
    screen = SCREENED[module]
    texts = [*_sentences()[::8], "The EU imposed ſanctions on Minsk.", "İstanbul: PRİSONERS freed"]
    texts += [t.upper() for t in texts[::7]]
    differ = [
        (p.pattern[:40], t)
        for t in texts
        for seen in [screen.read(t)]
        for p in screen.patterns
        if _span(seen.search(p, t)) != _span(p.search(t))
        or [_span(m) for m in seen.finditer(p, t)] != [_span(m) for m in p.finditer(t)]
        or seen.sub(p, " ", t) != p.sub(" ", t)
    ]
    assert differ == []


def _span(found: re.Match[str] | None) -> tuple[object, ...] | None:
    return (found.span(), found.groups()) if found else None


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
