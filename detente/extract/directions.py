"""Which way a sanctions verb or noun moves sanctions: (type, renewal) of an act, or None when the
word does not move sanctions (split out of :mod:`detente.extract.sanctions`, which calls
:func:`direction` on verbs and :func:`nominal` on nominalised acts)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import additions, dropped_names, listings, programmes, tightenings
from detente.extract import lexicon as lx
from detente.extract import licences as lic
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
# company or by a sanctioning power (see plain_measures).
TRADE_BAN_VERBS = frozenset({"ban", "prohibit", "bar", "outlaw"})
TRADE_NOUNS = frozenset(
    {"import", "export", "purchase", "sale", "shipment", "transfer", "trade", "dealing",
     "transaction"}
)  # fmt: skip
# Verbs that hand over a relief licence, beside lexicon.LICENCE_GRANT_VERBS ("handed Chevron a new
# authorisation", "published an amended general licence"): with a licence as object, an easing.
LICENCE_GIVE_VERBS = frozenset({"hand", "give", "publish", "reissue", "re-issue"})
# Verbs that take a relief licence back: the sanctions it waived return.
LICENCE_REVOKE_VERBS = frozenset(
    {"revoke", "cancel", "rescind", "terminate", "withdraw", "pull", "end"}
)  # sanctions: "ended the waivers that let X buy oil" (a licence as object, like withdraw/pull)
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
RESPONSE_VERBS = frozenset(
    {"follow", "respond", "retaliate", "react", "answer", "reply", "join"}
)  # "joined with similar listings"
# Verbs that make listings public: with a listing noun as object, a listing act.
ANNOUNCE_VERBS = frozenset({"announce", "adopt", "unveil", "introduce", "publish"})
# Verbs that list only by placing on a list ("put X on its blacklist", not "put X on a plane").
PLACING_VERBS = frozenset({"put", "place"})
PLACES_OF_LISTING = frozenset(
    {"list", "blacklist", "register", "sanction", "sanctions", "freeze", "asset", "embargo"}
)  # "placed seventy tankers under an asset freeze"
# Bodies whose ban by a foreign state's nationality is a sanction ("banned Belarusian carriers").
BANNED_BODIES = frozenset(
    {"airline", "carrier", "vessel", "ship", "tanker", "bank", "lender", "company", "firm",
     "operator", "insurer", "exporter", "importer", "refiner", "refinery", "shipper", "trader"}
)  # fmt: skip
# Adjectives that make measures a copy of an act told before ("Britain announced matching
# measures the same day"): another state's imposition of the same sanctions.
COPY_ADJECTIVES = frozenset(
    {"matching", "identical", "similar", "parallel", "equivalent", "mirror", "corresponding"}
)
COPY_NOUNS = frozenset({"measure", "step", "action", "restriction", "penalty"})
# Verbs of a purpose that widens a licence ("amended the licence to allow US banks to ...").
ALLOW_VERBS = frozenset({"allow", "permit", "authorise", "authorize", "let", "include"})


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


def _lemma(verb: Token) -> str:
    lemma = listings.verb_lemma(verb)
    if lemma not in LIST_VERBS and lemma[2:] in LIST_VERBS and lemma != verb.lemma_.lower():
        lemma = lemma[2:]  # "re-designated", "re-sanctioned": listed again (renewal false)
    return lemma


def may_move(verb: Token) -> bool:
    """Whether :func:`direction` can give the verb a direction at all: a cheap test of its lemma
    before its objects are gathered (every direction below is keyed by one of these lemmas)."""
    return _lemma(verb) in MOVING_LEMMAS


# A case against people, or a member's objection to a measure, not a measure: dropping or lifting
# it moves no sanctions ("dropped charges against seven Iranians accused of breaking sanctions";
# "Hungary and Slovakia lifted their objections", session 26: no event of theirs).
LEGAL_PROCESS = frozenset(
    {"charge", "case", "indictment", "prosecution", "lawsuit", "conviction", "accusation",
     "complaint", "request", "proceeding", "proceedings", "suit", "objection", "veto", "reservation"}
)  # fmt: skip


def direction(verb: Token, obj: list[Token]) -> tuple[EventType, bool] | None:
    """(type, renewal) of a sanctions verb, or None when the verb does not move sanctions."""
    lemma = _lemma(verb)
    if lemma not in MOVING_LEMMAS:
        return None
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
    if tightenings.imposition(verb, lemma):  # "lowered its price cap", "closed its airspace to"
        return EventType.SANCTIONS_IMPOSED, False
    if objects and all(c.lemma_.lower() in LEGAL_PROCESS for c in objects):
        return None  # "dropped charges against seven Iranians accused of breaking sanctions"
    if programmes.kept_emergency(lemma, objects):
        return EventType.SANCTIONS_IMPOSED, True  # "continued the national emergency on Iran"
    if lemma in listings.RETURN_VERBS and listings.measure_subject(verb) is not None:
        return EventType.SANCTIONS_IMPOSED, False  # "UN sanctions came back into force"
    if lemma == "carve" and has_core and any(c.lower_ == "out" for c in verb.children):
        return EventType.SANCTIONS_EASED, False  # "carved out aid from the sanctions"
    if dropped_names.drops_names(verb, lemma):  # "in the end three names were dropped"
        return EventType.SANCTIONS_EASED, False
    if lemma in PARTICLE_EASE:
        if PARTICLE_EASE[lemma] in particles and (has_core or "list" in lemmas):
            return EventType.SANCTIONS_EASED, False
        if lemma == "roll" and "over" in particles and has_core:
            return EventType.SANCTIONS_IMPOSED, True
        return None
    if lemma == "strike" and listings.struck_off(verb, particles):
        return EventType.SANCTIONS_EASED, False  # "struck Belavia from the sanctions list"
    if lemma == "list":  # "the Treasury listed the operator of the card system"
        return (EventType.SANCTIONS_IMPOSED, False) if listings.listing(obj, lemmas, verb) else None
    if lemma in TRADE_BAN_VERBS and lemmas & TRADE_NOUNS:  # "banned imports of Russian diamonds"
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in TRADE_BAN_VERBS and programmes.own_dealings(verb):
        return EventType.SANCTIONS_IMPOSED, False  # "barred Americans from dealing with PdVSA"
    if lemma in TRADE_BAN_VERBS and _foreign_bodies(  # "banned Belarusian carriers"
        [c for c in verb.children if c.dep_ == "dobj"]
    ):
        return EventType.SANCTIONS_IMPOSED, False
    lapses = lemma in ("lapse", "expire") or (lemma == "run" and "out" in particles)
    if lapses and (
        has_licence
        or _subject_lemma(verb) & lic.LICENCE_WORDS
        or lic.licence_above(verb)
        or lic.lapsed_licence(verb)  # sanctions: "the licence was allowed to expire"
    ):
        return EventType.SANCTIONS_IMPOSED, False
    if (lapses or lemma in ("let", "renew", "extend", "prolong")) and lic.regime_lapse(
        verb, lemma, lemmas
    ):  # "the arms embargo expired", "did not renew the embargo": the sanctions end
        return EventType.SANCTIONS_EASED, False
    if lemma == "let" and lic.lets_lapse(verb):  # "let the licence lapse"
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in ("renew", "extend") and has_licence and lic.refused(verb):
        return EventType.SANCTIONS_IMPOSED, False  # not renewing a relief licence lets it lapse
    if lemma in LICENCE_REVOKE_VERBS and (
        licence_object if lemma in ("withdraw", "pull", "end") else has_licence
    ):
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in lx.LICENCE_GRANT_VERBS and (licence_object or (has_licence and not has_core)):
        return EventType.SANCTIONS_EASED, False
    if lemma == "renew" and licence_object:  # "renewed the waiver that lets Iraq pay Iran"
        return EventType.SANCTIONS_EASED, False
    if lemma in LICENCE_GIVE_VERBS and licence_object:
        return EventType.SANCTIONS_EASED, False
    if lemma == "amend" and licence_object and _to_allow(verb):
        return EventType.SANCTIONS_EASED, False  # "amended the licence to allow US banks to"
    if lemma in lx.DELIST_VERBS and lemmas & lx.LISTING_NOUNS and not has_licence:
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.EASE_VERBS and lemma not in ("issue", "grant", "take", "allow", "release"):
        if has_core or (
            lemma in ("delist", "remove", "unfreeze")
            and listings.listing(obj, lemmas, verb if lemma == "delist" else None)
        ):
            return EventType.SANCTIONS_EASED, False
        if lemma in ("lift", "ease", "suspend", "relax", "loosen", "remove", "drop") and (
            lemmas & {"restriction", "ban", "measure", "embargo", "freeze", "list", "blacklist"}
        ):  # "suspending parts of the restricted list"
            return EventType.SANCTIONS_EASED, False
        return None
    if lemma in lx.CORE_COMPOUNDS and who.core_compound(
        verb
    ):  # "asset freezes" misparsed as a clause
        return _misparsed_measure(verb)
    if lemma in ANNOUNCE_VERBS | {"impose", "take"} and _copied_measures(objects):
        return EventType.SANCTIONS_IMPOSED, False  # "Canada announced matching measures"
    if lemma in RESPONSE_VERBS and _answered_with_measure(verb):
        return EventType.SANCTIONS_IMPOSED, False  # "Britain followed with an asset freeze on X"
    if lemma in lx.IMPOSE_VERBS:
        if lemma in ("lapse", "expire", "revoke"):
            return None
        if _trade_ban(obj):  # "adopted a ban on imports of gold", "bans on Russian gold"
            return EventType.SANCTIONS_IMPOSED, lemma in lx.RENEWAL_VERBS
        renewal = lemma in lx.RENEWAL_VERBS
        listed = (
            lemma in LIST_VERBS
            and (
                listings.listing(obj, lemmas, verb)
                or added_after_act(verb, objects)
                or additions.adds_listed(verb)  # "In March, the Council added nine judges"
            )
            and (lemma not in PLACING_VERBS or _placed_on_list(verb, lemmas))
        )  # "put X on its blacklist", not "put X on a plane"
        announced = lemma in ANNOUNCE_VERBS and any(
            c.lemma_.lower() in lx.LISTING_NOUNS for c in objects
        )  # "announced its own listings of ...", "unveiled new designations"
        told = objects or listings.told_in_passing(verb)  # or "X, sanctioned by Y in May"
        if has_core or listed or announced or (lemma in SANCTION_VERBS and told):
            lapse = lemma in lx.LAPSE_VERBS
            return EventType.SANCTIONS_IMPOSED, renewal and not lapse
        if lemma in ("impose", "extend", "renew", "prolong", "reimpose", "tighten", "expand") and (
            lemmas & {"restriction", "ban", "measure", "embargo", "freeze"}
        ):
            return EventType.SANCTIONS_IMPOSED, renewal
        if lemma in ("renew", "extend", "prolong") and any(
            c.lemma_.lower() in lx.LISTING_NOUNS for c in objects
        ):
            return EventType.SANCTIONS_IMPOSED, True  # "renewed the individual listings of X"
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


def _placed_on_list(verb: Token, lemmas: set[str]) -> bool:
    """ "put X on its blacklist", "placed tankers under an asset freeze": a list or a freeze where
    the verb places them (not "put X on a plane")."""
    where = {
        t.lemma_.lower()
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "onto", "under", "to")
        for t in c.subtree
    }
    return bool((lemmas | where) & PLACES_OF_LISTING)


def added_after_act(verb: Token, objects: list[Token]) -> bool:
    """ "renewed its Belarus measures in February and added two logistics firms in July": "add"
    joined to an act on sanctions measures, with people or companies as object, lists them."""
    head = verb.head
    if verb.dep_ != "conj" or listings.verb_lemma(verb) != "add":
        return False
    if listings.verb_lemma(head) in LIST_VERBS | {"list"}:  # "listed forty officials in 2017
        return any(additions.listed_more(o) for o in objects)  # and added fourteen more in May"
    return (
        head.lemma_.lower() in lx.IMPOSE_VERBS
        and any(
            c.dep_ == "dobj" and (_measure_noun(c) or c.lemma_.lower() in COPY_NOUNS)
            for c in head.children
        )
        and any(additions.listed_more(o) for o in objects)
    )


def _foreign_bodies(objects: list[Token]) -> bool:
    """ "banned Belarusian carriers from its airspace", "barred Russian vessels from its ports": a
    ban on the companies or vessels of a foreign state, told by a nationality adjective."""
    return any(
        o.lemma_.lower() in BANNED_BODIES
        and o.tag_ == "NNS"
        and any(
            c.dep_ == "amod" and (c.ent_type_ == "NORP" or (c.tag_ == "JJ" and c.text.istitle()))
            for c in o.children
        )  # "Malian carriers": a nationality, though the tagger may not label it
        for o in objects
    )


def _to_allow(verb: Token) -> bool:
    """ "amended the general licence covering Belaruskali to allow US banks to process payments":
    an amendment whose purpose widens what the licence allows (on the verb, or hung by the parser
    on a clause describing the licence); not "the licence that allows X", what it did before."""
    licences = {c.i for c in verb.children if c.lemma_.lower() in lic.LICENCE_WORDS}
    return any(
        t.lemma_.lower() in ALLOW_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and (t.head.i == verb.i or (t.head.dep_ == "relcl" and t.head.head.i in licences))
        for t in verb.subtree
    )


def _copied_measures(objects: list[Token]) -> bool:
    """ "matching measures", "identical sanctions", "similar steps": an object that copies the
    measures of an act told before."""
    return any(
        (o.lemma_.lower() in COPY_NOUNS or _measure_noun(o))
        and any(c.dep_ in ("amod", "compound") and c.lower_ in COPY_ADJECTIVES for c in o.children)
        for o in objects
    )


def _answered_with_measure(verb: Token) -> bool:
    """ "Britain followed with an asset freeze on X", "Ottawa responded with sanctions": a verb of
    answering whose "with" phrase is a sanctions measure, or measures or listings of its own or
    copying those told before ("followed with its own measures against X", "joined with similar
    listings")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(p.dep_ == "pobj" and (_measure_noun(p) or _own_measures(p)) for p in c.children)
        for c in verb.children
    )


def _own_measures(noun: Token) -> bool:
    """ "its own measures against X", "similar listings": measures or listings a state takes
    after another's, told by a word of copying, or by "own" with those they are aimed at."""
    if noun.lemma_.lower() not in COPY_NOUNS | lx.LISTING_NOUNS:
        return False
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    aimed = any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in noun.children)
    return bool(words & COPY_ADJECTIVES) or ("own" in words and aimed)  # not "its own measures
    # to shore up the pound"


def _names_nominal_act(verb: Token, lemma: str) -> bool:
    """ "announced the lifting of sanctions", "approved an extension of the embargo", "adopted a
    resolution exempting aid from the sanctions": a verb of making public whose object is an act
    named by a noun or by a participle of easing; that act says which way sanctions move."""
    if lemma not in ANNOUNCE_VERBS | {"approve", "agree", "confirm", "order", "decide"}:
        return False
    if verb.dep_ == "acl" and nominal(verb.head) is not None:
        return True  # "the easing of sanctions, announced by the Treasury": the noun's act
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
    """(type, renewal) of a nominalised act: "the lifting of sanctions", "sanctions relief", "the
    designation of Gazprombank"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN",) or tok.dep_ in ("compound",):
        return None
    if lemma in lx.LISTING_NOUNS and listings.lists_party(tok) and listings.dated_noun(tok):
        return EventType.SANCTIONS_IMPOSED, False
    if _off_a_list(tok) or dropped_names.removal_of_names(tok):
        return EventType.SANCTIONS_EASED, False  # "announced the removal of X from its list"
    if lemma in lx.RENEWAL_NOUNS and programmes.of_emergency(tok):
        return EventType.SANCTIONS_IMPOSED, True  # "the renewal of the national emergency"
    words = {t.lemma_.lower() for t in tok.subtree} | {tok.head.lemma_.lower()}
    if not words & (lx.CORE_SANCTION_NOUNS | {"restriction", "ban", "measure", "freeze"}):
        return None  # "the lifting of the asset freeze on the central bank"
    if lemma in lx.EASE_NOUNS:
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.RENEWAL_NOUNS:
        return EventType.SANCTIONS_IMPOSED, True
    if lemma in lx.IMPOSE_NOUNS:
        return EventType.SANCTIONS_IMPOSED, False
    return None


def _off_a_list(noun: Token) -> bool:
    """ "published the removal of Myanma Timber Enterprise from its sanctions list", "announced the
    removal of two commanders from the Global Magnitsky list": a removal of a name from a list,
    with "from the list" on the noun or, misparsed, on its verb."""
    if (
        noun.lemma_.lower() != "removal"
        or noun.dep_ == "attr"
        or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    ):
        return False  # not "the delisting had been the first removal of a shipping firm from"
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in ("list", "blacklist") for p in c.children)
        for h in heads
        for c in h.children
    )


# The lemmas each branch of :func:`direction` is keyed by.
MOVING_LEMMAS = frozenset(
    programmes.EMERGENCY_KEEP_VERBS
    | set(listings.RETURN_VERBS)
    | set(PARTICLE_EASE)
    | set(lx.CORE_COMPOUNDS)
    | TRADE_BAN_VERBS
    | LICENCE_REVOKE_VERBS
    | lx.LICENCE_GRANT_VERBS
    | LICENCE_GIVE_VERBS
    | lx.DELIST_VERBS
    | lx.EASE_VERBS
    | ANNOUNCE_VERBS
    | RESPONSE_VERBS
    | lx.IMPOSE_VERBS
    | tightenings.VERB_LEMMAS
    | {"carve", "list", "lapse", "expire", "run", "let", "renew", "extend", "amend", "take"}
    | {"strike"}
    | dropped_names.DROP_VERBS
    | set(dropped_names.PARTICLE_DROPS)
)
