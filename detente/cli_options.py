"""Click options shared by the commands of several layers (one definition each)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def output_option(f: F) -> F:
    """``-o/--output FILE``: where a command writes (default: stdout)."""
    return click.option(
        "-o",
        "--output",
        type=click.File("w", encoding="utf-8", lazy=True),
        default="-",
        show_default=True,
        help="Write to this file instead of stdout.",
    )(f)


def baseline_option(help_text: str) -> Callable[[F], F]:
    """``--baseline FILE``: the file of pinned accuracy floors (default eval/baseline.json)."""
    return click.option(
        "--baseline",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path("eval/baseline.json"),
        show_default=True,
        help=help_text,
    )


def db_option(f: F) -> F:
    """``--db URL``: the store to use (default: the DETENTE_DB setting)."""
    return click.option(
        "--db",
        metavar="URL",
        help="SQLAlchemy URL of the store (default: $DETENTE_DB or sqlite:///detente.db).",
    )(f)


def format_option(
    choices: Sequence[str], default: str = "text", help_text: str = "Output format."
) -> Callable[[F], F]:
    """``--format`` (parameter ``fmt``): one of ``choices``."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help=help_text,
    )
