"""Listings told by "add" with no word of a list: "In March, the Council added nine judges and
prosecutors", "On Friday it added the national police and two of its commanders", "The first seven
people were added in late May 2023". In a sanctions article a sanctioning body that adds people or
bodies adds them to its sanctions list: a listing (``sanctions_imposed``, docs/annotation.md), a
background event when told with a time of its own (sessions 19 and 22).

Kept narrow on purpose: the subject must be a sanctioning body (a state, the bloc, the Council, a
ministry, a package) or a pronoun for one; the object people or bodies a list holds, or names; and
a "to" phrase, if any, must name a list ("added two officials to its delegation" adds to no list).
A passive "were added" needs its own time or reason ("were added in late May 2023", "were added for
the same reason"). Reporting "add" ("the Council added that ...") has no such object.

:data:`ADDED` is the cheap text test before parsing (a part of sanctions.SANCTIONS_SENTENCE);
:func:`adds_listed` the parse-level test that :func:`directions.direction` asks of "add"."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import listings
from detente.extract.mentions import agent_of, subject_of

# A sanctioning body, or a pronoun for one, a few words before "added" (not "added that"), or a
# passive "were added": the sentences that may list by adding (an alternative joined to the end
# of sanctions.SANCTIONS_SENTENCE, hence the leading bar).
ADDED = (
    r"|\b(?:council|bloc|union|eu|treasury|ofac|washington|brussels|london|ottawa|tokyo|canberra|"
    r"bern|britain|canada|japan|australia|switzerland|states|kingdom|government|administration|"
    r"ministry|department|office|it|they|package|round|second)\b[^.;:!?]{0,40}?\badd(?:ed|s)\b"
    r"(?! that\b)|\b(?:were|was|been) added\b"
)
# Entity labels of a time: an addition told with none is no act told ("have added names").
TIME_LABELS = frozenset({"DATE", "TIME"})
# Nouns of a body that lists ("the bloc added", "the package added", "a second added").
BODY_NOUNS = frozenset(
    {"bloc", "union", "council", "treasury", "government", "administration", "ministry",
     "department", "office", "package", "round", "second"}
)  # fmt: skip
# Entity labels of a subject that names a state or its institution ("Washington", "OFAC").
STATE_LABELS = frozenset({"GPE", "ORG", "NORP"})
# Words of a list in a "to" phrase ("added them to its Russia list", "to the annex").
LIST_PLACES = frozenset(
    {"list", "blacklist", "register", "annex", "sanction", "sanctions", "regime", "designation"}
)


def adds_listed(verb: Token) -> bool:
    """Whether "add" lists its object: a sanctioning body (or a pronoun for one) adds people or
    bodies a list holds, or names, to no place other than a list; or such people "were added",
    with a time or a reason of their own."""
    if listings.verb_lemma(verb) != "add" or not _to_a_list(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return (
            agent_of(verb) is None
            and any(_listable(o) for o in _with_conjuncts(passive))
            and (listings.own_time(verb) or _for_a_reason(verb))
            and not _year_only(verb)
        )
    subject = subject_of(verb)
    return (
        subject is not None
        and _lister(subject)
        and any(_listable(o) for o in _with_conjuncts(objects))
        and _own_time(verb)
    )  # "Britain and Canada have added names of their own": no time, no act told


def _to_a_list(verb: Token) -> bool:
    """No "to" phrase, or one that names a list ("to its sanctions list"): not "to the crew"."""
    places = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    return all(any(t.lemma_.lower() in LIST_PLACES for t in p.subtree) for p in places)


def _lister(subject: Token) -> bool:
    """A subject that can list: a pronoun, a body noun, or a state or institution by name."""
    if subject.lower_ in ("it", "they"):
        return True
    if subject.lemma_.lower() in BODY_NOUNS:
        return True
    return subject.pos_ == "PROPN" and subject.ent_type_ in STATE_LABELS


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The objects and the objects joined to them ("nine judges and prosecutors")."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out += [c for c in tok.subtree if c.dep_ == "conj" and c.head.i in {t.i for t in out}]
    return out


def _listable(obj: Token) -> bool:
    """People or bodies a sanctions list holds, names, or a number of more of them; or a name."""
    return (
        listed_more(obj)
        or obj.ent_type_ in ("PERSON", "ORG")
        or (obj.pos_ == "PROPN" and obj.ent_type_ not in listings.NOT_LISTABLE_LABELS)
    )


# Words of a number of more of those listed before ("added fourteen more", "two others").
MORE_WORDS = frozenset({"more", "others", "further"})


def listed_more(obj: Token) -> bool:
    """What "add" joined to a listing or a renewal adds: listable people or bodies, or names
    ("two more shipping firms", "further names"), or a number of more of those listed before
    ("fourteen more", however the parser hangs "more"; "three of its executives")."""
    if obj.lemma_.lower() in listings.LISTABLE_NOUNS | {"name"}:
        return True
    if obj.lower_ in MORE_WORDS:
        return any(c.dep_ == "nummod" for c in obj.children)
    if obj.pos_ != "NUM":
        return False
    return any(c.lower_ in MORE_WORDS for c in obj.head.children) or any(
        p.dep_ == "pobj" and listed_more(p)  # "three of its executives"
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def _own_time(verb: Token) -> bool:
    """A time in the addition's own words ("In March, the Council added"), or in the clause a
    "when" addition dates ("was expanded in January, when the Council added"); not the time of
    an act it is joined to ("first imposed sanctions in 2017 and has added names since")."""
    if any(t.ent_type_ in TIME_LABELS for t in verb.subtree):
        return True
    when = any(c.lower_ == "when" for c in verb.children)
    return when and any(t.ent_type_ in TIME_LABELS for t in verb.head.subtree)


def _year_only(verb: Token) -> bool:
    """ "had been added in 2022": a passive addition dated by a bare year, which names nobody
    (unlike a first listing that names its targets, docs/annotation.md, session 20)."""
    times = [
        t
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod")
        for t in c.subtree
        if t.ent_type_ in TIME_LABELS and t.dep_ != "prep"
    ]
    return bool(times) and all(t.like_num and len(t.text) == 4 for t in times)


def _for_a_reason(verb: Token) -> bool:
    """ "were added for the same reason", "for helping Moscow": the reason of a listing."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
