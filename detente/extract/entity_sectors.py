"""Document level: the sectors a listed body's trade gives its sanctions event, as the article tells
it in another sentence (docs/annotation.md, session 22: "a listed firm's 'gold smuggling' in another
sentence → gold"; "for shipping Iranian oil" → oil, shipping).

An act's own sentence gives the sectors it can read (:mod:`detente.extract.listed`); a later
sentence often describes a body the act named ("Minerven, the state gold miner", "the tanker
operator Sun Ship Management", "X, which Washington accused of smuggling gold", "firms including
X"). Only the words that describe the named body are read there: its name, what it is in apposition
to, its relative clause, the group it is counted in, and the deed its listing answers ("sanctioned
in 2023 for supplying jet fuel"); the rest of that sentence is about something else. Run by
:mod:`detente.extract.pipeline` once the events are built.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract import listed
from detente.extract.listings import LISTABLE_NOUNS
from detente.extract.mentions import ParsedSentence
from detente.extract.sentences import Sentence
from detente.model import Event, EventType

# Prepositions that count a named body in a group ("firms including X", "among them X").
MEMBER_PREPS = frozenset({"including", "among", "like", "as"})
# Verbs whose "for" phrase gives the deed a listing answers ("sanctioned for shipping oil"),
# and "accused of" ("accused of smuggling gold").
LISTING_VERBS = frozenset(
    {"sanction", "designate", "list", "blacklist", "target", "add", "name", "penalise",
     "penalize", "punish", "accuse"}
)  # fmt: skip
DEED_PREPS = frozenset({"for", "of"})
# A word of the sector vocabulary (a cheap test before parsing a sentence).
SECTOR_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lx.SECTOR_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# Dependencies by which a clause or another name hangs under a name: not its description, but a
# relative clause ("X, which ships oil") is (read apart).
NOT_DESCRIPTION = frozenset({"conj", "cc", "relcl", "acl", "prep", "punct"})


def run(events: list[Event], sents: list[ParsedSentence]) -> None:
    """Add to each sanctions event the sectors that other sentences give the bodies it lists (in
    place). A body named in a sentence of the event's own evidence was read there."""
    for event in events:
        if event.type == EventType.RELEASE or not event.entities:
            continue
        own = {e.start for e in event.evidence}
        found = list(event.sectors)
        for ps in sents:
            if ps.sentence.start in own:
                continue
            for name in event.entities:
                for span in _spans(ps, name):
                    found += [s for s in sectors_of(span) if s not in found]
        event.sectors = found


def unread(
    events: list[Event], every: list[Sentence], sents: list[ParsedSentence]
) -> list[Sentence]:
    """The sentences not parsed that name a body a sanctions event lists and a word of a sector
    ("Varnek, which Washington accused of smuggling gold, denied it"): to parse for ``run``."""
    names = {n for e in events if e.type != EventType.RELEASE for n in e.entities}
    if not names:
        return []
    parsed = {ps.sentence.start for ps in sents}
    return [
        s
        for s in every
        if s.start not in parsed
        and SECTOR_WORD.search(s.text)
        and any(_named(s.text, n) for n in names)
    ]


def _named(text: str, name: str) -> bool:
    return name in text and _whole_name(name).search(text) is not None


@functools.lru_cache(maxsize=256)
def _whole_name(name: str) -> re.Pattern[str]:
    """A name as whole words (not inside a longer word or a hyphenated one)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def sectors_of(span: Span) -> list[str]:
    """The sectors the words describing a named body give (a trade told by a gerund, "for
    shipping Iranian oil", too)."""
    words = described(span)
    out = listed.sectors(words)
    trades = [lx.SECTOR_WORDS.get(t.lower_) for t in words if t.tag_ == "VBG"]
    return out + [s for s in dict.fromkeys(trades) if s is not None and s not in out]


def _spans(ps: ParsedSentence, name: str) -> list[Span]:
    """Where a sentence names a body, as whole words."""
    out: list[Span] = []
    for m in _whole_name(name).finditer(ps.doc.text):
        span = ps.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def described(span: Span) -> list[Token]:
    """The words that describe a named body in its sentence: the name, its modifiers and
    appositions, its relative clause, the noun it is in apposition to, the group it is counted
    in, and the deed a listing of it answers."""
    root = listed.name_root(span)
    words: list[Token] = [*span, *_description(root, {t.i for t in span})]
    head = root
    if root.dep_ in ("appos", "compound") and root.head is not root:
        head = root.head  # "the state gold miner Minerven": the noun the name stands beside
        words += [head, *_description(head, {t.i for t in root.subtree})]
    chain = [head]  # "X and the tanker operator Y, among them": up the series to its first
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("NOUN", "PROPN"):
        chain.append(chain[-1].head)
    first = chain[-1]
    group = next((g for g in map(_group, chain) if g is not None), None)
    if group is not None:  # "defence manufacturers and shipping companies, among them X"
        while group.dep_ == "conj" and group.head is not group:
            group = group.head
        words += [t for n in _series(group) for t in _noun_phrase(n)]
    words += _deed(first)
    return list({t.i: t for t in words}.values())


def _group(first: Token) -> Token | None:
    """The group a name is counted in: "firms including X", "firms, among them X"."""
    prep = first.head if first.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in MEMBER_PREPS and prep.head is not prep:
        return prep.head
    for prep in first.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in MEMBER_PREPS
            and any(c.dep_ == "pobj" and c.lower_ in ("them", "those") for c in prep.children)
        ):
            before = [t for t in first.doc[: prep.i] if t.tag_ in ("NNS", "NNPS")]
            return before[-1] if before else None
    return None


def _series(noun: Token) -> list[Token]:
    """A noun and the nouns conjoined to it ("arms makers and shipping firms")."""
    out = [noun]
    for child in noun.children:
        if child.dep_ == "conj":
            out += _series(child)
    return out


def _description(noun: Token, skipped: set[int]) -> list[Token]:
    """A noun's modifiers, appositions and relative clauses, less the words ``skipped`` (not its
    other conjuncts or prepositional phrases, which may name other things)."""
    out: list[Token] = []
    for child in noun.children:
        if child.i in skipped or (child.dep_ == "appos" and _listed_beside(child)):
            continue
        if child.dep_ == "acl" or (child.dep_ == "relcl" and _own_relative(child)):
            out += [t for t in child.subtree if t.i not in skipped]
        elif child.dep_ not in NOT_DESCRIPTION:
            out += [t for t in _without_conjuncts(child) if t.i not in skipped]
    return out


def _listed_beside(appos: Token) -> bool:
    """An "apposition" that is the next item of a list ("Iran Air, Mahan Air and a shipping line",
    "PDVSA, the central bank and most officials"): a name, or a noun with other bodies conjoined."""
    return appos.pos_ == "PROPN" or any(
        c.dep_ == "conj" and not _same_body(c) for c in appos.children
    )


def _own_relative(clause: Token) -> bool:
    """A relative clause set off by a comma or opened by "which", "who" or "whose" ("X, which it
    accused of smuggling gold"); a "that" clause after a name is mostly another noun's
    ("transactions involving X that are needed to import oil")."""
    first = clause.doc[clause.left_edge.i]
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return first.lower_ in ("which", "who", "whose", "whom") or (
        before is not None and before.text == ","
    )


def _without_conjuncts(tok: Token) -> list[Token]:
    """A phrase less the phrases conjoined to its head that name other things ("the state gold
    miner, and two banks"); a bare singular noun conjoined describes the same body ("a tanker
    operator and arms dealer")."""
    other = {t.i for c in tok.children if c.dep_ == "conj" and not _same_body(c) for t in c.subtree}
    return [t for t in tok.subtree if t.i not in other]


def _same_body(conj: Token) -> bool:
    """ "and arms dealer": a singular noun with no determiner, number or owner of its own."""
    return conj.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "poss") for c in conj.children)


def _noun_phrase(noun: Token) -> list[Token]:
    """A noun with its own modifiers ("Russian defence manufacturers")."""
    kept = ("compound", "amod", "nmod")
    return [noun, *(t for c in noun.children if c.dep_ in kept for t in c.subtree)]


def _deed(noun: Token) -> list[Token]:
    """ "X was sanctioned for shipping Iranian oil", "Washington accused X of smuggling gold":
    the deed of a listing whose subject or object the named body is."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lemma_.lower() not in LISTING_VERBS:
        return []
    deed = [
        t for c in verb.children if c.dep_ == "prep" and c.lower_ in DEED_PREPS for t in c.subtree
    ]
    # "for helping a defence firm move funds": a word naming another body's kind, not goods
    return [
        t
        for t in deed
        if not (t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in LISTABLE_NOUNS)
    ]
