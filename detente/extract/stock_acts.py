"""Acts told of counted people that are not their holding (split from :mod:`stocks`, session 18).

A sentence with custody words may count people that its own clause jails as news ("police arrested
40 protesters", "more than 400 people were detained during the protests"), puts to death, lists
for sanctions or trades ("China executed four nationals last year, and tariffs remain in place"):
none of them is a count of people still held.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract.doc_memo import per_token

# How far up from the people noun their own verb may sit.
ACT_REACH = 4

JAILING_VERBS = frozenset({"sentence", "convict", "arrest", "jail", "imprison", "detain", "seize"})
"""Verbs whose object is people jailed by the act the sentence tells (news, not an estimate)."""
DEATH_VERBS = frozenset({"die", "kill", "perish", "execute"})
"""What became of people no longer held: a count of them is not a count of prisoners."""


# Verbs whose people are told of as the object of another act than holding: put to death, listed
# by a sanctions body, traded ("China executed four nationals", "the Council added eight
# individuals to its list", "traded an asset for the three remaining members").
OTHER_ACTS = DEATH_VERBS | frozenset(
    {"impose", "add", "designate", "sanction", "blacklist", "trade", "swap", "exchange"}
)


def acted_on(noun: Token) -> bool:
    """Whether the people noun's own verb (the first verb above it) is another act than holding,
    with no "still" of its own: the sentence's custody words are another clause's ("executed four
    nationals last year, and tariffs remain in place")."""
    verb = next((a for a in list(noun.ancestors)[:ACT_REACH] if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in OTHER_ACTS:
        return False
    return not any(c.lower_ == "still" and c.dep_ == "advmod" for c in verb.children)


def newly_jailed(noun: Token) -> bool:
    """People the sentence jails as news, not a count of those still held: "a court sentenced ten
    members to six years in prison", "police arrested 40 protesters"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("including", "among") and verb.head.pos_ == "NOUN":
        # "the detention of forty people, including two journalists": the part goes with the whole
        owner = verb.head
        return arrests_told(owner) if owner.lemma_.lower() in JAILING_NOUNS else newly_jailed(owner)
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in JAILING_NOUNS:
        # "cited the detention of at least forty people since April"
        return arrests_told(verb.head)
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in JAILING_VERBS
        and not any(c.lower_ in ("still", "remain") for c in verb.children)
    )


def jailed_then(noun: Token) -> bool:
    """People a past passive jails as news ("More than 400 people were detained during the
    protests", "a further twelve people were convicted this week"), not people still held."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in JAILING_VERBS:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in kids) and not any(
        c.lower_ == "still" for c in kids
    )


# precision (v20): words of a later clause that counts those still held ("and 50 remain").
STILL_WORDS = frozenset({"remain", "still"})


def jailed_so_far(noun: Token) -> bool:
    """People a perfect passive counts as jailed so far ("More than 400 people have been
    detained, and at least 50 remain in custody", "17 Japanese have been detained since 2014, and
    several remain in prison"): detentions over a period, not people still held (guide, session
    21), unless the same clause says they remain ("have been detained and remain in custody")."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in JAILING_VERBS | {"abduct", "kidnap"}:
        return False
    kids = list(verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids) and any(
        c.dep_ == "auxpass" and c.lower_ == "been" for c in kids
    )
    if not perfect or any(c.lower_ == "still" for c in kids):
        return False
    return not any(_still_too(c) for c in kids if c.dep_ == "conj")


# Verbs of a conjunct that keeps the same people held ("have been detained and remain in prison").
KEPT_VERBS = STILL_WORDS | frozenset({"stay", "languish", "hold", "keep"})


def _still_too(conj: Token) -> bool:
    """Whether a conjunct of the jailing verb, with no subject of its own, says its people are
    still held ("... and remain in custody", "... and are still held")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return False  # "... and several remain in prison": another group
    if conj.lemma_.lower() in KEPT_VERBS or conj.lower_ in STILL_WORDS:
        return True
    return any(c.lower_ == "still" for c in conj.children) or any(
        _still_too(c) for c in conj.children if c.dep_ == "conj"
    )


def arrests_told(jailing: Token) -> bool:
    """A jailing noun told as news, unless it says they go on ("the continued detention of")."""
    return not any(c.lower_ in ONGOING for c in jailing.children)


JAILING_NOUNS = frozenset({"detention", "arrest", "jailing", "imprisonment"})
ONGOING = frozenset({"continued", "continuing", "ongoing", "current", "prolonged", "arbitrary"})


# precision (v20): people kept from leaving a country are not held ("barred from leaving China
# under exit bans", "face exit bans"), nor the places a prison was built for.
NOT_HELD_CLAUSE = re.compile(
    r"\b(?:exit|travel) bans?\b|\b(?:barred|banned|prevented|stopped|forbidden) from leaving\b",
    re.IGNORECASE,
)
CUSTODY = re.compile(
    r"\b(?:detention|detained|prisons?|jails?|jailed|custody|imprisoned|behind bars)\b",
    re.IGNORECASE,
)
OTHER_CLAUSES = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis"})
CAPACITY_VERBS = frozenset({"build", "design", "mean", "intend", "plan"})


@per_token  # asked by two tests of each held noun
def _own_clause(noun: Token) -> tuple[Token, ...]:
    """The tokens of the clause of the noun's own verb, without the clauses joined to it ("80
    remain in prison, and others face exit bans": "80 remain in prison")."""
    chain = [noun, *list(noun.ancestors)[:ACT_REACH]]
    verb = next((a for a in chain if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return ()
    other = {t.i for c in verb.children if _other_clause(c) for t in c.subtree}
    return tuple(t for t in verb.subtree if t.i not in other)


def _other_clause(tok: Token) -> bool:
    """A clause joined to a verb that is not its own predicate: a complement, an adverbial or a
    relative clause, or a conjunct with a subject of its own ("held hostage or detained abroad"
    shares its subject: the same clause)."""
    if tok.dep_ == "conj":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return tok.dep_ in OTHER_CLAUSES


def kept_from_leaving(noun: Token) -> bool:
    """People the noun's own clause keeps from leaving a country ("200 Americans are barred from
    leaving China", "about 200 Americans face exit bans"): not in custody."""
    clause = " ".join(t.text for t in _own_clause(noun))
    # "subject to exit bans or wrongful detention", "in prisons, besides others barred from
    # leaving": custody told in the same clause keeps them held
    return NOT_HELD_CLAUSE.search(clause) is not None and CUSTODY.search(clause) is None


# precision (v20): people held by many states at once have no one holding state ("detained
# abroad", "held around the world", "in jails overseas"; not a body's name, "Hostage Aid Worldwide").
ABROAD_WORDS = frozenset({"abroad", "overseas", "worldwide"})
WORLD_WORDS = frozenset({"world", "globe"})
SPREAD_PREPS = frozenset({"around", "across"})
CUSTODY_NOUNS = frozenset({"prison", "jail", "custody", "detention", "cell"})


def held_abroad(noun: Token) -> bool:
    """People the clause holds "abroad", "around the world" ("over fifty Americans are held
    hostage or wrongfully detained abroad"): a figure over many holding states, no stock of one."""
    for t in _own_clause(noun):
        where = t.head.head if t.lower_ in WORLD_WORDS and t.head.lower_ in SPREAD_PREPS else t
        if where is t and t.text not in ABROAD_WORDS:
            continue  # lower case only: "Hostage Aid Worldwide" is a name
        holder = where.head
        if holder.pos_ in ("VERB", "AUX") or holder.lemma_.lower() in CUSTODY_NOUNS:
            return True
    return False


def capacity(noun: Token) -> bool:
    """The people a prison was built for ("Roumieh, built for 1,200 inmates"): a capacity."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in CAPACITY_VERBS
        and prep.head.tag_ == "VBN"
    )


# precision (v21): people the sentence tells as freed, by a clause on them or on the group they
# are part of, are no count of people still held, whatever custody words describe their past.
FREED_VERBS = frozenset({"free", "release", "pardon", "liberate", "amnesty", "unshackle"})
MODALS = frozenset({"to", "would", "will", "could", "should", "may", "might", "must", "can"})
# Pronouns that stand for the counted people in a later clause ("after Iran let them go").
THEM = frozenset({"them", "him", "her"})


def freed_told(noun: Token) -> bool:
    """Whether the sentence tells the counted people as freed: a clause on them ("its 16
    remaining crew members, who were freed by Iran"), the freed group they are told among
    ("among those released were an estimated 200 people held over protests", "of the prisoners
    freed, 250 were serving life terms"), or a later clause of their verb that frees "them"
    ("three Americans held for years were resting in Germany, two days after Iran let them go")."""
    if any(_frees(c) for c in noun.children if c.dep_ in ("relcl", "acl")):
        return True
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "attr") else None
    owners = [noun] if verb is None else [noun, verb]
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep"):
        if prep.lower_ not in ("among", "of"):
            continue
        for group in (g for g in prep.children if g.dep_ == "pobj"):
            if any(_frees(c) for c in group.children if c.dep_ in ("relcl", "acl")):
                return True
    if verb is None:
        return False
    later = (c for c in verb.children if c.dep_ in ("advcl", "prep", "conj"))
    return any(_frees(t) and _frees_them(t) for c in later for t in c.subtree if t.pos_ == "VERB")


def _frees(verb: Token) -> bool:
    """A verb that frees, told as done: not negated, not wanted or to come ("refused to free
    them", "urged Minsk to free them", "would free them")."""
    if verb.dep_ == "xcomp" or any(c.dep_ == "neg" or c.lower_ in MODALS for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "let":
        return any(c.lower_ == "go" for c in verb.subtree)
    return lemma in FREED_VERBS


def _frees_them(verb: Token) -> bool:
    """Whether a freeing verb's object is a pronoun for people ("let them go", "freed him")."""
    return any(t.lower_ in THEM and t.dep_ in ("dobj", "nsubj") for t in verb.subtree)


# Modifiers of people no longer held ("three former prisoners", "ex-detainees").
FORMER_WORDS = frozenset({"former", "ex", "ex-"})


# Nouns of people held, which "former" makes people no longer held (not "former ministers").
CAPTIVITY_NOUNS = frozenset({"prisoner", "detainee", "inmate", "hostage", "captive", "convict"})


def former(noun: Token) -> bool:
    """People told as no longer held by their own noun ("the film follows three former
    prisoners", "two ex-detainees"): no stock. "Two former ministers remain in custody" are
    held."""
    return noun.lemma_.lower() in CAPTIVITY_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in FORMER_WORDS for c in noun.children
    )
