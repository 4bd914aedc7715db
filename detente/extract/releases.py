"""Release mentions: who freed how many of whom, named, where to, when.

``find`` locates release triggers whose object is people and whose modality is asserted
(the trigger words are told in :mod:`release_triggers`); ``annotate`` fills a mention's fields
from the parse around the trigger.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from spacy.tokens import Token

from detente.extract import (
    actor_roles,
    asides,
    day_after,
    held_returns,
    home_sides,
    release_parties,
    sendoffs,
    sides,
)
from detente.extract import lexicon as lx
from detente.extract.acceptance import acceptable, one_described
from detente.extract.anaphora import is_singular_anaphor
from detente.extract.captors import (
    by_phrase,
    clause_subject,
    decision_actor,
    held_by,
    only_received,
    stranded_subject,
)
from detente.extract.counts import Count
from detente.extract.describers import kin_described
from detente.extract.destinations import demonym_of, destination, home_destination, owner_state
from detente.extract.doc_memo import tokens
from detente.extract.gazetteer import Gazetteer
from detente.extract.groups import PRONOUNS as PRONOUNS  # re-exported: stocks, sanctions
from detente.extract.groups import (
    antecedent,
    category_of,
    count_of,
    nationality_of,
    people_head,
    same_number,
    unnamed,
)
from detente.extract.handovers import left_captor, number_for_number
from detente.extract.homecomings import (
    each_side,
    freed_subject,
    held_described,
    homecoming,
    no_agent,
)
from detente.extract.mention_times import nearest_time, referring
from detente.extract.mentions import (
    PARTY_OTHER,
    PARTY_RETOLD,
    Mention,
    ParsedSentence,
    actors_from,
    agent_of,
    is_demonym,
    or_unknown,
    own_subject,
    subject_of,
)
from detente.extract.persons import persons_freed, traded_category
from detente.extract.release_triggers import (
    TRADE_IDIOMS,
    candidates,
    group_of,
    secondary,
    told_again,
    trigger_head,
)
from detente.model import EventType

log = logging.getLogger(__name__)

# Verbs by which a state decides the release its object names ("ordered the release of"), unlike
# those of onlookers ("welcomed the release of", "demanded the release of").
DECIDING_VERBS = frozenset({"announce", "order", "approve", "declare", "decree", "authorize",
                            "authorise", "sign"})  # fmt: skip
# Modifiers of the freed that make them their own state's prisoners ("Malian opposition
# politicians", "Venezuelan political prisoners").
OWN_STATE_WORDS = frozenset({"opposition", "political"})
# Words of a political case (political_bail).
POLITICAL = re.compile(
    r"\b(?:journalists?|reporters?|activists?|opposition|dissidents?|critics?|bloggers?|"
    r"democrats?|pro-democracy|politicians?|lawmakers?|senators?|protest\w*|unrest|"
    r"film-?makers?)\b",
    re.IGNORECASE,
)
# A house arrest the sentence tells as over or past, ending where the match ends.
HOUSE_ARREST_OVER = re.compile(
    r"(?:\bfrom|\bescap\w+(?: from)?|\blift\w* (?:his|her|their|the)|\bend\w* (?:\w+ ){0,4}of"
    r"|\bafter (?:\w+ ){0,4}of|\bhad been under|\bspent (?:[\w,-]+ ){0,8}under) house arrest$",
    re.IGNORECASE,
)
# "transferred to the Lithuanian side", "transferred to the other side".
OTHER_SIDE = re.compile(r"\s*the (?:[\w-]+ )?side\b", re.IGNORECASE)
# Custody after a transfer ("transferred to Russia to serve his term", "to a prison in Minsk").
CUSTODY_AFTER = re.compile(
    r"\b(?:prison|jail|custody|detention|penitentiary|colony|serve|cell)\b", re.IGNORECASE
)
# A transfer of sentenced prisoners between states: their term goes on ("a prisoner-transfer deal").
TRANSFER_DEAL = re.compile(
    r"\bprisoner[- ]transfer|\btransfer (?:deal|agreement|treaty|arrangement|scheme)", re.IGNORECASE
)
# A time right after "since" ("held since November").
SINCE = re.compile(r"\bsince\s+(?:early |late |mid-?)?$", re.IGNORECASE)
# A "when" clause right after a time ("the first exchange since August, when the two sides
# swapped 146 each"): the time dates the act the clause tells.
WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)
# Time expressions that name a day relative to publication ("on Thursday", "yesterday"): they
# only ever point at the last few days, so when the release clause has no time of its own, such
# a day elsewhere in its sentence ("..., officials said on Wednesday", "freed X, and by Thursday
# evening she was on a plane") dates the act better than the publication date (Mention.day_named).
RECENT_DAY_KINDS = frozenset({"wd", "lastwd", "yesterday", "today"})


def find(ps: ParsedSentence, bail_ok: bool = False) -> list[tuple[Token, Token | None]]:
    """Release triggers of the sentence with the head of their freed group (asserted ones only).
    ``bail_ok``: the article tells other releases, so "on bail" is a political case's bail."""
    found: list[tuple[Token, Token | None]] = []
    text_lower = ps.sentence.text.lower()
    context = blocking_context(ps)
    fled = asides.fled_house_arrest(tokens(ps.doc)) if context == {"house arrest"} else []
    bail = context == {"on bail"} and (bail_ok or political_bail(ps.sentence.text))
    if context and not (fled or bail):  # "X, who fled house arrest": only X's release is barred
        return []
    seen: set[int] = set()
    for tok in candidates(ps):
        trigger = trigger_head(tok, ps)
        if trigger is None or trigger.i in seen:
            continue
        group = group_of(trigger, ps)
        if acceptable(trigger, group, ps, text_lower) and not asides.escaped(group, fled):
            seen.add(trigger.i)
            found.append((trigger, group))
    # "Three Americans ... landed after Pyongyang freed them": the homecoming and the release
    # are one act, told by the release
    if any(g is not None and g.lower_ in PRONOUNS for _, g in found):
        found = [(t, g) for t, g in found if not homecoming(t, ps)]
    found = [(t, g) for t, g in found if not _freed_again(t, g, found)]
    # "were released on Monday and flown to Madrid": one act, told by the release verb
    primary = [(t, g) for t, g in found if not secondary(t, ps)]
    return [(t, g) for t, g in found if not (secondary(t, ps) and told_again(t, g, primary))]


def _freed_again(
    trigger: Token, group: Token | None, found: list[tuple[Token, Token | None]]
) -> bool:
    """precision: "A court freed X on Oct. 12, sentencing him to three years but releasing him on
    account of the time served": a subjectless verb later in the sentence whose freed is "him" or
    "her" tells again the act of an earlier trigger that names the freed."""
    if group is None or group.lower_ not in ("him", "her") or own_subject(trigger) is not None:
        return False
    return any(t.i < trigger.i and g is not None and g.lower_ not in PRONOUNS for t, g in found)


def blocking_context(ps: ParsedSentence) -> set[str]:
    """The words of the sentence that make it no release (``lx.NOT_RELEASE_CONTEXT``), less
    recall: a house arrest that ends or is past ("freed from house arrest", "ending three months
    of house arrest", "who had escaped house arrest") and a transfer to another state ("were
    transferred to the Lithuanian side", "transferred to Muscat and flown to Stockholm")."""
    text = ps.sentence.text
    found: set[str] = set()
    for m in lx.NOT_RELEASE_CONTEXT.finditer(text):
        word = bail_word(m.group(0))
        if word == "house arrest" and HOUSE_ARREST_OVER.search(text, 0, m.end()):
            continue
        if word == "transferred to" and _to_other_state(ps, m.end()):
            continue
        found.add(word)
    return found


def _to_other_state(ps: ParsedSentence, end: int) -> bool:
    """ "transferred to| the Belarusian side", "transferred to| Belarus": a handover to a state,
    not into other custody (no prison, jail or term follows)."""
    rest = ps.sentence.text[end:]
    if CUSTODY_AFTER.search(rest) or TRANSFER_DEAL.search(ps.sentence.text):
        return False
    if OTHER_SIDE.match(rest):
        return True
    start = end + len(rest) - len(rest.lstrip())
    return any(p.span.start_char == start and p.kind in ("name", "capital") for p in ps.places)


def bail_blocked(ps: ParsedSentence) -> bool:
    """Whether "on bail" is the only word that makes the sentence no release (see ``find``)."""
    low = ps.sentence.text.lower()
    return ("bail" in low or "bond" in low) and blocking_context(ps) == {"on bail"}


def bail_word(found: str) -> str:
    """A match of ``lx.NOT_RELEASE_CONTEXT``, lower-cased; bail told otherwise ("on a $2 million
    bond", "posting bail", "granted him bail") read as "on bail"."""
    word = found.lower()
    return "on bail" if word.endswith(("bail", "bond")) else word


def political_bail(text: str) -> bool:
    """recall: bail in a political case is a release (guide, session 12): "on bail" is the only
    word that makes the sentence no release, and the sentence is about journalists, activists,
    the opposition or protests; bail for an ordinary crime (a rapper's fight, a fraud) stays none."""
    found = {bail_word(m.group(0)) for m in lx.NOT_RELEASE_CONTEXT.finditer(text)}
    return found == {"on bail"} and POLITICAL.search(text) is not None


def _actors(ps: ParsedSentence, trigger: Token, group: Token | None) -> list[str]:
    """The releasing states, less the mediators ("a swap brokered by the Emirates brought home
    189 Ukrainians": the Emirates freed no one)."""
    mediating = sides.mediators(ps) | sides.described_people(ps)
    mediating |= only_received(ps, trigger)  # actors: never where the freed were taken
    mediating |= actor_roles.go_betweens(ps)  # actor roles: "a Turkish-brokered swap"
    named = [a for a in _actors_named(ps, trigger, group) if a not in mediating]
    if not named:  # "a Briton imprisoned in Russia was freed" (held_by: already read if so)
        held = None if freed_subject(trigger) else held_by(group, ps, trigger)
        if held is None and trigger.pos_ == "NOUN":  # "the handover of five men detained in X"
            held = held_by(trigger, ps, trigger)
        held = held or decision_actor(ps)  # or "signed an amnesty", "X's decision on amnesty"
        named = [held] if held else []
    return [a for a in named if a not in mediating] or _own_state(ps, group)


def _own_state(ps: ParsedSentence, group: Token | None) -> list[str]:
    """recall: a state's own opposition or political prisoners (not activists or journalists), told
    by their nationality with no captor named ("eleven Malian opposition politicians were freed")
    or its possessive ("Belarus's last political prisoners", v25), are held by that state."""
    if group is None or not any(c.lower_ in OWN_STATE_WORDS for c in group.children):
        return []
    own = demonym_of(group, ps) or owner_state(group, ps)
    return [own] if own is not None else []


def _actors_named(ps: ParsedSentence, trigger: Token, group: Token | None) -> list[str]:
    """The states the trigger's subject or ``by`` agent names; for a noun its possessor or
    ``by`` phrase; for people going home, the state that held them."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        actor_head = next((c for c in trigger.children if c.dep_ == "poss"), None)
        agent = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if agent is not None:
            actor_head = next((g for g in agent.children if g.dep_ == "pobj"), actor_head)
        if actor_head is None and trigger.dep_ == "dobj" and trigger.head.lemma_ in DECIDING_VERBS:
            actor_head = subject_of(trigger.head)  # "Laos announced an amnesty for 300"
        return actors_from(ps, actor_head)
    if freed_subject(trigger):
        # recall: or on its apposition; or the state they left ("flew out of Tehran")
        held = held_described(group, ps, trigger) or left_captor(trigger, ps)
        if held or no_agent(trigger):
            return [held] if held else []
        return actors_from(ps, agent_of(trigger)) or by_phrase(ps, trigger)
    state = _state_in_object(trigger, ps)
    if state is not None:
        return actors_from(ps, state)
    stranded = stranded_subject(ps, trigger)  # actors: "... on Friday and Tajikistan freed five"
    if stranded:
        return stranded
    idiom = _idiom_subject(trigger)  # "and Washington in return handed over X"
    if idiom is not None:
        return actors_from(ps, idiom)
    run = release_parties.each_run(ps, trigger)  # "..., Russia and Ukraine each freed 115"
    if run:
        return run
    subj = _misparsed_subject(trigger) or clause_subject(trigger)
    actors = actors_from(ps, subj) if subj is not None and subj.dep_ in ("nsubj", "pobj") else []
    agents = actors_from(ps, agent_of(trigger)) or sides.after_by(ps, trigger)
    return actors or agents or by_phrase(ps, trigger)


def _misparsed_subject(trigger: Token) -> Token | None:
    """ "..., and in return the Biden administration freed X": the parser takes the subject for
    the object of "in return"; the noun phrase right before a subjectless verb is its subject."""
    if trigger.i == 0 or own_subject(trigger) is not None:
        return None
    noun = trigger.doc[trigger.i - 1]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    idioms = [*prep.children, prep.head] if prep.dep_ == "pobj" else list(prep.children)
    return noun if any(t is not noun and t.lemma_.lower() in TRADE_IDIOMS for t in idioms) else None


def _idiom_subject(trigger: Token) -> Token | None:
    """The subject of a subjectless verb right after "in return" or "in exchange" ("..., and
    Uganda in return released X"): the noun phrase right before "in", which the parser
    coordinated with the clause before or hung the verb on (:func:`_after_idiom`)."""
    if own_subject(trigger) is not None:
        return None
    doc, i = trigger.doc, trigger.i - 1
    while i > 0 and doc[i].is_punct:
        i -= 1
    if i < 2 or doc[i].lemma_.lower() not in TRADE_IDIOMS or doc[i - 1].lower_ != "in":
        return None
    i -= 2
    while i > 0 and doc[i].is_punct:
        i -= 1
    before = doc[i]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    while before.dep_ == "compound" and before.head.i > before.i:
        before = before.head
    return before


def _state_in_object(trigger: Token, ps: ParsedSentence) -> Token | None:
    """ "Russia freed X and Washington, in return, released Y": the parser coordinates the second
    subject with the first verb's object; a state joined to that object before a subjectless
    second verb is that verb's subject."""
    if trigger.dep_ != "conj" or own_subject(trigger) is not None:
        return None
    obj = next((c for c in trigger.head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    starts = {p.span.root.i for p in ps.places if p.kind in ("name", "capital", "leader")}
    return next(
        (t for t in obj.subtree if t.dep_ == "conj" and t.i in starts and t.i < trigger.i), None
    )


def annotate(
    ps: ParsedSentence, trigger: Token, group: Token | None, gaz: Gazetteer
) -> list[Mention]:
    """Mentions (one per releasing state) for a found trigger."""
    actors = _actors(ps, trigger, group)
    home = home_sides.receiving_state(trigger, ps, group)  # "Ukraine brought home 144"
    if home is not None:
        actors = [a for a in actors if a != home]
        partner = home_sides.counterpart(trigger, ps, home)
        actors = actors or ([partner] if partner is not None else [])
    persons = persons_freed(ps, trigger, group, gaz, freed_subject(trigger))
    if len(actors) == 2:
        split = _sides(ps, trigger, actors)
        if split:
            return split
    anaphor = group.lower_ if group is not None and is_singular_anaphor(group) else None
    group = antecedent(group, ps, trigger)
    count, vague = count_of(group, trigger)
    count = count or same_number(group, ps, trigger) or one_described(group, ps, vague)
    subj = subject_of(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    subj = subj or agent_of(trigger)  # "303 prisoners freed by each side"
    each = (
        release_parties.each(trigger, subj)
        or each_side(trigger)
        or number_for_number(trigger, group)
    )
    if len(actors) > 1 and not each:
        count = None  # "Russia and Ukraine freed 230": not 230 each
    when = nearest_time(_without_since(ps), trigger, reported=True)
    when = day_after.walked_out_later(ps.sentence.text, ps.times, trigger, when)
    traded = sides.traded_for(ps, trigger)
    if len(actors) == 1 or trigger.pos_ in ("VERB", "AUX"):  # not "a swap for X", which frees X
        persons = [p for p in persons if p not in traded]  # the other side's people
    mentions = []
    for actor in or_unknown(actors):
        m = Mention(
            EventType.RELEASE,
            ps,
            trigger,
            actor=actor,
            count=count,
            vague=vague,
            category=category_of(group, ps, actor, persons),
            kin=told_by_kin(group, ps, actor, persons),
            persons=persons,
            date=when,
            nationality=nationality_of(group, ps, persons),
            day_named=None if when or referring(trigger) else recent_day(ps),
            anaphor=anaphor,
        )
        m.destination = destination(ps, actor, trigger, group, m.nationality if persons else None)
        if m.destination is None and trigger.lemma_.lower() in sendoffs.SENDING:
            m.destination = sendoffs.sent_to(trigger, ps)  # "sent X it held since May to Lima"
        elif m.destination is None and held_returns.returned_from_holder(trigger, ps):
            m.destination = home_destination(demonym_of(group, ps), actor)  # "Russian servicemen"
        m.co_actors = [a for a in actors if a != actor]
        m.party = release_parties.party(trigger, subj, actors, each) or release_parties.unspecific(
            ps, trigger, group, actors
        )
        _other_side(m, ps, actors)
        if m.party is None and _retold(trigger, group, actors, persons, count):
            m.party = PARTY_RETOLD
        if home is not None:
            home_sides.received_by(m, home)
        mentions.append(m)
    if traded and len(actors) == 1:
        counter = sides.counter_actor(ps, actors[0], trigger)
        if counter is None and home not in (None, actors[0]):
            counter = home  # "Ukraine secured the release of 215 in exchange for X": Kyiv freed X
        if counter is not None:
            mentions[0].co_actors = [counter]
            mentions.append(
                Mention(
                    EventType.RELEASE,
                    ps,
                    trigger,
                    actor=counter,
                    persons=traded,
                    category=traded_category(ps, traded, counter),
                    date=when,
                    co_actors=[actors[0]],
                )
            )
    return mentions


def _without_since(ps: ParsedSentence) -> ParsedSentence:
    """The sentence less its "since" times ("detained since November were released on Friday"):
    they date the detention, never the release."""
    text = ps.sentence.text
    times = [
        t
        for t in ps.times
        if not (SINCE.search(text[: t.start]) or text[t.start : t.end].lower().startswith("since"))
        or WHEN_AFTER.match(text, t.end)  # recall: "the first since August, when X freed 146"
    ]
    return ps if len(times) == len(ps.times) else replace(ps, times=times)


def _retold(
    trigger: Token,
    group: Token | None,
    actors: list[str],
    persons: list[str],
    count: Count | None,
) -> bool:
    """ "The release came a day after ...": a definite release noun naming no one, no number and
    no state, which can only tell again an act told elsewhere."""
    bare = not (actors or persons or count or group is not None)
    definite = any(c.dep_ in ("det", "poss") for c in trigger.children)
    return trigger.pos_ == "NOUN" and bare and definite


def _other_side(m: Mention, ps: ParsedSentence, actors: list[str]) -> None:
    """Mark an actorless release that a trade was for ("Fogel was let go in return for the release
    of X") as the other party's, against the actors of the release it was traded for."""
    given = sides.given_in_return(m.trigger) if not actors else None
    if given is not None:
        m.party = PARTY_OTHER
        m.co_actors = _actors(ps, given, group_of(given, ps))


def recent_day(ps: ParsedSentence) -> str | None:
    """The one relative day the sentence names ("on Wednesday", "yesterday"), if it names one."""
    days = {t.value for t in ps.times if t.kind in RECENT_DAY_KINDS}
    return days.pop() if len(days) == 1 else None


def _sides(ps: ParsedSentence, trigger: Token, actors: list[str]) -> list[Mention]:
    """The two releases of a two-party swap whose sides are told apart by nationality ("Russia and
    Ukraine exchanged prisoners, with 230 Ukrainians returning home and 248 Russians handed back"):
    each group goes home from the other party."""
    mentions: list[Mention] = []
    when = nearest_time(ps, trigger, reported=True)
    for tok in tokens(ps.doc):
        if tok.i == trigger.i or tok.dep_ == "compound" or tok.tag_ not in ("NNS", "NNPS"):
            continue
        if tok.lemma_.lower() not in lx.PEOPLE_NOUNS and not is_demonym(tok, ps):
            continue
        home = demonym_of(tok, ps)
        if home not in actors:
            continue
        actor = next(a for a in actors if a != home)
        count, vague = count_of(tok, trigger)
        m = Mention(
            EventType.RELEASE,
            ps,
            trigger,
            actor=actor,
            count=count,
            vague=vague,
            category=category_of(tok, ps, actor, []),
            date=when,
            destination=home_destination(home, actor),
            co_actors=[home],
        )
        mentions.append(m)
    return mentions if {m.actor for m in mentions} == set(actors) else []


def told_by_kin(
    group: Token | None, ps: ParsedSentence, actor: str | None, persons: list[str]
) -> bool:
    """Whether the freed are described by a kinship noun ("two nephews of the first lady", "X, the
    son of the deposed president"): ``other`` (session 22), unless the article describes them
    otherwise ("a US citizen"), which decides first (``Mention.kin``)."""
    head = people_head(group)
    if head is not None and head.lemma_.lower() in lx.KIN_NOUNS:
        return True
    return (head is None or unnamed(head, ps)) and kin_described(ps, persons, actor)
