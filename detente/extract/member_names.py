"""Names that spell out a counted group of the freed after it (area "fields", session 20).

"China released three American citizens on Wednesday, Mark Swidan, Kai Li and John Leung, in an
exchange", "The United States released three Russians: the hacker Roman Seleznev, the businessman
Vladislav Klyushin and Vadim Konoshchuk", "freed thirty-one prisoners on Tuesday, among them the
journalist X and the lawyer Y": the parser hangs such a list on the time phrase, on the verb or on
nothing, so :mod:`persons` finds none of it or only its first name. Read by the shape of the text
instead: after the group (and a time phrase) comes a comma, a colon or a dash, then items set
apart by commas and "and"; an item is a name, with at most a describing noun before it ("the
hacker"), and a name's own description ("X, a German architect arrested in 2022, and Y") is passed
over. The list ends at the first phrase of another kind ("in exchange for Z", "officials said").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from detente.extract.mentions import ParsedSentence

# Marks that open a list after the group.
OPENERS = frozenset({",", ":", "—", "–", "-"})
# Words after the opener that say the list is (some of) the group ("among them", "including").
LEAD_INS = frozenset({"among", "including", "namely", "notably"})
# Words between the group and the opener that only say when or where the act took place.
TIME_PREPS = frozenset({"on", "in", "at", "late", "early", "last", "this", "overnight"})
# Words an item may open with before the name: articles and the like ("the hacker X").
ITEM_DETERMINERS = frozenset({"the", "a", "an", "former", "fellow"})
# Parts of speech of a describing noun phrase before a name ("the US Navy veteran X").
PREFIX_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM"})
# Longest describing phrase before a name ("the former US Navy sailor").
MAX_PREFIX = 6
# Tokens that may follow a name in the list.
AFTER_NAME = frozenset({",", "and", ".", ";", ")", "(", ":"})
# Entity labels a name in the list may carry (NER takes many names for firms).
NAME_LABELS = frozenset({"PERSON", "ORG", ""})
# Words that open a name's own description between two items ("X, a teacher ..., and Y").
DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "who", "whom", "whose", "both", "each"})
# Nouns of officials before a name, who act or speak rather than being freed.
OFFICIALS = frozenset(
    {"president", "minister", "secretary", "envoy", "ambassador", "spokesman", "spokeswoman",
     "spokesperson", "negotiator", "mediator", "official", "prosecutor", "judge"}
)  # fmt: skip
# Subjects of a description's relative clause ("who had served ten years").
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


def names_after_group(ps: ParsedSentence, group: Token | None, trigger: Token) -> list[Span]:
    """The names that list the members of a plural ``group`` after it, in order; [] when no list
    follows the group."""
    if group is None or group.tag_ not in ("NNS", "NNPS") or group.i < trigger.i:
        return []
    doc = ps.doc
    places = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    i = _after_time(doc, group.i + 1)
    if i >= len(doc) or doc[i].text not in OPENERS:
        return []
    i += 1
    if i < len(doc) and doc[i].lower_ in LEAD_INS:
        i += 2 if i + 1 < len(doc) and doc[i + 1].lower_ in ("them", "whom") else 1
    names: list[Span] = []
    for start, end in _items(doc, i):
        name = _item_name(doc, start, end, places)
        if name is not None:
            names.append(name)
        elif not names or not _description(doc, start, end):
            break  # "in exchange for Z", "officials said": the list is over
    return names


def _after_time(doc: Doc, i: int) -> int:
    """The first token from ``i`` past a time phrase ("on Tuesday night", "late on Sunday"), or
    ``i`` itself when none starts there."""
    j = i
    while j < len(doc) and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].lower_ in TIME_PREPS):
        j += 1
        if doc[j - 1].ent_type_ in ("DATE", "TIME"):
            i = j  # a time word ends the phrase so far; prepositions alone do not
    return i


def _items(doc: Doc, i: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the comma- or "and"-separated stretches from ``i`` to the sentence end."""
    start = i
    for j in range(i, len(doc) + 1):
        if j == len(doc) or doc[j].text in (",", ";") or doc[j].lower_ == "and":
            if j > start:
                yield start, j
            if j < len(doc) and doc[j].text == ";":
                return
            start = j + 1


def _item_name(doc: Doc, start: int, end: int, places: set[int]) -> Span | None:
    """The name an item is, with at most describing words before it ("the journalist X"): a
    run of two or more capitalised proper nouns ending the item, not a place."""
    k = end
    while k > start and doc[k - 1].text in (".", ")"):
        k -= 1
    j = k
    while j > start and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper():
        j -= 1
    while j < k and (j in places or doc[j].ent_type_ in ("NORP", "GPE")):
        j += 1  # "the Norwegian Frode Berg": the nationality is no part of the name
    if k - j < 2 or any(t in places for t in range(j, k)):
        return None
    if any(doc[t].ent_type_ not in NAME_LABELS for t in range(j, k)):
        return None
    prefix = doc[start:j]
    if len(prefix) > MAX_PREFIX or any(t.pos_ not in PREFIX_POS for t in prefix):
        return None
    if prefix and not (prefix[0].lower_ in ITEM_DETERMINERS or prefix[0].pos_ in ("ADJ", "NOUN")):
        return None  # "President Joe Biden" at an item's start is no member told by a noun
    if any(t.lower_ in OFFICIALS for t in prefix):
        return None  # "the foreign minister X", "the US envoy X": who speaks or acts, not freed
    return doc[j:k]


def _description(doc: Doc, start: int, end: int) -> bool:
    """Whether an item that names no one describes the name before it ("a German architect
    arrested in Tabriz", "who had served ten years", "58", "activist" of "a lawyer and activist"),
    not a clause of its own ("the United States released Z", "officials said")."""
    tok = doc[start]
    noun = tok.pos_ in ("ADJ", "NOUN") and tok.text[:1].islower()
    if not (tok.lower_ in DESCRIPTION_OPENERS or tok.like_num or noun):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in t.children)
        for t in doc[start:end]
    )
