"""The parties of a sanctions act that its parse alone does not give: the state it bears on, as
the sentence names it (on the object side, in what describes a listed name, or as the city a
listed body is based in), and a sanctioning body the parser took for something else. Read by
:func:`detente.extract.sanctions.annotate`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import licences as lic
from detente.extract import sanctioners as who
from detente.extract.destinations import city_table
from detente.extract.mentions import ParsedSentence, own_subject, places_in

# Prepositions that introduce the target of a measure ("sanctions on", "against", "the lifting of").
# Not "over": "designated X over his ties to Moscow" gives the reason, not whom.
TARGET_PREPS = frozenset({"on", "against", "of", "for", "to", "from", "in", "with", "off"})
# Participles that tie a body to the city it is based in ("Dubai-registered", "Tehran-based").
SEAT_WORDS = frozenset({"based", "registered", "headquartered", "flagged"})
# Places that tell whose national or body a listed name is, in what describes it.
DESCRIBING_KINDS = frozenset({"name", "demonym"})


def named(
    ps: ParsedSentence,
    trigger: Token,
    scope: list[Token],
    actors: list[str],
    skip: frozenset[str] = who.OTHER_CLAUSE_DEPS,
    kinds: frozenset[str] = frozenset({"name", "demonym", "capital", "leader"}),
) -> list[str]:
    """States named on the object side, outside circumstances ("as part of a Vatican-brokered
    deal") and clauses about something else ("a waiver that allowed South Korean banks") (of the
    dependencies ``skip``). A state named as a listed body's seat ("two Singapore-registered
    suppliers and a Myanmar distributor") comes after the others: where a body is based is not
    always whom the act is against."""
    out: list[str] = []
    seats: list[str] = []
    for place in places_in(ps, scope, kinds):
        path = [a for a in place.span.root.ancestors if a is not trigger and trigger in a.ancestors]
        if any(a.dep_ in skip | {"pcomp"} for a in path) or any(
            a.dep_ == "prep" and a.lower_ not in TARGET_PREPS for a in path
        ):  # nor a reason: "designated for moving Iranian oil"
            continue
        if place.code not in actors and (
            place.code not in ("EU", "UN") or not set(actors) & who.SANCTIONING_POWERS
        ):  # a bloc is no target of a sanctioning power's act, but of a countermeasure
            (seats if _seat(place.span) else out).append(place.code)
    return out + seats


def _seat(span: Span) -> bool:
    """ "Singapore-registered", "Hong Kong-based": a place named as where a body sits."""
    after = span.doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in SEAT_WORDS


def described(
    ps: ParsedSentence, trigger: Token, scope: list[Token], actors: list[str]
) -> list[str]:
    """States named in what describes a listed name ("Karina Rotenberg, the wife of the Russian
    billionaire", "Hassan Chokr, a Lebanese money changer"): whose national or body it is, when
    the act names no state of its own. Not a city or a seat ("Phnom Penh-based Mekong Pay", one
    of a network's go-betweens)."""
    states = named(ps, trigger, scope, actors, who.OTHER_CLAUSE_DEPS - {"appos"}, DESCRIBING_KINDS)
    seats = {p.code for p in places_in(ps, scope, DESCRIBING_KINDS) if _seat(p.span)}
    return [s for s in states if s not in seats]


def seats(scope: list[Token], actors: list[str]) -> list[str]:
    """The country of a city a listed body is based or registered in ("a Dubai-registered tanker
    operator", "the Shenzhen-based chip maker"): its target when no state is named."""
    table = city_table()
    out: list[str] = []
    for tok in scope:
        after = tok.doc[tok.i + 1 : tok.i + 3]
        if len(after) == 2 and after[0].text == "-" and after[1].lower_ in SEAT_WORDS:
            code = table.get((tok.text,))
            if code is not None and code not in actors:
                out.append(code)
    return out


def doer_before(ps: ParsedSentence, trigger: Token) -> str | None:
    """A sanctioning body named just before a verb that has no subject of its own, with no verb
    between ("Nicaragua freed them, and the US Treasury on the same day removed two officials",
    "Niger frees pilot as Treasury lifts sanctions"): the parser took the body for something
    else, and the act climbed to another clause's subject."""
    if lic.is_nominal(trigger) or trigger.pos_ != "VERB" or own_subject(trigger) is not None:
        return None
    if trigger.tag_ == "VB":  # "gave the Treasury power to freeze ...": a power, not a doer
        return None
    bodies = [
        p
        for p in ps.places
        if p.span.end <= trigger.i
        and p.code in who.SANCTIONING_POWERS
        and (p.kind == "institution" or p.code in ("EU", "UN"))
    ]
    if not bodies:
        return None
    last = max(bodies, key=lambda p: p.span.end)
    between = ps.doc[last.span.end : trigger.i]
    return None if any(t.pos_ in ("VERB", "AUX", "PRON") for t in between) else last.code


def respecting(ps: ParsedSentence) -> list[str]:
    """ "the national emergency with respect to North Korea": the state a US emergency (and the
    sanctions programme resting on it) bears on, wherever the parser hung the phrase."""
    doc = ps.doc
    starts = [t.i for t in doc[:-1] if t.lower_ == "respect" and doc[t.i + 1].lower_ == "to"]
    return [
        p.code
        for p in ps.places
        if p.kind in ("name", "demonym") and any(p.span.start in (i + 2, i + 3) for i in starts)
    ]
