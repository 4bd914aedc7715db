"""CAR paths with matplotlib (Agg backend): one line per event and ticker, PNG or SVG."""

from __future__ import annotations

import logging
from pathlib import Path

from detente.aggregate.plot import E_PLOT_SUFFIX, E_PLOT_WRITE, PLOT_SUFFIXES
from detente.errors import ConfigError
from detente.model import Impact

log = logging.getLogger(__name__)

FIGURE_SIZE = (9.0, 5.0)


def plot_car(result: Impact, path: Path) -> None:
    """Draw the CAR path of every computed event-ticker pair against event time."""
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ConfigError(E_PLOT_SUFFIX.format(path=path))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=FIGURE_SIZE)
    try:
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
        fig.tight_layout()
        fig.savefig(path)
    except OSError as exc:
        raise ConfigError(E_PLOT_WRITE.format(path=path, problem=exc)) from None
    finally:
        plt.close(fig)
