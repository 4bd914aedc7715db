"""CAR paths with matplotlib (Agg backend): one line per event and ticker, PNG or SVG."""

from __future__ import annotations

import logging
from pathlib import Path

from detente.aggregate.plot import figure
from detente.model import Impact

log = logging.getLogger(__name__)

FIGURE_SIZE = (9.0, 5.0)


def plot_car(result: Impact, path: Path) -> None:
    """Draw the CAR path of every computed event-ticker pair against event time."""
    with figure(path, FIGURE_SIZE) as (_fig, ax):
        for row in result.results:
            if row.path:
                ax.plot(row.days, row.path, marker=".", label=f"{row.ticker} ({row.event})")
        ax.axhline(0.0, color="#888888", linewidth=0.8)
        ax.axvline(0.0, color="#888888", linewidth=0.8, linestyle="--")
        ax.set_xlabel("trading days from day 0")
        ax.set_ylabel("cumulative abnormal log return")
        ax.set_title(f"CAR paths ({result.model} model)")
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=7, ncol=2)
