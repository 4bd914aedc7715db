"""Named people a release sentence presents as freed (what their descriptions say of them:
:mod:`detente.extract.describers`; the shape of a name: :mod:`detente.extract.person_names`).

The freed are looked for first in the phrase that names them: the trigger's object or passive
subject with its appositions, conjuncts and "among them" / "including" lists, never its subject
(the actor), its ``by`` agent or clauses of their own. Only when that phrase names nobody ("Beijing
released her") do the other people of the sentence count, minus officials, speakers and actors.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract.describers import is_trade as is_trade
from detente.extract.describers import person_category as person_category
from detente.extract.describers import person_nationality as person_nationality
from detente.extract.describers import traded_category as traded_category
from detente.extract.gazetteer import Gazetteer
from detente.extract.member_names import names_after_group
from detente.extract.mention_times import told_against
from detente.extract.mentions import (
    ParsedSentence,
    agent_of,
    is_person,
    own_subject,
    subject_of,
)
from detente.extract.person_names import HONORIFICS as HONORIFICS
from detente.extract.person_names import RELATIVES, tidy
from detente.extract.person_names import clean_name as clean_name
from detente.extract.person_names import without_titles as without_titles

log = logging.getLogger(__name__)

# Prepositions under a trigger or group whose objects can be among the freed
# ("among them X", "including X", "along with X", "the release of X").
FREED_PREPS = frozenset(
    {"among", "including", "with", "along", "together", "alongside", "of", "like", "besides"}
)
# Children of a verb trigger that start a phrase about someone other than the freed.
OTHER_DEPS = frozenset(
    {"nsubj", "csubj", "agent", "advcl", "ccomp", "mark", "aux", "auxpass", "npadvmod", "neg",
     "parataxis", "dative"}
)  # fmt: skip
# Prepositions of place: a PERSON entity as their object is a place the model mislabels.
PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
# Verbs of a relative clause that introduce another name for the same person ("known as").
ALIAS_VERBS = frozenset({"know", "nickname", "dub", "call", "name"})
# Verbs of a relative clause that list the freed ("the ten, who included X").
INCLUDE_VERBS = frozenset({"include", "comprise"})
# Lower-case words inside personal names ("Franqui Flores de Freitas", "Osama bin Laden").
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von",
                            "der", "den", "bin", "ibn", "al", "el", "le", "la", "du"})  # fmt: skip


def _skip_child(child: Token, freed_subject: bool) -> bool:
    """Whether a child of the trigger heads a phrase about someone other than the freed."""
    if child.dep_ in ("nsubj", "csubj") and freed_subject:
        return False
    if child.dep_ in OTHER_DEPS:
        return True
    if child.dep_ == "prep":
        return child.lower_ not in FREED_PREPS
    return child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")


# Prepositions inside a description of a named person that still list people freed with them
# ("X, one of six activists including Y"); other prepositions there name someone else.
LISTING_PREPS = frozenset({"including", "among", "with", "along", "alongside", "together"})


def _prune(tok: Token, keep: set[int], described: bool = False) -> None:
    """Add ``tok``'s subtree to ``keep``, leaving out relative clauses (other than "who included")
    and alias clauses ("known as"), and, inside a noun describing a named person, the people and
    bodies it is told by ("X, founder of the Y channel", "X, an aide to opposition leader Y", "X,
    the son of Y")."""
    keep.add(tok.i)
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() not in INCLUDE_VERBS:
            continue
        if described and child.dep_ in ("prep", "poss") and child.lower_ not in LISTING_PREPS:
            continue
        _prune(child, keep, described or _describes(tok, child))


def _describes(tok: Token, child: Token) -> bool:
    """Whether ``child`` is a common noun in apposition to a name ("X, founder of ...")."""
    return child.dep_ == "appos" and child.pos_ == "NOUN" and tok.pos_ == "PROPN"


def in_description(tok: Token) -> bool:
    """Whether a word lies in what a noun describing a named person is told by ("Y" in "X,
    founder of the Y channel" or "X, an aide to Y")."""
    prep = False
    for anc in tok.ancestors:
        if anc.dep_ == "appos" and anc.pos_ == "NOUN" and anc.head.pos_ == "PROPN":
            return prep
        if anc.dep_ in ("prep", "poss") and anc.lower_ not in LISTING_PREPS:
            prep = True
    return False


# Words that open a list of some of the freed ("among them X", "including X").
LISTING_OPENERS = frozenset({"among", "including"})


def _misparsed_listing(child: Token, group: Token | None) -> bool:
    """A noun the parser hangs on the trigger as an adverbial that lists the freed: an apposition
    right after the group ("freed two prisoners, X and Y, in ...") or a phrase opened by "among
    them" ("freed 20 prisoners, among them the activist X")."""
    if child.dep_ not in ("npadvmod", "advcl") or child.pos_ not in ("NOUN", "PROPN"):
        return False
    if group is None or child.i < group.i:
        return False
    doc, start = child.doc, child.left_edge.i
    if doc[start].lower_ in LISTING_OPENERS:
        return True
    if start >= 2 and doc[start - 2].lower_ == "among" and doc[start - 1].lower_ == "them":
        return True  # "among them" hung on the verb, then "the lawyer X"
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].i == group.right_edge.i


def scope(trigger: Token, group: Token | None, freed_subject: bool = False) -> set[int]:
    """Indices of the tokens that can name the freed, for a trigger and its group."""
    keep: set[int] = set()
    if trigger.pos_ in ("NOUN", "PROPN"):
        # a trade's "for" phrase names people it freed too ("a swap for the diplomat X")
        preps = ("of", "for") if trigger.lemma_.lower() in lx.SWAP_LEMMAS else ("of",)
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in preps:  # "a swap for X" frees X too
                _prune(child, keep)
            elif child.dep_ in ("poss", "compound") and is_person(child):
                _prune(child, keep)
        return keep
    if trigger.dep_ in ("amod", "acl") and group is not None and group.i == trigger.head.i:
        roots = [c for c in group.children if c.i != trigger.i and c.dep_ in ("appos", "conj")]
        for root in [group, *roots]:
            keep.add(root.i)
            for child in root.children:  # the trigger's phrase too: the parser often hangs
                _prune(child, keep)  # the names on its agent ("freed by X, Y and Z")
        return keep
    for child in trigger.children:
        if not _skip_child(child, freed_subject) or _misparsed_listing(child, group):
            _prune(child, keep)
    if group is not None and group.i not in keep and group.head.i != trigger.i:
        _prune(group, keep)  # group borrowed from a governing verb ("ordered him freed")
    if trigger.lemma_ == "let":  # "let the physician X go free": the parser splits the subject
        for go in (c for c in trigger.children if c.lower_ == "go"):
            for g in (c for c in go.children if c.dep_ in ("nsubj", "dobj")):
                _prune(g, keep)
    return keep


def _name_span(tok: Token) -> Span:
    """The name a proper noun heads: its chain of proper-noun compounds (through particles such as
    "de" or "bin") when that is longer than its PERSON entity, else the entity."""
    doc = tok.doc
    start = tok.i
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in NAME_PARTICLES)
    ):
        start -= 1
    while start < tok.i and (
        doc[start].lemma_.lower() in lx.OFFICIAL_TITLES or doc[start].pos_ != "PROPN"
    ):
        start += 1
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ == "PERSON" and ent.start <= start:
            return ent
    return doc[start : tok.i + 1]


def _after_demonym(span: Span, demonyms: set[int]) -> Span:
    """A name less the nationality written before it ("the American Graham Lockwood",
    which NER may take whole): the name starts after the place."""
    start = span.start
    while start < span.end - 2 and start in demonyms:
        start += 1
    return span if start == span.start else span.doc[start : span.end]


def _longest_names(names: list[str]) -> list[str]:
    """Names less those that are a run of words inside another name (NER's "Antonio Campo" beside
    "Efraín Antonio Campo Flores")."""
    padded = [f" {n} " for n in names]
    return [n for n in names if not any(f" {n} " in p and p != f" {n} " for p in padded)]


def _name_slots(group: Token | None, keep: set[int]) -> list[Token]:
    """Proper nouns in the places a name of the freed takes: the group, its appositions and
    conjuncts ("Germany released Vadim Krasikov" even when NER calls him an ORG)."""
    if group is None:
        return []
    slots: list[Token] = []
    todo = [group]
    while todo:
        tok = todo.pop()
        if tok.i not in keep and tok.i != group.i:
            continue
        if tok.pos_ == "PROPN" and tok.tag_ == "NNP":
            slots.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("appos", "conj")]
    return slots


def not_a_name(ent: Span) -> bool:
    """A PERSON entity that names no one: with a time or number in it ("12:50 Crowds"), or the
    object of a preposition of place ("freed in Khan Younis")."""
    if any(ch.isdigit() for ch in ent.text):
        return True
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS


# Nouns for a ship or craft, whose name NER may take for a person's ("the cargo ship Galaxy
# Leader", "the Galaxy Leader, a car carrier"), and nouns for the people aboard one ("the crew
# members of the Galaxy Leader").
VESSELS = frozenset(
    {"ship", "vessel", "carrier", "tanker", "freighter", "cargo", "boat", "trawler", "yacht",
     "ferry", "dhow", "aircraft", "plane", "jet", "helicopter"}
)  # fmt: skip
ABOARD = frozenset({"crew", "member", "passenger", "sailor", "seafarer"})


def is_vessel(ent: Span) -> bool:
    """Whether a name is a ship's or a craft's: a vessel noun right before or after it ("the ship
    X", "the X cargo ship"), in apposition to it ("X, a car carrier"), or its crew, after it or
    "of" it ("X crew freed", "the crew members of the X")."""
    doc = ent.doc
    k = ent.start - 1
    k -= 1 if k >= 0 and doc[k].lower_ == "the" else 0
    before = doc[k] if k >= 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.lemma_.lower() in VESSELS:
        return True
    if after is not None and after.lemma_.lower() in VESSELS | ABOARD:
        return True  # "the X cargo ship", "the X crew"
    if any(c.dep_ == "appos" and c.lemma_.lower() in VESSELS for c in ent.root.children):
        return True
    return (
        before is not None
        and before.lower_ == "of"
        and any(doc[j].lemma_.lower() in ABOARD for j in range(max(0, k - 2), k))
    )


def _not_freed(ent: Span, gaz: Gazetteer, places: set[int]) -> bool:
    """A name inside the freed phrase that still names someone else (a relative, a place) or
    something (a ship)."""
    root = ent.root
    if ent.start in places or ent.text in gaz.places or root.dep_ == "poss" or not_a_name(ent):
        return True
    if is_vessel(ent):
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in RELATIVES


def persons_freed(
    ps: ParsedSentence,
    trigger: Token,
    group: Token | None,
    gaz: Gazetteer,
    freed_subject: bool = False,
) -> list[str]:
    """Named people the sentence presents as freed by this trigger (not officials or speakers)."""
    keep = scope(trigger, group, freed_subject)
    places = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    spans = [e for e in ps.doc.ents if e.label_ == "PERSON" and e.root.i in keep]
    spans += [_name_span(t) for t in _name_slots(group, keep)]
    spans += names_after_group(ps, group, trigger)  # "three Russians: the hacker X, Y and Z"
    # recall: "the former US Marine Trevor Reed": a state's name before a name is no part of it
    demonyms = {p.span.start for p in ps.places if p.kind in ("demonym", "name")}
    spans = [_after_demonym(s, demonyms) for s in spans]
    names: list[str] = []
    for span in sorted(spans, key=lambda s: s.start):
        name = tidy(clean_name(span))  # a medium or a feast names no one: look elsewhere
        if name and name not in names and not _not_freed(span, gaz, places):
            names.append(name)
    if names:
        return _longest_names(names)
    return _elsewhere(ps, trigger, group, gaz, places, freed_subject)


def _elsewhere(
    ps: ParsedSentence,
    trigger: Token,
    group: Token | None,
    gaz: Gazetteer,
    places: set[int],
    freed_subject: bool,
) -> list[str]:
    """Named people outside the trigger's phrase, for a trigger whose phrase names nobody
    ("Cheng Lei ... is home after Beijing released her"): not actors, officials or speakers."""
    inside = {
        t.i for t in (group if trigger.dep_ in ("amod", "acl") and group else trigger).subtree
    }
    if not freed_subject:
        subj = subject_of(trigger) if trigger.pos_ in ("VERB", "AUX") else None
        inside |= {t.i for t in subj.subtree} if subj is not None else set()
    agent = agent_of(trigger)
    inside |= {t.i for t in agent.subtree} if agent is not None else set()
    inside |= _issuer(trigger)
    main = _main_subject(trigger, group, inside, places)
    if main is not None:
        return [main]
    names: list[str] = []
    against = told_against(trigger)  # precision (v25): "the release followed the death of X"
    for ent in ps.doc.ents:
        if ent.label_ != "PERSON" or ent.root.i in inside or ent.start in places:
            continue
        if against is not None and ent.start_char >= against:
            continue
        if ent.text in gaz.places or is_official(ent) or is_speaker(ent) or not_a_name(ent):
            continue
        if _object_of_another(ent.root, trigger) or _in_other_clause(ent.root, trigger):
            continue
        if in_description(ent.root) or is_vessel(ent):
            continue
        name = tidy(clean_name(ent))
        if name and name not in names:
            names.append(name)
    return names


def _issuer(trigger: Token) -> set[int]:
    """ "King X issued a decree pardoning 457 convicts": the words of whoever issued the decree a
    participle trigger hangs on, who frees and is not freed."""
    if trigger.dep_ != "acl" or trigger.head.dep_ != "dobj":
        return set()
    issuer = subject_of(trigger.head.head)
    return {t.i for t in issuer.subtree} if issuer is not None else set()


def _in_other_clause(tok: Token, trigger: Token) -> bool:
    """A name that acts in a clause of its own or is told of in a relative clause ("The release
    came a day after X left Russia", "X, a teacher who had served three years for carrying Y"):
    the subject of a verb other than the one a release noun hangs on, or inside a "who" clause."""
    if any(a.dep_ == "relcl" and a.lemma_.lower() not in INCLUDE_VERBS for a in tok.ancestors):
        return True
    if trigger.pos_ not in ("NOUN", "PROPN"):  # a verb's "them" may stand for such a subject
        return False
    # "X arrived home after his release": X is the subject of the verb the release noun is under
    own_verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), trigger)
    while tok.dep_ in ("conj", "appos", "compound") and tok.head is not tok:
        tok = tok.head  # "the Dutch teacher X left": the phrase the name is in
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != own_verb.i


def _object_of_another(tok: Token, trigger: Token) -> bool:
    """A name that another release verb frees ("Hamas freed X, Y and Z, and Israel let 183
    prisoners go": X, Y and Z are not among the 183)."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head is not tok:
        tok = tok.head
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb is not trigger
        and verb.lemma_.lower() in lx.RELEASE_VERBS | {"let", "hand"}
    )


def _main_subject(
    trigger: Token, group: Token | None, inside: set[int], places: set[int]
) -> str | None:
    """For "him"/"her" freed in a clause under a sentence about a named person ("X, the leader of
    ..., landed in Miami after the authorities released him"), that person."""
    if group is None or group.lower_ not in ("him", "her"):
        return None
    for verb in trigger.ancestors:
        subj = own_subject(verb)
        if subj is None or subj.i in inside or subj.i in places or not is_person(subj):
            continue
        if verb.lemma_.lower() in lx.SPEECH_VERBS:
            return None
        span = _name_span(subj)
        return clean_name(span) if span.label_ == "PERSON" else None
    return None


def is_official(ent: Span) -> bool:
    """Whether a title, role or possessive marks a named person as an official or a relative."""
    doc = ent.doc
    root = ent.root
    if _listed_with_a_person(root):
        return False  # "X and his wife, Y, were flown home": the wife is one of the people
    before = [t.lemma_.lower() for t in doc[max(0, ent.start - 3) : ent.start]]
    if any(w in lx.OFFICIAL_TITLES for w in before):
        return True
    if root.dep_ == "poss":
        return True
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in lx.ROLE_APPOSITIONS:
            return True
    return root.dep_ == "appos" and root.head.lemma_.lower() in lx.ROLE_APPOSITIONS


def _listed_with_a_person(root: Token) -> bool:
    """A name in apposition to a noun joined to a named person ("X and his wife, Y")."""
    noun = root.head
    return (
        root.dep_ == "appos"
        and noun.dep_ == "conj"
        and noun.pos_ == "NOUN"
        and noun.head.ent_type_ == "PERSON"
    )


def is_speaker(ent: Span) -> bool:
    """Whether a named person is the one saying something ("X said", "according to X")."""
    root = ent.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lx.SPEECH_VERBS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
