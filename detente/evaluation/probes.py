"""Behavioural probes: templated sentences over slot vocabularies, each with what it must yield.

The annotated corpus measures how often the extractor is right on real articles; it cannot show
*which* wordings it fails on, and rules written against it fit its wordings. A probe (in the manner
of CheckList, Ribeiro et al. 2020) states one capability over a grid of wordings: "STATE VERB N
NATIONALITY PEOPLE" must give one release by STATE with count N, for every state, verb and number
form; "STATE is considering freeing N" must give nothing. A probe file (YAML) holds::

    vocab:                       # named slot vocabularies (also shared from ``vocab.yaml``)
      verbs: [released, freed]
    probes:
      - name: release/active-subject
        text: "{s.name} {verb} {n.text} prisoners on Tuesday."
        expect: [{type: release, actor: "{s.code}", count: "{n.value}"}]   # [] = no event
        slots: {s: states, verb: verbs, n: [{text: nine, value: 9}]}
        distinct: [[s, p]]       # slot pairs whose ``code`` must differ (optional)
        sample: 300              # at most this many cases, a fixed sample (optional)
        floor: 0.9               # share of cases that must pass (optional, default 1.0)
        exchanges: [[0, 1]]      # expected events linked as traded (optional; [] = no link)
        stocks: [{country: "{s.code}", count: 1100}]   # expected stocks (optional; [] = none)

A slot is the name of a vocabulary or an inline list; an item is a string or a mapping read by
attribute (``{s.code}``). A case passes when its expected events and the predicted ones match one
to one on type, actor and, where given, every other field, with no other event predicted; where
the probe gives ``exchanges`` (sets of indexes into ``expect``), the predicted links must be
exactly those sets of the matched events; where it gives ``stocks``, the predicted stocks must
match them one to one on the fields given.
"""

from __future__ import annotations

import itertools
import logging
import math
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy
import yaml

from detente.errors import E_NOT_FOUND, EvalError
from detente.model import Analysis, Document, Event, Exchange, Stock

log = logging.getLogger(__name__)

VOCAB_FILE = "vocab.yaml"
"""Vocabularies shared by every probe file of a directory."""
PUBLISHED = "2025-06-18"
"""Publication date of a probe's documents unless it gives its own (a Wednesday)."""
INT_FIELDS = frozenset({"count"})


@dataclass(frozen=True)
class Case:
    """One sentence of a probe with the events it must yield."""

    probe: str
    text: str
    published: str
    expect: list[dict[str, Any]]
    exchanges: list[frozenset[int]] | None = None
    """Sets of indexes into ``expect`` that must be linked as traded (None: links not checked)."""
    stocks: list[dict[str, Any]] | None = None
    """Stocks the sentence must yield, fields as in ``expect`` (None: stocks not checked)."""


@dataclass
class ProbeResult:
    """How a probe's cases fared."""

    name: str
    floor: float
    passed: int = 0
    failures: list[tuple[Case, Analysis]] = field(default_factory=list)
    sampled: bool = False
    """Whether only a sample of the probe's cases ran (``run(per_probe=...)``)."""

    @property
    def cases(self) -> int:
        """Cases run."""
        return self.passed + len(self.failures)

    @property
    def rate(self) -> float:
        """Share of cases passed (1.0 for none)."""
        return self.passed / self.cases if self.cases else 1.0


def _item(value: Any) -> Any:
    return SimpleNamespace(**value) if isinstance(value, dict) else value


def _fill(template: Any, values: dict[str, Any]) -> Any:
    if isinstance(template, str):
        return template.format_map(values)
    if isinstance(template, dict):
        return {k: _fill(v, values) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, values) for v in template]
    return template


def _typed(expect: dict[str, Any]) -> dict[str, Any]:
    out = dict(expect)
    for name in INT_FIELDS & out.keys():
        out[name] = None if out[name] in (None, "", "None") else int(out[name])
    return out


LARGEST_PRODUCT = 10_000_000
"""Beyond this many slot combinations a sampled probe draws its cases one by one instead of
listing the whole product first (five slots over the states list are billions)."""


def _combos(
    name: str, slots: dict[str, list[Any]], distinct: list[list[str]], sample: int | None
) -> list[dict[str, Any]]:
    """The slot combinations of a probe, less those whose distinct pairs agree, sampled."""
    names = list(slots)

    def allowed(c: dict[str, Any]) -> bool:
        return all(_code(c[a]) != _code(c[b]) for a, b in distinct)

    size = math.prod(len(v) for v in slots.values())
    rng = random.Random(name)
    if sample and size > LARGEST_PRODUCT:
        seen: dict[tuple[int, ...], dict[str, Any]] = {}
        for _ in range(sample * 50):  # bounded: a probe whose pairs rarely differ stays small
            pick = tuple(rng.randrange(len(v)) for v in slots.values())
            combo = {n: slots[n][i] for n, i in zip(names, pick, strict=True)}
            if pick not in seen and allowed(combo):
                seen[pick] = combo
                if len(seen) == sample:
                    break
        return list(seen.values())
    if sample and size > sample:  # draw positions among the allowed combinations, list only those
        allowed_at = _allowed_indexes(slots, distinct)
        if len(allowed_at) > sample:
            shape = [len(v) for v in slots.values()]
            picks = [allowed_at[i] for i in rng.sample(range(len(allowed_at)), sample)]
            at = [numpy.unravel_index(flat, shape) for flat in picks]
            return [{n: slots[n][int(i)] for n, i in zip(names, c, strict=True)} for c in at]
    combos = [dict(zip(names, c, strict=True)) for c in itertools.product(*slots.values())]
    return [c for c in combos if allowed(c)]


def _allowed_indexes(slots: dict[str, list[Any]], distinct: list[list[str]]) -> Any:
    """Flat indexes (in ``itertools.product`` order) of the slot combinations whose distinct pairs
    differ, without building the combinations: a boolean array over the product, one axis per slot.
    ``random.sample`` draws the same positions from a range as from a list of its length, so the
    sample is the one drawn from the listed combinations."""
    shape = [len(v) for v in slots.values()]
    if not distinct:
        return range(math.prod(shape))
    axes = {name: n for n, name in enumerate(slots)}
    keys = _code_ids(slots)
    mask = numpy.ones(shape, dtype=bool)
    for a, b in distinct:
        mask &= _along(keys[a], axes[a], len(shape)) != _along(keys[b], axes[b], len(shape))
    return numpy.flatnonzero(mask)


def _along(ids: Any, axis: int, dims: int) -> Any:
    return ids.reshape([len(ids) if d == axis else 1 for d in range(dims)])


def _code_ids(slots: dict[str, list[Any]]) -> dict[str, Any]:
    """Per slot, an integer per value, equal across slots where the values' codes are equal."""
    hashed: dict[Any, int] = {}
    unhashed: list[Any] = []  # codes that are mappings or lists, compared one by one
    ids = {}
    for name, values in slots.items():
        out = []
        for code in map(_code, values):
            try:
                out.append(hashed.setdefault(code, len(hashed) + len(unhashed)))
            except TypeError:
                n = next((n for n, seen in unhashed if seen == code), None)
                if n is None:
                    n = len(hashed) + len(unhashed)
                    unhashed.append((n, code))
                out.append(n)
        ids[name] = numpy.array(out, dtype=numpy.int64)
    return ids


def expand(probe: dict[str, Any], vocab: dict[str, list[Any]]) -> list[Case]:
    """The cases of one probe: its slots' product (less pairs that must differ), sampled."""
    name = str(probe["name"])
    refs = probe.get("slots") or {}
    slots = {slot: vocab[ref] if isinstance(ref, str) else list(ref) for slot, ref in refs.items()}
    empty = [ref for slot, ref in refs.items() if isinstance(ref, str) and not slots[slot]]
    if empty:
        raise EvalError(f"probe {name}: vocabulary {empty[0]!r} is empty")
    combos = _combos(name, slots, probe.get("distinct") or [], probe.get("sample"))
    published = str(probe.get("published", PUBLISHED))
    links = probe.get("exchanges")
    traded = None if links is None else [frozenset(int(i) for i in link) for link in links]
    cases = []
    for combo in combos:
        values = {k: _item(v) for k, v in combo.items()}
        text = _fill(probe["text"], values)
        expect = [_typed(e) for e in _fill(probe.get("expect") or [], values)]
        held = probe.get("stocks")
        stocks = None if held is None else [_typed(e) for e in _fill(held, values)]
        cases.append(Case(name, text[:1].upper() + text[1:], published, expect, traded, stocks))
    return cases


def _code(value: Any) -> Any:
    return value.get("code", value) if isinstance(value, dict) else value


def load(directory: Path) -> list[tuple[dict[str, Any], list[Case]]]:
    """Every probe of the ``*.yaml`` files of a directory, with its cases, in file order."""
    if not directory.is_dir():
        raise EvalError(f"{directory}: {E_NOT_FOUND}")
    shared = (
        _read(directory / VOCAB_FILE).get("vocab", {}) if (directory / VOCAB_FILE).exists() else {}
    )
    out = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == VOCAB_FILE:
            continue
        data = _read(path)
        vocab = {**shared, **(data.get("vocab") or {})}
        for probe in data.get("probes") or []:
            try:
                out.append((probe, expand(probe, vocab)))
            except (KeyError, AttributeError, IndexError, ValueError) as exc:
                raise EvalError(f"{path}: probe {probe.get('name')!r}: {exc!r}") from None
    if not out:
        raise EvalError(f"{directory}: no probes")
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise EvalError(f"{path}: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise EvalError(f"{path}: not a mapping")
    return data


def passes(
    case: Case, events: list[Event], links: Iterable[Exchange] = (), stocks: Iterable[Stock] = ()
) -> bool:
    """Whether the predicted events are exactly the expected ones (given fields only) and, when
    the case expects exchanges, the predicted links exactly those of the matched events (and
    stocks, when it expects them, exactly the expected ones)."""
    matched = _match(case, events)
    if matched is None:
        return False
    if case.stocks is not None and not _same_stocks(case.stocks, list(stocks)):
        return False
    if case.exchanges is None:
        return True
    got = {frozenset(matched[e] for e in link.events if e in matched) for link in links}
    return got == set(case.exchanges)


def _match(case: Case, events: list[Event]) -> dict[str, int] | None:
    """Predicted event id -> index of the expected event it matches, one to one; None when an
    expected event is missing or an unexpected one predicted."""
    left = list(events)
    matched: dict[str, int] = {}
    for n, want in enumerate(case.expect):
        hit = next((e for e in left if _agrees(e, want)), None)
        if hit is None:
            return None
        left.remove(hit)
        matched[hit.id] = n
    return None if left else matched


def _same_stocks(wanted: list[dict[str, Any]], stocks: list[Stock]) -> bool:
    left = list(stocks)
    for want in wanted:
        hit = next((s for s in left if _agrees(s, want)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def _agrees(event: Event | Stock, want: dict[str, Any]) -> bool:
    for name, value in want.items():
        got = getattr(event, name)
        if isinstance(got, list):
            if sorted(got) != sorted(value if isinstance(value, list) else [value]):
                return False
        elif got is None or value is None:
            if got != value:
                return False
        elif str(got) != str(value):  # enum members against their YAML strings
            return False
    return True


def documents(cases: Iterable[Case]) -> Iterator[Document]:
    """One document per case: a neutral headline line, then the sentence."""
    for n, case in enumerate(cases):
        text = f"Report\n\n{case.text}\n"
        yield Document(
            id=Document.content_id(text), source=f"{case.probe}#{n}", published=case.published,
            text=text,
        )  # fmt: skip


def run(
    directory: Path,
    analyse: Callable[[Iterable[Document]], Iterable[Analysis]],
    per_probe: int | None = None,
) -> list[ProbeResult]:
    """Run every probe of a directory through ``analyse`` (e.g. ``Extractor.pipe``); with
    ``per_probe``, at most that many cases of each probe, a fixed sample (the whole grid is some
    forty thousand sentences, minutes of parsing)."""
    loaded = load(directory)
    cases = [c for p, cs in loaded for c in _fewer(str(p["name"]), cs, per_probe)]
    results = {
        str(p["name"]): ProbeResult(
            str(p["name"]),
            float(p.get("floor", 1.0)),
            sampled=per_probe is not None and len(cs) > per_probe,
        )
        for p, cs in loaded
    }
    for case, analysis in zip(cases, analyse(documents(cases)), strict=True):
        result = results[case.probe]
        if passes(case, analysis.events, analysis.exchanges, analysis.stocks):
            result.passed += 1
        else:
            result.failures.append((case, analysis))
    return list(results.values())


def _fewer(name: str, cases: list[Case], most: int | None) -> list[Case]:
    """At most ``most`` of a probe's cases, drawn by a generator seeded with its name."""
    if most is None or len(cases) <= most:
        return cases
    keep = sorted(random.Random(f"{name}/fewer").sample(range(len(cases)), most))
    return [cases[i] for i in keep]


def report(results: list[ProbeResult], verbose: bool = False, limit: int = 5) -> str:
    """One line per probe (pass rate, floor); with ``verbose``, some failed cases of each."""
    lines = [f"{'probe':44} {'cases':>6} {'passed':>7} {'floor':>6}"]
    for r in results:
        mark = (
            ""
            if r.rate >= r.floor
            else "  under floor, within a sample's slack"
            if r.rate >= r.floor - _slack(r)
            else "  BELOW FLOOR"
        )
        lines.append(f"{r.name:44} {r.cases:6d} {r.rate:7.3f} {r.floor:6.2f}{mark}")
        for case, analysis in r.failures[: limit if verbose else 0]:
            got = "; ".join(_brief(e) for e in analysis.events) or "nothing"
            want = str(case.expect)
            if case.exchanges is not None:  # expected links as indexes, predicted ones as ids
                want += f" linked {sorted(sorted(x) for x in case.exchanges)}"
                got += f" linked {[link.events for link in analysis.exchanges]}"
            if case.stocks is not None:
                want += f" stocks {case.stocks}"
                got += (
                    f" stocks {[(s.country, s.count, s.count_qualifier) for s in analysis.stocks]}"
                )
            lines.append(f"    {case.text!r}\n      want {want} got {got}")
    total = sum(r.cases for r in results)
    passed = sum(r.passed for r in results)
    lines.append(f"all: {passed}/{total} cases passed ({passed / total if total else 1:.3f})")
    return "\n".join(lines) + "\n"


def _brief(e: Event) -> str:
    parts = [e.id, str(e.type), f"actor={e.actor}"]
    if e.target:
        parts.append(f"target={e.target}")
    if e.count is not None:
        parts.append(f"count={e.count} {e.count_qualifier}")
    return " ".join(parts)


SAMPLE_SIGMAS = 3.5
"""How far under its floor a sampled probe may pass, in standard errors of a sample's pass rate:
a floor is pinned to the rate of the whole grid, and a sample's rate scatters around it. A probe
with floor 1.0 has no slack (every case of the grid passes, so every case of a sample must)."""


def below_floor(results: list[ProbeResult]) -> list[str]:
    """One problem line per probe under its floor (a sampled probe: under it by more than
    :data:`SAMPLE_SIGMAS` standard errors)."""
    return [
        f"probe {r.name}: {r.rate:.3f} of {r.cases} cases passed, floor {r.floor:.2f}"
        + (" (sampled)" if r.sampled else "")
        for r in results
        if r.rate < r.floor - _slack(r)
    ]


def _slack(result: ProbeResult) -> float:
    if not result.sampled or not result.cases:
        return 0.0
    return SAMPLE_SIGMAS * math.sqrt(result.floor * (1 - result.floor) / result.cases)
