"""Relief paid for releases the article tells on their own days (session 26): "The Treasury
eased sanctions on Thursday in return for the release of Belarus's last political prisoners.
Kozulin was freed on August 16. Two other activists were released on August 20." The release the
cue phrase names is no act of its own: it is the named releases told on their own days, and the
easing is traded for those (linked), with no uncounted event of the cue's words.

A release is such a restatement when it names no one, counts no one or as many as the stages
together, and is told only as the ground of relief: inside a sentence that tells the easing or
the trade, or in the headline, by a noun ("the release of", "in return for the releases") or in
an "after" clause ("after Minsk frees prisoners", "two weeks after Lukashenko released the last
three men"). The stages are the same state's releases told on their own, linked to nothing, each
counting or naming its freed, dated before the relief and within ``STAGE_DAYS`` of it.

A deal's later stage (session 26: "joins that deal's one exchange"): "Cuba has released all 53
political prisoners it agreed to free as part of last month's deal", told apart from the swap of
December 17, is linked with it.

Run after :mod:`detente.extract.links`, on the final events and exchanges.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import dates, trade_cues
from detente.extract.mentions import Mention
from detente.extract.sentences import Sentence
from detente.model import Event, EventType, Exchange

# Releases this many days at most before the relief can be the ones it paid for (a deal's stages
# are weeks apart: Belarus, August 16 and 20, 2008, and the US licence of September 4).
STAGE_DAYS = 92
# Release nouns that name the act of a cue phrase ("in return for the release of").
_ACT_NOUNS = frozenset({"release", "freeing", "liberation", "pardon"})
# A deal told as one made before the act ("as part of last month's deal", "the prisoners it
# agreed to free", "under the agreement announced on December 17"): the act is a later stage.
EARLIER_DEAL = re.compile(
    r"\b(?:(?:last|previous) (?:week|month|year)'s|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:'s)?|the same|the earlier|the original) "
    rf"(?:[\w-]+ )?{trade_cues._DEAL_NOUNS}\b|"
    r"\b(?:agreed|promised|pledged|committed) to (?:free|release)\b|"
    rf"\b{trade_cues._DEAL_NOUNS} (?:announced|struck|reached|signed|agreed) "
    r"(?:on|in|last|earlier)\b",
    re.IGNORECASE,
)
# The act told as done under a deal ("as part of last month's deal", "under the agreement").
DEAL_PART = re.compile(
    rf"\b(?:part of|under|in line with) (?:[\w'’-]+ ){{0,3}}{trade_cues._DEAL_NOUNS}\b", re.I
)


def fold(
    events: list[Event],
    exchanges: list[Exchange],
    pairs: list[tuple[Mention, str]],
    cues: set[int],
) -> tuple[list[Event], list[Exchange]]:
    """The events and exchanges with each cue-phrase release replaced, in its exchange, by the
    releases told on their own days that it restates (see the module docstring); ``cues`` are
    the indices of the sentences that tell a trade."""
    by_id = {e.id: e for e in events}
    told: dict[str, list[Mention]] = {}
    for m, eid in pairs:
        told.setdefault(eid, []).append(m)
    linked = {eid for x in exchanges for eid in x.events}
    dropped: set[str] = set()
    for x in exchanges:
        easings = [by_id[i] for i in x.events if by_id[i].type == EventType.SANCTIONS_EASED]
        if not easings:
            continue
        relief = min((e.date for e in easings if e.date and dates.is_date(e.date)), default=None)
        for eid in list(x.events):
            release = by_id[eid]
            if release.type != EventType.RELEASE or not _restated(release, told, easings, cues):
                continue
            stages = _stages(release, events, told, linked | dropped, relief)
            if not stages:
                continue
            x.events = [i for i in x.events if i != eid] + [s.id for s in stages]
            linked |= {s.id for s in stages}
            dropped.add(eid)
    if not dropped:
        return events, exchanges
    return _renumbered([e for e in events if e.id not in dropped], exchanges)


def join_later_stages(
    events: list[Event],
    exchanges: list[Exchange],
    pairs: list[tuple[Mention, str]],
    texts: dict[int, Sentence],
) -> None:
    """(session 26) "Cuba has released all 53 political prisoners it agreed to free as part of
    last month's deal": a release linked to nothing, told in a deal sentence as a later stage of
    a deal made before it, joins the one exchange of the article whose acts are of its state's
    trade and precede it by at most ``STAGE_DAYS`` (in place). ``texts``: the sentences read,
    by index."""
    linked = {eid for x in exchanges for eid in x.events}
    by_id = {e.id: e for e in events}
    later = {
        eid
        for m, eid in pairs
        if m.type is EventType.RELEASE
        and eid not in linked
        and (told := texts.get(m.sent.sentence.index)) is not None
        and (text := told.text)
        and EARLIER_DEAL.search(text)
        and DEAL_PART.search(text)
        and not trade_cues.NEGATED.search(text)
        and not trade_cues.APART.search(text)
    }
    for eid in sorted(later):
        release = by_id[eid]
        found = [x for x in exchanges if _earlier_trade(release, [by_id[i] for i in x.events])]
        if len(found) == 1:
            found[0].events.append(eid)


def _earlier_trade(release: Event, acts: list[Event]) -> bool:
    """Whether the acts of an exchange include a release by the same state and all come before
    the release, by at most ``STAGE_DAYS`` (a month for a release dated only by its month)."""
    if not any(a.type == EventType.RELEASE and a.actor == release.actor for a in acts):
        return False
    return all(_before(a.date, release.date) or _month_before(a.date, release.date) for a in acts)


def _month_before(day: str | None, later: str | None) -> bool:
    """Whether a date's month is the month before a later one's (both known to the month)."""
    return (
        dates.at_least_month(day)
        and dates.at_least_month(later)
        and day is not None
        and later is not None
        and day[:7] < later[:7]
        and dates.months_between(day, later) == 1
    )


def _restated(
    release: Event, told: dict[str, list[Mention]], easings: list[Event], cues: set[int]
) -> bool:
    """Whether a release names no one and is told only as the ground of an easing: each of its
    mentions in the headline, a sentence of the easing or one telling the trade, by a noun or an
    "after" clause."""
    if release.persons or not told.get(release.id):
        return False
    relief_sentences = cues | {m.sent.sentence.index for e in easings for m in told.get(e.id, [])}
    return all(
        (m.sent.sentence.index == 0 or m.sent.sentence.index in relief_sentences)
        and _as_ground(m.trigger)
        for m in told[release.id]
    )


def _as_ground(trigger: Token) -> bool:
    """ "the release of", "after Minsk frees prisoners": the act named as a cause, not told."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in _ACT_NOUNS:
        return True
    verb = trigger
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)
        or (verb.dep_ == "pcomp" and verb.head.lower_ == "after")
    )


def _stages(
    release: Event,
    events: list[Event],
    told: dict[str, list[Mention]],
    taken: set[str],
    relief: str | None,
) -> list[Event]:
    """The same state's releases told on their own days that the restated release stands for:
    linked to nothing, each counting or naming its freed, dated to the day before the relief
    and within ``STAGE_DAYS``; their sum is the restated count when it has one."""
    found = [
        e
        for e in events
        if e.type == EventType.RELEASE
        and e.id != release.id
        and e.id not in taken
        and e.actor == release.actor
        and (e.count is not None or e.persons)
        and _before(e.date, relief)
        and not any(m.sent.sentence.index == 0 for m in told.get(e.id, []))
    ]
    if not found:
        return []
    if release.count is not None and sum(e.count or len(e.persons) for e in found) != release.count:
        return []
    return found


def _before(day: str | None, relief: str | None) -> bool:
    """Whether a day falls before the relief's day, within ``STAGE_DAYS``."""
    gap = dates.days_between(day, relief)
    return gap is not None and 0 < gap <= STAGE_DAYS


def _renumbered(
    events: list[Event], exchanges: list[Exchange]
) -> tuple[list[Event], list[Exchange]]:
    """Events numbered again from e1 in their order, exchanges following the new ids."""
    new = {e.id: f"e{n}" for n, e in enumerate(events, start=1)}
    for e in events:
        e.id = new[e.id]
    for x in exchanges:
        x.events = [new[i] for i in x.events if i in new]
    return events, [x for x in exchanges if len(x.events) > 1]
