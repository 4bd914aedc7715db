"""Exposure rules: directions, company reactions, rule ids, and nothing invented."""

from __future__ import annotations

from typing import Any

import pytest

from detente.markets.kb import load_exposure
from detente.markets.rules import event_exposure, normalise, same_name
from detente.model import Event, ExposureBase, ExposureItem


@pytest.fixture(scope="module")
def kb() -> ExposureBase:
    return load_exposure([])


def _event(**fields: Any) -> Event:
    base: dict[str, Any] = {"id": "e1", "type": "sanctions_eased", "actor": "USA", "target": "BLR"}
    return Event.model_validate({**base, **fields})


def _rows(items: list[ExposureItem]) -> dict[str | None, ExposureItem]:
    return {i.ticker: i for i in items if i.ticker is not None}


def test_potash_easing_raises_supply_and_weighs_on_competitors(kb: ExposureBase) -> None:
    items, notes = event_exposure(
        "e1", _event(sectors=["potash"], entities=["OAO Belaruskali"]), kb
    )
    assert not notes
    potash = [i for i in items if i.ticker is None]
    assert [(i.commodity, i.direction, i.rule) for i in potash] == [
        ("potash", "supply_up", "entity-supplies.v1")
    ]
    assert "BLR produces potash exports 0.19 (2014)" in potash[0].basis
    companies = _rows(items)
    assert {t for t, i in companies.items() if i.expected == "down"} >= {"NTR", "MOS", "SDF", "ICL"}
    assert companies["YAR"].expected == "up" and companies["YAR"].role == "customer"
    assert all(0 < i.confidence <= potash[0].confidence for i in companies.values())


def test_imposing_reverses_every_direction(kb: ExposureBase) -> None:
    eased, _ = event_exposure("e1", _event(entities=["Belaruskali"]), kb)
    imposed, _ = event_exposure(
        "e1", _event(type="sanctions_imposed", entities=["Belaruskali"]), kb
    )
    assert [i.direction for i in imposed if not i.ticker] == ["supply_down"]
    flipped = {t: i.expected for t, i in _rows(imposed).items()}
    assert flipped == {
        t: {"up": "down", "down": "up"}[i.expected or ""] for t, i in _rows(eased).items()
    }


def test_airline_relief_adds_demand_for_aircraft_parts_and_leases(kb: ExposureBase) -> None:
    items, _ = event_exposure("e1", _event(sectors=["aviation"], entities=["Belavia"]), kb)
    lines = {i.commodity: i.direction for i in items if not i.ticker}
    assert lines == {
        "aircraft": "demand_up",
        "aircraft_parts": "demand_up",
        "aircraft_leasing": "demand_up",
    }
    companies = _rows(items)
    assert companies["AER"].role == "lessor" and companies["AER"].expected == "up"
    assert companies["BA"].expected == "up" and "AFLT" not in companies  # Aeroflot is not named


def test_sector_only_needs_the_target_to_be_a_producer(kb: ExposureBase) -> None:
    oil_ven, _ = event_exposure("e1", _event(target="VEN", sectors=["oil"]), kb)
    assert [(i.commodity, i.rule) for i in oil_ven if not i.ticker] == [
        ("crude_oil", "sector-producer.v1")
    ]
    # Belarus is not in the crude-oil producers table: nothing is invented.
    oil_blr, notes = event_exposure("e1", _event(target="BLR", sectors=["oil"]), kb)
    assert oil_blr == [] and "nothing in the knowledge base for sector oil on BLR" in notes[0]


def test_named_licence_holder_gets_the_named_rule(kb: ExposureBase) -> None:
    items, _ = event_exposure("e1", _event(target="VEN", sectors=["oil"], entities=["Chevron"]), kb)
    companies = _rows(items)
    assert companies["CVX"].rule == "company-named.v1" and companies["CVX"].expected == "up"
    assert companies["REP"].rule == "company-role.v1"  # PDVSA partner, reached through VEN oil
    assert companies["CVX"].confidence > companies["REP"].confidence
    assert "ROSN" not in companies  # Rosneft's row needs Rosneft named


@pytest.mark.parametrize(
    ("fields", "note"),
    [
        ({"type": "release", "target": None, "count": 52}, "a release"),
        ({"type": "sanctions_imposed", "renewal": True, "sectors": ["potash"]}, "a renewal"),
        ({"sectors": [], "entities": []}, "no sector or entity named"),
        ({"sectors": ["technology"]}, "sector technology"),
    ],
)
def test_nothing_touched_is_explained(kb: ExposureBase, fields: dict[str, Any], note: str) -> None:
    items, notes = event_exposure("e1", _event(**fields), kb)
    assert items == [] and note in notes[0]


def test_event_confidence_scales_the_rows(kb: ExposureBase) -> None:
    sure, _ = event_exposure("e1", _event(entities=["Belaruskali"]), kb)
    unsure, _ = event_exposure("e1", _event(entities=["Belaruskali"], confidence=0.5), kb)
    assert unsure[0].confidence == pytest.approx(sure[0].confidence / 2, abs=0.001)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("OAO Belaruskali", "Belaruskali", True),
        ("Belaruskaliy", "Belaruskali", True),
        ("PJSC Aeroflot", "Aeroflot", True),
        ("Belavia", "Belarusbank", False),
        ("Rosneft", "Rusal", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


def test_normalise_drops_legal_forms() -> None:
    assert normalise("JSC  Belarusbank,") == "belarusbank"
