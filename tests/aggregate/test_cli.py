"""The aggregate commands, in-process with CliRunner, on a file store filled with the fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from detente.cli import main
from detente.store import open_store

from .conftest import Docs, fill


@pytest.fixture
def db(tmp_path: Path, agg_docs: Docs) -> str:
    url = f"sqlite:///{tmp_path / 'agg.db'}"
    with open_store(url) as store:
        fill(store, agg_docs)
    return url


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_canonical_and_deals(db: str) -> None:
    result = run("canonical", "--db", db, "--actor", "blr", "--type", "release")
    assert result.exit_code == 0, result.output
    assert "count: 123 (2 sources); also reported: 120 at_least (1 source)" in result.output
    result = run("deals", "--db", db, "--actor", "BLR", "--format", "json")
    assert [d["date"] for d in json.loads(result.output)] == ["2025-09-11", "2025-12-13"]


def test_timeline_with_plot(db: str, tmp_path: Path) -> None:
    chart = tmp_path / "t.svg"
    result = run(
        "timeline", "--db", db, "--actor", "BLR", "--since", "2025-09", "--plot", str(chart)
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2].startswith("2025-09") and chart.exists()
    result = run("timeline", "--db", db, "--format", "csv")
    assert result.output.startswith("period,releases,people_released")


def test_timeline_bad_plot_suffix_is_one_line(db: str, tmp_path: Path) -> None:
    result = run("timeline", "--db", db, "--plot", str(tmp_path / "t.pdf"))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"detente: error: cannot draw {tmp_path / 't.pdf'}: the file name must end in .png or .svg"
    ]


def test_persons_and_person(db: str) -> None:
    result = run("persons", "--db", db, "--format", "csv")
    assert "ales-bialiatski" in result.output
    result = run("person", "Ales Byalyatsky", "--db", db)
    assert result.exit_code == 0 and result.output.startswith("Ales Bialiatski (ales-bialiatski)")
    result = run("person", "Nobody", "--db", db)
    assert result.exit_code == 2
    assert "no released person matches 'Nobody'" in result.output


def test_recluster(db: str, agg_docs: Docs) -> None:
    result = run("recluster", "--db", db)
    assert result.exit_code == 0, result.output
    events = sum(len(analysis.events) for _, analysis in agg_docs.values())
    assert result.output == f"{len(agg_docs)} documents, {events} events clustered\n"
