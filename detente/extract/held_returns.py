"""People returned from where another state held them: "150 Russian servicemen were returned from
territory controlled by Kyiv", "75 servicemen who had been in captivity have been returned from the
territory controlled by the Kiev regime" (a defence ministry's wording of its own people coming
back in a swap; a release trigger read by ``release_triggers``: the state named in the "from"
phrase freed them).

Only a counted group ("the same number of" counts) given back from territory, captivity or a
state, in the passive: "returned from a training mission", "returned from holiday" and people
returning by themselves are no release.

And the other side of a swap told in one sentence with a verb of giving back ("Russia handed over
95 prisoners and Ukraine returned 95 soldiers", "... and Kyiv sent back 246 troops"): the state
that returns people coordinated with another state's release frees them.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.captors import CAPTIVE_NOUNS, STATE_KINDS
from detente.extract.destinations import demonym_of
from detente.extract.groups import people_head
from detente.extract.handovers import SERVICE_NOUNS, handed_over_misparsed
from detente.extract.mentions import ParsedSentence, own_subject, places_in

# Nouns of where a state holds the people it gives back ("from territory controlled by Kyiv").
HOLDING_NOUNS = frozenset({"territory", "territories", "captivity", "custody", "detention",
                           "control"})  # fmt: skip


def returned_from_holder(verb: Token, ps: ParsedSentence) -> bool:
    """Whether ``verb`` is a passive "returned" of a counted group of people from where a state
    held them (see the module)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "return":
        return False  # (before the children are walked: most verbs are not "return")
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    group = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if group is None or not _counted_people(group):
        return False
    froms = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
    ]
    words = [t for g in froms for t in g.subtree]
    if not any(t.lemma_.lower() in HOLDING_NOUNS for t in words):
        return False
    return bool(places_in(ps, words, STATE_KINDS))


def _counted_people(group: Token) -> bool:
    """A counted group of people ("150 Russian servicemen", "270 servicemen and 120 civilians",
    "the same number of Russian soldiers")."""
    if group.lemma_.lower() == "number" and any(c.lower_ == "same" for c in group.children):
        of = [g for c in group.children if c.lower_ == "of" for g in c.children]
        return any(_people(g) for g in of)
    return any(c.dep_ == "nummod" for c in group.children) and _people(group)


def _people(tok: Token) -> bool:
    head = people_head(tok) or tok
    lemma = head.lemma_.lower()
    return lemma in SERVICE_NOUNS or lemma in CAPTIVE_NOUNS or lemma in lx.PEOPLE_NOUNS


# Verbs that give people back in a swap's second clause ("and Ukraine returned 95 soldiers");
# "send" and "give" only with "back".
GIVE_BACK_VERBS = frozenset({"return", "repatriate"})
BACK_VERBS = frozenset({"send", "give"})
# Status nouns of people given back besides the people nouns ("eight residents", "246 troops").
GIVEN_BACK_NOUNS = frozenset({"civilian", "resident", "troop", "defender", "guardsman"})


def returned_in_kind(verb: Token, ps: ParsedSentence) -> bool:
    """Whether ``verb`` gives a counted or named group back in a clause coordinated with a
    release by another state ("Russia handed over 207 prisoners and Ukraine returned 195
    servicemen"): its subject is a state and differs from the release's."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in GIVE_BACK_VERBS | BACK_VERBS:
        return False  # (before the children are walked)
    if lemma in BACK_VERBS and not any(c.lower_ == "back" for c in verb.children):
        return False
    group = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if group is None or not (
        group.ent_type_ == "PERSON"
        or _counted_people(group)
        or (
            any(c.dep_ == "nummod" for c in group.children)
            and group.lemma_.lower() in GIVEN_BACK_NOUNS
        )
    ):
        return False
    # "and Ukraine sent back 246 troops", misparsed as a clause under the release verb
    partners = [verb.head] if verb.dep_ in ("conj", "ccomp") else []
    partners += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    own = _returning_state(verb, ps)
    if own is None or _own_people(group, ps, own):
        return False
    return any(
        _frees(p) and (other := _state_of(own_subject(p), ps)) is not None and other != own
        for p in partners
    )


def _frees(verb: Token) -> bool:
    """A verb that frees people by itself ("freed", "released", "handed over")."""
    lemma = verb.lemma_.lower()
    if lemma == "hand":
        return any(c.lower_ in ("over", "back") for c in verb.children) or handed_over_misparsed(
            verb
        )
    return verb.pos_ == "VERB" and lemma in lx.RELEASE_VERBS


def _state_of(subject: Token | None, ps: ParsedSentence) -> str | None:
    """The state a clause's subject names ("Ukraine", "Kyiv", "the United States")."""
    if subject is None:
        return None
    found = places_in(ps, list(subject.subtree), STATE_KINDS)
    return found[0].code if len({p.code for p in found}) == 1 else None


def _state_before(verb: Token, ps: ParsedSentence) -> str | None:
    """recall: the state written right before a subjectless verb after "and", "while" or a comma
    ("... prisoners of war and Ukraine returned 195", "Ukraine" parsed as a conjunct of "war")."""
    for p in ps.places:
        if p.kind not in STATE_KINDS or p.span.end != verb.i:
            continue
        start = p.span.start - (p.span.start > 0 and ps.doc[p.span.start - 1].lower_ == "the")
        if start > 0 and ps.doc[start - 1].lower_ in ("and", "while", "whereas", ",", ";"):
            return p.code
    return None


def own_people_returned(verb: Token, ps: ParsedSentence) -> bool:
    """precision: a state that "returns" people of its own nationality ("and Kyiv returned 300
    Ukrainian soldiers to the front") sends its own people somewhere; it frees no one."""
    group = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if group is None:
        return False
    own = _returning_state(verb, ps)
    return own is not None and _own_people(group, ps, own)


def _returning_state(verb: Token, ps: ParsedSentence) -> str | None:
    """The state that gives people back: written right before the verb, else its subject."""
    return _state_before(verb, ps) or _state_of(own_subject(verb), ps)


def _own_people(group: Token, ps: ParsedSentence, state: str) -> bool:
    """Whether the group given back is of the giving state's own nationality."""
    return demonym_of(people_head(group) or group, ps) == state
