"""Tests for the command line: in-process with CliRunner, and as a real ``detente`` process."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
from click.testing import CliRunner, Result

from detente.cli import main
from detente.model import Analysis, Document, StoredEvent
from detente.store import open_store

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

FIXTURES = Path(__file__).parent / "fixtures" / "cli"
SEED = Path(__file__).parent / "fixtures" / "render" / "analysis.json"
SCHEMA = Path(__file__).parent.parent / "detente" / "schema" / "analysis.schema.json"
DETENTE = Path(sys.executable).parent / "detente"
SWAP, SANCTIONS, HTML = (FIXTURES / n for n in ("swap.txt", "sanctions.txt", "article.html"))
BAD_INPUTS = {
    "empty.txt": "empty input",
    "binary.txt": "binary data, not text",
    "latin1.txt": "not valid UTF-8 text",
    "no_article.html": "no article text found in the HTML",
    "missing.txt": "no such file or directory",
}
SUMMARY = re.compile(
    r"^(\d+) documents stored, (\d+) already present, (\d+) failed; "
    r"(\d+) events, (\d+) exchanges, (\d+) stocks$"
)


class SessionExtractor:
    """Calls the session's real extractor, loading the spaCy model only if a test extracts."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self.request = request

    def __call__(self, doc: Document) -> Analysis:
        extractor: Extractor = self.request.getfixturevalue("spacy_extractor")
        return extractor(doc)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Analysis]:
        """Analyse documents in batches, as the real extractor does."""
        extractor: Extractor = self.request.getfixturevalue("spacy_extractor")
        return extractor.pipe(docs)


@pytest.fixture
def cli(request: pytest.FixtureRequest) -> Any:
    """Run the CLI in-process; extraction uses the session's shared extractor."""

    def run(*args: str | Path, obj: dict[str, Any] | None = None, stdin: bytes = b"") -> Result:
        context = {"extractor": SessionExtractor(request)} if obj is None else obj
        return CliRunner().invoke(main, [str(a) for a in args], obj=context, input=stdin)

    return run


@pytest.fixture
def db(shared_db_url: str) -> str:
    return shared_db_url


def one_error_line(stderr: str) -> str:
    """Assert stderr is exactly one ``detente: error:`` line without a traceback; return it."""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("detente: error: ")
    return lines[0]


# --- analyze ------------------------------------------------------------------------------


def test_analyze_text(cli: Any) -> None:
    result = cli("analyze", SWAP)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("== Belarus frees 31 prisoners as Washington eases curbs")
    assert f"({SWAP}, 2026-03-04)" in lines[0]
    assert any(" release BLR freed " in line for line in lines)
    assert result.stderr == ""


def test_analyze_json_single_is_pretty_and_valid(cli: Any) -> None:
    result = cli("analyze", "--format", "json", SWAP)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") > 5
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    analysis = Analysis.model_validate(data)
    assert analysis.document.id == Document.content_id(document_text(SWAP))
    assert analysis.document.published == "2026-03-04"


def document_text(path: Path) -> str:
    """The normalised document text as the ingester builds it."""
    from detente.ingest import iter_documents

    (doc,) = iter_documents([str(path)])
    assert isinstance(doc, Document)
    return doc.text


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_analyze_several_inputs_one_object_per_line(cli: Any, fmt: str) -> None:
    result = cli("analyze", "--format", fmt, SWAP, SANCTIONS, HTML)
    assert result.exit_code == 0, result.output
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    sources = [Analysis.model_validate_json(line).document.source for line in lines]
    assert sources == [str(SWAP), str(SANCTIONS), str(HTML)]


def test_analyze_stdin(cli: Any) -> None:
    result = cli("analyze", "--format", "jsonl", "-", stdin=SANCTIONS.read_bytes())
    assert result.exit_code == 0, result.output
    analysis = Analysis.model_validate_json(result.stdout)
    assert (analysis.document.source, analysis.document.published) == ("-", "2026-02-10")


def test_analyze_markdown(cli: Any) -> None:
    result = cli("analyze", "--format", "markdown", SWAP)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("## Belarus frees 31 prisoners")
    assert "### Events" in result.stdout


def test_analyze_output_file(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = cli("analyze", "--format", "jsonl", "-o", out, SANCTIONS)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    analysis = Analysis.model_validate_json(out.read_text(encoding="utf-8"))
    assert (
        analysis.document.title == "EU extends asset freezes on Iranian officials for another year"
    )


def test_analyze_published_override(cli: Any) -> None:
    result = cli("analyze", "--format", "json", "--published", "2026-03-10", SWAP)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["published"] == "2026-03-10"


def test_analyze_strips_terminal_controls(cli: Any) -> None:
    result = cli("analyze", FIXTURES / "controls.txt")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert result.stdout.startswith("== Minsk frees blogger [2J]0;pwned early")


def test_analyze_bad_inputs_do_not_stop_the_good_ones(cli: Any) -> None:
    bad = [FIXTURES / name for name in BAD_INPUTS]
    result = cli("analyze", "--format", "jsonl", bad[0], SWAP, *bad[1:], SANCTIONS)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors == [f"detente: error: {path}: {BAD_INPUTS[path.name]}" for path in bad]
    sources = [
        Analysis.model_validate_json(line).document.source for line in result.stdout.splitlines()
    ]
    assert sources == [str(SWAP), str(SANCTIONS)]


def test_analyze_all_inputs_bad_exits_2(cli: Any) -> None:
    result = cli("analyze", FIXTURES / "empty.txt", FIXTURES / "binary.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "Invalid value for '--format': 'xml' is not one of"),
        (["--published", "2026-02-30"], "invalid date '2026-02-30' (expected YYYY-MM-DD)"),
        (["--published", "March 4"], "invalid date 'March 4'"),
        (["--bogus"], "No such option '--bogus'"),
    ],
)
def test_analyze_usage_errors_are_one_line(cli: Any, args: list[str], message: str) -> None:
    result = cli("analyze", *args, SWAP)
    assert result.exit_code == 2
    line = one_error_line(result.stderr)
    assert message in line and line.endswith("(see 'detente analyze --help')")
    assert result.stdout == ""


def test_analyze_requires_a_path(cli: Any) -> None:
    result = cli("analyze")
    assert result.exit_code == 2
    assert "Missing argument 'PATH...'" in one_error_line(result.stderr)


def test_unexpected_error_is_one_line(cli: Any) -> None:
    def broken(doc: Document) -> Analysis:
        raise RuntimeError("boom")

    result = cli("analyze", SWAP, obj={"extractor": broken})
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert line == (
        "detente: error: unexpected RuntimeError: boom (set DETENTE_DEBUG=1 for details)"
    )


def test_debug_lets_unexpected_errors_through(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(doc: Document) -> Analysis:
        raise RuntimeError("boom")

    monkeypatch.setenv("DETENTE_DEBUG", "1")
    result = cli("analyze", SWAP, obj={"extractor": broken})
    assert isinstance(result.exception, RuntimeError)


# --- ingest and the store commands --------------------------------------------------------


def ingest_summary(result: Result) -> tuple[int, ...]:
    match = SUMMARY.match(result.stdout.strip())
    assert match, result.stdout
    return tuple(int(g) for g in match.groups())


def test_ingest_then_reingest_stores_nothing_new(cli: Any, db: str) -> None:
    first = cli("ingest", "--db", db, SWAP, SANCTIONS)
    assert first.exit_code == 0, first.output
    stored, present, failed, n_events, _, _ = ingest_summary(first)
    assert (stored, present, failed) == (2, 0, 0)
    assert n_events >= 2
    again = cli("ingest", "--db", db, SANCTIONS, SWAP)
    assert again.exit_code == 0, again.output
    assert ingest_summary(again) == (0, 2, 0, 0, 0, 0)
    listed = cli("events", "--db", db, "--format", "json")
    assert len(json.loads(listed.stdout)) == n_events


def test_ingest_with_bad_input(cli: Any, db: str) -> None:
    result = cli("ingest", "--db", db, SWAP, FIXTURES / "empty.txt")
    assert result.exit_code == 1
    assert ingest_summary(result)[:3] == (1, 0, 1)
    assert one_error_line(result.stderr) == f"detente: error: {FIXTURES / 'empty.txt'}: empty input"


def test_ingest_progress_bar_for_many_inputs(cli: Any, db: str) -> None:
    result = cli("ingest", "--db", db, *([SANCTIONS] * 21))
    assert result.exit_code == 0, result.output
    assert ingest_summary(result)[:3] == (1, 20, 0)
    assert "ingest: " in result.stderr and "21" in result.stderr


@pytest.fixture
def seeded_db(db: str) -> str:
    """A store holding one known analysis (the renderer fixture), independent of the extractor."""
    analysis = Analysis.model_validate_json(SEED.read_text(encoding="utf-8"))
    ref = analysis.document
    doc = Document(id=ref.id, source=ref.source, title=ref.title, published=ref.published, text="x")
    with open_store(db) as store:
        assert store.add(doc, analysis)
    return db


def test_events_text_json_csv(cli: Any, seeded_db: str) -> None:
    as_json = cli("events", "--db", seeded_db, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    events = [StoredEvent.model_validate(e) for e in json.loads(as_json.stdout)]
    assert [e.key for e in events] == ["0f1e2d3c4b5a:e1", "0f1e2d3c4b5a:e2"]
    text = cli("events", "--db", seeded_db).stdout
    assert text.splitlines()[0].startswith("0f1e2d3c4b5a:e1  release BLR freed 123 (exact)")
    assert "\x1b" not in text
    as_csv = cli("events", "--db", seeded_db, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert [(r["key"], r["sectors"]) for r in rows] == [
        ("0f1e2d3c4b5a:e1", ""),
        ("0f1e2d3c4b5a:e2", "potash"),
    ]


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (["--type", "release"], ["e1"]),
        (["--actor", "usa"], ["e2"]),
        (["--target", "BLR"], ["e2"]),
        (["--since", "2025-12"], ["e1", "e2"]),
        (["--until", "2025-11-30"], []),
    ],
)
def test_events_filters(cli: Any, seeded_db: str, args: list[str], keys: list[str]) -> None:
    result = cli("events", "--db", seeded_db, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    assert [e["key"].split(":")[1] for e in json.loads(result.stdout)] == keys


def test_events_none_found(cli: Any, seeded_db: str) -> None:
    assert cli("events", "--db", seeded_db, "--until", "1999").stdout == "(no events)\n"


def test_exchanges_ledger(cli: Any, seeded_db: str) -> None:
    result = cli("exchanges", "--db", seeded_db)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "2025-12-13  BLR: released 123 political prisoners (incl. Ales Bialiatski, Maria "
        "<b>Kalesnikava</b>)  ↔  USA: eased sanctions on BLR (potash; Belaruskali)",
        '    "The release came in exchange for relief on potash."',
        "    source: Minsk frees 123 prisoners | deal (swap.txt, 2025-12-13)",
    ]
    deals = json.loads(cli("exchanges", "--db", seeded_db, "--format", "json").stdout)
    assert [len(d["events"]) for d in deals] == [2]
    assert cli("exchanges", "--db", seeded_db, "--actor", "GBR").stdout == "(no exchanges)\n"


def test_stocks(cli: Any, seeded_db: str) -> None:
    result = cli("stocks", "--db", seeded_db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["country"], r["count"], r["estimate_source"]) for r in rows] == [
        ("BLR", "1100", "Viasna")
    ]
    text = cli("stocks", "--db", seeded_db).stdout
    assert text.startswith("BLR: at least 1,100 still held (according to Viasna, as of 2025-12-13)")


@pytest.mark.parametrize("command", ["events", "exchanges", "stocks", "ingest"])
def test_bad_db_url(cli: Any, command: str, tmp_path: Path) -> None:
    args = [command, "--db", "nosuchdialect://x"] + ([str(SWAP)] if command == "ingest" else [])
    result = cli(*args)
    assert result.exit_code == 3
    assert "cannot open the store at 'nosuchdialect://x'" in one_error_line(result.stderr)


def test_bad_filter_values(cli: Any, db: str) -> None:
    result = cli("events", "--db", db, "--since", "last week")
    assert result.exit_code == 2
    assert "invalid date 'last week'" in one_error_line(result.stderr)
    result = cli("stocks", "--db", db, "--type", "arrest")
    assert result.exit_code == 2
    one_error_line(result.stderr)


# --- eval ---------------------------------------------------------------------------------


def test_eval_update_and_check(cli: Any, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    corpus = FIXTURES / "corpus"
    result = cli("eval", corpus, "--baseline", baseline, "--update-baseline", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "corpus" in json.loads(result.stdout)["splits"]
    assert json.loads(baseline.read_text())["corpus"]
    assert cli("eval", corpus, "--baseline", baseline, "--check").exit_code == 0
    floors = json.loads(baseline.read_text())
    floors["corpus"]["event_f1"] = 1.01
    baseline.write_text(json.dumps(floors))
    failed = cli("eval", corpus, "--baseline", baseline, "--check")
    assert failed.exit_code == 4
    assert "corpus: event_f1" in one_error_line(failed.stderr)
    assert failed.stdout.startswith("corpus: ")


def test_probe_check_fails_under_floor(cli: Any, tmp_path: Path) -> None:
    probes = Path(__file__).parent / "fixtures" / "probes"
    (tmp_path / "real.yaml").write_text((probes / "real.yaml").read_text())
    ok = cli("probe", tmp_path, "--check")
    assert ok.exit_code == 0, ok.output
    assert "all: 4/4 cases passed" in ok.stdout
    few = cli("probe", tmp_path, "--per-probe", "1")
    assert few.exit_code == 0 and "all: 2/2 cases passed" in few.stdout  # one of each probe
    assert cli("probe", tmp_path, "--per-probe", "0").exit_code == 2
    # the same sentences, now wrongly said to free no one: every case fails
    wrong = (
        (probes / "real.yaml")
        .read_text()
        .replace("expect: [{type: release", "xpect: [{type: release")
    )
    (tmp_path / "real.yaml").write_text(wrong)
    failed = cli("probe", tmp_path, "--check", "--verbose")
    assert failed.exit_code == 4
    assert "probe real/frees: 0.000 of 2 cases passed" in one_error_line(failed.stderr)


def test_eval_missing_corpus(cli: Any, tmp_path: Path) -> None:
    result = cli("eval", tmp_path / "nope")
    assert result.exit_code == 2
    one_error_line(result.stderr)


# --- a real process -----------------------------------------------------------------------


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DETENTE_DB": f"sqlite:///{cwd / 'default.db'}"}
    env.pop("DETENTE_DEBUG", None)
    return subprocess.run(
        [str(DETENTE), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env,
        timeout=300,
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_process_bad_input_one_line(name: str, tmp_path: Path) -> None:
    proc = run("analyze", FIXTURES / name, cwd=tmp_path)
    assert proc.returncode == 2
    assert one_error_line(proc.stderr) == f"detente: error: {FIXTURES / name}: {BAD_INPUTS[name]}"
    assert proc.stdout == ""


def test_process_fifty_megabytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    proc = run("analyze", big, cwd=tmp_path)
    assert proc.returncode == 2
    assert "larger than the 10485760 byte limit" in one_error_line(proc.stderr)


def test_process_private_url(tmp_path: Path) -> None:
    proc = run("analyze", "http://127.0.0.1:9/article", cwd=tmp_path)
    assert proc.returncode == 2
    assert "pass --allow-private to allow it" in one_error_line(proc.stderr)


def test_process_unknown_format(tmp_path: Path) -> None:
    proc = run("analyze", "--format", "yaml", SWAP, cwd=tmp_path)
    assert proc.returncode == 2
    assert one_error_line(proc.stderr) == (
        "detente: error: Invalid value for '--format': 'yaml' is not one of 'text', 'json', "
        "'jsonl', 'markdown'. (see 'detente analyze --help')"
    )


@pytest.mark.parametrize("url", ["nosuchdialect://x", "sqlite:////no/such/dir/x.db", "::"])
def test_process_bad_db_url(url: str, tmp_path: Path) -> None:
    proc = run("events", "--db", url, cwd=tmp_path)
    assert proc.returncode == 3
    assert "cannot open the store" in one_error_line(proc.stderr)


def test_process_multi_file_run(tmp_path: Path) -> None:
    proc = run("analyze", "--format", "jsonl", SANCTIONS, FIXTURES / "binary.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert one_error_line(proc.stderr).endswith("binary.txt: binary data, not text")
    (line,) = proc.stdout.splitlines()
    assert Analysis.model_validate_json(line).document.source == str(SANCTIONS)


def test_process_ingest_default_db_and_module_entry(tmp_path: Path) -> None:
    proc = run("ingest", SANCTIONS, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert SUMMARY.match(proc.stdout.strip())
    assert (tmp_path / "default.db").exists()
    module = subprocess.run(
        [sys.executable, "-m", "detente", "ingest", str(SANCTIONS)],
        capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "DETENTE_DB": f"sqlite:///{tmp_path / 'default.db'}"}, timeout=300,
    )  # fmt: skip
    assert module.returncode == 0, module.stderr
    assert module.stdout.startswith("0 documents stored, 1 already present, 0 failed")
