"""The patterns of time expressions, in the order they win: :func:`detente.extract.dates.find`
takes the first pattern that matches a stretch of text, and resolves it by the pattern's kind.
"""

from __future__ import annotations

import re

from detente.extract.counts import WORD_VALUES

_MON_NAMES = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"  # noqa: E501
_MON = rf"(?P<mon>{_MON_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY_LIST = r"(?:[0-3]?\d(?:st|nd|rd|th)?\s*(?:,|and\b|or\b|&|[-–])|\d{2,4}\b(?![,.]?\d)\s*$)"
# Ends of a measure's term ("until 28 February 2026", "until the end of February 2027", "expires in
# March"): not dates of acts.
_UNTIL = r"(?i:until|till|through|expir(?:es?|ing) (?:on|in))"
# Small numbers in words, "a" to "twenty" ("a year ago", "two years ago", "three months later").
YEAR_WORDS = {"a": 1, **{word: n for word, n in WORD_VALUES.items() if n <= 20}}
_COUNT = rf"(?i:{'|'.join(YEAR_WORDS)}|\d+)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


# Ordered: the first pattern that matches a stretch of text wins it.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "since",
        re.compile(
            rf"\b(?i:since)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MON}\s+)?(?:{_DAY},?\s+)?{_YEAR}(?!,?\s*when)"
        ),
    ),
    # a day without a year ("held since July 29", "since 3 March")
    ("since", re.compile(rf"\b(?i:since)\s+{_MON}\s+{_DAY}\b")),
    ("since", re.compile(rf"\b(?i:since)\s+{_DAY}\s+{_MON}(?![\w])")),
    # background: a year a "when" clause tells an act in ("the first since 2022, when the Taliban
    # freed ..."), as for "since December 2023, when ..."
    ("year", re.compile(rf"(?<=\b[Ss]ince ){_YEAR}(?=,?\s*when\b)")),
    (
        "until",
        re.compile(
            rf"\b{_UNTIL}\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"
            rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?{_MON}(?:\s+[0-3]?\d\b)?(?:,?\s+{_YEAR})?"
        ),
    ),
    ("until", re.compile(rf"\b{_UNTIL}\s+{_YEAR}\b")),
    ("same", re.compile(r"\b(?:on |that |the )?(?:the )?same day\b", re.I)),
    # a part of the day of the act told just before ("That evening, ...", "on the same afternoon",
    # "Hours later, China freed ..."), unless the sentence dates itself (find)
    (
        "samepart",
        re.compile(
            r"\b(?:(?:on )?(?:that|the same) (?:morning|afternoon|evening|night)|hours later)\b",
            re.I,
        ),
    ),
    ("samemonth", re.compile(r"\b(?:that|the same) month\b", re.I)),
    (
        "dayafter",
        re.compile(
            r"\b(?:a|one) day later\b|\bthe (?:next|following) (?:day|morning|afternoon|evening)\b",
            re.I,
        ),
    ),
    (
        "daybefore",
        re.compile(
            r"\b(?:a|one) day (?:earlier|before)\b|\bthe (?:previous|preceding) day\b", re.I
        ),
    ),
    (
        "shift",
        re.compile(
            rf"\b(?P<n>{_COUNT})\s+"
            r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|afterwards|earlier|before(?=\s*[,.;:)]|\s*$))",
            re.I,
        ),
    ),
    # the days before a date ("in the days before January 20"): its month, no day (session 22)
    (
        "daysbefore",
        re.compile(
            rf"\b(?i:the) (?i:days|weeks) (?i:before|leading up to|ahead of|preceding)\s+"
            rf"(?:{_MON}\s+{_DAY}|(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dmon>{_MON_NAMES})\.?)"
            rf"(?:,?\s+{_YEAR})?"
        ),
    ),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MON},?\s+{_YEAR}\b")),
    # a day of the year before or of this one ("on February 11 last year", "3 May this year")
    ("mdrel", re.compile(rf"\b{_MON}\s+{_DAY},?\s+(?P<rel>(?i:last|this))\s+year\b")),
    ("dmrel", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+(?P<rel>(?i:last|this))\s+year\b")),
    ("my", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b")),
    # a month of the year before or of this one ("in April last year", "March of this year")
    ("mrel", re.compile(rf"\b{_MON}\s+(?:of\s+)?(?P<rel>(?i:last|this))\s+year\b")),
    # a count after "Month D," is the clause's ("On May 5, 157 came home"); not "December 1,210",
    # a list of days ("May 12, 13 and 14") or a year cut off ("May 5, 20")
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!,?\d|\s+\d|,\s*{_DAY_LIST})")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?![\w])")),
    # a timeline heading dates the entry under it ("December: On the 20th, ...", "May: Iran
    # freed ...")
    ("md", re.compile(rf"^\s*{_MON}:\s+(?i:on\s+)?the\s+{_DAY}\b")),
    ("m", re.compile(rf"^\s*{_MON}(?=:\s)")),
    # a weekday of the week before publication's ("on Saturday last week")
    ("wdlastweek", re.compile(rf"\b{_WD}\s+(?:of\s+)?(?i:last)\s+week\b")),
    ("lastwd", re.compile(rf"\b(?i:last)\s+{_WD}\b")),
    ("wd", re.compile(rf"\b{_WD}\b")),
    (
        "m",
        re.compile(
            rf"\b(?i:in|since|during|by|last|this|early|late|mid-?|of|from|between)\s+(?i:early\s+|late\s+|mid-?)?{_MON}(?![\w-])"
        ),
    ),  # noqa: E501
    (
        "yearsago",
        re.compile(
            rf"\b(?P<exact>(?i:exactly)\s+)?(?P<n>{_COUNT})\s+years?\s+ago(?:(?P<today>\s+(?:today|tonight|this week))|(?P<month>\s+this month))?\b",
            re.I,
        ),
    ),  # noqa: E501
    # a counted number of months before publication ("two months ago"): that month; "twelve
    # months ago today": that day
    (
        "monthsago",
        re.compile(rf"\b(?P<n>{_COUNT})\s+months?\s+(?:ago|back)(?P<today>\s+today)?\b", re.I),
    ),
    # a counted number of days or weeks before publication ("ten days ago", "a week ago", "three
    # weeks ago", "a fortnight ago"): that day (guide, session 20); not "thirty-one days"
    ("daysago", re.compile(rf"(?<![\w-])(?P<n>{_COUNT})\s+days?\s+ago\b", re.I)),
    (
        "weeksago",
        re.compile(rf"(?<![\w-])(?P<n>{_COUNT})\s+weeks?\s+ago\b|\ba fortnight ago\b", re.I),
    ),
    ("yesterday", re.compile(r"\byesterday\b|\b(?:late )?last night\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("lastweek", re.compile(r"\blast week\b", re.I)),
    ("lastmonth", re.compile(r"\blast month\b", re.I)),
    ("thismonth", re.compile(r"\b(?:this|earlier this|later this) month\b", re.I)),
    # a day earlier in the week ("earlier this week", "earlier in the week") and a bare "this
    # week" with no day (session 25): the month, as for "last week"; "earlier in the month": the
    # month of the act told just before
    ("thismonth", re.compile(r"\b(?:(?:earlier|later) (?:this|in the) week|this week)\b", re.I)),
    ("samemonth", re.compile(r"\b(?:earlier|later) in the month\b", re.I)),
    ("lastyear", re.compile(r"\blast year\b", re.I)),
    ("thisyear", re.compile(r"\b(?:this|earlier this|later this) year\b", re.I)),
    ("year", re.compile(rf"\b(?i:in|during|of|by|early|late|mid-?)\s+{_YEAR}\b")),
    (
        "vague",
        re.compile(
            r"\b(?:(?:a few|several|some|many|two|three|a couple of)\s+(?:days|weeks|months|years)\s+(?:ago|back|earlier)|(?:weeks|months|years) ago|previously|earlier|a year ago)\b",
            re.I,
        ),
    ),  # noqa: E501
]
