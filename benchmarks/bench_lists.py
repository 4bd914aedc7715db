"""Benchmark of the lists layer on synthetic OFAC-size lists (about 18,000 entries).

Prints: import time of two snapshots of sdn.xml, diff time, and the peak memory of importing a
~10 MB and a ~100 MB file (each in a fresh process) to show that memory stays flat.

Usage: python benchmarks/bench_lists.py [--entries N]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ENTRIES = 18_000
PROGRAMMES = (
    "BELARUS-EO14038",
    "RUSSIA-EO14024",
    "IRAN-EO13846",
    "SDGT",
    "CUBA",
    "VENEZUELA-EO13850",
)
COUNTRIES = ("Belarus", "Russia", "Iran", "Cuba", "Venezuela", "Syria")


def _entry(uid: int, rng: random.Random, padding: int) -> str:
    name = f"SYNTHETIC TRADING COMPANY {uid} {rng.choice(('LLC', 'OAO', 'JSC', 'LTD'))}"
    akas = "".join(
        f"<aka><uid>{uid}{i}</uid><type>a.k.a.</type><category>strong</category>"
        f"<lastName>{escape(name)} ALIAS {i}</lastName></aka>"
        for i in range(rng.randint(0, 3))
    )
    programmes = "".join(
        f"<program>{p}</program>" for p in rng.sample(PROGRAMMES, rng.randint(1, 2))
    )
    remarks = "x" * padding
    return (
        f"<sdnEntry><uid>{uid}</uid><lastName>{escape(name)}</lastName><sdnType>Entity</sdnType>"
        f"<remarks>{remarks}</remarks><programList>{programmes}</programList><akaList>{akas}</akaList>"
        f"<addressList><address><uid>{uid}</uid><country>{rng.choice(COUNTRIES)}</country></address>"
        f"</addressList></sdnEntry>\n"
    )


def write_sdn(path: Path, uids: list[int], day: str, seed: int, padding: int = 0) -> None:
    """A synthetic sdn.xml with these record ids."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0"?>\n<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/'
                  'api/PublicationPreview/exports/XML">\n')  # fmt: skip
        out.write(f"<publshInformation><Publish_Date>{day}</Publish_Date></publshInformation>\n")
        for uid in uids:
            out.write(_entry(uid, rng, padding))
        out.write("</sdnList>\n")


UK_FIXTURE = (
    Path(__file__).resolve().parent.parent / "tests/fixtures/lists/uk/ConList-2025-09-01.csv"
)


def write_uk(path: Path, groups: int, padding: int = 0) -> None:
    """A synthetic OFSI ConList.csv: three name rows per group (the fixture's first row's shape)."""
    import csv

    lines = UK_FIXTURE.read_text(encoding="utf-8").splitlines()
    header = next(csv.reader([lines[1]]))
    template = next(csv.reader([lines[2]]))
    col = {name: i for i, name in enumerate(header)}
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        out.write(lines[0] + "\n")
        writer.writerow(header)
        for group in range(groups):
            for alias in range(3):
                row = list(template)
                row[col["Name 6"]] = f"SYNTHETIC ENTITY {group} ALIAS {alias}"
                row[col["Alias Type"]] = "Primary name" if alias == 0 else "AKA"
                row[col["Other Information"]] = "x" * padding
                row[col["Group ID"]] = str(100_000 + group)
                writer.writerow(row)


def _import_child(path: str) -> None:
    from detente.lists.snapshots import import_list
    from detente.store import open_store

    kind = "uk" if path.endswith(".csv") else "ofac-sdn"
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/m.db") as store:
        started = time.perf_counter()
        result = import_list(store, Path(path), kind)
        took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = Path(path).stat().st_size / 1e6
    print(
        f"  {size:6.1f} MB file, {result.snapshot.entries} entries: import {took:.2f} s, peak RSS {peak:.0f} MB"
    )


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=ENTRIES)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _import_child(args.child)
        return
    from detente.lists.diff import diff
    from detente.lists.snapshots import import_list
    from detente.store import open_store

    n = args.entries
    rng = random.Random(7)
    first = list(range(100_000, 100_000 + n))
    removed = set(rng.sample(first, n // 50))
    second = [u for u in first if u not in removed] + list(range(900_000, 900_000 + n // 50))
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a.xml"), Path(tmp, "b.xml")
        write_sdn(a, first, "09/01/2025", seed=1)
        write_sdn(b, second, "09/12/2025", seed=2)  # other seed: programmes and aliases change
        print(f"bench_lists: synthetic sdn.xml, {n} entries ({a.stat().st_size / 1e6:.1f} MB)")
        with open_store(f"sqlite:///{tmp}/bench.db") as store:
            for label, path in (("first", a), ("second", b)):
                started = time.perf_counter()
                result = import_list(store, path, "ofac-sdn")
                took = time.perf_counter() - started
                print(f"  import {label} snapshot: {took:.2f} s ({result.snapshot.entries} entries, "
                      f"incl. official events of the pair)")  # fmt: skip
            started = time.perf_counter()
            changes = diff(store, "ofac").changes
            took = time.perf_counter() - started
            kinds = {k: sum(c.kind == k for c in changes) for k in ("added", "removed", "amended")}
            print(f"  diff of two snapshots: {took:.2f} s ({kinds})")
        print("  memory (fresh process per file):")
        for padding, name in ((0, "small.xml"), (4_800, "large.xml")):
            path = Path(tmp, name)
            write_sdn(path, first, "09/01/2025", seed=1, padding=padding)
            subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)
        print("  memory, UK ConList.csv (rows of a group may be scattered; two streaming passes):")
        for padding, name in ((0, "small.csv"), (1_500, "large.csv")):
            path = Path(tmp, name)
            write_uk(path, n, padding=padding)
            subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)


if __name__ == "__main__":
    main()
