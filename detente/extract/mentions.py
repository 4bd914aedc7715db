"""What one sentence says: mentions of releases and sanctions actions, before they become events.

A :class:`Mention` holds what a single sentence supports; :mod:`detente.extract.events` merges the
mentions of one act into one event. Helpers here are shared by the release and sanctions finders.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.extract import dates
from detente.extract.counts import Count
from detente.extract.gazetteer import Place
from detente.extract.sentences import Sentence
from detente.model import Category, EventType

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Place kinds that can name the acting state ("Minsk freed", "the Kremlin", "Lukashenko pardoned").
ACTOR_KINDS = frozenset({"name", "capital", "leader", "institution", "demonym"})


@dataclass
class ParsedSentence:
    """A gated sentence with its parse and the places the gazetteer found in it."""

    sentence: Sentence
    """Text and offsets."""
    doc: Doc
    """The spaCy parse of the sentence alone."""
    places: list[Place]
    """States and blocs mentioned."""
    times: list[dates.TimeExpr]
    """Time expressions, resolved."""


@dataclass
class Mention:
    """One sentence's report of an act."""

    type: EventType
    """What kind of act."""
    sent: ParsedSentence
    """Where it is said."""
    trigger: Token
    """The word that names the act."""
    actor: str | None = None
    """Acting state, when the sentence names it."""
    target: str | None = None
    """Sanctions target, when the sentence names it."""
    count: Count | None = None
    """Number of people, when stated."""
    vague: bool = False
    """The number is a vague amount ("dozens")."""
    category: Category | None = None
    """Who was released."""
    persons: list[str] = field(default_factory=list)
    """Named people freed."""
    entities: list[str] = field(default_factory=list)
    """Named sanctioned companies or people."""
    sectors: list[str] = field(default_factory=list)
    """Sanctioned sectors."""
    destination: str | None = None
    """Where the freed went."""
    date: str | None = None
    """Resolved time of the act, from this sentence."""
    renewal: bool | None = None
    """Sanctions renewed or extended."""
    co_actors: list[str] = field(default_factory=list)
    """Other states acting in the same swap sentence."""


def places_in(
    ps: ParsedSentence, tokens: Span | list[Token], kinds: frozenset[str] = ACTOR_KINDS
) -> list[Place]:
    """Places of the given kinds whose first token lies among ``tokens``."""
    ids = {t.i for t in tokens}
    return [p for p in ps.places if p.span.start in ids and p.kind in kinds]


def subtree(tok: Token) -> list[Token]:
    """The tokens a head governs, itself included."""
    return list(tok.subtree)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, following conjunctions and auxiliaries up to the governing verb."""
    tok = verb
    for _ in range(3):
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if tok.dep_ in ("conj", "xcomp", "advcl", "relcl") and tok.head is not tok:
            tok = tok.head
        else:
            break
    return None


def agent_of(verb: Token) -> Token | None:
    """The ``by`` agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# Links from a phrase head to the words that name the same party ("Russia and Belarus",
# "Lukashenko's government", "the Belarusian authorities").
DIRECT_DEPS = frozenset({"compound", "conj", "poss", "appos", "amod", "nmod", "cc"})


def _direct(head: Token) -> list[Token]:
    """The head and the words linked to it directly, not through a preposition or clause."""
    found = [head]
    todo = [head]
    while todo:
        kids = [c for c in todo.pop().children if c.dep_ in DIRECT_DEPS]
        found += kids
        todo += kids
    return found


def actors_from(ps: ParsedSentence, head: Token | None) -> list[str]:
    """States named in the phrase headed by ``head`` (several for "Russia and Belarus"); places
    linked to the head directly win over places deeper in the phrase ("Iran" over "in Doha")."""
    if head is None:
        return []
    if head.lower_ in ("it", "they", "its", "their") and head.head.head is not head.head:
        higher = subject_of(head.head.head)
        if higher is not None and higher is not head:
            head = higher
    codes: list[str] = []
    places = places_in(ps, _direct(head)) or places_in(ps, subtree(head))
    for place in places:
        if place.code not in codes:
            codes.append(place.code)
    return codes


NOUN_CLAUSE_DEPS = frozenset({"appos", "relcl", "acl"})
# Verbs whose time is when something was said ("has been freed, rights groups said on Wednesday").
REPORTING_VERBS = frozenset({"say", "tell", "report", "confirm", "announce", "add", "state"})


def _in_other_clause(
    ps: ParsedSentence, t: dates.TimeExpr, trigger: Token, reported: bool = False
) -> bool:
    """Whether a time expression sits in a relative clause or apposition the trigger is not in."""
    tok = next((x for x in ps.doc if x.idx >= t.start), None)
    if tok is None:
        return False
    trigger_line = {trigger, *trigger.ancestors}
    for anc in [tok, *tok.ancestors]:
        if anc in trigger_line:
            # on a verb of saying above the trigger: when it was said, not done
            return reported and anc is not trigger and anc.lemma_.lower() in REPORTING_VERBS
        if anc.dep_ in NOUN_CLAUSE_DEPS and anc not in trigger_line:
            return True
    return False


def nearest_time(ps: ParsedSentence, tok: Token, reported: bool = False) -> str | None:
    """The time expression closest to a token in its clause (not in a relative clause of a noun;
    with ``reported``, not the time of a verb of saying above it)."""
    times = [t for t in ps.times if not _in_other_clause(ps, t, tok, reported)]
    if not times:
        return None
    pos = tok.idx
    best = min(times, key=lambda t: min(abs(t.start - pos), abs(t.end - pos)))
    return best.value


def is_person(tok: Token) -> bool:
    """Whether a token is part of a PERSON entity."""
    return tok.ent_type_ == "PERSON"


def or_unknown(actors: list[str]) -> list[str | None]:
    """The named actors, or a single unknown one (filled from context later)."""
    return list(actors) if actors else [None]
