"""People a state held and sent to another state: "El Salvador sent 252 Venezuelans it had been
holding back to Caracas", "Cuba sent X, who had spent twenty years behind bars, to Washington"
(a release trigger read by ``release_triggers``: an expulsion on release, told by "send").

A state sending people to a state other than its own frees them when the people are captives by
their noun or told as held by a clause or phrase on them; people with no word of custody ("sent
300 soldiers to Syria", "sent a delegation to Geneva"), migrants or deportees with none ("sent 40
migrants back to Haiti"), and people sent into another custody ("sent to a prison in Russia") are
not freed.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract.captors import CAPTIVE_NOUNS, STATE_KINDS
from detente.extract.groups import people_head
from detente.extract.handovers import HELD_WORDS, NOT_CAPTIVES
from detente.extract.held_clauses import custody_word
from detente.extract.lexicon import CUSTODY_NOUNS
from detente.extract.mentions import ParsedSentence, actors_from, is_person, places_in, subject_of

# Verbs that send people somewhere.
SENDING = frozenset({"send"})
# Dependencies of the phrases on a person or group that describe them ("X, a dissident who had
# served ten years", "252 Venezuelans it had been holding", "Venezuelans held in its prison").
DESCRIBING = frozenset({"relcl", "acl", "appos", "amod"})


def sent_abroad(verb: Token, ps: ParsedSentence) -> bool:
    """Whether ``verb`` sends people its subject's state held to another state (see the module)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING:
        return False  # (before the children are walked: most verbs are not "send")
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # passives: handovers.held_flown_out and captives_sent read them
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not held_group(obj, ps):
        return False
    return sent_to(verb, ps) is not None


def sent_to(verb: Token, ps: ParsedSentence) -> str | None:
    """The one state other than the sender's that a "to" phrase after the verb's object names as
    where the people were sent, wherever the parser hung the phrase ("it had been holding since
    March back to Caracas": under the clause on the people); None if none or several."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    senders = set(actors_from(ps, subject_of(verb)))
    if obj is None or len(senders) != 1:
        return None
    bound = _bound_for(verb, obj, ps) - senders
    return next(iter(bound)) if len(bound) == 1 else None


def held_group(obj: Token, ps: ParsedSentence) -> bool:
    """Captives by their noun ("135 political prisoners"), or people a phrase on them tells as
    held ("252 Venezuelans it had been holding", "X, who had spent twenty years behind bars", "a
    Pakistani soldier it had detained"): counted, named or one told as held; a group of migrants
    or deportees only when told as held ("migrants held since March in its prison")."""
    head = people_head(obj) or obj
    lemma = head.lemma_.lower()
    if lemma in CAPTIVE_NOUNS:
        return True
    counted = any(c.dep_ == "nummod" for c in obj.children)
    one = obj.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an") for c in obj.children)
    if not (counted or one or _named(obj, ps)):
        return False
    described = [t for c in obj.children if c.dep_ in DESCRIBING for t in c.subtree]
    described += [t for c in _misparsed_clauses(obj) for t in c.subtree]
    return any(custody_word(t) for t in described) and (
        lemma not in NOT_CAPTIVES or any(t.lemma_.lower() in HELD_WORDS for t in described)
    )


def _misparsed_clauses(obj: Token) -> list[Token]:
    """A clause on the people that the parser hung on the verb ("sent 123 Egyptians it had
    detained at sea back to Cairo", "detained" read as the verb's complement): a clause after the
    object whose subject is "it" or "they", the sender told again."""
    verb = obj.head
    return [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "advcl")
        and c.i > obj.i
        and any(s.dep_ == "nsubj" and s.lower_ in ("it", "they") for s in c.children)
    ]


def _named(obj: Token, ps: ParsedSentence) -> bool:
    """A person's name, by the named-entity tagger, the article's names, or a describing phrase
    on a proper noun ("X, an intelligence officer who ...", a name the tagger took for a firm)."""
    if is_person(obj) or obj.text in ps.names:
        return True
    return obj.pos_ == "PROPN" and any(
        c.dep_ == "appos" or (c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children))
        for c in obj.children
    )


def _bound_for(verb: Token, obj: Token, ps: ParsedSentence) -> set[str]:
    """States a "to" phrase after the group names as where it was sent ("to Caracas", "back to
    Washington"), wherever the parser hung the phrase; none when a "to" phrase leads into custody
    ("to a penal colony in Russia")."""
    tos = [
        t for t in verb.subtree if t.lower_ == "to" and t.i > obj.i and t.dep_ in ("prep", "dative")
    ]
    pobjs = [g for t in tos for g in t.children if g.dep_ == "pobj"]
    if any(w.lemma_.lower() in CUSTODY_NOUNS for g in pobjs for w in g.subtree):
        return set()
    return {p.code for p in places_in(ps, [t for g in pobjs for t in g.subtree], STATE_KINDS)}
