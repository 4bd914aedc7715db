"""Facts of one parsed sentence worked out once and kept with its spaCy doc.

A parsed sentence does not change once the pipeline has run on it, yet the rules ask the same
things of it again and again: its words (``for t in ps.doc`` builds new token objects each time),
its lower-cased words and lemmas as sets, the character offsets of its tokens, and facts of one
token that several rules ask for (:func:`per_token`). Kept in the doc's ``user_data`` under one key,
they live and die with the doc; :func:`forget` drops them (and the reference cycles they make
through the tokens) when an article's analysis is done. Nothing here changes what a rule finds.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

# The key of the memos in ``Doc.user_data`` (spaCy's own keys there are 4-tuples).
KEY = "detente.memo"

T = TypeVar("T")


def _memos(doc: Doc) -> dict[Any, Any]:
    memos: dict[Any, Any] | None = doc.user_data.get(KEY)
    if memos is None:
        memos = doc.user_data[KEY] = {}
    return memos


def _memo(doc: Doc, key: Hashable, make: Callable[[], T]) -> T:
    """The doc's memo under ``key``, made by ``make`` the first time it is asked for."""
    memos = _memos(doc)
    if key not in memos:
        memos[key] = make()
    return memos[key]  # type: ignore[no-any-return]


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, made once (equal to those ``iter(doc)`` makes; do not change the list)."""
    return _memo(doc, "tokens", lambda: list(doc))


def lowers(doc: Doc) -> frozenset[str]:
    """Every word of the doc, lower-cased (``{t.lower_ for t in doc}``)."""
    return _memo(doc, "lowers", lambda: frozenset(t.lower_ for t in tokens(doc)))


def lemmas(doc: Doc) -> frozenset[str]:
    """Every lemma of the doc, lower-cased (``{t.lemma_.lower() for t in doc}``)."""
    return _memo(doc, "lemmas", lambda: frozenset(t.lemma_.lower() for t in tokens(doc)))


def token_at(doc: Doc, start: int) -> Token | None:
    """The first token that starts at or after character ``start``
    (``next((t for t in doc if t.idx >= start), None)``)."""
    starts = _memo(doc, "starts", lambda: [t.idx for t in tokens(doc)])
    k = bisect_left(starts, start)
    return tokens(doc)[k] if k < len(starts) else None


def per_token(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn`` worked out once per token: for a function of the token's doc alone (no state
    elsewhere), whose result its callers do not change."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def memoised(tok: Token) -> T:
        return _memo(tok.doc, (name, tok.i), lambda: fn(tok))

    return memoised


def forget(doc: Doc) -> None:
    """Drop the doc's memos."""
    doc.user_data.pop(KEY, None)
