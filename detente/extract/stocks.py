"""Stock estimates: how many people a state still holds, according to whom, as of when."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract.mentions import ParsedSentence, nearest_time, subject_of
from detente.extract.releases import PRONOUNS

HELD_NOUNS = frozenset(
    {
        "prisoner",
        "detainee",
        "people",
        "person",
        "hostage",
        "captive",
        "inmate",
        "individual",
        "journalist",
        "activist",
        "dissident",
    }
)
SOURCE_DETS = ("the ", "The ")


@dataclass
class StockMention:
    """One sentence's estimate of people still held."""

    sent: ParsedSentence
    """Where it is said."""
    count: counts_mod.Count
    """The estimate."""
    country: str | None
    """Holding state, if named in the sentence."""
    source: str | None
    """Who gives the figure."""
    as_of: str | None
    """Date of the figure, if the sentence gives one."""


def _source(ps: ParsedSentence) -> str | None:
    doc = ps.doc
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(pobj)
    for tok in doc:  # "by Viasna's count"
        if tok.lemma_.lower() in ("count", "estimate", "tally", "figure", "data", "record"):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ not in PRONOUNS:
                return _phrase(poss).removesuffix("'s").removesuffix("’s").strip()
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.SPEECH_VERBS:
            subj = subject_of(tok)
            if subj is not None and subj.lower_ not in PRONOUNS and subj.dep_ == "nsubj":
                return _phrase(subj)
    return None


def _phrase(head: Token) -> str:
    toks = [
        t
        for t in head.subtree
        if t.dep_ not in ("relcl", "punct", "appos", "acl")
        and not any(a.dep_ in ("relcl", "appos", "acl") for a in t.ancestors if a in head.subtree)
    ]
    text = " ".join(t.text for t in toks) if toks else head.text
    for det in SOURCE_DETS:
        text = text.removeprefix(det)
    return text.replace(" 's", "'s").strip()


def find(ps: ParsedSentence, release_groups: set[int]) -> list[StockMention]:
    """Estimates of people still held in a sentence; ``release_groups`` are tokens already used."""
    if not lx.STOCK_CUES.search(ps.sentence.text):
        return []
    found: list[StockMention] = []
    for tok in ps.doc:
        if tok.lemma_.lower() not in HELD_NOUNS or tok.i in release_groups:
            continue
        nums = [c for c in tok.children if c.dep_ in ("nummod", "quantmod") or c.like_num]
        if tok.dep_ in ("pobj",) and tok.head.lower_ == "of" and tok.head.head.like_num:
            nums.append(tok.head.head)
        for num in nums:
            count = counts_mod.read_count(num)
            if count is None or count.value < 2:
                continue
            if not _still_held(ps, tok):
                continue
            countries = [
                p.code
                for p in ps.places
                if p.kind in ("name", "demonym", "capital", "leader", "institution")
                and p.code not in ("EU", "UN")
            ]
            found.append(
                StockMention(
                    ps,
                    count,
                    countries[0] if countries else None,
                    _source(ps),
                    nearest_time(ps, num),
                )
            )
            break
    return found[:1]


def _still_held(ps: ParsedSentence, noun: Token) -> bool:
    """Whether the sentence says these people remain held (not that they were freed)."""
    head = noun.head
    lemmas = {t.lemma_.lower() for t in ps.doc}
    if head.lemma_.lower() in ("remain", "stay", "languish") or noun.dep_ == "attr":
        return True
    if lemmas & {
        "remain",
        "still",
        "languish",
        "count",
        "estimate",
        "tally",
        "recognise",
        "recognize",
    }:
        return not (head.lemma_.lower() in lx.RELEASE_VERBS and head.dep_ != "neg")
    return False
