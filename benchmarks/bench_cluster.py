"""Clustering across sources: batch clustering of 100,000 stored events, and adding one document.

Builds a SQLite store of synthetic document-level events (happenings reported by several
documents, with varied date precision, numbers and spellings, and syndicated near-copies), then
in fresh subprocesses: (1) clusters everything from scratch (``detente.aggregate.recluster``:
near-duplicate signatures and event clusters), printing seconds and peak RSS; (2) adds new documents
one at a time through ``add_document`` (store + incremental clustering, one transaction each),
printing the median and worst milliseconds per document. Exit status 0 when the targets are met
(clustering < 60 s and < 1 GB; one document < 50 ms), 1 otherwise.

    python benchmarks/bench_cluster.py [--events 100000] [--adds 30] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from detente.model import Analysis, Document, DocumentRef, Event  # noqa: E402

TARGET_SECONDS = 60.0
TARGET_RSS_MB = 1024.0
TARGET_ADD_MS = 50.0
SEED = 20251213
ACTORS = ("BLR", "RUS", "IRN", "VEN", "NIC", "CUB", "CHN", "PRK", "AZE", "ARM", "USA", "EU", "GBR",
          "CAN", "UKR", "MMR", "EGY", "SAU", "TUR", "DEU", "POL", "LTU", "SYR", "AFG", "QAT")  # fmt: skip
SURNAMES = ("Bialiatski", "Kalesnikava", "Babaryka", "Losik", "Znak", "Statkevich", "Karnei",
            "Pratasevich", "Gershkovich", "Whelan", "Kurmasheva", "Namazi", "Shargi", "Tahbaz")  # fmt: skip
GIVEN = ("Ales", "Maria", "Viktar", "Ihar", "Maksim", "Mikalai", "Evan", "Paul", "Alsu", "Siamak")
WORDS = ("government", "officials", "said", "prisoners", "capital", "border", "statement", "week",
         "ministry", "release", "sanctions", "talks", "envoy", "families", "group", "rights",
         "court", "opposition", "reporters", "agency", "relief", "deal", "exports", "bank")  # fmt: skip
SECTORS = ("oil", "potash", "aviation", "banking", "gold", "technology")


def _happening(rng: random.Random, n: int) -> dict[str, Any]:
    kind = rng.choice(("release", "release", "sanctions_imposed", "sanctions_eased"))
    actor = rng.choice(ACTORS)
    day = 735000 + rng.randrange(4000)  # 2013..2024
    persons = [
        f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}{n % 997}" for _ in range(rng.randrange(3))
    ]
    return {
        "type": kind,
        "actor": actor,
        "target": None if kind == "release" else rng.choice([a for a in ACTORS if a != actor]),
        "day": day,
        "count": rng.choice((None, rng.randrange(1, 400))) if kind == "release" else None,
        "persons": persons if kind == "release" else [],
        "sectors": [] if kind == "release" else [rng.choice(SECTORS)],
    }


def _mention(rng: random.Random, h: dict[str, Any], local: str) -> Event:
    from datetime import date

    day = date.fromordinal(h["day"] + rng.choice((0, 0, 0, 1, 2)))
    precision = rng.random()
    when = (
        day.isoformat()
        if precision < 0.7
        else day.isoformat()[:7]
        if precision < 0.95
        else str(day.year)
    )
    count, qualifier = h["count"], None
    if count is not None:
        qualifier = rng.choice(("exact", "exact", "exact", "at_least", "approx"))
        count = count if qualifier == "exact" else max(1, round(count * 0.95))
    return Event.model_validate({
        "id": local, "type": h["type"], "actor": h["actor"], "target": h["target"], "count": count,
        "count_qualifier": qualifier, "persons": h["persons"], "sectors": h["sectors"], "date": when,
        "renewal": None if h["type"] == "release" else False,
    })  # fmt: skip


# A news-sized vocabulary: distinct articles share few word pairs, as real ones do.
VOCABULARY = tuple(f"{w}{i}" for i in range(400) for w in WORDS)


def _text(rng: random.Random, n: int) -> str:
    return f"Report {n}\n\n" + " ".join(rng.choice(VOCABULARY) for _ in range(80)) + "."


def next_text(rng: random.Random, previous: str, n: int) -> str:
    """Report ``n``'s text: one in ten is a light rewrite of the previous one (a near-duplicate)."""
    if previous and rng.random() < 0.1:
        return previous.replace("officials", "authorities", 1) + f" ({n})"
    return _text(rng, n)


def _document(text: str, events: list[Event], published: str, n: int) -> tuple[Document, Analysis]:
    doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ref = DocumentRef(
        id=doc_id, source=f"synthetic-{n}.txt", title=text.split("\n")[0], published=published
    )
    doc = Document(id=doc_id, source=ref.source, title=ref.title, published=published, text=text)
    return doc, Analysis(document=ref, events=events)


def corpus(events: int, seed: int = SEED) -> Iterator[tuple[Document, Analysis]]:
    """Synthetic stored analyses: about 5 reports per happening, 2-3 events per document,
    one document in ten a syndicated near-copy of the previous one."""
    from datetime import date

    rng = random.Random(seed)
    happenings = [_happening(rng, n) for n in range(max(1, events // 5))]
    made, n, previous = 0, 0, ""
    while made < events:
        chosen = rng.sample(happenings, k=min(len(happenings), rng.choice((2, 2, 3))))
        mentions = [_mention(rng, h, f"e{i + 1}") for i, h in enumerate(chosen)]
        published = date.fromordinal(max(h["day"] for h in chosen) + rng.randrange(60)).isoformat()
        text = previous = next_text(rng, previous, n)
        made += len(mentions)
        n += 1
        yield _document(text, mentions, published, n)


def build(db: str, events: int) -> int:
    """Store the synthetic corpus without clustering; the number of documents."""
    from detente.store import open_store

    docs = 0
    with open_store(db) as store, store.writer() as writer:
        for doc, analysis in corpus(events):
            docs += writer.add(doc, analysis)
    return docs


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def phase_recluster(db: str) -> dict[str, float]:
    """Cluster everything from scratch; seconds and peak RSS of this process."""
    from detente.aggregate import recluster
    from detente.store import open_store

    with open_store(db) as store:
        start = time.perf_counter()
        docs, events = recluster(store)
        seconds = time.perf_counter() - start
    return {"documents": docs, "events": events, "seconds": seconds, "peak_rss_mb": _peak_mb()}


def phase_add(db: str, adds: int) -> dict[str, float]:
    """Add new documents one at a time (store + incremental clustering); ms per document."""
    from detente.aggregate import add_document
    from detente.store import open_store

    new = list(corpus(adds * 3, seed=SEED + 1))[:adds]
    timings = []
    with open_store(db) as store:
        for doc, analysis in new:
            start = time.perf_counter()
            add_document(store, doc, analysis)
            timings.append((time.perf_counter() - start) * 1000)
    return {"adds": len(timings), "median_ms": statistics.median(timings), "max_ms": max(timings)}


def _subprocess(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    """Build, cluster, add; print the figures and PASS/FAIL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--adds", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="Directory to keep the benchmark store in.")
    parser.add_argument("--phase", choices=("recluster", "add"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        result = (
            phase_recluster(args.db) if args.phase == "recluster" else phase_add(args.db, args.adds)
        )
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{(args.keep or Path(tmp)) / 'bench-cluster.db'}"
        start = time.perf_counter()
        docs = build(db, args.events)
        print(
            f"built {docs:,} documents with {args.events:,}+ events in {time.perf_counter() - start:.1f} s"
        )
        batch = _subprocess("--phase", "recluster", "--db", db)
        print(f"recluster: {int(batch['events']):,} events of {int(batch['documents']):,} documents "
              f"in {batch['seconds']:.1f} s, peak RSS {batch['peak_rss_mb']:.0f} MB")  # fmt: skip
        add = _subprocess("--phase", "add", "--db", db, "--adds", str(args.adds))
        print(f"add one document (store + cluster) to that store: median {add['median_ms']:.1f} ms, "
              f"max {add['max_ms']:.1f} ms over {int(add['adds'])} documents")  # fmt: skip
    ok = batch["seconds"] < TARGET_SECONDS and batch["peak_rss_mb"] < TARGET_RSS_MB
    ok_add = add["median_ms"] < TARGET_ADD_MS
    print(
        f"clustering < {TARGET_SECONDS:.0f} s and < {TARGET_RSS_MB:.0f} MB: {'PASS' if ok else 'FAIL'}"
    )
    print(f"one document < {TARGET_ADD_MS:.0f} ms (median): {'PASS' if ok_add else 'FAIL'}")
    return 0 if ok and ok_add else 1


if __name__ == "__main__":
    sys.exit(main())
