"""Roles a state plays around an act that make it neither the actor nor the target.

A state named in a sentence is not always a party to the act the sentence tells. The ones found
here are named in a role the grammar of the phrase gives away, whatever the verb:

- a go-between fused with its verb into one adjective ("a Turkish-brokered exchange", "the
  UAE-mediated swap", "an Oman-hosted handover"): the state helped, it freed no one. The parser
  reads "Turkish" as a modifier of the act, so the act's subject phrase would name it as actor.
  Named again only as a circumstance ("officials in Ankara said"), it is still only the go-between.
- the owner of a mediation ("UAE mediation secured the release", "the Emirates succeeded in a
  new mediation effort", "mediations conducted by Qatar") or the subject of a mediating verb
  ("Oman mediated the swap"): a go-between, which the article may name more than the parties;
  it is never the state an unattributed release falls to (:func:`mediating_states`).
- the holder of a sanctions licence ("a licence granted to Trinidad's gas company", "a waiver
  letting Iraq buy Iranian electricity"): it is let deal with the target; it is not the target.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import sides, treasuries
from detente.extract.doc_memo import per_token
from detente.extract.gazetteer import Place
from detente.extract.mentions import Mention, ParsedSentence, places_in
from detente.extract.sanctions_context import BLOCS
from detente.model import EventType

log = logging.getLogger(__name__)

# Participles that, joined to a state by a hyphen, make an adjective of a go-between's help.
GO_BETWEEN_PARTICIPLES = frozenset(
    {"brokered", "mediated", "facilitated", "hosted", "co-hosted", "arranged", "negotiated",
     "sponsored", "backed", "led"}
)  # fmt: skip
# Nouns of an act a go-between may help, which a "<state>-led" adjective must qualify to be one
# ("a Qatari-led mediation", not "a Saudi-led coalition" nor "the US-led sanctions").
GO_BETWEEN_ACTS = frozenset({"mediation", "talk", "negotiation", "effort", "process", "initiative"})


def _go_between_word(tok: Token) -> bool:
    """Whether ``tok`` is "-brokered" after a state: the hyphen and a go-between's participle
    ("-led" and "-backed" only before a noun of mediation)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return False
    word = doc[tok.i + 2].lower_
    if word not in GO_BETWEEN_PARTICIPLES:
        return False
    if word in ("led", "backed", "sponsored"):
        noun = doc[tok.i + 2].head
        return noun.lemma_.lower() in GO_BETWEEN_ACTS
    return True


def go_betweens(ps: ParsedSentence) -> set[str]:
    """States the sentence names only as a go-between fused with its verb ("a Turkish-brokered
    exchange brought home 84 prisoners from Russia": Turkey freed no one) or as the city a deal
    is named after (:func:`venue_deals`); a state also named in another role in the sentence
    keeps it."""
    venues = venue_deals(ps)
    fused = {p.code for p in ps.places if _go_between_word(ps.doc[p.span.end - 1])}
    if not fused:
        return venues
    elsewhere = {
        p.code
        for p in ps.places
        if not _go_between_word(ps.doc[p.span.end - 1]) and _actor_position(p.span.root)
    }
    return (fused - elsewhere) | venues


# Nouns of a deal that a city names by where it was struck ("the Doha deal", "the Muscat
# agreement").
DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "arrangement", "talks"})


def venue_deals(ps: ParsedSentence) -> set[str]:
    """actors (v16): a capital that names a deal by where it was struck ("Doha deal frees German
    aid worker", "the Muscat agreement brought home 84"): the host state, not a party, unless
    the sentence also names it where an actor stands."""
    venues = [
        p
        for p in ps.places
        if p.kind == "capital"
        and p.span.root.dep_ == "compound"
        and p.span.root.head.lemma_.lower() in DEAL_NOUNS
    ]
    if not venues:
        return set()
    starts = {p.span.start for p in venues}
    elsewhere = {
        p.code for p in ps.places if p.span.start not in starts and _actor_position(p.span.root)
    }
    return {p.code for p in venues} - elsewhere


def _actor_position(tok: Token) -> bool:
    """Whether a place stands where an actor may be named: a subject or the word a subject hangs
    on ("Kenyan police freed"), a possessor, a ``by`` agent or an object ("saw Kenya free");
    not a circumstance ("officials in Ankara said")."""
    if tok.dep_ in ("nsubj", "poss", "dobj", "appos", "conj"):
        return True
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "by"
    return tok.head.dep_ in ("nsubj", "dobj") and tok.dep_ in ("compound", "amod")


# --- releases (v10): owners of a mediation are go-betweens ---
# Nouns of a go-between's work or role ("UAE mediation", "Qatar, the mediator").
MEDIATION_NOUNS = frozenset({"mediation", "mediator", "intermediary", "facilitator"})
# Verbs by which a subject does a mediation ("succeeded in a new mediation effort", "led the
# mediation"), unlike a party's own act after it ("Burkina Faso freed them after Moroccan mediation").
MEDIATION_WORK_VERBS = frozenset(
    {"succeed", "engage", "participate", "lead", "conduct", "offer", "pursue", "undertake",
     "launch", "continue", "play"}
)  # fmt: skip
# A cheap test before any tree walk: the sentence speaks of mediating at all.
MEDIATION_WORDS = re.compile(
    r"mediat|broker|facilitat|intermediar|host|arrang|negotiat", re.IGNORECASE
)


def mediating_states(ps: ParsedSentence) -> set[str]:
    """States the sentence names as go-betweens: fused with a mediating verb ("UAE-brokered"),
    its agent ("brokered by Qatar") or subject ("Oman mediated the swap"), or the owner of a
    mediation ("UAE mediation secured the release of 370", "the Emirates succeeded in a new
    mediation effort", "mediations conducted by Qatar"), unless also named in an actor's place
    by a verb of its own."""
    if not MEDIATION_WORDS.search(ps.sentence.text):
        return _passed_via(ps)
    found = go_betweens(ps) | sides.mediators(ps) | _passed_via(ps)
    doc = ps.doc
    before = {p.code for p in ps.places if p.span.end < len(doc) and _mediation(doc[p.span.end])}
    return found | before | {p.code for p in ps.places if _owns_mediation(p.span.root)}


def _passed_via(ps: ParsedSentence) -> set[str]:
    """recall: "the two sides swapped 84 for 84, also via the UAE", "flown home via Muscat": a
    state the people passed through is no party to the act."""
    if " via " not in ps.sentence.text:
        return set()
    return {
        p.code for p in ps.places if p.span.root.dep_ == "pobj" and p.span.root.head.lower_ == "via"
    }


def _owns_mediation(tok: Token) -> bool:
    """Whether a place names the one who mediates: a modifier or possessor of a mediation noun,
    the subject of a mediating verb or of a verb whose object is a mediation, or the ``by``
    agent of a participle on a mediation noun."""
    head = tok.head
    if tok.dep_ in ("compound", "poss", "amod", "appos") and _mediation(head):
        return True
    if tok.dep_ == "nsubj":
        if head.lemma_.lower() in sides.MEDIATE_VERBS:
            return True
        if head.lemma_.lower() not in MEDIATION_WORK_VERBS:
            return False
        objects = [c for c in head.children if c.dep_ == "dobj"]
        objects += [g for c in head.children if c.dep_ == "prep" for g in c.children]
        return any(_mediation(o) for o in objects if o.dep_ in ("dobj", "pobj"))
    if tok.dep_ == "pobj" and head.dep_ == "agent":
        return _mediation(head.head.head)  # "mediations conducted by the UAE"
    return False


def _mediation(noun: Token) -> bool:
    """A mediation noun ("UAE mediation frees 60", however parsed), or a noun it qualifies ("a
    new mediation effort")."""
    return noun.lemma_.lower() in MEDIATION_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.lemma_.lower() in MEDIATION_NOUNS
        for c in noun.children
    )


# --- releases (v10): a bloc holds no one ---
# Seats that name a bloc in sanctions news and their own state when it frees someone.
BLOC_SEATS = {"Brussels": "BEL"}


def unheld_releasers(mentions: list[Mention]) -> None:
    """Take from releases the actors that held no one (in place): a bloc ("Brussels handed over
    X" is Belgium's act; "the EU freed ..." names no state) and a go-between of the release's
    own sentence ("Emirati mediation frees 60 soldiers"), whichever way the parse named it."""
    for m in mentions:
        if m.type is not EventType.RELEASE or m.actor is None:
            continue
        if m.actor in BLOCS:
            seats = {BLOC_SEATS.get(p.span.text) for p in m.sent.places if p.code == m.actor}
            seats.discard(None)
            m.actor = seats.pop() if len(seats) == 1 else None
        elif m.actor in mediating_states(m.sent):
            m.actor = None


def go_betweens_of(mentions: list[Mention]) -> set[str]:
    """States the sentences of an article's releases name as go-betweens: never the state an
    unattributed release falls to, however often the article names them."""
    sents = {id(m.sent): m.sent for m in mentions if m.type is EventType.RELEASE}
    return {code for ps in sents.values() for code in mediating_states(ps)}


# --- sanctions: the holder of a licence is not its target ---
# Words of a licence that one holder is granted (not "relief", which is granted to a target state).
HELD_LICENCES = lic.LICENCE_WORDS - {"relief"}
# Place kinds that name the state a licensee may deal with ("Iranian electricity", "in Venezuela").
DEALT_KINDS = frozenset({"name", "demonym"})


@per_token  # asked once by the actor roles and once by the fields of each act
def licensees(trigger: Token) -> frozenset[int]:
    """Token ids of the holders of a licence the act grants or tells ("a licence granted to the
    National Gas Company of Trinidad and Tobago", "a waiver letting Japan's MUFG Bank transfer
    Iranian oil revenue", "a licence allowing Chevron to pump Venezuelan crude"): the licensee is
    let deal with the target, it is not the target."""
    grants = [t for t in trigger.subtree if _licence_act(t)]  # "a licence granted to X"
    holders = [
        g
        for grant in grants
        for c in grant.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for verb in _licence_words(trigger):
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        holders += [g for c in clauses for g in c.children if g.dep_ == "nsubj"]
        if clauses:  # "allowing Chevron to pump": not "allowing dealings with PDVSA"
            holders += [c for c in verb.children if c.dep_ == "dobj" and not lic.money(c)]
    licences = [t for t in trigger.subtree if t.lemma_.lower() in HELD_LICENCES]
    holders += [h for t in licences for h in _named_holders(t)]
    return frozenset(t.i for h in holders for t in h.subtree)


# Nouns of what a licensee buys or pays ("a waiver for Iraq's purchases of Iranian power").
PURCHASE_NOUNS = frozenset({"purchase", "import", "payment", "buying"})


def _named_holders(licence: Token) -> list[Token]:
    """The holder a licence noun names itself: its owner ("Iraq's waiver"; not a bare name before
    it: "the Iran electricity waiver" is about Iran), whom it goes to ("waivers to China and
    India"), whose purchases it covers ("a waiver for Iraq's purchases of Iranian electricity")."""
    out = [c for c in licence.children if c.dep_ == "poss"]
    to = [c for c in licence.children if c.dep_ == "prep" and c.lower_ == "to"]
    out += [g for c in to for g in c.children if g.dep_ == "pobj"]
    out += [
        c
        for t in licence.subtree
        if t.lemma_.lower() in PURCHASE_NOUNS and t.pos_ == "NOUN"
        for c in t.children
        if c.dep_ == "poss"
    ]
    return out


def _licence_words(trigger: Token) -> list[Token]:
    """The verbs of what a licence lets its holder do, on the act's object side or hung on the
    act ("issued a waiver letting Iraq buy", "granted a licence, allowing Chevron to pump")."""
    words = [
        t for t in trigger.subtree if t.dep_ == "acl" and t.head.lemma_.lower() in lic.LICENCE_WORDS
    ]
    words += lic.allowed(trigger)  # not the act's own verb ("let the licence expire")
    return [t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in lic.PERMIT_VERBS]


def _licence_act(trigger: Token) -> bool:
    """Whether the trigger grants a licence: a verb of granting on a licence ("the licence,
    granted on Wednesday to X", "issued a waiver to Iraq") or a licence noun itself."""
    if trigger.lemma_.lower() in HELD_LICENCES:
        return True
    if trigger.lemma_.lower() not in lx.LICENCE_GRANT_VERBS:
        return False
    near = [trigger.head, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(t.lemma_.lower() in HELD_LICENCES for t in near)


def dealt_with(ps: ParsedSentence, trigger: Token, actors: list[str]) -> list[str]:
    """States a licence lets its holder deal with ("a waiver letting Iraq buy Iranian
    electricity": IRN), the licensee left out: the target when the object names none."""
    holders = licensees(trigger)
    words = [t for v in _licence_words(trigger) for t in v.subtree if t.i not in holders]
    found = [p for p in places_in(ps, words, DEALT_KINDS) if _dealt_object(p.span.root)]
    return [p.code for p in found if p.code not in actors and p.code not in ("EU", "UN")][:1]


def _dealt_object(tok: Token) -> bool:
    """Whether a place names whose goods or body the licensee deals in: the object's own modifier
    ("buy Iranian oil", "Venezuela's crude") or a partner ("deal with Syria"); not where the
    dealing happens or goes ("funds in South Korea", "to a Swiss channel")."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "with"
    if tok.dep_ not in ("amod", "poss", "compound"):
        return False
    head = tok.head
    while head.dep_ == "compound":
        head = head.head
    return head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ == "with")


# --- actors (v11): a generic seat stands for its state only in a story about that state ---
# Common nouns the gazetteer reads as one state's institution ("the junta": Myanmar's), which
# news of other military governments uses for theirs ("Niger's junta", "the junta in Bamako").
GENERIC_SEATS = frozenset({"junta"})


def foreign_seats(
    context: Sequence[tuple[object, list[Place]]],
    sents: list[ParsedSentence],
    whole: Callable[[], list[Place]] | None = None,
) -> None:
    """Take out of an article's places (in place) the generic seats that do not stand for their
    state: "the junta" in an article that never names Myanmar otherwise (a Sahel story), and a
    seat whose own phrase names another state ("Niger's junta freed ...", "the Malian junta").
    ``whole``: the places of the whole article, headline and dateline included, read only when a
    seat's state is not named in the context sentences (actors, v19: "US targets Myanmar's
    firms" over "YANGON --" and "The junta freed 23,184": the junta is Myanmar's). The Treasury
    of a British story is Britain's (:func:`treasuries.british`)."""
    if whole is not None:
        treasuries.british(context, sents, whole)  # precision (v26): HM Treasury
    generic = [p for _, places in context for p in places if _generic(p)]
    if not generic:
        return
    named = {p.code for _, places in context for p in places if not _generic(p)}
    if whole is not None and any(p.code not in named for p in generic):
        named |= {p.code for p in whole() if not _generic(p)}
    foreign = {id(p) for p in generic if p.code not in named}
    for ps in sents:
        foreign |= {id(p) for p in ps.places if _generic(p) and _owned_by_other(p, ps)}
    for _, places in context:
        places[:] = [p for p in places if id(p) not in foreign]
    for ps in sents:
        ps.places[:] = [p for p in ps.places if id(p) not in foreign]


def _generic(place: Place) -> bool:
    return place.kind == "institution" and place.span.text.lower() in GENERIC_SEATS


def _owned_by_other(seat: Place, ps: ParsedSentence) -> bool:
    """Whether the seat's phrase names another state ("Niger's junta", "the Malian junta")."""
    mods = [t for c in seat.span.root.children if c.dep_ in ("poss", "amod", "compound")
            for t in c.subtree]  # fmt: skip
    return any(p.code != seat.code for p in places_in(ps, mods))
