"""A further group of the same state: when a release the text sets apart ("Venezuela also freed 20
political prisoners", "Separately, Iran released X") is another act than the one told before it
(read by :func:`detente.extract.events.merge`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.counts import DECISION_LEMMAS, Count
from detente.extract.headlines import HEADLINE
from detente.extract.mentions import (
    ACTOR_KINDS,
    Mention,
    own_subject,
    subject_of,
)
from detente.model import Category, CountQualifier, EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

# Words that set a release apart from the one told before ("also", "separately").
APART_WORDS = frozenset({"also", "separately"})
APART_OPENING = re.compile(
    r"^\W*(?:separately|in a (?:separate|parallel) "
    r"(?:move|case|release|step|trade|deal|arrangement|decision|decree|order|operation|swap|"
    r"exchange|agreement|pardon|amnesty))\b",
    re.IGNORECASE,
)
# Verbs by which an authority decides a release its object names ("agreed to release 80",
# "ordered the release of 484").
DECIDING_HEADS = frozenset({"agree", "approve", "sign", "order", "decide", "announce", "decree"})
# Verbs by which a state commits itself to a release inside a deal ("also committed to freeing 20",
# "agreed to release 80"); the commitment is an act (docs/annotation.md, session 25).
COMMIT_HEADS = frozenset({"commit", "agree", "pledge", "undertake"})


def set_apart(m: Mention, cluster: Cluster) -> bool:
    """ "Venezuela also freed 20 political prisoners", "Separately, Iran released X": a release
    the text sets apart from the same state's act, of other people (another number, or other
    names), is another act, not that act told again."""
    if m.type is not EventType.RELEASE or cluster.type is not EventType.RELEASE:
        return False
    verb = _deciding_verb(m.trigger)  # "separately ordered the release of some 90 people"
    if _separate_noun(verb):  # "A separate release on Sunday involved 22 Thai fishermen"
        return _other_people(m, cluster)
    if verb.pos_ != "VERB" or (verb.dep_ in ("relcl", "acl") and not _clemency_clause(verb)):
        return False  # not "the release was also meant to", "her husband, who was also freed"
    words = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    shared = _shared_head(verb)
    if shared is not None:  # "Venezuela also handed X back, and committed to freeing 20"
        words |= {c.lower_ for c in shared.children if c.dep_ == "advmod"}
    separate = "separately" in words or APART_OPENING.search(m.sent.sentence.text) is not None
    if not (separate or words & APART_WORDS):
        return False
    # "also" needs the state as the doer, or a group it counts as the freed ("Ten soldiers were
    # also freed", "an amnesty that also freed 114 foreign prisoners"); "separately" sets apart a
    # group it counts or names, whoever the clause's doer ("Separately, the ministry said 3,273
    # inmates had been freed")
    itself = _acts_itself(m, verb)
    if not (itself or _group_also(m, verb) or (separate and (m.persons or m.count is not None))):
        return False
    # "Caracas also freed an unspecified number of political prisoners" after "ten Americans"
    uncounted = itself and m.count is None and not m.persons and _other_kind(m, cluster)
    return _other_people(m, cluster) or uncounted


def _other_people(m: Mention, cluster: Cluster) -> bool:
    """Whether a mention frees other people than the act: other names, or a number that clashes
    with the act's."""
    theirs = {p for c in cluster.mentions for p in c.persons}
    other_names = bool(m.persons and theirs) and not set(m.persons) & theirs
    count = cluster.count
    mine = m.count or (Count(len(m.persons), CountQualifier.EXACT, 0, 0) if m.persons else None)
    other_count = mine is not None and count is not None and not counts_agree(count, mine)
    return other_names or other_count


def _separate_noun(trigger: Token) -> bool:
    """Whether a release noun is told as another act by its own adjective ("a separate
    release", "a parallel handover")."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in ("separate", "parallel") for c in trigger.children
    )


# Nouns of a measure that frees people ("an amnesty that also freed 114 foreign prisoners").
CLEMENCY_HEADS = frozenset({"amnesty", "pardon", "decree", "clemency", "order", "deal",
                            "agreement", "arrangement"})  # fmt: skip


def _clemency_clause(verb: Token) -> bool:
    """Whether a relative clause tells what a measure freed ("an amnesty that also freed 114"),
    not who a person is ("her husband, who was also freed")."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in CLEMENCY_HEADS


def _group_also(m: Mention, verb: Token) -> bool:
    """Whether "also" adds a group the clause counts as its freed, with no state as the doer
    ("Ten Afghan soldiers were also freed", "an amnesty that also freed 114 foreigners"): told
    as no part of a group told elsewhere ("Among them, two Lithuanians were also freed") and no
    total ("In all, 40 were also freed")."""
    count = m.count
    if count is None or count.lone or m.persons or TOTAL_CUES.search(m.sent.sentence.text):
        return False  # not "Her husband, the artist X, was also freed": one of the act's people
    doc = m.sent.doc
    if count.start > 0 and doc[count.start - 1].lower_ in TOLD_WORDS:
        return False  # "the four were also freed": a group told before
    subj = own_subject(verb)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    measure = subj is not None and subj.lemma_.lower() in CLEMENCY_HEADS  # "the amnesty also"
    # "the amnesty also included 114 foreigners": the verb adds, no cue of a part
    return (passive or measure or _clemency_clause(verb)) and not _part_cue(m, count, verb.i)


def _deciding_verb(trigger: Token) -> Token:
    """The verb by which an authority decides the release a noun trigger names ("ordered the
    release of 484"), or commits to the release a verb trigger names ("also committed to freeing
    20", "agreed to release 80": a commitment inside a deal is an act, session 25), else the
    trigger."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        if trigger.head.lemma_.lower() in DECIDING_HEADS:
            return trigger.head
        return trigger
    head = trigger.head
    if trigger.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head  # "committed to freeing"
    elif trigger.dep_ != "xcomp":  # "agreed to release"
        return trigger
    if head.pos_ == "VERB" and head.lemma_.lower() in COMMIT_HEADS:
        return head
    return trigger


def _shared_head(verb: Token) -> Token | None:
    """The first verb of a pair whose subject and adverbs a second verb shares ("Venezuela also
    handed X back, and committed to freeing 20": "also" and "Venezuela" are on "handed")."""
    if verb.dep_ != "conj" or own_subject(verb) is not None or verb.head.pos_ != "VERB":
        return None
    return verb.head


def _acts_itself(m: Mention, verb: Token | None = None) -> bool:
    """Whether the subject of the release verb names its actor ("Venezuela also freed 20"): an
    act set apart needs its own actor, not one the article's context lends it. A verb of
    commitment (``verb``, see :func:`_deciding_verb`) lends its subject, or the subject of the
    verb it is paired with ("Venezuela also handed X back and committed to freeing 20")."""
    subj = own_subject(m.trigger)
    if subj is None and verb is not None and verb.lemma_.lower() in COMMIT_HEADS:
        shared = _shared_head(verb)
        subj = own_subject(verb if shared is None else shared)
    if subj is None:
        return False
    mods = [c for c in subj.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    inside = {subj.i} | {t.i for c in mods for t in c.subtree}  # not "among them the mayor of X"
    return any(p.span.start in inside and p.code == m.actor for p in m.sent.places)


def counts_agree(a: Count | None, b: Count | None) -> bool:
    """Whether two counts of a group may be the same group's."""
    if a is None or b is None or a.lone or b.lone:
        return True
    if a.qualifier is CountQualifier.EXACT and b.qualifier is CountQualifier.EXACT:
        return a.value == b.value
    return abs(a.value - b.value) <= max(a.value, b.value) * 0.5


# Words that make a number a part of a group told elsewhere ("Among those freed were 33 people",
# "The 153 included 33 convicted of extremism", "22 foreigners were among those freed").
PART_CUES = re.compile(r"\b(?:among|including|include[sd]?|of (?:them|whom|those|these))\b", re.I)
# Words that sum the groups told before ("In all, 26 were freed", "a total of 120").
TOTAL_CUES = re.compile(r"\b(?:in all|in total|altogether|a total of|overall|all told)\b", re.I)
# Words next to a number that make its people a further group ("another 30", "a further 38",
# "30 more"); not "the other six", the rest of a group told before.
FURTHER_WORDS = frozenset({"another", "further", "more", "additional"})
# Determiners of a group told before ("the four", "these 20 men", "both").
TOLD_WORDS = frozenset({"the", "these", "those", "both", "all"})


def other_group(m: Mention, cluster: Cluster) -> bool:
    """Whether a release mention with no time of its own counts another group than the act of the
    same state it would join: a further group ("A further 38 foreign prisoners were released"), or
    a number that clashes with the act's in a clause that names the acting state ("Venezuela freed
    ten Americans" ... "Caracas let 80 political prisoners go"), told as no part of the act, no
    total over it and no stage of it (a decree's number before the number that walked out):
    docs/annotation.md, sessions 13 and 15 (groups counted apart are two events)."""
    if m.type is not EventType.RELEASE or cluster.type is not EventType.RELEASE:
        return False
    mine, theirs = m.count, cluster.count
    if mine is None or theirs is None or mine.lone or theirs.lone or m.party is not None:
        return False
    if m.sent.sentence.index == HEADLINE or _deal_term(m.trigger):
        return False  # a headline sums the body up; "Hamas is to free 50 over four days"
    doc = m.sent.doc
    if mine.start > 0 and doc[mine.start - 1].lower_ in TOLD_WORDS:
        return False  # "the four had been freed": a group told before
    if counts_agree(mine, theirs) or not (_further_number(m, mine) or _names_actor(m)):
        return False
    text = m.sent.sentence.text
    if _part_cue(m, mine) and mine.value < theirs.value:
        return False  # "Among those freed were 33 people"
    if TOTAL_CUES.search(text) and mine.value > theirs.value:
        return False  # "In all, 26 people were freed"
    return not _stages(m, cluster) or _other_kind(m, cluster)


def _part_cue(m: Mention, count: Count, verb: int | None = None) -> bool:
    """Whether the sentence makes the counted group a part of a group told elsewhere ("Among
    those freed were 33"); a part cue inside the counted group's own phrase, after its noun, tells
    a part of that group ("A further 38 foreign prisoners, including 22 Thais")."""
    doc = m.sent.doc
    noun = doc[count.end - 1].head if 0 < count.end <= len(doc) else None
    own = (
        {t.i for t in noun.subtree if t.i > noun.i}
        if noun is not None and noun.i >= count.end
        else set()
    )
    offset = doc[0].idx if len(doc) else 0
    own |= {verb} if verb is not None else set()  # the adding verb itself ("also included")
    return any(
        not {t.i for t in doc if c.start() <= t.idx - offset < c.end()} <= own
        for c in PART_CUES.finditer(m.sent.sentence.text)
    )


def _further_number(m: Mention, count: Count) -> bool:
    """Whether the words next to the number make it a further group ("another 30", "a further
    38", "30 more")."""
    doc = m.sent.doc
    around = [doc[i] for i in (count.start - 1, count.end) if 0 <= i < len(doc)]
    return any(t.lower_ in FURTHER_WORDS for t in around)  # not "more than 100"


def _deal_term(verb: Token) -> bool:
    """Whether the release is told as what a deal sets out ("Hamas is to free 50 over four days
    while Israel frees 150", "50 hostages are to be freed"), not as an act."""
    tok = verb
    for _ in range(3):
        if (
            tok.dep_ == "xcomp"
            and tok.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            return True
        if tok.dep_ not in ("advcl", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _names_actor(m: Mention) -> bool:
    """Whether the clause of the release names its acting state as the doer: in the subject of
    the verb (or of the verb whose object the release noun is: "Sharjah's ruler ordered the
    release of 484") or its "by" agent ("were freed by Tanzanian officers")."""
    verb = m.trigger
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head
    # a conjunct's inherited subject is the first clause's doer ("Azerbaijan released four, and in
    # return Armenia freed two" when the parser gives "freed" no subject of its own): not its own
    doers = [own_subject(verb) if verb.dep_ == "conj" else subject_of(verb)] + [
        a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"
    ]
    inside = {t.i for d in doers if d is not None for t in d.subtree}
    return any(
        p.span.start in inside and p.code == m.actor and p.kind in ACTOR_KINDS
        for p in m.sent.places
    )


def _decision(m: Mention) -> bool:
    """Whether a mention tells a decision to free ("pardoned 37", "agreed to release 80",
    "ordered the release of 484") rather than the freeing."""
    trigger = m.trigger
    return (
        trigger.lemma_.lower() in DECISION_LEMMAS
        or trigger.head.lemma_.lower() in DECIDING_HEADS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in DECISION_LEMMAS for c in trigger.children)
    )  # "granted clemency to 16"


def _stages(m: Mention, cluster: Cluster) -> bool:
    """A decision and the freeing of one act, counted apart: the decision's number is the larger
    ("pardoned 37" ... "30 have walked out"), whichever is told first."""
    for c in cluster.mentions:
        if c.count is None or m.count is None or _decision(c) == _decision(m):
            continue
        decided, freed = (c.count, m.count) if _decision(c) else (m.count, c.count)
        if freed.value < decided.value:
            return True
    return False


def _other_kind(m: Mention, cluster: Cluster) -> bool:
    """Whether the mention describes its people by another specific kind than the act's ("80
    political prisoners" against "ten Americans"); "prisoners" and "detainees" fit any group."""
    kinds = {c.category for c in cluster.mentions if c.category} - {Category.DETAINEES}
    return (
        m.category is not None
        and m.category is not Category.DETAINEES
        and bool(kinds)
        and m.category not in kinds
    )


# Times that place an act before the story's in the same month ("earlier this month", "last
# week"): a month only, of an act the text tells as another, earlier one.
EARLIER_TIME = re.compile(r"^(?:earlier (?:this|in the) (?:month|week)|last week)$", re.I)


def earlier_apart(cluster: Cluster, m: Mention, date: str | None) -> bool:
    """Whether a release told by an earlier time of the same month ("Earlier this month, the
    blogger X walked out") and the act of a day of that month it would join ("freed 399 on
    Saturday") free groups the text tells apart (another number, or other names): two acts
    (sessions 13 and 19), not the day's act told by its month."""
    if m.type is not EventType.RELEASE or cluster.type is not EventType.RELEASE:
        return False
    if date is None or cluster.date is None or {len(date), len(cluster.date)} != {7, 10}:
        return False
    told_early = (
        _earlier(m, date)
        if len(date) == 7
        else any(c.date == cluster.date and _earlier(c, cluster.date) for c in cluster.mentions)
    )
    return told_early and _groups_clash(m, cluster)


def _earlier(m: Mention, month: str | None) -> bool:
    """Whether the mention's sentence dates ``month`` by an earlier time of it ("Earlier this
    month")."""
    text = m.sent.sentence.text
    return any(t.value == month and EARLIER_TIME.match(text[t.start : t.end]) for t in m.sent.times)


def _groups_clash(m: Mention, cluster: Cluster) -> bool:
    """Whether a mention and an act free groups told apart: numbers that clash, names none of
    which the other tells, or a number against names that are fewer."""
    mine, theirs = m.count, cluster.count
    if mine is not None and theirs is not None and not (mine.lone or theirs.lone):
        return not counts_agree(mine, theirs)
    names = {p.split()[-1] for c in cluster.mentions for p in c.persons if p.split()}
    own = {p.split()[-1] for p in m.persons if p.split()}
    if own and names:
        return not own & names
    if mine is not None and not mine.lone and names and theirs is None:
        return mine.value > len(names)
    if theirs is not None and not theirs.lone and own and mine is None:
        return theirs.value > len(own)
    return False


def told_earlier(m: Mention) -> bool:
    """Whether a release is told in the past perfect ("Minsk had freed another 14", "had been
    released"): an act before the story's; not reported speech, whose tense follows the verb of
    saying ("the ministry said Kyiv had handed over 146")."""
    verb = m.trigger
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) and not any(
        a.lemma_.lower() in lx.REPORTED_SPEECH_VERBS for a in verb.ancestors
    )
