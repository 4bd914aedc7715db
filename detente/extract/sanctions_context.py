"""Sanctions acts told without their actor or target: what the article around them supplies.

An actorless sanctions sentence ("Six tankers were also listed") tells more of the act told a few
sentences before it; an act that names no target bears on the article's usual target, else on the
state it names most that is not the actor (nor, for the EU, a member state). Read by :func:`detente.extract.fill.fill_context`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from detente.extract import lexicon as lx
from detente.extract.gazetteer import Place
from detente.extract.mentions import PARTY_SEATED, Mention, subject_of
from detente.model import EventType

BLOCS = frozenset({"EU", "UN"})

# The member states of the European Union: never the target of the bloc's own sanctions (a member
# named in a story of an EU act is one that blocked, asked for or backed it).
EU_MEMBERS = frozenset(
    {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
     "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
     "SWE"}
)  # fmt: skip
# How many sentences back an actorless sanctions sentence reaches for the act it tells more of.
FOLLOW_UP_REACH = 3
# How many opening tokens of a sentence its subject is looked for in ("The European Union moved").
SUBJECT_SPAN = 4
# The end of a sentence inside a paragraph.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s+")


def usual_target(mentions: list[Mention], fallback: str | None) -> str | None:
    """The target the article's sanctions acts name most, counting only the acts that name their
    own actor: an act told in passing with no doer ("Several firms in China were listed for ...")
    adds to the story, it does not set its target (then none is usual: the state the article
    names most stands in, see :func:`sanctions_target`). ``fallback`` when no act names one."""
    named = [m for m in mentions if m.type is not EventType.RELEASE and m.target]
    targets = Counter(m.target for m in named if m.actor is not None and m.party != PARTY_SEATED)
    if targets:
        return targets.most_common(1)[0][0]
    return None if named else fallback


def sanctions_target(
    actor: str | None,
    default: str | None,
    holders: Counter[str],
    powers: frozenset[str] = frozenset(),
) -> str | None:
    """The target of a sanctions act that names none: the article's usual target, else the state
    it names most that is not the actor (a state does not sanction itself); for a sanctioning
    power, not another power that sanctions in the article either ("The EU, Britain and the US
    listed ...": none of them is the others' target), nor for the EU a member state (one named in
    an EU story blocked, asked for or backed the act), unless no other state is named. A power's
    act falls on no other sanctioning power while another state is named ("US lawmakers urged
    sanctions ... when Canada imposed sanctions on former presidents X and Y": not the US)."""
    own = {actor} | (EU_MEMBERS if actor == "EU" else set())
    skip = own | (
        powers | lx.SANCTIONING_POWERS if actor in lx.SANCTIONING_POWERS | powers else set()
    )
    if default is not None and default not in skip:
        return default
    others = [c for c, _ in holders.most_common() if c not in skip and c not in BLOCS]
    if others:
        return others[0]
    if default is not None and default not in own:
        return default
    others = [c for c, _ in holders.most_common() if c not in own and c not in BLOCS]
    if others:
        return others[0]
    if default is not None and default != actor:
        return default  # a member state, when the article names no other
    others = [c for c, _ in holders.most_common() if c != actor and c not in BLOCS]
    return others[0] if others else None


def preceding_sanctions(kept: list[Mention], m: Mention) -> Mention | None:
    """The sanctions act told in the few sentences before an actorless one, if any."""
    index = m.sent.sentence.index
    return next(
        (
            k
            for k in reversed(kept)
            if k.type is not EventType.RELEASE
            and k.actor is not None
            and index - FOLLOW_UP_REACH <= k.sent.sentence.index < index
        ),
        None,
    )


def pronoun_doers(
    mentions: list[Mention], text: str, places_of: Callable[[str], list[Place]]
) -> None:
    """ "Britain moved first. On Wednesday it froze the assets of six men": an actorless act whose
    subject is "it" is done by the sanctioning power the sentence just before it, in the same
    paragraph, opens with (whether or not that sentence tells an act) (in place)."""
    for m in mentions:
        if m.type is EventType.RELEASE or m.actor is not None:
            continue
        subject = subject_of(m.trigger) if m.trigger.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.lower_ != "it":
            continue
        before = _previous_sentence(text, m.sent.sentence.start)
        opening = [p for p in places_of(before) if p.span.start < SUBJECT_SPAN] if before else []
        if opening and opening[0].code in lx.SANCTIONING_POWERS:
            m.actor = opening[0].code


def _previous_sentence(text: str, start: int) -> str | None:
    """The sentence before the one starting at ``start``, within its paragraph."""
    paragraph = text[:start].rsplit("\n", 1)[-1].strip()
    if not paragraph:
        return None
    return SENTENCE_END.split(paragraph)[-1] or None
