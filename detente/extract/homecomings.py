"""Homecomings: people leaving custody, arriving, crossing back or going each way.

Words by which the freed themselves move ("walked out of Evin prison", "landed at Joint Base Andrews",
"crossed the border bridge", "went each way"), read by :mod:`release_triggers` as release triggers and
by :mod:`releases` for their actors; split from :mod:`release_triggers` (session 15).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import home_sides
from detente.extract import lexicon as lx
from detente.extract.acceptance import described_person, named_freed
from detente.extract.captors import CAPTIVE_NOUNS, LETTING_VERBS, flown_abroad, held_by, held_for
from detente.extract.doc_memo import tokens
from detente.extract.groups import PRONOUNS, is_people, people_head
from detente.extract.handovers import (
    NOT_CAPTIVES,
    captives_sent,
    counted_in_trade,
    held_since_subject,
)
from detente.extract.lexicon import CUSTODY_NOUNS
from detente.extract.mentions import ParsedSentence, own_subject, subject_of

# Verbs whose subject, not object, is the freed ("walked free", "returned home").
FREED_SUBJECT_VERBS = frozenset({"walk", "go", "return", "fly", "land", "arrive", "come", "head",
                                 "cross", "travel", "reach", "step"})  # fmt: skip

# Transitive verbs that free when their people object goes home ("the swap brought 22 home").
BRING_VERBS = frozenset({"bring", "return", "fly", "send", "take", "repatriate"})

# Places of custody people leave only when freed ("left Chonchocoro prison", "left detention");
# not a camp or a station, which people leave free.
LEFT_CUSTODY = frozenset({"prison", "jail", "gaol", "detention", "custody", "captivity",
                          "penitentiary", "colony"})  # fmt: skip

# Words that make leaving prison a leave, not a release.
FOR_A_WHILE = re.compile(
    r"\b(?:suspend\w*|furlough\w*|medical|surgery|treatment|hospital\w*|temporar\w*|bail|"
    r"home confinement|house arrest|to return|leave of absence)\b",
    re.IGNORECASE,
)

# Where people held abroad land on their way home ("landed at Joint Base Andrews"; recall:
# "returned to the port of Nemuro").
ARRIVAL_NOUNS = frozenset({"airport", "airbase", "tarmac", "airfield", "base",
                           "port", "harbour", "harbor"})  # fmt: skip

# Verbs by which people held cross a border home ("walked across the bridge").
CROSS_VERBS = frozenset({"walk", "cross", "go", "come", "return", "drive", "step"})

# What they cross ("across the bridge", "over the border", "through the gate").
CROSSING_NOUNS = frozenset({"border", "bridge", "frontier", "line", "checkpoint", "crossing",
                            "gate", "boundary", "river"})  # fmt: skip

# Nouns of the way each party's people went ("went each way", "freed on each side").
SIDE_WORDS = frozenset({"way", "side", "direction"})

# Verbs of a clause on an apposition that say a state held the person ("who spent a decade in
# American prisons", "jailed in Russia").
HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "spend", "serve", "keep",
                           "incarcerate", "sentence", "convict"})  # fmt: skip

HOLDER_PLACES = frozenset({"name", "demonym", "capital", "institution"})

# Triggers that free people without moving them anywhere ("the Belarusians freed").
FREED_IN_PLACE = frozenset(
    {"free", "release", "pardon", "freed", "released", "pardoned", "amnesty"}
)


def subject_group(verb: Token) -> Token | None:
    """The subject of an intransitive trigger, through a relative pronoun ("X, who walked out")."""
    held = held_for(verb)
    if held is not None:
        return held
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        subj = own_subject(verb)
        if subj is None or subj.tag_ in ("WP", "WDT"):
            return verb.head
        return subj
    subj = subject_of(verb)
    if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def left_custody(verb: Token) -> bool:
    """ "left the Chonchocoro high-security prison", "had left jails in Caracas", "left detention
    on Monday": its subject walked out free; not for a while ("to recover from surgery", "must
    return on Saturday", "on bail", "to serve the rest in home confinement"), and not "let X leave
    prison", told by the letting verb."""
    return (
        verb.lemma_.lower() == "leave"
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBN", "VBZ")  # not "will leave prison", "would leave prison"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in LEFT_CUSTODY for c in verb.children)
        and verb.head.lemma_.lower() not in LETTING_VERBS
        and not FOR_A_WHILE.search(verb.doc.text)
    )


def no_agent(verb: Token) -> bool:
    """ "left prison", "stepped off a plane": verbs of the freed themselves, which name no one
    who freed them (a "by" or "from" phrase on them is no captor)."""
    return left_custody(verb) or stepped_off(verb)


def stepped_off(verb: Token) -> bool:
    """ "stepped off a plane at Boryspil airport": the craft is no object of the freed."""
    return verb.lemma_.lower() == "step" and any(c.lower_ == "off" for c in verb.children)


def freed_subject(trigger: Token) -> bool:
    """Whether the trigger's subject is the freed ("walked free", "returned home")."""
    if left_custody(trigger) or stepped_off(trigger) or trigger.lemma_.lower() == "leave":
        return True
    return trigger.lemma_.lower() in FREED_SUBJECT_VERBS and not any(
        c.dep_ == "dobj" and c.lemma_.lower() not in CROSSING_NOUNS  # "crossed the bridge"
        for c in trigger.children
    )


def _home(tok: Token) -> bool:
    return any(
        c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in tok.children
    )


def walks_out(tok: Token) -> bool:
    """ "walked out of Evin prison", "walked out of jail", "40 prisoners walked out"."""
    if tok.lemma_ != "walk":
        return False
    outs = [c for c in tok.children if c.lower_ == "out"]
    if not outs:
        return False
    group = subject_of(tok)  # actors: captives walking out are freed, wherever from
    captives = group is not None and (people_head(group) or group).lemma_.lower() in CAPTIVE_NOUNS
    return captives or any(t.lemma_.lower() in CUSTODY_NOUNS for c in outs for t in c.subtree)


def left_free(trigger: Token) -> bool:
    """ "walked out of Evin prison", "walked free from a jail in Caracas", "left prison on
    Tuesday": the freed leaving custody where they were held, which says nothing of where they
    went (actors: their nationality is no homeland they were sent to)."""
    if walks_out(trigger) or left_custody(trigger):
        return True
    return trigger.lemma_.lower() in ("walk", "go") and any(
        c.lower_ == "free" for c in trigger.children
    )


def homeward(trigger: Token) -> bool:
    """Whether the trigger moves people somewhere ("returned home", "flown back"): only then does
    their nationality tell where they went ("the Belarusians freed" says nothing of it, nor
    "walked out of a prison in Tripoli": leaving custody is no journey home, :func:`left_free`)."""
    return trigger.lemma_.lower() not in FREED_IN_PLACE and not left_free(trigger)


def homecoming(tok: Token, ps: ParsedSentence) -> bool:
    """ "Ten Americans held in Venezuela returned home", "230 prisoners returning home",
    "the swap brought 22 prisoners home": people a state held going home."""
    lemma = tok.lemma_.lower()
    if lemma in BRING_VERBS and _home(tok):  # "sent 14 prisoners home"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) or captives_sent(tok)
        if (
            obj is not None
            and obj.lemma_.lower() not in NOT_CAPTIVES  # "brings home eleven children"
            and (is_people(obj, ps) or named_freed(obj, tok))
            and obj.lower_ not in PRONOUNS
        ):
            return True
    if lemma in BRING_VERBS | {"put"} and flown_abroad(tok, ps):
        return True
    if _crossed_back(tok, ps):
        return True
    if lemma in ("go", "come") and each_side(tok):  # "fifty prisoners of war went each way"
        head = people_head(subject_group(tok))  # prisoners, not "forty trucks"
        return head is not None and head.lemma_.lower() in lx.PEOPLE_NOUNS.keys() | CAPTIVE_NOUNS
    if lemma not in FREED_SUBJECT_VERBS or lemma in ("walk", "go"):
        return False
    if any(t.lemma_.lower() == "rescue" for t in tokens(ps.doc)):
        return False  # "the last hostages to come home alive were rescued by troops"
    group = held_since_subject(tok, ps) or subject_group(tok)  # recall: "held since May arrived"
    if group is None or group.lower_ in PRONOUNS:
        return False
    if not (is_people(group, ps) or described_person(group, ps)):  # "a Polish historian"
        return False
    # actors: "jailed in Russia", "held by the Taliban"; recall: or said of its apposition
    held = held_described(group, ps, tok) is not None
    captive = (people_head(group) or group).lemma_.lower() in CAPTIVE_NOUNS
    arrived = stepped_off(tok) or any(  # recall: "stepped off a ferry in Kinmen"
        c.dep_ == "prep"
        and any(p.span.start in {t.i for t in c.subtree} for p in ps.places)
        or any(t.lemma_.lower() in ARRIVAL_NOUNS for t in c.subtree)
        for c in tok.children
    )
    traded = _home_or_back(tok) and (  # "came home in return for", "..., while X handed back"
        counted_in_trade(group, ps) or home_sides.swap_homecoming(group, ps)
    )
    return (_home(tok) and (held or captive)) or (held and arrived) or traded


def _home_or_back(tok: Token) -> bool:
    return _home(tok) or any(
        c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in tok.children
    )


def held_described(group: Token | None, ps: ParsedSentence, verb: Token) -> str | None:
    """The state a clause on the group or on its apposition says held them ("X, the Russian
    pilot who spent a decade in American prisons, landed at Vnukovo"); on the apposition only a
    place the holding is "in" or "by" (not "arrested in Milan on a US warrant")."""
    if group is None:
        return None
    held = held_by(group, ps, verb)
    if held is not None:
        return held
    clauses = [
        c
        for n in group.children
        if n.dep_ == "appos"
        for c in n.children
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HOLDING_VERBS
    ]
    where = {
        t.i
        for c in clauses
        for p in c.subtree
        if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
        for g in p.children
        if g.dep_ == "pobj"
        for t in g.subtree  # "in American prisons"
    }
    codes = {p.code for p in ps.places if p.span.start in where and p.kind in HOLDER_PLACES}
    return codes.pop() if len(codes) == 1 else None


def _crossed_back(tok: Token, ps: ParsedSentence) -> bool:
    """ "Eight soldiers detained by Venezuelan forces walked across the bridge", "a man jailed in
    Russia crossed into Finland", "four soldiers held by Colombian troops were sent home across
    the bridge": people a state held crossing a border or sent home are freed by that state."""
    lemma = tok.lemma_.lower()
    if lemma in BRING_VERBS and _home(tok):
        group = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    elif lemma in CROSS_VERBS and _crossing(tok, ps):
        group = subject_group(tok)
    else:
        return False
    if group is None or group.lower_ in PRONOUNS:
        return False
    people = is_people(group, ps) or described_person(group, ps)
    return people and held_by(group, ps, tok) is not None


def _crossing(tok: Token, ps: ParsedSentence) -> bool:
    """ "across the bridge", "over the border", "back across", "into Finland"."""
    states = {p.span.root.i for p in ps.places if p.kind in ("name", "capital")}
    heads = [tok, *(c for c in tok.children if c.lower_ == "back")]  # "walked back across"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in CROSSING_NOUNS for c in tok.children):
        return True  # "crossed the border bridge"
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("across", "over", "through") and any(
            g.lemma_.lower() in CROSSING_NOUNS for g in objs
        ):
            return True
        if prep.lower_ == "into" and any(g.i in states for g in objs):
            return True
    return False


# Verbs whose "to each side" gives each party its people back ("200 were returned to each side").
RETURNED_TO = frozenset({"return", "hand", "repatriate"})


def each_side(verb: Token) -> bool:
    """A number per party told by the way they went ("went each way", "were swapped on each
    side", "freed by each side", "went home on each side"): one act of each of the two parties."""
    for c in verb.children:
        if c.lemma_.lower() in SIDE_WORDS and _each(c):
            return True
        back = c.lower_ == "to" and verb.lemma_.lower() in RETURNED_TO  # "returned to each side"
        if c.dep_ in ("prep", "agent") and (c.lower_ in ("on", "by", "from", "for") or back):
            if any(g.lemma_.lower() in SIDE_WORDS and _each(g) for g in c.children):
                return True
    return False


def _each(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ == "each" for d in noun.children)
