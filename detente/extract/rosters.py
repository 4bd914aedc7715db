"""Rosters: a sentence that spells out whom a sanctions act told just before listed.

"Those listed include X, Y and Z", "Among those named were X", "The delisted firms are X and Y",
"The list includes X", "The Council named X, Y and Z", "Among those who remain listed are X",
"Among them are X" (a pronoun for the group the sentence before listed): no act of its own, but
the names (and the sectors their descriptions tell) of the act before it. :func:`cue` finds the
verb that spells them out, :func:`region` the words that hold them; ``listed_again.told_again`` joins
the roster to the act :func:`act_of` finds told in the sentences just before it (of the way the
group's clause tells: taken off the list, an easing; kept on it, an imposition), or drops it when
none is.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import act_rosters, licence_names, roster_names, subject_to
from detente.extract import lexicon as lx
from detente.extract.counts import SMALL_NUMBERS
from detente.extract.doc_memo import per_token
from detente.extract.listings import LISTABLE_NOUNS, own_time
from detente.extract.mentions import Mention, own_subject
from detente.model import EventType

log = logging.getLogger(__name__)

# Participles that make a group the listed ones ("those listed", "the newly designated entities").
ROSTER_FORMS = frozenset(
    {"listed", "named", "designated", "sanctioned", "delisted", "blacklisted", "added",
     "targeted", "relisted", "removed", "unfrozen"}
)  # fmt: skip
# Nouns for the list an act drew up, as the subject of "includes" ("The list includes X").
ROSTER_NOUNS = frozenset({"list", "blacklist"})
# Words of a clause that makes a group the listed ones ("those who remain listed", "the bodies
# taken off the list", "the names whose assets are now frozen").
CLAUSE_WORDS = ROSTER_FORMS | ROSTER_NOUNS | {"frozen"}
# Words of a group's clause that tell which way the act it spells out went: names taken off a list
# ("those delisted", "the bodies taken off the list") or kept on one ("those who remain listed").
REMOVED_WORDS = frozenset({"delisted", "removed", "unfrozen", "dropped", "off", "lifted"})
KEPT_LEMMAS = frozenset({"remain", "stay", "keep", "still"})
# Pronouns for a group an act told just before, after "among" ("Among them are X").
GROUP_PRONOUNS = frozenset({"them", "these"})
# Verbs by which a roster spells out its members.
ENUMERATE_VERBS = frozenset({"include", "comprise", "be"})
# Verbs by which the sanctioning body names whom it listed ("The Council named X and Y").
NAMING_VERBS = frozenset({"name", "identify"})
# Clauses inside a roster that tell about a member, not name one ("whom Ottawa described as",
# "both based near the Golden Triangle zone", "saying they were responsible").
ASIDE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Prepositions of place inside a roster: their objects are where a member sits ("the head of the
# penal colony in Omsk", "penal colonies in Navapolatsk and Shklou"), not members.
PLACE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "from"})
# Labels of the name of a listed body or person.
NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC"})
# Words before a group that make it the listed ones too ("these", "the").
GROUP_DETERMINERS = frozenset({"the", "these", "those"})
# Words by which a passive listing adds names to an act just told ("were also listed", "were
# listed alongside them", "were named as well").
ADDING_WORDS = frozenset({"also", "alongside", "too", "likewise", "additionally"})
# Prepositions after a passive listing that spell out members of its group ("Seven individuals
# were also listed, including X").
MEMBER_PREPS = frozenset({"including", "among"})
# Verbs by which a renewal told before keeps measures on the names it lists.
KEEP_VERBS = frozenset({"keep", "maintain", "retain", "leave"})
# How many sentences before a roster the act it spells out may be told.
ROSTER_REACH = 3
# Nouns of a roster's group beside the listable ones ("The new names are X", "The targets include").
ROSTER_KINDS = LISTABLE_NOUNS | {"name", "target"}
# Number words of a group told by its size alone, two to ten ("The four are X, Y, Z and W").
GROUP_NUMBERS = SMALL_NUMBERS[1:10]


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun == "people" else noun + "s"


# A sentence that can only be a roster, with no word of sanctions ("The banks are X, Y and Z",
# "The individuals include X", "Among the companies are X", "The four are X"): passed to the
# sanctions rules, which read it as a roster or not at all (:func:`spelled_out`). Case written out
# (anchored, tried at the start only: no case-insensitive search).
ROSTER_SENTENCE = re.compile(
    r"(?:[Aa]mong [Tt]he|[Tt]he|[Tt]hese|[Tt]hose) (?:[\w-]+ ){0,2}"
    rf"(?:{'|'.join(sorted(_plural(n) for n in ROSTER_KINDS))}) (?:[a-z]+ )?"
    r"(?:are|were|is|was|include[ds]?)\b"
    rf"|[Tt]he (?:other )?(?:{'|'.join(GROUP_NUMBERS)})(?: (?:are|were)\b|,)"
    rf"|(?:{'|'.join(n.capitalize() for n in GROUP_NUMBERS)}) of (?:them|the (?:[\w-]+ )?"
    rf"(?:{'|'.join(sorted(_plural(n) for n in ROSTER_KINDS))}))\b"
)


# A passive listing that adds names to an act just told, with no word of sanctions ("Two Iranian
# firms were also listed", "Also named were X and Y"): read as a roster (:func:`passive`), which
# ``listed_again.told_again`` drops when no act is told just before it.
_PASSIVE_FORMS = "listed|named|added|removed|delisted|blacklisted"
# "removed from the Europa League": a "from" that names no list takes no one off a sanctions list
_NOT_FROM_A_LIST = r"(?! from (?!(?:the |its |their )?(?:[\w-]+ ){0,3}(?:list|register)))"
PASSIVE_ROSTER = re.compile(
    rf"\b(?:were|was) also (?:{_PASSIVE_FORMS})\b{_NOT_FROM_A_LIST}"
    rf"|^(?:Also )?(?:{'|'.join(f.capitalize() for f in _PASSIVE_FORMS.split('|'))}"
    rf"|{_PASSIVE_FORMS}) (?:were|was)\b"
)


def spelled_out(text: str) -> bool:
    """Whether a sentence with no word of sanctions may be a roster ("The banks are X and Y",
    "Two Iranian firms were also listed")."""
    return ROSTER_SENTENCE.match(text) is not None or PASSIVE_ROSTER.search(text) is not None


def cue(verb: Token) -> bool:
    """Whether a main verb spells out whom an act listed: "include"/"be" with a listed group as
    subject or after "among", or "named" with a name as object."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if passive(verb) or partition(verb):
        return True
    lemma = verb.lemma_.lower()
    if lemma in KEEP_VERBS:
        subj = own_subject(verb)
        return subj is not None and kept_by_renewal(verb, subj)
    if subject_to.way(verb) is not None:  # "X is now subject to an EU asset freeze"
        return subject_to.named(verb)
    if act_rosters.act_told(verb) is not None:  # "The delistings include X", "The UK's list"
        return True
    if licence_names.told(verb):  # "A second licence allows dealings with X"
        return True
    if lemma in NAMING_VERBS:
        return _names(verb)
    if lemma not in ENUMERATE_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (
        _group(subj) or _list_noun(subj, lemma) or _kind_named(verb, subj) or counted(verb, subj)
    ):
        return True
    return any(  # "Among those named were ...", "Among the individuals is ..."
        c.dep_ == "prep" and c.lower_ == "among" and any(_group(p) or _kind(p) for p in c.children)
        for c in verb.children
    ) or pronoun(verb)


@per_token  # asked of a roster's verb by several tests
def partition(verb: Token) -> bool:
    """ "Three of the firms are tied to the army: X, Y and Z", "Two of the firms, X and Y, are
    controlled by ...": part of a group an act just listed, told by its size, with its names in
    apposition (:func:`act_of` holds it to an act that listed a group)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (verb.dep_ == "ROOT" or roster_names.said_after(verb)):
        return False
    return bool(_part_members(subj))


def _part_members(num: Token) -> list[Token]:
    """The words of the names in apposition to "three of the firms", "two of them", "the other
    three"."""
    kids = list(num.children)
    part = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(_kind(p) or p.lower_ == "them" for p in c.children)
        for c in kids
    ) or ({"the", "other"} <= {c.lower_ for c in kids if c.dep_ in ("det", "amod")})
    if num.pos_ == "PROPN":  # "The other two, X and Y, belong to ...": the number on the name
        size = next((c for c in kids if c.dep_ == "nummod" and c.lower_ in GROUP_NUMBERS), None)
        if size is None or not {"the", "other"} <= {c.lower_ for c in size.children}:
            return []
        return [t for t in num.subtree if t.i > size.i and t not in size.subtree]
    if num.lower_ not in GROUP_NUMBERS or not part:
        return []
    return [t for c in kids if c.dep_ == "appos" and c.pos_ == "PROPN" for t in c.subtree]


def passive(verb: Token) -> bool:
    """ "Also listed were X and Y", "X was also designated", "Two firms, A and B, were listed
    alongside them": a listing participle in the passive with no doer, either before what it
    lists or with a word of adding, tells more names of the act just before (not "No names were
    removed", nor "X was listed by Canada in 2019", an act of its own)."""
    if verb.tag_ != "VBN" or verb.lower_ not in ROSTER_FORMS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("agent", "neg") for c in kids):
        return False
    if own_time(verb):  # "X was designated in March, alongside two others": an act of its own
        return False
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is not None and any(c.lower_ in ("no", "none") for c in subj.subtree):
        return False
    inverted = subj is None or subj.i > verb.i  # "Also listed were X"
    adding = any(c.lower_ in ADDING_WORDS for c in kids if c.dep_ in ("advmod", "prep"))
    return inverted or adding


def kept_by_renewal(verb: Token, subj: Token) -> bool:
    """ "The renewal keeps in place measures against X", "The extension maintains the asset freeze
    on X": a renewal told before, with what it keeps listed."""
    if verb.lemma_.lower() not in KEEP_VERBS or subj.lemma_.lower() not in lx.RENEWAL_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS | {"this"} for c in subj.children)


def way(verb: Token) -> EventType | None:
    """The type of the act a roster spells out, when its group's words tell it: names taken off
    the list (an easing) or kept on it (an imposition, renewed); None when they do not."""
    subj = own_subject(verb)
    if subj is not None and kept_by_renewal(verb, subj):  # "The renewal keeps ... on X"
        return EventType.SANCTIONS_IMPOSED
    if passive(verb):  # "Also delisted was X", "X was also designated"
        removed = verb.lower_ in REMOVED_WORDS
        return EventType.SANCTIONS_EASED if removed else EventType.SANCTIONS_IMPOSED
    if subject_to.way(verb) is not None:  # "X is no longer subject to asset freezes"
        return subject_to.way(verb)
    act = act_rosters.act_told(verb)
    if act is not None:  # "The delistings include X": an easing
        return act_rosters.ACT_NOUNS[act.lemma_.lower()]
    subj = own_subject(verb)
    among = [p for c in verb.children if c.lower_ == "among" for p in c.children]
    groups = [g for g in [subj, *among] if g is not None and _group(g)]
    words = [t for g in groups for m in _markers(g) for t in m.subtree]
    if any(t.lower_ in REMOVED_WORDS for t in words):
        return EventType.SANCTIONS_EASED
    if any(t.lemma_.lower() in KEPT_LEMMAS for t in words):
        return EventType.SANCTIONS_IMPOSED
    return None


def pronoun(verb: Token) -> bool:
    """ "Among them are X, Y and Z": a roster whose group is a pronoun for one the sentence just
    before told (``listed_again.told_again`` holds it to an act of that sentence that lists a group)."""
    if verb.lemma_.lower() != "be" or verb.dep_ != "ROOT":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and c.i == verb.sent.start
        and any(p.dep_ == "pobj" and p.lower_ in GROUP_PRONOUNS for p in c.children)
        for c in verb.children
    ) and any(t.pos_ == "PROPN" for t in verb.doc[verb.i + 1 : verb.sent.end])


def _names(verb: Token) -> bool:
    """ "The Foreign Office named X, the RSF deputy commander, and the firm Y": an active,
    finite "named" whose object is a name (not "named X as envoy", a status)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if named_as(verb):  # "named them as X and Y", "named the firms as X and Y"
        return True
    if any(c.dep_ in ("oprd", "prep") and c.lower_ in ("as", "to") for c in verb.children):
        return False  # "named her as envoy", "named him to the board"
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]  # "named X": either parse
    return any(o.pos_ == "PROPN" for o in objects) and not any(o.pos_ == "NOUN" for o in objects)


def named_as(verb: Token) -> bool:
    """ "The Foreign Office named them as X, Y and Z", "named the firms as X and Y": the group an
    act just listed, told again by a pronoun or as a definite kind of listed body, with its names
    after "as" (:func:`act_of` holds a pronoun to an act of the sentence before that lists a
    group)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    group = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if group is None or not (group.lower_ == "them" or _kind(group)):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.pos_ == "PROPN" for p in c.children)
        for c in verb.children
    )


def describes_group(tok: Token) -> bool:
    """ "listed" in "Those listed include X", "taken" in "Among those taken off the list were X":
    the participle or clause that makes a roster's group, no act."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ in ("acl", "amod", "relcl")), None)
    if clause is None or not _group(clause.head) or clause not in _markers(clause.head):
        return False
    group = clause.head
    verb = group.head.head if group.dep_ == "pobj" else group.head  # "Among those named were"
    return cue(verb)


def _group(noun: Token) -> bool:
    """ "those listed", "the delisted firms", "the newly designated entities": a group that a
    listing participle makes the listed ones."""
    if noun.lower_ not in ("those", "them") and (
        noun.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS for c in noun.children)
    ):
        return False
    return bool(_markers(noun))


def _markers(noun: Token) -> list[Token]:
    """What makes a group the listed ones: a listing participle ("those listed", "the delisted
    firms") or a clause of listing ("those who remain listed", "the bodies taken off the list")."""
    return [
        c
        for c in noun.children
        if (c.dep_ in ("amod", "acl") and c.lower_ in ROSTER_FORMS)
        or (
            c.dep_ in ("acl", "relcl")
            and c.pos_ in ("VERB", "AUX")
            and any(t.lower_ in CLAUSE_WORDS for t in c.subtree)
        )
    ]


def _kind_named(verb: Token, subj: Token) -> bool:
    """ "The banks are Sovcombank, MTS Bank and Bank Uralsib", "The vessels include X": the kind of
    body an act just listed, made definite, with proper names as what it is or holds."""
    return _kind(subj) and any(c.dep_ in ("attr", "dobj") and _named(c) for c in verb.children)


def _kind(noun: Token) -> bool:
    """ "the banks", "the new names", "these entities": a definite plural of listed bodies."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in ROSTER_KINDS
        and any(c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS for c in noun.children)
    )


def counted(verb: Token, subj: Token) -> bool:
    """ "The four are X, Y, Z and W", "The other two were X and Y": a group told by its size
    alone, with names as what it is (:func:`act_of` holds it to an act that listed that many)."""
    return (
        verb.lemma_ == "be"
        and subj.lower_ in GROUP_NUMBERS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        and any(c.dep_ == "attr" and _named(c) for c in verb.children)
    )


def _named(member: Token) -> bool:
    """A member told by its name ("Sovcombank"), or by a noun with the name beside it ("the
    Dubai-registered ship manager Seahawk Maritime")."""
    if member.pos_ == "PROPN":
        return True
    return any(
        c.pos_ == "PROPN" and c.ent_type_ in NAME_LABELS
        for c in member.children
        if c.dep_ in ("appos", "compound") and c.i > member.i
    ) or (member.ent_type_ in NAME_LABELS and member.ent_iob_ == "I")


def _list_noun(noun: Token, lemma: str) -> bool:
    """ "The list includes X", "The list, drawn up by the Council, comprises X": the list an act
    drew up, with a definite determiner (not "a list of demands", nor "Viasna's list")."""
    return (
        lemma != "be"
        and noun.lemma_.lower() in ROSTER_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
        and not any(c.dep_ in ("poss", "compound") for c in noun.children)
    )


def region(verb: Token) -> list[Token]:
    """The words that hold the members a roster verb spells out: what follows it, less the asides
    about a member and a closing "…, the ministry said"."""
    doc = verb.doc
    sent = verb.sent
    end = sent.end
    speech = [
        t
        for t in doc[verb.i + 1 : sent.end]
        if t.lemma_.lower() in lx.SPEECH_VERBS and t.i > verb.i
    ]
    if speech and speech[-1].dep_ == "ROOT":  # "..., the ministry's SECO said."
        commas = [t.i for t in doc[verb.i + 1 : speech[-1].i] if t.text == ","]
        end = commas[-1] if commas else end
    out: list[Token] = []
    if licence_names.told(verb):  # "General License 25 allows dealings with X and Y"
        return licence_names.told_words(verb)
    part = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if partition(verb) and part is not None:  # "Three of the firms are tied to the army: X, Y"
        return _part_members(part)
    deps = ("nsubjpass", "nsubj") if subject_to.way(verb) else ("nsubjpass",)
    subj = next((c for c in verb.children if c.dep_ in deps and c.i < verb.i), None)
    start = verb.i + 1 if subj is None else subj.left_edge.i  # "X, Y and Z were also listed"
    members = {  # "Seven individuals were also listed, including X and Y": the group's members
        t.i
        for c in [*verb.children, *(subj.children if subj is not None else [])]
        if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS and c.i > verb.i
        for t in c.subtree
    }
    bracketed = roster_names.bracketed(doc[sent.start : sent.end]) | roster_names.owner_spans(verb)
    for tok in doc[start:end]:
        if tok.i == verb.i or (start < verb.i and tok.i > verb.i and tok.i not in members):
            continue
        if tok.i in bracketed:  # "X (Y in some transliterations)": an aside about a member
            continue
        if roster_names.owner_name(tok):  # "the State Duma deputy X", "the Army's pension fund"
            continue
        chain = [tok, *tok.ancestors]
        if any(a.i >= start and a.dep_ in ASIDE_DEPS for a in chain if a.i != verb.i):
            continue
        if any(a.dep_ == "prep" and a.lower_ in PLACE_PREPS for a in chain[1:] if a.i >= start):
            continue
        out.append(tok)
    return out


def reach(roster_index: int, act_index: int) -> bool:
    """Whether an act told in sentence ``act_index`` is near enough before a roster to be the one
    it spells out."""
    return 0 < roster_index - act_index <= ROSTER_REACH


def _chained(roster_index: int, last_told: int | None) -> bool:
    """Whether a roster follows near enough after one already joined to an act (also one of the
    same sentence, split by country)."""
    return last_told is not None and 0 <= roster_index - last_told <= ROSTER_REACH


def act_of(
    before: list[Mention], roster: Mention, told: dict[int, int] | None = None
) -> Mention | None:
    """The sanctions act a roster spells out the names of: the last told just before it, or
    just before a roster already joined to it (``told``: the last sentence that spelled out each
    act's names, so that a run of rosters, "The oligarchs named are X. Among the companies are
    Y. The officials include Z. W was also listed.", stays with its act). A pronoun's group
    ("Among them are X") is one the sentence just before told: an act there that lists a group
    ("added 35 entities"), with no release beside it whose people "them" may be."""
    index = roster.sent.sentence.index
    told = told or {}
    kind = way(roster.trigger)  # "those taken off the list": the easing, not the renewal
    acts = [
        a
        for a in before
        if a.type is not EventType.RELEASE
        and (kind is None or a.type is kind)
        and not cue(a.trigger)
        and (reach(index, a.sent.sentence.index) or _chained(index, told.get(id(a))))
    ]
    # "The EU delistings cover X": the EU's act, not the one just before
    owners = act_rosters.owners(roster)
    acts = [a for a in acts if a.actor in owners] if owners else acts
    subj = own_subject(roster.trigger)
    if acts and subj is not None and counted(roster.trigger, subj):
        return acts[-1] if _sized(acts[-1], before, subj.lower_) else None
    them = named_as(roster.trigger) and any(  # "named them as X": a group just listed
        c.dep_ == "dobj" and c.lower_ == "them" for c in roster.trigger.children
    )
    if acts and (pronoun(roster.trigger) or partition(roster.trigger) or them):
        last = acts[-1]
        released = any(
            b.type is EventType.RELEASE and b.sent is last.sent for b in before
        )  # "freed 40 prisoners and lifted sanctions. Among them were X"
        just = last.sent.sentence.index == index - 1 or partition(roster.trigger)
        if not just or released or not _plural_group(last):
            return None
    return _of_kind(acts, roster.trigger) if acts else None


def _of_kind(acts: list[Mention], verb: Token) -> Mention:
    """Of the acts of the last sentence before a roster, the one that bears on the kind of body the
    roster names ("cut three banks off SWIFT and tightened measures on Russia. The banks are
    X": the cutting): the last act before that noun, else the last act."""
    last = acts[-1]
    groups = [own_subject(verb)] + [
        p for c in verb.children if c.lower_ == "among" for p in c.children
    ]
    kinds = {g.lemma_.lower() for g in groups if g is not None and _kind(g)}
    noun = next((t for t in last.sent.doc if t.lemma_.lower() in kinds), None)
    same = [a for a in acts if a.sent is last.sent and noun is not None and a.trigger.i < noun.i]
    return same[-1] if same else last


def _sized(act: Mention, before: list[Mention], size: str) -> bool:
    """Whether an act's sentence counts a group of the size a roster names ("listed four security
    chiefs. The four are ..."), with no release beside it whose people the number may count."""
    released = any(b.type is EventType.RELEASE and b.sent is act.sent for b in before)
    return not released and any(
        t.lower_ == size and t.dep_ == "nummod" for t in act.sent.doc[act.trigger.i + 1 :]
    )


def _plural_group(act: Mention) -> bool:
    """Whether an act's sentence names a plural group of listable bodies after its trigger
    ("added 48 individuals and 35 entities", "froze the assets of eleven companies")."""
    doc = act.sent.doc
    return any(
        t.tag_ == "NNS" and t.lemma_.lower() in LISTABLE_NOUNS for t in doc[act.trigger.i + 1 :]
    )
