"""Groups counted apart under one verb ("Russia freed 185 soldiers and 20 civilians", "Belarus
released 14 political prisoners and two Lithuanians"): with no total anywhere in the article, each
counted group whose noun gives another category or nationality is its own release (docs/annotation.md,
sessions 15, 23, 24 and 25), with its own number, noun and named people; groups of one kind (same
category and nationality: "two bishops, fifteen priests and two seminarians") are one release with
their sum (session 25). With a total ("all nineteen", "205 Ukrainians", or a breakdown "390
prisoners: 270 soldiers and 120 civilians", session 22) the groups stay one release with the sum.

A conjunct with no noun of its own ("16 prisoners and another 40") adds to one group rather than
counting a kind apart, and stays in the sum; so does a named person before "N other prisoners"
("X and 13 other prisoners"), while a counted group and a named person told apart ("55 Russian
prisoners and Viktor Medvedchuk") are two releases (session 25)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract.count_lists import conjoined, state_subject
from detente.extract.counts import Count, people_number
from detente.extract.destinations import demonym_of
from detente.extract.groups import category_of, nationality_of, people_head
from detente.extract.mentions import Mention, ParsedSentence, is_demonym
from detente.model import CountQualifier, EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

# Words on a conjunct that make a named person one of the counted group ("X and 13 other
# prisoners"), not a person told apart.
SAME_GROUP_WORDS = frozenset({"other", "others", "more", "another", "further", "additional"})
# Determiners of a group told before ("X and the 24 sailors"): a known group the name is one of.
TOLD_WORDS = frozenset({"the", "these", "those", "all"})


def split(
    ps: ParsedSentence, group: Token | None, told: list[Mention], article: list[ParsedSentence]
) -> list[Mention]:
    """The releases a verb's coordinated counted groups tell apart, one per kind of group (and one
    per named person told beside them), each copied from the verb's release (same state, day,
    destination) with its own number and noun; the mentions ``told`` as they are when the group is
    not such a list, the article gives its total, or every group is of one kind."""
    if group is None:
        return told
    parts = _parts(people_head(group) or group)
    if parts is None:
        return told
    total = sum(c.value for _, c in parts)
    out: list[Mention] = []
    for base in told:
        if (
            base.type is not EventType.RELEASE
            or base.count is None
            or base.count.value != total
            or _total_told(total, parts, article)
            or _sides_of_a_swap(ps, parts, base.actor)
        ):
            out.append(base)
            continue
        kinds = _kinds(ps, base, parts)
        if len(kinds) < 2:
            out.append(base)  # "two bishops, fifteen priests and two seminarians": one kind, 19
            continue
        for item, count, members in kinds:
            persons = [p for n in members for p in _persons_of(ps, base.persons, parts, n)]
            out.append(
                replace(
                    base,
                    count=count,
                    persons=persons,
                    category=category_of(item, ps, base.actor, persons),
                    nationality=nationality_of(item, ps, persons),
                    anaphor=None,
                    apart_group=True,
                )
            )
    return out


def _kinds(
    ps: ParsedSentence, base: Mention, parts: list[tuple[Token, Count]]
) -> list[tuple[Token, Count, list[int]]]:
    """The parts joined by kind: counted groups whose nouns give the same category and no two
    nationalities are one kind with their summed count (session 25); a named person told beside
    counted groups is a kind of its own. Each kind: its first item, its count and its parts'
    indexes."""
    kinds: list[tuple[Token, Count, list[int]]] = []
    keys: list[tuple[object, str | None] | None] = []
    for n, (item, count) in enumerate(parts):
        key = None if _named(item) else _key(ps, base, item)
        at = next((k for k, have in enumerate(keys) if _same_kind(have, key)), None)
        if at is None:
            kinds.append((item, count, [n]))
            keys.append(key)
            continue
        first, have, members = kinds[at]
        kinds[at] = (first, _sum(have, count), [*members, n])
        known = keys[at]
        if key is not None and known is not None:  # a nationality told by one part holds for all
            keys[at] = (known[0], known[1] or key[1])
    return kinds


def _key(ps: ParsedSentence, base: Mention, item: Token) -> tuple[object, str | None]:
    """A counted group's kind: its category and the nationality its noun tells ("Kuwaiti
    sailors"), the releasing state's own nationality telling none."""
    home = nationality_of(item, ps, []) or demonym_of(item, ps)
    return category_of(item, ps, base.actor, []), None if home == base.actor else home


def _same_kind(a: tuple[object, str | None] | None, b: tuple[object, str | None] | None) -> bool:
    """Same category, and no two nationalities told ("Congolese soldiers and six fishermen")."""
    if a is None or b is None:
        return False
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _sum(a: Count, b: Count) -> Count:
    """Two counts added, with the weaker qualifier (exact only if both are, session 23)."""
    qualifier = a.qualifier if b.qualifier is CountQualifier.EXACT else b.qualifier
    return Count(a.value + b.value, qualifier, min(a.start, b.start), max(a.end, b.end))


def _named(item: Token) -> bool:
    """Whether a conjunct is a named person with no number ("55 prisoners and Viktor X")."""
    return item.ent_type_ == "PERSON" and not any(
        c.dep_ in ("nummod", "quantmod") for c in item.children
    )


def _parts(group: Token) -> list[tuple[Token, Count]] | None:
    """The conjuncts of a coordinated group and their numbers, when every one is counted by a
    number of its own ("185 soldiers and 20 civilians") or is a named person told beside counted
    groups ("55 Russian prisoners and Viktor Medvedchuk", counted 1), and none is the total of the
    rest (a breakdown). None for a list of names alone, a bare number ("another 40") and names
    with "N other prisoners" (one group)."""
    items = [i for i in conjoined([group]) if not state_subject(i)]
    if len(items) < 2:
        return None
    parts: list[tuple[Token, Count]] = []
    for item in sorted(items, key=lambda t: t.i):
        if _named(item):
            parts.append((item, Count(1, CountQualifier.EXACT, item.left_edge.i, item.i + 1)))
            continue
        number = next((c for c in item.children if c.dep_ in ("nummod", "quantmod")), None)
        if number is None or item.pos_ not in ("NOUN", "PROPN") or item.ent_type_ == "PERSON":
            return None  # "a Briton", a bare number: not a group counted apart
        if _own_doer(item):
            return None  # "100 hostages freed by Hamas and 240 prisoners released by Israel"
        count = people_number(number)
        if count is None:
            return None
        parts.append((item, count))
    named = [i for i, _ in parts if _named(i)]
    if len(named) == len(parts):
        return None
    if named and any(
        i.lower_ in SAME_GROUP_WORDS
        or any(c.lower_ in SAME_GROUP_WORDS | TOLD_WORDS for c in i.children)
        for i, _ in parts
    ):
        return None  # "X and 13 other prisoners", "X and the 24 sailors": the named are of it
    values = [c.value for _, c in parts]
    if any(v == sum(values) - v for v in values):
        return None  # "390 people, 270 soldiers and 120 civilians": a breakdown
    return parts


def _own_doer(item: Token) -> bool:
    """Whether a group is told with an act and a doer of its own ("240 prisoners released by
    Israel"): the groups of a list are then acts of several doers, not one verb's."""
    return any(
        c.dep_ in ("acl", "relcl") and any(a.dep_ == "agent" for a in c.children)
        for c in item.children
    )


def _total_told(
    total: int, parts: list[tuple[Token, Count]], article: list[ParsedSentence]
) -> bool:
    """Whether the article gives the sum of the groups as a number of its own anywhere ("all
    nineteen were flown to Rome", "205 Ukrainians came home", or a swap's other side "390 people,
    among them 270 servicemen and 120 civilians"): then the groups are parts of one release
    (session 22)."""
    own = {(id(item.doc), i) for item, c in parts for i in range(c.start, c.end)}
    for ps in article:
        for tok in ps.doc:
            if tok.like_num and (id(ps.doc), tok.i) not in own:
                count = people_number(tok)
                if count is not None and count.value == total:
                    return True
    return False


def _sides_of_a_swap(
    ps: ParsedSentence, parts: list[tuple[Token, Count]], actor: str | None
) -> bool:
    """ "13 Israelis and 39 Palestinians freed", "an exchange returns 230 Ukrainians and 248
    Russians": groups told by the nouns of two nationalities, one of them the releasing state's
    own, are the two sides' people, not one state's groups (not "ten Americans and 20 Venezuelan
    political prisoners", nor "three Tajik shepherds and two Uzbek farmers", nor Hamas freeing
    "13 Israelis and four Thais", each a kind of people one state freed)."""
    homes = {demonym_of(item, ps) for item, _ in parts if is_demonym(item, ps)} - {None}
    return len(homes) > 1 and (actor is None or actor in homes)


def _persons_of(
    ps: ParsedSentence, persons: list[str], parts: list[tuple[Token, Count]], n: int
) -> list[str]:
    """The named people of the ``n``-th group: those named from its number up to the next
    group's (names before the first group go with it)."""
    text = ps.sentence.text
    offset = ps.doc[0].idx if len(ps.doc) else 0
    starts = [ps.doc[c.start].idx - offset for _, c in parts]
    out = []
    for p in persons:
        at = text.find(p)
        owner = max((k for k, s in enumerate(starts) if s <= at), default=0) if at >= 0 else 0
        if owner == n:
            out.append(p)
    return out


def same_verb(cluster: Cluster, m: Mention) -> bool:
    """Whether an act already holds another counted group of the mention's own verb: groups one
    verb counts apart are never one act (read by :mod:`events` and :mod:`headlines`)."""
    return m.apart_group and any(
        c.apart_group and c.trigger is m.trigger and c.count != m.count for c in cluster.mentions
    )
