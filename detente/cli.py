"""The ``detente`` command line: one command per verb; bodies parse options and call the library.

Every error reaches the user as one line on stderr, ``detente: error: <message>``, with the exit
code of its :class:`~detente.errors.DetenteError` class (1 for unexpected errors, 2 for usage
errors). Set ``DETENTE_DEBUG=1`` to get the traceback of unexpected errors instead.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import click

from detente.cli_options import (
    baseline_option,
    db_option,
    filter_options,
    format_option,
    make_filter,
    open_store,
    output_option,
    stack,
)
from detente.errors import E_BAD_DATE, DetenteError, EvalError, InputError
from detente.model import Analysis, Document, Filter
from detente.render import (
    ANALYSIS_FORMATS,
    AnalysisFormat,
    RecordFormat,
    clean,
    error_line,
    render_analyses,
    render_deals,
    render_events,
    render_stocks,
)
from detente.settings import get_settings

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor
    from detente.ingest import IngestOptions

log = logging.getLogger(__name__)

DEBUG_ENV = "DETENTE_DEBUG"
# Show a progress bar on a terminal, or for runs long enough to need one even when logged.
PROGRESS_MIN_INPUTS = 20
EXIT_SOME_FAILED = 1
F = TypeVar("F", bound=Callable[..., Any])


class OneLineError(click.ClickException):
    """A click error shown as the single line ``detente: error: <message>``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = code  # type: ignore[misc]  # click declares it a ClassVar

    def show(self, file: IO[Any] | None = None) -> None:
        """Print the message as one line on stderr."""
        click.echo(error_line(self.format_message()), err=True)


def _debug() -> bool:
    # Read here rather than in settings.py: it must work even when settings cannot load.
    return os.environ.get(DEBUG_ENV, "").strip().lower() in ("1", "true", "yes")


def _one_line(exc: BaseException) -> OneLineError:
    code = int(getattr(exc, "exit_code", 1))
    if isinstance(exc, click.UsageError) and exc.ctx is not None:
        hint = f" (see '{exc.ctx.command_path} --help')"
        return OneLineError(exc.format_message() + hint, code)
    if isinstance(exc, click.ClickException):
        return OneLineError(exc.format_message(), code)
    if isinstance(exc, DetenteError):
        return OneLineError(str(exc), code)
    return OneLineError(f"unexpected {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 for details)")


class DetenteGroup(click.Group):
    """A click group that turns every error into one line on stderr."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """Parse the group's own options, reporting usage errors as one line."""
        try:
            return super().make_context(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise _one_line(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        """Run the subcommand; the one place where errors are caught and reported."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, click.exceptions.NoArgsIsHelpError):
            raise
        except (click.ClickException, DetenteError) as exc:
            raise _one_line(exc) from None
        except Exception as exc:
            if _debug() or (isinstance(exc, OSError) and exc.errno == errno.EPIPE):
                raise
            log.debug("unexpected error", exc_info=True)
            raise _one_line(exc) from None


class Failures:
    """Counts bad inputs of a run and prints each as one line."""

    def __init__(self, write: Callable[[str], None] | None = None) -> None:
        self.count = 0
        self.write = write or (lambda line: click.echo(line, err=True))

    def __call__(self, error: InputError) -> None:
        """Report one bad input."""
        self.count += 1
        self.write(error_line(str(error)))

    def only_analyses(self, items: Iterable[Analysis | InputError]) -> Iterator[Analysis]:
        """Report InputError values and pass the analyses on."""
        for item in items:
            if isinstance(item, InputError):
                self(item)
            else:
                yield item

    def exit(self, ctx: click.Context, processed: int) -> None:
        """Exit non-zero when inputs failed: 1 if some were processed, 2 if none were."""
        if self.count:
            ctx.exit(EXIT_SOME_FAILED if processed else InputError.exit_code)


# --- option helpers -----------------------------------------------------------------------


def _check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise click.BadParameter(E_BAD_DATE.format(value=value))


def _ingest_options(f: F) -> F:
    return stack(
        f,
        click.option("--published", metavar="YYYY-MM-DD", callback=_check_published,
                     help="Publication date to use instead of the one found in the article."),
        click.option("--allow-private", is_flag=True,
                     help="Allow fetching URLs on private, loopback or link-local addresses."),
    )  # fmt: skip


def _options(published: str | None, allow_private: bool) -> IngestOptions:
    from detente.ingest import IngestOptions

    return IngestOptions(published=published, allow_private=allow_private)


def _extractor(ctx: click.Context) -> Extractor:
    """The run's extractor (tests may pass one in ``obj``); the model loads on first use."""
    obj = ctx.ensure_object(dict)
    if "extractor" not in obj:
        from detente.extract.pipeline import Extractor

        obj["extractor"] = Extractor(get_settings().model)
    return cast("Extractor", obj["extractor"])


def _extract(ctx: click.Context, doc: Document) -> Analysis:
    analysis: Analysis = _extractor(ctx)(doc)
    return analysis


def _query(db: str | None, kind: str, flt: Filter) -> list[Any]:
    with open_store(db) as store:
        return cast(list[Any], getattr(store.view(), kind)(flt))


# --- commands -----------------------------------------------------------------------------


@click.group(cls=DetenteGroup, name="detente")
@click.version_option(package_name="detente", prog_name="detente")
@click.option(
    "--log-level",
    type=click.Choice(["warning", "info", "debug"]),
    default="warning",
    show_default=True,
    help="Log messages of this level and above to stderr.",
)
def main(log_level: str) -> None:
    """Turn news articles into a source-cited record of prisoner diplomacy."""
    logging.basicConfig(level=log_level.upper(), format="detente: %(levelname)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option(
    ANALYSIS_FORMATS, help_text="Output format; json with several documents is JSON Lines."
)
@_ingest_options
@output_option
@click.pass_context
def analyze(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    published: str | None,
    allow_private: bool,
    output: IO[str],
) -> None:
    """Extract events, deals and stocks from articles; print them."""
    from detente.workflow import analyze_documents, read_inputs

    failures = Failures()
    items = read_inputs(paths, _options(published, allow_private))
    analyses = failures.only_analyses(analyze_documents(items, functools.partial(_extract, ctx)))
    processed = 0
    for text in render_analyses(analyses, cast(AnalysisFormat, fmt)):
        output.write(text)
        output.flush()
        processed += 1
    failures.exit(ctx, processed)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@_ingest_options
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    published: str | None,
    allow_private: bool,
) -> None:
    """Extract articles and add them to the store."""
    from tqdm import tqdm

    from detente.workflow import ingest_documents, read_inputs

    show_bar = sys.stderr.isatty() or len(paths) > PROGRESS_MIN_INPUTS
    failures = Failures(lambda line: tqdm.write(line, file=sys.stderr))
    with open_store(db) as store:
        items = read_inputs(paths, _options(published, allow_private))
        with tqdm(items, desc="ingest", unit="doc", file=sys.stderr, disable=not show_bar) as bar:
            summary = ingest_documents(store, bar, functools.partial(_extract, ctx), failures)
    click.echo(summary.line())
    failures.exit(ctx, summary.stored + summary.present)


@main.command()
@filter_options
def events(db: str | None, fmt: str, **flt: Any) -> None:
    """List stored events with their evidence and source."""
    from detente.lists.corroborate import with_corroboration

    with open_store(db) as store:  # news sanctions events carry their official-list status
        records = with_corroboration(store, store.view().events(make_filter(flt)))
    click.echo(render_events(records, cast(RecordFormat, fmt)), nl=False)


@main.command()
@filter_options
def exchanges(db: str | None, fmt: str, **flt: Any) -> None:
    """Print the deal ledger: what each side gave, with sources."""
    records = _query(db, "deals", make_filter(flt))
    click.echo(render_deals(records, cast(RecordFormat, fmt)), nl=False)


@main.command()
@filter_options
def stocks(db: str | None, fmt: str, **flt: Any) -> None:
    """List stored estimates of how many people remain held."""
    records = _query(db, "stocks", make_filter(flt))
    click.echo(render_stocks(records, cast(RecordFormat, fmt)), nl=False)


@main.command("eval")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@baseline_option("JSON file with the pinned precision/recall/F1 floors.")
@click.option("--check", is_flag=True, help="Fail (exit 4) if a score is below its floor.")
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Raise the floors in the baseline to the scores of this run.",
)
@click.option(
    "--allow-regression", is_flag=True, help="With --update-baseline: also allow floors to go down."
)
@click.option("--verbose", is_flag=True, help="List every missed and spurious item.")
@format_option(["text", "json"], help_text="Output format of the report.")
@click.option(  # --- aggregate ---
    "--clusters",
    is_flag=True,
    help="Score event and deal clustering on a cross-document corpus (eval/clusters).",
)
@click.option(
    "--against",
    "against",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Score a second annotation (<slug>.events.json files in DIR) instead of the extractor.",
)
@click.pass_context
def eval_(
    ctx: click.Context,
    corpus_dir: Path,
    baseline: Path,
    check: bool,
    update_baseline: bool,
    allow_regression: bool,
    verbose: bool,
    fmt: str,
    clusters: bool,
    against: tuple[Path, ...],
) -> None:
    """Score extraction (or a second annotation) against an annotated corpus; gate on floors."""
    from detente.evaluation import check_floors, evaluate
    from detente.evaluation import update_baseline as update
    from detente.evaluation.agreement import SecondAnnotation

    if clusters:  # --- aggregate: the cross-document gate has the same shape ---
        from detente.evaluation.clusters import CLUSTER_GATE

        evaluate, check_floors, update = cast(Any, CLUSTER_GATE)
    report = evaluate(corpus_dir, SecondAnnotation(list(against)) if against else _extractor(ctx))
    click.echo(clean(report.to_json() if fmt == "json" else report.to_text(verbose)), nl=False)
    if update_baseline:
        changes = update(report, baseline, allow_regression=allow_regression)
        for change in changes or [f"{baseline} unchanged"]:
            click.echo(f"detente: baseline: {clean(change)}", err=True)
    if check:
        problems = check_floors(report, baseline)
        for problem in problems:
            click.echo(error_line(problem), err=True)
        if problems:
            ctx.exit(EvalError.exit_code)


@main.command()
@click.argument("probe_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--verbose", is_flag=True, help="Show some failed sentences of each probe.")
@click.option("--check", is_flag=True, help="Fail (exit 4) if a probe passes under its floor.")
@click.option(
    "--per-probe", type=click.IntRange(min=1), default=None,
    help="At most this many cases of each probe (a fixed sample; default all).",
)  # fmt: skip
@click.pass_context
def probe(
    ctx: click.Context, probe_dir: Path, verbose: bool, check: bool, per_probe: int | None
) -> None:
    """Run behavioural probes (templated sentences, eval/probes) through the extractor."""
    from detente.evaluation import probes

    results = probes.run(probe_dir, _extractor(ctx).pipe, per_probe)
    click.echo(clean(probes.report(results, verbose)), nl=False)
    problems = probes.below_floor(results)
    for problem in problems if check else []:
        click.echo(error_line(problem), err=True)
    if check and problems:
        ctx.exit(EvalError.exit_code)


# --- commands from other layers ---
from detente.aggregate.cli import COMMANDS as AGGREGATE_COMMANDS  # noqa: E402

for _command in AGGREGATE_COMMANDS:  # canonical, deals, timeline, persons, person, recluster
    main.add_command(_command)

from detente.lists.cli import lists  # noqa: E402

main.add_command(lists)

from detente.api.cli import serve  # noqa: E402

main.add_command(serve)

from detente.lists.cli_screen import corroborate, export, screen  # noqa: E402

main.add_command(screen)
main.add_command(corroborate)
main.add_command(export)

from detente.markets.cli import COMMANDS as MARKETS_COMMANDS  # noqa: E402

for _command in MARKETS_COMMANDS:  # exposure, impact, brief
    main.add_command(_command)
