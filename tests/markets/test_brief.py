"""The brief: every figure and citation checked against the store; HTML escaped and self-contained."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from detente.markets.brief import BriefOptions, build_brief, resolve_since
from detente.markets.brief_render import DISCLAIMER, render_brief
from detente.model import Analysis, Brief, Document, DocumentRef, Event, Filter
from detente.store import Store

from .conftest import SAMPLES

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
_NOT_FIGURES = re.compile(
    r"\d{4}-\d{2}(?:-\d{2})?(?:T[\d:+]+)?"  # dates and the as-of timestamp
    r"|\[\^\d+\]"  # footnote references
    r"|[0-9a-f]{12}:e\d+"  # event and deal ids
    r"|\S+\.v\d+"  # rule ids
)


def _brief(store: Store, **kw: object) -> Brief:
    return build_brief(store, BriefOptions(**kw), now=NOW)  # type: ignore[arg-type]


def _store_counts(store: Store, documents: set[str]) -> set[int]:
    view = store.view()
    counts = set()
    for doc in documents:
        counts |= {e.count for e in view.events(Filter(document=doc)) if e.count is not None}
    counts |= {s.count for s in view.stocks() if s.document.id in documents and s.count is not None}
    return counts


def test_every_figure_is_a_stored_count_of_a_cited_document(demo_store: Store) -> None:
    brief = _brief(demo_store)
    by_number = {c.n: c for c in brief.citations}
    lines = [*brief.deals, *brief.events, *brief.stocks]
    assert brief.deals and brief.events and brief.stocks
    for line in lines:
        assert line.cites, line.text
        docs = {by_number[n].ref for n in line.cites if by_number[n].kind == "document"}
        assert set(line.figures) <= _store_counts(demo_store, docs), line.text
        for figure in line.figures:
            assert f"{figure:,}" in line.text


def test_every_citation_resolves_in_the_store(demo_store: Store) -> None:
    brief = _brief(demo_store)
    view = demo_store.view()
    numbers = [c.n for c in brief.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    used = {
        n
        for line in [*brief.deals, *brief.events, *brief.exposure, *brief.stocks]
        for n in line.cites
    }
    assert used == set(numbers)
    for citation in brief.citations:
        if citation.kind == "document":
            doc = view.document(citation.ref)
            assert doc is not None and citation.label == (doc.title or doc.source)
        else:
            assert citation.kind == "knowledge"


def test_markdown_states_no_number_outside_the_store(demo_store: Store) -> None:
    text = render_brief(_brief(demo_store), "md")
    body = text.split("## Sources")[0]
    body = re.sub(r"\(data:image/svg\+xml;base64,[^)]*\)", "", body)
    stored = {e.count for e in demo_store.view().events() if e.count is not None}
    stored |= {s.count for s in demo_store.view().stocks() if s.count is not None}
    numbers = {
        int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", _NOT_FIGURES.sub(" ", body))
    }
    assert numbers and numbers <= stored
    for n in range(1, len(_brief(demo_store).citations) + 1):
        assert f"[^{n}]:" in text
    assert DISCLAIMER in text and "As of 2026-01-15T12:00:00+00:00" in text


def test_event_study_table_with_the_bundled_prices(demo_store: Store) -> None:
    brief = _brief(demo_store, prices=SAMPLES / "prices.csv", market="MKT")
    assert brief.impact is not None and brief.impact_cite is not None
    tickers = {r.ticker for r in brief.impact.results if r.car is not None}
    assert {"NTR", "MOS", "AER", "CVX"} <= tickers
    ntr = next(r for r in brief.impact.results if r.ticker == "NTR")
    assert ntr.trading_date == "2025-12-15" and ntr.expected == "down" and (ntr.car or 0) < 0
    text = render_brief(brief, "md")
    assert "## Event study" in text and f"{ntr.car:+.4f}" in text


def test_html_is_escaped_and_self_contained(demo_store: Store) -> None:
    evil = "<script>alert(1)</script> Belarus eases"
    doc = Document(
        id=Document.content_id(evil),
        source="evil.txt",
        title=evil,
        published="2025-12-20",
        text=evil,
    )
    event = Event(id="e1", type="sanctions_eased", actor="USA", target="BLR", date="2025-12-20",
                  entities=['<img src=x onerror="alert(2)">'], sectors=["potash"])  # fmt: skip
    from detente.aggregate import add_document

    add_document(
        demo_store,
        doc,
        Analysis(document=DocumentRef(id=doc.id, source=doc.source), events=[event]),
    )
    page = render_brief(_brief(demo_store), "html")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert (
        "<svg" in page
        and not re.search(r"""(src|href)=["']?https?:""", page)
        and "<link" not in page
    )
    md = render_brief(_brief(demo_store), "md")
    assert "<script>" not in md and "<img" not in md


def test_actor_and_period_narrow_the_brief(demo_store: Store) -> None:
    brief = _brief(demo_store, actor="blr", since="2025-09")
    assert brief.deals and all("BLR" in line.text for line in brief.deals)
    assert all(line.text >= "2025-09" for line in brief.events)
    assert [line.text[:3] for line in brief.stocks] == ["BLR"]
    assert _brief(demo_store, since="30d").events == []


def test_resolve_since() -> None:
    assert resolve_since("7d", NOW.date()) == "2026-01-08"
    assert resolve_since("2025-09", NOW.date()) == "2025-09"
    with pytest.raises(Exception, match="invalid --since"):
        resolve_since("last week")


def test_cli_writes_both_formats(demo_store: Store, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from detente.cli import main

    url = str(demo_store.engine.url.render_as_string(hide_password=False))
    for fmt in ("md", "html"):
        out = tmp_path / f"brief.{fmt}"
        result = CliRunner().invoke(main, ["brief", "--db", url, "--format", fmt, "-o", str(out),
                                           "--prices", str(SAMPLES / "prices.csv"), "--market", "MKT"])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert "Event study" in out.read_text(encoding="utf-8")
