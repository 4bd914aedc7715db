"""Captives given up without a word for freeing: "returned five detainees", "handed three hostages
to the Red Cross", "were sent home by X" (release triggers read by ``releases``)."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.captors import (
    CAPTIVE_NOUNS,
    STATE_KINDS,
    _state_receiver,
    object_read_as_subject,
)
from detente.extract.destinations import demonym_of
from detente.extract.doc_memo import tokens
from detente.extract.groups import is_people, people_head
from detente.extract.lexicon import CUSTODY_NOUNS
from detente.extract.mentions import (
    ParsedSentence,
    actors_from,
    is_person,
    own_subject,
    places_in,
    subject_of,
)

log = logging.getLogger(__name__)

# Verbs that free captives by giving them up; only with a captive object (:func:`gives_up`).
GIVE_UP_VERBS = frozenset({"return", "hand", "transfer"})
# Humanitarian go-betweens who receive captives given up: no custody awaits them there.
INTERMEDIARIES = frozenset({"cross", "crescent", "icrc"})
# Words of a trade in the sentence: there, a state giving up a counted group of another state's
# people frees them ("Russia returned 230 Ukrainians, and Ukraine released 82 Russians in exchange").
# Members of forces, given up in swaps of prisoners of war.
SERVICE_NOUNS = frozenset({"soldier", "serviceman", "servicemen", "sailor", "guard", "officer"})
TRADE_CUE = re.compile(
    r"\b(?:in (?:return|exchange)|swap\w*|exchange[sd]?|trade[sd]?|deal|reciprocal\w*)\b", re.I
)
# Verbs of another state's release in the sentence (see ``_beside``).
FREEING_VERBS = frozenset({"free", "release", "pardon", "liberate"})
# Verbs that give captives up when they send them back ("India sent back 95 fishermen").
SEND_VERBS = frozenset({"send", "ship"})
# People a state sends back who were never held ("returned 11 Ukrainian children", bodies).
NOT_CAPTIVES = frozenset({"child", "children", "minor", "kid", "orphan", "body", "remains",
                          "corpse", "pilgrim", "tourist", "migrant", "refugee",
                          "escapee", "defector", "deportee"})  # fmt: skip
# Verbs that carry people held abroad on their release ("were flown to Guatemala City", "were put
# on a plane to Washington", cluster recall v24: "were driven to Vilnius").
FLYING_VERBS = frozenset({"fly", "put", "send", "drive"})
# What "put on" carries people in (cluster recall v24: "were put on a bus to Vilnius").
CRAFT_NOUNS = frozenset({"plane", "flight", "jet", "aircraft", "charter", "bus"})
# Clause verbs and nouns that say a group was held ("held by the Houthis", "in US custody").
HELD_WORDS = frozenset(
    {"hold", "detain", "jail", "imprison", "incarcerate", "custody", "captivity"}
)
# Words that say people sent back had been held ("detained after straying", "whose canoe was
# seized", "after holding them"; with HELD_WORDS).
SEIZED = frozenset({"seize", "arrest", "capture", "convict", "sentence", "prison", "jail"})
# Words of a clause on a named person that say a court had jailed them ("who had served twelve
# years", "convicted in New York", "serving a life sentence"): a person held, when flown off.
SERVED = frozenset({"serve", "sentence", "convict"})
# Quantifiers that count a group sent back without a number ("sent back several civilians").
SOME = frozenset({"several", "some", "a", "an"})


def captives_sent(tok: Token) -> Token | None:
    """ "Nine hostages were sent home by X": captives as the passive subject (not "a woman was
    flown home by way of Moscow", whom another state had freed)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    head = people_head(subj)
    return subj if head is not None and head.lemma_.lower() in CAPTIVE_NOUNS else None


def gives_up(tok: Token) -> bool:
    """ "Israel returned five detainees", "handed three hostages to the Red Cross", "were returned
    by X": captives given up; "transferred" only to a go-between, and never to a prison."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or (lemma not in GIVE_UP_VERBS and lemma not in SEND_VERBS):
        return False  # (before the children are walked: most verbs are neither)
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children)
    if not (lemma in GIVE_UP_VERBS or back):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    traded = _traded_group(obj)
    if not traded and (people_head(obj) or obj).lemma_.lower() not in CAPTIVE_NOUNS:
        return False
    if lemma == "return" and not any(c.dep_ == "nummod" for c in obj.children):
        return False  # "undertook to return the prisoners": a counted group is one act
    to = [  # the "to" phrase, on the verb or (as the parser may hang it) on the object
        t.lemma_.lower()
        for c in [*tok.children, *obj.children]
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
        for t in c.subtree
    ]
    if any(w in CUSTODY_NOUNS for w in to):
        return False  # "returned the detainees to their cells"
    return lemma == "return" or back or traded or any(w in INTERMEDIARIES for w in to)


def _traded_group(obj: Token) -> bool:
    """ "Russia returned 230 Ukrainians", "Ukraine transferred 146 Russian servicemen" in a
    sentence that tells a trade: a counted group of foreigners or people given up in a swap."""
    counted = any(c.dep_ == "nummod" for c in obj.children)
    lemma = obj.lemma_.lower()
    plural_name = obj.tag_ in ("NNS", "NNP") and obj.text[:1].isupper() and obj.lower_[-1] == "s"
    nationals = obj.tag_ == "NNPS" or plural_name  # "230 Ukrainians", "40 Thais"
    people = nationals or lemma in lx.PEOPLE_NOUNS or lemma in SERVICE_NOUNS
    return counted and people and (TRADE_CUE.search(obj.doc.text) is not None or _beside(obj))


def _beside(obj: Token) -> bool:
    """Another state's release in the same sentence ("Iran freed seven Iraqis, and Iraq sent back
    twelve Iranians"): giving up a counted group beside it is the other half of a swap."""
    verb = obj.head
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in FREEING_VERBS and t.i != verb.i for t in obj.doc
    )


def foreigners_sent_back(tok: Token, ps: ParsedSentence) -> bool:
    """ "Armenia returned two Azerbaijani servicemen", "Egypt returned eleven Libyan nationals",
    "China sent back two Kazakh shepherds": a state giving another state's people back frees
    them, with no trade told (not children or bodies, who were never held)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or (lemma != "return" and lemma not in SEND_VERBS):
        return False  # (before the children are walked: most verbs are neither)
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children)
    if not (lemma == "return" or back):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None) or object_read_as_subject(tok)
    if obj is None or obj.lemma_.lower() in NOT_CAPTIVES:
        return False
    if not _held_one(obj):  # recall (v18): "returned a Pakistani Ranger it had detained"
        if obj.tag_ not in ("NNS", "NNPS") and not obj.lower_.endswith("men"):  # "servicemen"
            return False
        if not any(c.dep_ == "nummod" or c.lower_ in SOME for c in obj.children):
            return False
        if not any(t.lemma_.lower() in HELD_WORDS | SEIZED for t in tokens(ps.doc)):
            return False  # "returned 60 Chileans who had crossed the border": migrants turned back
    home = demonym_of(obj, ps)
    senders = actors_from(ps, own_subject(tok))
    return home is not None and len(senders) == 1 and senders[0] != home


def _held_one(obj: Token) -> bool:
    """recall (v18): one person given back whom the object itself tells as held ("a Pakistani
    Ranger it had detained", "an Israeli national, X, who had been held by ...", "the captured
    Indian pilot X")."""
    if obj.tag_ not in ("NN", "NNP") or obj.lower_.endswith("men"):
        return False
    return any(
        t.dep_ in ("relcl", "acl", "amod", "conj") and t.lemma_.lower() in HELD_WORDS | SEIZED
        for t in obj.subtree
    )


def held_flown_out(tok: Token, ps: ParsedSentence) -> bool:
    """ "135 prisoners were flown to Guatemala City", "two Americans held by the Houthis were flown
    to Oman", "222 political prisoners were put on a plane to Washington": people held, carried
    off to a named place or home, are freed by the state that held them."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in FLYING_VERBS:
        return False
    group = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if group is None or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    # cluster recall v24: "X and thirteen other prisoners were put on a bus": any member of the
    # coordinated group told as held
    if not any(
        _held(g, g.pos_ == "PROPN" and g.text in ps.names) for g in (group, *group.conjuncts)
    ):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if any(t.lemma_.lower() in CUSTODY_NOUNS for c in preps for t in c.subtree):
        return False  # "were sent to a penal colony"
    if tok.lemma_.lower() == "put":
        return any(
            c.lower_ in ("on", "aboard") and t.lemma_.lower() in CRAFT_NOUNS
            for c in preps
            for t in c.subtree
        )
    ids = {t.i for c in preps if c.lower_ in ("to", "out") for t in c.subtree}
    home = any(c.lower_ == "home" for c in tok.children)
    return home or any(p.span.start in ids for p in ps.places)


def _held(group: Token, named: bool = False) -> bool:
    """A counted or named group of captives, or one a clause or phrase on it says was held (not
    "some prisoners", someone else told of in passing); ``named``: the group is a name the article
    writes as a person's elsewhere (recall v20: "Bout, who had served twelve years ...", a surname
    NER takes for a company)."""
    counted = any(c.dep_ == "nummod" for c in group.children)
    if not (counted or named or group.ent_type_ == "PERSON"):
        return False
    head = people_head(group) or group
    if head.lemma_.lower() in CAPTIVE_NOUNS:
        return True
    described = [c for c in group.children if c.dep_ in ("acl", "relcl", "appos", "prep", "amod")]
    # recall: "X, who had served twelve years of a 25-year sentence, was flown to Moscow"
    return any(t.lemma_.lower() in HELD_WORDS or _served(t) for c in described for t in c.subtree)


def _served(tok: Token) -> bool:
    """A term served or a court's sentence ("had served twelve years", "serving a life sentence",
    "convicted in New York"); not "served as ambassador", nor a sentence in absentia."""
    lemma = tok.lemma_.lower()
    if lemma not in SERVED or any(t.lower_ == "absentia" for t in tok.head.subtree):
        return False
    if lemma == "serve":
        return any(c.dep_ == "dobj" for c in tok.children)
    return lemma == "convict" or tok.pos_ == "NOUN"


# Verbs by which freed people leave the state that held them ("flew out of Tehran").
LEAVING_VERBS = frozenset({"leave", "fly", "depart"})


def left_captor(tok: Token, ps: ParsedSentence) -> str | None:
    """ "Five Americans flew out of Tehran", "ten Americans left Caracas", "52 prisoners left
    Belarus for Lithuania": a counted group of another state's people (named by their
    nationality alone) or of captives leaving a state is freed by that state; its code."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in LEAVING_VERBS:
        return None
    group = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = people_head(group)
    if group is None or head is None or head.lemma_.lower() in NOT_CAPTIVES:
        return None
    if not (any(c.dep_ == "nummod" for c in head.children) or head.like_num):
        return None
    states = {p.code for p in places_in(ps, _left_places(tok), LEFT_KINDS)}
    if len(states) != 1:
        return None
    state = states.pop()
    nationals = any(p.span.start == head.i and p.kind == "demonym" for p in ps.places)
    home = demonym_of(head, ps)
    if not (nationals or head.lemma_.lower() in CAPTIVE_NOUNS) or home == state:
        return None
    return state


# Places people leave: a state or its capital, not a city or an airport inside it.
LEFT_KINDS = frozenset({"name", "capital"})


def _left_places(verb: Token) -> list[Token]:
    """What a leaving verb leaves: "left Caracas", "flew out of Tehran", "flew home from X"."""
    if verb.lemma_.lower() == "leave":
        return [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    out: list[Token] = []
    for c in verb.children:
        if c.lower_ == "from" and c.dep_ == "prep":
            out += [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "out":  # "out of Tehran": "of" on "out" or on the verb
            out += [g for o in c.children if o.lower_ == "of" for g in o.children]
        if c.lower_ == "of" and c.dep_ == "prep" and verb.doc[c.i - 1].lower_ == "out":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


# --- recall (v12): wordings the parser splits ---
def handed_over_misparsed(verb: Token) -> bool:
    """ "Ukraine handed over 150 Russian servicemen": the parser takes "over" for the qualifier of
    the number ("over 150", more than 150); right after "handed" it is the particle."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ == "over" and nxt.dep_ in ("quantmod", "advmod")


# recall: verbs of the freed arriving, whose subject the parser may take from a "since" before
# them ("252 Venezuelans held in CECOT since March arrived at Maiquetia airport").
ARRIVING = frozenset({"arrive", "land", "return", "reach"})
# Participles of holding whose "since" the parser may take for a clause of its own.
HELD_PARTICIPLES = frozenset({"hold", "detain", "jail", "imprison", "keep", "incarcerate"})


def held_since_subject(verb: Token, ps: ParsedSentence) -> Token | None:
    """ "Two Colombian citizens held since the election were handed over", "a student detained in
    Dubai since August was freed", "252 Venezuelans held in CECOT since March arrived": the parser reads "since the election were handed over" as a
    clause of the participle, with the time for its subject; the freed are the participle's
    people."""
    since = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    deps = ("nsubjpass", "nsubj") if verb.lemma_.lower() in ARRIVING else ("nsubjpass",)
    subj = next((c for c in verb.children if c.dep_ in deps), None)
    held = verb.head
    if since is None or subj is None or verb.dep_ != "advcl" or held.tag_ != "VBN":
        return None
    if held.lemma_.lower() not in HELD_PARTICIPLES or is_people(subj, ps):
        return None
    if held.dep_ in ("acl", "relcl") and held.head.pos_ in ("NOUN", "PROPN"):
        return held.head
    return next((c for c in held.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def counted_in_trade(group: Token, ps: ParsedSentence) -> bool:
    """ "ninety Ukrainian soldiers came home in return for the same number of Russians", "48
    Ukrainians came back in a smaller trade": a counted group of people coming home in a sentence
    that tells a trade was freed by the other side (not children or bodies, never held)."""
    return counted_captives(group) and TRADE_CUE.search(ps.sentence.text) is not None


def counted_captives(group: Token) -> bool:
    """A counted group of people who may have been held (not children or bodies)."""
    head = people_head(group) or group
    counted = any(c.dep_ == "nummod" for c in head.children) or head.like_num
    return counted and head.lemma_.lower() not in NOT_CAPTIVES


def discharged_from_bail(verb: Token) -> bool:
    """recall: "a judge discharged Meng from her bail conditions", "was discharged from bail": the
    end of bail that lets the person go is a release (guide, session 12); not a hospital's or an
    army's discharge, which names no bail."""
    if verb.lemma_.lower() != "discharge" or verb.pos_ != "VERB":
        return False
    froms = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from")
    return any(t.lower_ == "bail" for p in froms for t in p.subtree)


# Words inside a number written out ("two hundred and thirty", "thirty-five", "1,003").
NUMBER_GLUE = frozenset({"and", "-", ","})


def _trade_for_object(trigger: Token, group: Token | None) -> Token | None:
    """The object of the "for" of a trade, on the trigger or on its freed ("swapped 84 for 84",
    "a swap of 90 for 90", "was traded for X")."""
    if trigger.lemma_.lower() not in lx.SWAP_LEMMAS:
        return None
    heads = [trigger] if group is None else [trigger, group]
    if trigger.dep_ == "dobj":  # "completed a swap of 14 for 14": the "for" hung on the verb
        heads.append(trigger.head)
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        found = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def _number_words(tok: Token) -> str | None:
    """The words of a number ("84", "thirty-five", "90 prisoners" → "90"), or None."""
    if not tok.like_num:
        tok = next((c for c in tok.children if c.dep_ == "nummod"), tok)
    words = [t.lower_ for t in tok.subtree]
    if not tok.like_num or any(not (t.like_num or t.lower_ in NUMBER_GLUE) for t in tok.subtree):
        return None
    return " ".join(words)


def number_for_number(trigger: Token, group: Token | None) -> bool:
    """recall: "the two sides swapped 84 for 84", "a swap of 90 for 90": the same bare number
    traded for itself is a number per party, one act of each side."""
    if group is None:
        return False
    other = _trade_for_object(trigger, group)
    mine = _number_words(group)
    return other is not None and mine is not None and _number_words(other) == mine


def traded_for_people(trigger: Token, group: Token | None, ps: ParsedSentence) -> bool:
    """recall: "Karelina was traded for Arthur Petrov", "the Estonian officer was swapped for a
    Russian spy": people traded for people are freed, whatever word names them (a bare surname),
    as a trade of anything else ("traded oil for grain") is not."""
    if trigger.pos_ != "VERB" or group is None or group.pos_ == "PRON":
        return False  # "She was traded for X": someone freed, told before
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return False  # "Washington traded him for X": who gave whom, the active leaves open
    other = _trade_for_object(trigger, group)
    return other is not None and is_people(other, ps) and not other.like_num


# --- recall (v16): handovers the parser splits, flights, "gave up" in a trade ---
# Words the parser may hang a handover's "to" phrase after, inside the clause on the freed.
SPLIT_BEFORE_TO = frozenset({",", "back", "over"})


def handed_split(verb: Token, ps: ParsedSentence) -> bool:
    """recall: "handed eleven Pakistani soldiers, captured in the clashes, to Pakistani officers",
    "handed 32 contractors it had detained back to Russia": the parser hangs the handover's "to"
    on the clause that describes the freed (after its comma, or a "back"/"over" it took for part
    of it); a state or its officials receive them, as in ``captors.handed_to_state``. Not a "to"
    of another clause of the sentence ("..., and flew back to Moscow")."""
    if verb.lemma_.lower() != "hand" or verb.pos_ != "VERB":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    doc = verb.doc
    for to in doc[obj.i + 1 : verb.right_edge.i + 1]:
        if to.lower_ != "to" or to.head.i == verb.i or doc[to.i - 1].lower_ not in SPLIT_BEFORE_TO:
            continue
        if not _inside_clause_of(to, verb):
            continue
        g = next((c for c in to.children if c.dep_ == "pobj"), None)
        if g is not None and (places_in(ps, [g], STATE_KINDS) or _state_receiver(g, ps)):
            return True
    return False


def split_description(verb: Token) -> set[int]:
    """The clause on the freed that the parser hangs on a handing verb ("handed nine fishermen,
    detained at a checkpoint last year, to Moroccan officials"): a participle right after the
    object's comma, up to its ", to"; the custody words in it say where they were held, not where
    they go (read by ``acceptance``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return set()
    doc = verb.doc
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.i == obj.right_edge.i + 2:
            if doc[c.i - 1].text != ",":
                continue
            ends = [t.i for t in c.subtree if t.lower_ == "to" and doc[t.i - 1].text == ","]
            end = ends[0] if ends else c.right_edge.i + 1
            out |= {t.i for t in c.subtree if t.i < end}
    return out


def _inside_clause_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through its object or a participle clause, not through a
    coordinated or reported clause of its own."""
    for a in tok.ancestors:
        if a.i == verb.i:
            return True
        if a.dep_ in ("conj", "ccomp", "parataxis"):
            return False
    return False


# Pronouns of people put on a plane ("put them on a plane to Havana").
PEOPLE_PRONOUNS = frozenset({"him", "her", "them"})


def put_aboard(verb: Token, ps: ParsedSentence) -> bool:
    """recall: "Washington put Alex Saab on a plane to Caracas", "put them on a plane to Havana",
    "the 222 prisoners Managua put on a plane to Washington": a state putting people it holds
    (named, captives, a group told as held) on a flight to another state frees them (an expulsion
    on release); not migrants or deportees (``NOT_CAPTIVES``), nor a flight to its own state."""
    if verb.lemma_.lower() != "put" or verb.pos_ != "VERB":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.dep_ == "relcl":
        obj = verb.head  # "the prisoners Managua put on a plane"
    on = any(c.lower_ in ("on", "aboard") and c.dep_ == "prt" for c in verb.children)
    craft = [  # "on a plane to X", or "on" read as a particle with "a plane" the object
        t
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ in ("on", "aboard")) or (on and c.dep_ == "dobj")
        for t in c.subtree
        if t.lemma_.lower() in CRAFT_NOUNS
    ]
    if obj is None or not craft or obj.lemma_.lower() in CRAFT_NOUNS:
        return False
    tos = [t for t in [*craft[0].subtree, *verb.children] if t.lower_ == "to"]
    to = [g for t in tos for g in t.children if g.dep_ == "pobj"]
    bound = {p.code for p in places_in(ps, to, STATE_KINDS)}
    senders = set(actors_from(ps, subject_of(verb)))
    if len(bound) != 1 or not senders or bound & senders:
        return False
    head = people_head(obj) or obj
    if head.lemma_.lower() in NOT_CAPTIVES and not _held(obj):  # recall (v20): "migrants held
        return False  # since March in its prison"
    named = head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.text in ps.names)
    captives = head.lemma_.lower() in CAPTIVE_NOUNS or _held(obj)
    return named or captives or head.lower_ in PEOPLE_PRONOUNS


def gave_up_in_trade(verb: Token) -> bool:
    """recall: "In return, Kyiv gave up 56 people", "Slovenia gave up two spies, X and Y, Poland
    released Z": a counted group of people (or of named people) given up in a sentence that tells
    a trade or another state's release (``_traded_group``); not "gave up hope", nor a group given
    up outside a trade."""
    if verb.lemma_.lower() != "give" or verb.pos_ != "VERB":
        return False
    if not any(c.lower_ == "up" and c.dep_ == "prt" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    named = any(
        is_person(t) for c in obj.children if c.dep_ in ("appos", "conj") for t in c.subtree
    )
    counted = any(c.dep_ == "nummod" for c in obj.children)
    if named and counted and (TRADE_CUE.search(obj.doc.text) or _beside(obj)):
        return True  # "Slovenia gave up two spies, X and Y, Poland released Z"
    return _traded_group(obj)
