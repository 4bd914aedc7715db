"""Who a release names only by a singular pronoun or description, from the sentences before it.

"Iran released him on Friday" and "The activist walked out of Chikurubi prison" name nobody, but
the article has: the freed one is the person it has been telling of. The antecedent is chosen by
salience, as in the classic pronoun-resolution heuristics (Lappin and Leass; Mitkov): among the
people named before the release (in its own sentence before the trigger, or in any sentence
before), not officials, speakers or places, the one the article names most often, the nearest
on a tie. A release whose freed are one such person then names them, counts one (the rule of
names), and takes the category and nationality their own description gives.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract.describers import kin_described
from detente.extract.gazetteer import Gazetteer
from detente.extract.mentions import Mention, ParsedSentence
from detente.extract.persons import (
    clean_name,
    is_official,
    is_speaker,
    not_a_name,
    person_category,
    person_nationality,
)
from detente.extract.sentences import Sentence
from detente.model import EventType

log = logging.getLogger(__name__)

# Pronouns that stand for one person.
SINGULAR_PRONOUNS = frozenset({"him", "her", "he", "she"})
# Determiners of a description that points back ("the activist", "this engineer").
BACK_DETERMINERS = frozenset({"the", "this"})
# Honorifics that tell a person's sex, checked against the pronoun.
FEMALE = frozenset({"ms", "mrs", "miss", "madam", "sister"})
MALE = frozenset({"mr", "father", "brother"})
# Pronouns that tell a person's sex in the sentences naming them.
HE = re.compile(r"\b(?:he|him|his|himself)\b")
SHE = re.compile(r"\b(?:she|her|hers|herself)\b")
# Verbs of holding someone, whose subject (passive or of "spend", "serve") or object is held.
HELD_VERBS = frozenset(
    {"arrest", "detain", "jail", "hold", "sentence", "imprison", "kidnap", "abduct", "seize",
     "convict", "spend", "serve", "capture", "take"}
)  # fmt: skip
HELD_DEPS = frozenset({"nsubjpass", "nsubj", "dobj"})
# Sentences before a mention (and its own) where its person may be named.
WINDOW = 8
# Singular nouns for more than one person ("the couple"): no anaphor of one.
GROUP_NOUNS = frozenset({"couple", "pair", "family", "crew", "group", "delegation", "duo"})
# Nouns for one person that a description of the freed can be ("the activist", "the engineer").
PERSON_NOUNS = (frozenset(lx.PEOPLE_NOUNS) | lx.OCCUPATIONS) - GROUP_NOUNS


def is_singular_anaphor(group: Token | None) -> bool:
    """Whether the freed are one person named elsewhere: "him", "she", "the activist" (a singular
    people or job noun after "the" or "this", with no name, number or clause of its own)."""
    if group is None:
        return False
    if group.lower_ in SINGULAR_PRONOUNS:
        return True
    if group.tag_ != "NN" or group.lemma_.lower() not in PERSON_NOUNS:
        return False
    kids = list(group.children)
    if not any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in kids):
        return False
    return not any(
        t.pos_ == "PROPN" or t.like_num or t.dep_ in ("relcl", "acl", "appos")
        for t in group.subtree
        if t is not group
    )


def resolve(
    mentions: list[Mention],
    sents: list[ParsedSentence],
    gaz: Gazetteer,
    every: list[Sentence],
    parse: Callable[[list[Sentence]], list[ParsedSentence]],
) -> None:
    """Name the freed of releases told only by a singular anaphor (in place). The person is often
    named in a sentence no rule needed ("Consider Job Sikhala."): the sentences of the document
    (all of them, ``every``) near such a release that were not parsed with named entities
    (skipped, or parsed for a stock estimate only) are parsed, with named entities, by
    ``parse``."""
    todo = [m for m in mentions if m.type is EventType.RELEASE and m.anaphor and not m.persons]
    if not todo:
        return
    near = {i for m in todo for i in _window(m.sent.sentence.index)}
    named = {ps.sentence.index for ps in sents if ps.doc.has_annotation("ENT_IOB")}
    extra = parse([s for s in every if s.index in near and s.index not in named])
    redone = {ps.sentence.index for ps in extra}  # parsed before, but without named entities
    kept = [ps for ps in sents if ps.sentence.index not in redone]
    parsed = sorted([*kept, *extra], key=lambda ps: ps.sentence.index)
    for m in todo:
        same = _same_sentence(m, mentions)
        if same is not None:  # "Belarus, which had pardoned him, released X": X
            m.persons = list(same.persons)
            continue
        found = antecedent(m, parsed, every, gaz)
        if found is None:
            continue
        name, ps = found
        m.persons = [name]
        described = person_category(ps, [name], m.actor)
        if described is not None:
            m.category, m.kin = described, kin_described(ps, [name], m.actor)
        m.nationality = m.nationality or person_nationality(ps, [name])
        log.debug("%r: the freed are %s", m.sent.sentence.text[:60], name)


def _same_sentence(m: Mention, mentions: list[Mention]) -> Mention | None:
    """Another release of the same sentence, by the same state, that frees one named person."""
    return next(
        (
            o
            for o in mentions
            if o is not m
            and o.type is EventType.RELEASE
            and o.sent is m.sent
            and len(o.persons) == 1
            and (o.actor == m.actor or None in (o.actor, m.actor))
        ),
        None,
    )


def _window(here: int) -> range:
    return range(max(0, here - WINDOW), here + 1)


def antecedent(
    m: Mention, parsed: list[ParsedSentence], every: list[Sentence], gaz: Gazetteer
) -> tuple[str, ParsedSentence] | None:
    """The most salient person named near a mention (in the ``WINDOW`` sentences up to its own),
    with the sentence naming them. Salience sums, over the document's sentences up to the
    mention's that name the person (by surname), a weight halved with each sentence of distance."""
    here = m.sent.sentence.index
    pronoun = m.anaphor if m.anaphor in SINGULAR_PRONOUNS else None
    before = [s for s in every if s.index <= here]
    found: dict[str, ParsedSentence] = {}
    for ps in parsed:
        if ps.sentence.index not in _window(here):
            continue
        for ent in _people(ps, gaz):
            if ps.sentence.index == here and ent.start > m.trigger.i:
                continue  # after the trigger: "freed him after talks with X"
            name = clean_name(ent)
            if name and name not in found and _agrees(ent, pronoun, before):
                found[name] = ps
    if not found:
        return None

    def salience(name: str) -> float:
        surname = name.rsplit(" ", 1)[-1]
        return sum(0.5 ** (here - s.index) for s in before if surname in s.text)

    best = max(found, key=salience)
    return best, found[best]


def _people(ps: ParsedSentence, gaz: Gazetteer) -> list[Span]:
    """Named people of a sentence who may be the freed (no officials, speakers or places)."""
    places = {p.span.start for p in ps.places}
    return [
        e
        for e in ps.doc.ents
        if e.label_ == "PERSON"
        and e.start not in places
        and e.text not in gaz.places
        and (_held(e) or not is_official(e))
        and not is_speaker(e)
        and not not_a_name(e)
    ]


def _held(ent: Span) -> bool:
    """Whether the sentence tells a person as held ("X, a researcher, was arrested"): then even a
    role noun beside the name ("a researcher", "a lawyer") marks no official."""
    root = ent.root
    return root.dep_ in HELD_DEPS and root.head.lemma_.lower() in HELD_VERBS


def _agrees(ent: Span, pronoun: str | None, before: list[Sentence]) -> bool:
    """Whether a person fits the pronoun: no honorific of the other sex ("Ms X" is no "him"),
    and the sentences naming them, before the mention's, do not speak of them only with
    pronouns of the other sex."""
    if pronoun is None:
        return True
    male = pronoun in ("him", "he")
    title = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    if title in (FEMALE if male else MALE):
        return False
    surname = clean_name(ent).rsplit(" ", 1)[-1]
    told = " ".join(s.text.lower() for s in before[:-1] if surname in s.text)
    his, hers = len(HE.findall(told)), len(SHE.findall(told))
    return his >= hers if male else hers >= his
