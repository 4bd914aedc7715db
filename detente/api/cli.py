"""``detente serve``: the HTTP API (and dashboard) on uvicorn."""

from __future__ import annotations

import dataclasses
import logging
import os

import click

from detente.cli_options import db_option
from detente.settings import get_settings

log = logging.getLogger(__name__)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes (each with its own connections to the store).",
)
@db_option
def serve(host: str, port: int, workers: int, db: str | None) -> None:
    """Serve the HTTP API over the store until interrupted."""
    import uvicorn

    from detente.api import create_app

    settings = get_settings()
    if db:
        settings = dataclasses.replace(settings, db=db)
        os.environ["DETENTE_DB"] = db  # the workers build their app from the environment
    app = create_app(settings)  # opens the store: a bad URL is a one-line error here
    click.echo(f"detente: serving on http://{host}:{port} (docs at /docs)", err=True)
    # Keep-alive longer than a loaded client waits between two requests on one connection:
    # with the default 5 s, a connection closed just as a request goes out is a client error.
    options = {"host": host, "port": port, "log_level": "info", "server_header": False}
    if workers == 1:
        uvicorn.run(app, timeout_keep_alive=30, **options)  # type: ignore[arg-type]
        return
    app.state.store.close()
    uvicorn.run(
        "detente.api.app:create_app",
        factory=True,
        workers=workers,
        timeout_keep_alive=30,
        **options,  # type: ignore[arg-type]
    )
