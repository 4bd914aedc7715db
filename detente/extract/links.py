"""Exchanges: events the text presents as traded for each other.

A document-level deal frame, built from the sentences that speak of a trade (cues):

- A cue sentence links the events mentioned in it when both sides are there (a release and an
  easing, or releases by two states), and the events whose freed people it names ("Marsh was traded
  for Tavakoli"), whatever their dates. The events of one cue sentence are first split by their own
  time expressions, so that "In September, 52 were freed in exchange for relief, and in June a
  blogger walked free" links only the September acts.
- When only one side is there, the other side is looked for among the events of a compatible date
  (the same day, or a day within the month the text gives), or of a day within a week when that
  day holds no partner of its own.
- A cue sentence that names no event ("The two steps were part of a deal", "All of them were
  exchanged on Thursday") speaks of the acts told just before it, when they hold both sides at one
  time; failing that, of the one side it names by a definite noun ("the relief was its half of a
  bargain") with its counterpart by time; of the acts told just after it (a lead, a question
  before its answer); or of the article's first-reported act ("The deal was struck in Doha").
  A sentence denying a trade ("nothing was offered in return") links nothing this way.
- A mention with no date of its own falls in the clause group of its event's date, so a clause
  of another time ("since December 2023, when ...") does not pull this year's act in.
- A swap of releases pulls in every other state's release of the same day (a multi-party swap).
- Swap cues ("a prisoner exchange", "each side freed", "were swapped") trade people for people:
  they link releases only. Deal cues ("in exchange for", "as part of the deal", "their side of the
  bargain", "after X agreed to") may link easings too.
- An act the text sets apart ("Separately, …", "the two releases were not connected") is never
  pulled into a trade by time or by anaphora; only a cue in its own sentence or naming its people
  links it.

- A cue sentence that names acts by a plural noun ("the two releases had been agreed together")
  speaks of the last two acts of opposite sides told in the paragraph before it, weeks apart at
  most; cue words quoted in part ('was "part of the arrangement"') read as if unquoted.
- An act told as done with nothing in return ("and also freed four without a matching handover")
  is no side of the swap told with it; acts both parties deny were a bargain ("Both governments
  denied any link") just after the cue are not linked.

- (v9) A cue sentence naming one side by a definite noun speaks of the last such act told before it,
  however far back (a note laid out as action / trigger / link); a cue sentence telling one side
  that names the other by a definite noun ("granted the licence in return for the releases")
  trades for the last such act of its paragraph; one side told as part of "the deal" joins the
  article's first-reported acts of the same or the next month; a cue naming both sides by a
  plural noun ("the two steps", "reciprocal steps") with no act told near it speaks of the
  first-reported act and its counterpart by time; a trade of three parties ("officials in all three capitals") takes a third state's
  release up to a week from the others.

- (v12) One party's denial ("Washington denies any link") sets nothing apart when another
  party's claim of the trade answers it, in the same sentence ("..., but a Cambodian spokesman
  called the delisting the fair counterpart to the release") or within a few sentences; both
  parties' denial ("Both Ottawa and Beijing denied ...") unlinks a trade told before it whose
  acts it speaks of, paragraphs back (a headline's swap). A cue sentence naming no act of its
  own trades the release told just before it for another state's release days away, told to the
  day ("which was reciprocated"). A release that frees only the people another release of the
  same state in the trade frees is that act told again, not a second side.

- (v15) Two states' releases of one time told in one sentence, each of the other's nationals,
  are a swap with no cue word (:mod:`detente.extract.trade_pairs`). A sentence answering the act
  told before it ("In return, ...", "Belgium in return released ...") trades its act for that
  act, not for acts of its default date (another trade's day), and no act the text trades in
  another trade of another time joins a swap by its day. A sentence setting an act apart by a
  negated cue ("a release that was not part of the exchange") never makes it a side of the
  article's trade.

- (v16) A multi-party swap does not hang on one act's date precision: the article's first act,
  dated only by its month ("pardoned earlier in the week"), is of the day within it of the acts
  the text dates nowhere (the story's day); a swap's acts dated only by a month take the days of
  its other releases within it; a release dated by a month holding a day within a week of the
  swap's, told besides with no time of its own, joins it. A denial setting the prisoner track
  apart from relief ("the nuclear deal and the prisoner deal were not linked") sets the relief
  apart, answered only by a claim naming relief. A cue counting more people than its act frees
  ("the release of the last three political prisoners") takes the stages told after it.

- (v17) A cue sentence telling a swap with relief only as a noun phrase of money ("and allowed
  the transfer of $6 billion in frozen funds") takes the easing told elsewhere
  (:mod:`detente.extract.trade_funds`). A state that receives people in a multi-party swap (the
  nationality or destination of another side's freed) and frees people the same day is a side
  of it, even when its own freed are not told as foreigners.

- (v18) A cue sentence that only times an act against a trade ("The licence comes two weeks after
  Caracas freed ten Americans in a deal") makes no side of it of that act
  (:mod:`detente.extract.trade_context`); an act told "as part of the same understanding" joins
  the trade told before it; a cue counting its acts ("the four handovers") takes that many; an
  uncounted group of a month takes its stages; one party's denial naming relief ("denied the
  licence was part of that deal") is answered only by a claim naming relief.

An event is never linked to one of another date by time alone: closeness in the text or in time
never links.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from detente.extract.mentions import Mention
from detente.extract.trade_anaphora import (
    PLURAL_WINDOW,
    anaphora,
    answered,
    definite_kinds,
    main_act,
    named_other,
)
from detente.extract.trade_context import TIMED, same_trade, timed_out
from detente.extract.trade_cues import (
    ANSWERING,
    NEGATED,
    OF_THE_TRADE,
    RELIEF,
    THREE_PARTIES,
    is_deal_cue,
    is_swap_cue,
)
from detente.extract.trade_cues import cue_sentences as cue_sentences
from detente.extract.trade_frame import (
    ANAPHORA_WINDOW,
    DAY,
    NEAR_DAYS,
    Frame,
    Kinds,
    aimed,
    build_frame,
    counterpart,
    id_order,
    months_apart,
    other_side,
    pointing,
    sides,
)
from detente.extract.trade_frame import near_time as near_time
from detente.extract.trade_frame import same_time as same_time
from detente.extract.trade_funds import funds_relief
from detente.extract.trade_pairs import (
    clause_groups,
    counted_stages,
    paid_for,
    reciprocal,
    swap_verbs,
)
from detente.extract.trade_parties import multi_party
from detente.model import EventType

log = logging.getLogger(__name__)

# A sentence opening with the freedom of people told just before, by a pronoun ("Their freedom
# was secured in return for a waiver", "His release was bought with ...").
POSSESSED = re.compile(r"^\W*(?:Their|His|Her) (?:freedom|release|liberty)\b")
# A capitalised word not followed by another (a given name used alone: "brought Daniel home").
_GIVEN_ALONE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?:'s|’s)?(?!\w)(?! [A-Z])")


@dataclass(frozen=True)
class Link:
    """A set of traded event ids and the sentences that present the trade."""

    events: tuple[str, ...]
    """Event ids, sorted."""
    sentences: tuple[int, ...]
    """Indexes of the cue sentences."""


def run(
    mentions: list[tuple[Mention, str]],
    cues: list[tuple[int, str]],
    event_dates: dict[str, str | None],
) -> list[Link]:
    """Links between events, from (mention, event id) pairs, the cue sentences (index, text; see
    :func:`cue_sentences`) and the events' dates."""
    frame = build_frame(mentions, cues, event_dates)
    links: dict[frozenset[str], set[int]] = {}
    for idx, text in cues:
        if not (is_deal_cue(text) or is_swap_cue(text)):
            continue  # a sentence that only sets acts apart
        joined = same_trade(idx, text, links, frame)
        for ids in [joined] if joined else _cue_links(idx, text, frame):
            links.setdefault(frozenset(ids), set()).add(idx)
    for swapped, idx in swap_verbs(
        [p for p in mentions if id(p[0]) not in frame.alone], frame.told
    ):
        links.setdefault(frozenset(swapped), set()).add(idx)
    for swapped, idx in reciprocal(frame):
        links.setdefault(frozenset(swapped), set()).add(idx)
    grown: dict[frozenset[str], set[int]] = {}
    several = {idx for idx, text in cues if THREE_PARTIES.search(text)}
    for traded, sents in links.items():
        if _denied(traded, sents, frame):
            continue
        days = NEAR_DAYS if sents & several else 0
        taken = _traded_elsewhere(traded, links, frame)
        grown.setdefault(multi_party(traded, frame, days, min(sents), taken), set()).update(sents)
    return [
        Link(tuple(sorted(_told_again(ids, frame), key=id_order)), tuple(sorted(sents)))
        for ids, sents in _absorb(grown, frame).items()
    ]


def _told_again(ids: frozenset[str], frame: Frame) -> frozenset[str]:
    """A trade less the releases that free only people another release of the same state in it
    frees (by their names): one act told again (the landing the day after the release of the
    same man), not a second side. Of two such, the act of the earlier day stays (an act is
    dated by the day they were freed, not by a later arrival)."""
    kinds, freed = frame.kinds, frame.names
    again = {
        e
        for e in ids
        if freed.get(e)
        and any(
            o != e
            and kinds[o] == kinds[e]
            and freed[e] <= freed.get(o, set())
            and (freed[e] < freed[o] or _first(o, e, frame))
            for o in ids
        )
    }
    kept = ids - again
    return kept if sides(kept, kinds) else ids


def _first(a: str, b: str, frame: Frame) -> bool:
    """Whether act ``a`` comes before act ``b``: of an earlier day, or of the same (or no
    comparable) day and reported first."""
    da, db = frame.dates[a] or "", frame.dates[b] or ""
    if len(da) == len(db) == DAY and da != db:
        return da < db
    return id_order(a) < id_order(b)


def _denied(ids: frozenset[str], sents: set[int], frame: Frame) -> bool:
    """Whether both parties deny the trade of ``ids`` told in the sentences ``sents``: a denial
    in or just after all of them ("... Canada freed X, and Ankara in turn freed Y. Both
    governments denied any link."), or after all of them and speaking of one of its acts, told
    in the denial or in the paragraph before it (a headline's swap, then "Both Ottawa and Beijing
    denied that the releases were a bargain"), unless it denies a tie to relief and the trade
    holds none ("Both governments said the prisoner exchange was negotiated separately from the
    nuclear deal"); a claim made after a denial stands. (v20) A trade some cue sentence states
    as fact in the article's own voice ("In return, Washington freed ...") is no claim: no
    denial undoes it."""
    if sents & frame.stated:
        return False
    eased = any(frame.kinds[e][0] is EventType.SANCTIONS_EASED for e in ids)
    for d, text in frame.denials.items():
        if not all(s <= d for s in sents):
            continue
        if RELIEF.search(text) and not eased:
            continue  # "both sides insisted the prisoner exchange and the relief were separate"
        if all(d - ANAPHORA_WINDOW <= s for s in sents):
            return True
        back = range(PLURAL_WINDOW + 1)
        if {e for b in back for _, e in frame.by_sentence.get(d - b, [])} & ids:
            return True
    return False


def _cue_links(idx: int, text: str, frame: Frame) -> list[set[str]]:
    """The traded sets a cue sentence presents, less the acts it only times against a trade."""
    own = frame.by_sentence.get(idx, [])
    if idx in frame.apart_sents:  # (v21) "his release" speaks of an act told before it
        own = [(m, e) for m, e in own if not pointing(m)]
    here, timed = timed_out(text, own, frame)
    if not here and TIMED.search(text):  # timed acts imply a timing found
        return []
    found = [g - timed for g in _sentence_links(idx, text, here, frame)]
    return [g for g in found if sides(g, frame.kinds)]


def _sentence_links(
    idx: int, text: str, here: list[tuple[Mention, str]], frame: Frame
) -> list[set[str]]:
    kinds = frame.kinds
    if not is_deal_cue(text):  # a swap: people only
        here = [(m, eid) for m, eid in here if m.type is EventType.RELEASE]
        kinds = {e: k for e, k in kinds.items() if k[0] is EventType.RELEASE}
    named = {e for e in _named(text, frame) if e in kinds}
    groups = clause_groups(here, frame.told)
    if len(groups) > 1 and (paid := paid_for(here, kinds)):
        groups = [paid]  # "..., in return for Uganda's release of nine Rwandans in January"
    if named and len(groups) <= 1 and sides(named | set().union(*groups), kinds):
        return [named | set().union(*groups)]
    if not here:  # a sentence denying a trade ("nothing was offered in return") links nothing
        if idx in frame.apart_sents:
            return []
        return anaphora(idx, text, kinds, frame) or _named_side(named, kinds, frame)
    out: list[set[str]] = []
    for group in groups:
        if not sides(group, kinds) and POSSESSED.search(text) and idx not in frame.apart_sents:
            group = group | _possessed(idx, group, kinds, frame)
        if not sides(group, kinds):
            group = group | _other_half(idx, text, group, kinds, frame)
        if idx not in frame.apart_sents and not sides(group, kinds):
            group = group | named_other(idx, text, group, kinds, frame)
        elif idx not in frame.apart_sents and _names_relief(text, group, kinds):
            group = group | _eased(named_other(idx, text, group, kinds, frame), kinds)
        if (
            not sides(group, kinds)
            and OF_THE_TRADE.search(text)
            and _of_its_own(text, group, kinds)
            and not (idx in frame.apart_sents and NEGATED.search(text))  # "not part of the deal"
        ):
            group = group | _main_trade(group, kinds, frame)
        if sides(group, kinds) and is_deal_cue(text):
            group = group | funds_relief(text, group, kinds, frame)
        if sides(group, kinds):
            out.append(group | counted_stages(idx, group, kinds, frame))
    return out


def _names_relief(text: str, group: set[str], kinds: Kinds) -> bool:
    """ "The waiver was part of the arrangement under which the five Americans were freed": a
    cue sentence whose releases found their counterparts by time, and that names relief by a
    definite noun, speaks of that relief too."""
    return all(kinds[e][0] is EventType.RELEASE for e in group) and (
        EventType.SANCTIONS_EASED in definite_kinds(text)
    )


def _eased(ids: set[str], kinds: Kinds) -> set[str]:
    return {e for e in ids if kinds[e][0] is EventType.SANCTIONS_EASED}


def _other_half(idx: int, text: str, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """The other side of a one-sided group: its counterpart by time; for a sentence answering
    the act told before it ("In return, Belgium released X"), that act when the counterpart by
    time holds it (with the counterpart's acts some sentence dates), or when the answering act
    has only a default date (another trade's day); else the counterpart."""
    found = counterpart(group, kinds, frame) if idx not in frame.apart_sents else set()
    told = answered(idx, group, kinds, frame) if ANSWERING.search(text) else set()
    if not told:
        return found
    if told & found:
        # with the act answered go only the acts of its day some sentence dates, not an act of
        # another trade told once and dated by default
        return told | {w for w in found if w in frame.told}
    # an answering act the text dates nowhere has only a default date: the act it answers
    # decides, not acts of that date
    return found if group & frame.told.keys() and found else told


def _possessed(idx: int, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "Separately, two dual nationals walked out of Evin. They landed in Washington on Friday.
    Their freedom was secured in return for a waiver.": a cue sentence opening with the freedom
    of people told by a pronoun trades its own act for the release told last before it (within
    the anaphora window), even one its own sentence set apart from the acts told before it
    ("Separately, ..."), not for another release of the day."""
    wanted = set().union(*(other_side(e, kinds) for e in group))
    for back in range(1, ANAPHORA_WINDOW + 1):
        here = frame.by_sentence.get(idx - back, [])
        told = {
            e
            for m, e in here
            if m.type is EventType.RELEASE
            and (e not in frame.apart or idx - back in frame.apart_sents)
        }
        if told:
            return aimed(group, told & wanted, frame)
    return set()


def _named_side(named: set[str], kinds: Kinds, frame: Frame) -> list[set[str]]:
    """ "The delisting was the price of getting Kamran home": a cue sentence telling no act of
    its own that names the people of one side trades their release for its counterpart by time."""
    group = named | counterpart(named, kinds, frame)
    return [group] if named and sides(group, kinds) else []


def _main_trade(group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The money side of the deal had been cleared last month": one side told as a part of the
    deal the article tells trades with the other side of the article's first-reported acts, told
    in the same or the next month (a deal's halves may be weeks apart; "the deal" of a background
    paragraph years before is another one)."""
    wanted = set().union(*(other_side(e, kinds) for e in group)) - frame.apart
    found = {
        w
        for w in main_act(kinds, frame) & wanted
        if all(months_apart(frame.dates[w], frame.dates[e]) <= 1 for e in group)
    }
    return aimed(group, found, frame)


def _of_its_own(text: str, group: set[str], kinds: Kinds) -> bool:
    """Whether a sentence names no act by a definite noun but of the kinds of its own acts ("the
    delisting was granted as part of the understanding" speaks of a delisting told elsewhere, not
    of a release told in it)."""
    return definite_kinds(text) <= {kinds[e][0] for e in group}


def _named(text: str, frame: Frame) -> set[str]:
    """Releases whose freed people a sentence names: by a part of the name but the given one,
    or by the given name alone ("the understanding that brought Daniel home"; not "Daniel
    Ortega", the given name of another)."""
    words = set(re.findall(r"[\w'-]+", text))
    words |= {w.removesuffix("'s").removesuffix("’s") for w in words}
    alone = {m[1] for m in _GIVEN_ALONE.finditer(text)}
    return {
        e
        for e in frame.names.keys() | frame.given.keys()
        if frame.names.get(e, set()) & words or frame.given.get(e, set()) & alone
    }


def _traded_elsewhere(
    ids: frozenset[str], links: dict[frozenset[str], set[int]], frame: Frame
) -> frozenset[str]:
    """The acts of the other trades the text tells, of another time than ``ids``'s ("In return,
    Belgium released Assadi" a year before the swap of the day its undated act took): no state's
    act of the day joins a swap when the text trades it in another."""
    return frozenset(
        e for other in links if not other & ids and not _one_time(other, ids, frame) for e in other
    )


def _absorb(links: dict[frozenset[str], set[int]], frame: Frame) -> dict[frozenset[str], set[int]]:
    """One link per trade: links that share an event are one trade told in several sentences
    (the release with its relief in the lead, with a second easing further down), so they are
    merged, with all their evidence; but not two trades of different times that share one act
    (a review's "In March, X was freed for Y ... In June, Z for W" whose March and June acts
    were read as one): their acts of their own are months apart."""
    out: dict[frozenset[str], set[int]] = {}
    for ids, sents in links.items():
        ids, sents = frozenset(ids), set(sents)
        for other in [o for o in out if o & ids and _one_time(o, ids, frame)]:
            ids |= other
            sents |= out.pop(other)
        out[ids] = sents
    return out


def _one_time(a: frozenset[str], b: frozenset[str], frame: Frame) -> bool:
    """Whether two trades sharing an act may be one: their other acts are of compatible times
    (or a month apart at most), or one of them has no act dated by the text."""
    own_a, own_b = a - b, b - a
    dated_a = [frame.told[e] for e in own_a if frame.told.get(e)]
    dated_b = [frame.told[e] for e in own_b if frame.told.get(e)]
    return all(same_time(x, y) or months_apart(x, y) <= 1 for x in dated_a for y in dated_b)
