"""Who stands where around a release: states that only mediate or are only the nationality of
the freed (not actors), a ``by`` agent the parser left without an object, and the people a clause
trades in return ("freed X in exchange for Y") with the state on the other side.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.doc_memo import tokens
from detente.extract.mentions import ACTOR_KINDS, ParsedSentence, is_venue, own_subject

log = logging.getLogger(__name__)

# Tokens after an objectless "by" that may still name the agent.
AGENT_REACH = 3
# Verbs of people being held, whose place says who held them ("jailed in Lithuania").
HOLDING_VERBS = frozenset({"hold", "jail", "imprison", "detain", "serve", "keep", "incarcerate"})
# Verbs of taking people captive, whose agent holds them ("nine conscripts captured by Ukrainian
# forces"); not their place ("seized in the Red Sea").
CAPTURE_VERBS = frozenset({"capture", "seize", "take"})
# Nouns of a state's armed or police forces, whose nationality names the captor.
FORCES_NOUNS = frozenset(
    {"force", "troop", "army", "military", "soldier", "authority", "police", "navy", "guard"}
)
# Verbs of a go-between, whose agent helped a swap without freeing anyone ("brokered by Qatar").
MEDIATE_VERBS = frozenset({"broker", "mediate", "facilitate", "host", "arrange", "negotiate"})


def described_people(ps: ParsedSentence) -> set[str]:
    """States named only as the nationality of people ("24 hostages: 13 Israeli women, ten Thai
    farm workers and a Filipino caregiver"), which no parse makes an actor."""
    described = {p.code for p in ps.places if p.kind == "demonym" and of_people(p.span.root.head)}
    return described - {
        p.code for p in ps.places if not (p.kind == "demonym" and of_people(p.span.root.head))
    }


def of_people(noun: Token) -> bool:
    """A noun for people: a people noun, a counted or single noun ("ten farm workers", "a
    caregiver"), or one coordinated with such."""
    for tok in [noun, *([noun.head] if noun.dep_ == "conj" else [])]:
        if tok.pos_ != "NOUN" or _custody_place(tok):
            continue
        if tok.lemma_.lower() in lx.PEOPLE_NOUNS or any(
            c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in tok.children
        ):
            return True
    return False


def _custody_place(noun: Token) -> bool:
    """recall: "a Russian prison", "a Russian detention centre": a place of custody, whose
    nationality names who held, not people."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in lx.CUSTODY_NOUNS for w in words)


def mediators(ps: ParsedSentence) -> set[str]:
    """States named only as the agent of a mediating verb ("brokered by Qatar", "mediated by
    Oman") in the sentence."""
    inside = {
        t.i
        for verb in tokens(ps.doc)
        if verb.lemma_.lower() in MEDIATE_VERBS
        for c in verb.children
        if c.dep_ == "agent"
        for t in c.subtree
    }
    if not inside:
        return set()
    codes = {p.code for p in ps.places}
    elsewhere = {p.code for p in ps.places if p.span.start not in inside}
    return codes - elsewhere


def after_by(ps: ParsedSentence, trigger: Token) -> list[str]:
    """The state a ``by`` agent names when the parser left it without an object ("pardoned by
    Alexander Lukashenko days before", the name swallowed as a compound of "days")."""
    by = next((c for c in trigger.children if c.dep_ == "agent"), None)
    if by is None or any(c.dep_ == "pobj" for c in by.children):
        return []
    near = range(by.i + 1, by.i + 1 + AGENT_REACH)
    return [p.code for p in ps.places if p.span.start in near and p.kind in ACTOR_KINDS][:1]


def _own_clause_tokens(trigger: Token) -> set[int]:
    """The trigger's clause: its subtree less coordinated clauses with a subject of their own
    ("Sweden freed X in a swap for Y; Belgium sent Z home in return for W")."""
    drop = {
        t.i
        for c in trigger.children
        if c.dep_ in ("conj", "ccomp", "parataxis")
        and own_subject(c) is not None
        and not _reduced_relative(c)
        and not _let_go(c)
        for t in c.subtree
    }
    return {t.i for t in trigger.subtree} - drop


def _let_go(verb: Token) -> bool:
    """cluster recall: the "go" of "let him go in exchange for Y", which the parser reads as a
    clause with a subject of its own: "let X go" is one act, its "subject" the freed, and a trade
    phrase hung on "go" is the trigger's own."""
    return verb.dep_ == "ccomp" and verb.lower_ == "go" and verb.head.lemma_ == "let"


def _reduced_relative(verb: Token) -> bool:
    """recall: a bare participle the parser reads as a clause of its own ("freed the aid worker
    X, held for 455 days, in exchange for Y": "worker ... held" as a ccomp): no auxiliary, and
    its "subject" is the trigger's missing object, written right after it."""
    subject = own_subject(verb)
    trigger = verb.head
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VBN", "VBD")
        and subject is not None
        and subject.pos_ in ("NOUN", "PROPN")
        and subject.left_edge.i == trigger.i + 1
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and not any(c.dep_ == "dobj" for c in trigger.children)
    )


# Nouns of a trade: the object of a phrase that tells one ("in exchange (for ...)", "in return").
TRADE_PHRASE_NOUNS = frozenset({"exchange", "return", "swap", "trade"})
# Nouns and participles of a trade, whose "for" phrase names the people given in return.
TRADE_WORDS = TRADE_PHRASE_NOUNS | {"swapped", "traded"}
# Verbs of getting people back ("received in return the engineer X", "got back X in exchange").
RECEIVE_VERBS = frozenset({"receive", "get", "gain", "secure", "obtain", "win", "recover"})


def traded_for(ps: ParsedSentence, trigger: Token) -> list[str]:
    """Named people given in return in the trigger's clause ("freed her in exchange for X",
    "brokered the exchange of X for Y", "freed X and received in return Y")."""
    names: list[str] = []
    people = [ent for ent in ps.doc.ents if ent.label_ == "PERSON"]
    if not people:
        return names
    clause = _trade_clause(trigger)
    for tok in tokens(ps.doc):
        if tok.i not in clause:
            continue
        heads = [tok] if _trade_for(tok) else _received_in_return(tok)
        for ent in people:
            if any(ent.root in h.subtree and _object_of(ent.root, h) for h in heads):
                names.append(ent.text)
    return names


def _trade_clause(trigger: Token) -> set[int]:
    """The trigger's own clause, with the "for" of "brokered the exchange of X for Y", which the
    parser hangs on the verb."""
    clause = _own_clause_tokens(trigger)
    if trigger.dep_ == "dobj":
        clause |= {c.i for c in trigger.head.children if c.lower_ == "for"}
    head = trigger.head
    if (trigger.dep_ == "dobj" and head.lemma_.lower() in RECEIVE_VERBS) or (
        trigger.dep_ == "ccomp" and head.lemma_.lower() in lx.SPEECH_VERBS
    ):  # recall: "secured the release of X in exchange for Y"; "freed X, in exchange for Y,
        # officials said", the trade's phrase hung on the verb that governs the release
        clause |= {t.i for c in head.children if _trade_phrase(c) for t in c.subtree}
    return clause


def _trade_phrase(prep: Token) -> bool:
    """ "in exchange (for ...)", "in return (for ...)": a phrase that tells a trade."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in TRADE_PHRASE_NOUNS for g in prep.children
    )


def traded_objects(trigger: Token) -> list[Token]:
    """The objects of the trade "for"s in the trigger's own clause ("freed 189 in return for 150
    Russians" → Russians; "were exchanged for an American" → American), and the people got back
    in return ("received in return X")."""
    clause = _trade_clause(trigger)
    return [
        g
        for tok in tokens(trigger.doc)
        if tok.i in clause
        for g in [*(_for_objects(tok) if _trade_for(tok) else []), *_got_back(tok)]
    ]


def _for_objects(prep: Token) -> list[Token]:
    """The objects of a "for": its own, else the subject of the clause the parser hangs on it
    ("in exchange for the arms dealer X, ending a case ...", "in a swap for an Afghan serving a
    life sentence": recall, the name read as the subject of the participle after it)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects:
        return objects
    return [
        s
        for c in prep.children
        if c.dep_ == "pcomp" and c.tag_ == "VBG"
        for s in c.children
        if s.dep_ == "nsubj" and s.i < c.i and s.pos_ in ("NOUN", "PROPN")
    ]


def _got_back(tok: Token) -> list[Token]:
    """The objects of a verb of getting people back told as a trade ("and received in return X",
    "got X back in exchange"), also when the parser reads "in return X" as one noun phrase."""
    if tok.lemma_.lower() not in RECEIVE_VERBS:
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    traded = False
    for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children):
        if g.lemma_.lower() in ("return", "exchange"):
            traded = True
        elif g.dep_ == "pobj" and any(c.lower_ in ("return", "exchange") for c in g.lefts):
            traded = True
            objects.append(g)
    return objects if traded else []


def _trade_for(tok: Token) -> bool:
    """A "for" of a trade: on a trade noun, or on a verb whose object is one (the parser hangs
    "for Y" of "brokered the exchange of X for Y" on the verb)."""
    if tok.lower_ != "for":
        return False
    head = tok.head
    return head.lemma_.lower() in TRADE_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in TRADE_WORDS and c.i < tok.i for c in head.children
    )


def given_in_return(trigger: Token) -> Token | None:
    """For a release noun that is what a trade was for ("was let go in return for the release of
    X"), the verb of the release it was traded against."""
    if (
        trigger.pos_ not in ("NOUN", "PROPN")
        or trigger.dep_ != "pobj"
        or not _trade_for(trigger.head)
    ):
        return None
    return next((t for t in trigger.head.ancestors if t.pos_ == "VERB"), None)


def _received_in_return(tok: Token) -> list[Token]:
    """A verb of getting people back modified by "in return" or "in exchange", with that noun
    (the parser may hang the object on either): the heads whose objects were traded."""
    if tok.lemma_.lower() not in RECEIVE_VERBS:
        return []
    nouns = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.lemma_.lower() in ("return", "exchange")
    ]
    return [tok, *nouns] if nouns else []


def _object_of(name: Token, head: Token) -> bool:
    """A name that is the object of ``head`` (a preposition, or a verb of getting back), or in
    apposition to it ("for the diplomat X")."""
    if name.dep_ == "appos" and name.head.dep_ in ("pobj", "dobj"):
        name = name.head
    if name.head.i == head.i and name.dep_ in ("pobj", "dobj"):
        return True
    if head.lower_ == "for" and name in _for_objects(head):  # "for X, ending a case"
        return True
    of = name.head  # "in return for the release of X": the people of the act traded for
    act = of.head
    return (
        name.dep_ == "pobj"
        and of.lower_ == "of"
        and act.lemma_.lower() in lx.RELEASE_NOUNS
        and act.dep_ == "pobj"
        and act.head.i == head.i
    )


def counter_actor(ps: ParsedSentence, actor: str | None, trigger: Token) -> str | None:
    """The other side of a one-for-one trade: the state most named in the sentence besides the
    actor and the states acting in other clauses ("Sweden freed X ...; Belgium sent Y home in
    return for Z": Sweden is not Belgium's counterpart)."""
    held = _traded_held_by(ps, actor, trigger)
    if held is not None:  # actors: "in exchange for three Iranians held in Thailand"
        return held
    acting = {
        p.code
        for p in ps.places
        if p.span.root.dep_ in ("nsubj", "nsubjpass") and p.span.root.head.i != trigger.i
    }
    codes = [
        p.code
        for p in ps.places
        if p.code != actor
        and p.code not in ("EU", "UN")
        and p.code not in acting
        and p.kind in ("name", "capital", "demonym")
        and not is_venue(p.span.root, trigger)
        and not _acting_as_go_between(p.span.root)
    ]
    return max(codes, key=codes.count) if codes else None


# Roles a state's people act in that make it no party ("Swiss diplomats acting as go-betweens").
GO_BETWEEN_ROLES = ("between", "mediator", "intermediar", "broker", "facilitator", "host")


def _acting_as_go_between(word: Token) -> bool:
    """Whether a state's word names people acting as go-betweens ("with Swiss diplomats acting as
    go-betweens", "Norway, which served as mediator")."""
    noun = word.head if word.dep_ in ("amod", "compound") else word
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    clauses += [noun.head] if noun.dep_ == "nsubj" else []  # "with Swiss diplomats acting as"
    return any(
        verb.lemma_.lower() in ("act", "serve")
        and any(
            any(r in g.lower_ for r in GO_BETWEEN_ROLES)
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
        )
        for verb in clauses
    )


def _traded_held_by(ps: ParsedSentence, actor: str | None, trigger: Token) -> str | None:
    """The state a clause on the people traded for says held them ("in exchange for two Russians
    jailed in Lithuania", "for X, a Russian serving a sentence in Poland"): the other side,
    whatever states the sentence names more (the nationality of the freed, a dual national's
    other country). Not where they were arrested ("arrested in Cyprus on US charges")."""
    for obj in traded_objects(trigger):
        for tok in [obj, *(c for c in obj.children if c.dep_ == "appos")]:
            for verb in (c for c in tok.children if c.dep_ in ("acl", "relcl")):
                if verb.lemma_.lower() not in HOLDING_VERBS | CAPTURE_VERBS:
                    continue
                near = {verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")}
                codes = {
                    p.code
                    for p in ps.places
                    if (prep := _place_prep(p.span.root, p.kind)) is not None
                    and prep.head.i in near
                    and p.code != actor
                    and (prep.lower_ == "by" or verb.lemma_.lower() in HOLDING_VERBS)
                }
                if len(codes) == 1:
                    return codes.pop()
    return None


def _place_prep(root: Token, kind: str) -> Token | None:
    """The "in" or "by" a state's word hangs on: "jailed in Lithuania", "held by Poland"; recall:
    or the forces it qualifies, "captured by Ukrainian forces"."""
    if kind in ("name", "capital") and root.head.lower_ in ("in", "by"):
        return root.head
    if kind == "demonym" and root.dep_ in ("amod", "compound") and root.head.head.lower_ == "by":
        return root.head.head if root.head.lemma_.lower() in FORCES_NOUNS else None
    return None


# --- releases (v12): a release traded for sanctions relief is no other side's release ---
# What a trade gives that is sanctions relief, not people ("the licence was granted in exchange for
# the release of our citizens", "a decision to lift some measures in exchange for the release").
RELIEF_NOUNS = lx.SANCTION_NOUNS | lx.EASE_NOUNS | lx.CORE_SANCTION_NOUNS | {"move", "step"}


def given_relief(trigger: Token) -> bool:
    """Whether a release noun is what sanctions relief was traded for ("the licence was granted
    in exchange for the release of our citizens"): the release is then the article's captor's
    own act, not the other side's of a prisoner swap."""
    given = given_in_return(trigger)
    if given is None or given.lemma_.lower() in lx.RELEASE_VERBS:
        return False
    words = [c for c in given.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(w.lemma_.lower() in RELIEF_NOUNS for w in words)


def own_words(noun: Token) -> list[Token]:
    """A noun phrase's words less its clauses and prepositional phrases: whether a traded object
    names people is read in its own words, not in "nine conscripts captured by Ukrainian forces,
    an aide to President X" or "two nephews of the first lady X"."""
    drop = {t.i for c in noun.children if c.dep_ in ("acl", "relcl", "prep") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in drop]


# Verbs that tell a release whose trade a noun after them names ("freed X in a swap for Y").
ACT_VERBS = frozenset({"free", "release", "pardon", "liberate", "let", "hand"})


def trade_idiom(tok: Token) -> bool:
    """ "in exchange for X", "in return for X"; and, on a freeing verb, "freed X in a swap for Y",
    "was released in a one-for-one exchange for Y" (cluster recall): the verb tells the act, the
    noun only its trade (the people given for it are the other side's, :func:`traded_for`)."""
    if not (
        tok.lemma_.lower() in ("exchange", "return", "swap", "trade")
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
    ):
        return False
    if not any(c.dep_ in ("det", "compound", "amod") for c in tok.children):
        return tok.lemma_.lower() != "trade"
    verb = tok.head.head
    if verb.lower_ == "go" and verb.head.lemma_ == "let":  # "let him go in a swap for Y"
        verb = verb.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in ACT_VERBS
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    )
