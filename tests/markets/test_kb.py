"""The exposure knowledge base: bundled files, user files, one-line errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import InputError
from detente.markets.kb import bundled_files, load_exposure
from detente.model import SECTORS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "markets"
REQUIRED_SECTORS = (
    "potash",
    "fertilizer",
    "oil",
    "gas",
    "aviation",
    "banking",
    "gold",
    "metals",
    "tobacco",
)


def test_bundled_base_covers_the_required_sectors() -> None:
    kb = load_exposure([])
    covered = {s for c in kb.commodities for s in c.sectors}
    assert set(REQUIRED_SECTORS) <= covered <= set(SECTORS)
    assert len(bundled_files()) >= 6


def test_every_row_has_a_source_and_companies_have_listing() -> None:
    kb = load_exposure([])
    rows = [*kb.commodities, *kb.producers, *kb.entities, *kb.companies]
    assert all(row.source.strip() for row in rows)
    assert all(c.ticker and c.exchange for c in kb.companies)


def test_named_entities_of_the_brief_are_present() -> None:
    kb = load_exposure([])
    names = {e.name for e in kb.entities}
    for name in ("Belaruskali", "Uralkali", "PDVSA", "Rosneft", "NIOC", "Belavia", "Aeroflot",
                 "Rusal", "Grodno Tobacco Factory Neman"):  # fmt: skip
        assert name in names
    tickers = {c.ticker for c in kb.companies}
    assert {"NTR", "MOS", "SDF", "ICL", "CVX", "BA", "AIR", "AER"} <= tickers


def test_shares_are_fractions_with_a_year() -> None:
    kb = load_exposure([])
    shared = [p for p in kb.producers if p.share is not None]
    assert shared
    assert all(0 < p.share <= 1 and p.year and p.basis for p in shared if p.share)
    potash = {p.country: p.share for p in kb.producers if p.commodity == "potash"}
    assert potash["BLR"] == pytest.approx(5685 / 30466, abs=0.01)


def test_user_file_extends_and_overrides() -> None:
    base = load_exposure([])
    kb = load_exposure([FIXTURES / "extra.yaml"])
    assert "timber" in {c.id for c in kb.commodities}
    assert len(kb.companies) == len(base.companies) + 1  # WFG added, NTR replaced
    ntr = [c for c in kb.companies if c.ticker == "NTR"]
    assert [c.source for c in ntr] == ["user override of the bundled row"]
    assert kb.files[-1].endswith("extra.yaml")


def test_setting_names_the_user_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_EXPOSURE", str(FIXTURES / "extra.yaml"))
    assert "timber" in {c.id for c in load_exposure().commodities}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad-role.yaml", "companies[0].role: Input should be"),
        ("bad-commodity.yaml", "producers[0]: unknown commodity 'unobtainium'"),
        ("bad-yaml.yaml", "line 4: not valid YAML"),
        ("bad-section.yaml", "unknown section 'tickers'"),
        ("bad-country.yaml", "producers[0]: unknown country code (expected alpha-3) 'Belarus'"),
        ("bad-share.yaml", "producers[0].share: Input should be less than or equal to 1"),
        ("missing.yaml", "no such exposure file"),
    ],
)
def test_bad_file_gets_one_line(name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        load_exposure([FIXTURES / name])
    text = str(info.value)
    assert text.startswith(str(FIXTURES / name)) and message in text and "\n" not in text
