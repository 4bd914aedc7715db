"""FollowTheMoney export: listed entities, sanctions with start/end dates, news sanctions events."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.lists.corroborate import corroborate
from detente.lists.ftm_export import alpha2, export_ftm, make_id, write_ftm
from detente.lists.snapshots import import_list
from detente.store import Store, open_store

from .test_corroborate import add_news

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"


def _fill(store: Store) -> dict[str, str]:
    for day in ("2025-09-01", "2025-09-12"):
        import_list(store, FIXTURES / f"ofac-sdn/sdn-{day}.xml", "ofac-sdn", as_of=day)
    keys = add_news(store)
    corroborate(store)
    return keys


def _records(store: Store) -> dict[str, dict]:
    out = io.StringIO()
    count = write_ftm(store, out)
    lines = out.getvalue().splitlines()
    assert count == len(lines)
    records = [json.loads(line) for line in lines]
    assert len({r["id"] for r in records}) == len(records)  # ids are unique
    return {r["id"]: r for r in records}


def test_sanction_dates_follow_listing_and_delisting(store: Store):
    _fill(store)
    records = _records(store)
    airline = records[make_id("ofac", "90002")]
    assert airline["schema"] == "Organization" and "sanction" not in airline["properties"].get(
        "topics", []
    )
    sanction = records[make_id("ofac", "90002", "sanction")]["properties"]
    assert sanction["entity"] == [make_id("ofac", "90002")]
    assert sanction["endDate"] == ["2025-09-12"] and sanction["status"] == ["ended"]
    potash = records[make_id("ofac", "90001", "sanction")]["properties"]
    assert "endDate" not in potash and potash["status"] == ["active"]
    person = records[make_id("ofac", "90003")]
    assert person["schema"] == "Person" and person["properties"]["country"] == ["by"]


def test_news_events_link_to_the_confirmed_record(store: Store):
    keys = _fill(store)
    records = _records(store)
    news = records[make_id("event", keys["Belavia"])]["properties"]
    assert news["entity"] == [make_id("ofac", "90002")]
    assert news["endDate"] == ["2025-09-11"] and news["status"] == ["confirmed"]
    tractor = records[make_id("event", keys["Minsk Tractor Works"])]["properties"]
    assert tractor["startDate"] == ["2025-08-04"] and tractor["status"] == ["contradicted"]
    assert records[tractor["entity"][0]]["schema"] == "LegalEntity"
    assert make_id("event", keys["aviation"]) not in records  # no entity: FtM needs one


def test_records_validate_with_followthemoney(store: Store):
    ftm = pytest.importorskip("followthemoney")
    _fill(store)
    records = list(export_ftm(store))
    assert {r["schema"] for r in records} >= {"Person", "Organization", "Vessel", "Sanction",
                                              "LegalEntity"}  # fmt: skip
    for record in records:
        schema = ftm.model.get(record["schema"])
        assert schema is not None, record["schema"]
        assert schema.validate(record) is None, record
        proxy = ftm.model.get_proxy(record, cleaned=False)
        for prop, values in record["properties"].items():
            assert proxy.get(prop) == sorted(values) or set(proxy.get(prop)) == set(values), prop


def test_alpha2():
    assert (alpha2("BLR"), alpha2("EU"), alpha2(None)) == ("by", None, None)


def test_cli_export(shared_db_url: str, tmp_path: Path):
    with open_store(shared_db_url) as store:
        _fill(store)
    target = tmp_path / "out.ftm.json"
    result = CliRunner().invoke(main, ["export", "--ftm", "-o", str(target), "--db", shared_db_url])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["id"].startswith("detente-") for line in lines)
    missing = CliRunner().invoke(main, ["export", "--db", shared_db_url])
    assert missing.exit_code == 2
