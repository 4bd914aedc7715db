"""``detente lists``: import, fetch and diff official sanctions lists (thin command bodies)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from detente.cli_options import db_option, format_option
from detente.lists.formats import FORMATS, SOURCES
from detente.lists.render import DIFF_FORMATS
from detente.render import clean
from detente.settings import get_settings

if TYPE_CHECKING:
    from detente.store import Store

log = logging.getLogger(__name__)

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _store(db: str | None) -> Store:
    from detente.store import open_store

    return open_store(db or get_settings().db)


def _summary(result: object) -> str:
    from detente.lists.snapshots import ImportResult

    assert isinstance(result, ImportResult)
    snap = result.snapshot
    state = "stored" if result.created else "already stored"
    return clean(
        f"{snap.source} snapshot {snap.id} of {snap.as_of}: {snap.entries} entries ({state})"
    )


@click.group("lists")
def lists() -> None:
    """Official sanctions lists: snapshots, diffs, official events."""


@lists.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--source", "fmt", type=click.Choice(list(FORMATS)), required=True, help="File format."
)
@click.option("--as-of", type=_DATE, help="Publication date (default: the file's own, else today).")
@db_option
def import_(file: Path, fmt: str, as_of: object, db: str | None) -> None:
    """Store a list file as a dated snapshot; record official events."""
    from detente.lists.snapshots import import_list

    day = as_of.date().isoformat() if as_of else None  # type: ignore[attr-defined]
    with _store(db) as store:
        click.echo(_summary(import_list(store, file, fmt, as_of=day)))


@lists.command("fetch")
@click.option(
    "--source", "fmt", type=click.Choice(list(FORMATS)), required=True, help="File format."
)
@click.option("--url", "urls", multiple=True, help="Download from here instead (repeatable).")
@click.option(
    "--allow-private", is_flag=True, help="Allow private, loopback or link-local addresses."
)
@db_option
def fetch(fmt: str, urls: tuple[str, ...], allow_private: bool, db: str | None) -> None:
    """Download the publisher's current file and import it."""
    from detente.lists.fetch import FetchOptions, fetch_list
    from detente.lists.snapshots import import_list

    with _store(db) as store, tempfile.TemporaryDirectory() as tmp:
        path = fetch_list(store, fmt, Path(tmp), list(urls), FetchOptions(allow_private))
        if path is None:
            click.echo(f"{fmt}: not modified since the last download")
            return
        click.echo(_summary(import_list(store, path, fmt, origin=(urls or FORMATS[fmt].urls)[0])))


@lists.command("diff")
@click.option(
    "--source", required=True, type=click.Choice(sorted({*SOURCES, *FORMATS})), help="List."
)
@click.option("--from", "from_date", type=_DATE, help="Compare from the snapshot in force then.")
@click.option("--to", "to_date", type=_DATE, help="Compare to the snapshot in force then.")
@format_option(DIFF_FORMATS)
@db_option
def diff(source: str, from_date: object, to_date: object, fmt: str, db: str | None) -> None:
    """Entries added, removed and amended between two snapshots."""
    from detente.lists.diff import diff as compute
    from detente.lists.render import render_diff

    start = from_date.date().isoformat() if from_date else None  # type: ignore[attr-defined]
    end = to_date.date().isoformat() if to_date else None  # type: ignore[attr-defined]
    with _store(db) as store:
        click.echo(render_diff(compute(store, source, start, end), fmt), nl=False)
