"""API under load: 100,000 stored events, 50 concurrent clients for 30 s on ``/events?actor=…``
and the deals listing, against ``detente serve --workers N`` (uvicorn) on 127.0.0.1, on SQLite
and on PostgreSQL (a throwaway server from scripts/pg-start), while articles are ingested through
``POST /documents`` at the same time.

Prints, per database and endpoint, requests, throughput, p50/p99 latency and errors, and whether
every article posted during the load is stored with its events. Exit status 0 when the targets are
met (p99 < 100 ms and no errors on every endpoint, nothing lost), 1 otherwise. Not a timed test.

    python benchmarks/bench_api_load.py [--db sqlite|postgresql|both] [--events 100000]
        [--clients 50] [--seconds 30] [--workers 2] [--endpoints events,deals]
        [--store FILE.db] [--pg-url URL] [--no-writer]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_cluster import (  # noqa: E402
    ACTORS,
    _document,
    _happening,
    _mention,
    next_text,
)
from detente.model import Analysis, Document, Exchange  # noqa: E402

TARGET_P99_MS = 100.0
KEY = "bench-load-key"
SEED = 4242
INGEST_PAUSE = 0.5
"""Seconds between two posted articles (one writer, posting throughout the load)."""


DEAL_SHARE = 0.4
"""Share of the happenings that are one side of a deal (the rest are reported on their own)."""
DEAL_SIZES = (2, 2, 2, 3, 3, 4, 5, 6)
"""Canonical events per deal: real deals trade 2-6 happenings (one or more releases for easings)."""
DEAL_REPORTS = 0.35
"""Share of the documents that report a deal (an exchange over the deal's events they mention)."""
POPULAR_REPORTS = 0.01
"""Share of the documents that report one popular deal (a large deal: hundreds of reports)."""


def _deal(rng: random.Random, first: int, size: int) -> list[dict[str, Any]]:
    """One deal's happenings: a release, then what the other side gave, within a few weeks."""
    release = _happening(rng, first)
    while release["type"] != "release":
        release = _happening(rng, first)
    sides = [release]
    for n in range(first + 1, first + size):
        other = _happening(rng, n)
        other["day"] = release["day"] + rng.randrange(-20, 21)
        sides.append(other)
    return sides


def _entity(happening: dict[str, Any]) -> str:
    """A name of its own for a happening (letters: digits do not count in clustering)."""
    return "Org " + "".join(chr(ord("a") + int(c)) for c in str(id(happening)))


def realistic(events: int, seed: int = SEED) -> Iterator[tuple[Document, Analysis]]:
    """Synthetic stored analyses with deals shaped like real ones.

    About 5 reports per happening (as in the clustering benchmark's corpus). A share of the
    happenings form deals of 2-6 canonical events; a document reporting a deal mentions its
    release and at least one other side, linked by one exchange; other documents report 1-3
    unrelated happenings. Each happening names its own entity, so reports of different
    happenings rarely cluster together (on the clustering benchmark's corpus they chain 99 % of
    the exchanges into a dozen giant deals). One deal is popular (1 % of the documents report it), so a deal with
    hundreds of reports is in the listing too. One document in ten is a near-copy of the previous.
    """
    rng = random.Random(seed)
    total = max(8, events // 5)
    deals: list[list[dict[str, Any]]] = []
    while sum(map(len, deals)) < total * DEAL_SHARE:
        deals.append(_deal(rng, sum(map(len, deals)), rng.choice(DEAL_SIZES)))
    alone = [_happening(rng, n) for n in range(sum(map(len, deals)), total)]
    made, n, previous = 0, 0, ""
    while made < events:
        roll = rng.random()
        if roll < POPULAR_REPORTS + DEAL_REPORTS:
            sides = deals[0] if roll < POPULAR_REPORTS else rng.choice(deals)
            chosen = [sides[0], *rng.sample(sides[1:], k=rng.randint(1, len(sides) - 1))]
        else:
            chosen = rng.sample(alone, k=rng.choice((1, 2, 2, 3)))
        mentions = [  # each happening names its own entity (a person, a company, a prison)
            _mention(rng, h, f"e{i + 1}").model_copy(update={"entities": [_entity(h)]})
            for i, h in enumerate(chosen)
        ]
        published = date.fromordinal(max(h["day"] for h in chosen) + rng.randrange(60)).isoformat()
        text = previous = next_text(rng, previous, n)
        made += len(mentions)
        n += 1
        doc, analysis = _document(text, mentions, published, n)
        if roll < POPULAR_REPORTS + DEAL_REPORTS:
            exchange = Exchange(events=[m.id for m in mentions])
            analysis = analysis.model_copy(update={"exchanges": [exchange]})
        yield doc, analysis


def build(url: str, events: int) -> tuple[int, float]:
    """Store the corpus and cluster it as ``detente ingest`` would; (documents, seconds)."""
    from detente.aggregate import recluster
    from detente.store import open_store

    start = time.perf_counter()
    docs = 0
    with open_store(url) as store:
        with store.writer() as writer:
            for doc, analysis in realistic(events):
                docs += writer.add(doc, analysis)
        recluster(store)
        with store.engine.begin() as conn:  # planner statistics after the bulk load
            conn.exec_driver_sql("ANALYZE")
    return docs, time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server(url: str, workers: int) -> Iterator[str]:
    """``detente serve --workers N`` over ``url`` in a subprocess; its base URL once ``/readyz``
    answers."""
    port = _free_port()
    env = {**os.environ, "DETENTE_API_KEYS": KEY}
    command = [sys.executable, "-m", "detente", "serve", "--db", url, "--port", str(port)]
    command += ["--workers", str(workers)] if workers > 1 else []
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a request still running: do not wait for it
            process.kill()
            process.wait()


def article(n: int) -> dict[str, str]:
    """A short distinct article with a release traded for an easing of sanctions."""
    count, day = 5 + n % 90, 1 + n % 27
    text = (
        f"Belarus frees {count} prisoners in load test {n}\n"
        f"MINSK, March {day}, 2026 -- Belarus released {count} political prisoners on Tuesday "
        f"in exchange for the United States easing sanctions on potash, officials said. "
        f"This is report {n} of the load test."
    )
    return {"text": text}


@dataclass
class Results:
    """What the load loop saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    posted: dict[str, int] = field(default_factory=dict)
    """Document id → number of events the POST answered with."""
    post_errors: int = 0
    client_cpu: float = 0.0
    """CPU seconds the load generator itself used (all its threads)."""
    lock: threading.Lock = field(default_factory=threading.Lock)


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[bool, str]:
    """One GET on a kept-alive connection: (ok, what went wrong)."""
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
    except (OSError, http.client.HTTPException) as exc:
        conn.close()  # reconnects on the next request
        return False, f"{type(exc).__name__}: {exc}"
    return response.status == 200, f"{response.status} {body[:200]!r}"


def _reader(address: tuple[str, int], paths: list[str], stop: float, out: Results) -> None:
    """One client: requests back to back on one keep-alive connection until ``stop``."""
    rng = random.Random()
    conn = http.client.HTTPConnection(*address, timeout=30)
    while time.perf_counter() < stop:
        name = rng.choice(paths)
        path = f"/events?actor={rng.choice(ACTORS)}" if name == "/events" else name
        start = time.perf_counter()
        ok, problem = _get(conn, path)
        out.latencies[name].append((time.perf_counter() - start) * 1000)
        if not ok:
            with out.lock:
                out.errors[name] += 1
                if out.errors[name] <= 3:  # the first few, to tell what failed
                    print(f"GET {path}: {problem}")
    conn.close()


def _writer(base: str, stop: float, out: Results) -> None:
    """Posts an article every INGEST_PAUSE seconds until ``stop``."""
    with httpx.Client(base_url=base, timeout=60) as client:
        n = 0
        while time.perf_counter() < stop:
            n += 1
            answer = client.post("/documents", json=article(n), headers={"X-API-Key": KEY})
            if answer.status_code in (200, 201):
                body = answer.json()
                out.posted[body["document"]["id"]] = len(body["events"])
            else:
                out.post_errors += 1
                print(f"POST /documents: {answer.status_code} {answer.text[:200]}")
            time.sleep(INGEST_PAUSE)


def load(base: str, paths: list[str], clients: int, seconds: float, writer: bool = True) -> Results:
    """``clients`` reader threads on ``paths`` (http.client, keep-alive) and one writer, for
    ``seconds``; lean, so the generator takes little of the CPU the server runs on."""
    out = Results()
    host, port = base.removeprefix("http://").split(":")
    stop = time.perf_counter() + seconds
    cpu = time.process_time()
    threads = [
        threading.Thread(target=_reader, args=((host, int(port)), paths, stop, out))
        for _ in range(clients)
    ]
    if writer:
        threads.append(threading.Thread(target=_writer, args=(base, stop, out)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.client_cpu = time.process_time() - cpu
    return out


def lost(base: str, out: Results) -> int:
    """Posted articles that are not stored with the events the POST reported."""
    missing = 0
    for doc_id, events in out.posted.items():
        answer = httpx.get(f"{base}/documents/{doc_id}", timeout=30)
        missing += answer.status_code != 200 or len(answer.json()["events"]) != events
    return missing


ENDPOINTS = {"events": "/events", "deals": "/deals", "exchanges": "/exchanges"}


def run(kind: str, url: str, args: argparse.Namespace) -> bool:
    """Build, serve, load; print the figures; True when the targets are met."""
    if (args.store and kind == "sqlite" and Path(args.store).exists()) or (
        args.pg_url and kind == "postgresql"
    ):
        print(f"[{kind}] reusing the store {args.store if kind == 'sqlite' else args.pg_url}")
    else:
        docs, seconds = build(url, args.events)
        print(
            f"[{kind}] stored {docs:,} documents, {args.events:,}+ events, clustered: {seconds:.0f} s"
        )
    paths = [ENDPOINTS[name] for name in args.endpoints.split(",")]
    with server(url, args.workers) as base:
        for n in range(2 * args.workers):  # loads the spaCy model (in each worker) before timing
            warm = httpx.post(
                base + "/documents", json=article(-1 - n), headers={"X-API-Key": KEY}, timeout=120
            )
            assert warm.status_code in (200, 201), warm.text
        for path in (p + "?actor=BLR" for p in paths):
            start = time.perf_counter()
            alone = httpx.get(base + path, timeout=300)
            took = time.perf_counter() - start
            print(
                f"[{kind}] one request alone: {path} {alone.status_code} in {took * 1000:.0f} ms, "
                f"{len(alone.content):,} bytes"
            )
        out = load(base, paths, args.clients, args.seconds, writer=not args.no_writer)
        loadavg = os.getloadavg()
        missing = lost(base, out)
    ok = True
    for name, values in out.latencies.items():
        q = statistics.quantiles(values, n=100)
        p50, p99 = statistics.median(values), q[98]
        met = p99 < TARGET_P99_MS and out.errors[name] == 0
        ok &= met
        print(
            f"[{kind}] {name:<10} {len(values):>7,} requests  {len(values) / args.seconds:>7.1f} req/s  "
            f"p50 {p50:>7.1f} ms  p99 {p99:>8.1f} ms  errors {out.errors[name]}  "
            f"{'PASS' if met else 'FAIL'}"
        )
    print(
        f"[{kind}] {args.workers} server worker(s); load generator CPU {out.client_cpu:.1f} s "
        f"in {args.seconds:.0f} s; load average at the end {loadavg[0]:.1f} {loadavg[1]:.1f}"
    )
    print(
        f"[{kind}] ingestion during the load: {len(out.posted)} articles posted, "
        f"{out.post_errors} refused, {missing} lost  {'PASS' if not missing and not out.post_errors else 'FAIL'}"
    )
    return ok and not missing and not out.post_errors


@contextmanager
def database(kind: str, tmp: Path, args: argparse.Namespace) -> Iterator[str]:
    """A SQLite file, the PostgreSQL store ``--pg-url``, or a throwaway PostgreSQL server
    (scripts/pg-start … pg-stop)."""
    if kind == "sqlite":
        yield f"sqlite:///{Path(args.store).resolve() if args.store else tmp / 'bench-load.db'}"
        return
    if args.pg_url:
        yield args.pg_url
        return
    scripts = ROOT / "scripts"
    where = subprocess.run([scripts / "pg-start"], capture_output=True, text=True, check=True)
    folder = where.stdout.strip()
    try:
        yield (Path(folder) / "url").read_text().strip()
    finally:
        subprocess.run([scripts / "pg-stop", folder], check=False)


def main() -> int:
    """Run the load on each database; print the figures and PASS/FAIL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2, help="detente serve --workers N")
    parser.add_argument(
        "--endpoints",
        default="events,deals",
        help="Comma-separated, of: events (with a random actor=), deals, exchanges.",
    )
    parser.add_argument(
        "--no-writer", action="store_true", help="No ingestion during the load (to compare)."
    )
    parser.add_argument(
        "--store", help="SQLite only: keep the store in this file, reused when it exists."
    )
    parser.add_argument(
        "--pg-url", help="PostgreSQL only: an already built store (e.g. from an earlier --keep)."
    )
    args = parser.parse_args()
    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    print(
        f"{args.clients} clients for {args.seconds:.0f} s; targets: p99 < {TARGET_P99_MS:.0f} ms, no errors, nothing lost"
    )
    ok = True
    for kind in kinds:
        with tempfile.TemporaryDirectory() as tmp, database(kind, Path(tmp), args) as url:
            ok &= run(kind, url, args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
