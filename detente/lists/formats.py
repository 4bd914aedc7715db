"""The list formats detente reads: ``--source`` name → list, reader, files, download address."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import E_LIST_FORMAT, ConfigError
from detente.lists import eu, ftm, ofac, ofac_advanced, uk, un
from detente.lists.common import Reader

log = logging.getLogger(__name__)


def _one(path: Path) -> list[Path]:
    return [path]


def _ofac_csv_set(path: Path) -> list[Path]:
    """sdn.csv and, when present next to it, add.csv and alt.csv (hashed together)."""
    names = {p.name.lower(): p for p in path.parent.iterdir()} if path.parent.is_dir() else {}
    return [path, *(names[n] for n in ("add.csv", "alt.csv") if n in names)]


@dataclass(frozen=True)
class Format:
    """One importable file format."""

    name: str
    """The ``--source`` value."""
    source: str
    """The list it is a copy of (``ofac``, ``eu``, ``un``, ``uk``, ``ftm``)."""
    actor: str | None
    """Alpha-3 (or ``EU``/``UN``) of the publisher: the actor of official events."""
    reader: Reader
    """Streams the entries of a file."""
    urls: tuple[str, ...]
    """The publisher's documented download addresses (the first is the main file)."""
    files: Callable[[Path], list[Path]] = field(default=_one)
    """The files a path stands for (hashed together)."""


_OFAC = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("ofac-sdn", "ofac", "USA", ofac.read_sdn_xml, (_OFAC + "SDN.XML",)),
        Format(
            "ofac-csv", "ofac", "USA", ofac.read_sdn_csv,
            (_OFAC + "SDN.CSV", _OFAC + "ADD.CSV", _OFAC + "ALT.CSV"), _ofac_csv_set,
        ),
        Format("ofac-adv", "ofac", "USA", ofac_advanced.read_advanced,
               (_OFAC + "SDN_ADVANCED.XML",)),
        Format("eu", "eu", "EU", eu.read_eu, (
            "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content"
            "?token=dG9rZW4tMjAxNw",
        )),
        Format("un", "un", "UN", un.read_un,
               ("https://scsanctions.un.org/resources/xml/en/consolidated.xml",)),
        Format("uk", "uk", "GBR", uk.read_uk,
               ("https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv",)),
        Format("ftm", "ftm", None, ftm.read_ftm,
               ("https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json",)),
    )
}  # fmt: skip
"""Every format by ``--source`` name. The URLs are the publishers' documented addresses."""

SOURCES: dict[str, str | None] = {f.source: f.actor for f in FORMATS.values()}
"""Every list → the actor of its official events."""


def get_format(name: str) -> Format:
    """The format called ``name``; :class:`ConfigError` if there is none."""
    try:
        return FORMATS[name]
    except KeyError:
        choices = ", ".join(FORMATS)
        raise ConfigError(E_LIST_FORMAT.format(name=name, choices=choices)) from None


def list_name(name: str) -> str:
    """The list a ``--source`` value names: a list (``ofac``) or one of its formats (``ofac-sdn``)."""
    if name in SOURCES:
        return name
    return get_format(name).source
