"""``detente serve``: the HTTP API (and dashboard) on uvicorn."""

from __future__ import annotations

import dataclasses
import logging

import click

from detente.cli_options import db_option
from detente.settings import get_settings

log = logging.getLogger(__name__)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port."
)
@db_option
def serve(host: str, port: int, db: str | None) -> None:
    """Serve the HTTP API over the store until interrupted."""
    import uvicorn

    from detente.api import create_app

    settings = get_settings()
    if db:
        settings = dataclasses.replace(settings, db=db)
    app = create_app(settings)  # opens the store: a bad URL is a one-line error here
    click.echo(f"detente: serving on http://{host}:{port} (docs at /docs)", err=True)
    # Keep-alive longer than a loaded client waits between two requests on one connection:
    # with the default 5 s, a connection closed just as a request goes out is a client error.
    uvicorn.run(
        app, host=host, port=port, log_level="info", server_header=False, timeout_keep_alive=30
    )
