"""One act that lists bodies of several countries: one mention per target country.

"The Treasury also designated Gulf Amber Trading, an Emirati firm, and Orel Logistics, a Russian
company", "London listed Rosneft and Lukoil, along with Vadinar Energy, the Indian refiner": one
announcement, but an event per target country, each with that country's entities and sectors (the
guide's decision of session 13). The conjoined members of an act's object that a nationality of
their own describes ("an Emirati firm", "the Indian refiner", "Chinese suppliers X and Y") and that
name at least one listed body split off from the act's main target. Since session 17 (the guide: a
company's country is where the text says it is based or registered, and it is the target of that
company's event), so does a member seated somewhere ("a Dubai-based trader", "a firm registered in
Singapore", "seven companies in the Emirates", named or not when the rest of the object names
someone), a seated body after "including", and a seated name of a roster ("Among those listed
are the Dubai-registered manager X"); a seated part is marked (``PARTY_SEATED``) so that it does
not set the article's usual target. A ship's flag ("Malta-flagged tankers") is no seat. Read by
:func:`detente.extract.sanctions.annotate`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.extract import listed
from detente.extract import sanction_parties as parties
from detente.extract.destinations import city_table
from detente.extract.doc_memo import tokens
from detente.extract.gazetteer import Gazetteer, sovereign
from detente.extract.licences import is_nominal
from detente.extract.listings import LISTABLE_NOUNS
from detente.extract.mentions import PARTY_SEATED, Mention, ParsedSentence

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
# Places that tell where a body sits ("registered in Bishkek", "a firm in the Emirates").
SEAT_KINDS = frozenset({"name", "capital"})


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
    seats: set[str] = set()  # the codes some member has by its seat
    for member in members(trigger):
        loose = member.dep_ == "conj" and member.head.i == trigger.i  # outside the object
        words = [t for t in _own_words(member) if t.i in scope or loose]
        here = seated(ps, words)
        code = _nationality(ps, words, actors, here)
        if code is not None:
            coded.setdefault(code, []).extend(words)
            seats |= {code} & {sovereign(c) for c in here}
    if not coded:
        return mentions  # no member has a country of its own: nothing splits off
    parts = [(code, _listed(ps, trigger, words, gaz)) for code, words in coded.items()]
    moved = {t.i for words in coded.values() for t in words}
    rest = [t for t in tokens(ps.doc) if t.i in scope and t.i not in moved]
    entities, sectors = _listed(ps, trigger, rest, gaz)
    gone = [e for _, found in parts for e in found[0]]
    entities = [e for e in entities if e not in gone]
    # "X, and seven companies in the Emirates": a seated group is a part of its own, named or not
    named = bool(entities) or any(found[0] for _, found in parts)
    parts = [(code, found) for code, found in parts if found[0] or (named and code in seats)]
    main = mentions[0].target
    own = parties.named(ps, trigger, rest, actors)
    grouped = bool(entities) or any(_group(t) for t in rest)  # the rest still lists some
    if not parts or (
        len(parts) == 1 and parts[0][0] == main and not _apart(main, seats, grouped, own)
    ):
        return mentions
    if not grouped and main in coded:
        out: list[Mention] = []  # every member has a country of its own
    else:
        target = sovereign(own[0]) if own else (None if main in coded else main)
        kinds = sectors or (mentions[0].sectors if seats else [])
        out = [replace(m, target=target, entities=entities, sectors=kinds) for m in mentions]
    for code, (names, kinds) in parts:
        seated_part = code in seats  # what a seated body was listed for is the act's
        kinds = kinds or (mentions[0].sectors if seated_part else [])
        party = PARTY_SEATED if seated_part else None
        out += [
            replace(m, target=code, entities=names, sectors=kinds, party=party) for m in mentions
        ]
    return out


def _apart(main: str | None, seats: set[str], grouped: bool, own: list[str]) -> bool:
    """Whether the one part of an act that has the act's own target still splits off: a body
    seated there ("X, a Dubai-based trader"), when the rest of the object lists more and names
    no state of its own that is that target (the act's target came from the seat alone)."""
    return main in seats and grouped and main not in own


def _group(tok: Token) -> bool:
    """ "eleven companies and individuals ...": a listed group the rest of an object still names."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in LISTABLE_NOUNS


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
        if child.dep_ in OBJECT_DEPS and child.lemma_.lower() in MEASURE_NOUNS:
            heads += _on(child)  # "imposed sanctions on X, a Russian firm, and Y, ...": X and Y
        elif child.dep_ in OBJECT_DEPS or (
            child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
        ):
            heads.append(child)  # also "designated X, ..., and Y", Y parsed as the verb's
        elif child.dep_ == "prep" and child.lower_ in ("on", "against"):
            heads += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ != "DATE"]
        heads += _along(child)
    return _with_members(heads)


# Nouns of a measure whose "on X" is what it bears on ("imposed sanctions on X and Y").
MEASURE_NOUNS = frozenset({"sanction", "sanctions", "restriction", "measure", "freeze"})


def _on(measure: Token) -> list[Token]:
    """The objects of a measure noun's "on" or "against" ("sanctions on X")."""
    preps = [c for c in measure.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
    out = [p for c in preps for p in c.children if p.dep_ == "pobj" and p.ent_type_ != "DATE"]
    return out + [p for c in measure.children for p in _including(c)]  # "..., including X"


def _with_members(heads: list[Token]) -> list[Token]:
    """The heads of an object's members and their further members (conjuncts, "along with")."""
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out += [c for c in head.subtree if _conjunct(c, head)]
        out += [p for c in head.children for p in _along(c) + _including(c)]  # "X, along with Y"
    return list({t.i: t for t in out}.values())


def _including(tok: Token) -> list[Token]:
    """The seated bodies an "including" at ``tok`` names ("eleven companies ..., including the
    Dubai-based X"): members of their own (not the group's other members, told by nationality)."""
    if tok.dep_ != "prep" or tok.lower_ != "including":
        return []
    return [p for p in tok.children if p.dep_ == "pobj" and _has_seat(p)]


def _has_seat(tok: Token) -> bool:
    """Whether a member's own words say where it sits ("the Dubai-based X", "X, registered in Y")."""
    return any(
        t.lower_ in BASED_WORDS and t.i > 0 and (t.doc[t.i - 1].text == "-" or t.dep_ == "acl")
        for t in tok.subtree
    )


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
        if c.i != member.i and (_conjunct(c, member) or _along(c) or _including(c))
        for t in c.subtree
    }
    skip |= {c.i for c in member.subtree if c.dep_ == "cc" and c.head.i != member.i}
    return [t for t in member.subtree if t.i not in skip]


def _nationality(
    ps: ParsedSentence, words: list[Token], actors: list[str], seats: set[str]
) -> str | None:
    """The one state a member's own words name as whose it is: a nationality or state on the
    member itself or in what describes it ("an Emirati firm", "the Indian refiner"), or where it
    is based or registered ("a Dubai-based firm", "a company registered in the Emirates": the
    guide's decision of session 17), not inside a clause about it ("a firm that bought gold from
    Iran") nor a ship's flag ("Malta-flagged tankers"). ``seats``: what :func:`seated` read in
    the same words."""
    ids = {t.i for t in words}
    codes = {sovereign(c) for c in seats if c not in actors}
    for place in ps.places:
        root = place.span.root
        if place.kind not in NATIONALITY_KINDS or root.i not in ids or parties.is_seat(place.span):
            continue
        if _based_in(root):
            continue  # read by ``seated``
        if root.ent_type_ in NAME_LABELS:  # "the Congo River Alliance": part of a body's name
            continue
        path = [a for a in root.ancestors if a.i in ids]
        if any(a.dep_ in CLAUSE_DEPS or a.dep_ == "prep" for a in path):
            continue  # not "a firm that bought Iranian oil", nor "X of Liberia" (a seat)
        if place.code not in actors:
            codes.add(sovereign(place.code))
    return codes.pop() if len(codes) == 1 else None


# Participles that tie a body to where it sits ("based in", "registered in"); not a ship's flag.
BASED_WORDS = frozenset({"based", "registered", "headquartered", "incorporated"})
# Nouns of bodies whose "in X" is where they sit ("a company in the Emirates").
BODY_NOUNS = frozenset({"company", "companies", "firm", "firms", "entity", "entities", "trader",
                        "traders", "supplier", "suppliers", "business", "businesses", "lender",
                        "lenders", "bank", "banks", "manager", "managers", "operator", "operators",
                        "exchange", "exchanges", "refinery", "refineries", "subsidiary",
                        "subsidiaries", "distributor", "distributors", "broker", "brokers"})  # fmt: skip


def seated(ps: ParsedSentence, words: list[Token]) -> set[str]:
    """The countries some words of an act's object name as where a listed body sits: "a
    Dubai-based trader", "Hong Kong-registered Starline", "two managers registered in Dubai",
    "seven companies in the United Arab Emirates" (a city by its country)."""
    ids = {t.i for t in words}
    codes = {
        p.code
        for p in ps.places
        if p.span.root.i in ids
        and (_body_seat(p.span) or (p.kind in SEAT_KINDS and _based_in(p.span.root)))
        and _own_seat(p.span.root, ids)
    }
    table = city_table()
    for tok in words:
        if (_body_seat(tok.doc[tok.i : tok.i + 1]) or _based_in(tok)) and _own_seat(tok, ids):
            code = table.get((tok.text,))
            codes |= {code} if code is not None else set()
    return codes


def _own_seat(tok: Token, ids: set[int]) -> bool:
    """Whether a seat is the member's own, not inside a clause about it ("a firm that bought
    gold from a Dubai-based refiner"): no clause or other preposition on the way up."""
    for a in tok.ancestors:
        if a.i not in ids:
            break
        if a.lower_ in BASED_WORDS or (a.dep_ == "prep" and a.lower_ == "in"):
            continue
        if a.dep_ in CLAUSE_DEPS or a.dep_ == "prep":
            return False
    return True


def _body_seat(span: Span) -> bool:
    """ "Dubai-based", "Hong Kong-registered" (not "Malta-flagged": a flag is no seat)."""
    return parties.is_seat(span, BASED_WORDS)


def _based_in(tok: Token) -> bool:
    """The place of "based in X", "registered in X and Y", "companies in X"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    head = prep.head
    return head.lower_ in BASED_WORDS or head.lower_ in BODY_NOUNS


def roster_seats(ps: ParsedSentence, roster: Mention) -> list[Mention]:
    """A roster's names split by where each sits ("Among those listed are the Dubai-based ship
    manager X and the Moscow insurer Y"): a seated name's own mention, its target its seat's
    country (kept when the roster takes its act, see ``listed.told_again``); the rest stay."""
    coded: dict[str, list[str]] = {}
    for name in roster.entities:
        start = ps.doc.text.find(name)
        span = ps.doc.char_span(start, start + len(name)) if start >= 0 else None
        if span is None:
            continue
        root = span.root  # "the Dubai-registered ship manager X": X in apposition
        root = root.head if root.dep_ == "appos" and root.head.pos_ == "NOUN" else root
        codes = {sovereign(c) for c in seated(ps, _own_words(root))}
        if len(codes) == 1:
            coded.setdefault(codes.pop(), []).append(name)
    if not coded:
        return [roster]
    moved = {n for names in coded.values() for n in names}
    rest = [n for n in roster.entities if n not in moved]
    out = [replace(roster, entities=rest)] if rest else []
    return out + [
        replace(roster, target=code, entities=names, party=PARTY_SEATED)
        for code, names in coded.items()
    ]


# Dependencies by which a nationality hangs on a roster's group noun ("Iranian firms", "Indian
# and Iranian intermediaries", "Kyrgyz and Kazakh entities").
GROUP_MARK_DEPS = frozenset({"amod", "compound", "conj", "nmod"})


def roster_nations(ps: ParsedSentence, verb: Token, roster: Mention) -> list[Mention]:
    """A passive roster's groups split by the nationality their own words give ("Also listed were
    Indian and Iranian intermediaries", "Two Iranian shipping firms, X and Y, were also listed"):
    one mention per country (the guide's decisions of sessions 13 and 20: a package told by its
    targets' countries is one event per country, named or not), its target that country (kept
    when the roster takes its act, see ``listed_again.told_again``). A roster whose groups name no
    country, or whose names sit under no group with one, stays whole."""
    if not roster.entities and not _list_context(verb):
        return [roster]  # "Two Turkish firms were also named in a court filing": no list
    groups = [g for g in _roster_groups(verb) if g.pos_ == "PROPN" or _roster_kind(g)]
    coded: dict[str, list[Token]] = {}
    for group in groups:
        for code in _group_nations(ps, group):
            coded.setdefault(code, []).append(group)
    if not coded:
        return [roster]
    placed: dict[str, list[str]] = {code: [] for code in coded}
    loose: list[str] = []
    for name in roster.entities:
        start = ps.doc.text.find(name)
        span = ps.doc.char_span(start, start + len(name)) if start >= 0 else None
        home = _nearest(span.root, coded) if span is not None else None
        if home is not None:
            placed[home].append(name)
        else:
            loose.append(name)
    if loose:
        return [roster]  # names no one country's group holds: the act's own
    # "... were also added for supplying drone parts": what they were listed for (session 22)
    why = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
    return [
        replace(
            roster,
            target=code,
            entities=names,
            sectors=listed.sectors([t for g in coded[code] for t in _own_words(g)] + why)
            or roster.sectors,
            party=PARTY_SEATED,
        )
        for code, names in placed.items()
    ]


# Nouns of a listed group beside the listable ones, told in a roster by nationality ("Indian and
# Iranian intermediaries", "the owners of two Russian container lines").
ROSTER_GROUP_NOUNS = LISTABLE_NOUNS | {
    "intermediary", "broker", "owner", "manager", "distributor", "dealer", "middleman",
    "facilitator", "associate", "shipowner", "financier", "firm", "lender",
}  # fmt: skip


# Prepositions of a passive listing that tell why or with whom ("also listed for supplying drone
# parts", "listed alongside them"), and nouns of the list a listing puts names on or in.
LISTING_PREPS = frozenset({"for", "with", "alongside", "under", "over", "including", "among"})
LIST_PLACES = frozenset({"list", "blacklist", "annex", "package", "register", "regime"})


def _list_context(verb: Token) -> bool:
    """Whether nothing on a nameless passive roster makes it other than a listing: "named in a
    court filing as buyers", "listed in the catalogue" name no one on a sanctions list."""
    for c in verb.children:
        if c.dep_ not in ("prep", "agent") or c.lower_ in LISTING_PREPS:
            continue
        if not any(p.lemma_.lower() in LIST_PLACES for p in c.children):
            return False
    return True


def _roster_kind(group: Token) -> bool:
    return group.pos_ == "NOUN" and group.lemma_.lower() in ROSTER_GROUP_NOUNS


def _roster_groups(verb: Token) -> list[Token]:
    """The common nouns a passive roster lists: its subject ("Two Iranian firms were also
    listed") or what follows the inverted verb ("Also listed were X"), with their conjuncts."""
    hangs = [verb, *[c for c in verb.children if c.dep_ == "auxpass"]]  # "were" holds "attr"
    heads = [c for h in hangs for c in h.children if c.dep_ in ("nsubjpass", "attr", "oprd")]
    out: list[Token] = []
    todo = list(heads)
    while todo:  # "two Emirati managers, X and Y, and the Russian trader Z": Z's noun hangs on Y
        tok = todo.pop(0)
        out += [tok] if tok.pos_ in ("NOUN", "PROPN") else []
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos") and c.i > tok.i]
    return out


def _group_nations(ps: ParsedSentence, group: Token) -> set[str]:
    """The states a group noun's own marks name ("Indian and Iranian intermediaries" → IND, IRN;
    "Kyrgyz and Kazakh entities"), or its seat ("two managers registered in Dubai")."""
    near = [c for c in group.children if c.dep_ in GROUP_MARK_DEPS and c.i < group.i]
    near += [  # "the Russian oil trader Orion Star Group": the describing noun's own marks
        d
        for c in near
        if c.dep_ == "compound" and c.pos_ == "NOUN"
        for d in c.children
        if d.dep_ in ("amod", "compound") and d.i < c.i
    ]
    marks = {group.i} | {t.i for c in near for t in [c, *c.conjuncts]}
    codes = {
        sovereign(p.code)
        for p in ps.places
        if p.kind in NATIONALITY_KINDS
        and p.span.root.i in marks
        and p.span.root.ent_type_ not in NAME_LABELS  # "Russian Railways": part of a name
    }
    return codes | {sovereign(c) for c in seated(ps, _own_words(group))}


def _nearest(tok: Token, coded: dict[str, list[Token]]) -> str | None:
    """The country of the nearest group a name hangs under (itself, the noun it is in apposition
    or conjunct to), when that group has one country: "managers registered in Dubai, X and Y,
    and the Russian oil trader Z" → X, Y to the Emirates, Z to Russia."""
    for up in [tok, *tok.ancestors]:
        codes = [code for code, heads in coded.items() if any(h.i == up.i for h in heads)]
        if codes:
            return codes[0] if len(codes) == 1 else None
    return None
