"""The docs cover the code: every CLI command and option, every setting, every event type."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import click
import pytest

from detente.cli import main
from detente.model import EventType
from detente.settings import Settings

DOCS = Path(__file__).parent.parent / "docs"


def _section(text: str, heading: str) -> str:
    """The text under a ``## heading`` up to the next ``## `` heading."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no section {heading!r}"
    return match.group(1)


def _options(command: click.Command) -> list[str]:
    return [
        name
        for param in command.params
        if isinstance(param, click.Option)
        for name in param.opts + param.secondary_opts
    ]


COMMANDS = sorted(main.commands)


def test_every_command_has_a_section() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## `detente (\S+)`$", text, re.M))
    assert headings == set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_options_documented(name: str) -> None:
    section = _section((DOCS / "cli.md").read_text(encoding="utf-8"), f"`detente {name}`")
    command = main.commands[name]
    for option in _options(command):
        assert f"`{option}" in section or f"[{option}" in section, f"{name} {option}"
    for argument in (p for p in command.params if isinstance(p, click.Argument)):
        assert (argument.metavar or argument.name or "").upper() in section


def test_global_options_documented() -> None:
    section = _section((DOCS / "cli.md").read_text(encoding="utf-8"), "Global options")
    for option in _options(main):
        assert f"`{option}" in section, option


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(Settings)])
def test_settings_documented(field: str) -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    assert f"## DETENTE_{field.upper()}\n" in text


@pytest.mark.parametrize("event_type", [t.value for t in EventType])
def test_event_types_documented(event_type: str) -> None:
    text = (DOCS / "annotation.md").read_text(encoding="utf-8")
    headings = re.findall(r"^#+ (.+)$", text, re.M)
    assert any(re.search(rf"\b{event_type}\b", h) for h in headings), event_type
