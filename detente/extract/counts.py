"""Numbers of people: digits or words, with their qualifier (exact, approx, at_least, at_most).

Word numbers are read with text2num; vague amounts ("dozens", "hundreds") are recognised so that they
give a null count rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from detente.extract import lexicon as lx
from detente.model import CountQualifier

# Phrases before a number that set its qualifier; longest first so "more than" wins over "than".
QUALIFIERS: list[tuple[tuple[str, ...], CountQualifier]] = [
    (("in", "excess", "of"), CountQualifier.AT_LEAST),
    (("upwards", "of"), CountQualifier.AT_LEAST),
    (("more", "than"), CountQualifier.AT_LEAST),
    (("at", "least"), CountQualifier.AT_LEAST),
    (("no", "fewer", "than"), CountQualifier.AT_LEAST),
    (("no", "less", "than"), CountQualifier.AT_LEAST),
    (("over",), CountQualifier.AT_LEAST),
    (("fewer", "than"), CountQualifier.AT_MOST),
    (("less", "than"), CountQualifier.AT_MOST),
    (("up", "to"), CountQualifier.AT_MOST),
    (("as", "many", "as"), CountQualifier.AT_MOST),
    (("nearly",), CountQualifier.AT_MOST),
    (("almost",), CountQualifier.AT_MOST),
    (("under",), CountQualifier.AT_MOST),
    (("just", "under"), CountQualifier.AT_MOST),
    (("close", "to"), CountQualifier.AT_MOST),
    (("an", "estimated"), CountQualifier.APPROX),
    (("approximately",), CountQualifier.APPROX),
    (("roughly",), CountQualifier.APPROX),
    (("around",), CountQualifier.APPROX),
    (("about",), CountQualifier.APPROX),
    (("some",), CountQualifier.APPROX),
    (("circa",), CountQualifier.APPROX),
    (("estimated",), CountQualifier.APPROX),
    (("roughly", "some"), CountQualifier.APPROX),
]
QUALIFIERS.sort(key=lambda q: -len(q[0]))

VAGUE_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "tens", "scores", "several", "many", "numerous", "some",
     "few", "handful", "number", "group", "batch", "couple", "host", "string", "wave"}
)  # fmt: skip
# Plural round numbers that are vague amounts on their own ("hundreds of prisoners"), never counts.
VAGUE_PLURALS = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions"})
# Number words, written once: counts reads them, the gate and the stock cues search for them.
SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")  # fmt: skip
TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Regex alternations of them (a teen as "\w+teen"), for patterns over text.
TENS_PATTERN = "|".join(TENS)
NUMBER_PATTERN = "|".join((*SMALL_NUMBERS, r"\w+teen", *TENS))
NUMBER_WORDS = frozenset(
    {"zero", *SMALL_NUMBERS, *TEENS, *TENS, "hundred", "thousand", "and", "a", "dozen"}
)
# Their values ("three" -> 3, "twenty" -> 20), for rules that read a number word outside a count
# (spans of time, groups told again by their size).
WORD_VALUES: dict[str, int] = {
    **{word: n for n, word in enumerate((*SMALL_NUMBERS, *TEENS), start=1)},
    **{word: 20 + 10 * n for n, word in enumerate(TENS)},
}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
# Triggers of a decision to free (a pardon, an amnesty, a decree of clemency), as against the
# freeing itself ("walked out", "were released", "crossed into"): stages.py dates an act by the
# freeing; with "grant" (DECISION_LEMMAS: "granted clemency to seven ... and freed them"), when
# both give a number for one act, the act takes the freeing's (docs/annotation.md, session 13).
DECISIONS = frozenset({"pardon", "commute", "clemency", "amnesty", "decree", "commutation"})
DECISION_LEMMAS = DECISIONS | {"grant"}


@dataclass(frozen=True)
class Count:
    """A number of people and how precise it is."""

    value: int
    """The number."""
    qualifier: CountQualifier
    """Its precision."""
    start: int
    """Index of the first token of the number phrase (qualifier included)."""
    end: int
    """Index one past its last token."""
    lone: bool = False
    """One person told by "the" and a singular noun, no number ("the veteran"): often one of a
    group another mention counts, so it keeps no mention of the act apart (:mod:`apart`)."""


def parse_number(words: list[str]) -> int | None:
    """The value of a number written in digits or words, or None."""
    text = " ".join(words).lower().replace(" - ", "-")
    if len(words) == 1 and _DIGITS.match(words[0]):
        return int(words[0].replace(",", ""))
    if text in ("a dozen", "dozen"):
        return 12
    if text == "half a dozen":
        return 6
    if text.endswith(" dozen"):
        head = parse_number(text.removesuffix(" dozen").split())
        return head * 12 if head else None
    if text.startswith("a "):
        text = "one " + text[2:]
    try:
        value = text2num(text, "en")
    except ValueError:
        return None
    return value if isinstance(value, int) and value > 0 else None


def _number_extent(tok: Token) -> tuple[int, int]:
    """Token range of a whole number phrase around a numeric token ("one hundred and twenty-three")."""
    doc = tok.doc
    start = end = tok.i

    def is_part(t: Token) -> bool:
        return t.like_num or t.lower_ in NUMBER_WORDS or t.text == "-"

    while start > 0 and is_part(doc[start - 1]):
        before = doc[start - 1]
        if before.lower_ == "and" or (
            before.text == "-" and not (start > 1 and is_part(doc[start - 2]))
        ):
            break
        start -= 1
    while end + 1 < len(doc) and is_part(doc[end + 1]):
        end += 1
    while doc[end].lower_ in ("and", "a", "-") and end > start:
        end -= 1
    return start, end + 1


number_extent = _number_extent  # for readers of ranges (stock_figures.range_read)


def _half_before(doc: Span, start: int) -> int:
    """Move the start of "a dozen" / "dozen" back over "half a" ("half a dozen" is 6, not 12)."""
    if doc[start].lower_ == "a" and start > 0 and doc[start - 1].lower_ == "half":
        return start - 1
    if doc[start].lower_ == "dozen" and start > 0 and doc[start - 1].lower_ == "a":
        return _half_before(doc, start - 1)
    return start


def qualifier_before(doc: Span, start: int) -> tuple[CountQualifier, int]:
    """The qualifier phrase ending just before token ``start`` (and where it begins)."""
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    for phrase, qualifier in QUALIFIERS:
        if tuple(words[-len(phrase) :]) == phrase:
            # "handed over 15 people": a particle; "freed up to 70" is a qualifier all the same
            if len(phrase) == 1 and (doc[start - 1].dep_ == "prt" or _particle_over(doc, start)):
                continue
            return qualifier, start - len(phrase)
    return CountQualifier.EXACT, start


# Verbs whose "over" is their particle, whatever the parser makes of it ("Russia handed over 230
# prisoners", "Ukraine turned over 150 servicemen"): no "more than".
OVER_VERBS = frozenset({"hand", "turn", "give", "pass"})


def _particle_over(doc: Span, start: int) -> bool:
    """Whether the word before a number is the particle "over" of a verb of handing over."""
    return (
        start > 1
        and doc[start - 1].lower_ == "over"
        and doc[start - 2].lemma_.lower() in OVER_VERBS
    )


def read_count(tok: Token) -> Count | None:
    """The count whose number phrase contains ``tok``, with its qualifier; None if not a number."""
    if tok.lower_ in VAGUE_PLURALS:
        return None
    start, end = _number_extent(tok)
    doc = tok.doc
    if doc[end - 1].lower_ in VAGUE_PLURALS:  # "several hundreds", "tens of thousands"
        return None
    start = _half_before(doc[:], start)
    words = [t.text for t in doc[start:end]]
    if _vague_multiple(doc[:], start, words):
        return None
    value = parse_number(words)
    if value is None:
        return None
    qualifier, qstart = qualifier_before(doc[:], start)
    return Count(value, qualifier, qstart, end)


# Words that make a bare hundred, thousand or dozen vague ("several hundred prisoners", "a few
# thousand", "many thousands").
VAGUE_MULTIPLIERS = frozenset({"several", "few", "many"})
ROUND_WORDS = frozenset({"hundred", "thousand", "dozen", "million"})


def _vague_multiple(doc: Span, start: int, words: list[str]) -> bool:
    """ "several hundred supporters", "a few thousand prisoners": a vague amount, no number."""
    return (
        start > 0
        and doc[start - 1].lower_ in VAGUE_MULTIPLIERS
        and all(w.lower() in ROUND_WORDS for w in words)
    )


def is_vague_amount(tok: Token) -> bool:
    """Whether a token is a vague amount of people ("dozens", "hundreds", "several", "a handful");
    "some" before a number is a qualifier ("some 5,774"), not a vague amount."""
    if tok.lower_ == "some":
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return following is None or not (following.like_num or following.lower_ in NUMBER_WORDS)
    return tok.lower_ in VAGUE_WORDS


@dataclass(frozen=True)
class Told:
    """A count as one mention of an act tells it: its trigger's lemma and its sentence."""

    count: Count
    lemma: str
    sentence: int
    text: str


# Words by which a sentence tells how many of a decided group actually went free ("Of those
# covered by the decree, 571 were released outright", "Of the 110, 50 were let out").
WALKED_OUT_CUES = re.compile(
    r"\b(?:of (?:those|these|them|the [\w,]+)\b.*\b(?:pardon\w*|amnest\w*|decree\w*|covered|"
    r"freed|released|let out|walked)|(?:released|freed|let out) outright|actually|in the end)\b",
    re.IGNORECASE,
)


def walked_out(told: list[Told]) -> list[Count]:
    """The counts of an act that tell the people who actually walked out: when a decision ("a
    decree pardoning 431") and the freeing ("more than four hundred walked out") give different
    numbers in one sentence, or a later sentence tells how many of the decided group went free
    ("Of those covered by the decree, 571 were released outright"), the freeing's numbers (no
    larger than the decision's); else every count."""
    decided = [t for t in told if t.lemma in DECISION_LEMMAS]
    most = max((t.count.value for t in decided), default=0)
    freed = [
        t.count
        for t in told
        if t.lemma not in DECISION_LEMMAS
        and t.count.value < most
        and (any(d.sentence == t.sentence for d in decided) or bool(WALKED_OUT_CUES.search(t.text)))
    ]
    return freed or [t.count for t in told]


# Qualifier preference when mentions of one act disagree: an exact figure beats an estimate.
QUALIFIER_RANK = {
    CountQualifier.EXACT: 0,
    CountQualifier.AT_LEAST: 1,
    CountQualifier.APPROX: 2,
    CountQualifier.AT_MOST: 3,
}


def reconciled(told: list[Told]) -> Count | None:
    """The count of an act's mentions: the freeing's over a decision's (:func:`walked_out`), then
    exact beats estimates; the earliest mention wins ties, the body's over the headline's (whose
    words then describe the people: "Two Moldovan citizens" over "trade two prisoners each").
    One person told of an act that also counts a group ("the laureate walked free ... among 123
    freed") is one of that group: the group's number stands."""
    counts = walked_out(told)
    if not counts:
        return None
    if any(c.value > 1 for c in counts):
        counts = [c for c in counts if c.value > 1]
    best = min(counts, key=lambda c: QUALIFIER_RANK[c.qualifier])
    body = (t.count for t in told if t.sentence > 0 and t.count in counts)
    return next((c for c in body if (c.value, c.qualifier) == (best.value, best.qualifier)), best)


# Words right after a number that make its people another group ("30 other people", "12 more").
OTHER_GROUP_WORDS = frozenset({"other", "others", "more", "further", "additional"})


def decided_and_freed(a: tuple[Count, str], b: tuple[Count, str], doc: Doc) -> bool:
    """Whether two counts (with their triggers' lemmas) of one sentence are a decision's and the
    freeing's, the freeing's the smaller ("380 walked out, a day after a decree pardoning 612"),
    neither of them told as another group ("a week after pardoning 30 other people")."""
    if (a[1] in DECISION_LEMMAS) == (b[1] in DECISION_LEMMAS):
        return False
    (decided, _), (freed, _) = sorted((a, b), key=lambda t: t[1] not in DECISION_LEMMAS)
    if any(c.end < len(doc) and doc[c.end].lower_ in OTHER_GROUP_WORDS for c in (decided, freed)):
        return False
    return freed.value < decided.value


# Determiners of a group already told ("the two men", "both prisoners", "these four").
DEFINITE_WORDS = frozenset({"the", "both", "these", "those"})


def both_sides(group: Token, trigger: Token) -> bool:
    """Whether a group is the people of both sides of a trade, no one side's number: the definite
    passive subject of "exchanged"/"swapped"/"traded" with nothing it was traded for ("The two men
    were exchanged at the airport", "Both were swapped on the tarmac"), not "The 90 prisoners were
    exchanged for 90 soldiers"."""
    if group.dep_ != "nsubjpass" or group.head.i != trigger.i:
        return False
    if trigger.lemma_.lower() not in lx.SWAP_LEMMAS and not _handed_both(group, trigger):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "against") for c in trigger.children):
        return False
    return group.lower_ == "both" or any(
        c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_WORDS for c in group.children
    )


# Plain nouns of people, which tell no side ("the two men", as against "the two Americans").
PLAIN_PEOPLE = frozenset({"man", "woman", "person", "people"})


def _handed_both(group: Token, trigger: Token) -> bool:
    """ "The two men were handed over at Zurich airport": a swap's two people handed over, one
    each way, told by a plain noun and handed to no one (not "handed over to US officials")."""
    if trigger.lemma_.lower() != "hand" or group.lemma_.lower() not in PLAIN_PEOPLE:
        return False
    return not any(c.lower_ == "to" for c in trigger.children)


def looks_like_year(tok: Token, value: int) -> bool:
    """Whether a number is a year rather than a count of people ("in 2019")."""
    return 1900 <= value <= 2100 and "," not in tok.text and tok.ent_type_ == "DATE"


def people_number(tok: Token) -> Count | None:
    """The count a numeric token reads, unless it is a year."""
    count = read_count(tok)
    if count is None or looks_like_year(tok, count.value):
        return None
    return count


# Nouns of a body of people whose "of" phrase gives their number ("a group of 130 detainees",
# "a smaller group of sixty-three", "a batch of 25 prisoners", "a total of 37").
COLLECTIVE_NOUNS = frozenset({"group", "batch", "contingent", "total", "party", "cohort"})


def collective_count(group: Token) -> Count | None:
    """The number of a collective noun's "of" phrase ("a separate group of six Pakistani
    prisoners" six, "a group of eleven" eleven); None when it gives none ("a group of
    prisoners", "a group of dozens")."""
    if group.lemma_.lower() not in COLLECTIVE_NOUNS:
        return None
    of = next((c for c in group.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None:
        return None
    if pobj.like_num or pobj.lower_ in NUMBER_WORDS:
        return people_number(pobj)
    number = next((c for c in pobj.children if c.dep_ == "nummod"), None)
    return people_number(number) if number is not None else None


def couple_count(group: Token) -> Count | None:
    """ "a British couple", "the couple": two people; "a couple of prisoners" is vague."""
    if group.lemma_.lower() != "couple" or any(c.lower_ == "of" for c in group.children):
        return None
    return Count(2, CountQualifier.EXACT, group.i, group.i + 1)


# Words a number may stand before the people noun across: adjectives, nationalities and their
# parts, participles and adverbs ("Forty seriously wounded Ukrainian prisoners", "eleven Costa
# Rican nationals", "six Thai villagers"), which the parser may hang the number on instead.
_MODIFIER_POS = frozenset({"ADJ", "PROPN", "ADV"})
NUMBER_REACH = 4
# Entity types of digits that count no people ("on May 3", "at 10 am", "$5 million").
_NOT_PEOPLE = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


def number_before(noun: Token) -> Count | None:
    """A number written right before a people noun's modifiers, whatever the parser made of it
    ("six Thai villagers" with "six" hung on "Thai"); None if another word comes between."""
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - 1 - NUMBER_REACH), -1):
        tok = doc[i]
        if tok.like_num or tok.lower_ in NUMBER_WORDS - {"a", "and"}:
            dated = tok.text[:1].isdigit() and tok.ent_type_ in _NOT_PEOPLE  # not "Forty"
            return None if dated else people_number(tok)
        if not (tok.pos_ in _MODIFIER_POS or tok.tag_ in ("VBN", "VBD") or tok.dep_ == "compound"):
            return None
    return None
