"""Named freed people given to the release of their own state: moved to the release that frees
their nationality (area "names", session 26).

In a swap both sides' people are told in one story, and a name told in a sentence of its own, a
list or a follow-up ("Among them was X", "X, a US citizen, landed in Washington") often joins the
wrong side: the release by the person's own state ("Washington freed two Iranians" takes "the
American X"). A state does not free its own citizens in a trade for them; the guide's ``persons``
are the people a release frees. So when the descriptions the article gives a named person make
them a national of the releasing state ("the American X", "X, a US citizen"), and exactly one
other release of the article, by another state, frees people of that nationality or sends its
freed home to that country, the name belongs to that other release.

Left as they are: people with no nationality told, or two (dual nationals: "Iranian-American",
"a dual national", "who also holds British citizenship"), and articles where no other release, or
more than one, frees that nationality.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import person_names
from detente.extract.describers import noun_nationality
from detente.extract.mentions import ParsedSentence
from detente.model import Category, EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

# Words of a description of someone who spied for the other side: a state frees its own spy.
SPY_WORDS = frozenset({"spy", "agent", "intelligence", "officer", "operative", "informant"})
# Words that tell a person holds two nationalities: no single home to go by.
DUAL = re.compile(
    r"\bdual\b|\bcitizenships?\b|\bpassports?\b"
    r"|\b[A-Z][a-z]+(?:an|ish|ese|ch|i)-[A-Z][a-z]+(?:an|ish|ese|ch|i)\b"  # "British-Iranian"
)


def home_of(name: str, sents: list[ParsedSentence]) -> str | None:
    """The one nationality the article's descriptions give a named person ("the American X",
    "X, a US citizen", "the Ukrainian marine X", in any sentence that names them), or None when
    none or two are told, a sentence naming them tells of a second citizenship, or a description
    makes them one a state may free of its own (:func:`_own_kind`)."""
    surname = name.split()[-1]
    homes: set[str] = set()
    for ps in sents:
        text = ps.sentence.text
        if surname not in text:
            continue
        if _dual_near(text, surname):
            return None
        for noun in _describing(ps, name):
            if _own_kind(noun):
                return None
            home = noun_nationality(noun, ps)
            if home is not None:
                homes.add(home)
    return homes.pop() if len(homes) == 1 else None


def _describing(ps: ParsedSentence, name: str) -> list[Token]:
    """The nouns that describe a name where it is written: in apposition after it ("X, a US
    citizen") or right before it ("the American aid contractor X", "the American X"), not a noun
    further back ("a Canadian judge let X")."""
    at = ps.doc.text.find(name)
    span = ps.doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return []
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.pos_ != "PROPN"]
    demonyms = {p.span.start for p in ps.places if p.kind == "demonym"}
    if span.start > 0:
        before = ps.doc[span.start - 1]
        if before.pos_ == "NOUN" or before.i in demonyms:
            nouns.append(before)
    return nouns + [t for t in span if t.i in demonyms]  # "the American X" taken whole


def _own_kind(noun: Token) -> bool:
    """Whether a description makes someone a state may free of its own in a trade: a political
    prisoner, activist or journalist of its own ("a Belarusian opposition activist, X"), or one
    who spied for the other side ("a Cuban intelligence officer who had spied for the US")."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.i < noun.i}
    kinds = {lx.PEOPLE_NOUNS.get(w) for w in words}
    return bool(words & SPY_WORDS) or bool(
        kinds & {Category.POLITICAL_PRISONERS, Category.JOURNALISTS}
    )


def _dual_near(text: str, surname: str) -> bool:
    """Whether a sign of two nationalities stands near the name: "X, a dual British-Iranian
    national", "X, who also holds US citizenship"."""
    at = text.find(surname)
    window = text[max(0, at - 60) : at + len(surname) + 90]
    return DUAL.search(window) is not None


def _frees(c: Cluster, home: str) -> bool:
    """Whether a release frees people of ``home`` or sends its freed there."""
    return any(home in (m.nationality, m.destination) for m in c.mentions)


def _same_day(a: Cluster, b: Cluster) -> bool:
    """Whether two releases are told of one time (a swap's two sides), as far as both are dated."""
    if a.date is None or b.date is None:
        return True
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n]


def rehome(clusters: list[Cluster], sents: list[ParsedSentence]) -> None:
    """Move each named person a release by their own state holds to the one other release of
    the article that frees their nationality (in place)."""
    freed = [c for c in clusters if c.type is EventType.RELEASE and c.actor]
    if len({c.actor for c in freed}) < 2:
        return
    for c in freed:
        names = {
            t: p for m in c.mentions for p in m.persons if (t := person_names.tidy(p)) and " " in t
        }
        for tidy, raw in names.items():
            home = home_of(tidy, sents)
            if home is None or home != c.actor:
                continue
            others = [
                o
                for o in freed
                if o is not c and o.actor != home and _frees(o, home) and _same_day(o, c)
            ]
            if len(others) != 1:
                continue
            for m in c.mentions:
                m.persons = [p for p in m.persons if p != raw]
            into = others[0].mentions[0]
            if raw not in into.persons:
                into.persons = [*into.persons, raw]
