"""Errors detente raises. Each carries a one-line, user-facing message; the CLI maps them to exit codes.

Messages are named constants here (spaCy's ``E001`` habit) so that wording lives in one place.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code = 1


class InputError(DetenteError):
    """An input (file, URL, stream, record) cannot be read as an article."""

    exit_code = 2

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class StoreError(DetenteError):
    """The store cannot be opened or written."""

    exit_code = 3


class ConfigError(DetenteError):
    """A setting or option has an invalid value."""

    exit_code = 2


class EvalError(DetenteError):
    """The evaluation corpus or baseline is malformed, or a floor is not met."""

    exit_code = 4


# Input messages
E_EMPTY = "empty input"
E_BINARY = "binary data, not text"
E_ENCODING = "not valid UTF-8 text"
E_TOO_LARGE = "larger than the {limit} byte limit"
E_NO_ARTICLE = "no article text found in the HTML"
E_NOT_FOUND = "no such file or directory"
E_UNSUPPORTED = "unsupported file type {suffix!r} (expected .txt, .html, .htm, .jsonl)"
E_JSONL_RECORD = "line {line}: {problem}"
E_PRIVATE_URL = "refusing to fetch a private, loopback or link-local address ({host}); pass --allow-private to allow it"
E_FETCH = "cannot fetch: {problem}"
E_BAD_DATE = "invalid date {value!r} (expected YYYY-MM-DD)"
# Store messages
E_BAD_DB_URL = "cannot open the store at {url!r}: {problem}"
# Config messages
E_BAD_MODEL = "cannot load the spaCy model {name!r}: {problem}"
E_UNREADABLE = "cannot read: {problem}"
# Evaluation messages
E_EVAL_NO_ARTICLES = "no articles (*.txt) in the evaluation corpus"
E_EVAL_NO_GOLD = "no gold file {name} next to the article"
E_EVAL_NO_ARTICLE = "gold file without an article {name}"
E_EVAL_BAD_GOLD = "invalid gold file: {problem}"
E_EVAL_EVIDENCE = "gold evidence not in the article: {text!r} (run eval/tools/check_gold.py)"
E_EVAL_BAD_BASELINE = "invalid baseline: {problem}"
E_EVAL_UNKNOWN_FIGURE = "unknown figure {name!r} in split {split!r}"
E_EVAL_REGRESSION = "refusing to lower {figures}; pass --allow-regression to allow it"
E_STORE_WRITE = "cannot write to the store: {problem}"
E_STORE_READ = "cannot read the store: {problem}"
E_BAD_CURSOR = "invalid page cursor {value!r}"

# --- lists ---
# Sanctions list messages (detente.lists): file problems are InputError("<file>", message).
E_LIST_XML = "line {line}: not well-formed XML ({problem})"
E_LIST_ROOT = "not {kind} (root element {root!r}, expected {expected!r})"
E_LIST_RECORD = "line {line}: record {record}: {problem}"
E_LIST_ROW = "line {line}: {problem}"
E_LIST_EMPTY = "no list entries found"
E_LIST_FORMAT = "unknown list format {name!r} (expected one of: {choices})"
E_LIST_NO_SNAPSHOT = "no snapshot of the {source!r} list {when}"
E_LIST_SAME_SNAPSHOT = "nothing to compare: {source!r} has one snapshot up to that date ({as_of})"
