"""Who gives a figure: the source of a stock estimate ("according to Viasna", "by OVD-Info's count",
"the rights centre Viasna says"), as written, without its clauses and appositions."""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.gazetteer import sovereign
from detente.extract.mentions import ParsedSentence, subject_of
from detente.extract.releases import PRONOUNS

SOURCE_DETS = ("the ", "The ")
# Nouns for a count that someone keeps ("a count kept by", "figures cited by").
COUNT_NOUNS = lx.FIGURE_NOUNS | {"data", "record"}
# Verbs whose subject gives a figure: speech, and a monitor's own counting ("Memorial recognises
# 781", "local defenders keep a list of 350").
SOURCE_VERBS = lx.SPEECH_VERBS | {
    "recognise", "recognize", "keep", "maintain", "list", "register", "record", "document", "track"
}  # fmt: skip


def source_of(ps: ParsedSentence) -> str | None:
    """Who gives the figure of a sentence: an "according to" phrase, "by X's count", or the
    subject of a speech verb ("Viasna says", "the centre Viasna counts"); None if nobody."""
    doc = ps.doc
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(_keeper(pobj))
    for tok in doc:  # "by Viasna's count"
        if tok.lemma_.lower() in ("count", "estimate", "tally", "figure", "data", "record"):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ not in PRONOUNS:
                return _phrase(poss).removesuffix("'s").removesuffix("’s").strip()
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SOURCE_VERBS:
            subj = subject_of(tok)
            names = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            if subj is not None and subj.pos_ != "PROPN" and names:  # "the centre Viasna counts"
                subj = names[0]
            if subj is not None and subj.lower_ not in PRONOUNS and subj.dep_ == "nsubj":
                return _phrase(subj)
    return None


# Words of a state's own voice in a source ("Indian officials", "Pakistan's foreign office").
STATE_VOICES = frozenset(
    {"official", "officials", "ministry", "minister", "office", "government", "department",
     "embassy", "commission", "council", "authorities", "spokesman", "spokeswoman", "president",
     "foreign", "diplomat", "diplomats", "cabinet"}
)  # fmt: skip
# Words of a group that is not a state's voice ("Human rights groups in Belarus").
NOT_STATE_VOICES = frozenset(
    {"rights", "group", "groups", "activist", "activists", "defenders", "lawyers", "families",
     "family", "monitor", "monitors", "media", "prisoner", "prisoners", "union"}
)  # fmt: skip


# The speaking state holds the people itself: "in its custody", "it holds 308 Indians".
OWN_HOLDING = re.compile(
    r"\b(?:its|their) (?:own )?(?:custody|jails?|prisons?)\b|\b(?:it|they) (?:still )?"
    r"(?:holds?|held|is holding|are holding|detains?|keeps?)\b",
    re.IGNORECASE,
)


def source_state(ps: ParsedSentence, source: str | None) -> str | None:
    """The state whose own voice gives a figure: the state itself ("Tokyo says", "France says")
    or its officials ("Indian officials", "Pakistan's foreign office"). A figure given by another
    state is of the state holding the people (session 22), so this state is no default holder."""
    if not source or OWN_HOLDING.search(ps.sentence.text):
        return None  # "Pakistan's foreign office said 217 remained in its custody": the holder
    for p in ps.places:
        if p.code in ("EU", "UN") or p.kind not in ("name", "demonym", "capital"):
            continue
        if p.span.text not in source:
            continue
        rest = source.replace(p.span.text, " ").replace("'s", " ").split()
        if any(w[:1].isupper() and w != "The" for w in rest):
            continue  # a named body ("the Hong Kong Democracy Council", "the Cuban Commission")
        words = {w.lower() for w in rest} - {"the"}
        if not words or (words & STATE_VOICES and not words & NOT_STATE_VOICES):
            return sovereign(p.code)
    return None


def _keeper(tok: Token) -> Token:
    """Who keeps a count: "a count kept by a US advocacy group", "figures cited by the EEAS"."""
    if tok.lemma_.lower() not in COUNT_NOUNS:
        return tok
    for t in tok.subtree:
        if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.head.dep_ == "acl":
            return next((c for c in t.children if c.dep_ == "pobj"), tok)
    return tok


def _phrase(head: Token) -> str:
    """A source's name: the named organisation in the phrase ("the rights centre Viasna" → Viasna),
    else the phrase without its clauses and appositions."""
    toks = [
        t
        for t in head.subtree
        if (t.dep_ not in ("relcl", "punct", "appos", "acl") or _inner_mark(t))
        and not any(a.dep_ in ("relcl", "appos", "acl") for a in t.ancestors if a in head.subtree)
    ]
    doc = head.doc
    start = head.i
    while start > head.left_edge.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if _named(head) and start > head.left_edge.i and _plain_word(doc[start - 1]):
        return doc[start : head.i + 1].text  # "the human rights centre Viasna" → Viasna
    if head.pos_ != "PROPN":
        appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if appos:
            return _as_written([t for t in appos[0].subtree if t.dep_ != "punct" or _inner_mark(t)])
    text = _as_written(toks) if toks else head.text
    for det in SOURCE_DETS:
        text = text.removeprefix(det)
    return text.replace(" 's", "'s").strip()


def _named(head: Token) -> bool:
    """A source headed by a name ("Viasna"), not by a lower-case noun the tagger takes for one
    ("Poland's foreign ministry")."""
    return head.pos_ == "PROPN" and head.text[:1].isupper()


def _plain_word(tok: Token) -> bool:
    """A lower-case word before a name that describes it ("the rights centre Viasna"), not the
    possessive marker of an owner that belongs to the source ("Djibouti's Foreign Ministry", as
    written: session 22)."""
    return tok.is_lower and tok.dep_ != "case"


def _inner_mark(tok: Token) -> bool:
    """A hyphen or apostrophe inside a name ("OVD-Info", "the Journalists' Association")."""
    glued = tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return glued and tok.text in ("-", "'", "\u2019")


def _as_written(toks: list[Token]) -> str:
    """Tokens joined with the article's own spacing ("human-rights experts", not "human rights")."""
    return " ".join("".join(t.text_with_ws for t in toks).split())
