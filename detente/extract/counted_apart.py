"""Groups counted apart under one verb ("Russia freed 185 soldiers and 20 civilians", "Belarus
released 14 political prisoners and two Lithuanians"): with no total anywhere in the article, each
counted group is its own release (docs/annotation.md, sessions 15, 23 and 24), with its own number,
noun and named people; with a total ("all nineteen", "205 Ukrainians", or a breakdown "390
prisoners: 270 soldiers and 120 civilians", session 22) the group stays one release with the sum.

A conjunct with "other", "more" or "another" ("X and 13 other prisoners", "16 prisoners and another
40") adds to one group rather than counting a kind apart, and stays in the sum."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract.count_lists import conjoined, state_subject
from detente.extract.counts import Count, people_number
from detente.extract.destinations import demonym_of
from detente.extract.groups import category_of, nationality_of, people_head
from detente.extract.mentions import Mention, ParsedSentence, is_demonym
from detente.model import EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

# Words on a conjunct that make its people more of the same group, not a kind counted apart.
SAME_GROUP_WORDS = frozenset({"other", "others", "more", "another", "further", "additional"})


def split(
    ps: ParsedSentence, group: Token | None, told: list[Mention], article: list[ParsedSentence]
) -> list[Mention]:
    """The releases a verb's coordinated counted groups tell apart, one per group, each copied
    from the verb's release (same state, day, destination) with its group's number and noun; the
    mentions ``told`` as they are when the group is not such a list or the article gives its
    total."""
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
            or _sides_of_a_swap(ps, parts)
        ):
            out.append(base)
            continue
        for n, (item, count) in enumerate(parts):
            persons = _persons_of(ps, base.persons, parts, n)
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


def _parts(group: Token) -> list[tuple[Token, Count]] | None:
    """The conjuncts of a coordinated group and their numbers, when every one is counted by a
    number of its own ("185 soldiers and 20 civilians"), none is more of the same group
    ("13 other prisoners") and none is the total of the rest (a breakdown)."""
    items = [i for i in conjoined([group]) if not state_subject(i)]
    if len(items) < 2:
        return None
    parts: list[tuple[Token, Count]] = []
    for item in sorted(items, key=lambda t: t.i):
        number = next((c for c in item.children if c.dep_ in ("nummod", "quantmod")), None)
        if number is None or item.pos_ not in ("NOUN", "PROPN") or item.ent_type_ == "PERSON":
            return None  # a name, "a Briton", a bare number: not a group counted apart
        if any(c.lower_ in SAME_GROUP_WORDS for c in item.children):
            return None
        if _own_doer(item):
            return None  # "100 hostages freed by Hamas and 240 prisoners released by Israel"
        count = people_number(number)
        if count is None:
            return None
        parts.append((item, count))
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


def _sides_of_a_swap(ps: ParsedSentence, parts: list[tuple[Token, Count]]) -> bool:
    """ "13 Israelis and 39 Palestinians freed", "an exchange returns 230 Ukrainians and 248
    Russians": groups told by the nouns of two nationalities are the two sides' people, not one
    state's groups (not "ten Americans and 20 Venezuelan political prisoners", nor "three Tajik
    shepherds and two Uzbek farmers", each a kind of people one state freed)."""
    homes = {demonym_of(item, ps) for item, _ in parts if is_demonym(item, ps)} - {None}
    return len(homes) > 1


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
