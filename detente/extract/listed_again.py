"""Document level: listed bodies and sanctions acts told again.

A one-word name a sanctions act of the article names in full, a group told again ("adding both
companies to its list"), a bare definite nominal act ("The relief came as part of a package"), a
roster ("Those listed include X") and what a package told before holds ("The package includes an
oil embargo"): each takes the names, sectors or act told before it (moved out of
:mod:`detente.extract.listed`, which reads what one act lists).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import descriptions, licence_names, rosters
from detente.extract import lexicon as lx
from detente.extract.counts import SMALL_NUMBERS, WORD_VALUES
from detente.extract.licences import is_nominal
from detente.extract.listings import LISTABLE_NOUNS
from detente.extract.mentions import PARTY_SEATED, Mention, subject_of
from detente.extract.programmes import of_emergency
from detente.model import EventType

# --- document level: a listed person told again by surname, listed companies told again ---
# Words that name a group of listed bodies told before ("both companies", "the two banks").
GROUP_SIZES = {"both": 2, **{word: WORD_VALUES[word] for word in SMALL_NUMBERS[1:5]}}


def full_names(mentions: list[Mention]) -> None:
    """A one-word entity that a sanctions act of the article names in full ("took al-Sharaa off
    its list" after "Ahmed al-Sharaa"; a headline's "Minerven" before "CVG Minerven") takes the
    full name, an earlier one first; a group told again ("adding both companies to its list")
    takes the names of the last act that listed that many (in place)."""
    acts = [m for m in mentions if m.type is not EventType.RELEASE]
    told = [e for m in acts for e in m.entities if " " in e]
    for n, m in enumerate(acts):
        size = _group_size(m.trigger)
        if any(
            a.trigger.i == m.trigger.i and a.sent is m.sent and a.actor == m.actor for a in acts[:n]
        ):
            size = None  # an act split by country (country_split): the group is the first's
        if size is not None:  # the last act that listed that many, else the first of more
            before = [a for a in acts[:n] if len(a.entities) == size] or [
                a
                for a in acts[:n]
                if len(a.entities) > size > 1  # "the company": one told alone
            ]
            if before:
                m.entities = list(dict.fromkeys([*before[-1].entities[:size], *m.entities]))
                m.sectors = list(dict.fromkeys([*m.sectors, *before[-1].sectors]))
                m.target = m.target or before[-1].target
            elif size == 1:  # "Britain also delisted the bank": the one bank named before
                m.entities = list(dict.fromkeys([*_the_one(m.trigger, acts[:n]), *m.entities]))
        earlier = [e for a in acts[:n] for e in a.entities if " " in e]
        m.entities = list(dict.fromkeys(_fuller(e, earlier, told) for e in m.entities))


def _fuller(name: str, earlier: list[str], told: list[str]) -> str:
    if " " in name:
        return name
    return next(
        (t for t in [*reversed(earlier), *told] if t.split()[-1] == name),
        name,
    )


def _the_one(trigger: Token, acts: list[Mention]) -> list[str]:
    """The body a definite singular object ("delisted the bank") names again: the last entity an
    act before named with that noun in its name ("the Commercial Bank of Syria")."""
    nouns = [o.lemma_.lower() for o in _group_objects(trigger) if o.tag_ == "NN"]
    return next(
        (
            [e]
            for a in reversed(acts)
            for e in a.entities
            if nouns and nouns[0] in e.lower().split()
        ),
        [],
    )


def _group_objects(trigger: Token) -> list[Token]:
    """The objects of a verb of listing, and the group its listings are of ("announced its
    listings of the same two companies")."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += licence_names.partners(trigger.subtree)  # "a licence to wind down with the two"
    return objects + [
        g
        for o in objects
        if o.lemma_.lower() in lx.LISTING_NOUNS
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _group_size(trigger: Token) -> int | None:
    """The size of a definite group of listable bodies that a verb lists ("designated both
    companies", "the two banks were listed", "the company was designated": 1), if its object is
    one."""
    if is_nominal(trigger):
        return None
    objects = _group_objects(trigger)
    for obj in objects:
        if obj.lemma_.lower() not in LISTABLE_NOUNS:
            continue
        if obj.tag_ == "NN":  # "the company had been designated": the one told before
            one = any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in obj.children)
            return 1 if one and len(list(obj.children)) == 1 else None
        words = {c.lower_: c.dep_ for c in obj.children if c.dep_ in ("det", "predet", "nummod")}
        if words.get("both") in ("det", "predet"):
            return 2
        if words.get("the") == "det":
            sizes = [GROUP_SIZES.get(w) for w, d in words.items() if d == "nummod"]
            return next((n for n in sizes if n is not None), None)
    return None


# --- document level: a nominal act told again ("The relief came as part of a package") ---
# Verbs by which a package told before holds its measures, and the nouns for such a package.
CONTENT_VERBS = frozenset({"include", "cover", "contain", "comprise"})
PACKAGE_NOUNS = frozenset({"package", "listing", "listings", "designation"})
MEASURE_NOUNS = frozenset({"ban", "embargo", "freeze", "sanction", "sanctions", "restriction"})
# Nouns of a regime told before whose contents a definite subject spells out, the words that make
# it definite, and how many sentences before the act it belongs to may be told.
REGIME_NOUNS = frozenset({"measure", "regime", "sanction"})
REGIME_OWNERS = frozenset({"the", "these", "its", "their"})
REGIME_REACH = 2
# precision (v20): sentences back to the act whose measures a standing description spells out.
STANDING_REACH = 4
# Determiners that make a bare nominal act one already told.
TOLD_DETERMINERS = frozenset({"the", "this", "that"})
# How many heads above a nominal act the predicate that comments on it may sit.
CHARACTER_REACH = 3


def told_again(mentions: list[Mention]) -> None:
    """A bare definite nominal act ("The relief came as part of a package in which ...", "the
    easing was welcomed") names no act of its own: it is the last act of its type told before
    it, and takes that act's actor, target, date, entities and sectors (in place), so that it
    joins its event. A roster ("Those listed include X") takes the type too, of the act told in
    the sentences just before it, and is dropped when there is none (in place)."""
    drop: set[int] = set()
    told: dict[int, int] = {}  # the last sentence that spelled out an act's names (rosters)
    for n, m in enumerate(mentions):
        if m.type is EventType.RELEASE:
            continue
        if rosters.cue(m.trigger):
            act = rosters.act_of(mentions[:n], m, told)
            if act is None:
                drop.add(id(m))
                continue
            told[id(act)] = m.sent.sentence.index
            m.type, m.actor = act.type, act.actor
            m.target = m.target if m.party == PARTY_SEATED else act.target  # a seated name's own
            m.date, m.renewal = act.date, act.renewal
            continue
        if descriptions.stands(m.trigger):  # "The measures, which ban X, continue": an act's
            near = _regime_act(
                [a for a in mentions[:n] if a.type is m.type and a.actor], m, STANDING_REACH
            )
            if not near:
                drop.add(id(m))
                continue
            m.actor, m.target, m.date, m.renewal = (
                near[-1].actor,
                near[-1].target,
                near[-1].date,
                near[-1].renewal,
            )
            continue
        if contents(m.trigger):  # "The package includes an oil embargo": what it holds
            before = [a for a in mentions[:n] if a.type is m.type and a.actor]
            if _regime_told(m.trigger):  # "The restored UN measures include": that act, near
                before = _regime_act(before, m)
                drop |= set() if before else {id(m)}
            if before:
                last = before[-1]
                m.actor, m.date = last.actor, last.date
                m.target = m.target if m.party == PARTY_SEATED else last.target
                m.renewal = last.renewal
            continue
        if not (_bare_definite(m.trigger) or _characterised(m.trigger)):
            continue
        before = [a for a in mentions[:n] if a.type is m.type and a.actor and a.sent is not m.sent]
        if before:
            last = before[-1]
            m.actor, m.target, m.date = last.actor, last.target, last.date
            m.entities, m.sectors = list(last.entities), list(last.sectors)
    mentions[:] = [m for m in mentions if id(m) not in drop]


def contents(verb: Token) -> bool:
    """ "The package includes an oil embargo and covers 80 entities", "the listings include X",
    "Its centrepiece is a ban on X", "The package also lists 105 tankers": what a sanctions
    package told before holds (its entities and sectors), not a new act."""
    subj = subject_of(verb)  # also of a later verb in a series ("cuts ..., adds ... and lists")
    if subj is None or is_nominal(verb):
        return False
    if verb.lemma_.lower() in CONTENT_VERBS:
        return subj.lemma_.lower() in PACKAGE_NOUNS | lx.RENEWAL_NOUNS or _regime_told(verb)
    if subj.lemma_.lower() == "package" and any(  # "The package also lists 105 tankers"
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its") for c in subj.children
    ):
        return True
    return (  # "Its centrepiece is a full ban on X": a part of what was told before
        verb.lemma_ == "be"
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
        and any(c.dep_ == "attr" and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children)
    )


def _regime_told(verb: Token) -> bool:
    """ "The restored measures include an arms embargo", "The regime now covers 105 people": a
    definite regime told before spells out what it holds."""
    subj = subject_of(verb)
    return (
        subj is not None
        and verb.lemma_.lower() in CONTENT_VERBS
        and subj.lemma_.lower() in REGIME_NOUNS
        and any(c.dep_ in ("det", "poss") and c.lower_ in REGIME_OWNERS for c in subj.children)
    )


def content_words(verb: Token) -> list[Token]:
    """What a package or regime told before is said to hold: all the verb governs but its subject
    (also a clause the parser hung under it: "include an embargo on arms and asset freezes")."""
    subj = subject_of(verb)
    own = {t.i for t in subj.subtree} if subj is not None else set()
    return [t for t in verb.subtree if t.i not in own and t.i != verb.i]


def _regime_act(before: list[Mention], m: Mention, reach: int = REGIME_REACH) -> list[Mention]:
    """The acts a regime's contents may spell out: of the regime's own state if the sentence
    names one, told in the few sentences just before it."""
    near = [a for a in before if 0 <= m.sent.sentence.index - a.sent.sentence.index <= reach]
    return [a for a in near if a.actor == m.actor] if m.actor else near


def _characterised(trigger: Token) -> bool:
    """A nominal act in what a pronoun is said to be ("It is the most direct trade of sanctions
    relief since 2022", "This was the first easing in a decade"): a comment on an act told
    before."""
    if not is_nominal(trigger):
        return False
    for anc in [trigger, *list(trigger.ancestors)[:CHARACTER_REACH]]:
        if anc.dep_ == "attr" and anc.head.lemma_ == "be":
            subj = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
            return subj is not None and subj.lower_ in ("it", "this", "that")
    return False


def _bare_definite(trigger: Token) -> bool:
    """ "the relief", "this easing": a nominal act with a definite determiner and nothing else
    (no owner, object, time or modifier of its own)."""
    if not is_nominal(trigger) or trigger.lemma_.lower() not in lx.EASE_NOUNS | lx.RENEWAL_NOUNS:
        return False
    kids = [c for c in trigger.children if c.dep_ != "punct"]
    told = len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in TOLD_DETERMINERS
    return told and not of_emergency(trigger)  # "the renewal last June of the national emergency"
