"""A further group told with the release verb left out ("Belarus freed 16 prisoners in June and
another 40 in August", "pardoned sixteen people in July, and a further twenty-three in January"):
the parser hangs the counted group on the verb as a conjunct. By the guide (sessions 13 and 15)
a group the text counts apart is its own act, dated by its own time when it has one."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.extract.counts import Count, people_number
from detente.extract.mentions import Mention, ParsedSentence
from detente.model import EventType

# Words that make a gapped number a further group ("and another 40", "and a further 23").
FURTHER_WORDS = frozenset({"another", "further", "more", "additional"})


def further(ps: ParsedSentence, trigger: Token, told: list[Mention]) -> list[Mention]:
    """Releases of the groups a verb's gapped conjuncts count, one per conjunct, each copied from
    the verb's own release (same state) with the conjunct's number and time."""
    base = next((m for m in told if m.type is EventType.RELEASE and m.actor is not None), None)
    if base is None or base.count is None or trigger.pos_ != "VERB" or len(told) != 1:
        return []  # a swap sentence's sides, or an act with no number of its own, stays as it is
    out: list[Mention] = []
    for conj in (c for c in trigger.children if c.dep_ == "conj" and c.i > base.count.end):
        count = _counted(conj)
        if count is None or _other_doer(ps, base.count.end, conj):
            continue
        out.append(
            replace(
                base,
                count=count,
                persons=[],
                date=_own_time(ps, conj),
                day_named=None,
                anaphor=None,
                destination=None,
            )
        )
    return out


def _other_doer(ps: ParsedSentence, after: int, conj: Token) -> bool:
    """Whether a state is named between the verb's group and the gapped one ("Russia freed 16
    soldiers and Ukraine another 40"): the gapped group is that state's, not the verb's doer's."""
    return any(
        after <= p.span.start < conj.left_edge.i and p.kind in ("name", "capital", "leader")
        for p in ps.places
    )


def _counted(conj: Token) -> Count | None:
    """The number of a gapped group ("another 40", "a further twenty-three"): a number told as a
    further group, with no verb of its own."""
    if conj.pos_ not in ("NUM", "NOUN") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in conj.children
    ):
        return None
    words = {c.lower_ for c in conj.children if c.dep_ in ("det", "amod", "advmod")}
    if not words & FURTHER_WORDS:
        return None
    number = conj if conj.like_num else next((c for c in conj.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    return people_number(number)  # "twenty-three" whole, however the parser splits it


def _own_time(ps: ParsedSentence, conj: Token) -> str | None:
    """The time told in the gapped conjunct ("and another 40 in August"): the first one after
    its first word."""
    start = conj.left_edge.idx - ps.doc[0].idx
    return next((t.value for t in ps.times if t.start >= start), None)
