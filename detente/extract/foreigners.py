"""People told as foreigners are not freed by their own state (actors, session 11).

A release that names no agent falls to the article's default state (:mod:`events`), most often the
state the article names most. In a story told from the receiving side that is the freed's own
state: "the Lebanese citizen X ... in prison in Iran was freed", "a captured Indian pilot handed
back", "two Colombian citizens ... crossed into Colombia". Here:

- :func:`own_state`: the state the freed belong to when the text tells them as foreigners (a
  nationality on soldiers, fishermen, citizens, hostages; a counted nationality noun, "five
  Britons"), never for prisoners, dissidents or journalists, whom their own state holds too;
- :func:`held_in`: the state the sentence says held them ("in prison in Iran");
- :func:`captor`: the default, unless the freed are its own people: then where they were held, or
  the other party of the swap;
- :func:`captor_weights`: the article's states less their mentions as the freed's nationality or
  destination, by which the default is chosen.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from detente.extract.captors import HELD_VERBS, STATE_KINDS
from detente.extract.gazetteer import Place
from detente.extract.groups import people_head
from detente.extract.lexicon import CUSTODY_NOUNS
from detente.extract.mentions import Mention, ParsedSentence, places_in
from detente.extract.release_triggers import group_of


def captor(
    m: Mention, default: str | None, parties: tuple[str, str] | None, ranked: list[str]
) -> str | None:
    """The default actor, unless the freed are told as its own people abroad ("the Lebanese
    citizen X ... in prison in Iran was freed", "a captured Indian pilot handed back"): then the
    state the sentence says held them, or the other party of the swap (``ranked``: the states
    the article names, most first, less blocs and go-betweens)."""
    own = own_state(group_of(m.trigger, m.sent), m.sent)
    if own is None or own != default:
        return default
    held = held_in(m.sent, m.trigger, own)
    if held is not None:
        return held
    if _retold_people(m.trigger):
        return default
    other = next((p for p in parties or () if p != own), None)
    return other if parties and own in parties and other in ranked else default


def _retold_people(trigger: Token) -> bool:
    """ "the freed Palestinians", "Among the Belarusians freed are ...": a participle on people
    who play a part in another clause, told of an act told elsewhere; not a headline's own act
    ("Captured Indian pilot handed back at Wagah": the noun heads the line)."""
    if trigger.dep_ == "amod":
        return True
    return trigger.dep_ == "acl" and trigger.head.dep_ in RETOLD_ROLES


# Parts a noun plays in a clause of its own, whose participle retells ("Among the X freed are").
RETOLD_ROLES = frozenset({"pobj", "nsubj", "nsubjpass", "dobj", "attr"})


# Head nouns of the freed that make them, with a nationality, foreigners to their captor ("a
# captured Indian pilot", "twelve Sri Lankan fishermen", "the Lebanese citizen X"), unlike
# prisoners, dissidents, journalists or clergy, whom a state holds among its own people too.
FOREIGN_HEADS = frozenset(
    {"soldier", "serviceman", "servicemen", "pow", "fighter", "fisherman", "fishermen", "sailor",
     "crew", "foreigner", "national", "citizen", "worker", "couple", "hostage", "captive",
     "abductee", "pilot", "tourist", "backpacker", "hiker", "guard", "gendarme", "trooper",
     "marine", "seaman", "trawlerman"}
)  # fmt: skip


def own_state(group: Token | None, ps: ParsedSentence) -> str | None:
    """The state the freed belong to when the text tells them as foreigners: a nationality on a
    noun of soldiers, fishermen, citizens or hostages ("a captured Indian pilot", "the Lebanese
    citizen X"), or a nationality used as the noun ("another Frenchman, X", "five Britons");
    None for prisoners, dissidents or journalists, whom their own state may well free."""
    head = people_head(group)
    if head is None:
        return None
    nouns = [head, *(c for c in head.children if c.dep_ in ("compound", "appos"))]
    for noun in nouns:
        demonyms = [p for p in ps.places if p.kind == "demonym" and p.span.start == noun.i]
        if demonyms and noun.tag_.startswith("NN") and (_counted(noun) or noun.dep_ == "appos"):
            return demonyms[0].code  # "five Britons", "Another Frenchman, X"
        if noun.lemma_.lower() in FOREIGN_HEADS or noun.lower_ in FOREIGN_HEADS:
            mods = [t for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                    for t in c.subtree]  # fmt: skip
            codes = {p.code for p in places_in(ps, mods, frozenset({"demonym"}))}
            if any(_dual(t) for t in mods):
                return None  # "a dual US-Russian citizen": either state may hold them
            if len(codes) == 1:
                return codes.pop()
    return None


def _dual(tok: Token) -> bool:
    """A word of a dual nationality: "dual", or a nationality joined to another by a hyphen
    ("US-Russian", "British-Iranian")."""
    doc = tok.doc
    hyphen = (tok.i > 0 and doc[tok.i - 1].text == "-") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    )
    return tok.lower_ in ("dual", "-") or hyphen


def _counted(noun: Token) -> bool:
    """A nationality noun counted or indefinite ("five Britons", "a Briton", "another
    Frenchman"; or in apposition: "X, also French"), not one that names a known group ("the
    Belarusians freed are ...")."""
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        for c in noun.children
    )


def held_in(ps: ParsedSentence, trigger: Token, own: str) -> str | None:
    """The state the sentence says held the freed, other than their own: the object of an "in"
    on the release, on a verb of holding, or on a prison ("sentenced to ten years in prison in
    Iran", "held in Russia for a year", "were released in Mali")."""
    for place in places_in(ps, ps.doc[:], frozenset({"name", "capital"})):
        tok = place.span.root
        prep = tok.head
        if place.code == own or tok.dep_ != "pobj" or prep.lower_ != "in":
            continue
        if _held_site(prep.head, trigger):
            return place.code
    return None


def _held_site(site: Token, trigger: Token) -> bool:
    """Whether an "in" phrase hangs on the release, a verb of holding or a prison, up through
    the phrases it lies in ("ten years in prison in Iran") to the first verb."""
    for _ in range(6):
        if site.i == trigger.i or site.lemma_.lower() in CUSTODY_NOUNS:
            return True
        if site.pos_ in ("VERB", "AUX") or site.dep_ not in ("pobj", "prep", "compound"):
            return site.lemma_.lower() in HELD_VERBS  # not up through a subject ("a trade in X")
        site = site.head
    return False


# --- a state named only as the freed's nationality or destination holds no one ---
# Prepositions of where people went ("crossed into Colombia", "flown to Vilnius").
DESTINATION_PREPS = frozenset({"to", "into"})


def captor_weights(holders: Counter[str], sents: list[ParsedSentence]) -> Counter[str]:
    """How often the article names each state, less the mentions that only say who the freed
    are or where they went ("Two Colombian citizens ... crossed into Colombia"): the weights by
    which an unattributed release falls to a state."""
    weak = Counter(p.code for ps in sents for p in ps.places if _people_or_destination(p))
    return holders - weak


def _people_or_destination(place: Place) -> bool:
    """A nationality on people told as foreigners ("two Colombian citizens", "five Britons"; not
    "the Saudi student", whom Saudi Arabia may hold) or a state people were taken to ("crossed
    into Colombia", "flown to Lithuania")."""
    tok = place.span.root
    if place.kind == "demonym":
        noun = tok.head if tok.dep_ in ("amod", "compound", "nmod") else tok
        if _dual(tok):
            return False  # "two British-Iranian dual nationals": either state may hold them
        if noun.lemma_.lower() in FOREIGN_HEADS or noun.lower_ in FOREIGN_HEADS:
            return True
        return noun.i == tok.i and _counted(tok)
    if place.kind not in STATE_KINDS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in DESTINATION_PREPS and prep.head.pos_ == "VERB"
