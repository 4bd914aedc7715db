"""Tests for detente.render: text, JSON, JSON Lines, Markdown and CSV output, and sanitising."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from detente import render
from detente.model import Analysis, Deal, StoredEvent, StoredStock

FIXTURE = Path(__file__).parent / "fixtures" / "render" / "analysis.json"


@pytest.fixture
def analysis() -> Analysis:
    return Analysis.model_validate_json(FIXTURE.read_text(encoding="utf-8"))


def stored(analysis: Analysis) -> tuple[list[StoredEvent], list[Deal], list[StoredStock]]:
    doc = analysis.document
    events = [
        StoredEvent(**e.model_dump(), key=f"{doc.id[:12]}:{e.id}", document=doc)
        for e in analysis.events
    ]
    deals = [Deal(document=doc, events=events, evidence=analysis.exchanges[0].evidence)]
    stocks = [StoredStock(**s.model_dump(), document=doc) for s in analysis.stocks]
    return events, deals, stocks


def test_clean_strips_controls_but_keeps_newline_and_tab() -> None:
    assert render.clean("a\x1b[31mb\x07c\x9bd\u202ee\tf\ng\x00") == "a[31mbcde\tf\ng"


def test_one_line_collapses_whitespace() -> None:
    assert render.one_line("  two\n lines\r\n\x1b here ") == "two lines here"


def test_md_escape() -> None:
    assert render.md_escape("a|b *c* <script>&") == r"a\|b \*c\* &lt;script&gt;&amp;"


def test_event_line_release(analysis: Analysis) -> None:
    assert render.event_line(analysis.events[0]) == (
        "e1 release BLR freed 123 (exact) political_prisoners "
        "incl. Ales Bialiatski, Maria <b>Kalesnikava</b> → LTU on 2025-12-13 [0.92]"
    )


def test_event_line_sanctions(analysis: Analysis) -> None:
    assert render.event_line(analysis.events[1]) == (
        "e2 sanctions_eased USA on BLR (potash; Belaruskali) on 2025-12-13 [0.80]"
    )


def test_analysis_text(analysis: Analysis) -> None:
    text = render.analysis_text(analysis)
    lines = text.splitlines()
    assert lines[0] == ("== Minsk frees 123 prisoners | deal (swap.txt, 2025-12-13) [0f1e2d3c4b5a]")
    assert lines[1].startswith("e1 release BLR freed 123")
    assert lines[2] == '    "Belarus freed 123 political prisoners, including Ales Bialiatski."'
    assert "deal: e1 ↔ e2 [0.75]" in lines
    assert (
        "stock: BLR: at least 1,100 still held (according to Viasna, as of 2025-12-13) [0.90]"
        in lines
    )
    assert "\x1b" not in text


def test_analysis_text_empty(analysis: Analysis) -> None:
    empty = Analysis(document=analysis.document)
    assert render.analysis_text(empty).splitlines()[1] == "(nothing found)"


def test_json_round_trips_and_escapes_controls(analysis: Analysis) -> None:
    text = render.analysis_json(analysis)
    assert "\x1b" not in text and "\\u001b" in text
    assert Analysis.model_validate_json(text) == analysis
    assert text.count("\n") > 10


def test_json_escapes_c1_and_bidi() -> None:
    text = render._dumps({"t": "a\x9bb\u202ec"}, None)
    assert text == '{"t": "a\\u009bb\\u202ec"}'
    assert json.loads(text) == {"t": "a\x9bb\u202ec"}


def test_jsonl_is_one_line(analysis: Analysis) -> None:
    text = render.render_analysis(analysis, "jsonl")
    assert text.endswith("\n") and text.count("\n") == 1
    assert Analysis.model_validate_json(text) == analysis


def test_markdown_deals_first_and_escaped(analysis: Analysis) -> None:
    md = render.analysis_markdown(analysis)
    assert md.index("### Deals") < md.index("### Events") < md.index("### Still held")
    assert "## Minsk frees 123 prisoners \\| deal" in md
    assert "<b>" not in md and "&lt;b&gt;Kalesnikava&lt;/b&gt;" in md
    assert "\\*Belaruskali\\*" in md
    assert "\x1b" not in md
    table = [line for line in md.splitlines() if line.startswith("| e")]
    assert len(table) == 2
    # Escaped pipes do not add columns: every row has the header's 7 cells.
    assert all(line.replace("\\|", "").count("|") == 8 for line in table)


def test_render_analyses_json_one_vs_many(analysis: Analysis) -> None:
    one = "".join(render.render_analyses([analysis], "json"))
    assert one.count("\n") > 10
    many = "".join(render.render_analyses([analysis, analysis], "json"))
    assert [Analysis.model_validate_json(line) for line in many.splitlines()] == [analysis] * 2
    assert list(render.render_analyses([], "json")) == []


def test_deal_summary(analysis: Analysis) -> None:
    assert render.deal_summary(analysis.events) == (
        "BLR: released 123 political prisoners (incl. Ales Bialiatski, Maria <b>Kalesnikava</b>)"
        "  ↔  USA: eased sanctions on BLR (potash; Belaruskali)"
    )


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"count": 1, "category": "journalists", "persons": []}, "released 1 journalist"),
        ({"count": None, "count_qualifier": None, "persons": []}, "released political prisoners"),
        ({"count_qualifier": "approx", "persons": []}, "released about 123 political prisoners"),
        ({"count": 2000, "category": None, "persons": []}, "released 2,000 people"),
    ],
)
def test_side_phrase_release(analysis: Analysis, changes: dict[str, object], phrase: str) -> None:
    event = analysis.events[0].model_copy(update=changes)
    assert render.side_phrase(event) == phrase


def test_side_phrase_renewed_sanctions(analysis: Analysis) -> None:
    event = analysis.events[1].model_copy(
        update={"type": "sanctions_imposed", "renewal": True, "sectors": [], "entities": []}
    )
    assert render.side_phrase(event) == "renewed sanctions on BLR"


def test_deals_text(analysis: Analysis) -> None:
    _, deals, _ = stored(analysis)
    lines = render.deals_text(deals).splitlines()
    assert lines[0].startswith("2025-12-13  BLR: released 123 political prisoners")
    assert lines[1] == '    "The release came in exchange for relief on potash."'
    assert lines[2] == "    source: Minsk frees 123 prisoners | deal (swap.txt, 2025-12-13)"


def test_empty_record_texts() -> None:
    assert render.render_events([], "text") == "(no events)\n"
    assert render.render_deals([], "text") == "(no exchanges)\n"
    assert render.render_stocks([], "text") == "(no stocks)\n"
    assert json.loads(render.render_events([], "json")) == []


def test_events_text_and_json(analysis: Analysis) -> None:
    events, _, _ = stored(analysis)
    text = render.render_events(events, "text")
    assert text.startswith("0f1e2d3c4b5a:e1  release BLR freed 123")
    assert "\x1b" not in text
    data = json.loads(render.render_events(events, "json"))
    assert [StoredEvent.model_validate(d) for d in data] == events


def test_events_csv(analysis: Analysis) -> None:
    events, _, _ = stored(analysis)
    rows = list(csv.DictReader(io.StringIO(render.render_events(events, "csv"))))
    assert tuple(rows[0]) == render.CSV_EVENT_COLUMNS
    assert rows[0]["persons"] == "Ales Bialiatski; Maria <b>Kalesnikava</b>"
    assert (
        rows[0]["evidence"] == "Belarus freed 123 political prisoners, including Ales Bialiatski."
    )
    assert rows[1]["sectors"] == "potash" and rows[1]["target"] == "BLR"
    assert "\x1b" not in rows[1]["evidence"]


def test_deals_and_stocks_csv(analysis: Analysis) -> None:
    _, deals, stocks = stored(analysis)
    deal_rows = list(csv.DictReader(io.StringIO(render.render_deals(deals, "csv"))))
    assert deal_rows[0]["events"] == "0f1e2d3c4b5a:e1; 0f1e2d3c4b5a:e2"
    assert deal_rows[0]["date"] == "2025-12-13"
    stock_rows = list(csv.DictReader(io.StringIO(render.render_stocks(stocks, "csv"))))
    assert stock_rows[0]["estimate_source"] == "Viasna"
    assert stock_rows[0]["source"] == "swap.txt"
    assert stock_rows[0]["count"] == "1100"


def test_csv_neutralises_formulas(analysis: Analysis) -> None:
    events, _, _ = stored(analysis)
    events[0].persons = ['=HYPERLINK("x")']
    rows = list(csv.DictReader(io.StringIO(render.render_events(events, "csv"))))
    assert rows[0]["persons"].startswith("'=")


def test_error_line_is_one_clean_line() -> None:
    assert render.error_line("bad\nthing\x1b[2J") == "detente: error: bad thing[2J"
