"""Every reader parses its fixture files; a malformed file of each format is one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import InputError
from detente.lists.common import Meta, iso_date
from detente.lists.formats import FORMATS
from detente.model import EntryType

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"

# (format, file, as_of found in the file, record id of Belavia or None, airline name)
FIRST_SNAPSHOTS = [
    ("ofac-sdn", "ofac-sdn/sdn-2025-09-01.xml", "2025-09-01", "90002"),
    ("ofac-csv", "ofac-csv-1/sdn.csv", None, "90002"),
    ("ofac-adv", "ofac-adv/sdn_advanced-2025-09-01.xml", "2025-09-01", "90002"),
    ("eu", "eu/eu-2025-09-01.xml", "2025-09-01", "EU.9002.02"),
    ("uk", "uk/ConList-2025-09-01.csv", "2025-09-01", "14002"),
    ("ftm", "ftm/entities-2025-09-01.ftm.json", None, "os-belavia"),
]


def _read(fmt: str, name: str) -> tuple[Meta, dict]:
    meta = Meta()
    entries = {e.entry_id: e for e in FORMATS[fmt].reader(FIXTURES / name, meta)}
    return meta, entries


@pytest.mark.parametrize(("fmt", "name", "as_of", "airline"), FIRST_SNAPSHOTS)
def test_reader_finds_the_airline_and_the_potash_producer(fmt, name, as_of, airline):
    meta, entries = _read(fmt, name)
    assert meta.as_of == as_of
    assert "belavia" in entries[airline].name.lower() or "BELAVIA" in entries[airline].aliases
    assert entries[airline].countries == ["BLR"]
    assert entries[airline].type == EntryType.ORGANIZATION
    potash = [e for e in entries.values() if "belaruskali" in e.name.lower()]
    assert len(potash) == 1 and potash[0].programmes


@pytest.mark.parametrize("fmt", ["ofac-sdn", "ofac-adv"])
def test_ofac_person_name_aliases_and_birth_date(fmt):
    name = (
        "ofac-sdn/sdn-2025-09-01.xml"
        if fmt == "ofac-sdn"
        else "ofac-adv/sdn_advanced-2025-09-01.xml"
    )
    _meta, entries = _read(fmt, name)
    person = entries["90003"]
    assert person.type == EntryType.PERSON
    assert person.name == "LUKASHENKA, Aliaksandr Ryhoravich"
    assert "LUKASHENKO, Alexander Grigoryevich" in person.aliases
    assert person.birth_dates == ["1954-08-30"]
    assert person.programmes == ["BELARUS"]


def test_ofac_csv_joins_aliases_and_addresses_and_reads_nulls():
    _meta, entries = _read("ofac-csv", "ofac-csv-1/sdn.csv")
    assert entries["90001"].aliases == ["BELARUSKALI OAO", "BELARUSKALIY"]
    assert entries["90002"].remarks is None  # "-0- " is null
    assert entries["90004"].type == EntryType.VESSEL and entries["90004"].countries == ["IRN"]
    _meta, later = _read("ofac-csv", "ofac-csv-2/sdn.csv")
    assert later["90001"].programmes == ["BELARUS-EO14038", "RUSSIA-EO14024"]


def test_un_reader_reads_aliases_scripts_and_reference():
    meta, entries = _read("un", "un/un-2025-09-01.xml")
    assert meta.as_of == "2025-09-01"
    person = entries["7100001"]
    assert person.name == "RI CHOL MIN"
    assert {"Ri Chol-min", "Ri Cheol Min", "리철민"} <= set(person.aliases)
    assert person.countries == ["PRK"] and person.programmes == ["DPRK"]
    assert any(i.value == "KPi.901" for i in person.identifiers)


def test_ftm_reader_marks_ended_sanctions_delisted():
    _meta, before = _read("ftm", "ftm/entities-2025-09-01.ftm.json")
    _meta, after = _read("ftm", "ftm/entities-2025-09-20.ftm.json")
    assert before["os-belavia"].delisted_on is None
    assert after["os-belavia"].delisted_on == "2025-09-11"
    assert "os-addr-1" not in after  # an Address is not a listed party


BAD = [
    ("ofac-sdn", "bad/sdn.xml", r"bad/sdn\.xml: line \d+: not well-formed XML"),
    ("ofac-csv", "bad/csv/sdn.csv", r"sdn\.csv: line 2: expected 12 fields, found 4"),
    ("ofac-adv", "bad/sdn_advanced.xml", r"line 4: record 5: no Profile/Identity"),
    ("eu", "bad/eu.xml", r"line 3: record 1: no nameAlias with a wholeName"),
    ("un", "bad/un.xml", r"line \d+: not well-formed XML"),
    ("uk", "bad/uk.csv", r"uk\.csv: line 3: bad row \(Group ID 'notanumber'"),
    ("ftm", "bad/ftm.json", r"ftm\.json: line 3: invalid JSON"),
    (
        "eu",
        "un/un-2025-09-01.xml",
        r"not an EU consolidated list XML file \(root element 'CONSOLIDATED_LIST'",
    ),
]


@pytest.mark.parametrize(("fmt", "name", "message"), BAD)
def test_malformed_file_is_one_error_line_naming_the_place(fmt, name, message):
    with pytest.raises(InputError, match=message) as caught:
        list(FORMATS[fmt].reader(FIXTURES / name, Meta()))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("30 Aug 1954", "1954-08-30"), ("1954", "1954"), ("2025-09-01T09:00:00", "2025-09-01"),
     ("circa 1960", None), ("", None)],
)  # fmt: skip
def test_iso_date(value, expected):
    assert iso_date(value) == expected
