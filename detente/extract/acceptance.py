"""Whether a release trigger frees people, asserted, in one specific act: not people moved into
another custody, asked for, a product, a running total, a leave, a list of those freed before, a
habit (split out of :mod:`detente.extract.releases`, which calls :func:`acceptable`)."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import asides, ordinary, retellings, totals
from detente.extract import lexicon as lx
from detente.extract.armed_groups import armed_group_act, kidnapped_freed, rescued
from detente.extract.counts import Count
from detente.extract.destinations import demonym_of
from detente.extract.doc_memo import tokens
from detente.extract.groups import is_people, people_head
from detente.extract.handovers import number_for_number, split_description, traded_for_people
from detente.extract.held_clauses import price_phrase
from detente.extract.lexicon import CUSTODY_NOUNS, EXPULSION_VERBS, HOLD_LEMMAS
from detente.extract.mentions import ParsedSentence, in_place, is_demonym, is_person, own_subject
from detente.extract.modality import classify
from detente.extract.senses import animal, money, no_custody
from detente.model import CountQualifier, Modality

log = logging.getLogger(__name__)

# Words without which no release is a rescue from captors (armed_groups.rescued).
RESCUE_WORDS = re.compile(
    r"hostage|kidnap|abduct|captor|bandit|gang|cartel|gunm[ae]n|jihadist|separatist|pirate|"
    r"criminal|traffick|smuggler|armed group"
)
# Verbs that move people, which free them only when no other custody awaits them.
TRANSFER_VERBS = frozenset({"deport", "expel", "hand", "transfer", "send", "extradite"})
ASKED_FOR = re.compile(
    r"\b(?:call|press|push|appeal|plead|plea|campaign|lobby|pray|hope|fight|demand|bid|wait|"
    r"argue|work|pressure)(?:s|ed|ing)?\s+(?:(?:grow|mount|rise|intensify)\w*\s+)?for\s+"
    r"(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
# A release noun right after a verb of wanting, however the parser hangs it ("wants the release
# of teenagers ... detained", parsed as the subject of "detained").
WANTED = re.compile(
    r"\b(?:wants?|wanted|seeks?|sought|demands?|demanded|urges?|urged)\s+(?:the\s+)?"
    r"(?:immediate\s+|swift\s+|unconditional\s+)?$",
    re.IGNORECASE,
)
# Modifiers of a release noun that make it a product or a statement ("a press release", "the new
# release adds a feature") unless an "of" phrase names whom it freed.
PRODUCT_MODIFIERS = frozenset(
    {"press", "news", "new", "latest", "upcoming", "debut", "digital", "global", "worldwide",
     "theatrical", "streaming", "cinema", "wide"}
)  # fmt: skip
# People a sports club "releases" from a contract ("the club released five players"); not
# workers or employees, whom states do hold ("released two aid workers").
ROSTER_NOUNS = frozenset(
    {"player", "footballer", "striker", "midfielder", "defender", "goalkeeper", "winger", "coach"}
)  # fmt: skip
# Role nouns for people without such an ending ("a Russian spy", "an Estonian border guard").
ROLE_NOUNS = frozenset({"guard", "captain", "chef", "agent", "spy", "pilot", "monk", "nun", "cook",
                        "athlete", "guide", "nurse", "tourist", "cadet", "pianist"})  # fmt: skip
# Endings of nouns for people by what they do ("historian", "inspector", "cyclist", "officer"):
# with a nationality on the noun ("a Polish historian"), a person however rare the trade.
PERSON_ENDINGS = ("ian", "ist", "er", "or", "man", "woman", "ee", "ant")
# Nouns with those endings that are things ("a Russian trawler", "the Ukrainian border").
THING_NOUNS = frozenset(
    {"border", "order", "number", "paper", "computer", "container", "carrier", "freighter",
     "trawler", "steamer", "helicopter", "reactor", "tractor", "monitor", "sector", "motor",
     "charter", "letter", "poster", "banner", "chamber", "corridor", "river", "water", "power",
     "center", "centre", "matter", "counter", "transfer", "cluster", "thriller", "fee", "decree",
     "committee", "guarantee", "plant", "restaurant", "grant", "implant"}
)  # fmt: skip
# People of a foreign service, not people held unless a court jailed them (convicted_envoy).
ENVOY_NOUNS = frozenset({"diplomat", "ambassador", "envoy"})
CONVICTED = frozenset({"convict", "convicted", "sentence", "jail", "imprison", "serve"})
# Verbs of a purpose that makes a release a holiday's ("let go to mark Independence Day").
HOLIDAY_VERBS = frozenset({"mark", "celebrate", "commemorate", "honour", "honor", "coincide"})
# Titles before a surname that make it a person's ("Mr Tremblay", "Bishop Rolando Alvarez").
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "bishop", "father", "pastor", "rabbi",
                    "imam", "sheikh", "reverend", "rev", "archbishop", "cardinal"})  # fmt: skip
# Prepositions whose phrase tells what came before a move ("after holding them for months").
PAST_PREPS = frozenset({"after", "since", "following"})
# Dependencies of clauses joined to a verb ("..., and Iraq handed", "..., while India released").
CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "parataxis"})
# Heads that make a gerund habitual ("began pardoning critics").
ASPECTUAL = frozenset({"begin", "start", "continue", "keep", "resume"})


def acceptable(trigger: Token, group: Token | None, ps: ParsedSentence, text_lower: str) -> bool:
    """Whether a trigger frees people, asserted, in one specific act."""
    lemma = trigger.lemma_.lower()
    if group is not None and group.lower_ == "it":  # "hoped to release it in 2025": a thing
        return False
    head = people_head(group)
    if head is not None and head.lemma_.lower() in lx.NOT_PEOPLE and not named_freed(head, trigger):
        if not convicted_envoy(head):
            return False
    people = is_people(group, ps) or described_person(group, ps) or name_shaped(group, ps)
    people = people or (head is not None and convicted_envoy(head))
    # cluster recall v24: "X and thirteen other prisoners were put on a bus": a name NER did not
    # read, coordinated with a people group
    people = people or (group is not None and any(is_people(c, ps) for c in group.conjuncts))
    if not people and not named_freed(head, trigger):
        noun_ok = (
            trigger.pos_ == "NOUN"
            and ("prisoner" in text_lower or any(is_person(t) for t in tokens(ps.doc)))
            and not lx.STOCK_CUES.search(ps.sentence.text)  # "remain even after the release"
        )
        if group is not None or not noun_ok:
            if not (group is None and trigger.pos_ == "VERB" and _passive_people(trigger, ps)):
                return False
    if (lemma in lx.RELEASE_WEAK or lemma == "hand") and not _strong_people(group, text_lower, ps):
        if not (
            number_for_number(trigger, group)
            or traded_for_people(trigger, group, ps)
            or _traded_by_subject(trigger, group)
        ):
            return False
    if _product_context(ps) and not (
        head is not None and (head.lemma_.lower() in lx.PEOPLE_NOUNS or _named_person(head))
    ):
        return False
    subject = own_subject(trigger)  # "A documentary about 40 prisoners was released on Friday"
    if subject is not None and subject.lemma_.lower() in WORK_SUBJECTS or asides.of_a_work(trigger):
        return False
    if asides.part_sent_away(trigger) or asides.part_of_a_thing(head):
        return False
    if asides.earlier_acts_subject(subject):
        return False
    if _into_custody(trigger, group) or _asked_for(trigger, ps) or _product(trigger):
        return False
    if totals.since(trigger) or _among_those(group, trigger) or _leave(trigger):
        return False
    if _roster(trigger, head) or totals.summed_over_period(trigger, group, ps):
        return False
    if no_custody(trigger) or animal(people_head(group)) or animal(group) or money(head):
        return False
    if _about_to(trigger) or _temporarily(trigger) or PRECEDENTS.search(ps.sentence.text):
        return False
    if armed_group_act(trigger, group) or (
        ("kidnap" in text_lower or "abduct" in text_lower)
        and kidnapped_freed(trigger, group, ps.sentence.text)
    ):
        ps.no_state_captor = True  # "ELN guerrillas freed X", "tourists kidnapped ... were freed"
        return False
    if RESCUE_WORDS.search(text_lower) and rescued(trigger, head, ps.sentence.text):
        ps.no_state_captor = True  # "police freed a businessman from his kidnappers"
        return False
    if ordinary.not_held(trigger, head, ps):
        return False  # "deported 90 migrants"
    return classify(trigger) is Modality.ASSERTED and not _generic(trigger, group, ps)


# Subjects of a passive "released" that are works, not people ("the book was released in May").
WORK_SUBJECTS = (
    asides.WORKS | lx.NON_PRISONER_CONTEXT | {"book", "novel", "series", "song", "report"}
)


def _product_context(ps: ParsedSentence) -> bool:
    """Words of software, film or music in the sentence; not "single" as an adjective ("the
    largest single swap")."""
    if any(t.lower_ in asides.WORKS and t.dep_ not in ("compound", "amod") for t in tokens(ps.doc)):
        return True
    hits = {w for w in ps.sentence.text.lower().split() if w in lx.NON_PRISONER_CONTEXT}
    if hits == {"single"}:
        return not all(t.dep_ == "amod" for t in tokens(ps.doc) if t.lower_ == "single")
    return bool(hits)


def _named_person(head: Token) -> bool:
    """A person's name freed, not an owner ("released Paul Rusesabagina, whose story inspired
    the film", not "released Scorsese's film"): a film in the sentence is then the person's."""
    return (
        is_person(head) and head.dep_ != "poss" and not any(c.dep_ == "case" for c in head.children)
    )


def described_person(group: Token | None, ps: ParsedSentence) -> bool:
    """A person told by a trade or role noun with a nationality on it, whatever the trade ("a
    Polish historian", "an Estonian border inspector", "the Chinese fishing captain"): the
    nationality makes the noun one for people, the ending of the noun one for a doer."""
    head = people_head(group)
    if head is None or head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS"):
        return False
    lemma = head.lemma_.lower()
    if lemma in lx.NOT_PEOPLE or lemma in THING_NOUNS or lemma in ROSTER_NOUNS:
        return False
    if not (lemma.endswith(PERSON_ENDINGS) or lemma in ROLE_NOUNS):
        return False
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
    ids = {t.i for c in mods for t in c.subtree}  # "a South Sudanese engineer": both words
    return any(
        p.kind == "demonym" and set(range(p.span.start, p.span.end)) & ids for p in ps.places
    )


def convicted_envoy(head: Token) -> bool:
    """ "freed an Iranian diplomat convicted of plotting a bombing", "handed over a convicted
    Iranian diplomat": a diplomat a court jailed is a prisoner (one expelled is not)."""
    if head.lemma_.lower() not in ENVOY_NOUNS:
        return False
    told = [c for c in head.children if c.dep_ in ("amod", "acl", "relcl")]
    return any(t.lemma_.lower() in CONVICTED for c in told for t in c.subtree)


def name_shaped(group: Token | None, ps: ParsedSentence) -> bool:
    """A person's name NER mislabels, told as one by its shape: a title before it ("Mr Tremblay",
    "Bishop Rolando Alvarez"), an age set off after it ("Darrow, 61, was released"), or a
    person's name joined to it ("Fuchs and Schreiber have been released")."""
    if group is None or group.pos_ != "PROPN" or group.tag_ != "NNP":
        return False
    if in_place(ps, group):
        return False
    titled = any(c.dep_ == "compound" and c.lower_.rstrip(".") in TITLES for c in group.children)
    joined = any(c.dep_ == "conj" and is_person(c) for c in group.children) or (
        group.dep_ == "conj" and is_person(group.head)
    )
    return titled or joined or any(_age(c) for c in group.children if c.dep_ == "appos")


def _age(tok: Token) -> bool:
    """ "Darrow, 61, ...": a number from 15 to 99 set off by commas."""
    doc = tok.doc
    commas = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == doc[tok.i + 1].text == ","
    return commas and tok.text.isdigit() and 15 <= int(tok.text) <= 99


def _among_those(group: Token | None, trigger: Token) -> bool:
    """ "Among those freed was X", "Many of those freed were ...": people of a release told
    before, not a new act (attach.listed gives the names to that release)."""
    if (
        trigger.dep_ == "acl"
        and trigger.head.lower_ == "those"
        and trigger.head.head.lower_ == "of"
        and _told_of_before(trigger.head.head.head)
    ):
        return True  # "Many of those freed had been captured in 2012": their past, not an act
    return (
        group is not None
        and group.lower_ in ("those", "them")
        and group.dep_ == "pobj"
        and group.head.lower_ == "among"
    )


FROM_CONTRACT = re.compile(r"\bfrom\b[^.;]{0,60}\bcontracts?\b")


def _roster(trigger: Token, head: Token | None) -> bool:
    """ "The club released five players", "an amnesty for forty-one players serving suspensions":
    let go from a contract or a ban, not from custody."""
    # "released its captain, X, from the final year of his contract", however "from" is hung
    after = trigger.doc[trigger.i + 1 :].text
    from_contract = FROM_CONTRACT.search(after) is not None
    return from_contract or (
        trigger.lemma_.lower() in ("release", "amnesty", "pardon")  # "an amnesty for 41 players"
        and head is not None
        and head.lemma_.lower() in ROSTER_NOUNS
        and not named_freed(head, trigger)
    )


def _told_of_before(quantifier: Token) -> bool:
    """The verb a "many/most of those freed" subject governs tells of their past ("had been
    captured in 2012"): its time phrase dates that, not a release."""
    verb = quantifier.head
    return quantifier.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    )


def _leave(trigger: Token) -> bool:
    """ "is let out to bury his father": let out for a purpose, a leave and not a release; not
    "let go to mark Independence Day", a release for a holiday."""
    return trigger.lemma_ == "let" and any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() not in HOLIDAY_VERBS
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in trigger.children
    )


def named_freed(group: Token | None, trigger: Token) -> bool:
    """A named person freed whatever the noun before the name ("handed over the diplomat X",
    "freed the Iranian engineer X"); not an expulsion, which sends diplomats home unheld."""
    return (
        group is not None
        and trigger.lemma_.lower() not in EXPULSION_VERBS
        and any(c.dep_ == "appos" and is_person(c) for c in group.children)
    )


def _into_custody(trigger: Token, group: Token | None = None) -> bool:
    """A move into another custody, not a release: "deported to El Salvador, whose president
    agreed to hold them in a prison", "transferred to a penal colony". Custody words that describe
    the group moved ("handed over 35 people held in Ukraine") say where they were, not where
    they go."""
    if trigger.lemma_.lower() not in TRANSFER_VERBS:
        return False
    described = {t.i for t in group.subtree} if group is not None and group.i > trigger.i else set()
    described |= split_description(trigger)  # recall: "handed nine fishermen, detained in May, to"
    if any(_serving(c) for c in trigger.children if c.dep_ in ("advcl", "xcomp")):
        return True  # "handed over so that they could serve their sentences at home"
    other = other_clauses(trigger) | price_phrase(trigger)  # nor "in exchange for 248 held by X"
    other |= {  # nor "sent back two shepherds after holding them for months": their past
        t.i
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in PAST_PREPS
        for t in c.subtree
    }
    other |= _about_someone(trigger)
    for tok in trigger.doc[trigger.i + 1 :]:
        if tok.i in described or tok.i in other:
            continue
        if tok.lemma_.lower() in CUSTODY_NOUNS | HOLD_LEMMAS:
            prep = tok.head if tok.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in ("from", "of"):
                return True
    return False


def _about_someone(trigger: Token) -> set[int]:
    """The tokens of clauses on a named person or on the noun that describes one ("receiving in
    return X, an Afghan elder who had spent 17 years in US prisons"): where they were held."""

    def named(noun: Token) -> bool:
        return is_person(noun) or (noun.dep_ == "appos" and is_person(noun.head))

    return {
        t.i
        for tok in trigger.doc[trigger.i + 1 :]
        if tok.dep_ in ("relcl", "acl") and named(tok.head)
        for t in tok.subtree
    }


# Objects of "serve" that are a term in custody ("to serve the remainder of their sentences").
TERMS = frozenset({"sentence", "term", "remainder", "rest"})


def _serving(tok: Token) -> bool:
    """ "so that they could serve the remainder of their sentences": a term still to be served."""
    return tok.lemma_.lower() == "serve" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TERMS for c in tok.children
    )


def other_clauses(verb: Token) -> set[int]:
    """The tokens of the clauses joined to a verb with a subject of their own ("X handed over 27
    fishermen, while India released 19 ...": the second clause tells another state's act)."""
    return {
        t.i
        for c in verb.children
        if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and own_subject(c) is not None
        for t in c.subtree
    }


def _product(trigger: Token) -> bool:
    """A release noun of a product or statement: "a press release", "the new release", a thing's
    ("gets its release in Berlin", "due for release in July")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return False
    due = trigger.head.lower_ == "for" and trigger.head.head.lower_ == "due"
    its = any(c.dep_ == "poss" and c.lower_ == "its" for c in trigger.children)
    return due or its or any(c.lower_ in PRODUCT_MODIFIERS for c in trigger.children)


def _asked_for(trigger: Token, ps: ParsedSentence) -> bool:
    """A release noun that is asked for ("press for his release", "a plea for the release of"),
    read on the words before it when the parse does not link it to its governor."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    before = ps.sentence.text[: trigger.idx]
    return ASKED_FOR.search(before) is not None or WANTED.search(before) is not None


def _generic(trigger: Token, group: Token | None, ps: ParsedSentence) -> bool:
    """A habitual or generic statement ("has released detainees in the past", "every person
    freed", "began pardoning critics")."""
    if group is not None and any(
        c.lower_ in lx.GENERIC_DETERMINERS and c.dep_ == "det" for c in group.children
    ):
        return True
    has_number = group is not None and any(c.dep_ == "nummod" for c in group.children)
    if (
        trigger.dep_ == "xcomp"
        and trigger.head.lemma_.lower() in ASPECTUAL
        and group is not None
        and group.tag_ == "NNS"
        and not any(c.dep_ in ("det", "nummod", "poss") for c in group.children)
    ):
        return True
    if retellings.habitual(trigger, len(ps.times), ps.sentence.index):
        return True  # actors: "The people inside are freed" in an op-ed is how things go
    if not has_number and _in_many_deals(trigger):
        return True  # "several who were later freed in exchanges": many acts, none told
    generic = lx.GENERIC.search(ps.sentence.text) or asides.HABITS.search(ps.sentence.text)
    return bool(generic) and not has_number


# Deals a release is told as part of; in the plural with no number, many acts none of which is
# told ("dual nationals, several of whom were later freed in exchanges").
DEAL_NOUNS = frozenset({"exchange", "swap", "deal", "trade", "bargain"})


def _in_many_deals(trigger: Token) -> bool:
    """ "were later freed in exchanges", "released in prisoner swaps": plural deals, no number."""
    return any(
        g.dep_ == "pobj"
        and g.tag_ == "NNS"
        and g.lemma_.lower() in DEAL_NOUNS
        and not any(m.dep_ in ("nummod", "det", "poss") for m in g.children)
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("in", "through", "via")
        for g in c.children
    )


# --- releases (v12): acts on the verge, for a while, or told as precedent ---
# Sentences that tell how earlier cases went, not one act ("In previous cases, prisoners were freed").
PRECEDENTS = re.compile(r"\b(?:in|as in) (?:previous|past|earlier|similar) cases\b", re.IGNORECASE)


def _about_to(trigger: Token) -> bool:
    """ "was about to be freed", "about to pardon several clerics": an act on the verge, not done."""
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lower_ == "about" and head.dep_ == "acomp"


def _temporarily(trigger: Token) -> bool:
    """ "sent home temporarily", "temporarily released": a leave, not a release."""
    return any(c.dep_ == "advmod" and c.lower_ == "temporarily" for c in trigger.children)


def _passive_people(trigger: Token, ps: ParsedSentence) -> bool:
    return any(c.dep_ == "auxpass" for c in trigger.children) and any(
        t.lemma_.lower() in lx.PEOPLE_NOUNS for t in tokens(ps.doc)
    )


# Nouns of a group whose "of" names the people ("the same number of Russians"; recall: "handed
# back a matching group of Russian servicemen", "handed over a group of Orthodox priests").
GROUP_NOUNS = frozenset({"number", "group", "batch"})


def _traded_by_subject(trigger: Token, group: Token | None) -> bool:
    """recall: "Germany and Iran exchanged an archaeologist for a consular employee": a person
    told by kin or rank (``lx.PERSON_WORDS``) traded by a named subject; not a passive with no
    agent ("another Estonian officer was traded"), which says nothing of who gave whom."""
    head = people_head(group)
    return (
        head is not None
        and head.lemma_.lower() in lx.PERSON_WORDS
        and any(c.dep_ == "nsubj" for c in trigger.children)
    )


def _strong_people(group: Token | None, text_lower: str, ps: ParsedSentence) -> bool:
    if group is None:
        return "prisoner" in text_lower
    if group.lemma_.lower() in GROUP_NOUNS:  # "handed back the same number of Russians"
        group = next((g for c in group.children if c.lower_ == "of" for g in c.children), group)
    lemma = group.lemma_.lower()
    counted_foreigners = demonym_of(group, ps) is not None and any(
        c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in group.children
    )  # "two French teachers", "a Belarusian"
    return (
        counted_foreigners
        or any(c.dep_ == "appos" and is_person(c) for c in group.children)  # "the diplomat X"
        or lemma in lx.PEOPLE_NOUNS
        or lemma in lx.OCCUPATIONS
        or is_person(group)
        or group.tag_ == "NNPS"
        or ("prisoner" in text_lower and (group.like_num or lemma in ("they", "them")))
        or (group.pos_ == "PROPN" and is_people(group, ps))  # recall: a name NER mislabels
    )


# Words by which one person is one more of a group ("a second Norwegian", "a third Briton").
ORDINAL_ONES = frozenset({"second", "third", "fourth", "fifth", "further"})


def one_described(group: Token | None, ps: ParsedSentence, vague: bool) -> Count | None:
    """One person told by "a"/"an" and a trade noun with a nationality ("freed a Lithuanian
    border inspector"), a noun the lexicon of people does not list, a jailed envoy ("handed over
    a convicted Iranian diplomat") or a nationality alone ("released an Iranian convicted of")."""
    if vague or group is None or any(c.lower_ in ORDINAL_ONES for c in group.children):
        return None  # "a second Norwegian": one more of a group told with others
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in group.children):
        return None
    envoy = group.tag_ == "NN" and (described_person(group, ps) or convicted_envoy(group))
    if not envoy and not (group.tag_ in ("NNP", "JJ") and is_demonym(group, ps)):
        return None
    return Count(1, CountQualifier.EXACT, group.i, group.i + 1)
