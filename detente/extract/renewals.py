"""Renewals of a sanctions regime or list told by its name: "the bloc last renewed the Venezuela
regime in November", "the bloc's own list, which was last renewed in October", "the listings of
the two banks, renewed in February", "measures the bloc rolled over in November".

A regime, a list or listings renewed, prolonged or rolled over is ``sanctions_imposed`` with
``renewal: true`` (docs/annotation.md). :mod:`detente.extract.directions` reads renewals whose
object names the measures ("renewed its sanctions", "extended the asset freezes"); this stage reads
those whose object names only the frame that holds them, and those told in a participle or a
relative clause. A renewal in a participle or relative clause describes the regime unless it has a
month or a day of its own ("the list, renewed every year", "a regime which was renewed"), as for
licences granted or revoked in passing (docs/annotation.md, sessions 19 and 20): with one it is a
past act of its own, a background event.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import sanctioners as who
from detente.extract.dates import at_least_month
from detente.extract.mention_times import OWN_TIME_PREPS, own_phrase_time
from detente.extract.mentions import ParsedSentence
from detente.extract.nonacts import HABITUAL
from detente.model import EventType

# Verbs that renew what they bear on; "roll" only with "over".
RENEW_LEMMAS = frozenset({"renew", "prolong", "extend", "roll"})
# Nouns for the frame that holds sanctions (a regime, a list, its listings).
FRAME_NOUNS = frozenset({"regime", "list", "blacklist"}) | lx.LISTING_NOUNS
# Nouns for the measures themselves: a renewal of them in passing is read here, one in a main clause
# by ``directions.direction``.
MEASURE_NOUNS = lx.CORE_SANCTION_NOUNS | frozenset({"measure", "freeze", "restriction"})
# Regimes that hold no sanctions ("extended the visa-free regime", "the ceasefire regime").
OTHER_REGIMES = frozenset(
    {"visa", "visa-free", "ceasefire", "truce", "customs", "tax", "tariff", "trade", "border",
     "quarantine", "martial", "emergency", "detention", "prison", "security", "free"}
)  # fmt: skip


def _renewing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in RENEW_LEMMAS:
        return False
    if lemma == "extend" and any(
        (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in verb.children
    ):
        return False  # "extended the list to ten more firms", "to cover": a widening
    return lemma != "roll" or any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def _object(verb: Token) -> Token | None:
    """What the verb renews: the noun a participle or relative clause hangs on, else its object or
    passive subject."""
    if verb.dep_ in ("acl", "relcl"):
        noun = verb.head
        above = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if above is not None and (_frame(above) or _measure(above)):
            return above  # "the listings of the two banks, renewed in February"
        return noun
    own = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if own is None and verb.tag_ == "VBN":  # "the listings of X, renewed in May, remain",
        own = next((c for c in verb.children if c.dep_ == "nsubj" and _frame(c)), None)  # misparsed
    if verb.dep_ == "conj" and (own is None or own.lower_ in ("it", "them")):
        return _shared(verb.head)  # "was created in 2022 and renewed last October"
    return own


def _shared(head: Token) -> Token | None:
    """The regime or measures a clause joined to ``head`` renews without naming them: those
    ``head`` bears on or tells of ("The regime covers 50 people, and the bloc extended it")."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (_frame(c) or _measure(c))
        ),
        None,
    )


def _frame(noun: Token) -> bool:
    """A regime, list or listing of sanctions (not a visa or ceasefire regime)."""
    if noun.lemma_.lower() not in FRAME_NOUNS:
        return False
    return not any(
        c.dep_ in ("compound", "amod") and c.lower_ in OTHER_REGIMES for c in noun.children
    )


def _measure(noun: Token) -> bool:
    return noun.lemma_.lower() in MEASURE_NOUNS or noun.lower_ == "sanctions"


def _in_passing(verb: Token) -> bool:
    """A participle ("the listings, renewed in February") or a relative clause whose relative word
    is what was renewed ("the list, which was last renewed", "which the cabinet extended")."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"  # not "measures extending the ban": what they do
    if verb.dep_ != "relcl":
        return False
    return not any(
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children
    )  # "the council, which renewed the embargo": the council is no renewed regime


def _habit(verb: Token) -> bool:
    """ "were rolled over annually", "renewed every year since": a renewal that recurs, in any
    tense, is no one act."""
    own = [
        t
        for c in verb.children
        if c.dep_ not in ("relcl", "ccomp", "advcl", "conj")
        for t in c.subtree
    ]
    return HABITUAL.search(" ".join(t.text for t in own)) is not None


def renewal(ps: ParsedSentence, verb: Token) -> bool:
    """Whether ``verb`` renews a sanctions regime or list (see the module docstring)."""
    if not _renewing(verb) or _habit(verb):
        return False
    noun = _object(verb)
    if noun is None:
        return False
    if verb.dep_ in ("acl", "relcl"):
        if not _in_passing(verb) or not (_frame(noun) or _measure(noun)):
            return False
        return at_least_month(own_phrase_time(ps, verb))  # a month or a day of its own
    if noun.head is not verb:  # joined to a clause on the regime ("and extended it")
        return _frame(noun) or _measure(noun)
    return _frame(noun)


def owners(ps: ParsedSentence, verb: Token) -> list[str]:
    """The power whose regime a renewal in passing, or in a clause joined to one on the regime,
    renews when the clause names no doer of its own ("The European Union's listings of two
    Belarusian banks, renewed in January": the EU, not Belarus; "the bloc's list, which was last
    renewed"; "The EU's Venezuela regime covers fifty people and was prolonged in January"): the
    owner of the renewed noun."""
    if not renewal(ps, verb):
        return []
    if any(c.dep_ in ("nsubj", "agent") and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return []  # "which the cabinet extended": its own doer
    noun = _object(verb)
    if noun is None or (verb.dep_ not in ("acl", "relcl") and noun.head is verb):
        return []  # a main clause's regime: its doer is found as any act's
    codes = who.owner(ps, [noun], FRAME_NOUNS | MEASURE_NOUNS)
    return [c for c in codes if c in lx.SANCTIONING_POWERS]


# --- a renewal told only as a noun (docs/annotation.md, session 25) ---
# Nouns of a renewal that name the act alone ("the rollover went through quietly").
ACT_NOUNS = frozenset({"renewal", "rollover", "roll-over"})
# Verbs that tell such a renewal as done when it is their subject ("went through", "came only
# after", "passed", "was agreed without debate").
DONE_VERBS = frozenset({"go", "come", "pass", "follow", "clear", "agree", "adopt", "approve"})
# Participles that tell a renewal noun as decided ("the rollover agreed in January").
PASSED = frozenset({"agree", "adopt", "approve", "pass"})
# Particles that keep such a verb one of passing ("went through", "went ahead"; not "came up").
DONE_PARTICLES = frozenset({"through", "ahead", "off"})


def noun_act(ps: ParsedSentence, noun: Token) -> tuple[EventType, bool] | None:
    """(type, renewal) of a renewal told only as a noun (:func:`told_as_done`), else None."""
    return (EventType.SANCTIONS_IMPOSED, True) if told_as_done(ps, noun) else None


def told_as_done(ps: ParsedSentence, noun: Token) -> bool:
    """ "The renewal on January 27 came only after Hungary ...", "The previous rollover, in
    September, went through", "Last July the rollover went through quietly": a renewal told only as
    a noun is an act when the text tells it happened (session 25): the subject of a verb of its
    passing, with a month or a day of its own (a past act told in passing, sessions 19 and 22;
    without one, "the renewal" may be a licence's told again). Not a renewal of something else
    ("the renewal of her visa", "a visa renewal"), one to come or fought over ("threatened to block
    the renewal"), nor the habit ("the six-monthly rollovers")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ACT_NOUNS or noun.tag_ == "NNS":
        return False
    if any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.lower_ in OTHER_REGIMES | {"visa"}
        for c in noun.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "the renewal of the measures" is read by ``directions.nominal``
    agreed = next(  # "the rollover agreed in January", "the renewal adopted on July 22"
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in PASSED),
        None,
    )
    if agreed is not None:
        return _own_month(ps, noun, agreed)
    verb = noun.head
    if verb.lemma_.lower() not in DONE_VERBS or any(
        c.dep_ == "prt" and c.lower_ not in DONE_PARTICLES for c in verb.children
    ):
        return False  # "the renewal came up for debate"
    done = (noun.dep_ == "nsubj" and verb.tag_ == "VBD") or (
        noun.dep_ == "nsubjpass"
        and any(c.dep_ == "auxpass" and c.lower_ == "was" for c in verb.children)
    )
    return done and _own_month(ps, noun, verb)


def _own_month(ps: ParsedSentence, noun: Token, verb: Token) -> bool:
    """Whether the noun's phrase, or a time phrase of its verb, gives at least a month."""
    spots = {t.idx for t in noun.subtree} | {
        t.idx
        for c in verb.children
        if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in OWN_TIME_PREPS)
        for t in c.subtree
    }
    return any(
        at_least_month(t.value) and any(t.start <= i < t.end for i in spots) for t in ps.times
    )
