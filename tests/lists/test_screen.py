"""Screening against the latest snapshots: ranked hits, reasons, delisted entries, batch CSV, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.errors import InputError
from detente.lists.screen import ScreenIndex, ScreenQuery, load_index, read_queries
from detente.lists.snapshots import import_list
from detente.model import EntryType, ListEntry
from detente.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"
QUERIES = FIXTURES / "screening" / "queries.csv"


def _fill(store: Store) -> None:
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn", as_of="2025-09-01")
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-12.xml", "ofac-sdn", as_of="2025-09-12")
    import_list(store, FIXTURES / "eu/eu-2025-09-01.xml", "eu", as_of="2025-09-01")


def test_delisted_entry_is_found_and_flagged(store: Store):
    _fill(store)
    hits = load_index(store).search(ScreenQuery("Belavia", "Belarus"))
    ofac = next(h for h in hits if h.entry.source == "ofac")
    assert ofac.entry.entry_id == "90002" and not ofac.active and ofac.delisted_on == "2025-09-12"
    assert ofac.matched_name == "BELAVIA" and ofac.reasons[0] == "exact alias"
    assert "country agreement" in ofac.reasons
    eu = next(h for h in hits if h.entry.source == "eu")
    assert eu.active and eu.score < ofac.score  # EU still lists it in its only snapshot


def test_ranked_scores_discriminate(store: Store):
    _fill(store)
    hits = load_index(store).search(ScreenQuery("Alexander Lukashenko"), threshold=0.0)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) > 1 and max(scores) < 1.0
    assert {"alias", "fuzzy"} <= set(hits[0].reasons)


def test_country_and_type_filter_and_adjust():
    entries = [
        ListEntry(source="x", entry_id="1", type=EntryType.ORGANIZATION, name="Ocean Pearl",
                  countries=["IRN"]),
        ListEntry(source="x", entry_id="2", type=EntryType.VESSEL, name="Ocean Pearl"),
    ]  # fmt: skip
    index = ScreenIndex(entries)
    agree = index.search(ScreenQuery("Ocean Pearl", "Iran", EntryType.ORGANIZATION))
    assert [h.entry.entry_id for h in agree] == ["1"] and agree[0].score == 1.0
    mismatch = index.search(ScreenQuery("Ocean Pearl", "BLR"))
    assert {h.entry.entry_id: h.score for h in mismatch} == {"2": 1.0, "1": 0.9}
    assert "country mismatch" in next(h for h in mismatch if h.entry.entry_id == "1").reasons


def test_unrelated_names_find_nothing(store: Store):
    _fill(store)
    assert load_index(store).search(ScreenQuery("Jane Smith Holdings")) == []


def test_read_queries_and_errors(tmp_path: Path):
    queries = read_queries(QUERIES)
    assert queries[1] == ScreenQuery("Aleksandr Lukashenko", "BLR", EntryType.PERSON)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,type\nBelavia,airline\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2: unknown type"):
        read_queries(bad)


def test_cli_single_batch_and_formats(shared_db_url: str):
    db_url = shared_db_url
    runner = CliRunner()
    for day, name in (("2025-09-01", "sdn-2025-09-01.xml"), ("2025-09-12", "sdn-2025-09-12.xml")):
        args = ["lists", "import", str(FIXTURES / "ofac-sdn" / name), "--source", "ofac-sdn",
                "--as-of", day, "--db", db_url]  # fmt: skip
        assert runner.invoke(main, args).exit_code == 0
    one = runner.invoke(main, ["screen", "Belavia", "--country", "BLR", "--db", db_url])
    assert one.exit_code == 0, one.output
    assert "ofac:90002" in one.output and "DELISTED 2025-09-12" in one.output
    batch = runner.invoke(
        main, ["screen", "--csv", str(QUERIES), "--format", "json", "--db", db_url]
    )
    results = json.loads(batch.output)
    assert [r["query"] for r in results][:2] == ["Belavia", "Aleksandr Lukashenko"]
    assert results[1]["hits"][0]["entry"]["entry_id"] == "90003"
    assert results[4]["hits"] == []
    table = runner.invoke(main, ["screen", "BPC", "--format", "csv", "--db", db_url])
    assert table.output.splitlines()[0].startswith("query,rank,score")
    neither = runner.invoke(main, ["screen", "--db", db_url])
    assert neither.exit_code == 2 and "give a NAME" in neither.output
