"""Release triggers: which words tell that people were freed, and the phrase naming them.

``trigger_head`` finds the word that tells a release ("set free" → set, "walked free" → walk);
``group_of`` finds the head of the phrase naming who was freed (read by :mod:`releases`).
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import home_sides, sides
from detente.extract import lexicon as lx
from detente.extract.captors import (
    allowed_to_leave,
    carried_abroad,
    described_by_clause,
    freed_before_moving,
    handed_to_state,
    held_by,
    object_read_as_subject,
)
from detente.extract.destinations import demonym_of
from detente.extract.doc_memo import tokens
from detente.extract.groups import PRONOUNS, counted_object, is_people, people_head
from detente.extract.handovers import (
    discharged_from_bail,
    foreigners_sent_back,
    gave_up_in_trade,
    gives_up,
    handed_over_misparsed,
    handed_split,
    held_flown_out,
    held_since_subject,
    left_captor,
    put_aboard,
)
from detente.extract.held_returns import (
    own_people_returned,
    returned_from_holder,
    returned_in_kind,
)
from detente.extract.homecomings import (
    CROSSING_NOUNS,
    FREED_SUBJECT_VERBS,
    freed_subject,
    held_described,
    homecoming,
    left_custody,
    stepped_off,
    subject_group,
    walks_out,
)
from detente.extract.lexicon import CUSTODY_NOUNS
from detente.extract.mentions import ParsedSentence, is_person, own_subject
from detente.extract.sendoffs import sent_abroad

log = logging.getLogger(__name__)

# Nouns of a time the parser may take for an object ("released the following day").
TIME_NOUNS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening",
                        "night", "weekend"})  # fmt: skip
# Nouns a granting verb frees people with ("granted clemency to five Iranians").
CLEMENCY_NOUNS = frozenset({"clemency", "amnesty", "pardon", "release", "freedom"})
# Receivers that take people into custody, not home ("the handover of the suspect to the police").
CUSTODY_RECEIVERS = frozenset({"police", "prosecutor", "court", "tribunal", "investigator", "icc",
                               "interpol", "judge"})  # fmt: skip
EXTRADITION = re.compile(r"\bextradit\w*", re.IGNORECASE)
# Nouns of "in return", "in exchange", "in turn" (the parser may swallow a subject after them).
TRADE_IDIOMS = frozenset({"return", "exchange", "turn"})


def group_of(trigger: Token, ps: ParsedSentence) -> Token | None:
    """The head of the phrase naming who was freed."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "announced an amnesty for 14 prisoners": the parser may hang the phrase on the verb
        verb = [trigger.head] if trigger.dep_ == "dobj" else []
        after = [c for h in verb for c in h.children if c.i > trigger.i]
        for child in [*trigger.children, *after]:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                pobj = pobj or described_by_clause(child)  # "of eleven men serving sentences"
                # "the release of funds" is not people; "the exchange of the war" says nothing
                if pobj is not None and (
                    is_people(pobj, ps) or pobj.lemma_.lower() in lx.NOT_PEOPLE
                ):
                    return pobj
        for child in trigger.children:
            if child.dep_ in ("poss", "compound") and child.lemma_.lower() in lx.PEOPLE_NOUNS:
                return child
            if child.dep_ == "poss" and is_person(child):
                return child
        return _of_after_time(trigger, ps)
    if batch_followed(trigger, ps):  # "another thirty followed", "a further group of 32 followed"
        return _followed_group(trigger)
    leaver = allowed_to_leave(trigger, ps)
    if leaver is not None:
        return leaver
    if left_captor(trigger, ps) is not None:  # "ten Americans left Caracas"
        return own_subject(trigger)
    if lemma == "let":  # "let ten Americans go"
        go = next((c for c in trigger.children if c.lower_ == "go"), None)
        found = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if go is not None and found is None:
            found = next((c for c in go.children if c.dep_ in ("nsubj", "dobj")), None)
        if go is not None and found is None:  # "let go of Pavel Rubtsov"
            of = next((c for c in go.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            found = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if found is not None:
            return found
    if lemma == "go" and any(c.lemma_ == "let" and c.dep_ == "aux" for c in trigger.children):
        # "Slovenia let go 123 prisoners": the people parsed as the object, an adverbial or a
        # subject after the verb
        found = next(
            (
                c
                for c in trigger.children
                if c.dep_ in ("dobj", "npadvmod") or (c.dep_ == "nsubj" and c.i > trigger.i)
            ),
            None,
        )
        if found is not None:
            return found
    if lemma == "grant":
        to = next(
            (c for c in trigger.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None
        )
        if to is None:  # "123 tourists were granted amnesty"
            return next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        return next((g for g in to.children if g.dep_ == "pobj"), None)
    if trigger.dep_ in ("amod", "acl") and trigger.head.pos_ in ("NOUN", "PROPN", "PRON"):
        moved = lemma in FREED_SUBJECT_VERBS and trigger.dep_ == "acl"
        decreed = _decreed_object(trigger)  # "a decree pardoning 1,584 prisoners"
        if decreed is not None:
            return decreed
        if not moved and not _after_idiom(trigger):
            return trigger.head
    if left_custody(trigger) or stepped_off(trigger):  # "Camacho left Chonchocoro prison"
        return subject_group(trigger)
    crossed = any(c.dep_ == "dobj" and c.lemma_.lower() in CROSSING_NOUNS for c in trigger.children)
    if crossed and freed_subject(trigger):  # "eight soldiers crossed the border"
        return subject_group(trigger)
    misparsed = held_since_subject(trigger, ps)  # "citizens held since the election were freed"
    if misparsed is not None:
        return misparsed
    shared_object = _object_of_alternative(trigger)  # "pardoned or commuted the sentences of X"
    if shared_object is not None:
        return shared_object
    gapped = _relative_object(trigger)  # "the 35 people Ukraine had released"
    if gapped is not None:
        return gapped
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in trigger.children if c.dep_ == dep and not _time_object(c)), None)
        if found is not None:
            return found
    counted = (
        counted_object(trigger, ps) or object_read_as_subject(trigger) or _late_subject(trigger)
    )
    if counted is not None:
        return counted
    if trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children):
        return subject_group(trigger.head)  # "who had been sentenced ... and was pardoned"
    shared = _shared_passive_subject(trigger)  # "were driven there and handed to officials"
    if shared is not None:
        return shared
    if lemma in FREED_SUBJECT_VERBS:
        return subject_group(trigger)
    before_moving = freed_before_moving(trigger)  # actors: "landed after being let out"
    if before_moving is not None:
        return before_moving
    if trigger.dep_ in ("xcomp", "oprd", "ccomp"):  # "ordered him freed", "had them released"
        return next((c for c in trigger.head.children if c.dep_ == "dobj"), None)
    return None


# Words a time phrase between a release noun and its "of" may hold besides the time itself.
TIME_FILLERS = frozenset({"in", "on", "at", "last", "this", "early", "late", ","})
# Dependencies of the words inside a noun phrase before its head ("a British engineer").
PREMODIFIERS = frozenset({"det", "amod", "compound", "nummod", "quantmod", "poss", "case",
                          "nmod", "advmod"})  # fmt: skip


def _of_after_time(noun: Token, ps: ParsedSentence) -> Token | None:
    """recall: "the release on July 18 of ten Americans", "the release in January of a British
    engineer": a time phrase between the noun and its "of" makes the parser hang the "of" on the
    time, the verb or nothing; the freed are the noun phrase right after that "of" (read only when
    the words between are a time expression of the sentence and its prepositions)."""
    doc, i = noun.doc, noun.i + 1
    timed = [(t.start, t.end) for t in ps.times]
    while i < len(doc) and i - noun.i <= 6 and doc[i].lower_ != "of":
        tok = doc[i]
        in_time = any(s <= tok.idx and tok.idx + len(tok) <= e for s, e in timed)
        if not (in_time or tok.lower_ in TIME_FILLERS):
            return None
        i += 1
    if i >= len(doc) or doc[i].lower_ != "of" or i == noun.i + 1:
        return None
    between = doc[noun.i + 1 : i]
    if not any(any(s <= t.idx < e for s, e in timed) for t in between):
        return None  # "the release, of course": no time between
    head = None
    for tok in doc[i + 1 :]:
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
            if tok.dep_ not in PREMODIFIERS:
                break
        elif tok.pos_ not in ("DET", "ADJ", "NUM", "ADV") and tok.dep_ not in PREMODIFIERS:
            break
    return head


# Nouns whose "of"/"against" phrase names people a second verb acts on ("commuted the sentences
# of seven Iranians", "dropped charges against them").
PENALTY_NOUNS = frozenset({"sentence", "charge", "term", "conviction"})


def _object_of_alternative(verb: Token) -> Token | None:
    """recall: "pardoned or commuted the sentences of seven Iranians", "pardoned or dropped charges
    against seven Iranians": a release verb with no object of its own shares the people of the
    penalty its alternative verb ends."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        for obj in (c for c in conj.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() not in PENALTY_NOUNS:
                continue
            for prep in (c for c in obj.children if c.lower_ in ("of", "against")):
                found = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if found is not None:
                    return found
    return None


def _decreed_object(verb: Token) -> Token | None:
    """recall: "issued a decree pardoning 1,584 prisoners", "signed an order freeing X": a
    participle on a noun that has an object of its own frees that object, not the noun."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _relative_object(verb: Token) -> Token | None:
    """recall: "35 people Ukraine had released", "four men Russia had pardoned": a relative
    clause with no relative pronoun whose subject is its own (a state) frees the noun it
    describes, the object it lacks; not a clause of time or means ("in December, when 850
    prisoners walked free", "an amnesty under which 5,864 prisoners walked free"), nor an
    intransitive trigger, whose subject is the freed."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.lemma_.lower() in FREED_SUBJECT_VERBS or _relative_word(verb):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = own_subject(verb)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.i < verb.head.i:
        return None
    return verb.head


def _relative_word(verb: Token) -> bool:
    """A relative clause opened by "when", "where" or a preposition with "which"."""
    return any(
        c.tag_ == "WRB" or (c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children))
        for c in verb.children
    )


def _time_object(tok: Token) -> bool:
    """recall: a time the parser reads as the object ("was released the following day", "were
    freed pending trial"): the freed are the passive subject."""
    if tok.dep_ != "dobj":
        return False
    if tok.ent_type_ in ("DATE", "TIME") and tok.lemma_.lower() in TIME_NOUNS:
        return True
    return tok.lemma_.lower() == "trial" and any(c.lower_ == "pending" for c in tok.children)


def secondary(trigger: Token, ps: ParsedSentence) -> bool:
    """A trigger that only tells of people leaving, arriving or being carried off ("left prison",
    "were flown to Madrid", "landed at Le Bourget", "the handover of"): beside a release verb of
    the same people it tells the same act again (:func:`told_again`)."""
    nominal = trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "handover"
    moved = left_custody(trigger) or held_flown_out(trigger, ps) or homecoming(trigger, ps)
    return nominal or moved


def told_again(
    trigger: Token, group: Token | None, others: list[tuple[Token, Token | None]]
) -> bool:
    """A trigger whose people another trigger of the sentence frees: the same group, a verb
    joined to it ("were released on Monday and flown to Madrid", "landed on Thursday after being
    released on Wednesday"), or people it names only by a pronoun or not at all; leaving prison and
    a handover are told again beside any release of the sentence."""
    for other, freed in others:
        if other is trigger:
            continue
        same = group is not None and freed is not None and freed.i == group.i
        joined = other.head.i == trigger.i or trigger.head.i == other.i
        unnamed = other.pos_ == "VERB" and (freed is None or freed.lower_ in PRONOUNS)
        # "left prison after the court ordered that a pardon granted to him be enforced"
        left = left_custody(trigger) or trigger.pos_ == "NOUN"
        if same or unnamed or left or (joined and group is None):
            return True
    return False


def _shared_passive_subject(verb: Token) -> Token | None:
    """ "were driven to the Mokrany crossing and handed to Ukrainian officials": a second verb
    with no subject of its own shares the passive subject of the first."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or own_subject(verb) is not None:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _late_subject(verb: Token) -> Token | None:
    """ "Canada on Wednesday released Amir Hosseini, an Iranian businessman": the parser reads the
    name after the verb as a second subject; with a subject before the verb, it is the object."""
    if verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = any(c.i < verb.i for c in subjects)
    return next((c for c in subjects if c.i > verb.i), None) if before else None


# Parts of speech no trigger has (but the forms of "let", "go" and "free", tagged anyhow).
NEVER_TRIGGERS = frozenset(
    {"PUNCT", "DET", "ADP", "NUM", "PRON", "CCONJ", "SCONJ", "PART", "SPACE", "SYM", "INTJ"}
)


# The lemmas of those forms.
ANYHOW_LEMMAS = frozenset({"let", "go", "free"})


def candidates(ps: ParsedSentence) -> list[Token]:
    """The words of a sentence :func:`trigger_head` may take for a trigger (its first test, run
    over the sentence in one pass: most words fail it)."""
    return [t for t in tokens(ps.doc) if t.pos_ not in NEVER_TRIGGERS or t.lemma_ in ANYHOW_LEMMAS]


def trigger_head(tok: Token, ps: ParsedSentence) -> Token | None:
    """The release trigger a token stands for, or None ("set free" → set; "walked free" → walk)."""
    if tok.pos_ in NEVER_TRIGGERS and tok.lemma_ not in ANYHOW_LEMMAS:
        return None  # cheap: most words of a sentence are of these kinds
    lemma = tok.lemma_.lower()
    if (
        tok.lower_ == "free"
        and tok.pos_ in ("ADJ", "ADV")
        and tok.head.lemma_ in ("set", "walk", "go")
    ):
        # "let X go free" is told by "let"
        told_by_let = tok.head.lower_ == "go" and tok.head.dep_ in ("ccomp", "xcomp")
        return None if told_by_let and tok.head.head.lemma_ == "let" else tok.head
    if tok.lower_ == "free" and tok.dep_ == "amod" and tok.i > 0:
        # "set free Bashir Noorzai", "set free 52 students": "free" parsed as a modifier inside
        # the object (of the name, or of its number)
        verb = tok.doc[tok.i - 1]
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lemma_ == "set" and obj is not None and tok in obj.subtree:
            return verb
    if tok.lemma_ == "let" and any(c.lower_ in ("go", "out") for c in tok.children):
        return tok  # "let ten Americans go", "thirty were let out"
    if allowed_to_leave(tok, ps) is not None:
        return tok  # "let X leave Tehran", "allowed X to fly home"
    if tok.lower_ == "go" and any(c.lemma_ == "let" and c.dep_ == "aux" for c in tok.children):
        return tok  # "Slovenia let go X", parsed with "let" as an auxiliary
    if tok.pos_ in ("VERB", "AUX") and lemma in lx.RELEASE_VERBS:
        return tok
    if tok.pos_ == "VERB" and (
        (
            lemma == "hand"
            and (
                any(c.lower_ in ("over", "back") for c in tok.children)
                or handed_over_misparsed(tok)
            )
        )
        or (lemma == "give" and any(c.lower_ == "back" and c.dep_ == "prt" for c in tok.children))
        or handed_to_state(tok, ps)  # actors: "handed 32 servicemen to Armenia"
        or carried_abroad(tok, ps)  # actors: "put 200 prisoners on a plane to Washington"
        or (lemma == "grant" and any(c.lemma_.lower() in CLEMENCY_NOUNS for c in tok.children))
        or walks_out(tok)
        or left_custody(tok)
        or discharged_from_bail(tok)
        or homecoming(tok, ps)
        or (gives_up(tok) and not own_people_returned(tok, ps))
        or gave_up_in_trade(tok)  # "in return, Kyiv gave up 56 people"
        or handed_split(tok, ps)  # "handed 11 soldiers, seized in May, to Pakistani officers"
        or put_aboard(tok, ps)  # "Washington put Alex Saab on a plane to Caracas"
        or foreigners_sent_back(tok, ps)
        or sent_abroad(tok, ps)  # "sent 252 Venezuelans it had been holding to Caracas"
        or returned_from_holder(tok, ps)  # "were returned from territory controlled by Kyiv"
        or returned_in_kind(tok, ps)  # "Russia handed over 95 and Ukraine returned 95 soldiers"
        or home_sides.got_back(tok, ps)  # "and received 150 of its own men"
        or held_flown_out(tok, ps)
        or left_captor(tok, ps) is not None  # "five Americans flew out of Tehran"
        or batch_followed(tok, ps)
    ):
        return tok
    if tok.pos_ == "ADJ" and lemma in ("free", "freed", "released") and tok.dep_ == "amod":
        return tok
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and lemma == "amnesty" and group_of(tok, ps):
        return tok  # "an amnesty for 1,003 prisoners" (not Amnesty International, not a law)
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and lemma == "handover" and _handover_of(tok, ps):
        return tok  # "the handover of five Polish citizens took place at noon"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in lx.RELEASE_NOUNS:
        # a plural nominal ("the releases became routine") is generic, not one act; "in exchange
        # for" is a cue of a trade, not an act of its own
        if tok.tag_ in ("NNS", "NNPS") or sides.trade_idiom(tok):
            return None
        return tok
    if tok.lower_ in ("freed", "released", "pardoned") and tok.pos_ in ("ADJ", "VERB"):
        return tok
    return None


def _handover_of(noun: Token, ps: ParsedSentence) -> bool:
    """ "The handover of four Armenians at the checkpoint", "the handover of two citizens held in
    Russia": people given up by the state that held them; not a handover of power, of remains, or
    into other custody ("the handover of the suspect to the police", an extradition)."""
    group = group_of(noun, ps)
    if group is None or group.dep_ != "pobj" or group.lower_ in PRONOUNS:
        return False  # not "a prisoner handover", told again
    if not is_people(group, ps) or not _told_apart(group, noun, ps):
        return False
    if EXTRADITION.search(ps.sentence.text) or lx.NOT_RELEASE_CONTEXT.search(ps.sentence.text):
        return False
    to = [g for c in noun.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return not any(
        t.lemma_.lower() in CUSTODY_NOUNS | CUSTODY_RECEIVERS for g in to for t in g.subtree
    )


def _told_apart(group: Token, noun: Token, ps: ParsedSentence) -> bool:
    """A group the handover names as one side's people: by nationality, name, or who held them
    ("four Armenians", "Johan Lindqvist", "two citizens held in Russia"), not "the two men", the
    people of both sides told again."""
    if is_person(group) or any(c.dep_ == "appos" and is_person(c) for c in group.children):
        return True
    if demonym_of(group, ps) is not None:
        return True
    return held_described(group, ps, noun) is not None or held_by(noun, ps, noun) is not None


def _after_idiom(trigger: Token) -> bool:
    """ "..., and the United States in return released X": the parser hangs the second verb of a
    swap on "in return" as a clause of that noun; its object is the freed, not "return"."""
    head = trigger.head
    return (
        trigger.dep_ == "acl"
        and head.lemma_.lower() in TRADE_IDIOMS
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
    )


# Words that make a counted group a further one ("another thirty", "a further group of 32").
FURTHER = frozenset({"another", "further", "more"})
# Verbs of a release the followed group comes after ("pardoned", "freed", "let go").
FREEING = lx.RELEASE_VERBS | {"let"}


def _followed_group(verb: Token) -> Token | None:
    """The group that followed, or the number its "of" gives ("a further group of 32" → 32)."""
    subj = own_subject(verb)
    parts = [g for c in subj.children if c.lower_ == "of" for g in c.children] if subj else []
    return next((g for g in parts if g.like_num), subj)


def batch_followed(verb: Token, ps: ParsedSentence) -> bool:
    """recall: "thirty more were pardoned in August, and another thirty followed in September", "a
    further group of 32 followed in November, and ... another 20 had been let go": a further
    counted group that "followed" a release the sentence tells is one more release; not "another
    thirty followed the march" (an object), nor a sentence with no release in it (arrests)."""
    if verb.lemma_.lower() != "follow" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return False
    subj = own_subject(verb)
    if subj is None or not any(t.lower_ in FURTHER for t in subj.subtree):
        return False
    head = people_head(subj) or subj
    counted = head.like_num or any(c.dep_ == "nummod" or c.like_num for c in head.subtree)
    freeing = any(t.lemma_.lower() in FREEING and t.i != verb.i for t in tokens(ps.doc))
    return counted and freeing
