"""Measures against a state told with no word of sanctions, which the guide counts as impositions
(docs/annotation.md, session 23): a price cap set, joined or lowered on a state's goods ("lowered
its price cap on Russian crude", "introduced the lower cap", "agreed to cap the price of Russian
seaborne crude"), and airspace or airports closed to a state's airlines ("closed its airspace to
Russian aircraft", "Belavia had been barred from EU airspace").

Both need the state they are aimed at in the phrase that tells them (a nationality, a named
carrier) or, for a cap, words that make it the sanctions cap (a price cap, "the lower cap", the G7
cap): "closed its airspace to all flights" after a crash and a cap on interest rates are no such
measure. A mutual closure ("both sides closed their airspace to each other's aircraft") names
neither state in its phrase: the sides are in other clauses, a known gap.

Measures on a state's finance told with no word of sanctions, like those of the guide's list
("SWIFT removals, debt/bond bans, an order to freeze assets"): banks removed, excluded or cut off
from SWIFT ("excluded seven Russian banks from the SWIFT messaging system"); dealings in a state's
debt barred ("barred trading in new Russian sovereign debt", "an order barring US banks from buying
bonds issued by the Venezuelan government"); a freeze ordered ("ordered a freeze on the assets of
two American ministers", "ordered their assets frozen") or a state's property frozen ("froze all
property of the Venezuelan government"). Each needs a named state or body in the words it bears on:
"barred lenders from buying government bonds" (a domestic rule) or "ordered a freeze on hiring"
is no such measure.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that set, join or lower a cap ("lowered its price cap", "joined the G7 cap").
CAP_VERBS = frozenset(
    {"lower", "cut", "reduce", "tighten", "introduce", "adopt", "announce", "agree", "set",
     "impose", "join", "align", "approve", "unveil"}
)  # fmt: skip
CAP_NOUNS = frozenset({"cap", "ceiling"})
# Words that make a cap the sanctions cap without a state named ("the lower cap", "the same $60
# cap", "the G7 cap").
CAP_MARKS = frozenset({"price", "lower", "lowered", "same", "new", "reduced", "g7", "g-7"})
# Words of a cap's origin or standing, no act ("the original cap", "the existing cap").
ORIGIN_MARKS = frozenset({"original", "first", "existing", "current", "initial"})
# What "cap" as a verb caps when it is a measure on a state's trade ("cap the price of Russian
# crude", "capped oil deliveries to the North").
CAPPED = frozenset(
    {"price", "import", "export", "delivery", "shipment", "sale", "purchase", "supply"}
)  # fmt: skip
# Goods a cap on trade bears on when no state is named beside them ("capped oil deliveries").
CAPPED_GOODS = frozenset({"oil", "crude", "petroleum", "fuel", "diesel", "gas", "coal"})
CLOSE_VERBS = frozenset({"close", "shut"})
BAN_VERBS = frozenset({"ban", "bar"})
# Where a state's airlines are kept out of.
SKIES = frozenset({"airspace", "airport", "sky", "skies"})
# What flies: the carriers a closure is aimed at.
CARRIERS = frozenset(
    {"airline", "carrier", "aircraft", "plane", "flight", "jet", "airliner", "operator"}
)  # fmt: skip
# Labels of a word that names a state or its people ("Russian", "Belarus's").
STATE_LABELS = frozenset({"NORP", "GPE"})
# Verbs that take banks out of the SWIFT network ("removed", "excluded", "cut ... off from").
SWIFT_VERBS = frozenset(
    {"remove", "exclude", "cut", "disconnect", "expel", "ban", "bar", "eject", "drop"}
)  # fmt: skip
# Verbs that bar dealings in a state's debt, and the debt they bar.
DEBT_BAN_VERBS = frozenset({"ban", "bar", "prohibit", "restrict", "block"})
# (Common nouns only: the "Security Council" is no security.)
DEBT_NOUNS = frozenset({"debt", "bond", "bonds", "securities"})
# Verbs that order a measure ("ordered a freeze on the assets of"), what is frozen.
ORDER_VERBS = frozenset({"order", "decree"})
FROZEN_THINGS = frozenset({"asset", "assets", "property", "fund", "funds", "holding", "holdings"})
VERB_LEMMAS = (
    CAP_VERBS | CLOSE_VERBS | BAN_VERBS | SWIFT_VERBS | DEBT_BAN_VERBS | ORDER_VERBS
    | {"cap", "freeze"}
)  # fmt: skip


def imposition(verb: Token, lemma: str) -> bool:
    """Whether a verb tells a price cap set or lowered, airspace closed, or a measure on a state's
    finance (SWIFT, its debt, a freeze ordered), against a state."""
    if lemma not in VERB_LEMMAS:
        return False
    if _swift_exclusion(verb, lemma) or _debt_ban(verb, lemma) or _freeze_ordered(verb, lemma):
        return True
    if lemma in CLOSE_VERBS:
        return _closed_to_carriers(verb)
    if lemma in BAN_VERBS:
        return _barred_from_skies(verb)
    if lemma == "cap":
        return _capped_trade(verb)
    return _cap_set(verb, lemma)


def _objects(verb: Token, deps: tuple[str, ...] = ("dobj",)) -> list[Token]:
    return [c for c in verb.children if c.dep_ in deps]


def _pobjs(verb: Token, prep: str, objects: tuple[str, ...] = ()) -> list[Token]:
    """The nouns of the verb's ``prep`` phrases, and of those the parser hung on its objects of
    the given dependencies ("closed its airspace | to Russian aircraft")."""
    heads = [verb, *_objects(verb, objects)] if objects else [verb]
    return [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == prep
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _joined(noun: Token) -> list[Token]:
    """A noun and the nouns joined to it ("its airspace and airports")."""
    return [noun, *(c for c in noun.subtree if c.dep_ == "conj" and c.head.i != noun.head.i)]


def _state_named(words: list[Token]) -> bool:
    """A nationality, a state or a named body among the words ("Russian", "Belarus's", "Aeroflot")."""
    return any(t.ent_type_ in STATE_LABELS | {"ORG"} for t in words)


def _carriers_of_a_state(noun: Token) -> bool:
    """ "Russian aircraft", "Belarusian carriers", "Aeroflot": what flies, of a named state, or a
    named carrier (not "all flights"; "each other's aircraft" names no state here)."""
    if noun.lemma_.lower() in CARRIERS:
        return _state_named(
            [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
        ) or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
    return noun.pos_ == "PROPN" and noun.ent_type_ not in ("DATE", "TIME")


def _closed_to_carriers(verb: Token) -> bool:
    """ "closed its airspace (and airports) to Russian aircraft", "closed it to Belarusian
    airlines": a closure of the skies aimed at a state's carriers."""
    closed = [t for o in _objects(verb) for t in _joined(o)]
    if not any(t.lemma_.lower() in SKIES or t.lower_ == "it" for t in closed):
        return False
    return any(_carriers_of_a_state(t) for p in _pobjs(verb, "to", ("dobj",)) for t in _joined(p))


def _barred_from_skies(verb: Token) -> bool:
    """ "barred Belavia from EU airspace", "Russian flights have been banned from EU airspace":
    a state's carriers kept out of the skies (a plural with a nationality and no "from" phrase
    is :mod:`detente.extract.directions`' ban on a state's bodies)."""
    if not any(t.lemma_.lower() in SKIES for p in _pobjs(verb, "from") for t in _joined(p)):
        return False
    barred = _objects(verb, ("dobj", "nsubjpass"))
    return any(_carriers_of_a_state(t) for b in barred for t in _joined(b))


def _swift_exclusion(verb: Token, lemma: str) -> bool:
    """ "excluded seven Russian banks from the SWIFT messaging system", "cuts thirteen banks off
    from SWIFT", "VTB was removed from SWIFT": named banks, or a state's, taken out of SWIFT."""
    if lemma not in SWIFT_VERBS:
        return False
    if not network_words(verb):
        return False
    taken = [t for b in _objects(verb, ("dobj", "nsubjpass")) for t in b.subtree]
    return _state_named(taken)


def network_words(verb: Token) -> set[int]:
    """The words of a "from SWIFT" phrase hung on a verb, its object or particle ("cut ... off
    from the SWIFT messaging system"): the network they are cut from, no listed body."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prt", "nsubjpass"))]
    for h in heads:
        for c in h.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(t.text == "SWIFT" for t in c.subtree)
            ):
                # up to the network's noun: what the parser hangs after it ("... system and
                # bans transactions with three lenders") is no part of the network's name
                end = max((g.i for g in c.children if g.dep_ == "pobj"), default=c.i)
                return set(range(c.i, end + 1))
    return set()


def _debt_words(verb: Token) -> list[Token]:
    """The words a ban bears on: everything the verb governs but its subject."""
    return [
        t
        for c in verb.children
        if c.dep_ not in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "punct", "cc", "conj")
        for t in c.subtree
    ]


def is_debt(tok: Token) -> bool:
    """ "debt", "bonds", "securities" (a common noun: not the "Security Council")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in DEBT_NOUNS or tok.lower_ in DEBT_NOUNS)


def debt_ban(verb: Token) -> bool:
    """Whether a verb bars dealings in a named state's debt (see :func:`_debt_ban`)."""
    return verb.pos_ in ("VERB", "AUX") and _debt_ban(verb, verb.lemma_.lower())


def _debt_ban(verb: Token, lemma: str) -> bool:
    """ "barred trading in new Russian sovereign debt", "banned the issuance of new Russian
    bonds", "barring US banks from buying bonds issued by the Venezuelan government", "restricting
    Venezuela's ability to sell public debt": dealings in a named state's debt barred."""
    if lemma not in DEBT_BAN_VERBS:
        return False
    words = _debt_words(verb)
    return any(is_debt(t) for t in words) and _state_named(words)


def _freeze_ordered(verb: Token, lemma: str) -> bool:
    """ "ordered a freeze on the assets of two American ministers", "ordered the assets of X
    frozen", "froze all property of the Venezuelan government": a freeze on a named state's or
    person's assets (not "ordered a freeze on hiring", "froze its own spending")."""
    if lemma == "freeze":  # the assets the verb freezes are read elsewhere; property here
        if verb.tag_ in ("VBP", "VBZ"):
            return False  # "they freeze any property of the two men": what listings do, no act
        owned = [o for o in _objects(verb) if o.lemma_.lower() in ("property", "holding")]
        return any(_state_named(_owners(o)) for o in owned)
    if lemma not in ORDER_VERBS:
        return False
    for obj in _objects(verb):
        if obj.lemma_.lower() == "freeze":  # "ordered a freeze on the assets of X"
            on = [t for p in _pobjs(obj, "on") for t in p.subtree]
            if any(t.lower_ in FROZEN_THINGS for t in on) and _state_named(on):
                return True
        if obj.lower_ in FROZEN_THINGS and any(  # "ordered the assets of X frozen"
            c.lower_ in ("frozen", "blocked") and c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")
            for c in verb.children
        ):
            return _state_named(list(obj.subtree))
    return False


def _owners(noun: Token) -> list[Token]:
    """Whose a thing is: its possessor, its modifiers and its "of" phrase ("all property of the
    Venezuelan government", "Venezuela's property", "all Venezuelan government property"), not
    where it is ("in the United States")."""
    mods = ("poss", "compound", "amod")
    return [t for c in noun.children if c.dep_ in mods for t in c.subtree] + [
        t for p in _pobjs(noun, "of") for t in p.subtree
    ]


def _cap_set(verb: Token, lemma: str) -> bool:
    """ "lowered its price cap on Russian crude", "introduced the lower cap", "announced the same
    $60 cap", "joined the Group of Seven cap": a cap set, joined or lowered."""
    caps = _objects(verb) + (_pobjs(verb, "with") if lemma in ("align", "join") else [])
    for cap in caps:
        if cap.lemma_.lower() not in CAP_NOUNS:
            continue
        if any(c.lower_ in ORIGIN_MARKS for c in cap.children):
            continue  # "agreed the original cap in 2022": the measure's origin (session 19)
        words = list(cap.subtree) + [t for p in _pobjs(verb, "on") for t in p.subtree]
        if _state_named(words) or any(t.lower_ in CAP_MARKS | {"seven"} for t in words):
            return True  # "the Group of Seven cap"
    return False


def _capped_trade(verb: Token) -> bool:
    """ "cap the price of Russian seaborne crude", "capped oil deliveries to the North": "cap" as
    a verb on a state's trade or on fuel."""
    for obj in _objects(verb):
        if obj.lemma_.lower() not in CAPPED:
            continue
        words = list(obj.subtree)
        if _state_named(words) or any(t.lemma_.lower() in CAPPED_GOODS for t in words):
            return True
    return False


# Links from a clause up to the act it elaborates ("adopted a package ..., agreeing to lower the
# cap", "imposed sanctions, closing its airspace to ...").
ELABORATING_DEPS = frozenset({"xcomp", "advcl", "pcomp", "prep", "conj", "ccomp"})


def within(verb: Token, acts: list[Token]) -> bool:
    """Whether a cap is told inside an act found before it in the sentence, as part
    of that act ("adopted an eighteenth package ..., agreeing to lower the price cap"): one
    package, one event (docs/annotation.md, session 20), whoever the clause between names."""
    lemma = verb.lemma_.lower()
    if not acts or lemma in CLOSE_VERBS | BAN_VERBS or not imposition(verb, lemma):
        return False  # a closure or ban in a package is found as before (and merges with it)
    found = {a.i for a in acts}
    tok = verb
    while tok.dep_ in ELABORATING_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in found:
            return True
    return False
