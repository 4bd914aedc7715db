"""Senses of a release word that free no one from custody: released from a contract or a duty,
an act named only as the alternative to what happened, a future act that waits for a condition.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.doc_memo import lemmas
from detente.extract.mentions import ParsedSentence

log = logging.getLogger(__name__)

# What one is released from that is no custody ("released from his contract", "from the squad").
NOT_CUSTODY = frozenset(
    {"contract", "deal", "obligation", "duty", "agreement", "commitment", "club", "team", "squad",
     "hospital", "job", "post", "role", "debt", "loan", "clause", "responsibility", "service",
     # precision (v20): measures are no custody ("released five banks from its asset freeze")
     "freeze", "sanction", "sanctions", "blacklist", "embargo", "restriction", "designation"}
)  # fmt: skip
# Marks of a time a future act waits for when "only" then ("will release them only once ...").
CONDITION_MARKS = frozenset({"once", "until", "when", "after"})


def _from_obligation(trigger: Token) -> bool:
    """Released from a contract or a duty, not from custody ("released the striker from his
    contract, freeing him to join ...", "from the final year of his contract"): the trigger's
    "from" phrase, or that of the release verb a participle clause hangs on."""
    verbs = [trigger, *([trigger.head] if trigger.dep_ in ("advcl", "conj", "xcomp") else [])]
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and _obligation(g)
        for v in verbs
        for c in v.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _obligation(noun: Token) -> bool:
    """A contract or a duty, or a part "of" one ("the final year of his contract")."""
    if noun.lemma_.lower() in NOT_CUSTODY:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and g.dep_ == "pobj"
        and g.lemma_.lower() in NOT_CUSTODY
        for c in noun.children
        for g in c.children
    )


def _alternative(trigger: Token) -> bool:
    """An act named as what did not happen ("live at home rather than walk free", "instead of
    freeing them", "would rather stay in a cell than walk free")."""
    before = trigger.doc[max(0, trigger.i - 3) : trigger.i].text.lower()
    if "rather than" in before or "instead of" in before:
        return True
    sent = trigger.sent
    earlier = trigger.doc[sent.start : trigger.i]
    return " than" in f" {before}" and any(t.lower_ == "rather" for t in earlier)


def _future_on_condition(trigger: Token) -> bool:
    """A future act that waits for a condition ("will release them only once the crossings
    reopen", "will free them if ..."): not announced as done."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in trigger.children):
        return False
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        only = any(m.lower_ == "only" for m in clause.subtree)
        if marks & {"if", "unless", "provided"} or (marks & CONDITION_MARKS and only):
            return True
    return False


# --- falsepos (v11): animals, names of bodies, trade terms ---
# Beings a "pardon" or "release" frees that are no prisoners ("pardoned two turkeys").
ANIMALS = frozenset(
    {"turkey", "animal", "bird", "dog", "cat", "horse", "bear", "wolf", "dolphin", "whale", "turtle",
     "eagle", "falcon", "fish", "salmon", "tiger", "lion", "elephant", "pet", "cow", "sheep", "goat"}
)  # fmt: skip
# Nouns of the dead, whose handing over frees no one ("the remains of 212 soldiers").
DEAD = frozenset({"remains", "remain", "body", "bodies", "corpse", "ashes"})
# Words after "free" in a trade term ("quoted at 216 dollars a tonne free on board").
TRADE_TERMS = ("on board", "alongside", "carrier")


def _in_a_name(trigger: Token) -> bool:
    """ "the Committee for the Release of Detainees": the word is part of a body's name."""
    return (
        trigger.ent_type_ == "ORG"
        and trigger.text[:1].isupper()
        and trigger.i > trigger.sent.start
        and trigger.doc[trigger.i - 1].text[:1].isupper()
    )


def _trade_term(trigger: Token) -> bool:
    """ "free on board": a price term, not a release."""
    after = trigger.doc[trigger.i + 1 : trigger.i + 3].text.lower()
    return trigger.lower_ == "free" and after.startswith(TRADE_TERMS)


def animal(group: Token | None) -> bool:
    """Whether the freed group is of animals ("pardoned two turkeys, Peach and Blossom") or of the
    dead ("the remains of 212 soldiers, handed over by Russia")."""
    if group is None:
        return False
    of = group.head if group.dep_ == "pobj" and group.head.lower_ == "of" else None
    return group.lemma_.lower() in ANIMALS or (of is not None and of.head.lemma_.lower() in DEAD)


# Currency words and symbols: a "release" of an amount of them frees money, not people.
CURRENCY = frozenset(
    {"$", "€", "£", "¥", "dollar", "euro", "pound", "yuan", "rial", "ruble", "rouble", "dirham"}
)


def money(head: Token | None) -> bool:
    """precision (v16): whether the freed group is an amount of money ("the release of about
    $3 billion in frozen funds", "release of 6 billion dollars"): its head a currency, or an
    amount a currency sign or word counts."""
    if head is None:
        return False
    if head.lemma_.lower() in CURRENCY:
        return True
    return head.like_num and any(
        c.lower_ in CURRENCY or c.lemma_.lower() in CURRENCY
        for c in head.children
        if c.dep_ in ("quantmod", "nmod", "compound", "nummod")
    )


def no_custody(trigger: Token) -> bool:
    """Whether a release trigger frees no one from custody in one of these senses."""
    return (
        _from_obligation(trigger)
        or _alternative(trigger)
        or _future_on_condition(trigger)
        or _in_a_name(trigger)
        or _trade_term(trigger)
    )


# --- falsepos (v11): sanctions words that tell no state's sanctions act ---
# Bans on travel that are not sanctions ("lifted an exit ban", "announced visa restrictions").
TRAVEL_MEASURES = re.compile(
    r"\b(?:visa|exit|travel|entry)[- ](?:bans?|restrictions?|curbs?)\b|\bbarred from (?:entering|leaving)"
    r"|\bbars? (?:\w+ )?from (?:entering|leaving)\b|\btariffs?\b|\bcustoms duties\b"
    # precision (v19): "banned 500 Americans, among them X, from entering Russia", "its list of
    # foreigners banned from entering the country"
    r"|\b(?:bann(?:ed|ing)|barr(?:ed|ing)|bans?) (?:[\w,'’.-]+ ){0,12}?from (?:entering|leaving)\b",
    re.IGNORECASE,
)
# Words of state sanctions proper, which keep a sentence with a travel ban or a tariff in play
# ("an asset freeze and travel ban on eleven individuals").
PROPER_MEASURES = re.compile(
    r"sanction|embargo|blacklist|asset|freez|designat|delist|magnitsky|export ban|import ban",
    re.IGNORECASE,
)
# A state's own list of banned material or groups, no sanctions list.
EXTREMIST_LIST = re.compile(r"\blist of \W?extremis", re.IGNORECASE)
# Nouns of a group labelled terrorist ("designated the regiment a terrorist organisation").
LABEL_NOUNS = frozenset({"organisation", "organization", "group", "movement", "entity"})
# Parties whose penalties are a sports body's or a court's, not a state's.
SPORTS_PARTIES = frozenset(
    {"club", "team", "fan", "supporter", "player", "athlete", "federation", "league", "referee",
     "coach", "rider", "footballer"}
)  # fmt: skip
PENALTIES = frozenset({"fine", "warning", "reprimand", "penalty", "suspension", "deduction"})
# Objects that are drafts, not measures ("introduced a resolution urging sanctions").
DRAFTS = frozenset(
    {"bill", "resolution", "legislation", "draft", "motion", "amendment", "proposal"}
)
# Objects an act on which leaves the sanctions as they are ("ends the mandate of the panel").
OVERSIGHT = frozenset({"mandate", "monitoring", "panel", "oversight", "inquiry", "mission"})
# Modifiers of sanctions that make them a run of acts ("the regular anti-Russian sanctions").
RUN_MODIFIERS = frozenset({"regular", "repeated", "routine", "periodic", "constant", "endless"})
# Complements of keeping that tell a state, not a decision ("kept its sanctions unchanged").
UNCHANGED = frozenset({"unchanged", "intact", "untouched"})
# Words of software that sanctions lists feed ("its sanctions-screening engine").
SOFTWARE = frozenset({"software", "screening", "app", "engine", "platform", "database"})


def sentence_not_state(ps: ParsedSentence) -> bool:
    """A sentence about travel bans, tariffs, prisoners listed in custody, or software."""
    text = ps.sentence.text
    if TRAVEL_MEASURES.search(text) and not PROPER_MEASURES.search(TRAVEL_MEASURES.sub(" ", text)):
        return True
    if EXTREMIST_LIST.search(text) and not PROPER_MEASURES.search(text):
        return True  # "added its trailer to the national list of 'extremist materials'"
    words = lemmas(ps.doc)
    if "custody" in words and "list" in words and not PROPER_MEASURES.search(text):
        return True  # "Pakistan listed 266 Indians in its custody"
    return "software" in words and bool(words & SOFTWARE - {"software"})


def _party_words(tok: Token) -> list[Token]:
    """The subject and objects of a sanctions verb ("clubs are sanctioned", "sanctioned the bloc
    with a fine")."""
    return [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
    ]


def _measure_not_state(tok: Token) -> bool:
    """A sports body's or a commission's penalty, a draft, an act on oversight, a run of acts, a
    state kept unchanged, or a standing told with "since" as an adverb."""
    lemmas = {p.lemma_.lower() for p in _party_words(tok)}
    if tok.lemma_.lower() == "sanction" and lemmas & (SPORTS_PARTIES | PENALTIES):
        return True
    if tok.lemma_.lower() == "designate" and _as_terrorists(tok):
        return True
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if objects & (DRAFTS | OVERSIGHT):
        return True
    if tok.dep_ in ("acl", "relcl") and any(c.lower_ in RUN_MODIFIERS for c in tok.head.children):
        return True
    if tok.lemma_.lower() == "keep" and any(c.lower_ in UNCHANGED for c in tok.subtree):
        return True
    return _standing_since(tok) or _standing_relative(tok) or _penalty_described(tok)


# Nouns of sanctions instruments ("the package, which targets ...", "measures that ban ...").
MEASURE_WORDS = lx.SANCTION_NOUNS | {"package", "regime", "rule", "regulation", "programme"}


def _standing_relative(tok: Token) -> bool:
    """ "a group the United States designates as a terrorist organisation", "the EU, which also
    sanctions Belavia", "a firm Washington lists for its ties to ...": a simple present
    in a relative clause describes a standing status, not an act (a headline's present is a main
    clause's). Not a clause on the measures themselves ("restrictions that ban imports of
    potash", "the sectoral measures, which ban imports of timber, continue"): it tells what they
    cover, which an act on them (an adoption, a renewal) takes for its sectors."""
    if tok.tag_ not in ("VBZ", "VBP") or tok.dep_ != "relcl":
        return False
    if tok.head.lemma_.lower() in MEASURE_WORDS:
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in lx.RELATIVE_SUBJECTS or subject.pos_ == "PROPN"):
        return False  # "keeps in place the asset freezes on X": "freezes" misread as a verb
    return not any(c.dep_ in ("aux", "npadvmod") or c.ent_type_ == "DATE" for c in tok.subtree)


def _penalty_described(tok: Token) -> bool:
    """ "The penalty is the largest ever imposed for violating US sanctions", "a fine imposed on
    the bank": a court's or regulator's penalty described, not a state's sanctions."""
    if tok.dep_ not in ("acl", "relcl"):
        return False
    described = tok.head
    if described.dep_ in ("attr", "acomp") and described.head.pos_ in ("AUX", "VERB"):
        described = next((c for c in described.head.children if c.dep_ == "nsubj"), described)
    return described.lemma_.lower() in PENALTIES


def _as_terrorists(verb: Token) -> bool:
    """ "designated the regiment a terrorist organisation": a state's terrorism label, no listing
    under a sanctions programme."""
    objects = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "dobj", "attr", "ccomp")]
    labels = [*objects, *(a for c in objects for a in c.children if a.dep_ == "appos")]
    return any(
        c.lemma_.lower() in LABEL_NOUNS
        and any(m.lower_ in ("terrorist", "extremist") for m in c.children)
        for c in labels
    )


def _standing_since(tok: Token) -> bool:
    """ "has banned all trade ... and barred its ships ... since 2009" (on a conjunct), "the
    sanctions, first adopted in 2011, cover ...", "imposed in a series of resolutions ..., remain
    in force": a standing state or its history, not an act."""
    verbs = _sharing_subject(tok)
    perfect = any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for v in verbs for c in v.children
    )
    if perfect and any(c.lower_ == "since" and c.dep_ == "prep" for v in verbs for c in v.children):
        return True
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = tok.head.head
    if any(c.lower_ == "first" and c.dep_ == "advmod" for c in tok.children):
        return True
    words = list(tok.subtree)  # "imposed on Dodik in April 2022, remain in place": a dated act
    dated = any(t.ent_type_ == "DATE" for t in words) and not any(
        t.lower_ == "between" for t in words
    )
    return (
        not dated and clause.lemma_.lower() in ("remain", "stay") and clause.tag_ in ("VBZ", "VBP")
    )


def _sharing_subject(tok: Token) -> list[Token]:
    """The verb and the verbs joined to it that share its subject ("has banned all trade ... and
    barred its ships"; not "..., and Washington designated X")."""

    def own(v: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)

    joined = [c for c in tok.children if c.dep_ == "conj" and not own(c)]
    if tok.dep_ == "conj" and not own(tok):
        joined.append(tok.head)
    return [tok, *joined]


def not_state_sanction(ps: ParsedSentence, tok: Token) -> bool:
    """Whether a sanctions trigger tells no state's sanctions act in one of these senses."""
    return sentence_not_state(ps) or _measure_not_state(tok)
