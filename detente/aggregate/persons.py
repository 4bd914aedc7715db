"""People: names resolved across spellings and transliterations (alias table + rapidfuzz).

Two spellings name the same person when the alias table maps them to one canonical name, or when
their *folded* forms are close: accents stripped, case and punctuation dropped, and the usual
variations of Belarusian/Russian/Ukrainian romanisation folded (``y``/``j`` → ``i``, ``kh`` → ``h``,
``ts`` → ``t``, ``w`` → ``v``, ``ou`` → ``ov``, ``o`` → ``a`` for akanye, doubled letters once).
The surnames (last words) must then have a Jaro-Winkler similarity of at least
:data:`SURNAME_SIMILARITY`, and the given names must agree (equal initials with a similarity of at
least :data:`GIVEN_SIMILARITY`, or just equal initials when the folded surnames are equal, or
one of the two spellings has no given name).

The alias table is ``detente/data/aliases.tsv`` (``canonical<TAB>alias`` per line) plus the files
named in the ``DETENTE_ALIASES`` setting.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from detente.errors import E_UNREADABLE, ConfigError
from detente.settings import get_settings

log = logging.getLogger(__name__)

SURNAME_SIMILARITY = 0.9
"""Jaro-Winkler on folded surnames: 0.9 joins Kolesnikova/Kalesnikava, keeps Losik/Lednik apart."""
GIVEN_SIMILARITY = 0.8
"""Jaro-Winkler on folded given names (Maria/Mariya/Maryia)."""
ALIAS_FILE = "aliases.tsv"

# Romanisation variants, applied in order to the ASCII, lower-case name.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("kh", "h"), ("zh", "z"), ("ts", "t"), ("tz", "t"), ("cz", "ch"), ("sz", "sh"),
    ("w", "v"), ("ou", "ov"), ("ya", "ia"), ("yu", "iu"), ("y", "i"), ("j", "i"), ("x", "ks"),
    ("o", "a"), ("ie", "e"),
)  # fmt: skip
_NON_WORD = re.compile(r"[^a-z ]+")
_REPEAT = re.compile(r"(.)\1+")


def ascii_key(name: str) -> str:
    """Lower-case ASCII words of a name: accents, punctuation and extra spaces removed."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ł", "l").replace("Ł", "L").casefold().replace("-", " ")
    return " ".join(_NON_WORD.sub("", plain).split())


def fold(word: str) -> str:
    """One ASCII word with romanisation variants folded (``kalesnikava`` = ``kolesnikova``)."""
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return _REPEAT.sub(r"\1", word)


def slug(name: str) -> str:
    """A URL-safe id for a name: ``Aleś Bialiacki`` → ``ales-bialiacki``."""
    return ascii_key(name).replace(" ", "-") or "unknown"


def load_aliases(paths: Sequence[Path] = ()) -> dict[str, str]:
    """Alias key → canonical name, from the bundled table and then ``paths`` (later ones win)."""
    tables = [resources.files("detente.data").joinpath(ALIAS_FILE).read_text(encoding="utf-8")]
    for path in paths:
        try:
            tables.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {E_UNREADABLE.format(problem=exc)}") from None
    aliases: dict[str, str] = {}
    for table in tables:
        for line in table.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            canonical, _, alias = line.partition("\t")
            canonical = " ".join(canonical.split())
            for spelling in (canonical, alias):
                if ascii_key(spelling):
                    aliases[ascii_key(spelling)] = canonical
    return aliases


class NameResolver:
    """Decides whether two spellings name one person, and which spelling is canonical."""

    def __init__(self, aliases: dict[str, str] | None = None) -> None:
        self.aliases = aliases if aliases is not None else load_aliases()

    def canonical(self, name: str) -> str | None:
        """The alias table's canonical name for a spelling, or None."""
        return self.aliases.get(ascii_key(name))

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - resolvers live as long as the process
    def parts(self, name: str) -> tuple[str, str]:
        """(folded given names, folded surname) of a spelling, after alias resolution."""
        words = ascii_key(self.canonical(name) or name).split()
        if not words:
            return "", ""
        return " ".join(fold(w) for w in words[:-1]), fold(words[-1])

    def same(self, a: str, b: str) -> bool:
        """Whether two spellings name the same person."""
        (given_a, sur_a), (given_b, sur_b) = self.parts(a), self.parts(b)
        if not sur_a or not sur_b:
            return False
        surname = JaroWinkler.normalized_similarity(sur_a, sur_b)
        if surname < SURNAME_SIMILARITY:
            return False
        return _given_agree(given_a, given_b, sur_a == sur_b)

    def overlap(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """Whether two lists of spellings share a person."""
        others = list(b)
        return any(self.same(x, y) for x in a for y in others)

    def groups(self, names: Iterable[str]) -> dict[str, str]:
        """Each spelling → a representative spelling of its person (the smallest of its group).

        Groups are the connected components of :meth:`same` (order-independent); candidate pairs
        come from one vectorised rapidfuzz comparison of the folded surnames.
        """
        unique = sorted(set(names))
        surnames = [self.parts(n)[1] for n in unique]
        parent = list(range(len(unique)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        if unique:
            scores = process.cdist(
                surnames, surnames, scorer=JaroWinkler.normalized_similarity,
                score_cutoff=SURNAME_SIMILARITY,
            )  # fmt: skip
            for i, j in zip(*np.nonzero(scores), strict=True):
                if i < j and self.same(unique[i], unique[j]):
                    parent[find(int(j))] = find(int(i))
        return {name: unique[find(i)] for i, name in enumerate(unique)}

    def display_name(self, spellings: Sequence[str]) -> str:
        """Canonical name of a group: from the alias table, else its most used spelling."""
        for spelling in sorted(spellings):
            if canonical := self.canonical(spelling):
                return canonical
        counts = Counter(spellings)
        return min(counts, key=lambda s: (-counts[s], s))


def _given_agree(a: str, b: str, same_surname: bool) -> bool:
    if not a or not b:
        return True
    first_a, first_b = a.split()[0], b.split()[0]
    if first_a[0] != first_b[0]:
        return False
    if same_surname or len(first_a) == 1 or len(first_b) == 1:
        return True
    return JaroWinkler.normalized_similarity(first_a, first_b) >= GIVEN_SIMILARITY


def alias_paths(value: str) -> list[Path]:
    """The alias files named in a ``DETENTE_ALIASES`` value (OS path separator between them)."""
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


@functools.cache
def _resolver_for(value: str) -> NameResolver:
    return NameResolver(load_aliases(alias_paths(value)))


def default_resolver() -> NameResolver:
    """The resolver for the current settings (bundled aliases plus ``DETENTE_ALIASES``)."""
    return _resolver_for(get_settings().aliases)
