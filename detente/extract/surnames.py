"""A place name that is part of a person's name is no state (actors, area "precision", session 16).

"Cécile Kohler and Jacques Paris", "the former senator Leila de Lima", "De Lima was acquitted": the
gazetteer finds places by their words alone, so a surname that spells a capital or a country
("Paris", "Lima") named the French or the Peruvian state as the releaser of people France or Peru
never held. Where NER tells a PERSON whose name runs on to a place after its first word, the
word before the place marks the same name everywhere in the article (in sentences parsed without
entities, in the headline, in "De Lima" alone): there the place is dropped.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.extract.gazetteer import Place
from detente.extract.mentions import ParsedSentence
from detente.extract.person_names import ORG_HEADS

# Words before a capital that make a firm, a club or a quarter of it, which NER may take for a
# person ("Fly Baghdad", "Dynamo Minsk", "Old Havana").
NOT_GIVEN_NAMES = ORG_HEADS | frozenset(
    {"fly", "air", "airways", "dynamo", "dinamo", "spartak", "lokomotiv", "old", "little", "east",
     "west", "north", "south", "greater", "new", "bank", "hotel", "club", "city", "sadd"}
)  # fmt: skip
# Kinds of place a surname spells ("Paris", "Lima"); a country's name inside a PERSON entity is
# mostly NER taking a firm or a lake for a person ("Banco de Venezuela", "Lake Malawi").
NAME_KINDS = frozenset({"capital"})


def _before(span: Span) -> str:
    """The word before a place, lower-cased ("" at the start of the text)."""
    return span.doc[span.start - 1].lower_ if span.start > 0 else ""


def surname_keys(sents: list[ParsedSentence]) -> set[tuple[str, str]]:
    """(word before, place) of places inside a PERSON entity after its first word ("Jacques
    Paris" -> ("jacques", "Paris")), the word before not itself a place."""
    keys: set[tuple[str, str]] = set()
    for ps in sents:
        persons = [e for e in ps.doc.ents if e.label_ == "PERSON" and len(e) > 1]
        if not persons:
            continue
        starts = {p.span.start for p in ps.places}
        for p in ps.places:
            if p.kind not in NAME_KINDS or len(p.span) > 1 or p.span.start - 1 in starts:
                continue
            if _before(p.span) in NOT_GIVEN_NAMES:
                continue
            if any(e.start < p.span.start and p.span.end <= e.end for e in persons):
                keys.add((_before(p.span), p.span.text))
    return keys


def drop_surname_places(sents: list[ParsedSentence], places: list[list[Place]]) -> None:
    """Remove from every sentence's places (``places``: the article's lists, parsed sentences'
    among them) the places that spell a surname the article's PERSON entities tell (in place)."""
    keys = surname_keys(sents)
    if not keys:
        return
    for found in places:
        found[:] = [p for p in found if (_before(p.span), p.span.text) not in keys]
