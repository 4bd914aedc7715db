"""Commands of the markets layer: exposure, impact, brief. Registered in :mod:`detente.cli`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, cast

import click

from detente.cli_options import db_option, format_option, open_store, output_option
from detente.markets.brief_render import BRIEF_FORMATS, BriefFormat
from detente.markets.render import MARKET_FORMATS, MarketFormat
from detente.model import StudyModel

log = logging.getLogger(__name__)


def _format_option(f: click.decorators.FC) -> click.decorators.FC:
    return format_option(MARKET_FORMATS)(f)


def _span(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, int]:
    try:
        start, end = (int(v) for v in value.split(","))
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected START,END (e.g. -5,5)") from None
    return start, end


@click.command()
@click.argument("ident", metavar="EVENT_OR_DEAL_ID")
@db_option
@_format_option
def exposure(ident: str, db: str | None, fmt: str) -> None:
    """Commodities and companies a stored event or deal touches, and how."""
    from detente.markets.exposure import exposure as find
    from detente.markets.render import render_exposure

    with open_store(db) as store:
        result = find(store, ident)
    click.echo(render_exposure(result, cast(MarketFormat, fmt)), nl=False)


@click.command()
@click.option(
    "--prices",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    metavar="FILE",
    help="Closing prices: date,ticker,close (.csv or .parquet).",
)
@click.option("--market", metavar="TICKER", help="Market index ticker in the price file.")
@click.option(
    "--window",
    default="-5,5",
    show_default=True,
    callback=_span,
    help="Event window in trading days around day 0.",
)
@click.option(
    "--estimation",
    default="-250,-30",
    show_default=True,
    callback=_span,
    help="Estimation window in trading days.",
)
@click.option(
    "--model",
    "model",
    type=click.Choice([m.value for m in StudyModel]),
    default="market",
    show_default=True,
    help="Normal-return model.",
)
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also draw the CAR paths to FILE (.png or .svg).",
)
@db_option
@_format_option
def impact(
    prices: Path, market: str | None, window: tuple[int, int], estimation: tuple[int, int],
    model: str, plot: Path | None, db: str | None, fmt: str,
) -> None:  # fmt: skip
    """Event study: abnormal returns of exposed tickers around stored sanctions events."""
    from detente.markets.impact import impact as study
    from detente.markets.plot import plot_car
    from detente.markets.render import render_impact
    from detente.markets.study import Design

    design = Design(StudyModel(model), market, window, estimation)
    with open_store(db) as store:
        result = study(store, prices, design)
    if plot is not None:
        plot_car(result, plot)
    click.echo(render_impact(result, cast(MarketFormat, fmt)), nl=False)


@click.command()
@click.option(
    "--since", metavar="DATE|Nd", help="Start of the period: a date, or 7d for the last 7 days."
)
@click.option(
    "--actor",
    metavar="CODE",
    help="Only this country (alpha-3): its releases, sanctions by or on it.",
)
@format_option(BRIEF_FORMATS, "md", "Markdown or one self-contained HTML page.")
@output_option
@click.option(
    "--prices",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Price file (date,ticker,close): adds an event-study table.",
)
@click.option(
    "--market", metavar="TICKER", help="Market index ticker (market model; else mean model)."
)
@db_option
def brief(
    since: str | None, actor: str | None, fmt: str, output: IO[str], prices: Path | None,
    market: str | None, db: str | None,
) -> None:  # fmt: skip
    """A cited brief: deals, releases and sanctions, exposure, event study, stocks."""
    from detente.markets.brief import BriefOptions, build_brief
    from detente.markets.brief_render import render_brief

    options = BriefOptions(since=since, actor=actor, prices=prices, market=market)
    with open_store(db) as store:
        result = build_brief(store, options)
    output.write(render_brief(result, cast(BriefFormat, fmt)))


COMMANDS: tuple[click.Command, ...] = (exposure, impact, brief)
"""The commands this layer adds to ``detente``."""
