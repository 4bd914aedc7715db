"""The parties of a sanctions act that its parse alone does not give: the state it bears on, as
the sentence names it (on the object side, in what describes a listed name, or as the city a
listed body is based in), and a sanctioning body the parser took for something else. Read by
:func:`detente.extract.sanctions.annotate`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import sanctioners as who
from detente.extract import tightenings
from detente.extract.destinations import city_table
from detente.extract.gazetteer import Place, sovereign
from detente.extract.listings import LISTABLE_NOUNS
from detente.extract.mentions import Mention, ParsedSentence, own_subject, places_in, subject_of
from detente.extract.sanctions_context import EU_MEMBERS
from detente.extract.war_scenes import war_scene
from detente.model import EventType

# Prepositions that introduce the target of a measure ("sanctions on", "against", "the lifting of").
# Not "over": "designated X over his ties to Moscow" gives the reason, not whom.
TARGET_PREPS = frozenset({"on", "against", "of", "for", "to", "from", "in", "with", "off"})
# Participles that tie a body to the city it is based in ("Dubai-registered", "Tehran-based").
SEAT_WORDS = frozenset({"based", "registered", "headquartered", "flagged"})
# Places that tell whose national or body a listed name is, in what describes it.
DESCRIBING_KINDS = frozenset({"name", "demonym"})
# Places an apposition names as a listed body's home ("a Kazakh subsidiary", "a Bishkek lender").
HOME_KINDS = DESCRIBING_KINDS | {"capital"}


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
    always whom the act is against; so does a state the parser left outside the act's own phrase
    ("In a speech in Riyadh, Trump announces he will lift all US sanctions on Syria")."""
    out: list[str] = []
    outside: list[str] = []  # "In a speech in Riyadh, Trump announces he will lift ... on Syria"
    seats: list[str] = []
    for place in places_in(ps, scope, kinds):
        path = [a for a in place.span.root.ancestors if a is not trigger and trigger in a.ancestors]
        path = _outside_measure_clause(path)  # "lifted the sanctions it had imposed on Eritrea"
        if any(a.dep_ in skip | {"pcomp"} or _reporting(a) for a in path) or any(
            a.dep_ == "prep" and a.lower_ not in TARGET_PREPS
            for a in path + _beside(place, trigger)
        ):  # nor a reason: "designated for moving Iranian oil"
            continue
        if war_scene(place.span):
            continue  # precision (v26): "on the eve of the anniversary of the invasion of Ukraine"
        if "EU" in actors and place.code in EU_MEMBERS and not is_seat(place.span):
            continue  # a member named in an EU act blocked, backed or hosts it (a seat stays)
        if place.code not in actors and (
            place.code not in ("EU", "UN") or not set(actors) & lx.SANCTIONING_POWERS
        ):  # a bloc is no target of a sanctioning power's act, but of a countermeasure
            away = not trigger.is_ancestor(place.span.root)
            (seats if is_seat(place.span) else outside if away else out).append(place.code)
    return out + outside + seats


# Verbs by which a clause on a measure tells whom it was imposed on or eased for ("the sanctions
# he imposed on Turkey's ministries", "a licence that had eased sanctions on the Israeli magnate").
MEASURE_CLAUSE_VERBS = frozenset({"impose", "reimpose", "slap", "levy", "place", "ease", "lift"})
# Nouns of the measure such a clause hangs on.
# Not "measures" alone: "the trade measures it imposed on Australian exports" are no sanctions.
MEASURE_NOUNS = lx.CORE_SANCTION_NOUNS | lic.LICENCE_WORDS


def _outside_measure_clause(path: list[Token]) -> list[Token]:
    """The heads of a place below a relative clause that imposed or eased the very measure the act
    moves ("lifted the arms embargo it had imposed on Eritrea"): that clause names whom the
    measure bears on, so only the heads from its verb up still count (the place keeps its own
    preposition, "on")."""
    for k, a in enumerate(path):
        if (
            a.dep_ in ("relcl", "acl")
            and a.lemma_.lower() in MEASURE_CLAUSE_VERBS
            and a.head.lemma_.lower() in MEASURE_NOUNS
        ):
            return path[:k] + path[k + 1 :]
    return path


def _reporting(tok: Token) -> bool:
    """ "..., the US embassy in Baghdad said": a place under a verb of saying tells who spoke,
    not whom the act bears on."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lx.ATTRIBUTION_VERBS


# Nouns of money a relief lets move ("transfer $6 billion in frozen Iranian funds").
FUND_NOUNS = frozenset({"fund", "funds", "revenue", "revenues", "money", "asset", "assets", "reserve",
                        "reserves", "proceeds", "earnings"})  # fmt: skip


def debt_owner(
    ps: ParsedSentence, trigger: Token, held: list[Token], actors: list[str]
) -> list[str]:
    """ "barring US banks from buying new bonds issued by the Venezuelan government": the state
    whose debt a ban bars dealings in is its target, though told in a "from" clause (which gives a
    reason elsewhere: "designated for moving Iranian oil")."""
    if not tightenings.debt_ban(trigger):
        return []
    ids = {t.i for t in held}
    debts = [t for t in held if tightenings.is_debt(t)]
    words = [w for d in debts for w in d.subtree if w.i in ids]
    return [p.code for p in places_in(ps, words) if p.code not in actors]


def funds_owner(
    ps: ParsedSentence, trigger: Token, kind: EventType, held: list[Token], actors: list[str]
) -> list[str]:
    """ "a waiver allowing banks to transfer $6 billion in frozen Iranian funds from South Korea
    to accounts in Qatar": whose money a relief (an easing: ``kind``) lets move is its target, not
    the states it is held in or moved to; the money may hang on the act ("signed a waiver on
    Thursday allowing $2 billion that Iraq owes Iran to be moved")."""
    if kind is not EventType.SANCTIONS_EASED:
        return []
    scope = held + lic.allowed(trigger)
    ids = {t.i for t in scope}
    for place in places_in(ps, scope, frozenset({"name", "demonym"})):
        root = place.span.root
        head = root.head
        while head.dep_ == "compound" and head.head is not head:  # "Iranian oil revenue"
            head = head.head
        owns = root.dep_ in ("amod", "compound", "poss") and head.lower_ in FUND_NOUNS
        if owns and head.i in ids and place.code not in actors:
            return [place.code]
        if _owed(root) and root.i in ids and place.code not in actors:
            return [place.code]
    return []


def _owed(tok: Token) -> bool:
    """ "$2.7 billion that Iraq owes Iran": the creditor of money a relief lets move owns it."""
    verb = tok.head
    return (
        tok.dep_ in ("dobj", "dative")
        and verb.lemma_.lower() == "owe"
        and verb.dep_ in ("relcl", "acl")
        and (verb.head.lemma_.lower() in lic.MONEY_WORDS or verb.head.ent_type_ == "MONEY")
    )


# How many heads a nationality or place climbs to the group of bodies it describes.
GROUP_REACH = 4


def served(ps: ParsedSentence, scope: list[Token], actors: list[str]) -> list[str]:
    """ "several Chinese and Emirati firms accused of helping Moscow evade restrictions", "three
    companies in Hong Kong and the Emirates that carried Iranian crude": a group of bodies of
    several countries, listed for what they did for another state, bears on that state, the one
    the clause describing them names (not on the first of their own countries)."""
    groups: dict[int, set[str]] = {}
    heads: dict[int, list[Token]] = {}  # the group and its places: where its clause may hang
    for place in places_in(ps, scope, DESCRIBING_KINDS):
        group = _group_of(place.span.root)
        if group is not None:
            groups.setdefault(group.i, set()).add(sovereign(place.code))
            heads.setdefault(group.i, [group]).append(place.span.root)
    for i, codes in groups.items():
        if len(codes) < 2:
            continue  # "Chinese suppliers": their own country, a target of its own
        clauses = [c for h in heads[i] for c in h.children if c.dep_ in ("relcl", "acl")]
        words = [t for c in clauses for t in c.subtree]
        kinds = DESCRIBING_KINDS | {"capital"}
        served = [p.code for p in places_in(ps, words, kinds) if sovereign(p.code) not in codes]
        served = [c for c in served if c not in actors]
        if served:
            return served[:1]
    return []


def _group_of(tok: Token) -> Token | None:
    """The plural common noun a nationality or a place of seat describes ("Chinese and Emirati
    firms", "companies in China and Uzbekistan"), if any."""
    for _ in range(GROUP_REACH):
        if tok.dep_ in ("amod", "compound", "conj") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in":
            tok = tok.head.head
        else:
            break
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
            return tok
    return None


def _beside(place: Place, trigger: Token) -> list[Token]:
    """The heads of a place outside the trigger's clause (the lapsed licence of "the relief,
    granted after an agreement signed in Barbados, was allowed to lapse"), up to the word they
    share with the trigger."""
    if trigger.is_ancestor(place.span.root):
        return []
    out: list[Token] = []
    for a in place.span.root.ancestors:
        if a.i == trigger.i or a.is_ancestor(trigger):
            break
        out.append(a)
    return out


def apposed(ps: ParsedSentence, scope: list[Token], actors: list[str]) -> list[str]:
    """ "Keremet Bank, a small Bishkek lender", "Bereke Bank, the former Kazakh subsidiary of
    Russia's Sberbank": the state (or capital) an apposition's own modifier names as a listed
    body's home; it comes before a parent's country named deeper in the apposition."""
    for tok in scope:
        if tok.dep_ != "appos" or tok.lemma_.lower() not in LISTABLE_NOUNS:
            continue
        mods = [t for c in tok.children if c.dep_ in ("amod", "compound") for t in c.subtree]
        codes = [p.code for p in places_in(ps, mods, HOME_KINDS) if p.code not in actors]
        if codes:
            return [sovereign(codes[0])]
    return []


# Words for Europeans as such and the EU's own bodies ("ten European individuals", "members of the
# European Parliament", "MEPs").
EUROPEANS = frozenset({"european", "europeans", "mep", "meps"})


def european(scope: list[Token], actors: list[str]) -> list[str]:
    """ "China responded by sanctioning ten European individuals, including five members of the
    European Parliament": a countermeasure (by a state that is no sanctioning power) against
    Europeans as such bears on the bloc."""
    if not actors or any(a in lx.SANCTIONING_POWERS for a in actors):
        return []  # no doer named: not known to be a countermeasure
    return ["EU"] if any(t.lower_ in EUROPEANS for t in scope) else []


def is_seat(span: Span, words: frozenset[str] = SEAT_WORDS) -> bool:
    """ "Singapore-registered", "Hong Kong-based": a place named as where a body sits (the
    participles ``words`` after a hyphen)."""
    doc, end = span.doc, span.end  # two tokens read by index: no span made for them
    return end + 2 <= len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in words


def described(
    ps: ParsedSentence, trigger: Token, scope: list[Token], actors: list[str]
) -> list[str]:
    """States named in what describes a listed name ("Karina Rotenberg, the wife of the Russian
    billionaire", "Hassan Chokr, a Lebanese money changer"): whose national or body it is, when
    the act names no state of its own. Not a city or a seat ("Phnom Penh-based Mekong Pay", one
    of a network's go-betweens)."""
    states = named(ps, trigger, scope, actors, who.OTHER_CLAUSE_DEPS - {"appos"}, DESCRIBING_KINDS)
    seats = {p.code for p in places_in(ps, scope, DESCRIBING_KINDS) if is_seat(p.span)}
    return [s for s in states if s not in seats]


def seats(scope: list[Token], actors: list[str]) -> list[str]:
    """The country of a city a listed body is based or registered in ("a Dubai-registered tanker
    operator", "the Shenzhen-based chip maker"): its target when no state is named."""
    table = city_table()
    out: list[str] = []
    for tok in scope:
        if is_seat(tok.doc[tok.i : tok.i + 1]):
            code = table.get((tok.text,))
            if code is not None and code not in actors:
                out.append(code)
    return out


# Dependencies by which a body owns a measure rather than acts ("the EU's package", "EU sanctions").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def doer_before(ps: ParsedSentence, trigger: Token) -> list[str]:
    """Sanctioning bodies named just before a verb that has no subject of its own, with no verb
    between ("Nicaragua freed them, and the US Treasury on the same day removed two officials",
    "Niger frees pilot as Treasury lifts sanctions", "..., the UN, the European Union and the
    United States lift their sanctions"): the parser took them for something else, and the act
    climbed to another clause's subject."""
    if lic.is_nominal(trigger) or trigger.pos_ != "VERB" or own_subject(trigger) is not None:
        return []
    if trigger.tag_ == "VB":  # "gave the Treasury power to freeze ...": a power, not a doer
        return []
    bodies = [
        p
        for p in ps.places
        if p.span.end <= trigger.i
        and p.code in lx.SANCTIONING_POWERS
        and (p.kind == "institution" or p.code in ("EU", "UN"))
        and not _owner(p.span.root)  # "adopted the EU's package, adding 69 names"
    ]
    if not bodies:
        return []
    last = max(bodies, key=lambda p: p.span.end)
    between = ps.doc[last.span.end : trigger.i]
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in between):
        return []
    root = last.span.root  # and its conjuncts: "the UN, the European Union and the United States"
    listed = {root, *root.conjuncts}
    return [p.code for p in ps.places if p.span.root in listed and p.code in lx.SANCTIONING_POWERS]


def _owner(tok: Token) -> bool:
    """A body named as the owner of a measure ("the EU's package", "EU sanctions"), not as a doer
    (the parser's "Treasury" compound of the verb in "as Treasury lifts sanctions")."""
    return tok.dep_ in OWNER_DEPS and tok.head.pos_ in ("NOUN", "PROPN")


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


# Dependencies by which a nominal act names its doer ("Turkey's sanctions", "Chinese sanctions").
DOER_DEPS = frozenset({"poss", "amod", "compound"})
# How many heads above an act the verb whose subject does it may sit ("responded by lifting").
DOER_REACH = 3
# Dependencies of a verb phrase on the way up to such a verb.
MEANS_DEPS = frozenset({"pcomp", "prep", "xcomp", "advcl"})


def orient(mentions: list[Mention]) -> None:
    """Turn round the sanctions acts that read as a state under sanctions acting against a
    sanctioning power, when no sentence of the article makes that state the doer of such an act
    (the subject of the act or of the verb that announces it, the owner of a nominal act): "The
    order ends the Burmese sanctions regulations administered by the Treasury" is no act of
    Myanmar's; in an article where "Beijing imposed sanctions on six US firms", China's acts on
    the United States stand (in place)."""
    reversed_ = [
        m
        for m in mentions
        if m.type is not EventType.RELEASE
        and m.actor is not None
        and m.actor not in lx.SANCTIONING_POWERS
        and m.target in lx.SANCTIONING_POWERS
    ]
    doers = {m.actor for m in reversed_ if m.actor and _doer(m.sent, m.trigger, m.actor)}
    for m in reversed_:
        if m.actor not in doers:
            m.actor, m.target = m.target, m.actor


def _doer(ps: ParsedSentence, trigger: Token, code: str) -> bool:
    """Whether the state ``code`` is named as who does an act: in the subject of its verb (or of
    the verb a nominal act hangs on), in its agent, or as its owner."""
    words: set[int] = set()
    governor = who.governing_verb(trigger) if lic.is_nominal(trigger) else trigger
    for verb in (governor, trigger, _by_means(trigger)):
        subj = subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and _moved_onto_list(verb):
            continue  # a headline's passive: "Cuba removed from US list of state sponsors"
        words |= {t.i for t in subj.subtree} if subj is not None else set()
    for child in trigger.children:
        if child.dep_ in DOER_DEPS or child.dep_ == "agent" or child.lower_ == "by":
            words |= {t.i for t in child.subtree}
    return any(p.code == code and p.span.root.i in words for p in ps.places)


# Verbs that move a name on or off a list, and the nouns for the list.
LIST_MOVES = frozenset({"remove", "take", "drop", "add", "put", "place", "return"})
LIST_NOUNS = frozenset({"list", "blacklist", "register", "registry"})


def _moved_onto_list(verb: Token | None) -> bool:
    """ "Cuba removed from US list", "Five Iranians added to EU blacklist": a verb that moves a
    name on or off a list with no object and no auxiliary is a headline's passive; its subject is
    the name moved, not the doer."""
    if verb is None or verb.lemma_.lower() not in LIST_MOVES:
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "off", "to", "on")
        and any(g.lemma_.lower() in LIST_NOUNS for g in c.children if g.dep_ == "pobj")
        for c in verb.children
    )


def _by_means(trigger: Token) -> Token | None:
    """The verb an act is the means of ("Ankara retaliated by ordering a freeze", "Turkey
    responded by lifting its own sanctions"): up through verb phrases only, not from inside a
    noun ("a businessman designated alongside it remains listed")."""
    tok = trigger
    for _ in range(DOER_REACH):
        if tok.dep_ not in MEANS_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and own_subject(tok) is not None:
            return tok
    return None
