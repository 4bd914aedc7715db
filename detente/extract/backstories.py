"""Backstories: a sentence after a release that names its people by telling how they were held.

A release often names no one ("A British couple detained in Iran arrived home on Thursday after
Tehran released them"); the story names them in the sentence after, which tells how they came to
be held: "Graham Pemberton and his wife Ruth Pemberton had been arrested in Kerman and accused of
spying", "X, a nutrition specialist, was detained in February". Such a sentence tells no act of its
own; its subject names the freed of the release just before it when that release named no one and
freed as many people as the sentence names (one person, when it gave no number). Not a release
told by a pronoun ("He was released on Saturday": someone named before), nor one of a state another
release of the article names people freed by (its people are those). After a swap, the release is
the one of the state the sentence says they were held in ("was detained in Moscow"). A name a
release already has (the other side of a swap) is no newcomer, and not taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from detente.extract.doc_memo import tokens
from detente.extract.mentions import Mention, ParsedSentence

# Participles of being taken or kept in custody (case-sensitive: a cheap test before the parse).
CUSTODY_WORDS = re.compile(
    r"\b(?:arrested|detained|convicted|jailed|sentenced|accused|charged|imprisoned|captured|"
    r"seized|abducted|kidnapped|held)\b"
)
# Their lemmas: the verb of the sentence's main clause must be one of them.
CUSTODY_LEMMAS = frozenset(
    {"arrest", "detain", "convict", "jail", "sentence", "accuse", "charge", "imprison", "capture",
     "seize", "abduct", "kidnap", "hold"}
)  # fmt: skip
# How many sentences after its release a backstory may come.
GAP = 2
# Words of a clause that tells of someone still held or held again, not of the freed.
STILL_HELD = frozenset({"still", "remain", "again", "re", "rearrest", "later"})


def _custody_root(ps: ParsedSentence) -> Token | None:
    """The main verb of a sentence told in the passive of custody ("X was detained", "X and Y had
    been convicted"), with no negation or "still"."""
    root = next((t for t in tokens(ps.doc) if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in CUSTODY_LEMMAS:
        return None
    deps = {c.dep_ for c in root.children}
    if "auxpass" not in deps or "neg" in deps:
        return None
    if any(c.lemma_.lower() in STILL_HELD for c in root.children):
        return None
    return root


def _subject(root: Token) -> Token | None:
    """The proper-noun subject of the custody verb."""
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def told_of(
    ps: ParsedSentence, before: list[Mention], releases: list[Mention]
) -> tuple[Mention, set[int]] | None:
    """The release a backstory sentence names people of and the tokens of its subject (the names
    are read from them by the caller), or None. ``releases``: all of the document's; a name
    one of them gives is no newcomer, and a state one of them names people freed by is left
    alone (its people are those)."""
    if not before:
        return None
    near = [m for m in before if ps.sentence.index - m.sent.sentence.index <= GAP]
    if not near:
        return None
    root = _custody_root(ps)
    subj = _subject(root) if root is not None else None
    if subj is None or any(subj.text in p.split() for m in releases for p in m.persons):
        return None
    act = _holder_act(ps, near)
    if act is None or act.anaphor or any(m.persons and m.actor == act.actor for m in releases):
        return None
    ids = {t.i for t in subj.subtree if not any(a.dep_ == "relcl" for a in t.ancestors)}
    return act, ids


def _holder_act(ps: ParsedSentence, near: list[Mention]) -> Mention | None:
    """The release the backstory belongs to: the last one told, when one state freed people
    just before and the sentence names no other state they were held in; in a swap, the one of
    the state the sentence says they were held in ("was detained in Moscow": Russia's), or none
    when it names no such state."""
    held_in = {p.code for p in ps.places if p.kind != "demonym"}
    if len({m.actor for m in near}) == 1 and (not held_in or near[-1].actor in held_in):
        return near[-1]
    fit = [m for m in near if m.actor in held_in]
    return fit[-1] if fit else None


def fits(m: Mention, names: list[str]) -> bool:
    """Whether a release freed as many people as a backstory names (one, when it gave no number)."""
    wanted = m.count.value if m.count is not None else 1
    return bool(names) and wanted == len(names) and not m.vague


def named(
    ps: ParsedSentence,
    before: list[Mention],
    releases: list[Mention],
    names_of: Callable[[ParsedSentence, set[int]], list[str]],
) -> tuple[Mention, list[str]] | None:
    """The release a backstory sentence names the people of, and their names (read from the
    subject's tokens by ``names_of``: ``attach``'s reader of full names)."""
    if not CUSTODY_WORDS.search(ps.sentence.text):
        return None
    found = told_of(ps, before, releases)
    if found is None:
        return None
    m, ids = found
    names = names_of(ps, ids)
    return (m, names) if fits(m, names) else None
