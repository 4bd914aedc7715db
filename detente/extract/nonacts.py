"""Sanctions words that tell no act of their own: time anchors, standing states, habits, records of
many acts, powers to sanction, conditions, and nominal acts that are unreal or denied.

``sanctions.find`` asks these predicates of every candidate trigger before keeping it.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import dates, listings
from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract.mentions import ParsedSentence, places_in
from detente.extract.modal_words import CONDITION_MARKS

log = logging.getLogger(__name__)

# How many heads above a nominal act a negation still denies it.
NEGATION_REACH = 3

NESTED_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl"})

# How many heads above a nominal act the subject of a modal clause is looked for, and the modals
# that make that clause a possibility ("could come", "might follow"; not "will take effect").
SUBJECT_REACH = 4
MAY_COME = frozenset({"could", "might", "may", "would"})
ARRIVALS = frozenset({"come", "follow", "happen", "arrive", "materialise", "materialize", "occur"})

# Adjectives that make a nominal act unreal: talked of, not done.
UNREALISED_MODIFIERS = frozenset(
    {"possible", "potential", "proposed", "prospective", "eventual", "hypothetical", "mooted",
     "conditional", "hoped-for", "future", "draft"}
)  # fmt: skip

# Time words that make a present-tense act a habit.
HABITUAL = re.compile(
    r"\b(?:every|each) (?:\w+ )?(?:week|month|year|quarter)s?\b|\b(?:regularly|periodically|"
    r"annually|routinely|usually|typically)\b",
    re.IGNORECASE,
)

# Words that sum up many acts as one ("has listed officials in several rounds", "were expanded
# several times"): a record, not an act, whatever the tense.
REPEAT_NOUNS = frozenset({"time", "round", "wave", "occasion"})

REPEAT_QUANTS = frozenset({"several", "many", "multiple", "numerous", "successive", "repeated"})

# Verbs that say a listing still stands ("the listings remain in place", "the designation stands").
STANDING_VERBS = frozenset({"remain", "stand", "stay", "persist", "continue"})
# Verbs of keeping that, in the simple present, tell a standing state ("the United States, which
# maintains the most extensive sanctions on Syria"), not a decision to keep.
KEEP_VERBS = frozenset({"maintain", "keep", "retain"})
UNTIL_WORDS = frozenset({"until", "till", "through"})
# Dependencies of another act beside a verb of keeping, whose times are not the keeping's own.
OTHER_ACT_DEPS = frozenset({"conj", "cc", "advcl", "relcl", "ccomp"})

# Verbs that give a power: a sanctions verb they govern is a power, not an act ("a framework
# allowing it to sanction those responsible", "a law empowering the Treasury to freeze assets").
POWER_VERBS = frozenset(
    {"allow", "enable", "empower", "authorise", "authorize", "permit", "entitle"}
)

# Objects that are powers to sanction, not sanctions ("adopted a legal framework", "new powers").
POWER_NOUNS = frozenset({"framework", "basis", "power", "mechanism"})

# Verbs that make such a power (extending one renews a regime: an act).
MAKE_VERBS = frozenset({"adopt", "create", "establish", "set", "pass", "approve", "introduce"})

# Subordinators that make a clause a time anchor for another act ("before X tightened sanctions").
ANCHOR_MARKS = frozenset({"before", "since", "until", "till"})
# The words of those subordinators, screened in the sentence text before its parse is walked.
ANCHOR_WORD = re.compile(r"\b(?:" + "|".join(sorted(ANCHOR_MARKS)) + r")\b", re.IGNORECASE)


# Generic words that mark the whole sentence a habit: a clause of condition or recurrence.
SENTENCE_GENERIC = frozenset({"whenever", "every time"})
# "most recently in November": one act picked out of the many a generic word sums up.
SINGLED_OUT = re.compile(r"\bmost recently\b", re.IGNORECASE)


def generic(ps: ParsedSentence, tok: Token) -> bool:
    """Whether a generic word (:data:`lexicon.GENERIC`) bears on the act of ``tok``: the clause it
    sits in governs the trigger ("has often sanctioned", "has in the past announced such
    sanctions"); one in a clause of its own leaves a dated act asserted ("was sanctioned on July 30
    under a law usually reserved for abusers"; "listed NIS in January but repeatedly postponed
    the measures": a conjunct's generic word spares a dated act). "whenever" and "every time" make the whole sentence a habit; "most recently"
    picks one act out of the many."""
    text = ps.sentence.text
    found = list(lx.GENERIC.finditer(text))
    if not found or SINGLED_OUT.search(text):
        return False
    for m in found:
        span = ps.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if m.group(0).lower() in SENTENCE_GENERIC or span is None:
            return True
        head = span.root.head
        if head.i == tok.i or head.is_ancestor(tok):
            return True
        if head.dep_ == "conj" and head.head.i == tok.i and not listings.own_time(tok):
            return True  # "first imposed after the election and widened repeatedly since"
    return False


def dated_grant(tok: Token) -> bool:
    """ "the licence issued in October could still be withdrawn", "under a licence granted on
    Saturday, Chevron can resume pumping": a participle with a date of its own tells a grant that
    happened, whatever the clause around the licence says may come."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.lemma_.lower() in lx.LICENCE_GRANT_VERBS
        and tok.head.lemma_.lower() in lic.LICENCE_WORDS
        and listings.own_time(tok)
    )


def standing(tok: Token) -> bool:
    """ "Sanctions imposed by X on Y have been in place since 2006": a participle that describes
    the subject of a clause saying how long it has stood tells history, not an act."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = tok.head.head
    return any(c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in clause.children) or any(
        c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children) for c in clause.children
    )


# Nouns of the measures an easing bears on ("lifted ... ending measures imposed in 2009").
EASED_MEASURES = lx.CORE_SANCTION_NOUNS | {"measure", "restriction", "freeze"}
# How many "of" phrases may stand between such a noun and the easing ("many of the sanctions").
OF_REACH = 2


def eased_history(tok: Token) -> bool:
    """ "ending measures imposed in 2009", "to ease sanctions imposed under the Assad family",
    "would have to lift many of the sanctions reimposed by Trump": a participle that describes
    the measures an easing bears on tells their history, not an act of its own."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or listings.verb_lemma(tok) not in lx.IMPOSE_VERBS:
        return False
    return _eased_noun(tok.head)


def eased_history_clause(ps: ParsedSentence, tok: Token) -> bool:
    """ "lifted the arms embargo and sanctions it had imposed on Eritrea a decade earlier": a
    relative clause on the measures an easing bears on tells their history too, unless it gives
    the imposition a month or a day of its own (a past act told in passing, session 19)."""
    if tok.dep_ != "relcl" or listings.verb_lemma(tok) not in lx.IMPOSE_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.tag_ != "WDT" for c in tok.children):
        return False  # "the sanctions that hit its banks": not the measures imposed
    if any(dates.at_least_month(v) for v in _own_times(ps, tok)):
        return False
    noun = tok.head
    while noun.dep_ == "conj" and noun.head is not noun:  # "the embargo and sanctions it imposed"
        noun = noun.head
        if noun.pos_ in ("VERB", "AUX"):  # "lifted the embargo and sanctions", misparsed
            return listings.verb_lemma(noun) in lx.EASE_VERBS
    return _eased_noun(noun)


def _own_times(ps: ParsedSentence, tok: Token) -> list[str]:
    span = tok.doc[tok.i : tok.right_edge.i + 1]  # the clause from its verb on
    return [t.value for t in ps.times if span.start_char <= t.start < span.end_char]


def _eased_noun(noun: Token) -> bool:
    """Whether a measure noun is what an easing bears on ("lift many of the sanctions")."""
    if noun.lemma_.lower() not in EASED_MEASURES and noun.lower_ != "sanctions":
        return False
    for _ in range(OF_REACH):
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            break
        noun = noun.head.head  # "many of the sanctions", "the lifting of the measures"
    if noun.lemma_.lower() in lx.EASE_NOUNS:
        return True
    easing = noun.head
    return (
        noun.dep_ == "dobj"
        and easing.pos_ in ("VERB", "AUX")
        and listings.verb_lemma(easing) in lx.EASE_VERBS
    )


# Words before "freeze(s)" that make it the noun of "asset freezes", whatever the tagger says.
FREEZE_OWNERS = frozenset({"asset", "assets", "asset-"})


def freeze_noun(tok: Token) -> bool:
    """ "voted to lift the arms embargo, travel bans and asset freezes", "the bloc's asset freezes
    remain", "the suspension covers asset freezes": "freezes" after "asset" is the measure, a noun
    the tagger took for a verb, not an act of freezing; unless the verb it tells the act of is
    hung on it or it on that verb ("imposed asset freezes on X", "extended asset freezes",
    "lifted asset freezes on X"; not a further member of a lifting: "lifted X, ... and asset
    freezes it imposed in 2009")."""
    if not (
        tok.lower_ in ("freeze", "freezes")
        and tok.pos_ in ("VERB", "AUX")
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ in FREEZE_OWNERS
    ):
        return False
    moving = lx.IMPOSE_VERBS | lx.EASE_VERBS
    owner = tok.doc[tok.i - 1]  # "imposed" parsed as an adjective of "asset" or "freezes"
    if any(
        c.dep_ == "amod" and listings.verb_lemma(c) in moving
        for c in [*tok.children, *owner.children]
    ):
        return False
    if any(
        # "lifting the asset freezes"; not a keeping, which tells what a renewal keeps and whose
        # members ("keeping asset freezes on 21 people, among them X") are the renewal's
        (c.dep_ == "csubj" and listings.verb_lemma(c) in moving - lx.RENEWAL_VERBS)
        or (c.dep_ == "nsubj" and c.i == owner.i and tok.dep_ == "conj")  # "hit with asset
        # freezes": split into a clause coordinated with the verb that tells the act
        for c in tok.children
    ):
        return True  # the act is the other verb's: "freezes" is the measure
    head = listings.verb_lemma(tok.head) if tok.head.i != tok.i else ""
    return not (head in lx.IMPOSE_VERBS or (head in lx.EASE_VERBS and tok.dep_ != "conj"))


# Nouns of a time a lapse is set for ("the day the last restrictions expired", "the date the
# embargo lapses"): a schedule, whether or not it was kept.
SCHEDULE_NOUNS = frozenset({"day", "date", "deadline", "moment", "time"})


def scheduled_lapse(tok: Token) -> bool:
    """ "The licence expires next March", "it will lapse on January 29 unless renewed": a lapse
    told in the present or future is a schedule, not an act."""
    if tok.lemma_.lower() not in lic.LAPSE_LEMMAS:
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in tok.children)
    dated = tok.dep_ == "relcl" and tok.head.lemma_.lower() in SCHEDULE_NOUNS  # "the day X expired"
    return tok.tag_ in ("VBZ", "VBP") or future or dated


def still_standing(tok: Token) -> bool:
    """ "the Treasury's listings of X remain in place", "the Magnitsky listings stand": a listing
    noun whose clause says it still stands tells a state, not an act."""
    return (
        tok.lemma_.lower() in lx.LISTING_NOUNS
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.lemma_.lower() in STANDING_VERBS
    )


# Nouns of aid a state gives, whose suspension or restriction is no sanction (docs/annotation.md).
AID_NOUNS = frozenset({"aid", "assistance"})
# Words that make an act on aid one of sanctions after all ("exempting humanitarian aid from its
# sanctions", "lifting restrictions on aid ... and removing it from the list").
NOT_AID_ONLY = lx.CORE_SANCTION_NOUNS | lx.LISTING_NOUNS | {"asset", "freeze", "humanitarian"}


def aid_only(words: list[Token]) -> bool:
    """ "signed a waiver of a provision that restricts US assistance to Azerbaijan", "lifted a
    restriction on military aid", "extends aid waiver", "lifted its restrictions on budget
    support": a restriction on a state's own aid, waived or lifted, is no sanctions act (not "aid
    groups", a licensee)."""
    if {t.lemma_.lower() for t in words} & NOT_AID_ONLY or any(
        t.lower_ == "sanctions" for t in words
    ):
        return False
    return any(
        (
            t.lemma_.lower() in AID_NOUNS
            and (t.dep_ != "compound" or t.head.lemma_.lower() in lic.LICENCE_WORDS)
        )
        or (t.lower_ == "support" and any(c.lower_ == "budget" for c in t.children))
        for t in words
    )


def standing_measures(verb: Token) -> bool:
    """ "Measures targeting Assad-era officials will remain": a participle describing measures
    whose clause says they still stand tells a state, not an act."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.lemma_.lower() in STANDING_VERBS
    )


def describes_licence(tok: Token) -> bool:
    """ "a licence that suspended sanctions", "a waiver easing sanctions": what a licence does."""
    return (
        tok.dep_ in ("relcl", "acl")
        and tok.head.lemma_.lower() in lic.LICENCE_WORDS
        and tok.lemma_.lower() not in lx.LICENCE_GRANT_VERBS
        and lic.lapsed_licence(tok) is None  # "a licence, which expired last year": it lapsed
    )


def habitual(ps: ParsedSentence, verb: Token) -> bool:
    """A present-tense act that the sentence says recurs ("Washington imposes sanctions on Iran
    almost every month", "the EU renews them every six months"): a habit, not one act."""
    return verb.tag_ in ("VBZ", "VBP") and HABITUAL.search(ps.sentence.text) is not None


def repeated(verb: Token) -> bool:
    """ "has listed officials in several rounds", "were expanded several times": many acts summed
    up, whatever the tense; not an act in a clause of its own ("when it listed X")."""
    for tok in verb.subtree:
        if tok.lemma_.lower() in REPEAT_NOUNS and any(
            c.lower_ in REPEAT_QUANTS for c in tok.children
        ):
            path = [tok, *[a for a in tok.ancestors if verb in a.ancestors]]
            if not any(a.dep_ in NESTED_CLAUSE_DEPS | {"conj"} for a in path):
                return True
    return False


# Words before a number that make it a running total ("more than 2,900", "over 1,000").
TOTAL_WORDS = frozenset({"more", "over", "upwards"})
# Uncounted multitudes: a perfect over them sums acts up ("has listed dozens of officials").
VAGUE_MANY = frozenset({"dozens", "hundreds", "thousands", "scores"})


def record(verb: Token) -> bool:
    """ "has already listed several companies", "have sanctioned his aides since last year", "has
    imposed 1,600 designations since 2022": a present perfect summed up to now, a record of acts,
    not one act."""
    if verb.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "had") for c in verb.children
    ):
        return False
    if _total(verb) or _vague_many(verb):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ == "already")
        or (c.dep_ in ("prep", "mark") and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        for c in verb.children
    )


def _vague_many(verb: Token) -> bool:
    """ "has listed dozens of Iranian entities", "has designated hundreds of Chinese firms": a
    perfect over an uncounted many sums acts up, it tells none."""
    return any(
        t.lower_ in VAGUE_MANY
        for c in verb.children
        if c.dep_ in ("dobj", "prep")
        for t in c.subtree
    )


def _total(verb: Token) -> bool:
    """ "the UK had sanctioned more than 2,900 individuals": a perfect with a total ("more than",
    "over" a number) and no time of its own sums acts up, it tells none."""
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    dated = any(
        t.ent_type_ == "DATE"
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod")
        for t in c.subtree
    )
    return not dated and any(
        t.like_num and any(q.lower_ in TOTAL_WORDS for q in t.children) for t in objects
    )


def power(verb: Token) -> bool:
    """ "a framework allowing it to sanction those responsible", "adopted a legal framework to
    sanction ...": an act a power enables, or the making of the power itself."""
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in POWER_VERBS:
        if lic.lapsed_licence(verb) is not None or lic.lapsed_regime(verb) is not None:
            return False  # "the licence was allowed to expire": a lapse let happen, an act
        # but renewing the framework renews its measures: an act (parsed any way)
        return not any(t.pos_ == "VERB" and t.lemma_.lower() in lx.RENEWAL_VERBS for t in verb.sent)
    return verb.lemma_.lower() in MAKE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in POWER_NOUNS for c in verb.children
    )


def kept_state(verb: Token) -> bool:
    """ "Washington, which maintains the widest sanctions on Syria": keeping, in the simple
    present, is a standing state; so is keeping told with no time at all ("Britain kept its
    measures against Assad", "has kept all designations in force", beside an easing), unlike a
    decision to keep ("kept the embargo in place for another year", "on Monday kept ...")."""
    if verb.lemma_.lower() not in KEEP_VERBS:
        return False
    if verb.tag_ in ("VBZ", "VBP") or _kept_beside_easing(verb):
        return True
    own = [t for c in verb.children if c.dep_ not in OTHER_ACT_DEPS for t in c.subtree]
    return verb.tag_ != "VBG" and not any(  # "extended ..., keeping X listed": the extension's
        t.ent_type_ == "DATE" or t.lower_ in UNTIL_WORDS for t in own
    )  # not a time of another act ("and left four people accused of killings in 1999 on it")


def _kept_beside_easing(verb: Token) -> bool:
    """ "lifted sanctions on 260 people while keeping an arms embargo in place", "issued a licence
    ..., while keeping its broader sanctions in place": what an easing leaves standing."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return False
    head = listings.verb_lemma(verb.head)
    return head in lx.EASE_VERBS or any(c.lower_ == "while" for c in verb.children)


def on_condition(verb: Token) -> bool:
    """An act that hangs on a condition clause ("will lift sanctions if X frees them")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
        if c.lower_ != "any"  # not "froze the assets, if any, of X"
    )


def done_by(ps: ParsedSentence, verb: Token) -> bool:
    """ "the arms embargo, renewed by the Security Council in May": a participle that describes a
    noun and names the state that did it is a done act, whatever is said of the noun ("a push to
    relax the embargo, renewed by ..."); so is a licence granted at a time of its own (see
    :func:`dated_grant`)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "agent" and places_in(ps, list(c.subtree)) for c in verb.children)
    ) or dated_grant(verb)


def unrealised(tok: Token) -> bool:
    """A nominal act qualified as not (yet) real: "possible sanctions relief", "a proposed easing",
    "the potential lifting of the embargo"."""
    return any(c.dep_ == "amod" and c.lower_ in UNREALISED_MODIFIERS for c in tok.children)


def may_come(tok: Token) -> bool:
    """An act in the subject of a clause saying it may come ("a decision on lifting sanctions
    could come in February", "relief might follow"): talked of, not done (not "the lifting of
    the embargo could help exporters": a done act's effect)."""
    for node in [tok, *list(tok.ancestors)[:SUBJECT_REACH]]:
        if node.dep_ in ("nsubj", "nsubjpass"):
            head = node.head
            return head.lemma_.lower() in ARRIVALS and any(
                c.dep_ == "aux" and c.lower_ in MAY_COME for c in head.children
            )
    return False


def negated_above(tok: Token) -> bool:
    """A nominal act under a negated head ("was not a sign that relief was coming"), or denied by
    "no" ("no money or sanctions relief was part of the arrangement")."""
    owner = tok.head if tok.dep_ == "conj" else tok  # "no money or relief": "no" on the first
    firsts = [tok, owner, *(c for c in tok.children if c.dep_ in ("nmod", "compound"))]
    if any(c.dep_ == "det" and c.lower_ == "no" for f in firsts for c in f.children):
        return True
    for anc in list(tok.ancestors)[:NEGATION_REACH]:
        if any(c.dep_ == "neg" for c in anc.children):
            return True
    return False
