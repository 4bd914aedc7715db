"""Diff output: text (one line per change), JSON (the ListDiff) or CSV (one row per change)."""

from __future__ import annotations

import csv
import io
import json
import logging

from detente.lists.events import change_line
from detente.model import ListChange, ListDiff
from detente.render import clean

log = logging.getLogger(__name__)

DIFF_FORMATS = ("text", "json", "csv")
CSV_COLUMNS = tuple(ListChange.model_fields)


def render_diff(diff: ListDiff, fmt: str) -> str:
    """A diff in one of :data:`DIFF_FORMATS`; list text is cleaned of control characters."""
    if fmt == "json":
        return json.dumps(diff.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for change in diff.changes:
            row = change.model_dump(mode="json")
            writer.writerow(
                ["; ".join(v) if isinstance(v, list) else v for v in (row[c] for c in CSV_COLUMNS)]
            )
        return out.getvalue()
    head = (
        f"{diff.source}: {diff.before.as_of} -> {diff.after.as_of}: "
        f"{sum(c.kind == 'added' for c in diff.changes)} added, "
        f"{sum(c.kind == 'removed' for c in diff.changes)} removed, "
        f"{sum(c.kind == 'amended' for c in diff.changes)} amended"
    )
    return "\n".join([head, *(clean(change_line(c)) for c in diff.changes)]) + "\n"
