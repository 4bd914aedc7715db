"""Implied sides of a trade: the people a release is traded for, when the text gives them only as
a group ("brought 189 Ukrainians home in return for 150 Russians", "freed them in exchange for
the same number of Ukrainian prisoners", "was exchanged for an American"). The object of the trade
is an act in itself: the other state freed that group. Named people traded are read by
:func:`detente.extract.sides.traded_for` when the release is annotated; this module reads the
unnamed ones, with their count, and gives them to the state on the other side; a relief given in
return that the sanctions rules do not read as an act of its own is read here.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Span, Token

from detente.extract import groups, home_sides, sanctions
from detente.extract import lexicon as lx
from detente.extract.acceptance import described_person, one_described
from detente.extract.counts import Count
from detente.extract.destinations import demonym_of, home_destination
from detente.extract.doc_memo import tokens
from detente.extract.gazetteer import Gazetteer
from detente.extract.mentions import (
    PARTY_GROUP,
    PARTY_OTHER,
    Mention,
    ParsedSentence,
    is_person,
    own_subject,
)
from detente.extract.person_names import RELATIVES
from detente.extract.persons import person_category
from detente.extract.sides import counter_actor, own_words
from detente.extract.trade_cues import OTHER_WAY
from detente.extract.trade_gaps import described_home, paired_side, passive_home, traded_people
from detente.model import Category, CountQualifier, EventType

log = logging.getLogger(__name__)

# States that never stand on one side of a swap as a holder of people.
BLOCS = frozenset({"EU", "UN"})
# Participles by which a traded object says where its people were held ("jailed in Colombia").
HELD_VERBS = frozenset({"hold", "jail", "detain", "imprison", "keep", "arrest", "hold captive"})
# Verbs that say a state held people where they were (not "arrested in Cyprus at US request").
JAILED_VERBS = frozenset({"hold", "jail", "detain", "imprison", "keep", "convict", "sentence"})
# Verbs by which people go "the other way" in a trade.
MOVE_VERBS = frozenset({"go", "come", "walk", "head", "cross", "travel", "move", "return", "fly"})
# recall: and by which a state sends them ("82 Russians were sent the other way").
WAY_VERBS = MOVE_VERBS | {"send", "drive", "hand", "take"}
# Places that name a holding state (not a nationality).
STATE_KINDS = frozenset({"name", "capital", "leader"})
# Spans of time a misparse may give as the object of a trade's "for" ("for a Cuban serving twenty
# years": "years" read as that object).
SPANS_OF_TIME = frozenset({"year", "month", "week", "day", "decade"})
# Nouns of relief a release may be traded for ("in exchange for the lifting of", "in return for a
# licence").
RELIEF_NOUNS = lx.EASE_NOUNS | {"licence", "license", "waiver", "unfreezing", "exemption"}


def sides(ps: ParsedSentence, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Acts implied by the trade objects of the sentence's release mentions ``found``: a traded
    group freed by the state on the other side, or a relief ("in return for US relief for the
    potash giant") granted to the releasing state. A release may get its missing actor from the
    group it is traded for (a state gets its own people back); and the people a sentence sends
    "the other way" (:func:`other_way`)."""
    implied: list[Mention] = other_way(ps, found) + went_other_way(ps, found)
    for m in found:
        if m.type is not EventType.RELEASE:
            continue
        both = _both_told(m, found)  # "the US and Russia swapped ten agents for four men"
        for obj in home_sides.traded_beside(m.trigger):  # not "received 185 in return"'s own
            told = found + implied
            other = _relief(ps, m, obj, told, gaz) or (
                None if both else _implied(ps, m, obj, told) or _named_side(ps, m, obj, told)
            )
            if other is not None:
                implied.append(other)
    return implied


def _both_told(m: Mention, found: list[Mention]) -> bool:
    """precision: the trigger of ``m`` already tells the release of another state ("the US and
    Russia exchanged ten agents for four men", one mention per side): no third side is implied."""
    return any(
        o is not m and o.trigger is m.trigger and o.actor not in (None, m.actor)
        for o in found
        if o.type is EventType.RELEASE
    )


def other_way(ps: ParsedSentence, found: list[Mention]) -> list[Mention]:
    """ "Going the other way were two Russians whom Lithuania had jailed", "In the other direction
    went four Filipinos held by Syria": a sentence answering a trade by the way the other side's
    people went, with no release verb, tells their release by the state it says held them."""
    if any(m.type is EventType.RELEASE for m in found):
        return []
    return (_opening_way(ps) if OTHER_WAY.search(ps.sentence.text) else []) or way_mid_sentence(ps)


def _opening_way(ps: ParsedSentence) -> list[Mention]:
    root = ps.doc[:].root
    for group in (c for c in root.children if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj")):
        head = groups.people_head(group)
        if head is None or not groups.is_people(group, ps):
            continue
        actor = _jailer(group, ps) or _held_in(group, ps)
        home = demonym_of(head, ps)
        if actor is None or actor == home:
            return []
        count = groups.count_of(group, root)[0]
        return [
            Mention(
                EventType.RELEASE,
                ps,
                root,
                actor=actor,
                count=count,
                persons=_listed_after(group, ps, count),
                category=groups.traded_group_category(group, ps, actor, home, []),
                nationality=home,
                destination=home_destination(home, actor),
            )
        ]
    return []


def way_mid_sentence(ps: ParsedSentence) -> list[Mention]:
    """ "Arthur Petrov, a Russian arrested in Cyprus, came the other way", "Coming the other way
    was X, an Iranian scientist charged in Chicago", "82 Russians were sent the other way": named
    or counted people going the other way, in a sentence that tells no release, are the other
    side's release: by the state a clause says held them, else left to the article's parties
    (their nationality says where they went home to)."""
    if not WAY_WORDS.search(ps.sentence.text):  # cheap: most sentences have none of the words
        return []
    for way in tokens(ps.doc):
        verb = _way_verb(way, WAY_VERBS)
        group = _way_group(verb) if verb is not None else None
        head = groups.people_head(group)
        if verb is None or group is None or head is None or head.lower_ in groups.PRONOUNS:
            continue
        named = is_person(group) or any(c.dep_ == "appos" and is_person(c) for c in group.children)
        counted = groups.count_of(group, verb)[0]
        if not (named or counted is not None) or not groups.is_people(group, ps):
            continue
        home = demonym_of(head, ps) or _appos_home(group, ps)
        actor = _jailer(group, ps) or _held_in(group, ps, JAILED_VERBS)
        if (actor is None and home is None) or actor == home:
            continue  # no state it frees them from or sends them home to
        names = [_full_name(group)] if named and is_person(group) else []
        return [
            Mention(
                EventType.RELEASE,
                ps,
                verb,
                actor=actor,
                count=counted
                or (Count(1, CountQualifier.EXACT, group.i, group.i + 1) if named else None),
                persons=names,
                category=groups.traded_group_category(group, ps, actor, home, names),
                nationality=home,
                destination=home_destination(home, actor),
            )
        ]
    return []


def _way_group(verb: Token) -> Token | None:
    """Who went the other way: the verb's subject or object ("X came the other way", "walked
    three Belarusians"), or the subject of an inverted clause ("Coming the other way was X")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    if verb.dep_ == "csubj":
        heads.append(verb.head)
    return next(
        (c for h in heads for c in h.children
         if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj")
         and c.lemma_.lower() not in ("way", "direction")),
        None,
    )  # fmt: skip


def _appos_home(group: Token, ps: ParsedSentence) -> str | None:
    """The nationality of a named person's apposition ("X, an Iranian stem-cell scientist")."""
    for c in group.children:
        if c.dep_ == "appos":
            ids = {t.i for t in c.subtree if t.i <= c.i}
            codes = {p.code for p in ps.places if p.kind == "demonym" and p.span.start in ids}
            if len(codes) == 1:
                return codes.pop()
    return None


def _full_name(group: Token) -> str:
    ent = next((e for e in group.doc.ents if e.start <= group.i < e.end), None)
    return ent.text if ent is not None else group.text


# The words of "the other way", "the opposite direction" (a screen before the parse is walked).
WAY_WORDS = re.compile(r"\b(?:way|direction)s?\b", re.IGNORECASE)


def went_other_way(ps: ParsedSentence, found: list[Mention]) -> list[Mention]:
    """ "146 Ukrainians were returned from Russian captivity, and the same number of Russian
    soldiers went the other way": a clause sending people the other way after a release told in
    the same sentence is the other side's release, by the state it says held them, else by the
    state the first release's people belong to."""
    told = [m for m in found if m.type is EventType.RELEASE and m.party != PARTY_GROUP]
    out: list[Mention] = []
    if not told or not WAY_WORDS.search(ps.sentence.text):  # cheap: most sentences have neither
        return out
    for way in tokens(ps.doc):
        verb = _way_verb(way)
        if verb is None:
            continue
        first = next((m for m in reversed(told) if m.trigger.i < way.i), None)
        subj = own_subject(verb)
        if first is None or subj is None or verb in {m.trigger for m in found}:
            continue
        group = _of_number(subj)
        head = groups.people_head(group)
        if head is None or head.lower_ in groups.PRONOUNS:
            continue
        if not (groups.is_people(group, ps) or described_person(group, ps)):
            continue
        home = demonym_of(head, ps)
        back = counter_actor(ps, first.actor, first.trigger) if home == first.actor else None
        kin = (first.destination, first.nationality, back, _other_state(ps, first, home))
        mirror = next((c for c in kin if c not in (None, home)), None)
        actor = _jailer(group, ps) or _held_in(group, ps) or mirror
        if actor is None or actor == home or actor in BLOCS:
            continue
        m = Mention(
            EventType.RELEASE,
            ps,
            verb,
            actor=actor,
            count=_same_number(subj, first)
            or groups.count_of(group, verb)[0]
            or one_described(group, ps, False),  # "an Estonian officer"
            category=groups.category_of(group, ps, actor, []),
            date=first.date,
            nationality=home,
            destination=home_destination(home, actor),
            co_actors=[c for c in [first.actor] if c is not None],
        )
        first.co_actors = first.co_actors or [actor]
        out.append(m)
    return out


def _other_state(ps: ParsedSentence, first: Mention, home: str | None) -> str | None:
    """The one state the sentence names besides the group's own and the first release's actor."""
    codes = {p.code for p in ps.places} - {home, first.actor} - BLOCS
    return codes.pop() if len(codes) == 1 else None


def _way_verb(way: Token, verbs: frozenset[str] = MOVE_VERBS) -> Token | None:
    """The verb of "went the other way", "came back in the opposite direction"."""
    if way.lemma_.lower() not in ("way", "direction"):
        return None
    if not any(c.lower_ in ("other", "opposite") for c in way.children):
        return None
    head = way.head.head if way.head.dep_ == "prep" else way.head
    if head.lower_ in ("back", "across") and head.dep_ in ("advmod", "prt", "prep"):
        head = head.head  # "was walked across in the opposite direction"
    return head if head.pos_ == "VERB" and head.lemma_.lower() in verbs else None


def _listed_after(group: Token, ps: ParsedSentence, count: Count | None) -> list[str]:
    """The names a colon lists after a counted group ("two Russians whom Lithuania had jailed:
    X, an officer, and Y"), when they are no more than its count."""
    colon = next((t for t in ps.doc[group.i :] if t.text == ":"), None)
    if colon is None or count is None:
        return []
    names = [e.text for e in ps.doc.ents if e.label_ == "PERSON" and e.start > colon.i]
    return names if len(names) <= count.value else []


def _jailer(group: Token, ps: ParsedSentence) -> str | None:
    """The state a relative clause or a ``by`` phrase says held a group ("whom Lithuania had
    jailed", "held by Syria")."""
    agents = [
        a
        for verb in group.children
        if verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in HELD_VERBS | {"convict"}
        for a in [
            *(c for c in verb.children if c.dep_ == "nsubj"),
            *(g for c in verb.children if c.dep_ == "agent" for g in c.children),
        ]
    ]
    ids = {t.i for a in agents for t in a.subtree}
    codes = {p.code for p in ps.places if p.span.start in ids and p.kind in STATE_KINDS}
    return codes.pop() if len(codes) == 1 else None


def _relief(
    ps: ParsedSentence, m: Mention, obj: Token, told: list[Mention], gaz: Gazetteer
) -> Mention | None:
    """The easing a release was traded for when the sentence names it only as the object of the
    trade ("freed in return for US relief for the national airline"), aimed at the releasing
    state unless it names its target; none when the sentence tells an easing already."""
    if obj.lemma_.lower() not in RELIEF_NOUNS:
        return None
    if any(o.type is EventType.SANCTIONS_EASED for o in told):
        return None
    eased = sanctions.annotate(ps, obj, EventType.SANCTIONS_EASED, False, gaz)
    if len(eased) != 1:
        return None
    relief = eased[0]
    relief.target = relief.target or m.actor
    relief.date = relief.date or m.date
    return relief if relief.actor != relief.target else None


def _implied(ps: ParsedSentence, m: Mention, obj: Token, told: list[Mention]) -> Mention | None:
    """The release of the group ``obj`` that ``m`` is traded for, unless the sentence tells it."""
    group = _of_number(obj)
    head = groups.people_head(group)
    if head is None or _named(obj, ps) or _names(obj, ps) or not traded_people(group, head, ps):
        return None
    if head.lower_ in groups.PRONOUNS or head.lemma_.lower() in lx.NOT_PEOPLE | SPANS_OF_TIME:
        return None  # precision (v21): "in a trade for a Cuban serving twenty years", misparsed
    home = demonym_of(head, ps)
    held = _held_in(group, ps)  # actors: "for 25 Egyptians jailed in Israel", not the freed's
    actor = held if held not in (None, m.actor, home) else _holder(ps, m, home)
    if actor is not None and m.actor is None and home is not None and home != actor:
        m.actor = home  # "189 Ukrainians came home in return for 150 Russians": Russia freed them
    if actor is None or any(o.type is EventType.RELEASE and o.actor == actor for o in told):
        return None
    if m.actor is not None and not m.co_actors:
        m.co_actors = [actor]
    count = _same_number(obj, m) or groups.count_of(group, m.trigger)[0]
    return Mention(
        EventType.RELEASE,
        ps,
        m.trigger,
        actor=actor,
        count=count,
        category=groups.traded_group_category(group, ps, actor, home, [])  # else kin: other (v22)
        or (Category.OTHER if head.lemma_.lower() in RELATIVES else Category.FOREIGN_NATIONALS),
        date=m.date,
        nationality=home,
        destination=home_destination(home, actor),
        co_actors=[c for c in [m.actor] if c is not None],
    )


def _named_side(ps: ParsedSentence, m: Mention, obj: Token, told: list[Mention]) -> Mention | None:
    """The release of the named people ``m`` was traded for ("released in exchange for X, a
    Salvadoran citizen held in Poland", "received in return X"), by the state the object says
    held them, else by the state on the other side; none when the sentence tells it already."""
    names = _names(obj, ps)
    if not names or any(n.text in o.persons for o in told for n in names):
        return None
    home = next((c for n in names if (c := described_home(n.root, ps)) is not None), None)
    actor = _held_in(obj, ps) or _holder(ps, m, home)
    if any(o.type is EventType.RELEASE and o.actor == actor for o in told if actor is not None):
        return None
    if actor is None and home is None:  # precision: the article's other party is often only
        # the swap's venue or go-between ("exchanged on the tarmac in Abu Dhabi"); recall: the
        # state the releaser trades with elsewhere in the article (``fill``), if the text says
        if m.actor is None:
            return None
        return paired_side(m, names, _named_category(ps, names, "", None))
    # "X, jailed in Burundi, was released in exchange for Y, held in Chile"; when who freed the
    # first side is unknown, the other is a guess; recall (v18): else the state the people traded
    # for belong to ("two Americans were freed in return for X, an Afghan fighter": Kabul freed
    # them, Washington got its counterpart's man back)
    own = (
        m.actor
        or next(
            (c for e in ps.doc.ents if e.text in m.persons and (c := _held_in(e.root, ps))), None
        )
        or home
    )
    if own is None or own == actor:
        return None
    m.actor = own
    m.co_actors = m.co_actors or [c for c in [actor] if c is not None]
    # recall: "Marc Fogel was released in exchange for the Russian crypto figure X": the state
    # that held X is the article's other party, not Russia (:func:`fill._release_actors`)
    return Mention(
        EventType.RELEASE,
        ps,
        m.trigger,
        actor=actor,
        persons=[n.text for n in names],
        category=_named_category(ps, names, actor or "", home),
        date=m.date,
        nationality=home,
        co_actors=[own],
        party=PARTY_OTHER if actor is None else None,
    )


def _named_category(
    ps: ParsedSentence, names: list[Span], actor: str, home: str | None
) -> Category | None:
    """The category of named people traded: by the nouns describing them ("X, a Russian arms
    dealer" → ``other``), else foreigners when their country is not the freeing state's."""
    described = person_category(ps, [n.text for n in names], actor)
    if described is not None:
        return described
    return Category.FOREIGN_NATIONALS if home not in (None, actor) else None


def _names(obj: Token, ps: ParsedSentence) -> list[Span]:
    """The people a traded object names: person names, a name the model gives another label that
    an apposition describes ("Elena Brandt, a Lithuanian citizen"), or a proper noun it leaves
    unlabelled that names no place ("received in return Pablo Reyes")."""
    heads = [obj, *obj.conjuncts]
    names = [
        e
        for e in ps.doc.ents
        if (e.root in heads or (e.root.dep_ == "appos" and e.root.head in heads))
        and (
            e.label_ == "PERSON"
            or (e.label_ == "ORG" and any(c.dep_ == "appos" for c in e.root.children))
        )
    ]
    placed = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    for head in heads:
        if head.pos_ == "PROPN" and head.ent_type == 0 and head.i not in placed:
            first = head.i
            while first > 0 and ps.doc[first - 1].pos_ == "PROPN":
                first -= 1
            names.append(ps.doc[first : head.i + 1])
    return names


def _held_in(obj: Token, ps: ParsedSentence, verbs: frozenset[str] = HELD_VERBS) -> str | None:
    """The state a traded object says held its people ("X, who had been held in Lebanon"; actors,
    v16: or a prison there, "Venezuelans whom Washington had deported to a prison in El
    Salvador": the deporter sent them into custody, the state of the prison freed them)."""
    inside = {t.i for t in obj.subtree}
    held = [
        p.code
        for p in ps.places
        if p.kind in ("name", "capital")
        and p.span.start in inside
        and p.span.root.head.lower_ == "in"
        and p.span.root.head.head.lemma_.lower() in verbs | lx.CUSTODY_NOUNS
    ]
    return held[0] if len(set(held)) == 1 else None


def _holder(ps: ParsedSentence, m: Mention, home: str | None) -> str | None:
    """The state that held the traded group: the country the release's own people belong to or
    go to, else the state the sentence names most besides the release's actor; never the group's
    own country or a bloc."""
    for code in (
        m.nationality,
        m.destination,
        passive_home(m),
        counter_actor(ps, m.actor, m.trigger),
    ):
        if code is not None and code not in (m.actor, home) and code not in BLOCS:
            return code
    return None


def _named(obj: Token, ps: ParsedSentence) -> bool:
    """A traded object that names people (read by ``sides.traded_for``); a nationality the model
    calls a person ("Moldovan prisoners") names no one."""
    placed = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    return any(is_person(t) and t.i not in placed for t in own_words(obj))


def _of_number(obj: Token) -> Token:
    """The people of "the same number of Ukrainian prisoners"; any other object itself."""
    if obj.lemma_.lower() != "number":
        return obj
    of = [g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return of[0] if of else obj


def _same_number(obj: Token, m: Mention) -> Count | None:
    """ "in exchange for the same number of prisoners": the release's own count."""
    if obj.lemma_.lower() == "number" and any(c.lower_ == "same" for c in obj.children):
        return m.count
    return None
