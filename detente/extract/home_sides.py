"""Home sides: the state that gets its own people back is where they went, never who freed them.

"Ukraine brought home 144 soldiers", "Kyiv secured the release of 215 of its fighters", "Russia
received 150 of its own men", "Moscow's defence ministry says it received 185 Russian servicemen
in return": the subject state receives its people from the other side of a swap, which freed them
(guide: the people each side of a swap hands over go to the other side, session 16; a homecoming
is a release by the state that held them). Read by :mod:`releases`: such a release has the other
party for actor (``Mention.party`` "home", against the receiving state, settled by ``fill``) and
the receiving state for destination. A receiving verb is a release trigger of its own only for a
counted group of the subject state's own people in a swap ("received 82 of its own servicemen in
return", "handed back 189 Ukrainians and received 150 of its own men"), never for envoys,
guarantees or sentences a state or person receives, nor for evacuees ("received 2,000 of its
nationals from Sudan": no trade).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import actor_roles, sides
from detente.extract import lexicon as lx
from detente.extract.captors import CAPTIVE_NOUNS, STATE_KINDS
from detente.extract.destinations import demonym_of, told_back
from detente.extract.groups import is_people, people_head
from detente.extract.handovers import FREEING_VERBS, SERVICE_NOUNS, TRADE_CUE, counted_captives
from detente.extract.mentions import PARTY_HOME, Mention, ParsedSentence, own_subject, places_in
from detente.extract.sides import traded_objects

# Verbs by which a state gets its people back ("received 150 of its own men"); "get" and
# "recover" only with "back" ("got back 40 soldiers").
RECEIVE_VERBS = frozenset({"receive"})
BACK_VERBS = frozenset({"get", "recover"})
# Verbs by which a state obtains a release it did not grant ("secured the release of").
SECURE_VERBS = frozenset({"secure", "win", "obtain"})
# Nouns of the release a state secures ("the release of", "the freedom of", "the return of").
FREEING_NOUNS = frozenset({"release", "freedom", "return"})
# Nouns of a trade whose "with" names the partner and whose "for" names what was given.
TRADE_NOUNS = frozenset({"exchange", "swap", "trade", "deal", "return"})
# Place kinds that say where people were got back from ("from a prison in El Salvador", "from
# Ukrainian captivity").
PARTNER_KINDS = frozenset({"name", "capital", "demonym"})
# Words by which one side's part of a swap is told ("for its part", "in turn").
OWN_PART = re.compile(r"\b(?:for (?:its|their) part|in turn)\b", re.IGNORECASE)
# Subjects that get people freed for others ("UAE mediation secured the release of 370").
GO_BETWEEN_NOUNS = frozenset({"mediation", "mediator", "envoy", "broker", "talks", "diplomacy",
                              "intermediary", "intervention", "effort", "efforts"})  # fmt: skip
# Pronouns that stand for a state or its ministry ("it received"), read through a verb of saying.
STATE_PRONOUNS = frozenset({"it", "they", "we"})
# Status nouns of people a state gets back besides captives and servicemen.
GOT_BACK_NOUNS = frozenset({"troop", "defender", "fighter", "civilian", "citizen", "national",
                            "man", "compatriot", "people"})  # fmt: skip


def receiving_state(trigger: Token, ps: ParsedSentence, group: Token | None) -> str | None:
    """The state a release trigger says got the freed back ("Ukraine brought home 144",
    "Ukraine secured the release of 215 of its fighters", "Russia received 150 of its own men"):
    the subject of a bringing, securing or receiving verb when it names one state and the freed
    are not told as another state's nationals."""
    verb = _receiving_verb(trigger)
    if verb is None:  # "twelve Kenyan herders came back, while Kenya handed over thirty"
        return _coming_home(trigger, ps, group)
    state = _subject_state(verb, ps)
    if state is None or state in sides.mediators(ps) | actor_roles.go_betweens(ps):
        return None  # "UAE mediation secures release of 370 captives": the Emirates got no one
    people = (people_head(group) or group) if group is not None else None
    nationality = demonym_of(people, ps) if people is not None else None
    if nationality not in (None, state):
        return None
    if verb is trigger or nationality == state:  # "Ukraine brought home 144 soldiers"
        return state
    # "Qatar secured the release of X": the securer is often a go-between; its own people only
    if group is None or people is None:
        return None
    return state if _marked_own(group, people) else None


def _coming_home(trigger: Token, ps: ParsedSentence, group: Token | None) -> str | None:
    """The country of a counted group coming home beside the other side's give-back
    (:func:`swap_homecoming`): where they went, not who freed them."""
    if group is None or group.head.i != trigger.i or group.dep_ != "nsubj":
        return None
    if not swap_homecoming(group, ps):
        return None
    return demonym_of(people_head(group) or group, ps)


def counterpart(trigger: Token, ps: ParsedSentence, home: str) -> str | None:
    """The state the sentence says the home state got its people back from: a "from" phrase
    ("received 252 of its nationals from a prison in El Salvador"), the partner of an exchange
    ("in an exchange with Russia") or the nationality of the people given for them ("in exchange
    for 55 Russian servicemen"); None unless exactly one state other than ``home``."""
    verb = _receiving_verb(trigger) or trigger
    found: set[str] = set()
    for prep in (c for c in verb.subtree if c.dep_ == "prep"):
        word = prep.lower_
        if word == "from" and prep.head.i == verb.i:
            found |= {p.code for p in places_in(ps, list(prep.subtree), PARTNER_KINDS)}
        elif word == "with" and prep.head.lemma_.lower() in TRADE_NOUNS:
            found |= {p.code for p in places_in(ps, list(prep.subtree), STATE_KINDS)}
        elif word == "for" and prep.head.lemma_.lower() in TRADE_NOUNS:
            given = [g for g in prep.children if g.dep_ == "pobj"]
            found |= {c for g in given if (c := demonym_of(people_head(g) or g, ps)) is not None}
    found.discard(home)
    return found.pop() if len(found) == 1 else None


def _receiving_verb(trigger: Token) -> Token | None:
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB" and lemma == "bring":
        home = any(c.lower_ in ("home", "back") and c.dep_ in ("advmod", "prt", "npadvmod",
                                                              "dobj") for c in trigger.children)  # fmt: skip
        return trigger if home else None
    if trigger.pos_ == "VERB" and (lemma in RECEIVE_VERBS or _back_verb(trigger)):
        return trigger
    if (
        trigger.pos_ == "NOUN"
        and lemma in FREEING_NOUNS
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in SECURE_VERBS
    ):
        return trigger.head
    return None


def _back_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in BACK_VERBS and told_back(verb)


def _subject_state(verb: Token, ps: ParsedSentence) -> str | None:
    """The one state a verb's subject names ("Ukraine", "Russia's defence ministry"); for "it"
    or "they", the subject of the verb of saying that governs it ("the ministry said it had
    received")."""
    subject = own_subject(verb)
    if subject is None and verb.dep_ == "conj":  # "Russia handed back 189 ... and received 150"
        subject = own_subject(verb.head)
    if subject is not None and subject.lower_ in STATE_PRONOUNS and verb.dep_ == "ccomp":
        if verb.head.lemma_.lower() in lx.SPEECH_VERBS:
            subject = own_subject(verb.head)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    if subject.lemma_.lower() in GO_BETWEEN_NOUNS:  # "Brazil's mediation secured the release"
        return None
    found = {p.code for p in places_in(ps, list(subject.subtree), STATE_KINDS)}
    return found.pop() if len(found) == 1 else None


def got_back(verb: Token, ps: ParsedSentence) -> bool:
    """Whether ``verb`` tells a state getting a counted group of its own people back ("received
    150 of its own men", "says it received 185 Russian servicemen", "received the same number of
    its soldiers"): a release trigger, the release the other party's."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in RECEIVE_VERBS or _back_verb(verb)):
        return False  # (before the children are walked: most verbs are not these)
    group = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if group is None:
        return False
    state = _subject_state(verb, ps)
    if state is None:
        return False
    people = _counted_people(group)
    if people is None:
        return False
    if not (_marked_own(group, people) or demonym_of(people, ps) == state):
        return False
    text = ps.sentence.text
    swap = TRADE_CUE.search(text) is not None or OWN_PART.search(text) is not None
    return swap or _beside_release(verb)


def _beside_release(verb: Token) -> bool:
    """ "Russia handed back 189 Ukrainians and received 150 of its own men": the receiving verb
    joined to a verb that frees."""
    joined = [verb.head] if verb.dep_ in ("conj", "advcl") else []
    joined += [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    return any(
        v.lemma_.lower() in lx.RELEASE_VERBS
        or (
            v.lemma_.lower() in ("hand", "give")
            and any(c.lower_ in ("over", "back") for c in v.children)
        )
        for v in joined
    )


def _counted_people(group: Token) -> Token | None:
    """The people noun of a counted group ("185 Russian servicemen", "150 of its own men", "the
    same number of its soldiers"), if the group is one."""
    if _same_number(group) or group.like_num or group.pos_ == "NUM":  # "150 of its own men"
        of = [g for c in group.children if c.lower_ == "of" for g in c.children]
        return next((g for g in of if _people_noun(g)), None)
    counted = any(c.dep_ == "nummod" for c in group.children)
    return group if counted and _people_noun(group) else None


def _people_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (
        lemma in SERVICE_NOUNS
        or lemma in CAPTIVE_NOUNS
        or lemma in GOT_BACK_NOUNS
        or lemma in lx.PEOPLE_NOUNS
        or tok.lower_ in SERVICE_NOUNS
    )


def _marked_own(group: Token, people: Token) -> bool:
    """ "of its own men", "its soldiers", "their own citizens": people told as the subject's."""
    words = [*people.children, *group.children]
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in words)


def traded_beside(trigger: Token) -> list[Token]:
    """``sides.traded_objects`` less the object of a receiving verb that is the trigger itself
    ("Russia received 185 of its soldiers in return"): the freed of that act, not a second act."""
    objects = traded_objects(trigger)
    if _receiving_verb(trigger) is not trigger:
        return objects
    return [o for o in objects if not (o.head.i == trigger.i and o.dep_ == "dobj")]


def received_by(m: Mention, home: str) -> None:
    """A release the ``home`` state got its people back by: they went there, and with no
    other state named it is the other party's (``fill``: the party that is not ``home``)."""
    m.destination = m.destination or home
    if m.actor is None:
        m.party = PARTY_HOME
        m.co_actors = [home]
    elif home not in m.co_actors:
        m.co_actors = [*m.co_actors, home]


# Verbs of a state giving people back in a swap's other clause ("while Ukraine handed back the
# same number of Russians", "while Kyiv released 390 Russians").
GIVING_VERBS = frozenset({"hand", "give", "send", "return"})


def swap_homecoming(group: Token, ps: ParsedSentence) -> bool:
    """recall: "390 Ukrainians came home, and Ukraine handed back the same number of Russians",
    "307 Ukrainian servicemen came home, the president wrote, while Ukraine handed 307 Russian
    servicemen back": a counted group coming home beside a clause in which a state frees or gives
    people back is the other side of a swap, with no trade word (the parser may hang the
    homecoming under that clause, or both under a verb of saying)."""
    if not counted_captives(group):
        return False
    verb = group.head
    near = [verb.head] if verb.dep_ in ("conj", "advcl", "ccomp") and verb.head is not verb else []
    joined = [c for v in [verb, *near] for c in v.children if c.dep_ in ("conj", "advcl")]
    states = {p.span.start for p in ps.places if p.kind in STATE_KINDS}
    for other in [*near, *joined]:
        if other is verb or other.pos_ != "VERB" or not _gives(other):
            continue
        subject = next((c for c in other.children if c.dep_ == "nsubj"), None)
        given = next((c for c in other.children if c.dep_ == "dobj"), None)
        people = given is not None and (_same_number(given) or is_people(given, ps))
        if people and subject is not None and any(t.i in states for t in subject.subtree):
            return True
    return False


def _gives(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    back = any(c.lower_ in ("back", "over") for c in verb.children)
    return lemma in FREEING_VERBS or (lemma in GIVING_VERBS and back)


def _same_number(noun: Token) -> bool:
    """ "the same number (of Russians)": as many people as came home."""
    return noun.lemma_.lower() == "number" and any(c.lower_ == "same" for c in noun.children)
