"""Timeline charts with matplotlib (Agg backend: no display needed): PNG or SVG files."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from detente.errors import ConfigError
from detente.model import Timeline

log = logging.getLogger(__name__)

PLOT_SUFFIXES = (".png", ".svg")
E_PLOT_SUFFIX = "cannot draw {path}: the file name must end in .png or .svg"
E_PLOT_WRITE = "cannot write {path}: {problem}"
FIGURE_SIZE = (11.0, 5.0)
MARKER_LIFT = 0.04
"""Sanctions markers float this share of the tallest bar above their month's bar."""
SANCTION_MARKERS = (
    ("sanctions_imposed", "v", "#c44e52", "sanctions imposed"),
    ("sanctions_eased", "^", "#55a868", "sanctions eased"),
)


@contextmanager
def figure(path: Path, size: tuple[float, float]) -> Iterator[tuple[Any, Any]]:
    """A matplotlib (figure, axes) on the Agg backend, saved to ``path`` (.png or .svg) on exit.

    ConfigError for another suffix or when the file cannot be written; the figure is always closed.
    """
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ConfigError(E_PLOT_SUFFIX.format(path=path))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=size)
    try:
        yield fig, ax
        fig.tight_layout()
        fig.savefig(path)
    except OSError as exc:
        raise ConfigError(E_PLOT_WRITE.format(path=path, problem=exc)) from None
    finally:
        plt.close(fig)


def plot_timeline(tl: Timeline, path: Path) -> None:
    """Draw bars for people released, markers for sanctions actions, a line for remaining prisoners."""
    rows = tl.rows
    x = list(range(len(rows)))
    with figure(path, FIGURE_SIZE) as (_fig, ax):
        ax.bar(x, [r.people_released for r in rows], color="#4c72b0", label="people released")
        ax.set_ylabel("people released")
        # Sanctions markers sit just above each month's bar, so that bars never hide them.
        lift = max([r.people_released for r in rows] + [1]) * MARKER_LIFT
        for attr, marker, color, label in SANCTION_MARKERS:
            months = [i for i, r in enumerate(rows) if getattr(r, attr)]
            heights = [rows[i].people_released + lift for i in months]
            ax.scatter(months, heights, marker=marker, s=80, color=color, label=label, zorder=3)
        held = [
            (i, r.stock.count) for i, r in enumerate(rows) if r.stock and r.stock.count is not None
        ]
        handles, labels = ax.get_legend_handles_labels()
        if held:
            twin = ax.twinx()
            twin.plot(
                [i for i, _ in held],
                [c for _, c in held],
                color="#8172b2",
                marker="o",
                label="estimated still held",
            )
            twin.set_ylabel("estimated still held")
            more_handles, more_labels = twin.get_legend_handles_labels()
            handles, labels = handles + more_handles, labels + more_labels
        ax.set_xticks(x, [r.period for r in rows], rotation=60, ha="right", fontsize=8)
        ax.set_title(f"Releases and sanctions: {tl.actor or 'all states'}")
        ax.legend(handles, labels, loc="upper left", fontsize=8)
