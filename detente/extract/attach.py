"""Document-level attachment: what a sentence after a release says about it.

A release is often completed by the sentences that follow it: "He was flown to Germany", "The six
flew back to the United States", "All eight were flown to Moscow". Such a sentence names no act of
its own; its destination belongs to the release(s) told just before it: for a pronoun or a definite
group ("they", "the men"), the nearest one; for a number ("all eight"), the run of releases just
before whose numbers add up to it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.extract import backstories
from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract.captors import custody_state
from detente.extract.destinations import (
    HOLD_VERBS,
    MOVE_VERBS,
    arrived,
    demonym_of,
    destination,
    moved_places,
    moved_to_by,
)
from detente.extract.destinations import (
    places as named_places,
)
from detente.extract.doc_memo import tokens
from detente.extract.groups import PRONOUNS, is_people
from detente.extract.mentions import Mention, ParsedSentence, is_person, own_subject
from detente.extract.persons import clean_name, is_official, is_speaker
from detente.model import EventType

log = logging.getLogger(__name__)

# How many sentences back a follow-up sentence may reach for its release.
REACH = 5
# A sentence that lists some of the people told of just before: "Among them was X", "Among the
# nine freed by Minsk were X", "They included X", "The five included X", "The freed group includes
# X", "Those freed were X", "The other three released were X" (after a live-blog time or a
# "X said" at most).
LIST_CUE = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:--|—|–|-)\s*)?(?:[^.;]{0,60}\b(?:said|says|added)(?: that)? )?"
    r"(?:among (?:them|those|the)\b[^.;]{0,50}?\b(?:was|were|is|are)\b|"
    r"(?:besides [^,;]{1,40}, )?(?:they|those|these|the)\b[^.;,:]{0,40}?\b(?:also )?"
    r"includ(?:ed|es|e)\b|"
    r"(?:those |the (?:other )?(?:[\w-]+ )?(?:[\w-]+ )?)(?:freed|released|pardoned)\b[^.;]{0,40}?"
    r"\b(?:were|are|was|is)\b)",
    re.IGNORECASE,
)
# "The three are X, Y and Z", "The other two were X and Y": a number told of before, then names
# (case-sensitive: a capital must follow).
NUMBER_LIST = re.compile(
    rf"\s*The (?:other )?(?:{'|'.join(counts_mod.SMALL_NUMBERS[1:])}|\d+)"
    r"(?: [a-z]+)? (?:were|are) (?:the [a-z]+ )?[A-Z]"
)
# Titles of office: a name under one in a list of the freed is an official, not one of them.
LIST_OFFICES = frozenset(
    {"president", "minister", "envoy", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "ambassador", "official", "chancellor", "premier", "king", "emir", "senator", "negotiator",
     "mediator", "governor", "commissioner", "prosecutor", "judge", "pope"}
)  # fmt: skip
# Clauses inside a list sentence whose names are not on the list ("arrested after X spoke").
CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "ccomp", "poss"})
# Plural pronouns that stand for every release told in the sentence before them.
PLURAL_ANAPHORS = frozenset({"they", "all", "both", "these", "those"})
# Words of a list cue that says its people are not freed ("Among those still held are X", "The
# deal did not include X", "Among those who remain in prison are X").
NOT_FREED = re.compile(r"\b(?:still|remain(?:s|ed)?|not|never)\b|n't\b", re.IGNORECASE)
# First words of a list cue whose list a trailing speech verb may report ("Among those freed were
# X, relatives said", "They included X, officials said"); not "The officials delisted include X".
REPORTED_LISTS = frozenset({"among", "they", "those"})
# Verbs of a sentence that names people told of before ("Three of them have been identified: X").
NAMING_VERBS = frozenset({"identify", "name"})
# Entity labels NER gives names of people it mistakes ("Sergeant X Y and Private Z W": ORG; an
# unfamiliar surname: GPE); names of the gazetteer's places are never taken (_proper_names).
NAME_ENTS = frozenset({"", "PERSON", "ORG", "GPE"})
# How far after a naming verb the part of a group it names may start ("named two of them").
MAX_PART_GAP = 4
# Determiners that make a group definite: it names people already told of.
DEFINITE = frozenset({"the", "all", "both", "these", "those"})


def run(mentions: list[Mention], sents: list[ParsedSentence]) -> None:
    """Give the releases before a follow-up sentence the destination it states, and the names a
    follow-up list gives ("Among them was X", "They included X and Y") (in place)."""
    releases = [m for m in mentions if m.type is EventType.RELEASE]
    for m in releases:  # actors: no agent named, the custody left is the holder's
        if m.actor is None and m.party is None:
            m.actor = custody_state(m.sent, m.trigger)
    told = {m.sent.sentence.index for m in releases}
    focus: Mention | None = None  # the release a follow-up just told more of ("The Ukrainians ...")
    stated: set[int] = set()  # releases a follow-up has given a destination
    for ps in sents:
        if ps.sentence.index in told:
            focus = None
            continue
        before = [m for m in releases if _near(m, ps)]
        names = listed(ps)
        if names:
            into = focus if focus is not None and _near(focus, ps) else list_owner(ps, before)
            for m in [into] if isinstance(into, Mention) else into:
                m.persons = m.persons + [n for n in names if n not in m.persons]
            continue
        found = introduced(ps, before) or backstories.named(ps, before, releases, _names)
        if found is not None:
            m, names = found
            m.persons = m.persons + [n for n in names if n not in m.persons]
        earlier = [m for m in releases if m.sent.sentence.index < ps.sentence.index]
        for subject, place, final in _follow_ups(ps):
            # a name points at its release however far back; a group at the nearest ones
            named = subject.pos_ == "PROPN" and demonym_of(subject, ps) is None
            targets = _targets(earlier if named else _fitting(before, ps, subject), subject, named)
            focus = targets[0] if len(targets) == 1 else focus
            for m in targets:  # where they arrived after a stop told before ends their journey
                presumed = len(targets) == 1 and id(m) not in stated and _presumed(m, place)
                if m.destination is None or (final and place != m.actor) or presumed:
                    m.destination = place
                    stated.add(id(m))


def _presumed(m: Mention, place: str) -> bool:
    """Whether a release's destination is only its people's nationality, which the release
    sentence moves no one to ("freed two Americans in exchange for ...": the United States),
    and a follow-up states another one ("They were flown to Doha")."""
    if m.destination is None or place == m.actor:
        return False
    demonyms = {p.code for p in m.sent.places if p.kind == "demonym"}
    if m.destination not in demonyms | {m.nationality}:
        return False
    return m.destination not in moved_places(m.sent)


def introduced(ps: ParsedSentence, before: list[Mention]) -> tuple[Mention, list[str]] | None:
    """The release a follow-up sentence names people of, and the names: in apposition to a subject
    that refers back ("The Americans, X and Y, had been detained", "Two of them, X and Y, ...",
    "Three of the Americans have been identified: X, Y and Z"), or a subject list of exactly as
    many names as a release just told freed ("X, Y and Z were driven out of Gaza")."""
    if not before:
        return None
    clauses = [(t.head, t) for t in tokens(ps.doc) if t.dep_ in ("nsubj", "nsubjpass")]
    part = _named_part(ps)  # "Their employer named two of them, X and Y"
    root, subject = part or next(
        ((v, s) for v, s in clauses if _refers_back(s, ps) or _echoes_any(s, before)),
        clauses[0] if clauses else (None, None),
    )
    if root is None or subject is None:
        return None
    ids = {t.i for t in subject.subtree}
    if part is not None or _refers_back(subject, ps) or _echoes_any(subject, before):
        # "The activists — X, a teacher, Y and Z — had been held": names parsed as subjects too
        ids |= {t.i for v, s in clauses if v.i == root.i and s.pos_ == "PROPN" for t in s.subtree}
        naming = _naming_verb(ps, root)  # "... have been identified: X, Y and Z"
        if naming is not None:
            ids |= {t.i for t in tokens(ps.doc) if t.i > naming.i}
        names = _names(ps, ids)
        fitting = _fitting(before, ps, subject)
        groups = [m for m in fitting if (m.count.value if m.count else 1) > len(m.persons)]
        # "The three men, X, Y and Z": the release of as many as are named, if one was told
        sized = [m for m in groups if m.count and m.count.value == len(names)]
        # not a release of fewer people than are named (the two traded for the seven named)
        room = [m for m in groups if not m.count or m.count.value >= len(names)]
        return ((sized or room or groups or fitting)[-1], names) if names else None
    names = _names(ps, ids)
    if len(names) < 2 or root.lemma_.lower() not in MOVE_VERBS | HOLD_VERBS:
        return None
    size = [m for m in before if not m.persons and m.count and m.count.value == len(names)]
    return (size[-1], names) if size else None


def _naming_verb(ps: ParsedSentence, root: Token) -> Token | None:
    """The verb that names the people of a follow-up: its root ("Three have been identified: X,
    Y and Z"), or a naming verb with "as" the parser hung elsewhere ("The Belarusians returned
    were named as X and Y")."""
    if root.lemma_.lower() in NAMING_VERBS:
        return root
    return next(
        (
            t
            for t in tokens(ps.doc)
            if t.pos_ == "VERB"
            and t.lemma_.lower() in NAMING_VERBS
            and any(c.lower_ == "as" for c in t.children)
        ),
        None,
    )


def _named_part(ps: ParsedSentence) -> tuple[Token, Token] | None:
    """A naming verb and the part of a group told of before that it names ("named two of them:
    X and Y", "identified four of those convicted: X, Y, Z and W")."""
    for verb in tokens(ps.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        for tok in ps.doc[verb.i + 1 : verb.i + MAX_PART_GAP]:
            whole = _whole(tok)
            if tok.like_num and whole is not None and whole.lower_ in ("them", "those"):
                return verb, tok
    return None


def _echoes(subject: Token, before: list[Mention]) -> bool:
    """A definite plural noun that repeats the noun of a group just told freed ("two Tajik border
    guards were handed over ... The guards were named as X and Y")."""
    if subject.tag_ != "NNS" or not any(c.lower_ in DEFINITE for c in subject.children):
        return False
    lemma = subject.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and t.pos_ == "NOUN" for m in before[-2:] for t in m.sent.doc
    )


def _echoes_any(subject: Token, before: list[Mention]) -> bool:
    """A definite noun that repeats the noun of a group just told freed, plural or, for one
    unnamed person, singular ("A Danish sailor ... was freed. The sailor, X, had been ...")."""
    return _echoes(subject, before) or _echoes_one(subject, before)


def _echoes_one(subject: Token, before: list[Mention]) -> bool:
    """ "The sailor, X, ...": a singular definite noun in apposition to a name, repeating a noun
    of the sentence of the last release told, one person it named no one of."""
    if subject.tag_ != "NN" or not any(c.lower_ == "the" for c in subject.children):
        return False
    if not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return False
    last = before[-1] if before else None
    if last is None or last.persons or (last.count is not None and last.count.value != 1):
        return False
    lemma = subject.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in last.sent.doc)


def _refers_back(subject: Token, ps: ParsedSentence) -> bool:
    """ "they", "the Americans", "two of them", "three of the men", "all of them" (not "the
    politician X", nor a group that speaks: "the rights group X says")."""
    said = subject.head.lemma_.lower() in lx.SPEECH_VERBS - NAMING_VERBS  # "were named as X"
    if said and _one_of_them(subject):  # "One of them, X, told reporters": one of the freed
        return True
    if said or _named(subject, ps):
        return False
    group = subject.tag_ in ("NNS", "NNPS") or subject.like_num or subject.lower_ in ("all", "both")
    if subject.lower_ == "they" or (group and _anaphoric(subject, ps)):
        return True
    whole = _whole(subject)
    return whole is not None and (whole.lower_ in ("them", "those") or _anaphoric(whole, ps))


def _one_of_them(subject: Token) -> bool:
    """ "One of them, X, ...": a number taken of "them" with a name in apposition."""
    whole = _whole(subject)
    return (
        subject.like_num
        and whole is not None
        and whole.lower_ == "them"
        and any(c.dep_ == "appos" for c in subject.children)
    )


def _whole(subject: Token) -> Token | None:
    """The group a partitive subject takes part of ("two of them", "three of the Americans")."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _names(ps: ParsedSentence, ids: set[int], listing: bool = False) -> list[str]:
    """Full names of people among the given tokens, not officials or speakers: those NER finds,
    and runs of proper nouns it takes for no person ("Sergeant X Y and Private Z W" as one
    organisation, "Mehmet Yildiz" as "Yildiz") where it finds no place. In a ``listing`` of the
    freed, a role ("the lawyer X", "the student leader X") is their own: only offices count."""
    names: list[str] = []
    ents = list(ps.doc.ents) if ps.doc.has_annotation("ENT_IOB") else []
    runs = [r for r in _proper_names(ps) if _listed_name(r)]
    taken: set[int] = set()
    starts: dict[str, int] = {}
    for ent in [e for e in ents if " " in e.text] + runs:
        if ent.label_ != "PERSON" or ent.root.i not in ids or is_speaker(ent):
            continue
        if _in_office(ent) if listing else is_official(ent):
            continue
        if taken & set(range(ent.start, ent.end)):
            continue
        name = clean_name(ent)
        if " " in name and name not in names:
            names.append(name)
            starts[name] = ent.start
            taken |= set(range(ent.start, ent.end))
    return sorted(names, key=starts.__getitem__)  # in the order told, whatever found them


def _listed_name(run: Span) -> bool:
    """A run of proper nouns that is one item of a list of them ("X Y and Z W", "the four, X Y,
    Z W and ..."), which NER takes for no person or for part of an organisation."""
    root = run.root
    listed = root.dep_ in ("appos", "conj") or any(c.dep_ == "conj" for c in root.children)
    return listed and all(t.ent_type_ in NAME_ENTS for t in run)


def _proper_names(ps: ParsedSentence) -> list[Span]:
    """Runs of two or more proper nouns that name no place, labelled PERSON: the names of a
    sentence parsed without named entities (the gate asks for them only where rules read them)."""
    places = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    found: list[Span] = []
    for tok in tokens(ps.doc):
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.i in places:
            continue
        start = tok.i
        while (
            start > 0
            and ps.doc[start - 1].pos_ == "PROPN"
            and ps.doc[start - 1].head.i in range(start, tok.i + 1)
        ):
            start -= 1
        if tok.i > start and not places & set(range(start, tok.i + 1)):
            found.append(Span(ps.doc, start, tok.i + 1, label="PERSON"))
    return found


def _fitting(before: list[Mention], ps: ParsedSentence, subject: Token) -> list[Mention]:
    """The releases a group named by nationality can be ("The Ukrainians were flown to Kyiv"):
    not those of its own state, which does not free people into its own country."""
    whole = _whole(subject)
    home = demonym_of(subject, ps) or demonym_of(whole, ps)  # "three of the Americans"
    if home is None:
        return before
    theirs = [m for m in before if home in (m.nationality, m.destination) and m.actor != home]
    return theirs or [m for m in before if m.actor != home] or before


def _near(m: Mention, ps: ParsedSentence) -> bool:
    return ps.sentence.index - REACH <= m.sent.sentence.index < ps.sentence.index


def listed(ps: ParsedSentence) -> list[str]:
    """Names a sentence lists as among people already told of: "Among them was X", "Among those
    on board were X and Y", "They included X", "The three are X, Y and Z" (not officials, speakers
    or names in a clause of their own)."""
    found = LIST_CUE.match(ps.sentence.text) or NUMBER_LIST.match(ps.sentence.text)
    if found is None or NOT_FREED.search(found.group(0)):
        return []  # "Among those still held are X", "The deal did not include X"
    cue = ps.doc[0].lower_ in REPORTED_LISTS
    ids = {
        t.i
        for t in tokens(ps.doc)
        if t.dep_ != "poss" and not any(_own_clause(a, cue) for a in [t, *t.ancestors][1:])
    }  # "X's fellow detainee, Y": Y, not X
    return _names(ps, ids, listing=True)


def _own_clause(tok: Token, cue: bool) -> bool:
    """Whether a token heads a clause of its own in a list sentence, whose names are not on the
    list: not, after a cue that opens the sentence (``cue``), the list itself reported by a
    trailing speech verb ("Among those freed were X and Y, the association said", "They included
    X, relatives told reporters"; not "did not name")."""
    speech = tok.head
    reported = (
        cue
        and tok.dep_ == "ccomp"
        and speech.i > tok.i
        and speech.lemma_.lower() in lx.SPEECH_VERBS
        and not any(c.dep_ == "neg" for c in speech.children)
    )
    return tok.dep_ in CLAUSE_DEPS and not reported


def _in_office(ent: Span) -> bool:
    """A name under a title of office ("Foreign Minister X", not "the former minister X", whom a
    list of the freed may hold), the title before it or taken into it ("Minister X Y" as one
    run of proper nouns)."""
    before = ent.doc[max(0, ent.start - 3) : ent.start]
    words = {t.lemma_.lower() for t in [*before, *ent]}
    return bool(words & LIST_OFFICES) and "former" not in words


def list_owner(ps: ParsedSentence, before: list[Mention]) -> list[Mention]:
    """The release a list sentence names people of: the one of as many people as its cue counts
    ("Among the nine freed ..."), of the state it says freed them ("freed by Minsk"), of the
    nationality it names ("The Kyrgyz include X"); else the nearest one."""
    if not before:
        return []
    first = next((e.start for e in ps.doc.ents if e.label_ == "PERSON"), len(ps.doc))
    cue = ps.doc[:first]
    number = next((t for t in cue if t.like_num), None)
    wanted = counts_mod.read_count(number) if number is not None else None
    other = any(t.lower_ == "other" for t in cue)
    states = {p.code for p in ps.places if p.span.start < first and p.kind in ("name", "capital")}
    homes = {p.code for p in ps.places if p.span.start < first and p.kind == "demonym"}

    def counted(m: Mention) -> bool:
        return (
            wanted is not None
            and not other
            and m.count is not None
            and (m.count.value == wanted.value)
        )

    tests: list[Callable[[Mention], bool]] = [
        counted,
        lambda m: m.actor in states,
        lambda m: m.actor not in homes and bool(homes & {m.nationality, m.destination}),
    ]
    for test in tests:
        fit = [m for m in before if test(m)]
        if fit:
            return fit[-1:]
    return before[-1:]


def _follow_ups(ps: ParsedSentence) -> list[tuple[Token, str, bool]]:
    """Moves of people already told of to one country: (their subject, the country, whether it
    is where they arrived), by a pronoun or definite group ("All were flown to Moscow", "They
    landed in Paris") or by name ("Bout was flown to Moscow")."""
    found: list[tuple[Token, str, bool]] = []
    for verb in tokens(ps.doc):
        if not _moves(verb):
            continue
        subject = own_subject(verb)
        if subject is None and verb.dep_ == "conj":  # "They flew to Doha and landed in X"
            subject = own_subject(verb.head)
        if subject is None or not (_anaphoric(subject, ps) or _named(subject, ps)):
            continue
        place = moved_to_by(ps, verb) or destination(ps, None, verb, None)
        if place is not None:
            final = any(arrived(ps, start) for start, code in named_places(ps) if code == place)
            final = final or _onward(ps, verb, place)
            found.append((subject, place, final))
    return found


def _onward(ps: ParsedSentence, verb: Token, place: str) -> bool:
    """Whether a move is the last leg of a journey the sentence tells ("flown to Doha and then
    continued to Washington", "flew to Berlin and was driven on to Poland"): a verb of going on,
    or one joined to a move to another place (not "handed over in Yangon and flown to Doha")."""
    if verb.lemma_.lower() == "continue":
        return True
    return verb.dep_ == "conj" and moved_to_by(ps, verb.head) not in (None, place)


def _moves(verb: Token) -> bool:
    """A verb of moving people ("flew", "were driven"), or "be back" or "be home" ("they were
    back in X", "she is home in X")."""
    if verb.lemma_.lower() == "be":
        return any(c.lower_ in ("back", "home") and c.dep_ == "advmod" for c in verb.children)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in MOVE_VERBS


def _named(subject: Token, ps: ParsedSentence) -> bool:
    """A person's name, whatever NER calls it ("Reed flew home"): a proper noun that is no place."""
    places = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    return subject.i not in places and (is_person(subject) or subject.pos_ == "PROPN")


def _anaphoric(subject: Token, ps: ParsedSentence) -> bool:
    """ "he", "they", "the six", "all eight", "the men", "the Americans"."""
    if subject.lower_ in PRONOUNS and subject.lower_ not in ("who", "which", "it", "that"):
        return True
    definite = any(c.lower_ in DEFINITE for c in subject.children)
    return definite and (subject.like_num or is_people(subject, ps))


def _targets(before: list[Mention], subject: Token, named: bool) -> list[Mention]:
    """The releases a follow-up subject stands for: those whose numbers add up to its number
    ("all eight" after five releases of one, three, two, one and one... that sum to eight),
    else the nearest one."""
    if not before:
        return []
    if named:  # "Bout was flown to Moscow": the release of Viktor Bout alone
        surname = subject.text
        size = 1 + len(subject.conjuncts)  # releases: "X and his wife, Y, were flown": both
        alone = [
            m
            for m in before
            if len(m.persons) == size and (m.count is None or m.count.value == size)
        ]
        return [m for m in alone if any(p.split()[-1] == surname for p in m.persons)][-1:]
    if subject.lower_ in PLURAL_ANAPHORS and not subject.like_num:
        last = before[-1].sent.sentence.index  # "All were flown to Moscow": every release told
        return [m for m in before if m.sent.sentence.index == last]  # in the sentence before
    wanted = counts_mod.read_count(subject) if subject.like_num else None
    if wanted is not None:
        total = 0
        run: list[Mention] = []
        for m in reversed(before):
            size = m.count.value if m.count else len(m.persons)
            if size == 0:
                break
            total += size
            run.append(m)
            if total == wanted.value:
                return run
            if total > wanted.value:
                break
    return [before[-1]]
