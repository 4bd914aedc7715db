"""A stock figure in the sentence after its people: "Rights groups say dozens of Colombians remain
in Venezuelan jails. The ombudsman's office put the number at 60", "Viasna counted 1,227 political
prisoners on January 1. On Friday its tally stood at 1,110".

The figure sentence names no people of its own (:func:`stock_figures.bare_figure`); the sentence
just before (parsed or only tokenised: its text and places) must tell of people held, not freed,
and gives the holder ("in Venezuelan jails") and the source a pronoun stands for ("its tally").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import counts as counts_mod
from detente.extract import stock_figures as figures
from detente.extract.gazetteer import Place, monitor_table, sovereign
from detente.extract.mentions import ParsedSentence, subject_of
from detente.extract.sentences import Sentence
from detente.extract.sources import source_of
from detente.extract.stock_holders import holder
from detente.extract.stocks import StockMention, as_of_clause, vague_multiple

# A sentence that tells of people held ("dozens remain in Venezuelan jails", "How many Armenians
# remain in Azerbaijani custody?", "Viasna counted 1,408 political prisoners").
GROUP_HELD = re.compile(
    r"\b(?:remain\w*|still|behind bars|languish\w*|custody|detention|captivity|prisons|jails|"
    r"colony|colonies|political prisoners|(?:are|is|were) (?:being |currently )?(?:held|detained|"
    r"jailed|imprisoned))\b",
    re.IGNORECASE,
)
# Words of a freeing or a death, after which a figure is of those people ("30 were freed.
# Officials put the number at 32"), unless the sentence also says some remain.
FREED_WORDS = re.compile(
    r"\b(?:freed|released|pardoned|let go|walked free|set free|handed over|returned|exchanged|"
    r"swapped|killed|died|dead)\b",
    re.IGNORECASE,
)
STILL_WORDS = re.compile(r"\b(?:remain\w*|still)\b", re.IGNORECASE)
# A holding phrase whose state is the holder: "in Venezuelan jails", "in Azerbaijani custody".
HOLDING = re.compile(
    r"\b(?:in|by) (?:[\w'-]+ ){0,3}(?:custody|jails?|prisons?|detention|captivity|hands|colon(?:y|ies))\b",
    re.IGNORECASE,
)
# A source told by a pronoun ("its tally", "they put it"): the sentence before names it.
PRONOUN_SOURCES = frozenset({"it", "its", "they", "their", "he", "she", "his", "her"})
# Parts of a subject that are not its name ("the committee, which tracks cases, ...").
CLAUSES = frozenset({"relcl", "appos", "acl", "punct"})


def find(ps: ParsedSentence, before: tuple[Sentence, list[Place]] | None) -> list[StockMention]:
    """The bare figure of the people held that ``before`` (the sentence just before, with its
    places) told of."""
    if before is None or not figures.FIGURE_WORDS.search(ps.sentence.text):
        return []
    told, places = before[0].text, before[1]
    if FREED_WORDS.search(ps.sentence.text) or not GROUP_HELD.search(told):
        return []
    if FREED_WORDS.search(told) and not STILL_WORDS.search(told):
        return []
    found = figures.bare_figure(ps.doc)
    if found is None:
        return []
    figure, num = found
    count = counts_mod.read_count(num)
    if count is None or count.value < 2 or vague_multiple(num, count):
        return []
    source = source_of(ps) or _giver(figure)
    if source is None or source.lower() in PRONOUN_SOURCES:
        source = _monitor_named(told)
    country = _told_holder(told, places) or holder(ps, num, source)
    return [StockMention(ps, count, country, source, as_of_clause(ps, num))]


def _told_holder(text: str, places: list[Place]) -> str | None:
    """The holder the sentence before names: the state of its holding phrase ("in Venezuelan
    jails"), else a state it names by name ("Algeria ... in its detention centres"), else a
    one-country monitor's ("Viasna counted 1,227")."""
    states = [p for p in places if p.code not in ("EU", "UN") and p.kind != "institution"]
    for match in HOLDING.finditer(text):
        inside = [p for p in states if match.start() <= p.span.start_char < match.end()]
        if inside:
            return sovereign(inside[0].code)
    named = [p for p in states if p.kind == "name"]
    if named:
        return sovereign(named[0].code)
    name = _monitor(text)
    return monitor_table()[name] if name is not None else None


def _monitor(text: str) -> str | None:
    """The lower-case name of a one-country monitor a sentence names ("viasna")."""
    lower = text.lower()
    words = set(re.findall(r"[\w-]+", lower))
    return next((n for n in monitor_table() if (n in lower if " " in n else n in words)), None)


def _monitor_named(text: str) -> str | None:
    """The one-country monitor the sentence before names, as written ("Viasna")."""
    name = _monitor(text)
    if name is None:
        return None
    start = text.lower().index(name)
    return text[start : start + len(name)]


def run(
    sents: list[ParsedSentence],
    context: list[tuple[Sentence, list[Place]]],
    found: list[StockMention],
) -> list[StockMention]:
    """Bare figures of the parsed sentences that hold no stock of their own (``found``), each
    with the gated sentence just before it (``context``: every gated sentence and its places)."""
    have = {id(m.sent) for m in found}
    by_index = {s.index: (s, places) for s, places in context}
    return [
        m
        for ps in sents
        if id(ps) not in have and figures.FIGURE_WORDS.search(ps.sentence.text)
        for m in find(ps, by_index.get(ps.sentence.index - 1))
    ]


def _giver(figure: Token) -> str | None:
    """Who gives a figure: the subject of "put"/"gives"/"estimates" ("The committee gives a
    figure of 61"), or the owner of "its tally" (a pronoun, which the caller resolves)."""
    poss = next((c for c in figure.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss.text
    subj = subject_of(figure.head) if figure.dep_ == "dobj" else None
    if subj is None:
        return None
    skip = {t.i for c in subj.children if c.dep_ in CLAUSES for t in c.subtree}
    return "".join(t.text_with_ws for t in subj.subtree if t.i not in skip).strip(" ,")
