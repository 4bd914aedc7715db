"""Click options shared by the commands of several layers (one definition each)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from detente.model import EventType, Filter
from detente.render import RECORD_FORMATS
from detente.settings import get_settings

if TYPE_CHECKING:
    from detente.store import Store

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


# --- the filters of the commands that list stored records ---------------------------------------

_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _check_partial_date(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    if value is None or _PARTIAL_DATE.fullmatch(value):
        return value
    raise click.BadParameter(f"invalid date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")


def _upper(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return value.upper() if value else value


_DATE_HELP = "(YYYY, YYYY-MM or YYYY-MM-DD)"
# The filter options: (name, metavar, help, callback).
FILTERS: tuple[tuple[str, str, str, Any], ...] = (
    ("--actor", "CODE", "Alpha-3 code of the acting state (stocks: the holding state).", _upper),
    ("--target", "CODE", "Alpha-3 code of the sanctions target.", _upper),
    ("--since", "DATE", f"Earliest date, inclusive {_DATE_HELP}.", _check_partial_date),
    ("--until", "DATE", f"Latest date, inclusive {_DATE_HELP}.", _check_partial_date),
)


def stack(f: F, *decorators: Callable[[F], F]) -> F:
    """``f`` under ``decorators``, the first outermost (as if written above it in that order)."""
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


def filter_options(f: F) -> F:
    """``--db``, the :data:`FILTERS`, ``--type`` and ``--format``: the options of a record list."""
    return stack(
        f,
        db_option,
        *(click.option(name, metavar=mv, help=h, callback=cb) for name, mv, h, cb in FILTERS),
        click.option("--type", "type_", type=click.Choice([t.value for t in EventType]),
                     help="Only events of this type."),
        format_option(RECORD_FORMATS),
    )  # fmt: skip


def make_filter(flt: dict[str, Any]) -> Filter:
    """The :class:`~detente.model.Filter` of a command's :func:`filter_options` values."""
    return Filter(type=flt.pop("type_"), **flt)


def open_store(db: str | None) -> Store:
    """The store at ``db``, else at the DETENTE_DB setting."""
    from detente.store import open_store as open_at

    return open_at(db or get_settings().db)
