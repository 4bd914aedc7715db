"""Deterministic generator of synthetic news articles for the analysis benchmark.

Article ``i`` of a corpus depends only on ``(seed, i)``, so corpora are generated lazily, any
slice can be rebuilt by a worker process, and memory does not grow with the corpus size.
On-topic articles (prisoner releases, sanctions, swaps, estimates of those still held) are spread
evenly through the corpus at the requested share; the rest are ordinary news of similar length.

Run ``python benchmarks/synth.py --docs 200 --write DIR`` to dump a corpus as ``.txt`` files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import re
import sys
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path

from detente.model import Document

if __package__:
    from . import synth_templates as T
else:  # run as a script: benchmarks/ is sys.path[0]
    import synth_templates as T  # type: ignore[no-redef]

log = logging.getLogger(__name__)

DEFAULT_SEED = 13
MIN_WORDS = 150
MAX_WORDS = 600
# Share of template sentences (the rest is filler vocabulary): keeps articles topical but varied.
TOPICAL_SHARE = 0.7
# Publication dates fall in this range (days), so weekday and month expressions vary.
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = (dt.date(2026, 6, 30) - FIRST_DAY).days
SOURCE_ON = "synth:on:"
SOURCE_OFF = "synth:off:"

_SLOT = re.compile(r"\{([a-z_]+?)(\d?)\}")
_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("one hundred and twenty-three")."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"number out of range: {n}")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = f"{number_words(thousands)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + number_words(rest)


def is_on_topic_index(index: int, share: float) -> bool:
    """Whether article ``index`` is on topic: exactly ``floor(n * share)`` of the first n are."""
    frac = Fraction(str(share))
    return (index + 1) * frac // 1 > index * frac // 1


def is_on_topic(doc: Document) -> bool:
    """Whether a generated document is an on-topic one (read from its ``source``)."""
    return doc.source.startswith(SOURCE_ON)


def generate(n: int, on_topic_share: float = 0.05, seed: int = DEFAULT_SEED) -> Iterator[Document]:
    """Lazily yield the ``n`` articles of a mixed corpus."""
    return generate_range(0, n, on_topic_share, seed)


def generate_range(
    start: int, stop: int, on_topic_share: float = 0.05, seed: int = DEFAULT_SEED
) -> Iterator[Document]:
    """Lazily yield articles ``start`` to ``stop - 1`` of a mixed corpus."""
    _check_share(on_topic_share)
    for index in range(start, stop):
        yield article(index, is_on_topic_index(index, on_topic_share), seed)


def on_topic(n: int, on_topic_share: float = 0.05, seed: int = DEFAULT_SEED) -> Iterator[Document]:
    """Lazily yield only the on-topic articles among the first ``n`` of a mixed corpus."""
    _check_share(on_topic_share)
    for index in range(n):
        if is_on_topic_index(index, on_topic_share):
            yield article(index, True, seed)


def article(index: int, topical: bool, seed: int = DEFAULT_SEED) -> Document:
    """Article ``index`` of the corpus with this seed, on topic or not."""
    rng = random.Random(f"{seed}:{index}")
    published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    sticky = _sticky_slots(rng, topical)
    if topical:
        headlines, lead, body = T.ON_HEADLINES, rng.choice(T.ON_LEADS), T.ON_BODY
        place = sticky["capital"]
    else:
        topic = rng.choice(sorted(T.OFF_TOPICS))
        headlines, body = T.OFF_TOPICS[topic]
        lead = rng.choice(body)
        place = sticky["city"]
    title = _fill(rng.choice(headlines), rng, sticky)
    sentences = [_dateline(rng, place, published) + _fill(lead, rng, sticky)]
    target = rng.randint(MIN_WORDS + 10, MAX_WORDS - 40)
    words = len(title.split()) + len(sentences[0].split())
    topical_deck, filler_deck = _Deck(rng, body), _Deck(rng, T.FILLER)
    while words < target:
        deck = topical_deck if rng.random() < TOPICAL_SHARE else filler_deck
        sentence = _fill(deck.draw(), rng, sticky)
        if words + len(sentence.split()) > MAX_WORDS:
            continue
        sentences.append(sentence)
        words += len(sentence.split())
    text = title + "\n" + _paragraphs(rng, sentences)
    source = f"{SOURCE_ON if topical else SOURCE_OFF}{index:07d}"
    return Document(
        id=Document.content_id(text),
        source=source,
        title=title,
        published=published.isoformat(),
        text=text,
    )


class _Deck:
    """Templates dealt in shuffled rounds: none repeats before all the others have been used."""

    def __init__(self, rng: random.Random, templates: tuple[str, ...]) -> None:
        self.rng = rng
        self.templates = templates
        self.cards: list[str] = []

    def draw(self) -> str:
        """The next template."""
        if not self.cards:
            self.cards = list(self.templates)
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def _check_share(share: float) -> None:
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"on-topic share must be between 0 and 1, not {share}")


def _sticky_slots(rng: random.Random, topical: bool) -> dict[str, str]:
    """Values that stay the same throughout one article (who holds, who sanctions, who leads)."""
    holder, adj, capital, neighbour = rng.choice(T.HOLDERS)
    s_name, s_short, s_capital, s_body = rng.choice(T.SANCTIONERS)
    sticky = {
        "holder": holder,
        "holder_adj": adj,
        "capital": capital,
        "neighbour": neighbour,
        "s_name": s_name,
        "s_short": s_short,
        "s_capital": s_capital,
        "s_body": s_body,
        "dest": rng.choice((neighbour, s_capital)),
        "leader": _person(rng),
    }
    if not topical:
        sticky["team"] = rng.choice(T.POOLS["team"])
        sticky["company_biz"] = rng.choice(T.POOLS["company_biz"])
        sticky["tech_co"] = rng.choice(T.POOLS["tech_co"])
        sticky["city"] = rng.choice(T.POOLS["city"])
    return sticky


def _fill(template: str, rng: random.Random, sticky: dict[str, str]) -> str:
    """Fill a template's slots; a repeated slot name repeats its value within the sentence."""
    seen: dict[str, str] = {}

    def repl(match: re.Match[str]) -> str:
        base, suffix = match.group(1), match.group(2)
        key = base + suffix
        if key in seen:
            return seen[key]
        if not suffix and base in sticky:
            value = sticky[base]
        else:
            value = _draw(base, rng)
            for _ in range(4):  # {person} and {person2} should be different people
                if value not in seen.values():
                    break
                value = _draw(base, rng)
        seen[key] = value
        return value

    text = _SLOT.sub(repl, template)
    return text[0].upper() + text[1:]


def _draw(base: str, rng: random.Random) -> str:
    computed = _COMPUTED.get(base)
    if computed is not None:
        return computed(rng)
    return rng.choice(T.POOLS[base])


def _person(rng: random.Random) -> str:
    return f"{rng.choice(T.POOLS['first'])} {rng.choice(T.POOLS['last'])}"


def _count(rng: random.Random) -> str:
    """A number of people in one of the ways reporters write it."""
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(("dozens of", "several", "a number of", "hundreds of"))
    n = rng.choice((rng.randint(2, 20), rng.randint(10, 150), rng.randint(100, 600)))
    number = number_words(n) if rng.random() < 0.35 else f"{n:,}"
    if roll < 0.35:
        qualifier = rng.choice(("about", "more than", "nearly", "at least", "some", "up to"))
        return f"{qualifier} {number}"
    return number


def _big_count(rng: random.Random) -> str:
    n = rng.randint(250, 5000)
    return number_words(n) if rng.random() < 0.15 else f"{n:,}"


def _when(rng: random.Random) -> str:
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    return rng.choice(
        (
            f"on {rng.choice(T.WEEKDAYS)}",
            "yesterday",
            "last month",
            f"on {day} {T.MONTHS[month]}",
            f"on {T.MONTH_ABBR[month]} {day}",
            f"in {T.MONTHS[month]}",
            "earlier this week",
            f"late last {rng.choice(T.WEEKDAYS)}",
        )
    )


def _dateline(rng: random.Random, place: str, day: dt.date) -> str:
    """``MINSK, Dec. 13, 2025 -- `` or ``Minsk, Saturday 13 December 2025`` on its own line."""
    if rng.random() < 0.5:
        return f"{place.upper()}, {T.MONTH_ABBR[day.month - 1]} {day.day}, {day.year} -- "
    weekday = T.WEEKDAYS[day.weekday()]
    return f"{place}, {weekday} {day.day} {T.MONTHS[day.month - 1]} {day.year}\n"


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    return "\n\n".join(paragraphs)


_COMPUTED: dict[str, Callable[[random.Random], str]] = {
    "person": _person,
    "count": _count,
    "big_count": _big_count,
    "when": _when,
    "num_words": lambda rng: number_words(rng.randint(2, 12)),
    "num_small": lambda rng: str(rng.randint(2, 40)),
    "year": lambda rng: str(rng.randint(2005, 2026)),
    "weekday": lambda rng: rng.choice(T.WEEKDAYS),
    "month": lambda rng: rng.choice(T.MONTHS),
    "score": lambda rng: f"{rng.randint(1, 5)}-{rng.randint(0, 3)}",
    "crowd": lambda rng: f"{rng.randint(800, 60000):,}",
    "mm": lambda rng: str(rng.randint(20, 120)),
    "temp": lambda rng: str(rng.randint(28, 41)),
    "kmh": lambda rng: str(rng.randint(70, 140)),
    "money": lambda rng: f"{rng.randint(2, 900)} million euros",
    "pct": lambda rng: f"{rng.randint(1, 35)}.{rng.randint(0, 9)}",
    "vote": lambda rng: f"{rng.randint(12, 30)} to {rng.randint(2, 11)}",
}


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic corpus as .txt files, or print its size statistics."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=1000, help="number of articles")
    parser.add_argument("--on-topic-share", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--write", type=Path, metavar="DIR", help="write <source>.txt files here")
    args = parser.parse_args(argv)
    if not 0.0 <= args.on_topic_share <= 1.0:
        parser.error("--on-topic-share must be between 0 and 1")
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
    counts = {True: 0, False: 0}
    words = 0
    for doc in generate(args.docs, args.on_topic_share, args.seed):
        counts[is_on_topic(doc)] += 1
        words += len(doc.text.split())
        if args.write:
            name = doc.source.replace("synth:", "").replace(":", "-") + ".txt"
            (args.write / name).write_text(doc.text + "\n", encoding="utf-8")
    mean = words / args.docs if args.docs else 0.0
    print(f"{args.docs} articles ({counts[True]} on topic), {mean:.0f} words on average")
    return 0


if __name__ == "__main__":
    sys.exit(main())
