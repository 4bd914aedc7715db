"""Publication dates: datelines at the top of an article, and date strings from metadata."""

from __future__ import annotations

import datetime as dt
import logging
import re

log = logging.getLogger(__name__)

# A dateline sits at the very top of an article: headline, dateline, body. Three non-empty lines
# cover "headline / dateline" and "headline / byline / dateline" without reaching into the body.
DATELINE_LINES = 3

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_FORMS = (
    rf"(?i:{_MONTH}\s+{_DAY},?\s+{_YEAR})",  # Dec. 13, 2025
    rf"(?i:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})",  # 14 December 2025
    rf"(?i:{_MONTH}\s+{_DAY}\s*\({_YEAR}\))",  # March 13 (2024)
    rf"(?i:{_DAY}\s+{_MONTH}\s*\({_YEAR}\))",  # 13 March (2024)
    r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})",  # 2025-12-13
)
# What may stand before the date on a dateline: capitalised words (city, region, weekday), commas,
# an agency in parentheses and dashes -- but no lower-case prose, so a headline with a date in it
# ("Belarus frees 52 on Sept. 11, 2025") is not taken for a dateline.
# Possessive quantifiers keep the match linear on long lines.
# Besides: places joined by a slash or a section by a bar ("GOMA / KIGALI, ...", "Analysis |
# HAVANA, ..."), a byline ("By our Kyiv correspondent, ...") and the few lower-case words of a
# desk or region ("Compliance desk -- ...", "Chernihiv region, ...").
_DESK_WORDS = (
    r"(?:region|province|district|oblast|border|desk|bureau|updates?|live|note|review|in|of|es|de|"
    r"del|la|al|el|da|do)\b"
)
# A capitalised word starts with any letter but a lower-case ASCII or Latin-1 one, so that places
# spelled with a dotted or accented capital ("İZMİR", "ŞIRNAK", "Ōsaka") open a dateline too.
_CAPITAL = r"[^\W\d_a-zß-öø-ÿ]"
_PREFIX = (
    r"(?:By\s[^,\n]{1,40},|" + _CAPITAL + r"[\w.'’-]*+|" + _DESK_WORDS
    + r"|\([^()]{1,40}\)|[,\s–—/|-])*?"
)  # fmt: skip
# What may follow: end of line, a separator before the body or a time ("... 2024. /TASS/."), or
# the body's first word ("LONDON, Nov. 26, 2019 A year after ...").
_SUFFIX = r"(?=\s*(?:$|[-–—:,(/|•]|\.\s*/)|\.?\s+[A-Z“\"‘'])"
# A dateline is short; looking further along a line only costs time.
_DATELINE_WIDTH = 200
_DATELINES = tuple(re.compile(rf"^{_PREFIX}\b{form}(?!\w){_SUFFIX}") for form in _DATE_FORMS)
_ANY_DATE = tuple(re.compile(rf"\b{form}(?!\w)") for form in _DATE_FORMS)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Datelines the patterns above do not read: a day written with dots or slashes ("TASHKENT,
# 30.08.2023 --") and a month named in another language, with or without a weekday ("CARACAS, 21
# de diciembre de 2023 --", "Managua, viernes 10 de febrero de 2023 —", "BRUSSELS, 27 mai 2023").
# The shape is found here and its words read by dateparser, in the languages of the wires.
_NUMERIC_DAY = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
_WORDED_DAY = r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}"
# A weekday in lower case ("viernes", "lundi") is a word the prefix does not take: it is read with
# the day, and must be one of dateparser's words for the dateline to count.
_FOREIGN_DATELINE = re.compile(
    rf"^{_PREFIX}(?P<weekday>\b[a-zß-öø-ÿ]+,?\s+)?\b(?P<date>{_NUMERIC_DAY}|{_WORDED_DAY})"
    rf"(?!\w){_SUFFIX}"
)
DATELINE_LANGUAGES = ("en", "es", "fr", "pt", "it", "de")
"""Languages a dateline's month and weekday may be written in (dateparser codes). A short list keeps
a failed reading cheap: dateparser tries every language it is given."""


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a real calendar day written ``YYYY-MM-DD``."""
    if not _ISO_DAY.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("iso_year"):
        year, month, day = groups["iso_year"], groups["iso_month"], groups["iso_day"]
        candidate = f"{year}-{month}-{day}"
    else:
        month_no = MONTHS[groups["month"].lower()]
        candidate = f"{groups['year']}-{month_no:02d}-{int(groups['day']):02d}"
    return candidate if is_iso_date(candidate) else None


def read_day(value: str) -> str | None:
    """A day written as the foreign datelines write it ("30.08.2023", "21 de diciembre de 2023",
    "viernes 10 de febrero de 2023", "27 mai 2023") as ``YYYY-MM-DD``, else None. Day first when
    the order is open ("03.04.2024" is 3 April)."""
    import dateparser  # imported here: loading it costs more than most articles' whole ingest

    parsed = dateparser.parse(
        value,
        languages=list(DATELINE_LANGUAGES),
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    if parsed is None or str(parsed.year) not in value:
        return None
    return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"


def _dateline_of(line: str) -> str | None:
    for pattern in _DATELINES:
        match = pattern.match(line)
        if match and (date := _from_match(match)):
            return date
    match = _FOREIGN_DATELINE.match(line)
    if match is None:
        return None
    # Read with its weekday, if any: a lower-case word dateparser does not take for one ("...
    # frees 11 septembre 2025") makes the reading fail, so that line is no dateline.
    return read_day((match.group("weekday") or "") + match.group("date"))


def find_dateline(text: str, max_lines: int = DATELINE_LINES) -> str | None:
    """The ``YYYY-MM-DD`` date of the dateline in the first non-empty lines of ``text``, if any."""
    lines = [line for line in text.splitlines() if line.strip()][:max_lines]
    for line in lines:
        if date := _dateline_of(line[:_DATELINE_WIDTH]):
            return date
    return None


def parse_date(value: str) -> str | None:
    """A metadata date (ISO date or timestamp, or "Dec. 13, 2025") as ``YYYY-MM-DD``, else None."""
    value = value.strip()
    if is_iso_date(value[:10]) and (len(value) == 10 or not value[10].isdigit()):
        return value[:10]
    for pattern in _ANY_DATE:
        match = pattern.search(value)
        if match and (date := _from_match(match)):
            return date
    log.debug("unparsed date %r", value)
    return None
