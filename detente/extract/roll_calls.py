"""Lists of the freed told after the act: sentences that name people of a release told just
before ("Among them was X", "They included X and Y", "The three are X, Y and Z", "Also freed
were X and Y", "They are X, a teacher, and Y", "X was also among those freed"), and the readers of
names and of groups that refer back which :mod:`detente.extract.attach` shares with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract.doc_memo import tokens
from detente.extract.groups import PRONOUNS, is_people
from detente.extract.mentions import Mention, ParsedSentence, is_person
from detente.extract.person_names import clean_name
from detente.extract.persons import is_official, is_speaker

# Prepositions that list more of the freed ("six activists, including X"); the objects of others
# under a noun are told by a description ("an adviser to X").
LISTING_PREPS = frozenset({"including", "among", "with", "along", "alongside", "together"})
# Determiners that make a group definite: it names people already told of.
DEFINITE = frozenset({"the", "all", "both", "these", "those"})
# Nouns of a small group of people told of before ("the pair", "the duo").
PAIRS = frozenset({"pair", "couple", "duo", "trio"})
# Verbs of a relative clause that lists the freed ("The group, which included X").
INCLUDE_VERBS = frozenset({"include", "comprise"})
# Lemmas of the verbs of _FREED.
FREED_LEMMAS = frozenset(
    {"free", "release", "pardon", "let", "return", "exchange", "swap", "hand", "repatriate"}
)
# Words that tell people were freed, in a list cue ("Those let out were X", "Also freed were X").
_FREED = r"(?:freed|released|pardoned|let out|returned|exchanged|swapped|handed over|repatriated)"
# A sentence that lists some of the people told of just before: "Among them was X", "Among the
# nine freed by Minsk were X", "They included X", "The five included X", "The freed group includes
# X", "The group, which included X, ...", "Those freed were X", "The other three released were X",
# "Also freed were X" (after a live-blog time or a "X said" at most).
LIST_CUE = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:--|—|–|-)\s*)?(?:[^.;]{0,60}\b(?:said|says|added)(?: that)? )?"
    r"(?:among (?:them|those|the)\b[^.;]{0,50}?\b(?:was|were|is|are)\b|"
    r"(?:besides [^,;]{1,40}, )?(?:they|those|these|the)\b[^.;,:]{0,40}?"
    r"(?:, (?:which|who) )?\b(?:also )?includ(?:ed|es|e)\b|"
    rf"(?:those |the (?:other )?(?:[\w-]+ )?(?:[\w-]+ )?){_FREED}\b[^.;]{{0,40}}?"
    r"\b(?:were|are|was|is)\b|"
    # "Also freed were X and Y", "Also on board was X"
    rf"also (?:{_FREED}|on board|aboard)\b[^.;]{{0,30}}?\b(?:were|are|was|is)\b)",
    re.IGNORECASE,
)

# A sentence that puts its subject among the freed: "X was also among those freed", "X and Y were
# among those released", "X was among the first to leave prison".
AMONG_FREED = re.compile(
    rf"\b(?:was|were|is|are) (?:also |both )?among (?:those |the (?:[\w-]+ ){{0,3}}?)"
    rf"(?:who (?:were|was|had been|have been) )?(?:{_FREED}|to (?:be )?(?:{_FREED}|leave|walk))\b",
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


def refers_back(subject: Token, ps: ParsedSentence) -> bool:
    """ "they", "the Americans", "two of them", "three of the men", "all of them" (not "the
    politician X", nor a group that speaks: "the rights group X says")."""
    # a group spoken of is no speaker: "The men, X and Y, were described by television as ..."
    said = subject.dep_ != "nsubjpass" and subject.head.lemma_.lower() in lx.SPEECH_VERBS
    said = said and subject.head.lemma_.lower() not in NAMING_VERBS  # "were named as X"
    if said and _one_of_them(subject):  # "One of them, X, told reporters": one of the freed
        return True
    if named_one_of_the_freed(subject):  # "X, one of those released, told reporters"
        return True
    if said or is_name(subject, ps):
        return False
    group = subject.tag_ in ("NNS", "NNPS") or subject.like_num or subject.lower_ in ("all", "both")
    if subject.lower_ == "they" or (group and is_anaphoric(subject, ps)):
        return True
    if subject.lemma_.lower() in PAIRS and _named_pair(subject):
        return True  # "The pair, X and Y, worked for a charity"
    whole = partitive_whole(subject)
    return whole is not None and (whole.lower_ in ("them", "those") or is_anaphoric(whole, ps))


def _named_pair(subject: Token) -> bool:
    """ "The pair, X and Y, ...": a definite small group with its names in apposition (not "the
    British couple detained in Iran", which names no one itself)."""
    definite = any(c.lower_ in DEFINITE for c in subject.children)
    return definite and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)


def _one_of_them(subject: Token) -> bool:
    """ "One of them, X, ...", "One, X, told local television ...": a number taken of "them", or
    "one" standing alone, with a name in apposition."""
    if not subject.like_num or not any(c.dep_ == "appos" for c in subject.children):
        return False
    whole = partitive_whole(subject)
    if whole is None:  # "One, X, told ...": the bare number, its name at once after it
        return subject.lower_ == "one" and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i <= subject.i + 2
            for c in subject.children
        )
    return whole.lower_ == "them"


def named_one_of_the_freed(subject: Token) -> bool:
    """ "X, one of those released, told reporters", "X, one of the freed men, said", "X, one of
    them, ...": a name with "one of" the freed in apposition (not "X, one of the negotiators",
    "one of those still held": the caller's cue for the held)."""
    if subject.pos_ != "PROPN":
        return False
    for one in subject.children:
        if one.dep_ != "appos" or one.lower_ != "one":
            continue
        whole = partitive_whole(one)
        if whole is None:
            continue
        if whole.lower_ == "them":
            return True
        told = [c for c in whole.children if c.dep_ in ("acl", "amod", "relcl")]
        if any(c.lemma_.lower() in FREED_LEMMAS or re.fullmatch(_FREED, c.lower_) for c in told):
            return True  # "one of those released", "one of the freed men"
    return False


def partitive_whole(subject: Token) -> Token | None:
    """The group a partitive subject takes part of ("two of them", "three of the Americans")."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


# Words by which a list's cue points back at a group told before ("Among them was X").
BACK_WORDS = frozenset({"them", "they", "those", "these"})


def points_back(cue: Span) -> bool:
    """Whether a list's cue names its group only by a pronoun ("Among them was X", "They
    included X"), not by a noun of its own ("Among the civilians was X")."""
    words = [t.lower_ for t in cue]
    return bool(BACK_WORDS & set(words)) and not any(
        t.pos_ in ("NOUN", "PROPN") and t.lower_ not in BACK_WORDS for t in cue
    )


def antecedent_group(prev: ParsedSentence) -> tuple[Token | None, set[str]]:
    """The number and the nationality of the group the sentence before a list tells as its
    subject, for a list that points back by a pronoun: "The 90 prisoners, most of them women,
    were driven to Ramallah. Among them was X" (90); "The Ukrainians released included soldiers
    ... Among them was X" (UKR). Words of a clause inside the subject are not its own; the subject
    of a verb acting on an object is its doer, not the group ("Venezuelan authorities released
    seven Americans")."""
    root = next((t for t in tokens(prev.doc) if t.dep_ == "ROOT"), None)
    if root is None:
        return None, set()
    subject = next(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None
    )
    if subject is None and root.pos_ in ("NOUN", "PROPN"):
        subject = root  # "The 90 prisoners, most of them women, were driven": parsed as a fragment
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return None, set()
    acts = root.lemma_.lower() not in INCLUDE_VERBS and any(c.dep_ == "dobj" for c in root.children)
    if acts and subject.dep_ == "nsubj":  # "Venezuelan authorities released seven Americans"
        return None, set()
    own = {subject.i} | {c.i for c in subject.children if c.i < subject.i}
    number = next((c for c in subject.children if c.dep_ == "nummod" and c.like_num), None)
    homes = {p.code for p in prev.places if p.kind == "demonym" and p.span.start in own}
    return number, homes


def names_at(ps: ParsedSentence, ids: set[int], listing: bool = False) -> list[str]:
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
        if ent.label_ != "PERSON" or ent.root.i not in ids:
            continue
        # a speaker is no one freed, unless told as one of them ("X, one of those freed, said")
        if is_speaker(ent) and not named_one_of_the_freed(ent.root):
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
    listed = listed or named_one_of_the_freed(root)  # "X Y, one of those released, said"
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


def listed(ps: ParsedSentence, after_release: bool = True) -> list[str]:
    """Names a sentence lists as among people already told of: "Among them was X", "Among those
    on board were X and Y", "They included X", "The three are X, Y and Z", "They are X and Y",
    "X was also among those freed", "Oman named the three as X, Y and Z" (not officials, speakers
    or names in a clause of their own). A list that points back only by a pronoun or a group
    ("They are X", "named them as X") counts only ``after_release``: when the last act told
    before it is a release (not "The Foreign Office named them as X" after a listing)."""
    found = LIST_CUE.match(ps.sentence.text) or NUMBER_LIST.match(ps.sentence.text)
    if found is not None and NOT_FREED.search(found.group(0)):
        return []  # "Among those still held are X", "The deal did not include X"
    told = None
    if found is None:
        pointed = (_copular(ps) or _named_as(ps)) if after_release else None
        told = pointed or _among_freed(ps)
    if found is None and told is None:
        return []
    cue = told is not None or ps.doc[0].lower_ in REPORTED_LISTS
    ids = {
        t.i
        for t in tokens(ps.doc)
        if t.dep_ != "poss"
        and not _told_by(t)
        and not any(_own_clause(a, cue) for a in [t, *t.ancestors][1:])
    }  # "X's fellow detainee, Y": Y, not X
    return names_at(ps, ids if told is None else ids & told, listing=True)


def _told_by(tok: Token) -> bool:
    """Whether a name in a list is told by the description of another: the object of a
    preposition under a noun ("Y, a former adviser to X", "the wife of X"), not of a listing one
    ("six activists, including X")."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ not in LISTING_PREPS
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.i != tok.i
    )


def _copular(ps: ParsedSentence) -> set[int] | None:
    """The tokens of a list a copula gives of a group told of before: "They are X, Y and Z",
    "The Americans were X and Y", "The others were X", "The most prominent of those freed was X"
    (a subject that refers back: :func:`refers_back`; not "The negotiators were X", "They were not
    X", "The others still held are X")."""
    root = next((t for t in tokens(ps.doc) if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be" or any(c.dep_ == "neg" for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    attrs = [c for c in root.children if c.dep_ == "attr" and c.i > root.i]
    if subject is None or not attrs or NOT_FREED.search(ps.doc[: root.i + 1].text):
        return None
    if subject.lemma_.lower() in LIST_OFFICES | lx.OFFICIAL_TITLES or not refers_back(subject, ps):
        return None
    return {t.i for a in attrs for t in a.subtree}


def _named_as(ps: ParsedSentence) -> set[int] | None:
    """The tokens of the names a naming verb gives to a group told of before, after its object:
    "Oman named the three as X, Y and Z", "The White House named them as X and Y", "Relatives
    identified two as X and Y" (not "did not name them", "named the negotiators as X")."""
    for verb in tokens(ps.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        group = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if group is None or group.lemma_.lower() in LIST_OFFICES | lx.OFFICIAL_TITLES:
            continue
        if refers_back(group, ps) or group.lower_ == "them" or group.like_num:
            last = max(t.i for t in group.subtree)
            return {t.i for t in tokens(ps.doc) if t.i > last}
    return None


def _among_freed(ps: ParsedSentence) -> set[int] | None:
    """The tokens of the people a sentence puts among those freed: its subject ("X was also among
    those freed", "X and Y were among the first to leave prison"), and a list after a colon
    ("Three journalists were among those released: X, Y and Z")."""
    found = AMONG_FREED.search(ps.sentence.text)
    if found is None or NOT_FREED.search(found.group(0)):
        return None
    start = ps.sentence.text.index(found.group(0))
    copula = next((t for t in tokens(ps.doc) if t.idx >= start and t.lemma_ == "be"), None)
    # every subject: "The dissident X was among ..." may be parsed as two
    subjects = [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None else []
    if not subjects:
        return None
    told = {t.i for s in subjects for t in s.subtree}
    colon = next((t.i for t in tokens(ps.doc) if t.idx > start and t.text == ":"), None)
    return told | ({t.i for t in tokens(ps.doc) if t.i > colon} if colon is not None else set())


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
    # "Those let out were X", "The others freed were X": the copula of the list parsed as a
    # clause under the verb of the cue before it
    copula = (
        tok.dep_ == "ccomp"
        and tok.lemma_ == "be"
        and tok.head.i < tok.i
        and tok.head.lemma_.lower() in FREED_LEMMAS
    )
    # "The group, which included X and Y, landed": the relative clause is the list
    including = tok.dep_ == "relcl" and tok.lemma_.lower() in INCLUDE_VERBS
    return tok.dep_ in CLAUSE_DEPS and not reported and not copula and not including


def _in_office(ent: Span) -> bool:
    """A name under a title of office ("Foreign Minister X", not "the former minister X", whom a
    list of the freed may hold), the title before it or taken into it ("Minister X Y" as one
    run of proper nouns)."""
    before = ent.doc[max(0, ent.start - 3) : ent.start]
    words = {t.lemma_.lower() for t in [*before, *ent]}
    return bool(words & LIST_OFFICES) and "former" not in words


def is_name(subject: Token, ps: ParsedSentence) -> bool:
    """A person's name, whatever NER calls it ("Reed flew home"): a proper noun that is no place."""
    places = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    return subject.i not in places and (is_person(subject) or subject.pos_ == "PROPN")


def is_anaphoric(subject: Token, ps: ParsedSentence) -> bool:
    """ "he", "they", "the six", "all eight", "the men", "the Americans"."""
    if subject.lower_ in PRONOUNS and subject.lower_ not in ("who", "which", "it", "that"):
        return True
    definite = any(c.lower_ in DEFINITE for c in subject.children)
    return definite and (subject.like_num or is_people(subject, ps))


def list_owner(
    ps: ParsedSentence,
    before: list[Mention],
    named: Mention | None = None,
    prev: ParsedSentence | None = None,
) -> list[Mention]:
    """The release a list sentence names people of: the one of as many people as its cue counts
    ("Among the nine freed ..."), of the state it says freed them ("freed by Minsk"), of the
    nationality it names ("The Kyrgyz include X"); else the one a list just before named people
    of (``named``), else the nearest one."""
    if not before:
        return []
    first = next((e.start for e in ps.doc.ents if e.label_ == "PERSON"), len(ps.doc))
    cue = ps.doc[:first]
    number = next((t for t in cue if t.like_num), None)
    other = any(t.lower_ == "other" for t in cue)
    states = {p.code for p in ps.places if p.span.start < first and p.kind in ("name", "capital")}
    # the nationality the cue gives its group, before any verb: "The Americans include five oil
    # executives who were summoned to the Venezuelan capital: X" (not "Venezuelan")
    verb = next((t.i for t in cue if t.pos_ in ("VERB", "AUX")), first)
    homes = {p.code for p in ps.places if p.span.start < verb and p.kind == "demonym"}
    if prev is not None and number is None and not states | homes and points_back(cue):
        number, homes = antecedent_group(prev)  # "The 90 prisoners were driven ... Among them"
    wanted = counts_mod.read_count(number) if number is not None else None

    def counted(m: Mention) -> bool:
        return (
            wanted is not None
            and not other
            and m.count is not None
            and (m.count.value == wanted.value)
        )

    tests: list[Callable[[Mention], bool]] = [
        counted,  # the nationality the list names before a place in a description of them
        # a swap told as one act frees the other side's people ("Ukraine and Russia each freed")
        lambda m: (
            m.actor not in homes and bool(homes & {m.nationality, m.destination, *m.co_actors})
        ),
        lambda m: m.actor in states,
    ]
    for test in tests:
        fit = [m for m in before if test(m)]
        fit = [m for m in fit if m.actor is not None] or fit  # not a swap's "each side" telling
        if fit:
            return fit[-1:]
    # "Among the Lebanese were X": not a release by their own state, when another is told
    before = [m for m in before if m.actor not in homes] or before
    # else the release a list just before named people of ("Among them was X. Also freed was
    # Y."), else the nearest one
    return [named] if named is not None and any(m is named for m in before) else before[-1:]
