"""What one sentence says: mentions of releases and sanctions actions, before they become events.

A :class:`Mention` holds what a single sentence supports; :mod:`detente.extract.events` merges the
mentions of one act into one event. Helpers here are shared by the release and sanctions finders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.extract import dates, day_after
from detente.extract.counts import Count
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


def subtree(tok: Token) -> list[Token]:
    """The tokens a head governs, itself included."""
    return list(tok.subtree)


def own_subject(verb: Token) -> Token | None:
    """The subject, active or passive, among a verb's own children (no following up)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


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
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in VENUE_PREPS:
        return False
    site = prep.head
    if site.dep_ == "acl" and site.head.lemma_.lower() in TRADE_NOUNS:
        return True  # "in a swap carried out at Abu Dhabi airport"
    return (trigger is not None and site.i == trigger.i) or site.lemma_.lower() in TRADE_NOUNS


NOUN_CLAUSE_DEPS = frozenset({"appos", "relcl", "acl"})
# Verbs whose time is when something was said ("has been freed, rights groups said on Wednesday").
REPORTING_VERBS = frozenset({"say", "tell", "report", "confirm", "announce", "add", "state"})


def _time_token(ps: ParsedSentence, t: dates.TimeExpr) -> Token | None:
    return next((x for x in ps.doc if x.idx >= t.start), None)


def _clause_line(trigger: Token) -> tuple[set[Token], set[Token]]:
    """The trigger and the heads above it within its own clause; and the heads beyond, across a
    coordinated clause with a subject of its own ("thirty walked free, and officials announced
    that 37 were pardoned": "walked" is beyond the pardon's clause)."""
    line = {trigger}
    tok = trigger
    while tok.head.i != tok.i:
        if _own_clause(tok):
            return line, {tok.head, *tok.head.ancestors}
        tok = tok.head
        line.add(tok)
    return line, set()


def _own_clause(tok: Token) -> bool:
    """A coordinated verb with a subject of its own ("..., and officials announced")."""
    return tok.dep_ == "conj" and own_subject(tok) is not None


def _in_other_clause(ps: ParsedSentence, t: dates.TimeExpr, trigger: Token) -> bool:
    """Whether a time expression belongs to a clause the trigger is not in: a relative clause or
    apposition of a noun, or a coordinated clause of its own ("In August thirty walked free, and
    in September 37 more were pardoned": August is not the pardon's time)."""
    tok = _time_token(ps, t)
    if tok is None:
        return False
    line, beyond = _clause_line(trigger)
    for anc in [tok, *tok.ancestors]:
        if anc in line:
            return False
        if _capture(anc) and anc.i < tok.i:  # "soldiers captured in July", "Sentenced in 2019,"
            return True
        if anc in beyond or anc.dep_ in NOUN_CLAUSE_DEPS or _own_clause(anc) or _since(anc):
            return True
    return False


# Verbs of how people came to be held (or born), whose time is not that of their release.
CAPTURE_VERBS = frozenset({"capture", "detain", "arrest", "seize", "abduct", "kidnap", "convict",
                           "sentence", "jail", "imprison", "intercept", "bear"})  # fmt: skip


def _capture(tok: Token) -> bool:
    """A participle of capture on the people ("captured in July", "sentenced in 2019"), not a
    clause of its own ("after agents arrested two tourists in September ...")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CAPTURE_VERBS:
        return False
    return not any(c.dep_ == "dobj" for c in tok.children)


def _since(tok: Token) -> bool:
    """A "since" phrase or clause ("the first release since the truce took effect in November"):
    it tells when a span began, not when the act was (releases)."""
    if tok.dep_ == "prep":
        return tok.lower_ == "since"
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return tok.dep_ == "advcl" and "since" in marks


def _said_at(ps: ParsedSentence, t: dates.TimeExpr, trigger: Token) -> bool:
    """Whether a time expression trails a verb of saying above or beside the trigger ("has been
    freed, rights groups said on Wednesday"); a fronted "On Friday officials said" is not one."""
    tok = _time_token(ps, t)
    if tok is None:
        return False
    line = {trigger, *trigger.ancestors}
    for anc in tok.ancestors:
        if anc is trigger:
            return False
        if anc.lemma_.lower() in REPORTING_VERBS and anc.pos_ in ("VERB", "AUX"):
            return tok.i > anc.i
        if anc in line:
            return False
    return False


# An occasion a time names by a possessive ("ahead of December's legislative elections", "after
# last week's talks"): the time dates that occasion, not an act told around it.
OCCASION_AFTER = re.compile(
    r"['\u2019]s(?: [a-z-]+){0,2} (?:elections?|votes?|polls?|summit|referendum|holiday|"
    r"celebrations?|parade|ballot|inauguration|talks)\b"
)


def _occasion_time(text: str, t: dates.TimeExpr) -> bool:
    """Whether a time is the possessive of an occasion ("December's legislative elections")."""
    return OCCASION_AFTER.match(text, t.end) is not None


def _held_at(ps: ParsedSentence, t: dates.TimeExpr) -> bool:
    """Whether a time dates the detention told just before it, whatever the parse ("crew members
    seized off Al Hoceima in 2023 were pardoned", "traders detained last year crossed back")."""
    return dates.detention_time(ps.sentence.text, t, ps.times)


def _fronted_time(ps: ParsedSentence, tok: Token) -> dates.TimeExpr | None:
    """A time expression fronted before the main verb, for a clause coordinated with that verb that
    has no time of its own ("In December, over a hundred walked out, and Washington lifted its
    sanctions in return": December dates the lifting too)."""
    _, beyond = _clause_line(tok)
    root = next((x for x in beyond if x.dep_ == "ROOT"), None)
    if root is None:
        return None
    for t in ps.times:
        first = _time_token(ps, t)
        if first is None or first.i >= root.i or t.value in (dates.SINCE, dates.UNTIL):
            continue
        path = [first, *first.ancestors]
        if root in path and not any(
            a.dep_ in NOUN_CLAUSE_DEPS or _own_clause(a) for a in path[: path.index(root)]
        ):
            return t
    return None


def _when_time(ps: ParsedSentence, tok: Token) -> dates.TimeExpr | None:
    """The time a "when" clause hangs on, for every clause coordinated in it ("The largest came on
    December 13, when 123 were released and Washington lifted its measures": the lifting too)."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    if not _when_clause(head):
        found = _when_before(tok)
        if found is None:
            return None
        head = found
    anchor = head.head
    return next((t for t in ps.times if t.start <= anchor.idx < t.end), None)


def _when_clause(verb: Token) -> bool:
    return verb.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    )


def _when_before(tok: Token) -> Token | None:
    """background: the "when" clause right before a verb the parser coordinated with the main
    clause instead ("the first since December 2023, when Baku released 32 Armenians and Yerevan
    freed two Azerbaijanis": "freed" hung on "is"), whose time is the verb's too."""
    if tok.dep_ != "conj":
        return None
    verbs = [v for v in tok.head.subtree if v.i < tok.i and _when_clause(v)]
    if not verbs:
        return None
    end = max(t.i for t in verbs[-1].subtree) + 1
    start = min(t.i for t in tok.subtree)
    if end > start or any(t.lower_ not in (",", "and") for t in tok.doc[end:start]):
        return None  # "...; the envoy said that Yerevan freed two": no clause of the "when"
    return verbs[-1]


def nearest_time(ps: ParsedSentence, tok: Token, reported: bool = False) -> str | None:
    """The time expression closest to a token in its own clause; with ``reported``, not the time
    trailing a verb of saying ("rights groups said on Wednesday"), while a fronted one dates what
    was said ("On Friday officials said another 20 had been let go")."""
    times = [
        t
        for t in ps.times
        if not _in_other_clause(ps, t, tok)
        and not _held_at(ps, t)
        and not _occasion_time(ps.sentence.text, t)
    ]
    if reported:
        times = [t for t in times if not _said_at(ps, t, tok)]
    if not times:
        fronted = _fronted_time(ps, tok) or _when_time(ps, tok)
        return fronted.value if fronted is not None else _span_before(ps, tok)
    pos = tok.idx
    best = min(times, key=lambda t: min(abs(t.start - pos), abs(t.end - pos)))
    return _days_after(ps, tok, best)


# Acts that decide a release rather than carry it out: the day people walked out dates the act.
DECISION_LEMMAS = frozenset(
    {"pardon", "commute", "order", "sign", "decide", "approve", "grant", "decree", "announce",
     "agree", "rule", "sentence"}
)  # fmt: skip


# Verbs of a market's move, whose day an "after" clause's act does not share ("Shares jumped on
# Wednesday after the junta released the staff": released before, on a day told elsewhere).
MARKET_VERBS = frozenset(
    {"rise", "jump", "climb", "surge", "gain", "rally", "soar", "fall", "drop", "slump", "tumble",
     "slide", "sink", "plunge", "rebound", "edge"}
)  # fmt: skip


def _days_after(ps: ParsedSentence, tok: Token, t: dates.TimeExpr) -> str | None:
    """A day-dated time of the main clause moved back for an act told in a "(a) day after" or
    "two days after" clause without a time of its own ("landed at Schiphol on Wednesday, a day
    after Iran released her": Tuesday)."""
    found = day_after.after_clause(tok)
    if found is None or t.value is None or len(t.value) != len("2025-01-01"):
        return t.value
    if tok.lemma_.lower() in DECISION_LEMMAS:
        return t.value  # "walked out on Tuesday, a day after X pardoned him": the walking out
    clause, _ = found
    first = _time_token(ps, t)
    if first is not None and first.i in {x.i for x in clause.subtree}:
        return t.value  # the clause's own time
    if clause.head.lemma_.lower() in MARKET_VERBS:
        return None  # "Shares rose on Tuesday after Mali released them": the rise's day, not theirs
    n = day_after.days_before(found)
    return dates.shift_day(t.value, -n) if n else t.value


def _span_before(ps: ParsedSentence, tok: Token) -> str | None:
    """An act told in a counted "a day after" clause whose time is only its main clause's
    ("landed on Wednesday evening, a day after Iran released her": Tuesday), or, with no time at
    all, the act told before it ("The licence came a day after Havana freed thirty"): a
    ``shift:`` marker back from that act (resolved by events); else None."""
    found = day_after.after_clause(tok)
    n = day_after.days_before(found, counted=True) if found is not None else 0
    if found is None or not 0 < n <= day_after.MAX_DAYS or tok.lemma_.lower() in DECISION_LEMMAS:
        return None  # "walked out on Tuesday, a day after X pardoned him": the walking out
    clause, after = found
    head = after.head if clause.head.i == after.i else clause.head
    when = nearest_time(ps, head) if head.i != tok.i else None
    if when is not None and len(when) == len("2025-01-01"):
        return dates.shift_day(when, -n)
    day = day_after.day_before(found)
    verbs = {head.lemma_.lower(), day.head.lemma_.lower() if day is not None else ""}
    return f"{dates.SHIFT}{-n}:d" if verbs & day_after.FOLLOWING_VERBS else None


def is_person(tok: Token) -> bool:
    """Whether a token is part of a PERSON entity."""
    return tok.ent_type_ == "PERSON"


def or_unknown(actors: list[str]) -> list[str | None]:
    """The named actors, or a single unknown one (filled from context later)."""
    return list(actors) if actors else [None]
