"""Sanctions packages told as acts: "the seventeenth package targeted 200 more tankers", "its
eighteenth package, adopted in July, listed ...", "the nineteenth package, which member states
adopted in October". A numbered package is one round of measures, an act of its own with its own
time; with no owner named it is the EU's (the bloc numbers its rounds of sanctions)."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from detente.extract.mentions import ParsedSentence, places_in, subject_of

log = logging.getLogger(__name__)

# Words that number a package ("the 14th package", "its eighteenth package").
ORDINAL_WORDS = (
    r"(?:\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty)-?)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    r"twentieth|thirtieth)"
)
ORDINAL = re.compile(rf"^{ORDINAL_WORDS}$", re.IGNORECASE)
# A sentence that names a numbered package (see sanctions.SANCTIONS_SENTENCE).
NUMBERED_PACKAGE = rf"\b{ORDINAL_WORDS} package"
# Verbs by which a package acts on its targets ("the package targeted 200 tankers").
PACKAGE_VERBS = frozenset(
    {"target", "list", "ban", "hit", "add", "designate", "sanction", "blacklist", "freeze"}
)
# Verbs by which a package is agreed (not "proposed" or "unveiled": a draft is no act).
ADOPT_VERBS = frozenset({"adopt", "approve", "agree", "pass"})
# Sanctioning owners a possessive pronoun may stand for ("The EU says ... its package").
OWNERS = frozenset({"USA", "EU", "UN", "GBR", "CAN", "AUS", "JPN", "CHE", "NZL", "NOR"})


def numbered(noun: Token) -> bool:
    """ "the seventeenth package", "its 14th package": a package with a number of its own."""
    return noun.lemma_.lower() == "package" and any(
        c.dep_ in ("amod", "nummod", "compound") and ORDINAL.match(c.text) for c in noun.children
    )


def package_of(verb: Token) -> Token | None:
    """The numbered package a verb tells as an act, if any: its subject ("the package targeted"),
    the noun it describes ("the package adopted in June", "which member states adopted") or its
    object ("adopted the twelfth package")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma in PACKAGE_VERBS:
        subj = subject_of(verb)
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        return subj if subj is not None and numbered(subj) else None
    if not _adopting(verb):
        return None
    if verb.dep_ in ("acl", "relcl") and numbered(verb.head):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "dobj" and numbered(c)), None)


def _adopting(verb: Token) -> bool:
    """ "adopted", "approved", "took over" (a package another power numbered)."""
    lemma = verb.lemma_.lower()
    return lemma in ADOPT_VERBS or (
        lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    )


def owner(ps: ParsedSentence, package: Token, verb: Token) -> list[str]:
    """Who adopted a numbered package: a state named on it ("the EU's package"), the subject of
    the verb of adopting ("Britain adopted its fifth package", before the package's owner:
    "Switzerland adopted the EU's eleventh package" is Switzerland's act), the sanctioning power a possessive
    stands for (the subject named before it: "The EU says ... its package"), else the EU."""
    named = [p.code for p in places_in(ps, list(package.subtree)) if p.code in OWNERS]
    subj = subject_of(verb) if _adopting(verb) else None
    if subj is not None and subj is not package:  # "Switzerland adopted the EU's package": its own
        named[:0] = [p.code for p in places_in(ps, list(subj.subtree)) if p.code in OWNERS]
    if named:
        return named[:1]
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in package.children):
        before = [p for p in ps.places if p.code in OWNERS and p.span.end <= package.i]
        subjects = [p for p in before if p.span.root.dep_ == "nsubj"]
        if subjects or before:
            return [(subjects or before)[-1].code]
    return ["EU"]


def adopted(package: Token) -> Token | None:
    """The participle that dates a package ("its package, adopted earlier this month, listed")."""
    return next(
        (c for c in package.children if c.dep_ == "acl" and c.lemma_.lower() in ADOPT_VERBS), None
    )
