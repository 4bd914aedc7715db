"""One act that lists bodies of several countries: one mention per target country.

"The Treasury also designated Gulf Amber Trading, an Emirati firm, and Orel Logistics, a Russian
company", "London listed Rosneft and Lukoil, along with Vadinar Energy, the Indian refiner": one
announcement, but an event per target country, each with that country's entities and sectors (the
guide's decision of session 13). The conjoined members of an act's object that a nationality of
their own describes ("an Emirati firm", "the Indian refiner", "Chinese suppliers X and Y") and that
name at least one listed body split off from the act's main target; a member described only by
where it is based ("Malta-flagged operators") does not (where a body sits is not always whom the
act is against). Read by :func:`detente.extract.sanctions.annotate`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.extract import listed
from detente.extract import sanction_parties as parties
from detente.extract.gazetteer import Gazetteer, sovereign
from detente.extract.licences import is_nominal
from detente.extract.mentions import Mention, ParsedSentence

# Dependencies of an act's object: what it lists ("designated X", "X was listed", "sanctions on X").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions whose object is one more member ("along with X", "together with Y").
WITH_PREPS = frozenset({"with"})
# Clauses about a member, whose places are not its own ("a firm that bought gold from Iran").
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp"})
# Labels of a name a place word may be part of ("the Congo River Alliance"): not a nationality.
NAME_LABELS = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
# Places that tell whose body a member is (a seat does not).
NATIONALITY_KINDS = frozenset({"name", "demonym"})


def split(
    ps: ParsedSentence, trigger: Token, mentions: list[Mention], scope: set[int], gaz: Gazetteer
) -> list[Mention]:
    """The mentions of an act, one per target country when the members of its object belong to
    several: each with its members' entities and sectors; the members no nationality describes
    stay with the act's own target (the state the rest of its object names, else the article's)."""
    if not mentions or is_nominal(trigger) or trigger.pos_ != "VERB":
        return mentions
    actors = [m.actor for m in mentions if m.actor]
    coded: dict[str, list[Token]] = {}
    for member in members(trigger):
        loose = member.dep_ == "conj" and member.head.i == trigger.i  # outside the object
        words = [t for t in _own_words(member) if t.i in scope or loose]
        code = _nationality(ps, words, actors)
        if code is not None:
            coded.setdefault(code, []).extend(words)
    parts = [(code, _listed(ps, trigger, words, gaz)) for code, words in coded.items()]
    parts = [(code, found) for code, found in parts if found[0]]
    main = mentions[0].target
    if not parts or (len(parts) == 1 and parts[0][0] == main):
        return mentions
    moved = {t.i for words in coded.values() for t in words}
    gone = [e for _, found in parts for e in found[0]]
    rest = [t for t in ps.doc if t.i in scope and t.i not in moved]
    entities, sectors = _listed(ps, trigger, rest, gaz)
    entities = [e for e in entities if e not in gone]
    if not entities and main in coded:
        out: list[Mention] = []  # every member has a country of its own
    else:
        own = parties.named(ps, trigger, rest, actors)
        target = own[0] if own else (None if main in coded else main)
        out = [replace(m, target=target, entities=entities, sectors=sectors) for m in mentions]
    for code, (names, kinds) in parts:
        out += [replace(m, target=code, entities=names, sectors=kinds) for m in mentions]
    return out


def _listed(
    ps: ParsedSentence, trigger: Token, words: list[Token], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """The entities among some words of an act's object (not an object named elsewhere), and
    their sectors."""
    text = " ".join(t.text for t in words)
    owners = {t.text for t in words if t.dep_ == "poss"}  # "VTB Bank's Kazakh subsidiary"
    entities, kinds, _ = listed.entities(ps, trigger, {t.i for t in words}, gaz)
    entities = [e for e in entities if e in text and e.split()[-1] not in owners]
    return entities, list(dict.fromkeys(kinds + listed.sectors(words)))


def members(trigger: Token) -> list[Token]:
    """The heads of the conjoined members of an act's object: its object, the objects of its
    target prepositions, those "along with" it, and their conjuncts (also those the parser hung
    on a member's apposition: "X, a Chinese lender, and two Russian banks")."""
    heads: list[Token] = []
    for child in trigger.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")):
            heads.append(child)  # also "designated X, ..., and Y", Y parsed as the verb's
        elif child.dep_ == "prep" and child.lower_ in ("on", "against"):
            heads += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ != "DATE"]
        heads += _along(child)
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out += [c for c in head.subtree if _conjunct(c, head)]
        out += [p for c in head.children for p in _along(c)]  # "X, along with Y"
    return list({t.i: t for t in out}.values())


def _along(tok: Token) -> list[Token]:
    """The objects of "along with", "together with" at ``tok``."""
    if tok.dep_ != "prep":
        return []
    if tok.lower_ == "with" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("along", "together"):
        withs = [tok]
    elif tok.lower_ in ("along", "together"):
        withs = [c for c in tok.children if c.lower_ == "with"]
    else:
        return []
    return [p for w in withs for p in w.children if p.dep_ == "pobj"]


def _conjunct(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a further member of ``head``: a conjunct of it or of its apposition
    (not "X, an Emirati firm" parsed as a conjunct: what describes X)."""
    if tok.dep_ != "conj" or _described(tok):
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        if tok.pos_ == "PROPN" and tok.head.tag_ == "NNS":
            return False  # "two Russian banks, VTB and Sovcombank": names of that group
        tok = tok.head
        if tok.i == head.i:
            return True
    return False


def _described(tok: Token) -> bool:
    """ "Zarya Trading, an Emirati firm": an indefinite common noun right after a name and a
    comma, which the parser made a conjunct: a description of the name, not a member."""
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return (
        tok.pos_ == "NOUN"
        and tok.head.pos_ == "PROPN"
        and before is not None
        and before.text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def _own_words(member: Token) -> list[Token]:
    """A member's words, less its further members and those hung on it."""
    skip = {
        t.i
        for c in member.subtree
        if c.i != member.i and (_conjunct(c, member) or _along(c))
        for t in c.subtree
    }
    skip |= {c.i for c in member.subtree if c.dep_ == "cc" and c.head.i != member.i}
    return [t for t in member.subtree if t.i not in skip]


def _nationality(ps: ParsedSentence, words: list[Token], actors: list[str]) -> str | None:
    """The one state a member's own words name as whose it is: a nationality or state on the
    member itself or in what describes it ("an Emirati firm", "the Indian refiner"), not inside a
    clause about it ("a firm that bought gold from Iran") nor a seat ("a Dubai-based firm")."""
    ids = {t.i for t in words}
    codes = set()
    for place in ps.places:
        root = place.span.root
        if place.kind not in NATIONALITY_KINDS or root.i not in ids or _seat(place.span):
            continue
        if root.ent_type_ in NAME_LABELS:  # "the Congo River Alliance": part of a body's name
            continue
        path = [a for a in root.ancestors if a.i in ids]
        if any(a.dep_ in CLAUSE_DEPS or a.dep_ == "prep" for a in path):
            continue  # not "a firm that bought Iranian oil", nor "X of Liberia" (a seat)
        if place.code not in actors:
            codes.add(sovereign(place.code))
    return codes.pop() if len(codes) == 1 else None


def _seat(span: Span) -> bool:
    """ "Singapore-registered", "Hong Kong-based": a place named as where a body sits."""
    after = span.doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in parties.SEAT_WORDS
