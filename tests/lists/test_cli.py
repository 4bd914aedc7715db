"""`detente lists import|diff` end to end, and malformed input as one error line with exit 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from detente.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_import_diff_and_events(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    for name in ("uk/ConList-2025-09-01.csv", "uk/ConList-2025-09-20.csv"):
        code, out = _run("lists", "import", str(FIXTURES / name), "--source", "uk", "--db", db)
        assert code == 0, out
    code, out = _run("lists", "diff", "--source", "uk", "--db", db)
    assert code == 0 and "1 removed" in out and "BELAVIA [uk:14002]" in out
    code, out = _run("lists", "diff", "--source", "uk", "--db", db, "--format", "json")
    assert json.loads(out)["changes"][0]["kind"] == "removed"
    code, out = _run("lists", "diff", "--source", "uk", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["entry_id"] == "14002" and rows[0]["programmes"] == "Belarus"
    code, out = _run("events", "--db", db, "--format", "json")
    event = json.loads(out)[0]
    assert event["official"] is True and event["record"] == "uk:14002" and event["actor"] == "GBR"


def test_malformed_import_is_one_line_exit_2(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    code, out = _run("lists", "import", str(FIXTURES / "bad/un.xml"), "--source", "un", "--db", db)
    assert code == 2 and out.startswith("detente: error: ") and out.count("\n") == 1
    code, out = _run("lists", "diff", "--source", "un", "--db", db)
    assert code == 2 and "no snapshot of the 'un' list" in out
