"""Gazetteers: surface forms of states, blocs and sanctioned entities, from data files and pycountry.

The stock spaCy model tags some countries as ORG or NORP ("Belarus", "Minsk"); detente does not rely on
its labels for places: every mention of a state is found here, by phrase matching on whole tokens.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

log = logging.getLogger(__name__)

PLACE_KINDS = ("name", "demonym", "capital", "leader", "institution")
# Places coded as the state they belong to where a holder or a sanctions target is meant
# (docs/annotation.md: Hong Kong is CHN).
TERRITORY_STATES = {"HKG": "CHN", "MAC": "CHN"}


def sovereign(code: str) -> str:
    """The state a place's code stands for as a holder or target: a territory's state, else itself."""
    return TERRITORY_STATES.get(code, code)


@dataclass(frozen=True)
class Place:
    """A mention of a state or bloc in a sentence."""

    span: Span
    """The tokens."""
    code: str
    """ISO 3166-1 alpha-3, or ``EU``/``UN``."""
    kind: str
    """name, demonym, capital, leader or institution."""


@dataclass(frozen=True)
class KnownEntity:
    """A company or body that sanctions news names, with its country and sector."""

    name: str
    """Name as usually written."""
    country: str
    """Alpha-3 of its home state."""
    sector: str
    """Sector from :data:`detente.model.SECTORS`, or ``other``."""


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("detente.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def place_table() -> dict[str, tuple[str, str]]:
    """Alias → (code, kind): the data file first, pycountry's names where the file is silent."""
    table: dict[str, tuple[str, str]] = {}
    for alias, code, kind in _rows("places.tsv"):
        table[alias] = (code, kind)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and name not in table:
                table[name] = (country.alpha_3, "name")
    return table


@lru_cache(maxsize=1)
def entity_table() -> dict[str, KnownEntity]:
    """Known sanctioned entities by name."""
    return {
        name: KnownEntity(name, country, sector) for name, country, sector in _rows("entities.tsv")
    }


@lru_cache(maxsize=1)
def monitor_table() -> dict[str, str]:
    """Lower-case names of one-country prisoner monitors → the country whose prisoners they count."""
    return {name.lower(): code for name, code in _rows("monitors.tsv")}


class Gazetteer:
    """Finds places and known entities in parsed sentences."""

    def __init__(self, vocab: Vocab) -> None:
        self.places = place_table()
        self.entities = entity_table()
        self._place_matcher = PhraseMatcher(vocab, attr="ORTH")
        self._entity_matcher = PhraseMatcher(vocab, attr="LOWER")
        tokenizer = English(vocab=vocab).tokenizer  # aliases tokenised exactly as article text
        for alias in self.places:
            self._place_matcher.add(alias, [tokenizer(alias)])
        for name in self.entities:
            self._entity_matcher.add(name, [tokenizer(name)])

    def find_places(self, doc: Doc | Span) -> list[Place]:
        """Longest, non-overlapping place mentions, in text order."""
        found: list[Place] = []
        matches = self._place_matcher(doc, as_spans=True)
        for span in _longest(matches):
            code, kind = self.places[span.label_]
            found.append(Place(span, code, kind))
        return found

    def find_entities(self, doc: Doc | Span) -> list[tuple[Span, KnownEntity]]:
        """Known sanctioned entities mentioned, in text order."""
        spans = _longest(self._entity_matcher(doc, as_spans=True))
        return [(s, self.entities[s.label_]) for s in spans]


def _longest(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)
