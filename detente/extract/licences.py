"""Relief licences and waivers: which licence a verb of lapsing is about, what a licence allows.

A licence or waiver that suspends sanctions is an easing when granted; when it lapses, is revoked
or is not renewed, the sanctions it waived come back (``sanctions_imposed``, renewal false).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.extract import lexicon as lx
from detente.extract.dates import at_least_month
from detente.extract.mention_times import own_phrase_time
from detente.extract.mentions import Mention, ParsedSentence, own_subject, places_in, subject_of
from detente.model import EventType

# Nouns for a relief licence or waiver.
LICENCE_WORDS = frozenset(
    {"licence", "license", "waiver", "exemption", "relief", "authorization", "authorisation",
     "permit"}
)  # fmt: skip

# Verbs by which a licence permits dealings ("a waiver allowing banks to move funds").
PERMIT_VERBS = frozenset({"allow", "permit", "authorise", "authorize", "let", "enable", "cover"})

# How many words after a licensee the "to" of what it may do is looked for.
LICENSEE_REACH = 20

# Verbs that refuse what their complement says ("declined to renew the licence").
REFUSAL_VERBS = frozenset({"decline", "refuse", "fail", "reject"})

# How many heads above a verb of lapsing its licence may sit, misparsed ("the waiver that let
# refiners buy crude expired": "expired" hangs on "crude").
LICENCE_REACH = 5

# Verbs of lapsing (a licence that expires restores the sanctions it waived).
LAPSE_LEMMAS = frozenset({"lapse", "expire"})


def licence_above(verb: Token) -> Token | None:
    """The licence noun a verb sits in the clause of ("a licence, which expired last year", "the
    licence that let Chevron pump oil expired", misparsed under the licence)."""
    return next(
        (
            a
            for a in list(verb.ancestors)[:LICENCE_REACH]
            if a.lemma_.lower() in LICENCE_WORDS and a.pos_ == "NOUN"
        ),
        None,
    )


def lapses(verb: Token) -> bool:
    """Whether a verb tells a lapse ("expired", "lapsed", "ran out")."""
    lemma = verb.lemma_.lower()
    return not is_nominal(verb) and (
        lemma in LAPSE_LEMMAS or (lemma == "run" and any(c.lower_ == "out" for c in verb.children))
    )


def lapsed_licence(verb: Token) -> Token | None:
    """For a verb of lapsing ("expired", "lapsed", "ran out"), the licence that lapsed."""
    if not lapses(verb):
        return None
    subj = subject_of(verb) or _let_lapse(verb)
    if subj is not None and subj.lemma_.lower() in LICENCE_WORDS:
        return subj
    return licence_above(verb)


# Nouns of sanctions themselves, not of a relief from them: a regime of these that lapses ends
# (docs/annotation.md, session 18: "an arms embargo ... that ends because it is not renewed").
REGIME_NOUNS = lx.CORE_SANCTION_NOUNS | {"measure", "restriction", "regime", "listing", "freeze"}


def regime_lapse(verb: Token, lemma: str, objects: set[str]) -> bool:
    """ "the arms embargo on Uzbekistan expired", "let the UN sanctions on Mali lapse", "did not
    renew the arms embargo", "the Council did not extend the listings of X": sanctions that end
    because they are not renewed (an easing), unlike a relief licence that lapses. ``objects``:
    the lemmas of the verb's object side."""
    if lemma in ("renew", "extend", "prolong"):
        return bool(objects & REGIME_NOUNS) and not objects & LICENCE_WORDS and _not_yet(verb)
    if lemma == "let":
        words = {t.lemma_.lower() for c in verb.children if c.dep_ != "nsubj" for t in c.subtree}
        return bool(words & LAPSE_LEMMAS and words & REGIME_NOUNS) and not words & LICENCE_WORDS
    if not lapses(verb):
        return False
    subj = lapsed_regime(verb)
    words = {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()
    return subj is not None and not words & LICENCE_WORDS


def lapsed_regime(verb: Token) -> Token | None:
    """The sanctions noun a verb of lapsing tells the end of: its subject ("the embargo expired"),
    or what a state lets lapse ("allowed its sanctions on Zimbabwe to expire")."""
    if not lapses(verb):
        return None
    subj = own_subject(verb) or _let_lapse(verb)  # not "gives contracts until July to run out"
    if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PERMIT_VERBS:
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subj is None or subj.lemma_.lower() not in REGIME_NOUNS or not any(subj.children):
        return None  # not bare "sanctions expire": no regime of its own
    return subj


# Words that leave a refusal to renew pending or possible ("has not yet renewed", "might not").
PENDING_WORDS = frozenset({"yet", "still", "may", "might", "could", "should", "can"})


def _not_yet(verb: Token) -> bool:
    """A refusal to renew told as done ("did not renew", "decided not to extend"), not as pending
    ("has not yet renewed")."""
    return refused(verb) and not any(c.lower_ in PENDING_WORDS for c in verb.children)


def _let_lapse(verb: Token) -> Token | None:
    """ "the licence was allowed to expire", "the waiver was let lapse": the passive subject of the
    verb that lets a lapse happen is what lapsed."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in PERMIT_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def allowed(verb: Token) -> list[Token]:
    """What a licence granted by ``verb`` allows ("signed a waiver allowing banks to move the
    funds", "issued a licence permitting deals with PDVSA"): its sectors and companies, which the
    parser often hangs on the verb rather than on the licence."""
    if is_nominal(verb) or verb.lemma_.lower() not in lx.LICENCE_GRANT_VERBS:
        return []
    return [
        t
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PERMIT_VERBS
        for t in c.subtree
    ] + _done_under(verb)


def _done_under(verb: Token) -> list[Token]:
    """ "Chevron can resume pumping Venezuelan oil under a licence issued on Saturday": what is
    done under a licence is what it allows (the words of the clause, not its subject)."""
    licence, prep = verb.head, verb.head.head
    if verb.dep_ != "acl" or licence.dep_ != "pobj" or prep.lower_ != "under":
        return []
    clause = prep.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    return [
        t
        for c in clause.children
        if c.dep_ in ("dobj", "xcomp", "ccomp", "conj") and c.i != prep.i
        for t in c.subtree
    ]


def licensees(scope: list[Token]) -> tuple[set[int], list[Token]]:
    """Who a licence lets deal, and the deal ("the waivers that had allowed eight countries,
    among them China and India, to buy Iranian oil"): the licensees are not the target, which the
    deal names ("Iranian oil"), however the parser hangs the deal."""
    out: set[int] = set()
    deals: list[Token] = []
    for verb in scope:
        on_licence = verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in LICENCE_WORDS
        if on_licence and verb.lemma_.lower() in DEAL_VERBS:
            deals += _dealt_with(verb)  # "Iraq's waiver to pay Iran for electricity"
        if on_licence and verb.lemma_.lower() in PERMIT_VERBS:
            for c in verb.children:
                dealer = _dealer(c) if c.dep_ in ("ccomp", "xcomp") else set()
                out |= dealer  # "lets Iraq pay Iran for electricity": the deal names Iran
                deals += _dealt_with(c) if dealer else []
                to = _to_of(c) if c.dep_ == "dobj" and not money(c) else None
                if to is not None:
                    out |= set(range(c.left_edge.i, to.i))
                    deals += [t for t in to.head.subtree if t.i > to.i]
    return out, deals


# Verbs of what a licence lets its holder do with the target's goods or money.
DEAL_VERBS = frozenset({"pay", "buy", "purchase", "import"})
# Words of an amount of money: what a relief lets move is no licensee ("allowing $6 billion to
# be moved").
MONEY_WORDS = frozenset({"$", "dollar", "euro", "billion", "million", "fund", "revenue", "money"})


def money(obj: Token) -> bool:
    """Whether a licence's object is the money it lets move, not a licensee."""
    return obj.lemma_.lower() in MONEY_WORDS or obj.ent_type_ == "MONEY"


def parents(let_deal: set[int], doc: Doc, allowed: list[Token]) -> set[int]:
    """The words of an act where the bodies it bears on are looked for, when a licence lets
    others deal (``let_deal``, the licensees): not the licensees, but the owner a licensee names
    ("Lukoil's Bulgarian refinery at Burgas"): a licence for a listed company's asset or
    subsidiary abroad eases the sanctions on that company, so its country is the target
    (docs/annotation.md, session 23), not where the asset is."""
    owners = {i for i in let_deal if doc[i].dep_ == "poss" and doc[i].head.i in let_deal}
    return {t.i for t in allowed} - let_deal | owners


def dealt_in(ps: ParsedSentence, deal: list[Token], actors: list[str]) -> list[str]:
    """The state whose goods or firms a licence let others deal in ("that let India buy
    Venezuelan crude"), when the parser hangs the deal off the act."""
    kinds = frozenset({"name", "demonym"})
    return [p.code for p in places_in(ps, deal, kinds) if p.code not in actors]


def _dealt_with(clause: Token) -> list[Token]:
    """What a licensee may pay or buy, up to its head word ("pay Iran", "buy Iranian crude"; not
    where the money sits: "use $2 billion parked in Qatari banks")."""
    return [t for o in clause.children if o.dep_ == "dobj" for t in o.subtree if t.i <= o.i]


def _dealer(clause: Token) -> set[int]:
    """ "let eight countries buy": the subject of what they may do (not "allowed payments ...
    expired", misparsed)."""
    subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
    if subj is None or clause.lemma_.lower() in LAPSE_LEMMAS:
        return set()
    return {t.i for t in subj.subtree}


def _to_of(obj: Token) -> Token | None:
    """ "allowed five nations, among them Chile and Peru, to buy": the "to" of what the object may
    do; None when no "to" follows ("allowed payments to Iranian banks": the deal itself)."""
    return next(
        (
            t
            for t in obj.doc[obj.i : obj.i + LICENSEE_REACH]
            if t.tag_ == "TO"
            and t.dep_ == "aux"
            and t.head.lemma_.lower() not in LAPSE_LEMMAS | PERMIT_VERBS  # "allowed to expire"
        ),
        None,
    )


def lets_lapse(verb: Token) -> bool:
    """ "let its waiver for X lapse", however the parser hangs the licence and the lapse."""
    words = {
        t.lemma_.lower()
        for c in verb.children
        if c.dep_ not in ("nsubj", "aux", "punct", "advcl", "conj")
        for t in c.subtree
    }
    return bool(words & LICENCE_WORDS) and bool(words & LAPSE_LEMMAS)


def refused(verb: Token) -> bool:
    """ "would not renew", "declined to renew", "let … expire rather than extend": a verb negated or
    governed by a verb of refusal."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS


def lapse_noun(tok: Token) -> bool:
    """ "let a licence lapse": a verb of lapsing tagged as a noun, with a subject of its own."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in LAPSE_LEMMAS
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def is_nominal(tok: Token) -> bool:
    """Whether a trigger is a nominal act ("the lifting of sanctions") rather than a verb."""
    return tok.pos_ == "NOUN" and not lapse_noun(tok)


# --- document level: a licence told again ---
# Determiners that make a licence one already told of ("the licence", "this waiver").
DEFINITE = frozenset({"the", "this", "that"})


def licence_of(trigger: Token) -> Token | None:
    """The licence a sanctions act grants, renews, revokes or lets lapse, if it is about one."""
    if is_nominal(trigger):
        return None
    lapsed = lapsed_licence(trigger)
    if lapsed is not None:
        return lapsed
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in LICENCE_WORDS:
        return trigger.head  # "General License 44, issued in October"
    return next(
        (
            c
            for c in trigger.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in LICENCE_WORDS
        ),
        None,
    )


def _told_before(licence: Token) -> bool:
    """ "the licence", "the relief", "General License 44": a licence named or made definite, not
    "a new licence"."""
    return licence.pos_ == "PROPN" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in licence.children
    )


def share_fields(mentions: list[Mention]) -> None:
    """A licence told again with nothing of its own ("The relief had been granted in October",
    "General License 44, issued in October, expired") bears on what the licence told just before
    it bears on: its sectors, entities and target (in place)."""
    last: Mention | None = None
    for m in mentions:
        licence = None if m.type is EventType.RELEASE else licence_of(m.trigger)
        if licence is None:
            continue
        if last is not None and not (m.sectors or m.entities) and _told_before(licence):
            m.sectors, m.entities = list(last.sectors), list(last.entities)
            m.target = m.target or last.target
        if m.sectors or m.entities:
            last = m


# --- sanctions recall (session 20): a licence's grant or revocation told in passing, dated ---
# Verbs that revoke a licence (as object of a relative clause or participle on it).
REVOKE_VERBS = frozenset({"revoke", "cancel", "rescind", "withdraw", "terminate"})


def dated_grant_or_revocation(ps: ParsedSentence, verb: Token) -> EventType | None:
    """ "The licence, first granted in November 2022, had made Chevron ...", "a general licence the
    Treasury issued on May 23", "the licence that Trump revoked in February": a participle or
    relative clause on a licence that grants or revokes it, with a month or a day of its own, tells
    that past act (docs/annotation.md, session 19): an easing, or the return of sanctions. With
    no time of its own ("a licence issued to Chevron") it only describes the licence."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.LICENCE_GRANT_VERBS | REVOKE_VERBS or verb.pos_ != "VERB":
        return None
    if verb.head.lemma_.lower() not in LICENCE_WORDS or verb.dep_ not in ("acl", "relcl"):
        return None
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return None  # "a licence allowing ...": what it does
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ != "WDT" for c in verb.children):
        return None  # "the licence that granted Chevron access": not the licence granted
    if lemma == "extend":
        return None  # "a licence extending relief": what it does
    if not at_least_month(own_phrase_time(ps, verb)):
        return None
    return EventType.SANCTIONS_IMPOSED if lemma in REVOKE_VERBS else EventType.SANCTIONS_EASED
