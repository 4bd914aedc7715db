"""Who freed them: the captor of a release, never the state that received, mediated or paid.

The actor of a release is the state that held and freed the people (docs/annotation.md): the
grammatical agent when it names a state, else the state the article's story holds captive. Three
ways a wrong state creeps in, each handled here:

- a passive release clause with its own patient inherits the subject of the clause it hangs on
  ("the Treasury removed sanctions as the prisoners were handed over": not the Treasury's act);
- a ``by`` phrase the parser left as a plain preposition ("prisoners let go by the Lukashenko
  government") is still the agent;
- an unattributed release ("52 Belarusian prisoners were freed") defaults to the state the article
  names most, which in a story told from the receiving or brokering side is that side. In prisoner
  diplomacy the state that frees is the one the sanctions bear on, so the article's sanctions
  target is the better default.
"""

from __future__ import annotations

import logging
from collections import Counter

from spacy.tokens import Token

from detente.extract.destinations import HOLD_VERBS, destination, moved_to_by
from detente.extract.doc_memo import tokens
from detente.extract.expulsions import expelled_from
from detente.extract.groups import people_head
from detente.extract.lexicon import CUSTODY_NOUNS, HOLD_LEMMAS
from detente.extract.mentions import (
    Mention,
    ParsedSentence,
    actors_from,
    agent_of,
    own_subject,
    places_in,
    subject_of,
)
from detente.model import EventType

log = logging.getLogger(__name__)

# Blocs act through sanctions, never hold prisoners.
BLOCS = frozenset({"EU", "UN"})


# What a state grants a prisoner when it frees them ("granted clemency", "given a pardon").
GRANTS = frozenset({"clemency", "pardon", "amnesty", "release", "freedom"})


def clause_subject(trigger: Token) -> Token | None:
    """The subject naming who acted: none for a passive trigger with a patient of its own, which
    says nothing of its agent through the clause it hangs on ("as the prisoners were handed
    over"); none either for a passive trigger whose subject the parser hung on a verb before it
    ("A Briton imprisoned in Russia was released": "imprisoned" read as the main verb, the
    freed as its subject); else the subject, followed up through conjunctions and governing
    verbs."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return None
    return subject_of(trigger)


def by_phrase(ps: ParsedSentence, trigger: Token) -> list[str]:
    """The states a ``by`` phrase of a participle names when the parser did not mark it as the
    agent ("let go by the Lukashenko government", "freed by Tehran on Friday"); or the state a
    held person was deported from ("held for hours and deported from Turkey", session 25)."""
    expelled = expelled_from(ps, trigger)
    if expelled:
        return expelled
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "aux" and c.lemma_ == "let")]
    # "was granted clemency by President X": the parser hangs the agent on the granted noun
    heads += [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in GRANTS]
    # "was let go by Tehran": the agent hangs on "go"
    heads += [c for h in heads[1:2] for c in h.children if c.lower_ == "go" and c.dep_ == "xcomp"]
    heads += [c for c in trigger.children if c.lower_ == "go" and c.dep_ == "xcomp"]
    if trigger.tag_ not in ("VBN", "VB") and len(heads) == 1:
        return []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                found = actors_from(ps, pobj)
                if found:
                    return found
    return []


def sanctioned_state(mentions: list[Mention], holders: Counter[str]) -> str | None:
    """The state the article's sanctions acts bear on, most often first, if it is one the article
    names (a release with no agent is most likely that state's)."""
    targets = Counter(
        m.target
        for m in mentions
        if m.type is not EventType.RELEASE and m.target and m.target not in BLOCS
    )
    actors = {m.actor for m in mentions if m.type is not EventType.RELEASE}
    found = [t for t, _ in targets.most_common() if t not in actors and holders[t]]
    return found[0] if found else None


def stranded_subject(ps: ParsedSentence, trigger: Token) -> list[str]:
    """The state right before a coordinated verb left without a subject, which the parser hung
    on the clause before ("X released eight on Friday and Tajikistan freed five": "Tajikistan"
    read as coordinated with "Friday"; "... on Wednesday and Qatar released 14 in return", the
    second verb read as a clause of the first)."""
    if trigger.dep_ not in ("conj", "advcl") or trigger.i == 0 or own_subject(trigger) is not None:
        return []
    start = _before_own_time(trigger)
    if start == 0:
        return []
    noun = trigger.doc[start - 1]
    if noun.pos_ != "PROPN" or noun.dep_ not in ("conj", "pobj", "appos", "npadvmod"):
        return []
    return [p.code for p in places_in(ps, [noun]) if p.code not in BLOCS][:1]


def _before_own_time(trigger: Token) -> int:
    """recall: where the words before a verb start, less a time phrase of its own right before it
    ("and Qatar on the same day freed two"): the stranded subject is before that phrase."""
    start = trigger.i
    for c in sorted((c for c in trigger.children if c.i < trigger.i), key=lambda c: -c.i):
        if c.dep_ not in ("prep", "npadvmod") or c.right_edge.i != start - 1:
            break
        start = c.left_edge.i
    return start


# Place kinds that name a receiving state itself ("to Armenia", "to Moscow"), not its people.
STATE_KINDS = frozenset({"name", "capital"})


def handed_to_state(tok: Token, ps: ParsedSentence) -> bool:
    """A handover to another state ("handed 32 servicemen to Armenia at the border"): the state
    that held them gives them up, as with "handed over"."""
    if tok.lemma_.lower() not in ("hand", "deliver") or tok.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and (places_in(ps, [g], STATE_KINDS) or _state_receiver(g, ps))
        for c in tok.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _state_receiver(noun: Token, ps: ParsedSentence) -> bool:
    """Officials of a state named by their nationality or as the people's own ("handed twelve
    Iranian detainees to Iranian officials", "handed the five to their consulate", "to the
    Russian side"): a handover to another state."""
    if noun.lemma_.lower() not in RECEIVER_NOUNS:
        return False
    mods = [c for c in noun.children if c.i < noun.i]
    own = any(c.dep_ == "poss" and c.lower_ == "their" for c in mods)
    return own or bool(places_in(ps, [t for c in mods for t in c.subtree], NATIONALITY_KINDS))


def freed_before_moving(trigger: Token) -> Token | None:
    """The subject of the verb a passive gerund hangs on ("nineteen priests landed in Rome after
    being let out of prison", "arrived in Bangkok after being released"): those are the freed."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    return subject_of(prep.head)


# Receivers that stand for a state in a handover ("to Iranian officials", "to their consulate").
RECEIVER_NOUNS = frozenset({"official", "authority", "side", "consulate", "embassy", "counterpart",
                            "guard", "representative", "diplomat", "delegation",
                            # recall: "to Lebanese army officers", "to a Philippine coast guard
                            # vessel", "delivered to the Lebanese army"
                            "officer", "army", "vessel", "ship"})  # fmt: skip
NATIONALITY_KINDS = frozenset({"demonym", "name", "capital"})


# Verbs that carry people somewhere ("took 222 prisoners to the United States", "put them on a
# plane to Washington").
CARRY_VERBS = frozenset({"take", "fly", "send", "put", "place", "carry", "bring"})
# Group nouns that are prisoners by definition (enough for "returned home" without a holder, or
# to be carried abroad on release).
CAPTIVE_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive", "inmate", "pow"})


def carried_abroad(tok: Token, ps: ParsedSentence) -> bool:
    """Captives carried to a named state ("a plane that took 222 political prisoners to the
    United States", "put more than 200 prisoners on a plane to Washington"): an expulsion on
    release by the state that held them."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CARRY_VERBS:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in CAPTIVE_NOUNS:
        return False
    after = [t for t in tok.subtree if t.i > obj.i]
    if any(t.lemma_.lower() in CUSTODY_NOUNS for t in after):
        return False  # "took the prisoners to a camp near Minsk": into another custody
    return bool(receivers(ps, after))


def flown_abroad(tok: Token, ps: ParsedSentence) -> bool:
    """ "Managua flew 222 prisoners to Washington": a named state sending captives to another
    state, which frees them there (expelled on release); the sender need not be the subject of
    a carrying verb (:func:`carried_abroad` reads the receiving state from a "to" phrase only)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or (people_head(obj) or obj).lemma_.lower() not in CAPTIVE_NOUNS:
        return False
    to = moved_to_by(ps, tok) or destination(ps, None, tok, obj)  # "aboard a flight to X"
    senders = actors_from(ps, subject_of(tok))
    return to is not None and bool(senders) and to not in senders


def receivers(ps: ParsedSentence, tokens: list[Token]) -> list[str]:
    """States named as where people were taken ("to Armenia", "on a plane to Washington") among
    ``tokens``: the object of a "to" is the state itself, not a place inside it."""
    return [
        p.code
        for t in tokens
        if t.lower_ == "to"
        for g in t.children
        if g.dep_ == "pobj"
        for p in places_in(ps, [g, *(c for c in g.children if c.dep_ == "compound")], STATE_KINDS)
    ]


def only_received(ps: ParsedSentence, trigger: Token) -> set[str]:
    """States the trigger's clause names only as where the freed were taken, never as anything
    else in the sentence: not who freed them ("a plane that took 222 prisoners to the United
    States")."""
    taken = set(receivers(ps, list(trigger.subtree)))
    if not taken:
        return set()
    to_ids = {g.i for t in trigger.subtree if t.lower_ == "to" for g in t.subtree if g.i != t.i}
    elsewhere = {p.code for p in ps.places if p.span.start not in to_ids}
    return taken - elsewhere


# Place kinds that say whose custody it was ("from Iranian custody", "from a prison in Belarus").
CUSTODY_KINDS = frozenset({"name", "demonym", "capital"})


def custody_state(ps: ParsedSentence, trigger: Token) -> str | None:
    """The state whose custody the freed left ("were released from North Korean custody"): the
    holder when no agent is named, never the nationality of the freed. (v25) A prison told by
    its proper name is custody by a word of the name ("from El Salvador's Terrorism Confinement
    Centre", "from Iran's Evin Prison")."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            words = [pobj, *(c for c in pobj.children if c.dep_ == "compound")]
            if any(w.lemma_.lower() in CUSTODY_NOUNS | HOLD_LEMMAS for w in words):
                found = places_in(ps, list(pobj.subtree), CUSTODY_KINDS)
                if found:
                    return found[0].code
    return None


# Place kinds that name who holds people in a clause on them ("imprisoned in Russia", "held by
# the Taliban", "detained in Iranian jails").
HOLDER_KINDS = frozenset({"name", "capital", "demonym", "institution"})
# Verbs of a clause that says who held people ("jailed in Russia", "seized by Russian guards").
HELD_VERBS = HOLD_VERBS | {"seize", "hold"}


def held_by(group: Token | None, ps: ParsedSentence, trigger: Token) -> str | None:
    """The state a clause on the freed says held them ("a Briton imprisoned in Russia", "three
    Iranians held in Thailand", "a German national held by the Taliban"): the captor of a release
    that names no agent, whatever state the article names most."""
    if group is None:
        return None
    clauses = [c for c in group.children if c.dep_ in ("acl", "relcl")]
    verb = group.head  # "A Briton imprisoned in Russia ... was released": parsed as two verbs
    if group.dep_ == "nsubj" and trigger.dep_ == "conj" and trigger.head == verb:
        clauses.append(verb)
    for verb in clauses:
        if verb.lemma_.lower() not in HELD_VERBS:
            continue
        found = places_in(ps, _where_jailed(verb), HOLDER_KINDS)
        if found:
            return found[0].code
    return _held_beside(group, ps)


def _where_jailed(verb: Token) -> list[Token]:
    """The words of a hold clause's place phrases (``_where_held``); recall (v20): of an arrest
    joined to a trial or jailing ("arrested in Germany and convicted in Antwerp"), those of the
    trial or jailing only: the state that tried and jailed someone holds them, not the one where
    they were arrested and handed over."""
    jailed = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in JAILING]
    if verb.lemma_.lower() != "arrest" or not jailed:
        return _where_held(verb)
    return [t for v in jailed for t in _where_held(v)]


# Verbs of trying or jailing someone after an arrest.
JAILING = frozenset({"convict", "sentence", "jail", "imprison", "try", "hold"})
# Prepositions of a hold clause on another noun for the freed that say where or by whom they were
# held: not "on" ("arrested in Milan on a US warrant", "sentenced for spying on Hong Kong
# activists": the warrant's or the target's state held no one).
BESIDE_PREPS = frozenset({"in", "by", "at", "inside"})


def _held_beside(group: Token, ps: ParsedSentence) -> str | None:
    """The state a hold clause names on a conjunct or an apposition of the freed ("X and Y, the
    two Americans held in Iran, were released"; "a journalist and two Romanians jailed in
    Russia"; "X, a Russian serving a sentence in Sweden")."""
    nouns = [group, *(c for c in group.children if c.dep_ == "conj")]
    nouns = [a for n in nouns for a in n.children if a.dep_ == "appos"] + nouns[1:]
    for noun in nouns:
        for verb in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
            if verb.lemma_.lower() not in HELD_VERBS:
                continue
            words = [t for t in _where_jailed(verb) if _nearest_prep(t, verb) in BESIDE_PREPS]
            found = places_in(ps, words, HOLDER_KINDS)
            if found:
                return found[0].code
    return None


def _nearest_prep(tok: Token, verb: Token) -> str | None:
    """The preposition nearest above a word of a clause, below the clause's verb."""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return None
        if anc.dep_ in ("prep", "agent"):
            return anc.lower_
    return None


# Prepositions of a hold clause that say who or where held people ("imprisoned in Russia", "held
# by the Taliban"), not why or with whom ("captured while fighting for Ukraine, including five
# Britons", "detained after being deported from Djibouti").
HOLDER_PREPS = frozenset({"in", "by", "at", "on", "inside"})


def _where_held(verb: Token) -> list[Token]:
    """The words of a hold clause's place or agent phrases ("in Russia", "by the Taliban", "in
    Iranian jails", "for four months in a prison in El Salvador"), not of a clause inside it."""
    inner = {
        t.i for c in verb.subtree if c.i != verb.i and c.dep_ in INNER_CLAUSES for t in c.subtree
    }
    return [t for t in verb.subtree if t.i not in inner and _held_phrase(t, verb)]


# Clauses inside a hold clause, whose places say nothing of who held ("after being deported from").
INNER_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "conj", "relcl", "acl", "parataxis"})


# Nouns of a frontier: a state named on one ("detained at the Colombian border", "seized on the
# Chinese border") is the side they were caught near, not the state that held them.
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _held_phrase(tok: Token, verb: Token) -> bool:
    """Whether the nearest preposition above a word of a hold clause is one of place or agent,
    the word not naming a frontier ("at the Colombian border")."""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return False
        if anc.lemma_.lower() in FRONTIER_NOUNS:
            return False
        if anc.dep_ in ("prep", "agent"):
            return anc.lower_ in HOLDER_PREPS
    return False


# Verbs by which a state issues the decision that frees ("signed an amnesty", "issued a pardon").
ISSUING_VERBS = frozenset({"sign", "issue", "announce", "declare", "decree", "grant", "approve"})
# The decisions that free ("signed an amnesty", "the pardon signed by X", "a decree").
DECISION_NOUNS = frozenset({"clemency", "pardon", "amnesty", "decree"})


def decision_actor(ps: ParsedSentence) -> str | None:
    """The one state the sentence names as issuing a pardon or amnesty ("President X signed an
    amnesty that freed 1,200 inmates", "The pardon signed by President X ...: 150 prisoners were
    freed"): the captor of a release in it that names no agent of its own."""
    found: set[str] = set()
    for noun in tokens(ps.doc):
        if noun.pos_ != "NOUN" or not (
            noun.lemma_.lower() in DECISION_NOUNS or _decision_on_mercy(noun)
        ):
            continue
        heads: list[Token | None] = [c for c in noun.children if c.dep_ == "poss"]
        heads += [agent_of(c) for c in _participles(noun)]  # "signed by X"
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
            heads += [c for c in verb.children if c.dep_ == "nsubj"] or [subject_of(verb)]
        found |= {code for h in heads for code in actors_from(ps, h) if code not in BLOCS}
    return found.pop() if len(found) == 1 else None


def _participles(noun: Token) -> list[Token]:
    """Participle clauses on a decision noun, or on the person it is of, where the parser hangs
    them ("The pardon of X, granted by President Y, ...")."""
    ofs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return [c for n in [noun, *ofs] for c in n.children if c.dep_ == "acl"]


# Nouns of a decision that frees when it is one on a pardon or amnesty ("To Lam's decision on
# special amnesty", "the order of pardon"), not any decision ("Washington's decision to lift").
RULING_NOUNS = frozenset({"decision", "order", "resolution", "edict"})


def _decision_on_mercy(noun: Token) -> bool:
    """A decision on a pardon or amnesty ("the president's decision on special amnesty")."""
    if noun.lemma_.lower() not in RULING_NOUNS:
        return False
    return any(
        g.lemma_.lower() in DECISION_NOUNS
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("on", "of")
        for g in c.children
        if g.dep_ == "pobj"
    )


# Spans of time a hold clause runs for ("held for nineteen months").
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "decade"})


def held_for(verb: Token) -> Token | None:
    """ "A Latvian pilot held for nine months landed in Riga": the parser hangs the verb on the
    span of time as its clause; its subject is the noun the hold clause is on."""
    span = verb.head
    if verb.dep_ != "acl" or span.lemma_.lower() not in SPAN_NOUNS or span.dep_ != "pobj":
        return None
    clause = span.head.head
    if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in HELD_VERBS:
        return None
    return clause.head if clause.head.pos_ in ("NOUN", "PROPN") else None


def object_read_as_subject(trigger: Token) -> Token | None:
    """ "Ecuador released eleven Colombian fishermen detained off its coast": the parser reads the
    freed as the subject of the clause that describes them, a clause of the verb; the subject
    right after the verb (and its particle) is its object."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return None
    for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.i > trigger.i):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > clause.i:
            continue
        between = trigger.doc[trigger.i + 1 : subj.left_edge.i]
        if all(t.dep_ == "prt" or t.lower_ in ("back", "over") for t in between):  # "sent back"
            return subj
    return None


# Verbs by which a state lets people it holds go ("let X leave", "allowed X to fly home").
LETTING_VERBS = frozenset({"let", "allow", "permit"})
# Verbs of leaving for somewhere.
LEAVING_VERBS = frozenset({"leave", "fly", "return", "travel", "depart", "go"})


def allowed_to_leave(tok: Token, ps: ParsedSentence) -> Token | None:
    """The people a state lets leave for a place ("Iran let X and Y leave Tehran", "the United
    States allowed X to leave for Iran", "let X fly home to Venezuela"): a release by the state
    that lets them go; None unless a state lets them and the leaving is to or from a named place
    or home."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in LETTING_VERBS:
        return None
    subj = subject_of(tok)  # a state, not "a deal that allowed 240 stranded pilgrims to return"
    if subj is None or not places_in(ps, [t for t in subj.subtree if t.i <= subj.i]):
        return None
    for leave in tok.children:
        if leave.dep_ not in ("ccomp", "xcomp") or leave.lemma_.lower() not in LEAVING_VERBS:
            continue
        who = next((c for c in leave.children if c.dep_ == "nsubj"), None)
        who = who or next((c for c in tok.children if c.dep_ == "dobj"), None)
        somewhere = [t for c in leave.children if c.dep_ != "nsubj" for t in c.subtree]
        home = any(t.lower_ == "home" for t in somewhere)
        if who is not None and (home or places_in(ps, somewhere, HOLDER_KINDS)):
            return who
    return None


def described_by_clause(prep: Token) -> Token | None:
    """ "the release of at least eleven men serving sentences": the parser reads the people after
    a preposition as the subject of the clause describing them; that subject is its object."""
    clause = next((g for g in prep.children if g.dep_ == "pcomp"), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.i < clause.i else None


def freeing_state(
    mentions: list[Mention], holders: Counter[str], go_betweens: set[str]
) -> str | None:
    """The releasing state an untargeted sanctions act falls to: of the states the article's
    releases name as actors (not its go-betweens, not a state that itself sanctions), the one
    named in the most sentences, then named most (actors, v16: a swap's third state told twice
    in one sentence, "252 Venezuelans freed from a prison in El Salvador", is not the state a
    licence on Venezuelan oil targets)."""
    sanctioning = {m.actor for m in mentions if m.type is not EventType.RELEASE}
    told: dict[str, set[int]] = {}
    for m in mentions:
        if m.type is EventType.RELEASE and m.actor and m.actor not in go_betweens | sanctioning:
            told.setdefault(m.actor, set()).add(m.sent.sentence.index)
    return max(sorted(told), key=lambda c: (len(told[c]), holders[c])) if told else None
