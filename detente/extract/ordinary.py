"""Acts of letting go that free no one a state held as a prisoner: people arrested and let go
without charge hours later (a fan after a scuffle), migrants deported for being there unlawfully
(docs/annotation.md: not releases; area "precision", session 13), people deported months before
into a third state's prison, whose journey home the sentence tells (session 15). Called by
:func:`detente.extract.acceptance.acceptable`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.doc_memo import tokens
from detente.extract.mentions import ParsedSentence


def not_held(trigger: Token, head: Token | None, ps: ParsedSentence) -> bool:
    """Whether the trigger lets go people no state held as prisoners, or frees no one."""
    return (
        _let_go_uncharged(trigger, ps)
        or _migrants_sent_home(trigger, head, ps)
        or _transferred(trigger, ps)
        or _partial_pardon(trigger)
        or _deported_earlier(trigger, ps)
    )


# Verbs of what befell deportees next ("were flown to Caracas", "arrived at Maiquetia", "put on
# flights home").
MOVED_ON = frozenset(
    {"fly", "arrive", "return", "land", "send", "put", "bring", "repatriate", "reach", "take"}
)
# Kinds of time expression that name a recent day ("on Monday", "yesterday"), not a month or year.
RECENT_KINDS = frozenset({"wd", "lastwd", "yesterday", "today"})


def _deported_earlier(trigger: Token, ps: ParsedSentence) -> bool:
    """ "The 252 Venezuelans, deported from the United States in March, were flown to Caracas on
    Friday": a deportation months back, told on people whose own clause tells their journey
    home, is how they came to be held (in a third state's prison), not a release; "Five Britons,
    expelled on Monday, arrived in London" keeps the expulsion."""
    if trigger.lemma_.lower() not in lx.EXPULSION_VERBS or trigger.dep_ != "acl":
        return False
    noun = trigger.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.head.lemma_.lower() not in MOVED_ON:
        return False
    words = list(trigger.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    if any(start <= t.start < end and t.kind not in RECENT_KINDS for t in ps.times):
        return True
    return _left_elsewhere(trigger, noun.head, ps)


# Kinds of place that name a state as a place of departure ("from Washington", "from Iran").
STATE_WORDS = frozenset({"name", "capital"})


def _left_elsewhere(deported: Token, moved: Token, ps: ParsedSentence) -> bool:
    """precision (v16): "The Venezuelans, deported from the United States under a wartime law,
    were flown from San Salvador to Caracas": the journey starts in another state than the one
    that deported them, so the deportation is how they came to be held there, not this act."""
    origin = _from_state(deported, ps, ("from", "by"))
    leg = _from_state(moved, ps, ("from",))
    return origin is not None and leg is not None and origin != leg


def _from_state(verb: Token, ps: ParsedSentence, preps: tuple[str, ...]) -> str | None:
    """The state of a verb's phrase of these prepositions ("from the United States", "by X")."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in preps:
            continue
        ids = {t.i for t in prep.subtree}
        codes = {p.code for p in ps.places if p.span.start in ids and p.kind in STATE_WORDS}
        if len(codes) == 1:
            return codes.pop()
    return None


# A handover of convicts to serve their terms at home: a transfer, not a release.
TRANSFER_TEXT = re.compile(
    r"\bprisoner transfers?\b|\btransfers? of (?:sentenced )?(?:persons|prisoners|convicts)\b|"
    r"\bto (?:finish|complete|serve out|continue serving) (?:their|his|her) (?:sentences?|terms?)\b",
    re.IGNORECASE,
)
HANDING = frozenset({"hand", "transfer", "send", "repatriate", "return"})


def _transferred(trigger: Token, ps: ParsedSentence) -> bool:
    """ "hands over the Bali Nine men in prisoner transfers", "sends 120 Syrian prisoners home to
    finish their sentences": convicts moved to their own state's prisons."""
    return trigger.lemma_.lower() in HANDING and TRANSFER_TEXT.search(ps.sentence.text) is not None


# Nouns of the counts a pardon may cover in part ("pardoned her on five of the 19 offences").
OFFENCES = frozenset({"offence", "offense", "charge", "count", "case", "conviction"})


def _partial_pardon(trigger: Token) -> bool:
    """A pardon on some of the counts ("pardoned X on five of the 19 offences, reducing her
    term"): a shorter sentence, not a release."""
    if trigger.lemma_.lower() != "pardon":
        return False
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "for")):
        for part in prep.children:
            of = [g for c in part.children if c.lower_ == "of" for g in c.children]
            if (part.like_num or part.pos_ == "NUM") and any(
                g.lemma_.lower() in OFFENCES for g in of
            ):
                return True
    return False


# Signs that people let go without charge had only just been picked up ("arrested after a scuffle
# ... released without charge", "released later in the day without charge").
JUST_PICKED_UP = re.compile(
    r"\barrest\w*|\blater (?:in|that) (?:the )?day\b|\bthe same day\b|\bhours later\b",
    re.IGNORECASE,
)


def _let_go_uncharged(trigger: Token, ps: ParsedSentence) -> bool:
    """People arrested and let go without charge, hours later: an ordinary arrest, not a release
    of people a state held ("two fans arrested after a scuffle were released without charge")."""
    charged = any(
        t.lower_ == "without"
        and any(g.lemma_.lower() == "charge" for g in t.children)
        and _own_phrase(t, trigger)
        for t in trigger.subtree
    )
    return charged and JUST_PICKED_UP.search(ps.sentence.text) is not None


def _own_phrase(tok: Token, verb: Token) -> bool:
    """Whether a word hangs on the verb through no other verb ("released later in the day without
    charge": "without" is read on "day")."""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


# People a state sends home for being there unlawfully, not for a charge it held them on.
MIGRANTS = frozenset({"migrant", "immigrant", "refugee", "asylum-seeker", "undocumented"})


def _migrants_sent_home(trigger: Token, head: Token | None, ps: ParsedSentence) -> bool:
    """ "deported about 2,400 Ethiopian migrants on chartered flights": removal of migrants, not a
    release, unless the sentence says they were held ("migrants held in CECOT were deported")."""
    if trigger.lemma_.lower() not in lx.EXPULSION_VERBS or head is None:
        return False
    if head.lemma_.lower() not in MIGRANTS:
        return False
    return not any(t.lemma_.lower() in lx.CUSTODY_NOUNS | lx.HOLD_LEMMAS for t in tokens(ps.doc))
