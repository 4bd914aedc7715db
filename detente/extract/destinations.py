"""Where the freed went and who held them: places around a release trigger.

``destination`` reads the country the freed were taken to ("flown to Vilnius", "handed over to
Armenia", "is home in Melbourne", "returned home" of a group with a nationality, the freed of the
other side of a swap going home); ``holder`` reads the state that held a group ("Americans held in
Venezuela", "men who had spent months in El Salvador's prison").
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from detente.extract import dates
from detente.extract.doc_memo import tokens
from detente.extract.gazetteer import Place
from detente.extract.mention_times import nearest_time
from detente.extract.mentions import ParsedSentence, own_subject
from detente.extract.trade_cues import EXCHANGE_CUES

log = logging.getLogger(__name__)

MOVE_VERBS = frozenset(
    {"fly", "take", "deport", "expel", "send", "drive", "cross", "arrive", "land", "return", "head",
     "flee", "bring", "reach", "escort", "hand", "board", "leave", "transfer", "go", "release",
     "free", "evacuate", "travel", "move", "repatriate", "come", "put", "continue", "proceed",
     "walk", "bus", "buss", "ferry", "airlift"}
)  # fmt: skip
# Verbs that return people to their own side with "back" ("handed back", "sent back").
BACK_VERBS = frozenset({"hand", "send", "give", "return", "bring"})
DEST_PREPS = frozenset({"to", "into", "in", "for", "at"})
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach"})
# Verbs whose object is where people arrived ("reached Montreal", "entered Armenia").
REACH_VERBS = frozenset({"reach", "enter"})
# Words between a move and its "to" that carry people on or home ("flown home to Caracas",
# "and then on to Tokyo", "onward to Washington").
ONWARD_HEADS = frozenset({"home", "on", "onward", "onwards"})
# Verbs of the clause that says where a group was held ("held in", "detained in", "spent ... in").
HOLD_VERBS = frozenset(
    {"hold", "detain", "imprison", "jail", "keep", "spend", "capture", "abduct", "kidnap",
     "incarcerate", "lock", "sentence", "convict", "arrest", "serve", "languish"}
)  # fmt: skip
# Steps up the tree from a place to the preposition governing it ("to the Lithuanian border").
MAX_CLIMB = 4
# Kinds of time expression that name a day of the calendar ("on May 6", "3 January 2024"): a
# swap dated so is told as an act of its own, often an earlier one, not the day's news.
CALENDAR_DAYS = frozenset({"md", "dm", "mdy", "dmy", "iso", "mdrel", "dmrel"})
# Words that carry a journey on from one place to the next: the last place is where the freed
# ended up ("flown to Geneva before travelling on to Washington", "to Bangkok, from where he
# continued to Los Angeles", "to Istanbul and then home to Texas").
ONWARD_WORDS = frozenset(
    {"then", "before", "continue", "on", "onward", "onwards", "where", "later", "home", "after"}
)
# Homelands that are no event's destination: Palestinians freed by Israel are let out in
# territory it controls (the West Bank, Gaza, East Jerusalem), or deported abroad; neither
# "Palestinian prisoners" nor "driven to Ramallah" tells a state they were taken to (mentions
# keep it: it tells the sides of a swap apart; ``pipeline`` drops it from the event).
NO_HOME_DESTINATION = frozenset({"PSE"})
# Nouns of people by the state they belong to ("US citizens", "nationals of Belarus").
CITIZEN_NOUNS = frozenset({"citizen", "national"})
# Nouns for the country of the people they follow ("returned to their homeland").
HOMELANDS = frozenset({"homeland", "motherland", "country"})
# Nouns of a state's ground: with a nationality on them they name the state as a place ("to the
# Lithuanian border", "back on German soil").
GROUND_NOUNS = frozenset({"border", "frontier", "shore", "soil", "territory", "coast"})
# Nouns of a trip: a place they go "to" is where the people aboard were taken ("put them on a
# flight to Houston", "aboard a chartered plane to Rome", "a jet bound for the United States").
VEHICLE_NOUNS = frozenset(
    {"flight", "plane", "jet", "aircraft", "airplane", "airliner", "charter", "bus", "ship", "boat",
     "helicopter", "convoy", "train"}
)  # fmt: skip


# Blocs whose seat (a capital in the gazetteer) the freed may be flown to: the state the city is
# in ("flown on to Brussels").
SEATS = {"EU": "BEL"}
# Words of money: what a move carries when it is no one's journey ("funds moved to Qatar").
MONEY_WORDS = frozenset(
    {"dollar", "euro", "fund", "revenue", "money", "asset", "cash", "payment", "ransom", "bn",
     "billion"}
)  # fmt: skip
# Nouns of a state's bodies and people: a country named on one ("the US embassy in Lithuania
# said", "Lithuanian border officials") speaks of them, not of where anyone was taken.
BODY_NOUNS = frozenset(
    {"embassy", "consulate", "ministry", "government", "official", "authority", "envoy",
     "delegation", "diplomat", "agency", "spokesman", "spokeswoman", "spokesperson", "media"}
)  # fmt: skip


def _of_a_body(place_tok: Token) -> bool:
    """Whether a place names the state of a body or official ("the US embassy", "Qatari
    officials") rather than a place."""
    return place_tok.dep_ in ("compound", "amod", "poss") and (
        place_tok.head.lemma_.lower() in BODY_NOUNS
    )


def _governing_prep(place_tok: Token) -> Token | None:
    """The preposition whose object phrase contains a place token."""
    head = place_tok
    for _ in range(MAX_CLIMB):
        if head.dep_ == "pobj" or head.head is head:
            break
        head = head.head
    return head.head if head.dep_ == "pobj" else None


def _moved_to(ps: ParsedSentence, start: int) -> bool:
    """Whether the place at token ``start`` is where someone was moved to."""
    if _of_a_body(ps.doc[start]):  # "driven to Vilnius, the US embassy in Lithuania said"
        return False
    prep = _governing_prep(ps.doc[start])
    if prep is None or prep.lower_ not in DEST_PREPS:
        return False
    verb = prep.head
    if verb.lower_ in ONWARD_HEADS and _adverb(verb):  # "flown home to Caracas", "then on to X"
        return True
    if prep.lower_ in ("to", "for") and (
        verb.lemma_.lower() in VEHICLE_NOUNS or verb.lower_ == "bound"
    ):
        return True  # "a flight to Houston", "a plane bound for Texas"
    if _back_in(prep):  # "was back in Estonia on Thursday"
        return True
    if verb.lower_ in ("over", "back") and verb.head is not verb:  # "handed back to Moscow"
        verb = verb.head
    lemma = verb.lemma_.lower()
    if lemma not in MOVE_VERBS or _moves_money(verb):
        return False
    return prep.lower_ not in ("in", "at") or lemma in ARRIVAL_VERBS


def _moves_money(verb: Token) -> bool:
    """Whether a move carries money, not people ("$6bn had been moved to Qatar", "allowed six
    billion dollars of revenue to be moved to Qatar")."""
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    return any(
        c.dep_ in ("nsubjpass", "nsubj", "dobj")
        and any(t.lemma_.lower() in MONEY_WORDS or t.text in ("$", "€", "£") for t in c.subtree)
        for head in heads
        for c in head.children
    )


def _back_in(prep: Token) -> bool:
    """Whether a preposition tells where people are back ("was back in Estonia", "arrived back in
    Hainan", "are now back in Indonesia"): "back" after its verb, not a fronted scene-setter
    ("Back in Moscow, officials said") nor a time ("back in 2019", which names no place)."""
    back = prep.head
    return (
        prep.lower_ in ("in", "on")
        and back.lower_ == "back"
        and back.dep_ == "advmod"
        and back.head.i < back.i
    )


def _adverb(word: Token) -> bool:
    """Whether "home" or "on" is told of a move ("flown home to X", "a bus home to X"), not a
    noun ("at his home in X", "the home of")."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in VEHICLE_NOUNS for c in word.children):
        return True
    return not any(c.dep_ in ("poss", "det", "amod") for c in word.children)


def _reached(place_tok: Token) -> bool:
    """Whether a place is the object of a verb of arrival ("reached Montreal", "entered
    Armenia", "reached Vilnius's airport")."""
    head = place_tok
    for _ in range(MAX_CLIMB):
        if head.dep_ == "dobj" or head.head is head:
            break
        head = head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in REACH_VERBS


def arrived(ps: ParsedSentence, start: int) -> bool:
    """Whether the place at token ``start`` is where people arrived ("landed in Washington",
    "reached Montreal", "arrived back in London", "flew home to Texas"): the end of a journey."""
    if _reached(ps.doc[start]):
        return True
    prep = _governing_prep(ps.doc[start])
    if prep is None:
        return False
    if _back_in(prep):  # "was back in Estonia"
        return True
    verb = prep.head
    if verb.lower_ == "back" and verb.head is not verb:  # "arrived back in London"
        verb = verb.head
    return (verb.lower_ == "home" and _adverb(verb)) or verb.lemma_.lower() in ARRIVAL_VERBS


def moved_places(ps: ParsedSentence) -> set[str]:
    """The countries a sentence moves people to or says they arrived in ("flown to Doha", "landed
    in Texas"), not those it names otherwise ("serving a sentence in the United States")."""
    return {code for start, code in places(ps) if _moved_to(ps, start) or arrived(ps, start)}


def moved_to_by(ps: ParsedSentence, verb: Token) -> str | None:
    """The single country a given verb moves people to ("Reed flew home to the United States,
    and Yaroshenko returned to Moscow": the United States for "flew", Russia for "returned")."""
    codes = set()
    for start, code in places(ps):
        if not _moved_to(ps, start):
            continue
        prep = _governing_prep(ps.doc[start])
        head = prep.head if prep is not None else None
        if head is not None and head.lower_ in ONWARD_HEADS | {"over", "back"}:
            head = head.head  # "flew home to X", "handed over to X", "and then on to X"
        if head is not None and head.i == verb.i:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1)
def city_table() -> dict[tuple[str, ...], str]:
    """Cities (and US states) by their tokens, from ``data/cities.tsv``: places people are taken to
    that are no state's name or capital ("Miami", "Melbourne", "Texas")."""
    text = resources.files("detente.data").joinpath("cities.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {tuple(alias.replace("-", " - ").split()): code for alias, code in rows}


def places(ps: ParsedSentence) -> list[tuple[int, str]]:
    """(first token, country) of the states, capitals and cities the sentence names."""
    found = [(p.span.start, _as_place(p)) for p in ps.places if p.kind in ("name", "capital")]
    found += [(p.span.start, p.code) for p in ps.places if _on_ground(p)]
    taken = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    table = city_table()
    longest, firsts = _city_starts()
    words = [t.text for t in tokens(ps.doc)]
    i = 0
    while i < len(words):
        size = 0
        if words[i] in firsts:  # (a cheap test first: most words start no city's name)
            size = next((n for n in range(longest, 0, -1) if tuple(words[i : i + n]) in table), 0)
        if size and i not in taken:
            found.append((i, table[tuple(words[i : i + size])]))
        i += size or 1
    return found


def _as_place(place: Place) -> str:
    """The country a state's name or capital puts people in: a bloc's seat is its state's city."""
    return SEATS.get(place.code, place.code) if place.kind == "capital" else place.code


def _on_ground(place: Place) -> bool:
    """A nationality on a noun of a state's ground, which stands for the state as a place ("drove
    them to the Lithuanian border", "ferried back to the Kenyan shore", "back on German soil")."""
    root = place.span.root
    return (
        place.kind == "demonym"
        and root.dep_ in ("amod", "compound")
        and root.head.lemma_.lower() in GROUND_NOUNS
    )


@lru_cache(maxsize=1)
def _city_starts() -> tuple[int, frozenset[str]]:
    """The most tokens of a city's name, and the words such names start with."""
    table = city_table()
    return max(len(k) for k in table), frozenset(k[0] for k in table if k)


def demonym_of(tok: Token | None, ps: ParsedSentence) -> str | None:
    """The country a people noun's nationality names ("Ukrainian prisoners", "eight Russians")."""
    if tok is None:
        return None
    ids = {tok.i} | {c.i for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    codes = {  # "South Sudanese servicemen": the last word of the demonym on the noun
        p.code
        for p in ps.places
        if p.kind == "demonym" and (p.span.start in ids or p.span.end - 1 in ids)
    }
    return codes.pop() if len(codes) == 1 else None


def owner_state(group: Token, ps: ParsedSentence) -> str | None:
    """The state named as a possessor of the group ("Belarus's political prisoners"): their own
    state, when the noun says they are held for politics (see ``releases._own_state``)."""
    owners = [c for c in group.children if c.dep_ == "poss"]
    codes = {p.code for p in ps.places if p.kind in ("name", "capital") and p.span.root in owners}
    return codes.pop() if len(codes) == 1 else None


def citizens_of(tok: Token | None, ps: ParsedSentence) -> str | None:
    """The country a citizen noun names by a country's name ("three US citizens", "two citizens of
    Belarus", "Canadian nationals" being :func:`demonym_of`'s)."""
    if tok is None or tok.lemma_.lower() not in CITIZEN_NOUNS:
        return None
    ids = {c.i for c in tok.children if c.dep_ in ("compound", "nmod")}
    ids |= {g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
    codes = {p.code for p in ps.places if p.kind == "name" and p.span.root.i in ids}
    return codes.pop() if len(codes) == 1 else None


def home_destination(nationality: str | None, actor: str | None) -> str | None:
    """The country a group's nationality sends it home to: none when it is the freeing state's."""
    return None if nationality == actor else nationality


def _goes_home(trigger: Token) -> bool:
    """Whether the freed are sent "home" by the trigger, the verb it is joined to, or a verb
    joined to it ("freed X and flew him home"), or "to their homeland" ("were returned to their
    homeland", "sent back to their country")."""
    joined = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return (
        any(c.lower_ == "home" for c in trigger.children)
        or any(
            c.lower_ == "home" for c in trigger.head.children if trigger.dep_ in ("xcomp", "conj")
        )
        or any(c.lower_ == "home" and c.dep_ == "advmod" for v in joined for c in v.children)
        or any(_to_homeland(v) for v in (trigger, *joined))
    )


def _handed_back(trigger: Token) -> bool:
    """Whether the freed were handed, sent or given "back": returned to the side they belong to,
    which receives them ("handed back at a border checkpoint", session 23)."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in BACK_VERBS and told_back(v) for v in verbs)


def _two_sided(trigger: Token) -> bool:
    """Whether the trigger and a verb joined to it each have a subject of their own ("Peru
    handed 30 Chileans over, and the Chilean side gave back twelve Peruvians"): two sides handing
    people to each other, as in a swap (session 23)."""
    own = own_subject(trigger)
    joined = [trigger.head] if trigger.dep_ == "conj" else []
    joined += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return own is not None and any(own_subject(v) not in (None, own) for v in joined)


def told_back(verb: Token) -> bool:
    """Whether a verb carries "back" as its particle or adverb ("handed back", "got back")."""
    return any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)


def _to_homeland(verb: Token) -> bool:
    """Whether a verb moves people "to their homeland" or "(back) to their own country"."""
    heads = [verb, *(c for c in verb.children if c.lower_ == "back" and c.dep_ == "advmod")]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "into")
        and noun.lemma_.lower() in HOMELANDS
        and any(c.dep_ == "poss" for c in noun.children)
        for head in heads
        for prep in head.children
        for noun in prep.children
    )


def destination(
    ps: ParsedSentence,
    actor: str | None,
    trigger: Token,
    group: Token | None,
    named_home: str | None = None,
) -> str | None:
    """The single country the freed were taken to, if the sentence says so: where they ended up
    when it tells a journey on ("flown to Malta before continuing to Houston"); the country of
    named freed people (``named_home``, "the American X") when they were sent "home"."""
    named = places(ps)
    moves = sorted((start, code) for start, code in named if _moved_to(ps, start))
    if moves:  # "flown to Doha and reached Montreal": a place reached after a move
        moves = sorted(
            moves + [(s, c) for s, c in named if s > moves[0][0] and _reached(ps.doc[s])]
        )
    codes = {code for _, code in moves} - {actor or ""}
    if len(codes) == 1:
        return codes.pop()
    if codes:
        return _ended_up(ps, [(start, code) for start, code in moves if code in codes])
    if named_home is not None and _goes_home(trigger):  # "freed the American X and flew him home"
        return home_destination(named_home, actor)
    nationality = home_destination(demonym_of(group, ps), actor)
    if _goes_home(trigger):  # "three US citizens" sent home too
        return nationality or home_destination(citizens_of(group, ps), actor)
    if nationality is None:
        return None
    swapped = bool(EXCHANGE_CUES.search(ps.sentence.text)) or any(
        t.lemma_.lower() in ("swap", "exchange") for t in tokens(ps.doc)
    )
    if _handed_back(trigger):  # "handed back two Armenian soldiers": a nationality is no
        # receiving side (sessions 24, 25), but a swap's or a two-sided handover's side is
        return nationality if swapped or _two_sided(trigger) else None
    return nationality if swapped and not background(ps, trigger) else None


def background(ps: ParsedSentence, trigger: Token) -> bool:
    """Whether a release is told as an act of its own past, dated by its month or year only ("In
    November 2019, Russia freed two Lithuanians in return for ...") or by a calendar day ("On
    January 3, Russia released 230 Ukrainians"): where the people of such a swap went is left
    unsaid, and their nationality does not say it."""
    when = nearest_time(ps, trigger, reported=True)
    if when == dates.VAGUE_PAST:  # "years ago", "back in"
        return True
    if any(t.value == when and t.kind in CALENDAR_DAYS for t in ps.times):
        return True  # "On May 6, Russia released 45 ...": a dated earlier act of a retelling
    return dates.is_date(when) and when is not None and len(when) < len("2025-01-01")


def _ended_up(ps: ParsedSentence, moves: list[tuple[int, str]]) -> str | None:
    """The last of several places people were moved to, when the words before it carry them on
    from the first ("then", "before continuing to", "from where", "on to", "home to") or it is
    where they arrived ("and landed in X"); None when the places are only listed ("flown to
    Vilnius and Warsaw")."""
    (first, _), (last, code) = moves[0], moves[-1]
    words = ps.doc[first:last]
    between = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    # "flew to Doha and landed in Washington": where they landed last is where they ended up
    return code if between & ONWARD_WORDS or arrived(ps, last) else None


def holder(group: Token | None, ps: ParsedSentence) -> str | None:
    """The state that held a group, from a clause on it ("Americans held in Venezuela")."""
    if group is None:
        return None
    for clause in group.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in HOLD_VERBS:
            continue
        ids = {t.i for t in clause.subtree}
        codes = [
            p.code
            for p in ps.places
            if p.span.start in ids and p.kind in ("name", "capital", "demonym")
        ]
        if codes:
            return codes[0]
    return None
