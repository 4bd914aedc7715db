"""What one sentence says: mentions of releases and sanctions actions, before they become events.

A :class:`Mention` holds what a single sentence supports; :mod:`detente.extract.events` merges the
mentions of one act into one event. Helpers here are shared by the release and sanctions finders.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.extract import dates
from detente.extract.counts import Count
from detente.extract.doc_memo import per_token
from detente.extract.gazetteer import Place
from detente.extract.sentences import Sentence
from detente.model import Category, EventType

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Actorless subjects of a release (``Mention.party``): the two parties of a swap ("each side"), or
# a group of states ("the West") that is no single state's act.
PARTY_SIDES = "sides"
PARTY_GROUP = "group"
# An actorless total over what was told before ("26 in all"): it completes the act before it.
PARTY_TOTAL = "total"
# An actorless release traded for another ("let go in return for the release of X"): the act of
# the other party than the one whose release it was traded for (``co_actors``).
PARTY_OTHER = "other"
# An actorless release traded for the named release of a state when the sentence names neither
# who held the people nor their country ("Russia freed X in exchange for Y, the arms dealer"):
# the act of the state the article pairs most with that state in its other trades, if one.
PARTY_PAIRED = "paired"
# An actorless release by which a state got its own people back ("Ukraine brought home 144"): the
# act of the swap's other party than that state (``co_actors``), see ``home_sides``.
PARTY_HOME = "home"
# A bare "the release" that names no one, no number and no state: it tells again an act told
# elsewhere in the article, and is no act of its own when none is.
PARTY_RETOLD = "retold"
# A sanctions mention split off for a listed body by where it sits ("a Dubai-based trader"): it has
# its own target, but does not set the article's usual one (see ``sanctions_context.usual_target``).
PARTY_SEATED = "seated"
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
    names: frozenset[str] = frozenset()
    """Words of the people's names the article's other sentences tell (``groups.article_names``):
    a name NER misses in this sentence is still a person's."""
    no_state_captor: bool = False
    """A release here was set aside as freed by no state (an armed group, kidnappers)."""


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
    kin: bool = False
    """The category comes from a kinship noun only ("his son"): any other description of the
    same people in the article decides first (session 22)."""
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
    party: str | None = None
    """Why an actorless mention is special: "sides" ("each side freed 1,000"), "group" ("the West
    freed eight", "the previous swap") or "total" ("26 in all")."""
    nationality: str | None = None
    """Country of the freed where it settles their category (foreigners when not the actor's)."""
    # --- releases: a weak date ---
    day_named: str | None = None
    """A recent day the sentence names outside the act's own clause ("..., officials said on
    Wednesday"): the act's date only when nothing else in the article dates it."""
    # --- releases: the freed told as one person named elsewhere ---
    anaphor: str | None = None
    """The word the freed are told by when it is "him", "she" or "the activist": one person named
    before (``anaphora``)."""
    # --- releases: one of the groups a verb counts apart ---
    apart_group: bool = False
    """One of the groups one verb counts apart ("185 soldiers and 20 civilians",
    :mod:`counted_apart`): never one act with another of them."""


def places_in(
    ps: ParsedSentence, tokens: Span | list[Token], kinds: frozenset[str] = ACTOR_KINDS
) -> list[Place]:
    """Places of the given kinds whose first token lies among ``tokens``."""
    ids = {t.i for t in tokens}
    return [p for p in ps.places if p.span.start in ids and p.kind in kinds]


def in_place(ps: ParsedSentence, tok: Token) -> bool:
    """Whether a token lies inside a place the gazetteer found ("Minsk", "North Korea")."""
    return any(p.span.start <= tok.i < p.span.end for p in ps.places)


def is_demonym(tok: Token, ps: ParsedSentence) -> bool:
    """Whether a token opens a nationality word the gazetteer found ("American", "Iranian")."""
    return any(p.span.start == tok.i and p.kind == "demonym" for p in ps.places)


def demonym_noun(tok: Token, ps: ParsedSentence) -> bool:
    """Whether a people noun is a nationality word: one the gazetteer found opening there
    ("Americans") or one of two or three words ending there ("Sri Lankans", "North Koreans",
    "Papua New Guineans": two-word demonyms are demonyms like one-word ones, session 26)."""
    return is_demonym(tok, ps) or any(
        p.kind == "demonym" and p.span.end - 1 == tok.i and p.span.start < tok.i for p in ps.places
    )


def subtree(tok: Token) -> list[Token]:
    """The tokens a head governs, itself included."""
    return list(tok.subtree)


def own_subject(verb: Token) -> Token | None:
    """The subject, active or passive, among a verb's own children (no following up)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


@per_token  # asked again of the same verb by many rules
def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, following conjunctions and auxiliaries up to the governing verb."""
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return _clause_subject(tok, subjects)
        for aux in (c for c in tok.children if c.dep_ == "aux"):  # "X let go Y": "let" as aux
            found = next((c for c in aux.children if c.dep_ in SUBJECT_DEPS), None)
            if found is not None:
                return found
        if tok.dep_ in ("conj", "xcomp", "advcl", "relcl") and tok.head is not tok:
            if tok.dep_ == "conj" and _held_participle(tok.head) and _acts_on_someone(tok):
                return None  # "soldiers detained in Mali landed ..., after X pardoned them"
            tok = tok.head
        else:
            break
    return None


def _clause_subject(verb: Token, subjects: list[Token]) -> Token:
    """The subject of ``verb`` among those the parser gave it (two only in a misparse): the one
    nearest before the verb ("Forty-six soldiers held in Mali landed ..., a day after Mali's
    leader signed a decree": "leader"), unless that one is a preposition's object the parser
    took for a subject ("nine dissidents jailed after the protests walked out": "dissidents")."""
    before = [c for c in subjects if c.i < verb.i]
    for subject in reversed(before):
        edge = subject.left_edge.i
        if subject is before[0] or not (edge > 0 and subject.doc[edge - 1].dep_ == "prep"):
            return subject
    return subjects[0]


# Verbs of holding someone, whose bare participle the parser may read as a main verb.
HOLDING_VERBS = frozenset({"detain", "hold", "jail", "imprison", "arrest", "capture", "seize"})


def _acts_on_someone(verb: Token) -> bool:
    """A verb done to people named by a pronoun ("pardoned them"): its subject is who acted, not
    who left ("shepherds detained in Azerbaijan left prison": the held are the subject)."""
    return any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children)


def _held_participle(verb: Token) -> bool:
    """A verb of holding with no object nor auxiliary ("Forty-six soldiers detained in Mali for
    six months landed ...", read with "detained" as the main verb): its subject is the held, who
    free no one; a verb coordinated with it does not take that subject."""
    return (
        verb.lemma_.lower() in HOLDING_VERBS
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
    )


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
    if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":
        head = head.head.head  # "Belarus, which had pardoned him": the noun the clause is on
    if head.lower_ in ("it", "they", "its", "their") and head.head.head != head.head:
        higher = subject_of(head.head.head)
        if higher is not None and higher != head:
            head = higher
    codes: list[str] = []
    deep = [p for p in places_in(ps, subtree(head)) if _owner_phrase(p.span.root, head)]
    places = places_in(ps, _direct(head)) or deep  # actors: not "a trade in Abu Dhabi"
    for place in places:
        if place.code not in codes:
            codes.append(place.code)
    return codes


# Prepositions through which a phrase names who it is ("the government of Belarus", "the
# authorities in Minsk"), unlike "the war against Japanese aggression" or "help from Qatar".
OWNER_PREPS = frozenset({"of", "in"})


def _owner_phrase(tok: Token, head: Token) -> bool:
    """Whether a place deep in a phrase may name who the phrase is: reached from the head
    through "of" or "in" phrases only ("the government of Belarus", "people jailed in Belarus";
    not "to mark the war against Japanese aggression"), and not where a trade took place ("a
    second trade in Abu Dhabi")."""
    if is_venue(tok):
        return False
    for anc in tok.ancestors:
        if anc.i == head.i:
            return True
        if anc.dep_ == "prep" and anc.lower_ not in OWNER_PREPS:
            return False
    return True


# Prepositions of where a trade took place ("swapped in Abu Dhabi", "at Ankara airport").
VENUE_PREPS = frozenset({"in", "at", "on"})
# Nouns of a trade whose "in"/"at" phrase is where it happened ("a second trade in Abu Dhabi").
TRADE_NOUNS = frozenset({"exchange", "swap", "trade", "handover", "transfer"})


def is_venue(tok: Token, trigger: Token | None = None) -> bool:
    """Whether a place is only where a trade happened ("a second trade in Abu Dhabi", "was
    swapped in Abu Dhabi for X", "released at Abu Dhabi airport" with ``trigger`` the act): the
    host of the handover, neither its actor nor the other side of it."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # precision (v17): "on the tarmac of Abu Dhabi airport"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and _airfield(tok.head.head):
        tok = tok.head.head  # precision (v26): "at an airport in Turkey"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in VENUE_PREPS:
        return False
    if _airfield(tok):
        return True  # precision (v26): "for Viktor Bout at Abu Dhabi airport", misattached
    site = prep.head
    if site.dep_ == "acl" and site.head.lemma_.lower() in TRADE_NOUNS:
        return True  # "in a swap carried out at Abu Dhabi airport"
    return (trigger is not None and site.i == trigger.i) or site.lemma_.lower() in TRADE_NOUNS


# Nouns of an airfield: a place at one ("at Abu Dhabi airport", "on the tarmac at Vienna
# airport") is where a handover happened, wherever the parser hung the phrase.
AIRFIELD_NOUNS = frozenset({"airport", "airfield", "airbase", "tarmac", "runway"})


def _airfield(tok: Token) -> bool:
    return tok.lemma_.lower() in AIRFIELD_NOUNS


NOUN_CLAUSE_DEPS = frozenset({"appos", "relcl", "acl"})


def is_person(tok: Token) -> bool:
    """Whether a token is part of a PERSON entity."""
    return tok.ent_type_ == "PERSON"


def or_unknown(actors: list[str]) -> list[str | None]:
    """The named actors, or a single unknown one (filled from context later)."""
    return list(actors) if actors else [None]
