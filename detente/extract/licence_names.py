"""Whom a relief licence lets people deal with (session 24, area "entities").

A licence that authorises dealings with a named listed body eases the sanctions on that body: the
body is in `entities` (docs/annotation.md, session 19), and a revoked or lapsed licence's bodies are
the entities of the act that restores the sanctions (session 24). The parser hangs such a body
inside a clause on the licence ("issued a licence allowing US firms to deal with the paint maker
X", "a licence authorising transactions with Y", "the authorisation for transactions involving
Z"), where the rules of an act's object side do not read names. Not the licence's holder (session
15: "a licence letting Chevron pump oil" names no entity). A *wind-down* licence names the bodies
it lets dealings end with too, whatever the dealing (session 25, replacing session 19's "no
entities": "a licence letting firms wind down their dealings with Grodno Azot" → Grodno Azot).

A sentence with no act that tells a licence again by what it allows ("A second licence allows
dealings with X", "General License 25 allows dealings with X and Y", "The licence covers X") is a
roster (:mod:`detente.extract.rosters`): its names are those of the act told just before.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from detente.extract import roster_names
from detente.extract.destinations import city_table
from detente.extract.gazetteer import Gazetteer
from detente.extract.licences import LICENCE_WORDS, PERMIT_VERBS, licence_of
from detente.extract.listed import ENTITY_LABELS, INSTITUTION_ORGS
from detente.extract.mentions import ParsedSentence, own_subject
from detente.extract.roster_names import propn_run

# Nouns of the dealings a licence allows, whose "with" names the body dealt with ("dealings with
# X", "transactions with X", "do business with X", "deal with X").
DEAL_WORDS = frozenset({"deal", "dealing", "transaction", "business"})
# Words that make a clause one of a licence: the licence itself or what it does.
LICENSING_WORDS = LICENCE_WORDS | PERMIT_VERBS | {"license", "licence", "authorize", "authorise"}
# Verbs by which a licence told again says what it allows ("The licence covers X").
TOLD_VERBS = PERMIT_VERBS | {"authorise", "authorize"}
# Clauses on a body dealt with that tell about it, not name another body.
ASIDE_DEPS = frozenset({"relcl", "acl", "advcl"})
# Company-form words that are no name by themselves ("Petróleos de Venezuela, S.A.").
COMPANY_FORMS = frozenset(
    {"s.a.", "sa", "ltd", "ltd.", "llc", "inc", "inc.", "co", "co.", "gmbh", "pjsc", "jsc", "ojsc",
     "sarl", "plc", "ag", "s.a", "corp", "corp."}
)  # fmt: skip
# Labels of proper nouns that name no body dealt with.
NOT_BODY_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "MONEY", "LAW"})
# Labels the tagger gives some bodies' names ("dealings with Minerven"): read unless a place.
PLACE_LABELS = frozenset({"GPE", "LOC"})


def _licensed(tok: Token) -> bool:
    """Whether a word sits in a clause of a licence: one of its heads is a licence or a verb of
    permitting ("a licence allowing US firms to deal with X", "authorised dealings with X")."""
    return any(a.lemma_.lower() in LICENSING_WORDS for a in [tok, *tok.ancestors])


def partner_words(words: Iterable[Token]) -> list[Token]:
    """The words naming the bodies a licence lets people deal with, among ``words``: the object
    of "with" after a word of dealing, of "involving" on one, or of "covering" on a licence;
    whatever the dealing, winding down included (session 25)."""
    return [t for obj, cover in _partners(words) for t in _own_words(obj, cover)]


def partners(words: Iterable[Token]) -> list[Token]:
    """The head words of the bodies a licence lets people deal with ("wind-down of transactions
    with the two companies": "companies"), for a group told again."""
    return [obj for obj, _ in _partners(words)]


def _partners(words: Iterable[Token]) -> list[tuple[Token, bool]]:
    out: list[tuple[Token, bool]] = []
    for tok in words:
        lemma = tok.lemma_.lower()
        head = tok.head.lemma_.lower()
        if tok.lower_ == "with" and tok.dep_ == "prep" and _dealing(tok.head):
            objects = [c for c in tok.children if c.dep_ == "pobj"]
        elif lemma == "involve" and tok.dep_ == "acl" and head in DEAL_WORDS:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
        elif lemma == "cover" and head in LICENCE_WORDS and tok.dep_ in ("acl", "relcl"):
            objects = [c for c in tok.children if c.dep_ == "dobj"]
        else:
            continue
        if not _licensed(tok):
            continue
        out += [(o, lemma == "cover") for o in objects]
    return out


def _dealing(head: Token) -> bool:
    """Whether a "with" hangs on dealings: a word of dealing, or a verb whose object is one
    ("authorising wind-down transactions with X", the parser's attachment to the verb)."""
    return head.lemma_.lower() in DEAL_WORDS or (
        head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_WORDS for c in head.children)
    )


def _own_words(obj: Token, covered: bool) -> list[Token]:
    """The words of a body dealt with, less what a clause on it tells ("transactions involving
    Gazprombank that are needed to import Sakhalin-2 oil") and, for what a licence covers, what
    a preposition adds: examples of a group of its holders ("covering contractors such as SLB
    and Halliburton"), the goods of a service ("covering services for Sakhalin-2 cargoes")."""
    aside = {
        t.i
        for d in obj.subtree
        if d is not obj
        and (d.dep_ in ASIDE_DEPS or (covered and d.dep_ == "prep" and d.lower_ != "of"))
        for t in d.subtree
    }
    return [t for t in obj.subtree if t.i not in aside]


def dealt_with(
    ps: ParsedSentence,
    trigger: Token,
    allowed: list[Token],
    gaz: Gazetteer,
    entities: list[str],
) -> list[str]:
    """The names of the bodies the licence of an act lets people deal with ("issued a licence
    allowing US firms to deal with X", "revoked the licence that had allowed Americans to deal
    with X"), among the act's words (``allowed``) and its licence's clause, less the names already
    read (``entities``) or a part of one."""
    dealt = partner_words(allowed + own_clause(trigger) + _second_object(trigger))
    return [n for n in names(ps, dealt, gaz) if not any(n in e or e in n for e in entities)]


def _second_object(trigger: Token) -> list[Token]:
    """ "issued a licence authorising transactions with X, and a second one allowing dealings
    with Y": a second object the parser joins to the verb as a noun of its own."""
    return [t for c in trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN" for t in c.subtree]


def names(ps: ParsedSentence, words: list[Token], gaz: Gazetteer) -> list[str]:
    """The names of bodies among some words: named entities of a listed body's kinds, then runs
    of proper nouns the tagger left unlabelled or mislabelled ("the fibreglass producer Polotsk
    Steklovolokno"); no place, no imposing body, no owner ("Venezuela's")."""
    ids = {t.i for t in words}
    out: list[str] = []
    taken: set[int] = set()
    for ent in ps.doc.ents:
        if ent.start not in ids or ent.label_ not in ENTITY_LABELS | PLACE_LABELS:
            continue
        if ent.label_ in PLACE_LABELS and _place(ent.text, gaz):
            continue  # "dealings with Syria": a place; "with Minerven", tagged a place: a body
        name = _name(ent.text)
        if _body(name, gaz):
            out.append(name)
        taken |= set(range(ent.start, ent.end))
    for tok in words:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ in NOT_BODY_LABELS:
            continue
        start, end = propn_run(tok, ids)
        run = ps.doc[start:end]
        taken |= set(range(start, end))
        last = run[-1]
        if last.dep_ == "poss" or (end < len(ps.doc) and ps.doc[end].tag_ == "POS"):
            continue  # "Venezuela's oil sector": an owner
        if any(t.ent_type_ in NOT_BODY_LABELS for t in run) or _place(run.text, gaz):
            continue
        name = _name(run.text)
        if _body(name, gaz) and not any(name in n or n in name for n in out):
            out.append(name)
    return out


def _place(text: str, gaz: Gazetteer) -> bool:
    name = _name(text)
    return name in gaz.places or tuple(name.replace("-", " - ").split()) in city_table()


def _name(text: str) -> str:
    words = text.removesuffix("'s").removesuffix("’s").split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else " ".join(words)


def _body(name: str, gaz: Gazetteer) -> bool:
    return (
        bool(name)
        and any(c.isupper() for c in name)
        and not all(w.lower() in COMPANY_FORMS for w in name.split())
        and name not in gaz.places
        and name not in INSTITUTION_ORGS
        and not any(w.lower() in LICENCE_WORDS for w in name.split())
    )


def told(verb: Token) -> bool:
    """ "A second licence allows dealings with X", "General License 25 allows dealings with X",
    "The licence covers X": a licence as the subject of a main verb of permitting, with the body
    it lets people deal with named (not negated: "does not cover X")."""
    if (
        not (verb.dep_ == "ROOT" or roster_names.said_after(verb))
        or verb.lemma_.lower() not in TOLD_VERBS
    ):
        return False
    subj = own_subject(verb)
    if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in LICENCE_WORDS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(t.pos_ == "PROPN" for t in told_words(verb))


def listed_in(
    ps: ParsedSentence, verb: Token, words: list[Token], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """The names and sectors a roster spells out (:func:`roster_names.listed_in`), or the names
    of the bodies a licence told again lets people deal with ("A second licence allows dealings
    with X")."""
    if told(verb):
        return names(ps, words, gaz), []
    return roster_names.listed_in(ps, verb, words, gaz)


def told_words(verb: Token) -> list[Token]:
    """The words of the bodies a licence told again lets people deal with: the "with" of its
    dealings, or what it covers."""
    if verb.lemma_.lower() == "cover":
        return [t for c in verb.children if c.dep_ == "dobj" for t in _own_words(c, True)]
    return partner_words(verb.subtree)


def own_clause(trigger: Token) -> list[Token]:
    """ "General License 44, issued on Wednesday, authorises transactions with X": the clause of
    the licence an act grants, when the licence is the subject of a verb of permitting."""
    revoked = licence_of(trigger)
    if revoked is not None:  # "revoked the licence that had allowed Americans to deal with X"
        return [
            t
            for c in trigger.children
            if c.dep_ == "ccomp" and c.i > revoked.i and any(m.dep_ == "mark" for m in c.children)
            for t in c.subtree
        ]
    licence = trigger.head if trigger.dep_ in ("acl", "relcl") else None
    if licence is None or licence.lemma_.lower() not in LICENCE_WORDS | {"license"}:
        return []
    verb = licence.head
    if licence.dep_ != "nsubj" or verb.lemma_.lower() not in TOLD_VERBS:
        return []
    own = {t.i for t in licence.subtree}
    return [t for t in verb.subtree if t.i not in own]
