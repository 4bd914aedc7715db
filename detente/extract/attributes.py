"""spaCy's attribute ruler as lookups: the same token attributes, about twenty times cheaper.

The English model's ``attribute_ruler`` maps fine-grained tags to parts of speech, morphology and a
few lemmas with 179 Matcher patterns; the Matcher tries each of them at every token, which costs
about as much as the parser. Nearly all of the patterns are single tokens tested on the token's
lower-cased form, tag, dependency label and whether it is a space, so which of them match a token
depends only on those four values: :class:`AttributeRules` works that out once per distinct
combination and then applies the matched rules exactly as the ruler does (sorted by rule, then by
position; later rules win). The few patterns of several tokens are matched token by token from the
same per-combination results. :func:`compile_ruler` gives None for a ruler with any other kind of
pattern (operators, other attributes or predicates); the stock component then runs.

:class:`Lemmas` does the same for the rule lemmatizer, whose answer depends only on a token's form,
part of speech and morphology.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from thinc.types import Ints2d

log = logging.getLogger(__name__)

# The token values a pattern may test, and how to read them.
READERS: dict[str, Callable[[Token], object]] = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
ATTRS = tuple(READERS)
# Distinct token value combinations remembered; the cache is emptied when full, so memory stays
# flat however large the corpus (a few thousand combinations cover most of a news corpus).
CACHE_SIZE = 200_000
# A token's values in the order of ATTRS: (lower, tag, dep, is_space).
Key = tuple[str, str, str, bool]
Test = Callable[[object], bool]
# What a token's values match: rules of one token, and (pattern, position) of longer patterns.
_Found = tuple[tuple[int, ...], frozenset[tuple[int, int]]]
ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]


def _test(spec: object) -> Test | None:
    """A test of one value: a constant, or one of the IN / NOT_IN / REGEX predicates."""
    if isinstance(spec, str | bool):
        return lambda value: value == spec
    if not isinstance(spec, Mapping) or len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        members = frozenset(arg)
        if op == "IN":
            return lambda value: value in members
        return lambda value: value not in members
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda value: isinstance(value, str) and regex.search(value) is not None
    return None


def _token_test(spec: Mapping[str, Any]) -> Callable[[Key], bool] | None:
    """A test of one token's values, or None for a pattern token this module does not handle."""
    tests: list[tuple[int, Test]] = []
    for attr, value in spec.items():
        test = _test(value)
        if attr not in READERS or test is None:
            return None
        tests.append((ATTRS.index(attr), test))
    return lambda key: all(test(key[i]) for i, test in tests)


@dataclass(frozen=True)
class _Pattern:
    rule: int
    """Index of the rule (its attributes in ``AttributeRuler.attrs``)."""
    tokens: tuple[Callable[[Key], bool], ...]
    tag: str | None = None
    """The one tag a one-token pattern requires, if it requires one (to index patterns by)."""


class AttributeRules:
    """Applies an attribute ruler's rules to a doc, looking matches up by token values."""

    def __init__(self, ruler: AttributeRuler, patterns: list[_Pattern]) -> None:
        self.attrs: list[dict[str, Any]] = ruler.attrs
        self.indices: list[int] = ruler.indices
        self.multi = [p for p in patterns if len(p.tokens) > 1]
        self._by_tag: dict[str | None, list[_Pattern]] = {}
        for p in patterns:
            if len(p.tokens) == 1:
                self._by_tag.setdefault(p.tag, []).append(p)
        self._cache: dict[tuple[int, int, int, int], _Found] = {}

    def _lookup(self, ids: tuple[int, int, int, int], key: Key) -> _Found:
        """Rules whose one-token pattern matches these values; (pattern, position) pairs of the
        longer patterns whose token at that position matches them. Remembered by value ids."""
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        single = self._by_tag.get(key[1], []) + self._by_tag.get(None, [])
        rules = tuple(sorted({p.rule for p in single if p.tokens[0](key)}))
        parts = frozenset(
            (n, i) for n, p in enumerate(self.multi) for i, t in enumerate(p.tokens) if t(key)
        )
        found = self._cache[ids] = (rules, parts)
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on the doc's tokens (in place), as the ruler would."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 0) -> Iterable[Doc]:
        """Apply to each doc in turn (``batch_size`` is accepted for the pipe interface)."""
        return (self(doc) for doc in docs)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every match, sorted as the ruler sorts them."""
        strings = doc.vocab.strings
        looked = []
        for lower, tag, dep, space in doc.to_array(ARRAY_ATTRS).tolist():
            found = self._cache.get((lower, tag, dep, space))
            if found is None:
                key = (strings[lower], strings[tag], strings[dep], bool(space))
                found = self._lookup((lower, tag, dep, space), key)
            looked.append(found)
        matches = [(rule, i, i + 1) for i, (rules, _) in enumerate(looked) for rule in rules]
        for start, (_, parts) in enumerate(looked):
            for n, k in parts:
                size = len(self.multi[n].tokens)
                if (
                    k == 0
                    and start + size <= len(looked)
                    and all((n, j) in looked[start + j][1] for j in range(1, size))
                ):
                    matches.append((self.multi[n].rule, start, start + size))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        """Set each matched rule's attributes on its token, later rules last."""
        for rule, start, end in matches:
            index = self.indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[rule])


def compile_ruler(ruler: AttributeRuler) -> AttributeRules | None:
    """The lookup form of an attribute ruler, or None when one of its patterns is of a kind the
    lookups do not handle (the ruler itself must then run)."""
    patterns: list[_Pattern] = []
    entries: list[dict[str, Any]] = list(ruler.patterns)
    for rule, entry in enumerate(entries):
        for pattern in entry["patterns"]:
            tokens = [_token_test(spec) for spec in pattern]
            if not tokens or any(t is None for t in tokens):
                log.info("attribute ruler pattern %r needs the Matcher", pattern)
                return None
            tag = pattern[0].get("TAG") if len(pattern) == 1 else None
            tests = tuple(t for t in tokens if t is not None)
            patterns.append(_Pattern(rule, tests, tag if isinstance(tag, str) else None))
    return AttributeRules(ruler, patterns)


class Lemmas:
    """spaCy's rule lemmatizer with its answers remembered by (form, part of speech, morphology).

    The rule lemmatizer's lemma is a function of those three values (it caches only some of
    them itself, behind a Python call per token); this sets the same lemmas from one lookup per
    token, on the tokens the lemmatizer would set (no lemma yet, or all when it overwrites)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._cache: dict[tuple[int, int, int], int] = {}

    @classmethod
    def of(cls, component: object) -> Lemmas | None:
        """The lookup form of a rule lemmatizer, else None."""
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            return cls(component)
        return None

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemmas of the doc's tokens (in place), as the lemmatizer would."""
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        overwrite = self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            found = self._cache.get((orth, pos, morph))
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if pos:  # no part of speech: the lemmatizer warns each time, so ask it each time
                    if len(self._cache) >= CACHE_SIZE:
                        self._cache.clear()
                    self._cache[(orth, pos, morph)] = found
            rows[i, 3] = found
        doc.from_array([LEMMA], cast(Ints2d, rows[:, 3:]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 0) -> Iterable[Doc]:
        """Apply to each doc in turn (``batch_size`` is accepted for the pipe interface)."""
        return (self(doc) for doc in docs)
