"""``detente screen``, ``detente corroborate`` and ``detente export --ftm`` (thin command bodies)."""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from detente.cli_options import baseline_option, db_option, format_option, output_option
from detente.errors import EvalError
from detente.lists.match import DEFAULT_THRESHOLD
from detente.lists.screen import DEFAULT_LIMIT, ScreenQuery
from detente.model import EntryType, ScreenHit
from detente.render import clean, error_line, one_line
from detente.settings import get_settings

if TYPE_CHECKING:
    from detente.store import Store

log = logging.getLogger(__name__)

SCREEN_FORMATS = ("text", "json", "csv")
HIT_COLUMNS = (
    "query", "rank", "score", "source", "entry_id", "name", "matched_name", "type", "countries",
    "programmes", "active", "delisted_on", "reasons",
)  # fmt: skip
Results = list[tuple[ScreenQuery, list[ScreenHit]]]


def _store(db: str | None) -> Store:
    from detente.store import open_store

    return open_store(db or get_settings().db)


def _hit_line(rank: int, hit: ScreenHit) -> str:
    e = hit.entry
    status = "listed" if hit.active else f"DELISTED {hit.delisted_on or '?'}"
    matched = f" as {hit.matched_name!r}" if hit.matched_name and hit.matched_name != e.name else ""
    return one_line(
        f"{rank:>3}. {hit.score:.3f}  {e.source}:{e.entry_id}  {e.name}{matched} [{e.type}; "
        f"{', '.join(e.countries) or '-'}; {', '.join(e.programmes) or '-'}] {status} "
        f"({', '.join(hit.reasons)})"
    )


def render_results(results: Results, fmt: str) -> str:
    """Screening results as ``text`` (per query, ranked), ``json`` or ``csv`` (one row per hit)."""
    if fmt == "json":
        payload = [{"query": q.name, "hits": [h.model_dump(mode="json") for h in hits]}
                   for q, hits in results]  # fmt: skip
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HIT_COLUMNS)
        for query, hits in results:
            for rank, h in enumerate(hits, start=1):
                e = h.entry
                writer.writerow([clean(str(v)) for v in (
                    query.name, rank, f"{h.score:.4f}", e.source, e.entry_id, e.name,
                    h.matched_name or "", e.type, "; ".join(e.countries), "; ".join(e.programmes),
                    h.active, h.delisted_on or "", "; ".join(h.reasons))])  # fmt: skip
        return out.getvalue()
    lines = []
    for query, hits in results:
        lines.append(one_line(f"{query.name}: {len(hits) or 'no'} candidate(s)"))
        lines += [_hit_line(rank, hit) for rank, hit in enumerate(hits, start=1)]
    return "\n".join(lines) + "\n"


def _eval(pairs: Path, threshold: float, baseline: Path, check: bool, update: bool) -> int:
    from detente.lists import screening_eval as ev

    report = ev.evaluate_pairs(pairs, threshold)
    click.echo(clean(report.to_text(verbose=True)), nl=False)
    if update:
        for change in ev.update_screening_floors(report, baseline) or [f"{baseline} unchanged"]:
            click.echo(f"detente: baseline: {clean(change)}", err=True)
    problems = ev.check_screening_floors(report, baseline) if check else []
    for problem in problems:
        click.echo(error_line(problem), err=True)
    return EvalError.exit_code if problems else 0


@click.command("screen")
@click.argument("name", required=False)
@click.option(
    "--country", help="Country of the screened party (name or alpha-3): agreement ranks higher."
)
@click.option(
    "--type",
    "type_",
    type=click.Choice([t.value for t in EntryType]),
    help="Only entries of this type.",
)
@click.option(
    "--csv",
    "csv_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Screen every row of a CSV file (header: name[,country][,type]).",
)
@click.option("--source", help="Only this list (ofac, eu, un, uk, ftm).")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Lowest score reported.",
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=DEFAULT_LIMIT,
    show_default=True,
    help="Candidates per name.",
)
@format_option(SCREEN_FORMATS)
@click.option(
    "--eval",
    "pairs",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Instead: precision/recall of the matcher on a labelled pairs CSV.",
)
@baseline_option("With --eval: file with the pinned floors (key 'screening').")
@click.option("--check", is_flag=True, help="With --eval: fail (exit 4) below the floors.")
@click.option("--update-baseline", is_flag=True, help="With --eval: raise the floors.")
@db_option
@click.pass_context
def screen(ctx: click.Context, name: str | None, country: str | None, type_: str | None,
           csv_file: Path | None, source: str | None, threshold: float, limit: int, fmt: str,
           pairs: Path | None, baseline: Path, check: bool, update_baseline: bool,
           db: str | None) -> None:  # fmt: skip
    """Screen names against the latest official lists (delisted entries flagged)."""
    from detente.lists.screen import load_index, read_queries
    from detente.lists.screen import screen as run

    if pairs is not None:
        ctx.exit(_eval(pairs, threshold, baseline, check, update_baseline))
    if (name is None) == (csv_file is None):
        raise click.UsageError("give a NAME or --csv FILE (not both)")
    kind = EntryType(type_) if type_ else None
    queries = read_queries(csv_file) if csv_file else [ScreenQuery(str(name), country, kind)]
    with _store(db) as store:
        results = list(run(load_index(store, source), queries, threshold, limit))
    click.echo(render_results(results, fmt), nl=False)


@click.command("corroborate")
@click.option(
    "--window",
    type=click.IntRange(0),
    default=None,
    help="Days of slack around the list change (default: $DETENTE_CORROBORATION_WINDOW).",
)
@db_option
def corroborate(window: int | None, db: str | None) -> None:
    """Check news sanctions events against the official lists; store the status."""
    from detente.lists.corroborate import corroborate as run

    days = get_settings().corroboration_window if window is None else window
    with _store(db) as store:
        matches = run(store, days)
    counts = _count(m.status for m in matches)
    click.echo(f"{len(matches)} news sanctions events: " + ", ".join(
        f"{n} {status}" for status, n in sorted(counts.items())) if matches else
        "no news sanctions events")  # fmt: skip


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


@click.command("export")
@click.option(
    "--ftm",
    is_flag=True,
    required=True,
    help="FollowTheMoney JSON lines: entities, sanctions, sanctions events.",
)
@output_option
@db_option
def export(ftm: bool, output: IO[str], db: str | None) -> None:
    """Export the store in an interchange format (FollowTheMoney)."""
    from detente.lists.ftm_export import write_ftm

    with _store(db) as store:
        count = write_ftm(store, output)
    click.echo(f"detente: exported {count} FtM records", err=True)
