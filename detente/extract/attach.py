"""Document-level attachment: what a sentence after a release says about it.

A release is often completed by the sentences that follow it: "He was flown to Germany", "The six
flew back to the United States", "All eight were flown to Moscow". Such a sentence names no act of
its own; its destination belongs to the release(s) told just before it: for a pronoun or a definite
group ("they", "the men"), the nearest one; for a number ("all eight"), the run of releases just
before whose numbers add up to it.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

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
from detente.extract.mentions import Mention, ParsedSentence, own_subject
from detente.extract.person_names import NATIONALITY_NOUNS
from detente.extract.roll_calls import (
    DEFINITE,
    LIST_OFFICES,
    NAMING_VERBS,
    NOT_FREED,
    is_anaphoric,
    is_name,
    list_owner,
    listed,
    named_one_of_the_freed,
    names_at,
    partitive_whole,
    refers_back,
)
from detente.model import EventType

log = logging.getLogger(__name__)

# How many sentences back a follow-up sentence may reach for its release.
REACH = 5
# Plural pronouns that stand for every release told in the sentence before them.
PLURAL_ANAPHORS = frozenset({"they", "all", "both", "these", "those"})
# How far after a naming verb the part of a group it names may start ("named two of them").
MAX_PART_GAP = 4


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
    listing: Mention | None = None  # the release the sentence before named people of
    listing_at = -1
    acts = sorted((m.sent.sentence.index, m.type is EventType.RELEASE) for m in mentions)
    for ps in sents:
        if ps.sentence.index in told:
            focus = listing = None
            _own_roll_call(ps, releases)
            continue
        before = [m for m in releases if _near(m, ps)]
        last = [freed for i, freed in acts if i < ps.sentence.index][-1:]  # the last act told
        names = listed(ps, after_release=last == [True])
        if names:
            # "Among them was X. Also freed was Y.": the release the sentence before named
            just = listing if listing_at == ps.sentence.index - 1 else None
            prev = _sentence(sents, ps, -1)
            into = (
                focus
                if focus is not None and _near(focus, ps)
                else list_owner(ps, before, just, prev)
            )
            for m in [into] if isinstance(into, Mention) else into:
                m.persons = m.persons + [n for n in names if n not in m.persons]
            listing = into if isinstance(into, Mention) else into[0] if len(into) == 1 else None
            listing_at = ps.sentence.index
            continue
        prev = _sentence(sents, ps, -1)
        found = introduced(ps, before, prev) or backstories.named(ps, before, releases, names_at)
        if found is not None:
            m, names = found
            m.persons = m.persons + [n for n in names if n not in m.persons]
            listing, listing_at = m, ps.sentence.index
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


def _sentence(sents: list[ParsedSentence], ps: ParsedSentence, step: int) -> ParsedSentence | None:
    return next((p for p in sents if p.sentence.index == ps.sentence.index + step), None)


def _own_roll_call(ps: ParsedSentence, releases: list[Mention]) -> None:
    """The names a list sentence gives when its cue is itself a release ("Also freed was X, a
    journalist", "The most prominent of those freed was X, a village head"), when the one release
    told in it named no one (a sentence of two releases does not say whose). A cue with no actor of
    its own ("those freed") points back as a follow-up list does (:func:`list_owner`: "the Kyrgyz
    freed" to the release of Kyrgyz); a spelling in brackets ("X (Y in Ukrainian)") is no one else."""
    here = [m for m in releases if m.sent.sentence.index == ps.sentence.index]
    if len(here) != 1 or here[0].persons:
        return
    names = [n for n in listed(ps) if f"({n}" not in ps.sentence.text]
    near = [m for m in releases if _near(m, ps)]
    listing = bool(names)
    if not names:  # "X, one of those released, said": one of a release told before, if only one
        names = _one_of_those(ps)  # state's releases were told (a swap's two sides: no telling)
        owner = near[-1:] if len({m.actor for m in near}) == 1 else []
    else:
        own = here[0].actor is not None or here[0].party is not None
        owner = ([here[0]] if own else list_owner(ps, near)) or here
    for m in owner if names else []:
        m.persons = m.persons + [n for n in names if n not in m.persons]
        if not listing:
            _one_of_many(m)


def _one_of_many(m: Mention) -> None:
    """A release of an untold number of which a follow-up names one ("X, one of those released,
    said"): its count is no count of its names (the number stays untold, as for "dozens")."""
    if m.count is None:
        m.vague = True


def _one_of_those(ps: ParsedSentence) -> list[str]:
    """The name of "X, one of those released, told reporters ...", a sentence whose only release
    is the cue of its apposition: one of the freed, who speaks (session 25)."""
    subject = next(
        (t for t in tokens(ps.doc) if t.dep_ == "nsubj" and named_one_of_the_freed(t)), None
    )
    if subject is None:
        return []
    return names_at(ps, {t.i for t in subject.subtree if t.dep_ != "appos" or t.pos_ == "PROPN"})


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


def introduced(
    ps: ParsedSentence, before: list[Mention], prev: ParsedSentence | None = None
) -> tuple[Mention, list[str]] | None:
    """The release a follow-up sentence names people of, and the names: in apposition to a subject
    that refers back ("The Americans, X and Y, had been detained", "Two of them, X and Y, ...",
    "Three of the Americans have been identified: X, Y and Z"), or a subject list of exactly as
    many names as a release just told freed ("X, Y and Z were driven out of Gaza")."""
    if not before:
        return None
    clauses = [(t.head, t) for t in tokens(ps.doc) if t.dep_ in ("nsubj", "nsubjpass")]
    part = _named_part(ps)  # "Their employer named two of them, X and Y"
    root, subject = part or next(
        (
            (v, s)
            for v, s in clauses
            if refers_back(s, ps) or _echoes_any(s, before) or _one_named(s, ps) is not None
        ),
        clauses[0] if clauses else (None, None),
    )
    if root is None or subject is None:
        return None
    if NOT_FREED.search(ps.doc[subject.left_edge.i : subject.right_edge.i + 1].text):
        return None  # "The most prominent of those still held is X": not the freed
    ids = {t.i for t in subject.subtree}
    if part is None and not refers_back(subject, ps) and not _echoes_any(subject, before):
        noun = _one_named(subject, ps)
        if noun is not None:  # "The Latvian, X, ...": the one person of a release
            names = names_at(ps, ids)
            lone = [
                m
                for m in _fitting(before, ps, noun)
                if not m.persons and m.count is not None and m.count.value == 1
            ]
            # "The student, X, ..." after a one-for-one swap: no nationality, no telling whose
            told = demonym_of(noun, ps) is not None or len(lone) == 1
            return (lone[-1], names) if len(names) == 1 and lone and told else None
    if part is not None or refers_back(subject, ps) or _echoes_any(subject, before):
        # "The activists — X, a teacher, Y and Z — had been held": names parsed as subjects too
        ids |= {t.i for v, s in clauses if v.i == root.i and s.pos_ == "PROPN" for t in s.subtree}
        naming = _naming_verb(ps, root)  # "... have been identified: X, Y and Z"
        if naming is not None:
            ids |= {t.i for t in tokens(ps.doc) if t.i > naming.i}
        names = names_at(ps, ids)
        fitting = _fitting(before, ps, subject)
        them = _subject(prev) if prev is not None and _of_them(subject) else None
        if prev is not None and them is not None:  # "The six Nicaraguans walked across. One of
            fitting = _fitting(fitting, prev, them)  # them, X, ...": the Nicaraguans' release
        if _one_of_group(subject, before):  # "One fisherman, X": a release of fishermen
            fitting = [m for m in fitting if _tells(m, subject.lemma_.lower())] or fitting
        groups = [m for m in fitting if (m.count.value if m.count else 1) > len(m.persons)]
        if _lone_one(subject) and len({m.actor for m in groups}) > 1:
            return None  # "One, X, told ..." after a swap: no telling whose
        # "The three men, X, Y and Z": the release of as many as are named, if one was told
        sized = [m for m in groups if m.count and m.count.value == len(names)]
        # not a release of fewer people than are named (the two traded for the seven named)
        room = [m for m in groups if not m.count or m.count.value >= len(names)]
        if not names:
            return None
        chosen = (sized or room or groups or fitting)[-1]
        if subject.lower_ == "one" or _one_of_group(subject, before):
            _one_of_many(chosen)  # "One of them, X" names one of a group, not a release of one
        return chosen, names
    names = names_at(ps, ids)
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
            whole = partitive_whole(tok)
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
    unnamed person, singular ("A Danish sailor ... was freed. The sailor, X, had been ..."), or
    one of that group named ("One fisherman, X, said ...")."""
    return (
        _echoes(subject, before) or _echoes_one(subject, before) or _one_of_group(subject, before)
    )


def _of_them(subject: Token) -> bool:
    """ "One of them", "two of them": a part of the group the sentence before told of."""
    whole = partitive_whole(subject)
    return subject.like_num and whole is not None and whole.lower_ == "them"


def _subject(ps: ParsedSentence) -> Token | None:
    """The subject of a sentence's main clause."""
    root = next((t for t in tokens(ps.doc) if t.dep_ == "ROOT"), None)
    return own_subject(root) if root is not None else None


def _tells(m: Mention, lemma: str) -> bool:
    """Whether a release's sentence tells a group by the plural of a noun ("fishermen")."""
    return any(t.lemma_.lower() == lemma and t.tag_ == "NNS" for t in m.sent.doc)


def _lone_one(subject: Token) -> bool:
    """ "One, X, told ...": the bare number, of no group named."""
    return subject.lower_ == "one" and partitive_whole(subject) is None


def _one_of_group(subject: Token, before: list[Mention]) -> bool:
    """ "One fisherman, X, said the group had been fed poorly" after "freed 22 fishermen": "one"
    and the singular of the noun of a group just told freed, with a name in apposition; a freed
    person who speaks is one of the freed (session 25). Not "One official, X, said" (no group of
    officials was freed), nor an office however the group is named."""
    if subject.tag_ != "NN" or not any(
        c.dep_ == "nummod" and c.lower_ == "one" for c in subject.children
    ):
        return False
    if not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return False
    lemma = subject.lemma_.lower()
    if lemma in LIST_OFFICES | lx.OFFICIAL_TITLES:
        return False
    return any(_tells(m, lemma) for m in before[-2:])


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


def _one_named(subject: Token, ps: ParsedSentence) -> Token | None:
    """The noun of "The Latvian, X, ...", "The man, X, was detained", "The hiker, X, had been
    awaiting trial": a singular definite noun for one person (a nationality, a people, trade or kin
    noun; not an office: "The spokesman, X, said") with a name in apposition, who does not speak.
    The parser hangs it either way: the noun as subject with the name in apposition, or the name
    as subject with "the" and the noun before it."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT":
        return None  # not "..., adding that the aid worker, X, had done nothing"
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in lx.SPEECH_VERBS:
        return None  # "The lawyer, X, told reporters": a speaker
    noun: Token | None = None
    if subject.tag_ in ("NN", "NNP") and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
    ):
        noun = subject if any(c.lower_ == "the" for c in subject.children) else None
    elif subject.pos_ == "PROPN" and subject.left_edge.lower_ == "the":
        doc = ps.doc
        comma = next(
            (t for t in doc[subject.left_edge.i + 2 : subject.left_edge.i + 4] if t.text == ","),
            None,
        )
        noun = doc[comma.i - 1] if comma is not None and comma.i < subject.i else None
    if noun is None or noun.tag_ not in ("NN", "NNP"):
        return None
    lemma = noun.lemma_.lower()
    if lemma in LIST_OFFICES | lx.OFFICIAL_TITLES:
        return None
    persons = lx.PEOPLE_NOUNS.keys() | lx.OCCUPATIONS | lx.PERSON_WORDS | NATIONALITY_NOUNS
    return noun if lemma in persons or demonym_of(noun, ps) is not None else None


def _fitting(before: list[Mention], ps: ParsedSentence, subject: Token) -> list[Mention]:
    """The releases a group named by nationality can be ("The Ukrainians were flown to Kyiv"):
    not those of its own state, which does not free people into its own country."""
    whole = partitive_whole(subject)
    home = demonym_of(subject, ps) or demonym_of(whole, ps)  # "three of the Americans"
    if home is None:
        return before
    theirs = [m for m in before if home in (m.nationality, m.destination) and m.actor != home]
    return theirs or [m for m in before if m.actor != home] or before


def _near(m: Mention, ps: ParsedSentence) -> bool:
    return ps.sentence.index - REACH <= m.sent.sentence.index < ps.sentence.index


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
        if subject is None or not (is_anaphoric(subject, ps) or is_name(subject, ps)):
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
