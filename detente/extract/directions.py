"""Which way a sanctions verb or noun moves sanctions: (type, renewal) of an act, or None when the
word does not move sanctions (split out of :mod:`detente.extract.sanctions`, which calls
:func:`direction` on verbs and :func:`nominal` on nominalised acts)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import listings
from detente.extract import sanctioners as who
from detente.extract.mentions import subject_of
from detente.model import EventType

# Verbs that need a particle or an object of a given kind to be about sanctions.
PARTICLE_EASE = {"roll": "back", "scale": "back", "pare": "back", "take": "off"}
# Particles the parser often attaches as prepositions ("took Cuba off the list", "rolled over its
# sanctions"): they still make the phrasal verb.
PREP_PARTICLES = frozenset({"off", "over"})
LIST_VERBS = frozenset(
    {
        "designate",
        "blacklist",
        "sanction",
        "delist",
        "add",
        "remove",
        "target",
        "freeze",
        "unfreeze",
        "hit",
        "place",
        "put",
        "relist",
        "re-list",
        "restore",
        "reinstate",
    }
)
# Verbs that ban trade, and the trade they ban: an embargo ("banned imports of Russian gold",
# "prohibited exports of aircraft parts to Iran"), but only against a named foreign state or
# company or by a sanctioning power (see _plain_measure).
TRADE_BAN_VERBS = frozenset({"ban", "prohibit", "bar", "outlaw"})
TRADE_NOUNS = frozenset({"import", "export", "purchase", "sale", "shipment", "transfer", "trade"})
# Verbs that are sanctions acts whatever their object ("sanctioning a further 135 vessels").
SANCTION_VERBS = frozenset({"sanction", "blacklist"})
# Nouns of a ban, which a ban on trade or goods makes an embargo ("a ban on imports of gold").
BAN_NOUNS = frozenset({"ban", "prohibition"})
# Measure nouns that a "visa" modifier makes no sanction ("visa bans", "visa restrictions").
VISA_MEASURES = frozenset({"ban", "restriction", "sanction", "measure", "curb"})
# Modifiers that make such a measure a bar on entry only ("visa bans", "entry bans").
VISA_WORDS = frozenset({"visa", "visas", "entry"})
# Participles of easing that describe what a decision does ("a resolution exempting aid from").
EASING_PARTICIPLES = frozenset({"exempt", "lift", "ease", "suspend", "relax", "waive", "remove"})
# Verbs of answering another's act, which "with" a measure impose it ("followed with an asset freeze").
RESPONSE_VERBS = frozenset({"follow", "respond", "retaliate", "react", "answer", "reply"})
# Verbs that make listings public: with a listing noun as object, a listing act.
ANNOUNCE_VERBS = frozenset({"announce", "adopt", "unveil", "introduce", "publish"})


def _kept_on(verb: Token) -> bool:
    """ "has kept Huawei on its blacklist", "left the bank on the list": a listing that stands,
    not an act (unlike "kept sanctions in place", a renewal)."""
    return listings.verb_lemma(verb) in ("keep", "leave", "maintain") and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(t.lemma_.lower() in ("list", "blacklist") for t in c.subtree)
        for c in [*verb.children, *_object_children(verb)]
    )


def _object_children(verb: Token) -> list[Token]:
    """The words that hang on a verb's direct objects ("kept Rosatom | on the list", misparsed)."""
    return [t for d in verb.children if d.dep_ == "dobj" for t in d.children]


def direction(verb: Token, obj: list[Token]) -> tuple[EventType, bool] | None:
    """(type, renewal) of a sanctions verb, or None when the verb does not move sanctions."""
    lemma = listings.verb_lemma(verb)
    if lemma not in LIST_VERBS and lemma[2:] in LIST_VERBS and lemma != verb.lemma_.lower():
        lemma = lemma[2:]  # "re-designated", "re-sanctioned": listed again (renewal false)
    lemmas = {t.lemma_.lower() for t in obj}
    particles = {
        c.lower_
        for c in verb.children
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLE_EASE.values())
    } | {  # "rolled back" with "back" parsed as an adverb
        c.lower_
        for head in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in PREP_PARTICLES
    }
    has_core = (
        bool(lemmas & lx.CORE_SANCTION_NOUNS)
        or any(t.lower_ == "sanctions" for t in obj)
        or any(who.core_compound(t) for t in obj)
    )
    has_licence = bool(lemmas & lic.LICENCE_WORDS)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    licence_object = (
        any(c.lemma_.lower() in lic.LICENCE_WORDS for c in objects)
        or (verb.dep_ == "acl" and verb.head.lemma_.lower() in lic.LICENCE_WORDS)
        or any(  # "issued a licence suspending sanctions", parsed as a compound of "sanctions"
            t.lemma_.lower() in lic.LICENCE_WORDS and t.dep_ == "compound"
            for c in objects
            for t in c.subtree
        )
    )
    if _kept_on(verb) or _names_nominal_act(verb, lemma) or _visa_only(obj):
        return None
    if lemma in listings.RETURN_VERBS and listings.measure_subject(verb) is not None:
        return EventType.SANCTIONS_IMPOSED, False  # "UN sanctions came back into force"
    if lemma == "carve" and has_core and any(c.lower_ == "out" for c in verb.children):
        return EventType.SANCTIONS_EASED, False  # "carved out aid from the sanctions"
    if lemma in PARTICLE_EASE:
        if PARTICLE_EASE[lemma] in particles and (has_core or "list" in lemmas):
            return EventType.SANCTIONS_EASED, False
        if lemma == "roll" and "over" in particles and has_core:
            return EventType.SANCTIONS_IMPOSED, True
        return None
    if lemma == "list":  # "the Treasury listed the operator of the card system"
        return (EventType.SANCTIONS_IMPOSED, False) if listings.listing(obj, lemmas, verb) else None
    if lemma in TRADE_BAN_VERBS and lemmas & TRADE_NOUNS:  # "banned imports of Russian diamonds"
        return EventType.SANCTIONS_IMPOSED, False
    lapses = lemma in ("lapse", "expire") or (lemma == "run" and "out" in particles)
    if lapses and (
        has_licence or _subject_lemma(verb) & lic.LICENCE_WORDS or lic.licence_above(verb)
    ):
        return EventType.SANCTIONS_IMPOSED, False
    if lemma == "let" and lic.lets_lapse(verb):  # "let the licence lapse"
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in ("renew", "extend") and has_licence and lic.refused(verb):
        return EventType.SANCTIONS_IMPOSED, False  # not renewing a relief licence lets it lapse
    if lemma in ("revoke", "cancel", "rescind", "terminate") and has_licence:
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in lx.LICENCE_GRANT_VERBS and (licence_object or (has_licence and not has_core)):
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.DELIST_VERBS and lemmas & lx.LISTING_NOUNS and not has_licence:
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.EASE_VERBS and lemma not in ("issue", "grant", "take", "allow", "release"):
        if has_core or (
            lemma in ("delist", "remove", "unfreeze") and listings.listing(obj, lemmas)
        ):
            return EventType.SANCTIONS_EASED, False
        if lemma in ("lift", "ease", "suspend", "relax", "loosen", "remove", "drop") and (
            lemmas & {"restriction", "ban", "measure", "embargo", "freeze"}
        ):
            return EventType.SANCTIONS_EASED, False
        return None
    if lemma in lx.CORE_COMPOUNDS and who.core_compound(
        verb
    ):  # "asset freezes" misparsed as a clause
        return _misparsed_measure(verb)
    if lemma in RESPONSE_VERBS and _answered_with_measure(verb):
        return EventType.SANCTIONS_IMPOSED, False  # "Britain followed with an asset freeze on X"
    if lemma in lx.IMPOSE_VERBS:
        if lemma in ("lapse", "expire", "revoke"):
            return None
        if _trade_ban(obj):  # "adopted a ban on imports of gold", "bans on Russian gold"
            return EventType.SANCTIONS_IMPOSED, lemma in lx.RENEWAL_VERBS
        renewal = lemma in lx.RENEWAL_VERBS
        listed = lemma in LIST_VERBS and listings.listing(obj, lemmas, verb)
        announced = lemma in ANNOUNCE_VERBS and any(
            c.lemma_.lower() in lx.LISTING_NOUNS for c in objects
        )  # "announced its own listings of ...", "unveiled new designations"
        if has_core or listed or announced or (lemma in SANCTION_VERBS and objects):
            lapse = lemma in lx.LAPSE_VERBS
            return EventType.SANCTIONS_IMPOSED, renewal and not lapse
        if lemma in ("impose", "extend", "renew", "reimpose", "tighten", "expand") and (
            lemmas & {"restriction", "ban", "measure", "embargo", "freeze"}
        ):
            return EventType.SANCTIONS_IMPOSED, renewal
    return None


def _visa_only(obj: list[Token]) -> bool:
    """ "imposed visa bans on officials": visa bans and visa restrictions alone are no sanctions
    (docs/annotation.md), unless the object also names another measure ("asset freezes and visa
    bans")."""
    measures = [t for t in obj if t.lemma_.lower() in VISA_MEASURES]
    return (
        bool(measures)
        and all(any(c.lower_ in VISA_WORDS for c in t.children) for t in measures)
        and not {t.lemma_.lower() for t in obj} & {"asset", "freeze", "embargo", "list"}
    )


def _measure_noun(tok: Token) -> bool:
    """A noun that names a sanction: "sanctions", an embargo, an asset freeze, a ban on trade."""
    return (
        tok.lemma_.lower() in lx.CORE_SANCTION_NOUNS
        or tok.lower_ == "sanctions"
        or who.core_compound(tok)
        or _trade_ban([tok])
    )


def _trade_ban(obj: list[Token]) -> bool:
    """A ban on trade or on goods of a sector ("a ban on imports of gold", "bans on Russian
    diamonds", "an oil embargo"): an embargo, though not named one."""
    return any(
        t.lemma_.lower() in BAN_NOUNS
        and any(
            d.lemma_.lower() in TRADE_NOUNS or d.lower_ in lx.SECTOR_WORDS
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("on", "of")
            for d in c.subtree
        )
        for t in obj
    )


def _answered_with_measure(verb: Token) -> bool:
    """ "Britain followed with an asset freeze on X", "Ottawa responded with sanctions": a verb of
    answering whose "with" phrase is a sanctions measure."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(p.dep_ == "pobj" and _measure_noun(p) for p in c.children)
        for c in verb.children
    )


def _names_nominal_act(verb: Token, lemma: str) -> bool:
    """ "announced the lifting of sanctions", "approved an extension of the embargo", "adopted a
    resolution exempting aid from the sanctions": a verb of making public whose object is an act
    named by a noun or by a participle of easing; that act says which way sanctions move."""
    if lemma not in ANNOUNCE_VERBS | {"approve", "agree", "confirm", "order", "decide"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(nominal(c) is not None for c in objects) or any(
        a.dep_ in ("acl", "relcl") and a.lemma_.lower() in EASING_PARTICIPLES
        for c in objects
        for a in c.children
    )


def _misparsed_measure(verb: Token) -> tuple[EventType, bool]:
    """A measure noun parsed as a clause ("extended its asset freezes", "lifted travel bans") is moved
    the way its governing verb moves it: renewed, eased, or else imposed."""
    head = verb.head.lemma_.lower() if verb.dep_ in ("ccomp", "xcomp", "dobj", "advcl") else ""
    if head in lx.RENEWAL_VERBS:
        return EventType.SANCTIONS_IMPOSED, True
    if head in lx.EASE_VERBS - lx.LICENCE_GRANT_VERBS:
        return EventType.SANCTIONS_EASED, False
    return EventType.SANCTIONS_IMPOSED, False


def _subject_lemma(verb: Token) -> set[str]:
    subj = subject_of(verb)
    return {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()


def nominal(tok: Token) -> tuple[EventType, bool] | None:
    """(type, renewal) of a nominalised act: "the lifting of sanctions", "sanctions relief"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN",) or tok.dep_ in ("compound",):
        return None
    words = {t.lemma_.lower() for t in tok.subtree} | {tok.head.lemma_.lower()}
    if not words & (lx.CORE_SANCTION_NOUNS | {"restriction", "ban", "measure"}):
        return None
    if lemma in lx.EASE_NOUNS:
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.RENEWAL_NOUNS:
        return EventType.SANCTIONS_IMPOSED, True
    if lemma in lx.IMPOSE_NOUNS:
        return EventType.SANCTIONS_IMPOSED, False
    return None
