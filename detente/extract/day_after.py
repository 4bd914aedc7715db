"""Acts told in an "after" clause ("landed on Wednesday, a day after Iran released her", "The
licence came two days after Havana freed thirty"): the clause, and how many days before the clause
it hangs on its act came."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import date_patterns, dates

# Verbs by which a clause with no time of its own follows the act told before it ("The licence
# came a day after Havana freed 30", "The delistings arrive one day after Belarus let 25 go").
FOLLOWING_VERBS = frozenset({"come", "arrive", "follow"})
# Days at most that such a clause counts back from a time it does not state: a longer span ("The
# move came nine days after Britain sanctioned ...") is too often counted from another day than
# that of the act told before (its announcement), which the text then dates apart.
MAX_DAYS = 7
# Spans an "after" clause counts back by, in days ("a day after", "a week after", session 23).
SPAN_DAYS = {"day": 1, "week": 7}


def after_clause(tok: Token) -> tuple[Token, Token] | None:
    """The "after" clause or phrase whose act a token tells, and its "after" ("after Iran released
    her", "after being released", "after his release"); not a word deeper in it ("after
    parliament passed a law allowing early release")."""
    x = tok
    while True:
        after = next((c for c in x.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if x.dep_ == "advcl" or (x.dep_ == "conj" and after is not None):
            return (x, after) if after is not None else None  # conj: ", a day after X freed her"
        if x.dep_ in ("pcomp", "pobj") and x.head.lower_ == "after":
            return x, x.head
        if x.dep_ not in ("conj", "xcomp") or x.head is x:
            return None
        x = x.head


def days_before(found: tuple[Token, Token], counted: bool = False, weeks: bool = False) -> int:
    """How many days an "after" clause's act comes before the clause it hangs on: "a day after"
    / "the day after" one, "four days after" four, "days after" one (0 with ``counted``); 0
    without a day ("after"). With ``weeks``, "a week after" counts seven (session 23: "The move
    came a week after Washington designated X", dated from the act told before)."""
    day = day_before(found, weeks)
    if day is None:
        return 0
    unit = SPAN_DAYS[day.lemma_.lower()]  # "a week after Washington designated X" (session 23)
    nums = [c for c in day.children if c.dep_ == "nummod"]
    word = nums[0] if nums else day.doc[day.i - 1] if day.i > 0 else day
    if word.lower_ in date_patterns.YEAR_WORDS:
        return date_patterns.YEAR_WORDS[word.lower_] * unit
    if word.text.isdigit():
        return int(word.text) * unit if int(word.text) <= 31 else 0
    return 0 if counted and day.lower_ in ("days", "weeks") else unit


def day_before(found: tuple[Token, Token], weeks: bool = False) -> Token | None:
    """The "day" of "a day after" / "two days after" (or, with ``weeks``, the "week" of "a week
    after"): on the clause, its "after" or their heads, else the word right before "after",
    whatever the parser hung it on."""
    clause, after = found
    spans = SPAN_DAYS if weeks else ("day",)
    near = [after.head, *after.children, *clause.children, *clause.head.children]
    day = next(
        (d for d in near if d.dep_ == "npadvmod" and d.lemma_.lower() in spans
         and 0 < after.i - d.i <= 2),
        None,
    )  # fmt: skip
    before = after.doc[after.i - 1] if after.i > 0 else None
    if day is None and before is not None and before.lemma_.lower() in spans:
        return before
    return day


# --- a decision to free and the freeing a day or two later, told in one sentence ---
# Triggers of a decision whose people walk out, leave or land later ("pardoned on Friday").
DECIDING_LEMMAS = frozenset({"pardon", "commute", "sign", "grant", "order", "approve"})
# Verbs of the people walking out, leaving or arriving ("and the men landed late on Saturday",
# "he was put on the plane at dawn on Friday", "showed the first of them leaving on Tuesday").
WALK_OUT_LEMMAS = frozenset(
    {"walk", "leave", "land", "cross", "fly", "put", "board", "depart", "release", "free",
     "hand", "drive", "arrive", "return", "reach"}
)  # fmt: skip
# Days at most between the decision and the freeing of one act (as stages.STAGE_DAYS).
WALK_OUT_DAYS = 2
# Entity types of a subject that is another party, not the people ("and Lithuania freed two").
_PARTY_ENTITIES = frozenset({"GPE", "ORG", "NORP"})


def walked_out_later(
    text: str, times: list[dates.TimeExpr], trigger: Token, when: str | None
) -> str | None:
    """The day a decision's people walked out, left or landed, when the sentence tells it after
    the decision ("X pardoned Y on Wednesday, and she left the country the next morning": the
    Thursday), as the guide dates an act by the freeing; else ``when`` (``text`` and ``times``:
    the sentence and its time expressions)."""
    if when is None or len(when) != len("2025-01-01"):
        return when
    if trigger.lemma_.lower() not in DECIDING_LEMMAS:
        return when
    doc = trigger.doc
    for t in (t for t in times if t.start > trigger.idx):
        later = dates.shift_day(when, 1) if t.value == dates.DAY_AFTER else t.value
        gap = dates.days_between(when, later)
        if gap is None or not 0 < gap <= WALK_OUT_DAYS:
            continue
        verbs = [
            v for v in doc if trigger.i < v.i and v.idx < t.start and v.pos_ == "VERB"
            and v.lemma_.lower() in WALK_OUT_LEMMAS
        ]  # fmt: skip
        if verbs and not _another_party(verbs[0]):
            return later
    return when


def _another_party(verb: Token) -> bool:
    """Whether a verb's own subject is a state or body rather than the people ("and Lithuania
    freed two the next day")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.ent_type_ in _PARTY_ENTITIES
