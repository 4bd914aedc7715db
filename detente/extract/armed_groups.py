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

from detente.extract.mentions import agent_of, subject_of

# Head nouns of armed groups that are no state ("kidnappers", "a militia"). Not "insurgents" or
# "militants": news calls the Taliban and Hamas so, and those govern territory.
ARMED_HEADS = frozenset(
    {"militia", "militiaman", "separatist", "jihadist", "kidnapper", "abductor", "gunman",
     "gunmen", "bandit", "pirate"}
)  # fmt: skip
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
RELATIVE = frozenset({"which", "who", "that"})


def armed_group_act(trigger: Token, group: Token | None) -> bool:
    """Whether an armed group that governs no territory freed the people of this trigger."""
    agents = [subject_of(trigger) if trigger.pos_ == "VERB" else None, agent_of(trigger)]
    subject = agents[0]
    if subject is not None and subject.lower_ in RELATIVE and trigger.dep_ == "relcl":
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
