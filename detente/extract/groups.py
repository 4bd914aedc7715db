"""The freed group of a release: its head noun, how many it counts and what category it is.

``count_of`` reads digits and number words on the group's head, sums a coordinated group ("Siarhei
Tsikhanouski and 13 other prisoners" is 14) and reports vague amounts ("hundreds", "a handful") as
such; ``category_of`` reads the category from the head noun, its modifiers or, for names and
pronouns, the descriptions of the people named.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract import count_lists, describers
from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract.describers import kin_or_office, modifier_told, others_noun, regarded_as
from detente.extract.destinations import demonym_of
from detente.extract.doc_memo import tokens
from detente.extract.held_clauses import held_who_clause
from detente.extract.mentions import (
    ParsedSentence,
    agent_of,
    demonym_noun,
    in_place,
    is_person,
    places_in,
)
from detente.extract.person_names import ORG_TAILS
from detente.extract.persons import is_trade, person_category, person_nationality
from detente.model import Category, CountQualifier

log = logging.getLogger(__name__)

# Modifiers of a singular noun that make it one more of a group ("a second Swede", "another").
FURTHER = frozenset({"second", "third", "fourth", "another", "other", "further", "fellow"})
# People nouns for soldiers: captured in war, prisoners of war whatever their nationality.
COMBATANTS = frozenset({"soldier", "serviceman", "servicemen", "pow", "fighter"})
# Words of a count's qualifier that the parser may take for a preposition ("around", "up to").
COUNT_PREPS = frozenset(w for phrase, _ in counts_mod.QUALIFIERS for w in phrase)
PRONOUNS = frozenset(
    {"them", "they", "he", "she", "him", "her", "those", "all", "others", "who", "each", "some",
     "both", "it", "whom", "which", "these", "rest", "many", "that"}
)  # fmt: skip


def people_head(tok: Token | None) -> Token | None:
    """The noun a vague or numeric head stands for ("hundreds of prisoners" → prisoners)."""
    if tok is None or not (tok.like_num or counts_mod.is_vague_amount(tok)):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.lower_ not in PRONOUNS else tok


def counted_object(trigger: Token, ps: ParsedSentence) -> Token | None:
    """ "freed around fifty supporters", "freed up to 70 prisoners": a counted people object that
    the parser hangs under its qualifier, taken for a preposition of the verb."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "prt")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if (
            prep.lower_ in COUNT_PREPS
            and pobj is not None
            and pobj.left_edge.i == prep.i + 1
            and any(c.dep_ == "nummod" for c in pobj.children)
            and is_people(pobj, ps)
        ):
            return pobj
    return None


def is_people(tok: Token | None, ps: ParsedSentence) -> bool:
    tok = people_head(tok)
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    if lemma in lx.NOT_PEOPLE:
        return False
    if lemma in lx.PEOPLE_NOUNS or is_person(tok) or tok.lower_ in PRONOUNS or tok.like_num:
        return True
    if lemma in lx.OCCUPATIONS or lemma in lx.PERSON_WORDS:  # "two French teachers", "his son"
        return True
    if _counted_more(tok):  # recall: "in September he freed 30 more", "a few dozen more"
        return True
    if any(
        c.dep_ == "appos" and is_person(c) for c in tok.children
    ):  # "a second Swede, Saeed Azizi"
        return True
    # releases: a demonym of several words is headed by its last ("six Papua New Guineans")
    if any(tok.i in (p.span.start, p.span.end - 1) and p.kind == "demonym" for p in ps.places):
        singular_person = any(c.dep_ == "det" for c in tok.children) and (
            tok.dep_ in ("dobj", "nsubjpass", "pobj")
            # recall (v21): "in a trade for an Afghan serving a life sentence", the object of
            # "for" read as the subject of the participle after it
            or (tok.dep_ == "nsubj" and tok.head.dep_ == "pcomp")
        )  # "freed the Estonian"
        counted = any(c.dep_ == "nummod" for c in tok.children)  # "nine Lebanese"
        return tok.tag_ in ("NNPS", "NNS") or tok.text.endswith("s") or singular_person or counted
    if _unlabelled_name(tok, ps) or _known_name(tok, ps) or _state_freed_name(tok, ps):
        return True
    if _described_surname(tok, ps) or _person_slot(tok, ps):
        return True
    return any(c.dep_ == "nummod" for c in tok.children) and tok.tag_ in ("NNS", "NNPS")


# Number nouns a "more" counts on ("a few dozen more were pardoned").
NUMBER_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "score", "scores"})


def _counted_more(tok: Token) -> bool:
    """ "freed 30 more", "a few dozen more": a counted "more" after a release of the same kind
    stands for people of the group told before (only read as the group of a release verb)."""
    if tok.lower_ == "more":
        return any(c.dep_ == "nummod" for c in tok.children)
    return tok.lemma_.lower() in NUMBER_NOUNS and any(
        c.lower_ == "more" and c.dep_ == "amod" for c in tok.children
    )


def _unlabelled_name(tok: Token, ps: ParsedSentence) -> bool:
    """A person's name NER mislabels ("Germany released Vadim Krasikov, who was serving ...", "the
    Russian assassin Vadim Krasikov"): a two-word proper noun, not a known place, described by a
    clause or apposition, or by a common noun before it that a nationality qualifies."""
    described = (
        any(c.dep_ in ("relcl", "appos", "acl") for c in tok.children)
        or _described_name(tok, ps) is not None
    )
    return (
        tok.pos_ == "PROPN"
        and tok.tag_ == "NNP"
        and tok.ent_type_ in ("ORG", "GPE", "")
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
        and described
        and not in_place(ps, tok)
    )


# Verbs by which a state frees the person it names as their object ("Russia freed X Y").
STATE_FREEING = frozenset({"free", "release", "pardon"})
# Words of ships, whose names a state releases too ("Iran released the Stena Impero").
VESSELS = re.compile(
    r"\b(?:tankers?|ships?|vessels?|boats?|freighters?|trawlers?|yachts?|cargo)\b", re.I
)
# Kinds of place that name a state acting as a subject ("Russia", "Minsk", "Tehran").
STATE_KINDS = frozenset({"name", "capital"})


def _state_freed_name(tok: Token, ps: ParsedSentence) -> bool:
    """recall: a name of two or more words NER takes for a company or misses, freed by a state
    ("Russia freed the former US Marine Trevor Reed", "Germany released Vadim Krasikov"), or of
    one word the sentence goes on to call "he" or "she" (session 16): the
    object of an active release verb whose subject names a state; not a place, not a thing named
    ("Iran released the tanker Stena Impero")."""
    verb = tok.head
    if not (
        tok.pos_ == "PROPN"
        and tok.dep_ == "dobj"
        and tok.ent_type_ in ("ORG", "GPE", "")
        and verb.lemma_.lower() in STATE_FREEING
        and verb.tag_ in ("VBD", "VBZ", "VBN")
        and (
            any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            or _told_as_he_or_she(tok)
        )
    ):
        return False
    if in_place(ps, tok) or tok.lower_ in ORG_TAILS:
        return False
    if any(t.lemma_.lower() in lx.NOT_PEOPLE for t in tok.subtree) or VESSELS.search(
        ps.sentence.text
    ):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        p.span.root.i == subject.i and p.kind in STATE_KINDS for p in ps.places
    )


# Subjects, active or passive, of the clause after a release that calls the freed "he" or "she".
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _told_as_he_or_she(tok: Token) -> bool:
    """recall: a lone surname freed, whom the next clause of the release verb calls "he" or "she"
    ("Russia released Kohver on Saturday, and he walked back into Estonia", "Rwanda freed
    Rusesabagina, and he spent several days ...", "and he was flown to Moscow" (v20)): a
    person's, whatever NER calls it; not a
    pronoun of another clause ("released Stena, and its captain said he was relieved")."""
    verb = tok.head
    return tok.text[:1].isupper() and any(
        c.dep_ == "conj"
        and any(s.lower_ in ("he", "she") and s.dep_ in SUBJECTS for s in c.children)
        for c in verb.children
    )


def _described_surname(tok: Token, ps: ParsedSentence) -> bool:
    """recall: a lone name set off by an apposition that calls it a person ("Gross, a US citizen
    who had spent five years in a Cuban hospital, was freed"), whatever NER calls the name; not a
    place ("Minsk, the Belarusian capital")."""
    if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    if in_place(ps, tok):
        return False
    return held_who_clause(tok) or any(  # recall (v20): "Bout, who had served twelve years"
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() in lx.PEOPLE_NOUNS or c.lemma_.lower() in lx.OCCUPATIONS)
        for c in tok.children
    )


# Places of custody a person walks out of ("walked out of Evin prison", "left detention").
PRISON_NOUNS = frozenset({"prison", "jail", "gaol", "detention", "custody", "captivity",
                          "penitentiary", "colony"})  # fmt: skip
# What a state grants a named person to free them ("granted clemency to X").
GRANTS = frozenset({"clemency", "pardon", "amnesty"})


def _person_slot(tok: Token, ps: ParsedSentence) -> bool:
    """recall: a name in a place only a person fills, whatever NER calls it: the subject of
    walking out of or leaving a prison ("Ferrer walked out of the Mar Verde prison", "X left
    prison late on Friday"), or whom clemency is granted to ("granted clemency to X and Y")."""
    if tok.pos_ != "PROPN" or in_place(ps, tok):
        return False
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in ("walk", "leave"):
        if verb.lemma_.lower() == "walk" and not any(c.lower_ == "out" for c in verb.children):
            return False
        places = [t for c in verb.children if c.dep_ in ("prep", "dobj", "prt") for t in c.subtree]
        return any(t.lemma_.lower() in PRISON_NOUNS for t in places)
    if tok.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() == "grant":
        return any(c.lemma_.lower() in GRANTS for c in verb.head.children if c.dep_ == "dobj")
    return False


def _known_name(tok: Token, ps: ParsedSentence) -> bool:
    """A name the article writes elsewhere as a person's ("Rwanda freed Rusesabagina", "Germany
    released Vadim Krasikov", where NER takes the name here for a place or a company), not a
    place; only as the object of an active verb, whose subject names who acted (a passive "X was
    freed" leaves the state to the article's default, too often the wrong one)."""
    acting = tok.dep_ in ("dobj", "conj") or _freed_by_state(tok, ps)
    return (
        tok.pos_ == "PROPN"
        and acting  # "Rwanda freed X", "X was released by the Swedish government"
        and tok.head.tag_ != "VB"  # not "told Moscow to free X", "would free X"
        and tok.text in ps.names
        and not in_place(ps, tok)
    )


def _freed_by_state(tok: Token, ps: ParsedSentence) -> bool:
    """recall: the subject of a passive release whose "by" names a state ("Nouri was released by
    the Swedish government"): the agent says who acted, as the subject of an active verb does."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in STATE_FREEING:
        return False
    agent = agent_of(verb)
    return agent is not None and bool(places_in(ps, list(agent.subtree)))


def article_names(sents: list[ParsedSentence]) -> frozenset[str]:
    """The words of the people's names of an article: capitalised proper nouns of its PERSON
    entities that name no place (NER takes "Yerevan" for a person) anywhere in the article."""
    places = {t.text for ps in sents for p in ps.places for t in ps.doc[p.span.start : p.span.end]}
    return frozenset(
        t.text
        for ps in sents
        for e in ps.doc.ents
        if e.label_ == "PERSON"
        for t in e
        if t.pos_ == "PROPN" and t.text[:1].isupper() and len(t.text) > 2 and t.text not in places
    )


def antecedent(group: Token | None, ps: ParsedSentence, trigger: Token) -> Token | None:
    """For a pronoun or missing group of a verb ("pardoned them", "had been let go"), the counted
    people noun of the sentence it stands for (the nearest one before it, else the first)."""
    if group is None and trigger.pos_ != "VERB":
        return None
    if group is not None and (
        group.lower_ not in PRONOUNS or any(c.dep_ == "conj" for c in group.children)
    ):
        return group  # "pardoned him and five other prisoners": counted with its conjuncts
    if group is not None and group.lower_ in count_lists.ONE_PRONOUNS:
        return group  # "released him in exchange for two Uzbek citizens": one person, not two
    at = group.i if group is not None else trigger.i
    counted = [
        tok
        for tok in tokens(ps.doc)
        if (tok.lemma_.lower() in lx.PEOPLE_NOUNS or demonym_noun(tok, ps))
        and tok.i != at
        and any(c.dep_ == "nummod" for c in tok.children)
    ]
    before = [t for t in counted if t.i < at]
    if before:
        return before[-1]
    return counted[0] if counted else group


def same_number(group: Token | None, ps: ParsedSentence, trigger: Token) -> counts_mod.Count | None:
    """ "released the same number of Russians": the number of the counted people told before it
    in the sentence ("307 Ukrainian prisoners came home, and Kyiv released the same number")."""
    if group is None or group.lemma_.lower() != "number":
        return None
    if not any(c.lemma_.lower() in ("same", "equal") for c in group.children):
        return None
    counted = [
        tok
        for tok in ps.doc[: group.i]
        if (tok.lemma_.lower() in lx.PEOPLE_NOUNS or demonym_noun(tok, ps))
        and any(c.dep_ == "nummod" for c in tok.children)
    ]
    return count_of(counted[-1], trigger)[0] if counted else None


def count_of(group: Token | None, trigger: Token) -> tuple[counts_mod.Count | None, bool]:
    """The number freed and whether a vague amount was given instead."""
    candidates: list[Token] = []
    if group is not None and counts_mod.both_sides(group, trigger):
        return None, False  # "The two men were exchanged": both sides' people
    if group is not None:
        head = people_head(group) or group
        pair = count_lists.a_couple(group)
        if pair is not None:
            return pair, False
        collective = counts_mod.collective_count(group) or counts_mod.couple_count(group)
        if collective is not None:
            return collective, False
        if counts_mod.is_vague_amount(group) or any(
            counts_mod.is_vague_amount(c) and c.dep_ in ("amod", "det", "nummod")
            for c in {*group.children, *head.children}
        ):
            return None, True
        coordinated = count_lists.coordinated(group) or count_lists.along_with_count(group, trigger)
        if coordinated is not None:
            return coordinated, False
        if group.like_num or group.lower_ in counts_mod.NUMBER_WORDS:
            candidates.append(group)
        candidates += [c for c in group.children if c.dep_ in ("nummod", "quantmod")]
        candidates += [c for c in group.children if c.dep_ == "amod" and c.like_num]
        # "230 aid workers", "52 Ethiopian inmates", "a dozen prisoners": the number parsed onto
        # (or as) a modifier of the head
        mods = [c for c in group.children if c.dep_ in ("compound", "amod")]
        candidates += [n for c in mods for n in c.children if n.dep_ == "nummod"]
        candidates += [c for c in mods if c.lower_ in counts_mod.NUMBER_WORDS]
    if group is None and trigger.pos_ == "VERB":
        candidates += [
            c for c in trigger.children if c.like_num and c.dep_ in ("dobj", "nsubjpass")
        ]
    for tok in candidates:
        count = counts_mod.people_number(tok)
        if count is not None:
            return count, False
    if group is not None and group.pos_ in ("NOUN", "PROPN") and not is_person(group):
        count = counts_mod.number_before(group)  # "six Thai villagers", "six" hung on "Thai"
        if count is not None:
            return count, False
    return _one(group), False


def _one(group: Token | None) -> counts_mod.Count | None:
    """One person named by a singular people noun or nationality after "a"/"an" ("freed a Polish
    engineer", "handed over a Belarusian"), or a singular noun of kin or trade after a possessive
    ("his son was released", "its captain was freed")."""
    if group is None or group.tag_ not in ("NN", "NNP") or group.lower_ in PRONOUNS:
        return None
    lemma = group.lemma_.lower()
    people = lemma in lx.PEOPLE_NOUNS or lemma in lx.OCCUPATIONS or group.ent_type_ == "NORP"
    owned = (
        group.tag_ == "NN"
        and (lemma in lx.PERSON_WORDS or lemma in lx.OCCUPATIONS)
        and any(c.dep_ == "poss" for c in group.children)
    )
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in group.children)
    lone = not (owned or one) and count_lists.the_one(group)
    if not (owned or (one and (people or lemma in lx.PERSON_WORDS)) or lone):
        return None
    if any(c.lower_ in FURTHER for c in group.children):
        return None  # "a second Swede": one more of a group told with others
    return counts_mod.Count(1, CountQualifier.EXACT, group.i, group.i + 1, lone=lone)


def category_of(
    group: Token | None, ps: ParsedSentence, actor: str | None, persons: list[str]
) -> Category | None:
    """Category by the head noun of the freed group ("prisoners of war" are prisoners), a modifier
    of that noun ("political prisoners"), or, when the group is a name or a pronoun, the nouns
    describing the people named. Nationality decides only once the actor is known (see
    :func:`nationality_of`)."""
    head = people_head(group)
    if head is not None and lx.regional_demonym(head.text):  # the head noun, never an adjective
        return Category.FOREIGN_NATIONALS  # "two Europeans: X, an architect, ..." (session 21)
    head = others_noun(head)  # "X and 13 other prisoners": the group noun (session 25)
    if head is None or unnamed(head, ps):
        return person_category(ps, persons, actor)
    told = modifier_told(head) or regarded_as(head)  # "political prisoners", "regarded as ..."
    if told is not None:
        return told
    if demonym_noun(head, ps):
        return None if demonym_of(head, ps) in (actor, None) else Category.FOREIGN_NATIONALS
    lemma = head.lemma_.lower()
    if lemma in lx.DETAINEE_STATUS_NOUNS:  # "Ukrainian civilians", "migrants" (sessions 21, 22)
        return Category.DETAINEES
    if (lemma in lx.KIN_NOUNS or lemma in lx.OFFICE_NOUNS) and (
        told := kin_or_office(head, ps, persons, actor)  # sessions 22, 23
    ):
        return told
    if lemma in lx.OCCUPATIONS:  # the head noun decides: "a Polish engineer" is of a trade
        return person_category(ps, persons, actor) or Category.OTHER
    if lemma not in lx.PEOPLE_NOUNS:  # a trade the lexicon lacks ("traders", "gendarmes") is other
        named = person_category(ps, persons, actor)
        return named or (Category.OTHER if is_trade(head, None, ps) else None)
    nationality = demonym_of(head, ps)
    if lemma in lx.PLAIN_PEOPLE and actor and nationality not in (None, actor):
        return Category.FOREIGN_NATIONALS  # "252 Venezuelan men" freed by El Salvador
    if lemma in lx.NO_GROUP_NOUNS and (
        told := describers.apposed_category(head, ps, actor)
    ):  # "two men, a Belarusian and a Russian": the noun each was first given (session 26)
        return told
    return lx.PEOPLE_NOUNS[lemma]


def nationality_of(group: Token | None, ps: ParsedSentence, persons: list[str]) -> str | None:
    """The country of the freed where that, not the head noun, settles their category: a demonym
    group ("three Americans"), plain people with a nationality ("252 Venezuelan men"), or named
    people described by one ("X, a US citizen", "the Swedish diplomat X")."""
    head = people_head(group)
    head = others_noun(head)  # "X and 13 other prisoners": the group noun (session 25)
    described = _described_name(head, ps)
    if described is not None:
        return described
    if head is None or unnamed(head, ps):
        return person_nationality(ps, persons)
    if demonym_noun(head, ps):
        return demonym_of(head, ps)
    if head.lemma_.lower() in lx.PLAIN_PEOPLE:
        return demonym_of(head, ps)
    return None


def _described_name(head: Token | None, ps: ParsedSentence) -> str | None:
    """The nationality of a name led by a described noun ("the Russian assassin Vadim Krasikov"),
    whatever NER calls the name."""
    if head is None or head.pos_ != "PROPN":
        return None
    nouns = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not nouns:
        return None
    mods = {c.i for n in [head, *nouns] for c in n.children if c.dep_ in ("amod", "compound")}
    codes = {p.code for p in ps.places if p.kind == "demonym" and p.span.start in mods}
    return codes.pop() if len(codes) == 1 else None


def unnamed(head: Token, ps: ParsedSentence) -> bool:
    """A head that says nothing of who the people are: a pronoun, a number or a name."""
    return (
        head.lower_ in PRONOUNS
        or head.like_num
        or (head.pos_ == "PROPN" and not demonym_noun(head, ps))
    )


# Nouns of people held, whose nationality adjective leaves them detainees ("two Syrian prisoners").
HELD_NOUNS = frozenset({"prisoner", "detainee", "inmate", "convict"})


def held_with_nationality(ps: ParsedSentence, count: counts_mod.Count | None) -> bool:
    """Whether the number a mention counts heads a noun of people held with a nationality on it
    ("released two Syrian prisoners"): the head noun makes them detainees, even where a headline
    calls them "two Syrians" (docs/annotation.md, category)."""
    if count is None or count.start >= len(ps.doc):
        return False
    noun = ps.doc[count.end - 1].head
    if noun.lemma_.lower() not in HELD_NOUNS or noun.i < count.end - 1:
        return False
    return demonym_of(noun, ps) is not None


# Categories a head noun settles for people traded to the other side ("23 Iranian fishermen",
# "nine Russian conscripts", "X, an Iranian engineer"): not foreigners by default.
SETTLED = frozenset(
    {Category.OTHER, Category.JOURNALISTS, Category.POLITICAL_PRISONERS, Category.HOSTAGES}
)


def traded_group_category(
    group: Token | None, ps: ParsedSentence, actor: str | None, home: str | None, persons: list[str]
) -> Category | None:
    """Category of people sent the other way in a trade: the one their head noun or description
    settles ("fishermen", "conscripts", "an Iranian engineer" are ``other``), else foreigners
    when their nationality is told."""
    described = category_of(group, ps, actor, persons)
    if described in SETTLED:
        return described
    return Category.FOREIGN_NATIONALS if home is not None else None
