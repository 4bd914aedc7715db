"""API under load: 100,000 stored events, 50 concurrent clients for 30 s on ``/events?actor=…``
and the deals listing, against ``detente serve`` (uvicorn, one process) on 127.0.0.1, on SQLite
and on PostgreSQL (a throwaway server from scripts/pg-start), while articles are ingested through
``POST /documents`` at the same time.

Prints, per database and endpoint, requests, throughput, p50/p99 latency and errors, and whether
every article posted during the load is stored with its events. Exit status 0 when the targets are
met (p99 < 100 ms and no errors on every endpoint, nothing lost), 1 otherwise. Not a timed test.

    python benchmarks/bench_api_load.py [--db sqlite|postgresql|both] [--events 100000]
                                        [--clients 50] [--seconds 30] [--endpoints events,deals]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_cluster import ACTORS, corpus  # noqa: E402
from detente.model import Analysis, Document, Exchange  # noqa: E402

TARGET_P99_MS = 100.0
KEY = "bench-load-key"
SEED = 4242
INGEST_PAUSE = 0.5
"""Seconds between two posted articles (one writer, posting throughout the load)."""


def with_exchanges(events: int) -> Iterator[tuple[Document, Analysis]]:
    """The clustering benchmark's synthetic corpus, each release traded for the document's
    other events (so the deals listing has deals to list)."""
    for doc, analysis in corpus(events, seed=SEED):
        releases = [e.id for e in analysis.events if e.type == "release"]
        others = [e.id for e in analysis.events if e.type != "release"]
        if releases and others:
            analysis = analysis.model_copy(
                update={"exchanges": [Exchange(events=[releases[0], *others])]}
            )
        yield doc, analysis


def build(url: str, events: int) -> tuple[int, float]:
    """Store the corpus and cluster it as ``detente ingest`` would; (documents, seconds)."""
    from detente.aggregate import recluster
    from detente.store import open_store

    start = time.perf_counter()
    docs = 0
    with open_store(url) as store:
        with store.writer() as writer:
            for doc, analysis in with_exchanges(events):
                docs += writer.add(doc, analysis)
        recluster(store)
    return docs, time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server(url: str) -> Iterator[str]:
    """``detente serve`` over ``url`` in a subprocess; its base URL once ``/readyz`` answers."""
    port = _free_port()
    env = {**os.environ, "DETENTE_API_KEYS": KEY}
    command = [sys.executable, "-m", "detente", "serve", "--db", url, "--port", str(port)]
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


async def _reader(client: httpx.AsyncClient, paths: list[str], stop: float, out: Results) -> None:
    rng = random.Random()
    while time.perf_counter() < stop:
        name = rng.choice(paths)
        path = f"/events?actor={rng.choice(ACTORS)}" if name == "/events" else name
        start = time.perf_counter()
        try:
            response = await client.get(path)
            ok = response.status_code == 200
            problem = f"{response.status_code} {response.text[:200]}"
        except httpx.HTTPError as exc:
            ok, problem = False, f"{type(exc).__name__}: {exc}"
        out.latencies[name].append((time.perf_counter() - start) * 1000)
        out.errors[name] += not ok
        if not ok and out.errors[name] <= 3:  # the first few, to tell what failed
            print(f"GET {path}: {problem}")


async def _writer(base: str, stop: float, out: Results) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        n = 0
        while time.perf_counter() < stop:
            n += 1
            answer = await client.post("/documents", json=article(n), headers={"X-API-Key": KEY})
            if answer.status_code in (200, 201):
                body = answer.json()
                out.posted[body["document"]["id"]] = len(body["events"])
            else:
                out.post_errors += 1
                print(f"POST /documents: {answer.status_code} {answer.text[:200]}")
            await asyncio.sleep(INGEST_PAUSE)


async def load(base: str, paths: list[str], clients: int, seconds: float) -> Results:
    """``clients`` readers on ``paths`` and one writer, for ``seconds``."""
    out = Results()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        stop = time.perf_counter() + seconds
        readers = [_reader(client, paths, stop, out) for _ in range(clients)]
        await asyncio.gather(*readers, _writer(base, stop, out))
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
    if args.store and kind == "sqlite" and Path(args.store).exists():
        print(f"[{kind}] reusing the store {args.store}")
    else:
        docs, seconds = build(url, args.events)
        print(
            f"[{kind}] stored {docs:,} documents, {args.events:,}+ events, clustered: {seconds:.0f} s"
        )
    paths = [ENDPOINTS[name] for name in args.endpoints.split(",")]
    with server(url) as base:
        warm = httpx.post(
            base + "/documents", json=article(0), headers={"X-API-Key": KEY}, timeout=120
        )
        assert warm.status_code in (200, 201), warm.text  # loads the spaCy model before timing
        for path in (p + "?actor=BLR" for p in paths):
            start = time.perf_counter()
            alone = httpx.get(base + path, timeout=300)
            took = time.perf_counter() - start
            print(f"[{kind}] one request alone: {path} {alone.status_code} in {took * 1000:.0f} ms")
        out = asyncio.run(load(base, paths, args.clients, args.seconds))
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
        f"[{kind}] ingestion during the load: {len(out.posted)} articles posted, "
        f"{out.post_errors} refused, {missing} lost  {'PASS' if not missing and not out.post_errors else 'FAIL'}"
    )
    return ok and not missing and not out.post_errors


@contextmanager
def database(kind: str, tmp: Path, store: str | None = None) -> Iterator[str]:
    """A SQLite file, or a throwaway PostgreSQL server (scripts/pg-start … pg-stop)."""
    if kind == "sqlite":
        yield f"sqlite:///{Path(store).resolve() if store else tmp / 'bench-load.db'}"
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
    parser.add_argument(
        "--endpoints",
        default="events,deals",
        help="Comma-separated, of: events (with a random actor=), deals, exchanges.",
    )
    parser.add_argument(
        "--store", help="SQLite only: keep the store in this file, reused when it exists."
    )
    args = parser.parse_args()
    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    print(
        f"{args.clients} clients for {args.seconds:.0f} s; targets: p99 < {TARGET_P99_MS:.0f} ms, no errors, nothing lost"
    )
    ok = True
    for kind in kinds:
        with tempfile.TemporaryDirectory() as tmp, database(kind, Path(tmp), args.store) as url:
            ok &= run(kind, url, args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
