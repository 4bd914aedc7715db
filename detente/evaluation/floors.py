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


Figures = dict[str, dict[str, float]]
"""Figures by split: ``{split: {figure: value}}`` (measured) or ``{split: {figure: bound}}`` (pinned)."""


def check_figures(
    measured: Figures,
    pinned: Figures,
    label: str = "",
    ceilings: frozenset[str] = frozenset(),
    epsilon: float = DEFAULT_EPSILON,
) -> list[str]:
    """One message per measured figure below its floor (above its ceiling) by more than ``epsilon``.

    Splits or figures the measurement does not have are logged and not checked. ``label`` prefixes
    each message ("clusters dev: …").
    """
    messages: list[str] = []
    for split, bounds in pinned.items():
        figures = measured.get(split)
        if figures is None:
            log.info("baseline split %s%s is not in this report; not checked", label, split)
            continue
        for name, bound in bounds.items():
            value = figures.get(name)
            if value is None:
                log.info(
                    "%s%s: %s was not measured (nothing to score); not checked", label, split, name
                )
            elif name in ceilings and value > bound + epsilon:
                messages.append(f"{label}{split}: {name} {value:g} above ceiling {bound:g}")
            elif name not in ceilings and value < bound - epsilon:
                messages.append(f"{label}{split}: {name} {value:.4f} below floor {bound:.2f}")
    return messages


def raise_floors(
    measured: Figures,
    pinned: Figures,
    label: str = "",
    ceilings: frozenset[str] = frozenset(),
    allow_regression: bool = False,
) -> tuple[Figures, list[str]]:
    """The floors raised to ``measured`` (rounded down to 2 decimals) and the list of changes.

    Refuses (EvalError) to lower a floor or raise a ceiling, unless ``allow_regression``.
    """
    new: Figures = {split: dict(bounds) for split, bounds in pinned.items()}
    changes: list[str] = []
    regressions: list[str] = []
    for split, figures in measured.items():
        for name, value in figures.items():
            bound = value if name in ceilings else round_down(value)
            before = pinned.get(split, {}).get(name)
            if before == bound:
                continue
            change = (
                f"{label}{split}: {name} {'-' if before is None else f'{before:g}'} -> {bound:g}"
            )
            if before is not None and (bound > before if name in ceilings else bound < before):
                regressions.append(change)
            new.setdefault(split, {})[name] = bound
            changes.append(change)
    if regressions and not allow_regression:
        raise EvalError(E_EVAL_REGRESSION.format(figures="; ".join(regressions)))
    return new, changes


def read_section(baseline: Path, key: str) -> Figures:
    """The floors a separate gate keeps under ``key`` of the baseline (empty when absent)."""
    section = read_raw(baseline).get(key, {})
    if not isinstance(section, dict) or not all(isinstance(v, dict) for v in section.values()):
        problem = f"{key!r} is not an object of splits"
        raise EvalError(f"{baseline}: {E_EVAL_BAD_BASELINE.format(problem=problem)}")
    return {split: {name: float(bound) for name, bound in pinned.items()}
            for split, pinned in section.items()}  # fmt: skip


def check_section(
    baseline: Path, key: str, measured: Figures, epsilon: float = DEFAULT_EPSILON
) -> list[str]:
    """One message per figure of the separate gate ``key`` below its floor; one if none is pinned."""
    pinned = read_section(baseline, key)
    if not pinned:
        return [f"{baseline}: no {key!r} floors"]
    return check_figures(measured, pinned, f"{key} ", epsilon=epsilon)


def update_section(
    baseline: Path, key: str, measured: Figures, allow_regression: bool = False
) -> list[str]:
    """Raise the floors of the separate gate ``key`` to ``measured``; list the changes.

    The rest of the file is kept as it is; nothing is written when a floor would go down without
    ``allow_regression`` (EvalError).
    """
    try:
        floors, changes = raise_floors(
            measured, read_section(baseline, key), f"{key} ", allow_regression=allow_regression
        )
    except EvalError as exc:
        raise EvalError(f"{baseline}: {exc}") from None
    if changes:
        data = read_raw(baseline)
        data[key] = floors
        baseline.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return changes


def check_floors(report: EvalReport, baseline: Path, epsilon: float = DEFAULT_EPSILON) -> list[str]:
    """One message per figure below its floor by more than ``epsilon`` (or above its ceiling)."""
    measured = {split: scores.figures() for split, scores in report.splits.items()}
    return check_figures(measured, read_baseline(baseline), ceilings=CEILINGS, epsilon=epsilon)


def update_baseline(
    report: EvalReport, baseline: Path, allow_regression: bool = False
) -> list[str]:
    """Raise the baseline to the report's figures (floors rounded down to 2 decimals); list changes.

    Refuses (EvalError, file untouched) to lower a floor or raise a ceiling, unless
    ``allow_regression``.
    """
    old = read_baseline(baseline) if baseline.exists() else {}
    measured = {split: scores.figures() for split, scores in report.splits.items()}
    try:
        new, changes = raise_floors(measured, old, "", CEILINGS, allow_regression)
    except EvalError as exc:
        raise EvalError(f"{baseline}: {exc}") from None
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
