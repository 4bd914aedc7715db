"""The accuracy gate: floors pinned in a baseline file, checked, raised, never silently lowered."""

from __future__ import annotations

import json
import logging
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

from detente.errors import (
    E_EVAL_BAD_BASELINE,
    E_EVAL_REGRESSION,
    E_EVAL_UNKNOWN_FIGURE,
    E_NOT_FOUND,
    EvalError,
)
from detente.evaluation.report import CEILINGS, EvalReport, figure_names

log = logging.getLogger(__name__)

DEFAULT_EPSILON = 0.005
"""Tolerance below a floor: absorbs float noise and the rounding of floors to two decimals."""

Baseline = dict[str, dict[str, float]]
OTHER_GATES = "clusters"
"""Baseline key holding the cross-document floors (detente.evaluation.clusters), not a split."""
SEPARATE_GATES = (OTHER_GATES, "screening")
"""Baseline keys of gates kept by their own modules (screening: detente.lists.screening_eval)."""


def check_floors(report: EvalReport, baseline: Path, epsilon: float = DEFAULT_EPSILON) -> list[str]:
    """One message per figure below its floor by more than ``epsilon`` (or above its ceiling)."""
    floors = read_baseline(baseline)
    messages: list[str] = []
    for split, pinned in floors.items():
        scores = report.splits.get(split)
        if scores is None:
            log.info("baseline split %s is not in this report; not checked", split)
            continue
        figures = scores.figures()
        for name, bound in pinned.items():
            value = figures.get(name)
            if value is None:
                log.info("%s: %s was not measured (nothing to score); not checked", split, name)
            elif name in CEILINGS and value > bound + epsilon:
                messages.append(f"{split}: {name} {value:g} above ceiling {bound:g}")
            elif name not in CEILINGS and value < bound - epsilon:
                messages.append(f"{split}: {name} {value:.4f} below floor {bound:.2f}")
    return messages


def update_baseline(
    report: EvalReport, baseline: Path, allow_regression: bool = False
) -> list[str]:
    """Raise the baseline to the report's figures (floors rounded down to 2 decimals); list changes.

    Refuses (EvalError, file untouched) to lower a floor or raise a ceiling, unless
    ``allow_regression``.
    """
    old = read_baseline(baseline) if baseline.exists() else {}
    new: Baseline = {split: dict(pinned) for split, pinned in old.items()}
    changes: list[str] = []
    regressions: list[str] = []
    for split, scores in report.splits.items():
        for name, value in scores.figures().items():
            bound = value if name in CEILINGS else round_down(value)
            before = old.get(split, {}).get(name)
            if before == bound:
                continue
            change = f"{split}: {name} {'-' if before is None else f'{before:g}'} -> {bound:g}"
            worse = before is not None and (bound > before if name in CEILINGS else bound < before)
            if worse:
                regressions.append(change)
            new.setdefault(split, {})[name] = bound
            changes.append(change)
    if regressions and not allow_regression:
        raise EvalError(f"{baseline}: {E_EVAL_REGRESSION.format(figures='; '.join(regressions))}")
    if changes:
        raw = read_raw(baseline)
        kept = {key: raw[key] for key in SEPARATE_GATES if key in raw}
        baseline.write_text(json.dumps({**new, **kept}, indent=2) + "\n", encoding="utf-8")
    return changes


def read_raw(baseline: Path) -> dict[str, Any]:
    """The baseline file as a JSON object (empty when absent); EvalError when it is not one."""
    try:
        data = json.loads(baseline.read_text(encoding="utf-8")) if baseline.exists() else {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem=exc)}") from None
    if not isinstance(data, dict):
        raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem='not a JSON object')}")
    return data


def round_down(value: float) -> float:
    """``value`` rounded down to two decimals (0.8889 → 0.88, 0.29 → 0.29)."""
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_FLOOR))


def read_baseline(baseline: Path) -> Baseline:
    """The floors of a baseline file: ``{split: {figure: bound}}``, with every figure name known."""
    if not baseline.exists():
        raise EvalError(f"{baseline}: {E_NOT_FOUND}")
    try:
        data = json.loads(baseline.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem=exc)}") from None
    if not isinstance(data, dict):
        raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem='not a JSON object')}")
    known = set(figure_names())
    floors: Baseline = {}
    for split, pinned in data.items():
        if split in SEPARATE_GATES:  # floors that their own modules read
            continue
        if not isinstance(pinned, dict):
            problem = f"split {split!r} is not an object of figures"
            raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem=problem)}")
        for name, bound in pinned.items():
            if name not in known:
                message = E_EVAL_UNKNOWN_FIGURE.format(name=name, split=split)
                raise EvalError(f"{baseline}: {message}")
            if isinstance(bound, bool) or not isinstance(bound, int | float):
                problem = f"{split}.{name} is not a number"
                raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem=problem)}")
        floors[split] = {name: float(bound) for name, bound in pinned.items()}
    return floors
