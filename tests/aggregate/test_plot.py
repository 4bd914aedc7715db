"""Timeline charts: PNG and SVG files drawn with the Agg backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.aggregate import timeline
from detente.aggregate.plot import plot_timeline
from detente.errors import ConfigError
from detente.model import Filter
from detente.store import Store


@pytest.mark.parametrize("name", ["chart.png", "chart.svg"])
def test_plot_files(agg_store: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    plot_timeline(timeline(agg_store, Filter(actor="BLR")), path)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") if name.endswith(".png") else b"<svg" in data[:2000]


def test_bad_suffix_and_unwritable(agg_store: Store, tmp_path: Path) -> None:
    tl = timeline(agg_store, Filter(actor="BLR"))
    with pytest.raises(ConfigError, match=r"\.png or \.svg"):
        plot_timeline(tl, tmp_path / "chart.pdf")
    with pytest.raises(ConfigError, match="cannot write"):
        plot_timeline(tl, tmp_path / "missing-dir" / "chart.png")
