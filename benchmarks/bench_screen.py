"""Benchmark of screening: 10,000 names against a synthetic OFAC-size list (about 18,000 entries).

Entries are seeded people (given name, patronymic, surname; transliterated aliases) and companies
(legal form, words from a pool); a third of the queries are variants of listed names (reordered,
legal form changed, one letter off, initials), the rest names that are not listed.

Usage: python benchmarks/bench_screen.py [--entries N] [--queries N]
"""

from __future__ import annotations

import argparse
import random
import time

from detente.lists.screen import ScreenIndex, ScreenQuery
from detente.model import EntryType, ListEntry

GIVEN = ("Aleksandr Sergei Dmitry Igor Viktor Mikhail Nikolai Andrei Pavel Oleg Yuri Roman Ivan "
         "Maria Olga Natalya Svetlana Elena Irina Anna Ali Mohammad Hassan Reza Ahmad Karim Omar "
         "Jose Carlos Luis Daniel Miguel Kim Jong Chol Li Wei Zhang Chen").split()  # fmt: skip
SURNAME_STEMS = ("Petr Ivan Smirn Kuznets Sokol Popov Lebed Kozl Novik Moroz Volk Solov Vasil "
                 "Zaits Pavl Semen Golub Vinogr Bogdan Vorob Fedor Mikhail Belyak Tarasen Kovalch "
                 "Melnich Shevch Bondar Tkach Kravch Oliynyk Rahimi Ahmadi Hosseini Karimi Rezaei "
                 "Moradi Hashemi Rodrig Gonzal Hernand Martin Lopez Perez Sanch Ramir").split()  # fmt: skip
SUFFIXES = ("ov", "ev", "in", "enko", "uk", "ich", "sky", "i", "ez", "a")
WORDS = ("Trading Energy Oil Gas Shipping Metals Steel Potash Chemical Logistics Maritime Petro "
         "Atlas Aurora Orion Sirius Vega Delta Alpha Nova Baltic Caspian Ural Volga Dnepr Neman "
         "Minsk Grodno Brest Tabriz Isfahan Caracas Havana Pearl Falcon Eagle Star Crest Harbor "
         "Invest Capital Holding Group Industrial Engineering Machinery Tractor Aviation Air "
         "Airlines Tobacco Fertilizer Mining Gold Diamond Timber Textile Pharma Telecom").split()  # fmt: skip
FORMS = ("LLC", "OAO", "JSC", "PJSC", "Ltd", "GmbH", "Open Joint Stock Company", "FZE", "")
COUNTRIES = ("BLR", "RUS", "IRN", "VEN", "CUB", "PRK", "SYR")


def _person(rng: random.Random) -> tuple[str, list[str]]:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAME_STEMS) + rng.choice(SUFFIXES)
    patronymic = rng.choice(GIVEN) + "ovich"
    return f"{surname.upper()}, {given} {patronymic}", [f"{given} {surname}"]


def _company(rng: random.Random, uid: int) -> tuple[str, list[str]]:
    words = " ".join(rng.sample(WORDS, rng.randint(2, 3)))
    name = f"{rng.choice(FORMS)} {words} {rng.choice(WORDS)}{uid % 97}".strip()
    return name, [f"{words} {rng.choice(FORMS)}".strip()] if rng.random() < 0.5 else []


def synthetic_entries(count: int, seed: int = 7) -> list[ListEntry]:
    """``count`` seeded entries: 40 % people, 60 % companies."""
    rng = random.Random(seed)
    entries = []
    for uid in range(count):
        person = rng.random() < 0.4
        name, aliases = _person(rng) if person else _company(rng, uid)
        entries.append(ListEntry(
            source="ofac", entry_id=str(10_000 + uid), name=name, aliases=aliases,
            type=EntryType.PERSON if person else EntryType.ORGANIZATION,
            countries=[rng.choice(COUNTRIES)],
        ))  # fmt: skip
    return entries


def _variant(rng: random.Random, name: str) -> str:
    words = name.replace(",", "").split()
    choice = rng.randrange(4)
    if choice == 0:
        words.reverse()
    elif choice == 1 and len(words[-1]) > 4:
        i = rng.randrange(1, len(words[-1]) - 1)
        words[-1] = words[-1][:i] + rng.choice("aeiouy") + words[-1][i + 1 :]
    elif choice == 2:
        words = [w[0] + "." if k == 0 else w for k, w in enumerate(words)]
    else:
        words.append(rng.choice(FORMS))
    return " ".join(words)


def queries(entries: list[ListEntry], count: int, seed: int = 11) -> list[ScreenQuery]:
    """A third variants of listed names, the rest unlisted people and companies."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        if i % 3 == 0:
            out.append(ScreenQuery(_variant(rng, rng.choice(entries).name)))
        elif i % 3 == 1:
            out.append(ScreenQuery(f"{rng.choice(GIVEN)} {rng.choice(WORDS)}son", "USA"))
        else:
            out.append(ScreenQuery(f"{rng.choice(WORDS)} {rng.choice(WORDS)} Partners Inc"))
    return out


def main() -> None:
    """Build the index, screen the queries, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=18_000)
    parser.add_argument("--queries", type=int, default=10_000)
    args = parser.parse_args()
    entries = synthetic_entries(args.entries)
    names = queries(entries, args.queries)
    started, cpu = time.perf_counter(), time.process_time()
    index = ScreenIndex(entries)
    built = time.perf_counter() - started
    started = time.perf_counter()
    hits = sum(1 for q in names if index.search(q))
    took = time.perf_counter() - started
    cpu = time.process_time() - cpu  # wall time suffers when other jobs share the 2 cores
    verdict = "PASS" if built + took < 30 else "FAIL"
    print(f"screening: {args.entries} entries indexed in {built:.1f} s; {args.queries} names "
          f"screened in {took:.1f} s ({args.queries / took:.0f} names/s), {hits} with candidates; "
          f"total {built + took:.1f} s wall ({cpu:.1f} s CPU) < 30 s {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
