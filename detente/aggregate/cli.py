"""Commands of the aggregate layer: canonical events, deals, timeline, persons, recluster.

Registered in :mod:`detente.cli`; bodies parse options, call one library function and print.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, cast

import click

from detente.cli_options import (
    FILTERS,
    db_option,
    filter_options,
    format_option,
    make_filter,
    open_store,
    stack,
)
from detente.errors import ConfigError
from detente.model import Filter
from detente.render import RECORD_FORMATS, RecordFormat, clean

log = logging.getLogger(__name__)

E_NO_PERSON = "no released person matches {query!r} (see 'detente persons')"


def _format_option(f: Any) -> Any:
    return format_option(RECORD_FORMATS)(f)


@click.command()
@filter_options
def canonical(db: str | None, fmt: str, **flt: Any) -> None:
    """List canonical events: one per real happening, with every report."""
    from detente.aggregate import canonical_events
    from detente.aggregate.render import render_canonical

    with open_store(db) as store:
        records = canonical_events(store, make_filter(flt))
    click.echo(render_canonical(records, cast(RecordFormat, fmt)), nl=False)


@click.command()
@filter_options
def deals(db: str | None, fmt: str, **flt: Any) -> None:
    """Print the deal ledger across sources: one line per real deal."""
    from detente.aggregate import deals as find_deals
    from detente.aggregate.render import render_canonical_deals

    with open_store(db) as store:
        records = find_deals(store, make_filter(flt))
    click.echo(render_canonical_deals(records, cast(RecordFormat, fmt)), nl=False)


def _timeline_options(f: Any) -> Any:
    chosen = [row for row in FILTERS if row[0] in ("--actor", "--since", "--until")]
    return stack(
        f,
        db_option,
        *(click.option(name, metavar=mv, help=h, callback=cb) for name, mv, h, cb in chosen),
        _format_option,
        click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
                     help="Also draw the timeline to FILE (.png or .svg)."),
    )  # fmt: skip


@click.command()
@_timeline_options
def timeline(
    db: str | None,
    fmt: str,
    plot: Path | None,
    actor: str | None,
    since: str | None,
    until: str | None,
) -> None:
    """Month by month: releases, sanctions, stock estimates, yearly totals."""
    from detente.aggregate import timeline as build
    from detente.aggregate.plot import plot_timeline
    from detente.aggregate.render import render_timeline

    with open_store(db) as store:
        result = build(store, Filter(actor=actor, since=since, until=until))
    if plot is not None:
        plot_timeline(result, plot)
    click.echo(render_timeline(result, cast(RecordFormat, fmt)), nl=False)


def _persons_options(f: Any) -> Any:
    chosen = [row for row in FILTERS if row[0] != "--target"]
    return stack(
        f,
        db_option,
        *(click.option(name, metavar=mv, help=h, callback=cb) for name, mv, h, cb in chosen),
        _format_option,
    )


@click.command()
@_persons_options
def persons(db: str | None, fmt: str, **flt: Any) -> None:
    """List named released people, resolved across spellings."""
    from detente.aggregate import persons as find_persons
    from detente.aggregate.render import render_persons

    with open_store(db) as store:
        people = find_persons(store, Filter(**flt))
    click.echo(render_persons(people, cast(RecordFormat, fmt)), nl=False)


@click.command()
@click.argument("name", metavar="NAME")
@db_option
@_format_option
def person(name: str, db: str | None, fmt: str) -> None:
    """Show one person's record: every release, with sources."""
    from detente.aggregate import person as find_person
    from detente.aggregate.render import render_persons

    with open_store(db) as store:
        record = find_person(store, name)
    if record is None:
        raise ConfigError(E_NO_PERSON.format(query=clean(name)))
    click.echo(render_persons([record], cast(RecordFormat, fmt)), nl=False)


@click.command()
@db_option
def recluster(db: str | None) -> None:
    """Recompute near-duplicate groups and canonical events from scratch."""
    from detente.aggregate import recluster as rebuild

    with open_store(db) as store:
        documents, events = rebuild(store)
    click.echo(f"{documents} documents, {events} events clustered")


COMMANDS: tuple[click.Command, ...] = (canonical, deals, timeline, persons, person, recluster)
"""The commands this layer adds to ``detente``."""
