"""Country names and codes as sanctions lists write them → ISO 3166-1 alpha-3."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import pycountry

log = logging.getLogger(__name__)

# Forms the lists use that neither pycountry nor detente/data/places.tsv know.
EXTRA_NAMES = {
    "korea, north": "PRK",
    "dprk": "PRK",
    "korea, south": "KOR",
    "burma": "MMR",
    "iran": "IRN",
    "syria": "SYR",
    "russia": "RUS",
    "venezuela": "VEN",
    "bolivia": "BOL",
    "moldova": "MDA",
    "tanzania": "TZA",
    "laos": "LAO",
    "vietnam": "VNM",
    "czech republic": "CZE",
    "the democratic republic of the congo": "COD",
    "congo, democratic republic of the": "COD",
    "west bank": "PSE",
    "gaza": "PSE",
    "palestinian": "PSE",
    "kosovo": "XKX",
}
# Programmes whose name does not start with the country they target.
PROGRAMME_COUNTRIES = {
    "UKRAINE-EO13662": "RUS",
    "UKRAINE-EO13661": "RUS",
    "CAATSA - RUSSIA": "RUS",
    "DPRK": "PRK",
    "DPRK2": "PRK",
    "DPRK3": "PRK",
    "DPRK4": "PRK",
    "NKSPEA": "PRK",
    "IFSR": "IRN",
    "IRGC": "IRN",
    "HRIT-IR": "IRN",
    "HRIT-SY": "SYR",
    "CUBA": "CUB",
    "BURMA-EO14014": "MMR",
}
_PROGRAMME_HEAD = re.compile(r"^([A-Za-z][A-Za-z .'-]*?)(?:[- ]?(?:EO|E\.O\.)?\s*\d.*)?$")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("alpha_2", "alpha_3", "name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value.lower()] = country.alpha_3
    text = resources.files("detente.data").joinpath("places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] == "name" and not line.startswith("#"):
            table.setdefault(parts[0].lower(), parts[1])
    table.update(EXTRA_NAMES)
    return table


@lru_cache(maxsize=4096)
def to_alpha3(value: str | None) -> str | None:
    """The alpha-3 code of a country name, alpha-2 or alpha-3 code; None when unknown."""
    if not value:
        return None
    key = " ".join(value.split()).strip(" .,;").lower()
    code = _names().get(key)
    if code is None and "(" in key:
        code = _names().get(key.split("(", 1)[0].strip())
    return code if code and len(code) == 3 else None


def countries(values: Iterable[str | None]) -> list[str]:
    """Distinct alpha-3 codes of the values that name a country, in first-seen order."""
    found: dict[str, None] = {}
    for value in values:
        code = to_alpha3(value)
        if code:
            found[code] = None
    return list(found)


@lru_cache(maxsize=1024)
def programme_country(programme: str) -> str | None:
    """The country a sanctions programme targets (``BELARUS-EO14038`` → ``BLR``), if any."""
    name = programme.strip()
    if name.upper() in PROGRAMME_COUNTRIES:
        return PROGRAMME_COUNTRIES[name.upper()]
    code = to_alpha3(name)
    if code:
        return code
    head = _PROGRAMME_HEAD.match(name)
    return to_alpha3(head.group(1)) if head else None
