"""The exposure knowledge base: YAML files of commodities, producers, entities and companies.

The bundled files live in ``detente/data/exposure/``; ``DETENTE_EXPOSURE`` adds the user's own
files (read after them: a row with the id of a bundled row replaces it). Every row is validated
with the models of :mod:`detente.model`; a bad file gets one line naming the file, the row and
the problem.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from detente.errors import InputError
from detente.model import (
    SECTORS,
    Commodity,
    Company,
    ExposureBase,
    ExposureEntity,
    Producer,
)

log = logging.getLogger(__name__)

SECTIONS: dict[str, type[BaseModel]] = {
    "commodities": Commodity,
    "producers": Producer,
    "entities": ExposureEntity,
    "companies": Company,
}
"""The top-level keys of a knowledge-base file and the model of their rows."""

E_KB_YAML = "line {line}: not valid YAML ({problem})"
E_KB_TOP = "expected a mapping with some of: {sections}"
E_KB_SECTION = "unknown section {name!r} (expected one of: {sections})"
E_KB_LIST = "{section}: expected a list of rows"
E_KB_ROW = "{section}[{index}]{problem}"
E_KB_REF = "{section}[{index}]: unknown {what} {value!r}"
E_KB_NOT_FOUND = "no such exposure file"


def bundled_files() -> list[Path]:
    """The knowledge-base files shipped with detente, by name."""
    folder = resources.files("detente") / "data" / "exposure"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))


def _problem(exc: ValidationError) -> str:
    """``.field: message`` (or ``: message`` for the row itself) of the first error."""
    error = exc.errors()[0]
    where = "".join(f".{part}" for part in error["loc"])
    return f"{where}: {error['msg']}"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), E_KB_NOT_FOUND) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise InputError(str(path), E_KB_YAML.format(line=line, problem=exc.problem)) from None
    except yaml.YAMLError as exc:
        raise InputError(str(path), E_KB_YAML.format(line=0, problem=exc)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(str(path), E_KB_TOP.format(sections=", ".join(SECTIONS)))
    return data


def _rows(path: Path, data: dict[str, Any]) -> dict[str, list[Any]]:
    """Validated rows of one file, by section."""
    out: dict[str, list[Any]] = {name: [] for name in SECTIONS}
    for name, rows in data.items():
        if name not in SECTIONS:
            problem = E_KB_SECTION.format(name=name, sections=", ".join(SECTIONS))
            raise InputError(str(path), problem)
        if not isinstance(rows, list):
            raise InputError(str(path), E_KB_LIST.format(section=name))
        for index, row in enumerate(rows):
            try:
                out[name].append(SECTIONS[name].model_validate(row))
            except ValidationError as exc:
                problem = E_KB_ROW.format(section=name, index=index, problem=_problem(exc))
                raise InputError(str(path), problem) from None
    return out


def _check_refs(path: Path, rows: dict[str, list[Any]], commodities: set[str]) -> None:
    """Each row names known commodities, sectors and well-formed country codes."""

    def fail(section: str, index: int, what: str, value: object) -> None:
        problem = E_KB_REF.format(section=section, index=index, what=what, value=value)
        raise InputError(str(path), problem)

    for i, c in enumerate(rows["commodities"]):
        for sector in c.sectors:
            if sector not in SECTORS:
                fail("commodities", i, "sector", sector)
    for section in ("producers", "companies"):
        for i, row in enumerate(rows[section]):
            if row.commodity not in commodities:
                fail(section, i, "commodity", row.commodity)
    for i, e in enumerate(rows["entities"]):
        for commodity in (*e.supplies, *e.buys):
            if commodity not in commodities:
                fail("entities", i, "commodity", commodity)
    for section in ("producers", "entities", "companies"):
        for i, row in enumerate(rows[section]):
            code = row.country
            if code is not None and not (len(code) == 3 and code.isalpha() and code.isupper()):
                fail(section, i, "country code (expected alpha-3)", code)


def _key(section: str, row: Any) -> tuple[Any, ...]:
    if section in ("commodities", "entities"):
        return (row.id,)
    if section == "producers":
        return (row.commodity, row.country)
    return (row.ticker, row.commodity, row.role, row.entity)


def load_exposure(paths: Iterable[Path | str] | None = None) -> ExposureBase:
    """Read the bundled knowledge base plus ``paths`` (default: ``DETENTE_EXPOSURE``)."""
    if paths is None:
        from detente.settings import get_settings

        extra = get_settings().exposure
        paths = [p for p in extra.split(os.pathsep) if p]
    return _load((*bundled_files(), *(Path(p) for p in paths)))


@functools.lru_cache(maxsize=8)
def _load(files: Sequence[Path]) -> ExposureBase:
    merged: dict[str, dict[tuple[Any, ...], Any]] = {name: {} for name in SECTIONS}
    parsed = [(path, _rows(path, _read(path))) for path in files]
    known = {c.id for _, rows in parsed for c in rows["commodities"]}
    for path, rows in parsed:
        _check_refs(path, rows, known)
        for section, items in rows.items():
            for row in items:
                key = _key(section, row)
                if key in merged[section]:
                    log.info("%s: %s %s replaces an earlier row", path, section, key)
                merged[section][key] = row
    return ExposureBase(
        commodities=list(merged["commodities"].values()),
        producers=list(merged["producers"].values()),
        entities=list(merged["entities"].values()),
        companies=list(merged["companies"].values()),
        files=[str(p) for p in files],
    )
