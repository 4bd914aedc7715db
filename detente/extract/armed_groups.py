"""Releases by armed groups that govern no territory: outside the actor vocabulary.

The guide (docs/annotation.md, session 12) gives hostages freed by a group that governs territory
that territory's code (Hamas, the Houthis, the Taliban), and leaves releases by armed groups that
govern nothing (al-Shabaab, JNIM, the ELN, Papuan separatists, an Iraqi militia) unannotated. The
extractor would otherwise give such an act the state the sentence names ("Colombia's ELN
guerrillas freed X" → COL, "the JNIM alliance also freed two Italians" → ITA).

An act is the group's when the group is its agent: the subject of an active trigger (through a
relative pronoun: "the alliance, which also freed"), the ``by`` agent of a passive one, or the
holder of the freed ("aid workers kidnapped by al-Shabaab were freed", "the release of five
aid workers held by al-Shabaab").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.mentions import Mention, ParsedSentence, agent_of, own_subject, subject_of
from detente.extract.trade_cues import EXCHANGE_CUES, SWAP_CUES
from detente.model import EventType

# Head nouns of armed groups that are no state ("kidnappers", "a militia"). Not "insurgents" or
# "militants": news calls the Taliban and Hamas so, and those govern territory.
ARMED_HEADS = frozenset(
    {"militia", "militiaman", "separatist", "jihadist", "kidnapper", "abductor", "gunman",
     "gunmen", "bandit", "pirate", "gang", "cartel"}
)  # fmt: skip
# (A gang that "controls" districts of a city governs no territory, session 23.)
# Heads that may name a group governing territory too ("the rebels" of a Houthi story): armed
# groups of no state only with a modifier that says so ("separatist rebels") or a named group.
WEAK_HEADS = frozenset({"rebel", "guerrilla", "guerilla", "fighter"})
# "group", "alliance", "faction" made armed by a modifier ("an armed group", "a jihadist faction").
GROUP_HEADS = frozenset(
    {"group", "alliance", "faction", "organisation", "organization", "movement"}
)
ARMED_MODIFIERS = frozenset(
    {"armed", "jihadist", "rebel", "militant", "separatist", "extremist", "islamist"}
)  # fmt: skip
# Named armed groups that govern no territory.
NAMED = re.compile(
    r"\b(?:al-Shabaab|al-Shabab|Shabaab|JNIM|ELN|FARC|National Liberation Army|Islamic State|"
    r"ISIS|ISIL|Boko Haram|ISWAP|al-Qaeda|al-Qaida|AQIM|Kataib Hezbollah|Kata'ib Hezbollah|"
    r"Abu Sayyaf|Lord's Resistance Army|Ansar al-Islam)\b"
)
# Groups that govern territory and so take its code (Hamas → PSE, the Houthis → YEM, ...).
GOVERNING = re.compile(r"\b(?:Houthis?|Hamas|Taliban|Islamic Jihad|Hezbollah-led)\b")
# Verbs of a clause on the freed that names who held them ("kidnapped by al-Shabaab").
HOLDING_VERBS = frozenset({"hold", "kidnap", "abduct", "seize", "capture", "take", "detain"})


def armed_group_act(trigger: Token, group: Token | None) -> bool:
    """Whether an armed group that governs no territory freed the people of this trigger."""
    agents = [subject_of(trigger) if trigger.pos_ == "VERB" else None, agent_of(trigger)]
    subject = agents[0]
    if subject is not None and subject.lower_ in lx.RELATIVE_SUBJECTS and trigger.dep_ == "relcl":
        agents[0] = trigger.head  # "the JNIM alliance, which also freed two Italians"
    if subject is not None and subject.dep_ == "nsubjpass":
        agents[0] = None  # the freed, not who freed them
    agents += _holders(group) + _holders(trigger)
    return any(a is not None and _armed(a) for a in agents)


def _holders(noun: Token | None) -> list[Token | None]:
    """The ``by`` agents of the holding clauses on a noun ("workers kidnapped by al-Shabaab")."""
    if noun is None:
        return []
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return [agent_of(c) for c in clauses if c.lemma_.lower() in HOLDING_VERBS]


def _armed(head: Token) -> bool:
    """Whether a noun phrase names an armed group that governs no territory."""
    inner = {t.i for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    phrase = " ".join(t.text for t in head.subtree if t.i not in inner)
    if GOVERNING.search(phrase):
        return False
    if NAMED.search(phrase):
        return True
    lemma = head.lemma_.lower()
    if lemma in ARMED_HEADS or head.lower_ in ARMED_HEADS:
        return True
    armed = any(c.lower_ in ARMED_MODIFIERS for c in head.children)
    return armed and (lemma in GROUP_HEADS or lemma in WEAK_HEADS)


# Verbs of taking people that news keeps for captors who are no state ("kidnapped", "abducted").
KIDNAP_VERBS = ("kidnap", "abduct")
# Agents of a kidnapping that are no state unless a governing group is named ("by gunmen", "by
# militants" of a Sahel story, "by a gang").
KIDNAPPER_HEADS = ARMED_HEADS | WEAK_HEADS | {"militant", "insurgent", "gang", "criminal"}


def kidnapped_freed(trigger: Token, group: Token | None, sentence: str) -> bool:
    """Whether the freed were kidnapped and no state is told to have freed them: "the two
    tourists kidnapped in the Sahel were freed", "a gang that kidnapped 17 missionaries freed
    the remaining 12", "the abducted priest was freed". Not when a state or a governing group
    is the agent ("Niger freed the aid worker kidnapped in 2022", "the Taliban released X,
    kidnapped in 2020"), nor in a swap ("the abducted officer was exchanged for a spy")."""
    if trigger.lemma_.lower() in lx.RELEASE_WEAK or GOVERNING.search(sentence):
        return False  # "abducted last year, was exchanged on a bridge"
    if EXCHANGE_CUES.search(sentence):
        return False
    if SWAP_CUES.search(sentence):
        return False
    if trigger.dep_ == "conj" and _kidnap_word(trigger.head) and agent_of(trigger) is None:
        return True  # "the businessman kidnapped outside his home was freed"
    subject = subject_of(trigger) if trigger.pos_ == "VERB" else None
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    if subject is not None and subject.dep_ != "nsubjpass" and not passive:
        return _kidnapper(subject)  # "a gang that kidnapped 17 freed 12"; "Niger freed"
    if subject is None and passive and trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep":
        subject = own_subject(trigger.head.head)  # "X arrived home after being freed"
    if subject is not None and passive and _taken(subject):
        return True  # "X, kidnapped in Kenya, arrived home after being freed"
    freed = [group, own_subject(trigger)] if trigger.pos_ == "VERB" else [group]
    return any(_taken(n) for n in freed if n is not None)


def _kidnapper(noun: Token) -> bool:
    """Whether a subject is told as the kidnapper ("a gang that kidnapped 17 missionaries")."""
    return any(c.dep_ == "relcl" and _kidnap_word(c) for c in noun.children)


def _kidnap_word(tok: Token) -> bool:
    """A word of kidnapping, verb or adjective ("kidnapped", "the abducted priest")."""
    return tok.lower_.startswith(KIDNAP_VERBS)


def _taken(noun: Token) -> bool:
    """Whether a freed noun carries a kidnapping with no state agent ("the abducted priest",
    "tourists kidnapped in the Sahel", "a journalist kidnapped by militants")."""
    described = [noun, *(c for c in noun.children if c.dep_ == "appos")]  # "X, a volunteer"
    for c in (c for n in described for c in n.children):
        if not _kidnap_word(c) or c.dep_ not in ("acl", "amod", "relcl"):
            continue
        agent = agent_of(c)
        if agent is None or agent.lemma_.lower() in KIDNAPPER_HEADS or _armed(agent):
            return True
    return False


# Sentences that make an article's lead: the headline, a dateline, the first sentences.
LEAD = 3


def drop_captives_of_no_state(
    mentions: list[Mention], sents: list[ParsedSentence]
) -> list[Mention]:
    """An article whose lead tells people freed by no state ("Rebels free New Zealand pilot",
    "Kidnapped engineers freed in the Delta") and that names no state freeing anyone: its other
    releases with no actor ("the men were released in a forest", "they let him go") are that
    same act, not a state's."""
    flagged = {ps.sentence.index for ps in sents if ps.no_state_captor}
    if not any(i <= LEAD for i in flagged):
        return mentions
    # the flagged sentences' own other mentions ("X, kidnapped in Kenya, arrived home after
    # being freed": the homecoming) are that act; a state named elsewhere keeps them all
    others = [
        m for m in mentions if m.type == EventType.RELEASE and m.sent.sentence.index not in flagged
    ]
    if any(m.actor is not None or m.party is not None for m in others):
        return mentions
    return [m for m in mentions if m.type != EventType.RELEASE]


# Session 21: hostages rescued by an army or police from bandits, kidnappers or an armed group
# were not released by an authority (nor when a ransom made the captors let them go).
# Nouns of a state's armed or police forces that rescue people rather than free their own
# prisoners ("troops", "the police", "special forces").
FORCE_HEADS = frozenset(
    {"troop", "soldier", "army", "police", "policeman", "marine", "commando", "force",
     "military", "gendarme", "gendarmerie", "navy", "coastguard"}
)  # fmt: skip
# Captors that are no state whoever frees the people from them ("from their kidnappers").
CAPTOR_HEADS = KIDNAPPER_HEADS - WEAK_HEADS - {"militant", "insurgent", "militia", "militiaman"}
CAPTOR_HEADS |= {"captor", "cartel", "kidnapper", "abductor", "trafficker", "smuggler"}
# Words of a rescue: forces that free hostages in one took them from someone else.
RESCUE_CUES = re.compile(r"\b(?:raids?|rescue[ds]?|operations?|stormed|assault|hideout|camp)\b")


def rescued(trigger: Token, group: Token | None, sentence: str) -> bool:
    """Whether the people of a trigger were taken from captors who are no state, which is no
    state's release: "police freed a businessman from his kidnappers", "Nigeria freed 12
    hostages from bandits after paying a ransom", "troops freed 20 hostages from an armed group",
    "soldiers freed 12 hostages in a raid". Not a state freeing its own prisoners ("police
    released 200 detainees", "Houthi forces freed 25 hostages"), nor authorities that secure a
    release from a state's militia ("Iraqi authorities secured her release from a militia",
    session 19)."""
    subject = subject_of(trigger) if trigger.pos_ == "VERB" else _noun_subject(trigger)
    if subject is not None and subject.dep_ == "nsubjpass":
        subject = None  # the freed, not who freed them
    if subject is not None and GOVERNING.search(_phrase(subject)):
        return False  # "Hamas fighters freed three hostages"
    force = subject is not None and subject.lemma_.lower() in FORCE_HEADS
    for captor in (c for w in _freed_words(trigger, group) for c in _from_objects(w)):
        if captor.lemma_.lower() in CAPTOR_HEADS or captor.lower_ in CAPTOR_HEADS:
            return True  # "freed a businessman from his kidnappers"
        if _armed(captor) and (force or "militia" not in _phrase(captor).lower()):
            return True  # "troops freed 20 hostages from an armed group"; not "from a militia"
    if not force or not RESCUE_CUES.search(sentence.lower()):
        return False
    return group is not None and (group.lemma_.lower() == "hostage" or _taken(group))


def _noun_subject(noun: Token) -> Token | None:
    """The subject of the verb a release noun is the object of ("forces secured the release")."""
    verb = noun.head if noun.dep_ in ("dobj", "pobj") else None
    return subject_of(verb) if verb is not None and verb.pos_ == "VERB" else None


def _phrase(head: Token) -> str:
    return " ".join(t.text for t in head.subtree)


def _freed_words(trigger: Token, group: Token | None) -> list[Token]:
    """The trigger, the freed group and the trigger's objects, where a "from" phrase may hang
    ("freed 123 abducted students from their captors": "students", a second object in a
    misparse; "freed 12 kidnapped villagers from ...": "kidnapped", a conjoined verb)."""
    words = [trigger] if group is None else [trigger, group]
    return words + [c for c in trigger.children if c.dep_ in ("dobj", "conj") and c is not group]


def _from_objects(tok: Token | None) -> list[Token]:
    """The objects of "from" phrases on a word ("from bandits", "from their captors")."""
    if tok is None:
        return []
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]
