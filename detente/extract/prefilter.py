"""Necessary pieces of regular expressions: a cheap test that tells when a pattern cannot match.

Every match of a pattern holds at least one of its *pieces*: case-folded runs of literal text
without whitespace, read from the pattern's parse tree by the standard library's own parser
(``re._parser``). A text that holds none of them needs no search. Like the literal prefilters of
regex engines (Rust's ``regex-syntax`` ``hir::literal``), the test may pass texts the pattern then
rejects, but never rejects a text the pattern matches: a construct the reader does not know gives
no pieces, and the pattern is then always searched.

Pieces hold no whitespace, so the test stays valid for a text whose spans a rule replaces by a
space before searching (``TOPICAL_DEAL.sub(" ", text)``): such a piece in the changed text lies
inside an unchanged stretch of the original.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

log = logging.getLogger(__name__)

Pieces = frozenset[str] | None  # None: no piece is needed (the pattern may match anywhere)

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)  # its node holds the body itself, not a tuple


def _run_pieces(run: list[str]) -> Pieces:
    """The longest whitespace-free stretch of a run of literal characters, as a one-piece set."""
    words = "".join(run).casefold().split()
    return frozenset({max(words, key=len)}) if words else None


def _strength(pieces: frozenset[str]) -> tuple[int, int]:
    """How selective a set of pieces is: its shortest piece first, then fewer pieces."""
    return min(len(p) for p in pieces), -len(pieces)


def _sequence(items: Iterable[tuple[Any, Any]]) -> Pieces:
    """Pieces of a sequence: those of its most selective part (each part is needed)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        found = _run_pieces(run)
        run = []
        if found:
            options.append(found)
        if op is not None and (found := _item(op, av)):
            options.append(found)
    return max(options, key=_strength) if options else None


def _item(op: Any, av: Any) -> Pieces:
    """Pieces of one node of the parse tree (None for anything that needs no literal text)."""
    if op is sre.SUBPATTERN:  # (group, add_flags, del_flags, body)
        return _sequence(av[-1])
    if op is _ATOMIC:
        return _sequence(av)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    return None  # \b, classes, lookarounds, back-references: no literal text needed


def _minimal(pieces: frozenset[str]) -> frozenset[str]:
    """Without the pieces that hold another piece (a text holding them holds that one too)."""
    return frozenset(p for p in pieces if not any(q != p and q in p for q in pieces))


def pieces(pattern: re.Pattern[str]) -> Pieces:
    """The pieces one of which every match of ``pattern`` holds (None: no such set is known)."""
    try:
        found = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - defensive
        log.warning("no prefilter for pattern %.60r", pattern.pattern)
        return None
    return _minimal(found) if found else None


# Characters an ASCII letter matches under ``re.IGNORECASE`` that lower-casing does not turn into
# that letter: dotted and dotless i, long s, the Kelvin sign (all such characters, found by trying
# every code point; ``tests/extract/test_prefilter.py`` checks the list).
FOLD_EXCEPTIONS = "\u0130\u0131\u017f\u212a"
_FOLD_EXCEPTION = re.compile(f"[{FOLD_EXCEPTIONS}]")
_AS_LETTERS = str.maketrans(FOLD_EXCEPTIONS, "iisk")  # what each of them matches


def _caseless(c: str) -> bool:
    """Whether a pattern's literal character matches the same under IGNORECASE in a lower-cased
    text as without it: a lower-case ASCII character, or one that has no case."""
    return (c.isascii() and not c.isupper()) or c.lower() == c == c.upper()


def _lower_only(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether a parsed pattern holds no literal, set or range an upper-case letter could match
    but its lower-case form could not (and no back-reference, which compares cases)."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            ok = _caseless(chr(av))
        elif op is sre.IN:
            ok = _lower_only(av)
        elif op is sre.RANGE:
            low, high = av
            ok = high < ord("A") or ord("Z") < low <= high < 128
        elif op in (sre.AT, sre.ANY, sre.CATEGORY, sre.NEGATE):
            ok = True
        elif op is sre.SUBPATTERN:
            ok = _lower_only(av[-1])
        elif op is sre.BRANCH:
            ok = all(_lower_only(branch) for branch in av[1])
        elif op in _REPEATS:
            ok = _lower_only(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            ok = _lower_only(av[1])
        elif op is _ATOMIC:
            ok = _lower_only(av)
        else:  # back-references, conditionals: compare the text's own cases
            ok = False
        if not ok:
            return False
    return True


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive pattern written in lower case (else None):
    it matches a lower-cased text where the pattern matches the text, about four times as fast
    (case-insensitive matching folds every character it compares)."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - defensive
        return None
    if not _lower_only(tree):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _folds(text: str) -> str | None:
    """``text`` lower-cased when that keeps every offset and every case-insensitive match."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _FOLD_EXCEPTION.search(text)):
        return None
    return low


class Screen:
    """Several patterns screened at once: one Aho-Corasick pass over a text (pyahocorasick) finds
    the pieces it holds, and a pattern none of whose pieces is there is never searched."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        """Read the pieces of each pattern (a pattern with none is always searched)."""
        # Keyed by ``id``: hashing a compiled pattern hashes its whole program on every lookup
        # (CPython's ``pattern_hash``), as costly as a short search; the patterns stay alive in
        # ``_kept``, so their ids stay theirs.
        self._kept = patterns
        self._need: dict[int, frozenset[str]] = {}
        self._twins = {id(p): twin for p in patterns if (twin := lowered(p)) is not None}
        for pattern in patterns:
            found = pieces(pattern)
            if found is not None:
                self._need[id(pattern)] = found
        self._automaton = ahocorasick.Automaton()
        for piece in set().union(*self._need.values()):
            self._automaton.add_word(piece, piece)
        if self._need:
            self._automaton.make_automaton()

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The screened patterns that have pieces (the others are always searched)."""
        return tuple(p for p in self._kept if id(p) in self._need)

    def read(self, text: str) -> Reading:
        """What ``text`` holds of the screened patterns' pieces."""
        if not self._need:
            return Reading(self._need, frozenset(), self._twins)
        if not text.isascii():  # "PRİSONERS" holds "prisoners" to IGNORECASE
            text = text.translate(_AS_LETTERS)
        present = frozenset(p for _, p in self._automaton.iter(text.casefold()))
        return Reading(self._need, present, self._twins)


class Reading:
    """The pieces one text holds: searches of a screened pattern that cannot match are skipped."""

    __slots__ = ("_need", "_present", "_twins")

    def __init__(
        self,
        need: dict[int, frozenset[str]],
        present: frozenset[str],
        twins: dict[int, re.Pattern[str]],
    ):
        self._need, self._present, self._twins = need, present, twins

    def can(self, pattern: re.Pattern[str]) -> bool:
        """False only when ``pattern`` cannot match the text read, or one made from it by
        replacing spans with a space."""
        need = self._need.get(id(pattern))
        return need is None or not need.isdisjoint(self._present)

    def _twin(self, pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str] | None:
        """The pattern's lower-case twin and the lower-cased text, when both exist."""
        twin = self._twins.get(id(pattern))
        if twin is None or (low := _folds(text)) is None:
            return None
        return twin, low

    def search(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """``pattern.search(text)`` unless the reading tells it cannot match; a case-insensitive
        pattern is first tried by its lower-case twin, and run itself only where that matched."""
        if not self.can(pattern):
            return None
        if (folded := self._twin(pattern, text)) is None:
            return pattern.search(text)
        twin, low = folded
        found = twin.search(low)
        return found and (pattern.match(text, found.start()) or pattern.search(text))

    def finditer(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """``list(pattern.finditer(text))`` unless the reading tells it cannot match; by the
        lower-case twin where there is one (the pattern's own match at each of the twin's)."""
        if not self.can(pattern):
            return []
        if (folded := self._twin(pattern, text)) is None:
            return list(pattern.finditer(text))
        twin, low = folded
        found = [pattern.match(text, m.start()) for m in twin.finditer(low)]
        matches = [m for m in found if m is not None]
        return matches if len(matches) == len(found) else list(pattern.finditer(text))

    def sub(self, pattern: re.Pattern[str], repl: str, text: str) -> str:
        """``pattern.sub(repl, text)`` unless the reading tells it cannot match."""
        if not self.can(pattern):
            return text
        if "\\" in repl or (folded := self._twin(pattern, text)) is None:
            return pattern.sub(repl, text)
        twin, low = folded
        out, end = [], 0  # the twin's matches lie where the pattern's do
        for found in twin.finditer(low):
            out += [text[end : found.start()], repl]
            end = found.end()
        return "".join([*out, text[end:]]) if out else text
