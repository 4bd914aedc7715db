"""Throughput and memory of detente's analysis over a synthetic mixed news corpus.

Prints documents/second and peak RSS of ``Extractor.pipe`` over a mixed corpus (each corpus size
in a fresh subprocess, so that peak memory can be compared across sizes), then documents/second
over the on-topic subset through the Extractor versus spaCy's full pipeline, and PASS/FAIL against
the targets. Exit status: 0 all targets met, 1 a target missed, 2 could not measure.

    python benchmarks/bench_analyze.py [--docs 10000] [--processes 2] [--sizes 2500,5000,10000]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from threading import BrokenBarrierError
from typing import Any, NoReturn

# One BLAS thread (before numpy is imported; worker processes inherit it): detente and spaCy are
# compared on one core each, and parallelism comes only from --processes.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the ``benchmarks`` package importable
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from detente.errors import E_BAD_MODEL, DetenteError  # noqa: E402
from detente.model import Document  # noqa: E402
from detente.settings import get_settings  # noqa: E402

log = logging.getLogger(__name__)

TARGET_DOCS_PER_S = 300.0
TARGET_RATIO = 3.0
TARGET_RSS_MB = 1024.0
# Peak RSS counts as flat when the largest size uses at most 10% + 32 MB more than the smallest:
# that allows allocator noise and caches warmed by rarer inputs, not growth with the corpus.
FLAT_FACTOR = 1.10
FLAT_SLACK_MB = 32.0
# Documents per task with --processes > 1: large enough to amortise IPC, small enough to balance.
CHUNK = 50
# Documents run through each pipeline before timing starts (lazy initialisation, caches).
WARMUP = 3
# Seconds to wait for worker processes to load their extractor.
WORKER_START_TIMEOUT = 600.0
EXTRACTOR_MISSING = "extractor not available yet"

Extractor = Any  # detente.extract.pipeline.Extractor, imported lazily (see _extractor_class)


@dataclass
class MixedRun:
    """Figures of one run over a mixed corpus."""

    docs: int
    seconds: float
    """Wall time of the analysis, corpus generation included."""
    gen_seconds: float
    """Time spent generating the articles (per process, averaged over processes)."""
    rss_mb: float
    """Peak RSS: this process, plus workers × the largest worker when there are workers."""
    cpu_seconds: float = 0.0
    """CPU time of the analysis (all processes), generation included."""
    on_docs: int = 0
    on_with_events: int = 0
    off_docs: int = 0
    off_with_events: int = 0

    @property
    def analyze_rate(self) -> float:
        """Documents/second of the analysis alone (generation time taken out)."""
        return self.docs / max(self.seconds - self.gen_seconds, 1e-9)

    @property
    def cpu_rate(self) -> float:
        """Documents per CPU-second, generation included."""
        return self.docs / max(self.cpu_seconds, 1e-9)

    @property
    def rate(self) -> float:
        """Documents/second, generation included."""
        return self.docs / max(self.seconds, 1e-9)

    def count(self, analyses: Iterable[Any]) -> None:
        """Tally analyses into on/off-topic documents with at least one event."""
        for analysis in analyses:
            on = analysis.document.source.startswith(synth.SOURCE_ON)
            found = bool(analysis.events or analysis.exchanges or analysis.stocks)
            if on:
                self.on_docs += 1
                self.on_with_events += found
            else:
                self.off_docs += 1
                self.off_with_events += found


class _Timed:
    """An iterator wrapper that adds up the time spent producing items."""

    def __init__(self, items: Iterator[Document]) -> None:
        self.items = items
        self.seconds = 0.0

    def __iter__(self) -> _Timed:
        return self

    def __next__(self) -> Document:
        start = time.perf_counter()
        try:
            return next(self.items)
        finally:
            self.seconds += time.perf_counter() - start


def _extractor_class() -> type[Extractor] | None:
    """The Extractor class, or None (with the reason logged) when it cannot be imported."""
    try:
        from detente.extract.pipeline import Extractor as cls
    except ImportError as exc:
        log.warning("%s: %s", EXTRACTOR_MISSING, exc)
        return None
    return cls


def _fail(message: str) -> NoReturn:
    """Exit with status 2 (could not measure) and a one-line message."""
    sys.stdout.flush()
    print(message, file=sys.stderr)
    raise SystemExit(2)


def _new_extractor(cls: type[Extractor], model: str) -> Extractor:
    """An extractor, or exit with its one-line error (e.g. the model is not installed)."""
    try:
        return cls(model)
    except DetenteError as exc:
        _fail(str(exc))


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux reports kB


# -- mixed corpus, measured inside a fresh process (--measure) --------------------------------


def measure_mixed(n: int, share: float, seed: int, processes: int, model: str) -> MixedRun:
    """Analyse ``n`` generated documents in this process (or ``processes`` workers)."""
    cls = _extractor_class()
    if cls is None:
        _fail(EXTRACTOR_MISSING)
    if processes > 1:
        return _measure_pool(cls, n, share, seed, processes, model)
    extractor = _new_extractor(cls, model)
    list(extractor.pipe(synth.generate_range(0, WARMUP, 0.5, seed + 1)))
    docs = _Timed(synth.generate(n, share, seed))
    start, cpu = time.perf_counter(), time.process_time()
    run = MixedRun(docs=n, seconds=0.0, gen_seconds=0.0, rss_mb=0.0)
    run.count(extractor.pipe(docs))
    run.seconds = time.perf_counter() - start
    run.cpu_seconds = time.process_time() - cpu
    run.gen_seconds = docs.seconds
    run.rss_mb = _rss_mb(resource.RUSAGE_SELF)
    return run


_WORKER: dict[str, Any] = {}


def _init_worker(cls: type[Extractor], model: str, barrier: Any) -> None:
    try:
        extractor = cls(model)
        list(extractor.pipe(synth.generate_range(0, WARMUP, 0.5, 0)))
        _WORKER["extractor"] = extractor
    except Exception as exc:  # reported by _work, so that the pool does not respawn forever
        _WORKER["error"] = f"{type(exc).__name__}: {exc}"
    barrier.wait()


def _work(task: tuple[int, int, float, int]) -> dict[str, float]:
    if "error" in _WORKER:
        raise RuntimeError(_WORKER["error"])
    start, stop, share, seed = task
    docs = _Timed(synth.generate_range(start, stop, share, seed))
    run = MixedRun(docs=stop - start, seconds=0.0, gen_seconds=0.0, rss_mb=0.0)
    cpu = time.process_time()
    run.count(_WORKER["extractor"].pipe(docs))
    return {**asdict(run), "gen_seconds": docs.seconds, "cpu_seconds": time.process_time() - cpu}


def _measure_pool(
    cls: type[Extractor], n: int, share: float, seed: int, processes: int, model: str
) -> MixedRun:
    """Analyse with a pool of workers, each with its own extractor, timed once all have loaded."""
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(processes + 1)
    tasks = [(i, min(i + CHUNK, n), share, seed) for i in range(0, n, CHUNK)]
    run = MixedRun(docs=n, seconds=0.0, gen_seconds=0.0, rss_mb=0.0)
    pool = ctx.Pool(processes, _init_worker, (cls, model, barrier))
    try:
        barrier.wait(timeout=WORKER_START_TIMEOUT)
        start = time.perf_counter()
        for part in pool.imap_unordered(_work, tasks):
            run.gen_seconds += part["gen_seconds"] / processes
            run.cpu_seconds += part["cpu_seconds"]
            for key in ("on_docs", "on_with_events", "off_docs", "off_with_events"):
                setattr(run, key, getattr(run, key) + int(part[key]))
        run.seconds = time.perf_counter() - start
        pool.close()
    except BrokenBarrierError:
        _fail("workers did not start within the timeout")
    except RuntimeError as exc:  # an extractor that could not be created in a worker
        _fail(f"a worker failed: {exc}")
    finally:
        pool.terminate()
        pool.join()
    worst_worker = _rss_mb(resource.RUSAGE_CHILDREN)
    run.rss_mb = _rss_mb(resource.RUSAGE_SELF) + processes * worst_worker
    return run


def run_in_subprocess(n: int, args: argparse.Namespace) -> MixedRun:
    """Run :func:`measure_mixed` for ``n`` documents in a fresh Python process."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--measure",
        str(n),
        "--on-topic-share",
        str(args.on_topic_share),
        "--seed",
        str(args.seed),
        "--processes",
        str(args.processes),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        problem = (done.stderr.strip().splitlines() or ["no output"])[-1]
        _fail(f"the run over {n} documents failed: {problem}")
    return MixedRun(**json.loads(lines[-1]))


# -- on-topic subset: Extractor versus spaCy's full pipeline ----------------------------------


@dataclass(frozen=True)
class Rate:
    """Documents per second of wall-clock time and per CPU-second."""

    wall: float
    cpu: float


def _rate(process: Callable[[list[Any]], object], items: list[Any]) -> Rate:
    start, cpu = time.perf_counter(), time.process_time()
    process(items)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Rate(len(items) / max(wall, 1e-9), len(items) / max(cpu, 1e-9))


def _best(rates: list[Rate]) -> Rate:
    """The fastest of repeated runs (as ``timeit`` does): others' work only ever slows a run."""
    return Rate(max(r.wall for r in rates), max(r.cpu for r in rates))


def compare_on_topic(
    cls: type[Extractor] | None, docs: list[Document], model: str, repeat: int = 1
) -> tuple[Rate | None, Rate]:
    """Documents/second of the Extractor (None if missing) and of ``spacy.load(model).pipe``:
    the best of ``repeat`` rounds, each running one then the other, so that both meet the same
    load on a shared machine."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        _fail(E_BAD_MODEL.format(name=model, problem=exc))
    texts = [doc.text for doc in docs]
    runs: list[tuple[Callable[[list[Any]], object], list[Any]]] = []
    if cls is not None:
        extractor = _new_extractor(cls, model)
        runs.append((lambda batch: sum(1 for _ in extractor.pipe(batch)), docs))
    runs.append((lambda batch: sum(1 for _ in nlp.pipe(batch)), texts))
    for process, items in runs:
        process(items[:WARMUP])
    rates: list[list[Rate]] = [[] for _ in runs]
    for _ in range(repeat):
        for (process, items), out in zip(runs, rates, strict=True):
            out.append(_rate(process, items))
    best = [_best(r) for r in rates]
    return (best[0] if cls is not None else None), best[-1]


def gate_share(docs: Iterable[Document]) -> tuple[int, int, int]:
    """Sentences of the documents: in all, parsed, and given named entities (the parsed share
    bounds the speed-up over parsing everything)."""
    from detente.extract import gate, sentences

    total = parsed = entities = 0
    for doc in docs:
        total += len(sentences.split(doc.text))
        plan = gate.plan(doc.text)
        parsed += sum(g.parse for g in plan)
        entities += sum(g.entities for g in plan)
    return total, parsed, entities


# -- report -----------------------------------------------------------------------------------


def _targets(main: MixedRun, runs: list[MixedRun], ratio: float) -> list[tuple[bool, str]]:
    peak = max(r.rss_mb for r in runs)
    checks = [
        (
            main.analyze_rate >= TARGET_DOCS_PER_S,
            f"mixed corpus >= {TARGET_DOCS_PER_S:.0f} docs/s: {main.analyze_rate:,.1f} docs/s "
            f"over {main.docs:,} documents",
        ),
        (
            ratio >= TARGET_RATIO,
            f"on-topic >= {TARGET_RATIO:.0f}x spaCy's full pipeline: {ratio:.1f}x",
        ),
        (peak <= TARGET_RSS_MB, f"peak RSS <= {TARGET_RSS_MB:.0f} MB: {peak:,.0f} MB"),
    ]
    if len(runs) > 1:
        small, large = runs[0], runs[-1]
        flat = large.rss_mb <= small.rss_mb * FLAT_FACTOR + FLAT_SLACK_MB
        growth = (large.rss_mb / small.rss_mb - 1) * 100
        checks.append(
            (
                flat,
                f"peak RSS flat from {small.docs:,} to {large.docs:,} documents: "
                f"{small.rss_mb:,.0f} -> {large.rss_mb:,.0f} MB ({growth:+.1f}%)",
            )
        )
    return checks


def _print_runs(runs: list[MixedRun], processes: int) -> None:
    print(f"\nMixed corpus ({processes} process(es); each size in a fresh process)")
    print(
        f"{'docs':>8} {'seconds':>9} {'docs/s':>9} {'analyze/s':>10} {'docs/CPU-s':>11} "
        f"{'peak RSS MB':>12} {'on-topic w/ events':>19} {'off-topic w/ events':>20}"
    )
    for r in runs:
        print(
            f"{r.docs:>8,} {r.seconds:>9.1f} {r.rate:>9.1f} {r.analyze_rate:>10.1f} "
            f"{r.cpu_rate:>11.1f} {r.rss_mb:>12,.0f} {f'{r.on_with_events}/{r.on_docs}':>19} "
            f"{f'{r.off_with_events}/{r.off_docs}':>20}"
        )
    print("(docs/s and docs/CPU-s include generating the articles; analyze/s takes that time out)")


def _load() -> str:
    """The 1-minute load average: other work on the machine depresses the figures."""
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="size of the mixed corpus")
    parser.add_argument("--on-topic-share", type=float, default=0.05)
    parser.add_argument("--processes", type=int, default=1, help="worker processes")
    parser.add_argument(
        "--sizes",
        default="2500,5000,10000",
        help="comma-separated corpus sizes for the memory flatness check",
    )
    parser.add_argument(
        "--baseline-docs",
        type=int,
        default=None,
        help="cap on the on-topic documents compared with spaCy (default: all of them)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="rounds of the on-topic comparison (the best of each pipeline is reported)",
    )
    parser.add_argument("--seed", type=int, default=synth.DEFAULT_SEED)
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not 0.0 < args.on_topic_share <= 1.0:
        parser.error("--on-topic-share must be in (0, 1]")
    if args.docs < 1 or args.processes < 1 or args.repeat < 1:
        parser.error("--docs, --processes and --repeat must be positive")
    try:
        args.sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()} | {args.docs})
    except ValueError:
        parser.error(f"--sizes must be comma-separated integers, not {args.sizes!r}")
    if args.sizes[0] < 1:
        parser.error("--sizes must be positive")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; the exit status says whether targets were met."""
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    args = _parse_args(argv)
    model = get_settings().model
    if args.measure is not None:
        run = measure_mixed(args.measure, args.on_topic_share, args.seed, args.processes, model)
        print(json.dumps(asdict(run)))
        return 0

    start = time.perf_counter()
    sample = sum(1 for _ in synth.generate(2000, args.on_topic_share, args.seed))
    gen_rate = sample / (time.perf_counter() - start)
    print(
        f"detente analysis benchmark: model {model}, on-topic share {args.on_topic_share}, "
        f"seed {args.seed}"
    )
    print(f"Corpus generator alone: {gen_rate:,.0f} docs/s; {_load()}")

    cls = _extractor_class()
    runs = [run_in_subprocess(n, args) for n in args.sizes] if cls is not None else []
    if runs:
        _print_runs(runs, args.processes)

    on_docs = list(synth.on_topic(args.docs, args.on_topic_share, args.seed))
    on_docs = on_docs[: args.baseline_docs] if args.baseline_docs else on_docs
    ours, theirs = compare_on_topic(cls, on_docs, model, args.repeat)
    print(f"\nOn-topic subset ({len(on_docs):,} documents, one process, best of {args.repeat})")
    print(f"{'':33}{'docs/s':>9} {'docs/CPU-s':>11}")
    print(f"  spaCy nlp.pipe, full pipeline  {theirs.wall:>9.1f} {theirs.cpu:>11.1f}")
    if ours is None or not runs:
        print(f"  detente Extractor.pipe         {EXTRACTOR_MISSING}")
        print("\nTargets: not checked (no extractor)")
        return 2
    ratio = ours.wall / theirs.wall
    print(f"  detente Extractor.pipe         {ours.wall:>9.1f} {ours.cpu:>11.1f}")
    print(f"  speed ratio                    {ratio:>8.1f}x {ours.cpu / theirs.cpu:>10.1f}x")
    total, parsed, entities = gate_share(on_docs)
    print(
        f"  sentences parsed               {parsed:,} of {total:,} ({parsed / max(total, 1):.0%}), "
        f"{entities:,} with named entities"
    )

    main_run = next(r for r in runs if r.docs == args.docs)
    checks = _targets(main_run, runs, ratio)
    print(f"\nTargets ({_load()} at the end)")
    for ok, text in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
