"""Fill mentions from their article's context: the default releasing and sanctioning states, the
parties of a swap and a sanctions act's target (docs/annotation.md: a passive release is attributed
to the state the article holds responsible). Run by :mod:`detente.extract.pipeline` before
:func:`detente.extract.events.merge`; where the freed of a swap go is :mod:`receivers`'.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from detente.extract import (
    actor_roles,
    captors,
    foreigners,
    licences,
    listed_again,
    sanction_parties,
    sanctioners,
    sides,
)
from detente.extract import lexicon as lx
from detente.extract.homecomings import homeward
from detente.extract.mentions import (
    PARTY_GROUP,
    PARTY_HOME,
    PARTY_OTHER,
    PARTY_PAIRED,
    PARTY_RETOLD,
    PARTY_SIDES,
    PARTY_TOTAL,
    Mention,
)
from detente.extract.sanctions_context import (
    BLOCS,
    preceding_sanctions,
    sanctions_target,
    usual_target,
)
from detente.model import Category, EventType

# The list of state sponsors of terrorism is the United States' own (kept by the State
# Department): an act on it with no doer named ("The administration began removing Cuba from the
# list of state sponsors of terrorism") is Washington's.
US_TERRORISM_LIST = re.compile(
    r"\bstate[- ]sponsors? of terrorism\b|\bterrorism[- ]sponsors?(?:hip)? list\b|"
    r"\bsponsors? of terrorism list\b",
    re.IGNORECASE,
)


def default_release_actor(
    mentions: list[Mention],
    holders: Counter[str],
    go_betweens: set[str] | None = None,
    weights: Counter[str] | None = None,
) -> str | None:
    """The state a passive release ("52 were freed") is attributed to (``go_betweens``: the
    article's mediators, :func:`actor_roles.go_betweens_of`, when the caller has them;
    ``weights``: the article's states less their mentions as nationality or destination of the
    freed, :func:`captors.captor_weights`, for the state named most)."""
    explicit = Counter(m.actor for m in mentions if m.type is EventType.RELEASE and m.actor)
    if explicit:  # actors: a tie goes to the state the article names most
        return max(explicit, key=lambda code: (explicit[code], holders[code]))
    sanctioned = captors.sanctioned_state(mentions, holders)  # actors: the state that pays
    if sanctioned is not None:
        return sanctioned
    if go_betweens is None:  # actors: never the mediator
        go_betweens = actor_roles.go_betweens_of(mentions)
    sanctions = [m for m in mentions if m.type is not EventType.RELEASE]
    sanctioners = {m.actor for m in sanctions} - {m.target for m in sanctions}
    for counts in ([weights] if weights else []) + [holders]:  # actors: not "into Colombia"
        candidates = Counter({c: n for c, n in counts.items() if c not in BLOCS | go_betweens})
        held = Counter({c: n for c, n in candidates.items() if c not in sanctioners})
        if held or candidates:  # actors: the state that sanctions is not the one that frees
            return (held or candidates).most_common(1)[0][0]
    return None


def default_sanctions_actor(mentions: list[Mention]) -> str | None:
    """The state an unattributed sanctions act is attributed to, if the article names one."""
    explicit = Counter(m.actor for m in mentions if m.type is not EventType.RELEASE and m.actor)
    return explicit.most_common(1)[0][0] if explicit else None


def swap_parties(
    mentions: list[Mention], holders: Counter[str], go_betweens: set[str] | None = None
) -> tuple[str, str] | None:
    """The two states of the article's swap: the pair most often named acting together, else
    the two states the article names most (not its mediators, ``go_betweens``)."""
    pairs = Counter(
        tuple(sorted((m.actor, co)))
        for m in mentions
        if m.type is EventType.RELEASE and m.actor
        for co in m.co_actors
    )
    if pairs:
        a, b = pairs.most_common(1)[0][0]
        return a, b
    if go_betweens is None:  # actors: a mediator is no party
        go_betweens = actor_roles.go_betweens_of(mentions)
    states = [c for c, _ in holders.most_common() if c not in BLOCS | go_betweens]
    return (states[0], states[1]) if len(states) > 1 else None


def trade_partners(mentions: list[Mention], go_betweens: set[str]) -> dict[str, str]:
    """For each state of the article's trades, the one state it is told trading with most: the
    other releasing state of a sentence that tells releases by exactly two states (co-actors
    count too); none where two tie. Mediators and blocs are no partners."""
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        if m.type is EventType.RELEASE and m.actor is not None:
            by_sentence.setdefault(id(m.sent), set()).update([m.actor, *m.co_actors])
    pairs: dict[str, Counter[str]] = {}
    for states in by_sentence.values():
        states -= go_betweens | BLOCS
        if len(states) == 2:
            a, b = sorted(states)
            pairs.setdefault(a, Counter())[b] += 1
            pairs.setdefault(b, Counter())[a] += 1
    partners = {}
    for state, counts in pairs.items():
        top = counts.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            partners[state] = top[0][0]
    return partners


def _release_actors(
    m: Mention, default: str | None, parties: tuple[str, str] | None, ranked: list[str]
) -> list[str | None]:
    """The states an actorless release is attributed to: both parties for "each side", none for
    a group of states ("the West freed eight"), the other party for people going home to the
    default state (a state does not free people into its own country), else the default."""
    if m.actor is not None:
        return [m.actor]
    if m.party == PARTY_GROUP:
        return []
    if m.party == PARTY_SIDES:
        return list(parties) if parties else []
    if m.party == PARTY_OTHER and sides.given_relief(m.trigger):
        return [foreigners.captor(m, default, parties, ranked)]  # traded for relief: the captor's
    if m.party == PARTY_OTHER:  # releases: traded for a release of the party named, or default
        given: list[str | None] = [*m.co_actors] or [default]
        others: list[str | None] = [p for p in parties or () if p not in given]
        return others if len(others) == 1 else []
    if m.party == PARTY_HOME:  # "Ukraine brought home 144": never the state they went home to
        others = [p for p in parties or () if p not in m.co_actors and p in ranked]
        held = others[0] if len(others) == 1 else foreigners.captor(m, default, parties, ranked)
        return [held] if held not in m.co_actors else []
    home = m.destination or (m.nationality if homeward(m.trigger) else None)
    if home is not None and home == default and parties and home in parties:
        return [next(p for p in parties if p != home)]
    return [foreigners.captor(m, default, parties, ranked)]


def fill_context(
    mentions: list[Mention],
    holders: Counter[str],
    weights: Counter[str] | None = None,
    scenes: Counter[str] | None = None,
) -> list[Mention]:
    """Give actor-less mentions the article's default actor; drop those that still have none,
    except a dated swap of no one state, kept actorless for the story's date (``weights``: see
    :func:`default_release_actor`; ``scenes``: the states named only as a war's scene, "the war
    in Ukraine", which a sanctions act's target is not taken from)."""
    licences.share_fields(mentions)  # sanctions: a licence told again, a name told in full
    listed_again.full_names(mentions)
    listed_again.told_again(mentions)  # sanctions: "The relief came as part of ...": told before
    actor_roles.unheld_releasers(mentions)  # actors: blocs and go-betweens hold no one
    go_betweens = actor_roles.go_betweens_of(mentions)  # read once for both defaults
    release_actor = default_release_actor(mentions, holders, go_betweens, weights)
    parties = swap_parties(mentions, holders, go_betweens)
    ranked = [c for c, _ in holders.most_common() if c not in BLOCS | go_betweens]
    sanctions_actor = default_sanctions_actor(mentions)
    freeing = captors.freeing_state(mentions, holders, go_betweens)  # actors: not a third state
    targetable = holders - scenes if scenes else holders  # precision (v26): no war's scene
    fallback = freeing or release_actor
    if fallback is not None and scenes and scenes[fallback] and not targetable[fallback]:
        fallback = None  # "the war in Ukraine" is all the article says of that state
    default_target = usual_target(mentions, fallback)
    powers = sanctioners.acting_powers(mentions)  # sanctions: not each other's target
    kept: list[Mention] = []
    paired: list[Mention] = []
    acts = any(m.type is EventType.RELEASE and m.party != PARTY_RETOLD for m in mentions)
    for m in mentions:
        if m.type is EventType.RELEASE and m.party == PARTY_RETOLD and not acts:
            continue  # releases: "The release comes at a moment when ..." with no release told
        if m.type is EventType.RELEASE and m.party == PARTY_TOTAL and m.actor is None:
            kept += [t for t in [_complete(kept, m)] if t is not None]
            continue
        if m.type is EventType.RELEASE and m.party == PARTY_PAIRED:
            paired.append(m)  # settled once the other trades have their actors
            continue
        if m.type is EventType.RELEASE:
            actors = _release_actors(m, release_actor, parties, ranked)
            if len(actors) == 1:
                m.actor = actors[0]
                kept += [_settle(m)] if m.actor is not None else []
            elif m.party == PARTY_GROUP and m.date is not None:
                kept.append(m)  # no act of its own, but its time may be the story's (see merge)
            else:  # each side: one release per party, traded for each other
                named = [a for a in actors if a is not None]
                kept += [
                    _settle(replace(m, actor=a, co_actors=[b for b in named if b != a]))
                    for a in named
                ]
            continue
        if m.actor is None and US_TERRORISM_LIST.search(m.sent.sentence.text):
            m.actor = "USA"  # sanctions: only Washington keeps the terrorism-sponsor list
        if m.actor is None:  # "The listings freeze any assets …": the act told just before
            before = preceding_sanctions(kept, m)
            m.actor = before.actor if before else sanctions_actor
            m.target = m.target or (before.target if before else None)
            m.date = m.date or (before.date if before else None)
        if m.target is None or m.target == m.actor:  # actors: a state does not sanction itself
            m.target = sanctions_target(m.actor, default_target, targetable, powers)
        if m.actor is not None:
            kept.append(m)
    partners = trade_partners(kept, go_betweens)
    for m in paired:
        m.actor = next((partners[c] for c in m.co_actors if c in partners), None)
        if m.actor is not None and m.actor not in m.co_actors:
            kept.append(_settle(m))
    sanction_parties.orient(kept)  # sanctions: no state under sanctions acts on a power, misread
    return kept


def _complete(before: list[Mention], total: Mention) -> Mention | None:
    """An actorless total ("a dozen prisoners in all were released") tells the release told just
    before it again, with its full number; a total over a swap ("26 people were exchanged in
    total") is both sides' and no act of its own."""
    last = next((m for m in reversed(before) if m.type is EventType.RELEASE), None)
    if last is None or total.trigger.lemma_.lower() in lx.SWAP_LEMMAS:
        return None
    total.actor = last.actor
    return total


def _settle(m: Mention) -> Mention:
    """What the actor decides: no destination in its own country, foreigners by nationality."""
    if m.destination == m.actor:
        m.destination = None
    if m.nationality and m.actor and m.nationality != m.actor:
        if m.category in (None, Category.DETAINEES):
            m.category = Category.FOREIGN_NATIONALS  # "252 Venezuelan men" freed by SLV
    return m
