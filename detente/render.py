"""Renderers: model objects to text, JSON, JSON Lines, Markdown and CSV strings (no I/O).

Article text is untrusted. Everything that reaches a terminal passes through :func:`clean`,
which removes C0/C1 control characters (except newline and tab) and bidirectional overrides, so
that an article cannot move the cursor, recolour the terminal or reorder what is displayed.
JSON output keeps the data exact but writes those characters as ``\\uXXXX`` escapes.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from pydantic import BaseModel

from detente.model import (
    Analysis,
    Deal,
    Event,
    Evidence,
    Exchange,
    OfficialMatch,
    Stock,
    StoredEvent,
    StoredStock,
)

log = logging.getLogger(__name__)

AnalysisFormat = Literal["text", "json", "jsonl", "markdown"]
RecordFormat = Literal["text", "json", "csv"]
ANALYSIS_FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "markdown")
RECORD_FORMATS: tuple[str, ...] = ("text", "json", "csv")

# C0 controls except \t and \n, DEL, C1 controls, and the bidi embeddings/overrides/isolates
# (U+202A-U+202E, U+2066-U+2069) that can make displayed text differ from its logical order.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same characters, which json.dumps(ensure_ascii=False) leaves raw (it escapes only C0).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
# Markdown punctuation that could start emphasis, code, links, tables, headings or images.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|~#!])")
# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EVIDENCE_INDENT = "    "

CATEGORY_WORDS: dict[str, tuple[str, str]] = {
    "political_prisoners": ("political prisoner", "political prisoners"),
    "foreign_nationals": ("foreign national", "foreign nationals"),
    "journalists": ("journalist", "journalists"),
    "hostages": ("hostage", "hostages"),
    "detainees": ("detainee", "detainees"),
    "other": ("person", "people"),
}
QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "approx": "about ",
    "at_least": "at least ",
    "at_most": "up to ",
}
CSV_EVENT_COLUMNS: tuple[str, ...] = (
    "key", "document_id", "source", "title", "published", "type", "actor", "target", "count",
    "count_qualifier", "category", "persons", "entities", "sectors", "destination", "date",
    "renewal", "cameo", "plover", "confidence", "evidence", "corroboration",
)  # fmt: skip
CSV_DEAL_COLUMNS: tuple[str, ...] = (
    "document_id", "source", "title", "published", "date", "events", "summary", "evidence",
)  # fmt: skip
CSV_STOCK_COLUMNS: tuple[str, ...] = (
    "document_id", "source", "title", "published", "country", "count", "count_qualifier",
    "estimate_source", "as_of", "confidence", "evidence",
)  # fmt: skip


# --- sanitising ---------------------------------------------------------------------------


def clean(text: str) -> str:
    """Remove terminal control characters (keeping newline and tab) from untrusted text."""
    return _CONTROL.sub("", text)


def one_line(text: str) -> str:
    """Clean text and collapse all whitespace (newlines included) to single spaces."""
    return _SPACES.sub(" ", clean(text)).strip()


def md_escape(text: str) -> str:
    """Escape untrusted text for one line of Markdown (tables included) and inline HTML."""
    text = one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _csv_cell(value: object) -> object:
    if isinstance(value, str):
        value = clean(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def _dumps(obj: Any, indent: int | None) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    # These characters can only occur inside JSON strings, where \\uXXXX is a valid escape.
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _plain(model: BaseModel) -> Any:
    return model.model_dump(mode="json")


# --- phrases ------------------------------------------------------------------------------


def _conf(value: float) -> str:
    return f"[{value:.2f}]"


def _quote(evidence: Sequence[Evidence]) -> list[str]:
    return [f'{EVIDENCE_INDENT}"{one_line(ev.text)}"' for ev in evidence[:1]]


def _doc_label(title: str | None, source: str, published: str | None) -> str:
    label = one_line(title) if title else one_line(source)
    extras = [one_line(source)] if title else []
    if published:
        extras.append(one_line(published))
    return f"{label} ({', '.join(extras)})" if extras else label


def event_line(event: Event) -> str:
    """One line describing an event, e.g. ``e1 release BLR freed 123 (exact) ... [0.92]``."""
    parts = [one_line(event.id), str(event.type), one_line(event.actor or "?")]
    if event.type == "release":
        parts.append("freed")
        if event.count is not None:
            parts.append(f"{event.count} ({event.count_qualifier or 'exact'})")
        if event.category:
            parts.append(str(event.category))
        if event.persons:
            parts.append("incl. " + ", ".join(one_line(p) for p in event.persons))
        if event.destination:
            parts.append(f"→ {one_line(event.destination)}")
    else:
        if event.target:
            parts.append(f"on {one_line(event.target)}")
        details = [*event.sectors, *event.entities]
        if details:
            parts.append("(" + "; ".join(one_line(d) for d in details) + ")")
        if event.renewal:
            parts.append("renewal")
    if event.date:
        parts.append(f"on {one_line(event.date)}")
    parts.append(_conf(event.confidence))
    return " ".join(parts)


def stock_line(stock: Stock) -> str:
    """One line describing a stock estimate: who holds how many, by whose count, as of when."""
    count = "an unstated number"
    if stock.count is not None:
        count = f"{QUALIFIER_WORDS.get(str(stock.count_qualifier or 'exact'), '')}{stock.count:,}"
    text = f"{one_line(stock.country or '?')}: {count} still held"
    extras = []
    if stock.source:
        extras.append(f"according to {one_line(stock.source)}")
    if stock.as_of:
        extras.append(f"as of {one_line(stock.as_of)}")
    if extras:
        text += " (" + ", ".join(extras) + ")"
    return f"{text} {_conf(stock.confidence)}"


def exchange_line(exchange: Exchange) -> str:
    """One line naming the traded events: ``deal: e1 ↔ e2 [0.80]``."""
    ids = " ↔ ".join(one_line(i) for i in exchange.events)
    return f"deal: {ids} {_conf(exchange.confidence)}"


def side_phrase(event: Event) -> str:
    """What one side gave, e.g. ``released 123 political prisoners (incl. Ales Bialiatski)``."""
    if event.type == "release":
        words = CATEGORY_WORDS.get(str(event.category or "other"), CATEGORY_WORDS["other"])
        if event.count is None:
            text = f"released {words[1]}"
        else:
            qualifier = QUALIFIER_WORDS.get(str(event.count_qualifier or "exact"), "")
            text = f"released {qualifier}{event.count:,} {words[0 if event.count == 1 else 1]}"
        if event.persons:
            text += " (incl. " + ", ".join(one_line(p) for p in event.persons) + ")"
        return text
    verb = "eased" if event.type == "sanctions_eased" else "imposed"
    if event.renewal:
        verb = "renewed"
    text = f"{verb} sanctions" + (f" on {one_line(event.target)}" if event.target else "")
    details = [*event.sectors, *event.entities]
    if details:
        text += " (" + "; ".join(one_line(d) for d in details) + ")"
    return text


def deal_summary(events: Sequence[Event]) -> str:
    """What each side gave: ``BLR: released …  ↔  USA: eased sanctions on BLR (…)``."""
    sides: dict[str, list[str]] = {}
    for event in events:
        sides.setdefault(one_line(event.actor or "?"), []).append(side_phrase(event))
    return "  ↔  ".join(f"{actor}: {'; '.join(phrases)}" for actor, phrases in sides.items())


def deal_date(deal: Deal) -> str:
    """The latest event date of a deal, else the publication date of its report, else ``?``."""
    dates = [e.date for e in deal.events if e.date]
    return one_line(max(dates) if dates else deal.document.published or "?")


# --- analyses -----------------------------------------------------------------------------


def analysis_text(analysis: Analysis) -> str:
    """A readable report of one analysis: header, events, deals and stocks with evidence."""
    doc = analysis.document
    lines = [f"== {_doc_label(doc.title, doc.source, doc.published)} [{doc.id[:12]}]"]
    for event in analysis.events:
        lines += [event_line(event), *_quote(event.evidence)]
    for exchange in analysis.exchanges:
        lines += [exchange_line(exchange), *_quote(exchange.evidence)]
    for stock in analysis.stocks:
        lines += ["stock: " + stock_line(stock), *_quote(stock.evidence)]
    if not (analysis.events or analysis.exchanges or analysis.stocks):
        lines.append("(nothing found)")
    return "\n".join(lines) + "\n"


def analysis_json(analysis: Analysis, *, pretty: bool = True) -> str:
    """The analysis as JSON (the output contract): pretty, or on one line for JSON Lines."""
    return _dumps(_plain(analysis), 2 if pretty else None) + "\n"


def analysis_markdown(analysis: Analysis) -> str:
    """A short Markdown report: deals first, then a table of events, then stocks."""
    doc = analysis.document
    out = [f"## {md_escape(doc.title or doc.source)}", ""]
    meta = [f"source: {md_escape(doc.source)}", f"id: `{md_escape(doc.id[:12])}`"]
    if doc.published:
        meta.append(f"published: {md_escape(doc.published)}")
    out += [" · ".join(meta), ""]
    by_id = {e.id: e for e in analysis.events}
    if analysis.exchanges:
        out += ["### Deals", ""]
        for ex in analysis.exchanges:
            summary = deal_summary([by_id[i] for i in ex.events if i in by_id])
            out.append(f"- {md_escape(summary)} ({md_escape(' ↔ '.join(ex.events))})")
            out += [f"  > {md_escape(ev.text)}" for ev in ex.evidence[:1]]
        out.append("")
    if analysis.events:
        out += ["### Events", "", "| id | type | actor | what | date | confidence | evidence |"]
        out.append("|---|---|---|---|---|---|---|")
        for e in analysis.events:
            cells = [e.id, str(e.type), e.actor or "", side_phrase(e), e.date or ""]
            row = [md_escape(c) for c in cells] + [f"{e.confidence:.2f}"]
            row.append(md_escape(e.evidence[0].text) if e.evidence else "")
            out.append("| " + " | ".join(row) + " |")
        out.append("")
    if analysis.stocks:
        out += ["### Still held", ""]
        out += [f"- {md_escape(stock_line(s))}" for s in analysis.stocks]
        out.append("")
    if not (analysis.events or analysis.stocks):
        out += ["_Nothing found._", ""]
    return "\n".join(out) + "\n"


def render_analysis(analysis: Analysis, fmt: AnalysisFormat) -> str:
    """Render one analysis in ``text``, ``json`` (pretty), ``jsonl`` or ``markdown``."""
    if fmt == "text":
        return analysis_text(analysis)
    if fmt == "json":
        return analysis_json(analysis, pretty=True)
    if fmt == "jsonl":
        return analysis_json(analysis, pretty=False)
    if fmt == "markdown":
        return analysis_markdown(analysis)
    raise ValueError(f"unknown analysis format {fmt!r}")


# --- stored records -----------------------------------------------------------------------


def _source_line(ref: Any) -> str:
    return f"{EVIDENCE_INDENT}source: {_doc_label(ref.title, ref.source, ref.published)}"


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def _evidence_cell(evidence: Sequence[Evidence]) -> str:
    return _join(one_line(ev.text) for ev in evidence)


def events_text(events: Sequence[StoredEvent]) -> str:
    """Stored events, one line each with their evidence sentence and source."""
    lines: list[str] = []
    for event in events:
        lines.append(f"{one_line(event.key)}  " + event_line(event).split(" ", 1)[1])
        lines += [*_quote(event.evidence), _source_line(event.document)]
        if event.corroboration is not None:  # lists layer: official lists back the news?
            lines.append(f"{EVIDENCE_INDENT}official lists: {corroboration_text(event)}")
    return "\n".join(lines) + "\n" if lines else "(no events)\n"


def corroboration_text(event: StoredEvent) -> str:
    """``confirmed by ofac:90002 (snapshot 2025-09-12)``, ``contradicted …`` or ``unconfirmed``."""
    return official_text(event.corroboration) if event.corroboration is not None else ""


def official_text(match: OfficialMatch) -> str:
    """One line for an official-list corroboration: status, record, snapshot date, reasons."""
    text = str(match.status)
    if match.source:
        verb = "by" if match.status == "confirmed" else "by snapshot of"
        record = f"{match.source}:{match.entry_id}" if match.entry_id else match.source
        text += f" {verb} {one_line(record)}"
        if match.snapshot_date:
            text += f" ({one_line(match.snapshot_date)})"
    if match.reasons:
        text += ": " + ", ".join(one_line(r) for r in match.reasons)
    return text


def deals_text(deals: Sequence[Deal]) -> str:
    """The deal ledger: per deal its date, what each side gave, and the source."""
    lines: list[str] = []
    for deal in deals:
        lines.append(f"{deal_date(deal)}  {deal_summary(deal.events)}")
        lines += [*_quote(deal.evidence), _source_line(deal.document)]
    return "\n".join(lines) + "\n" if lines else "(no exchanges)\n"


def stocks_text(stocks: Sequence[StoredStock]) -> str:
    """Stored stock estimates, one line each with evidence and source."""
    lines: list[str] = []
    for stock in stocks:
        lines += [stock_line(stock), *_quote(stock.evidence), _source_line(stock.document)]
    return "\n".join(lines) + "\n" if lines else "(no stocks)\n"


def records_json(records: Sequence[BaseModel]) -> str:
    """Stored records as one pretty JSON list."""
    return _dumps([_plain(r) for r in records], 2) + "\n"


def _doc_cells(ref: Any) -> dict[str, object]:
    return {
        "document_id": ref.id,
        "source": ref.source,
        "title": ref.title,
        "published": ref.published,
    }


def _event_row(e: StoredEvent) -> dict[str, object]:
    row = {**_doc_cells(e.document), **e.model_dump(mode="json", exclude={"document", "id"})}
    for name in ("persons", "entities", "sectors"):
        row[name] = _join(row[name])
    row["evidence"] = _evidence_cell(e.evidence)
    row["corroboration"] = corroboration_text(e)
    return row


def _deal_row(d: Deal) -> dict[str, object]:
    return {
        **_doc_cells(d.document),
        "date": deal_date(d),
        "events": _join(e.key for e in d.events),
        "summary": deal_summary(d.events),
        "evidence": _evidence_cell(d.evidence),
    }


def _stock_row(s: StoredStock) -> dict[str, object]:
    row = s.model_dump(mode="json", exclude={"document"})
    row["estimate_source"] = row.pop("source")
    row.update(_doc_cells(s.document))
    row["evidence"] = _evidence_cell(s.evidence)
    return row


def _csv(columns: Sequence[str], rows: Iterable[dict[str, object]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return buf.getvalue()


def render_events(events: Sequence[StoredEvent], fmt: RecordFormat) -> str:
    """Render stored events as ``text``, ``json`` (a list) or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_EVENT_COLUMNS, (_event_row(e) for e in events))
    return records_json(events) if fmt == "json" else events_text(events)


def render_deals(deals: Sequence[Deal], fmt: RecordFormat) -> str:
    """Render the deal ledger as ``text``, ``json`` (a list) or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_DEAL_COLUMNS, (_deal_row(d) for d in deals))
    return records_json(deals) if fmt == "json" else deals_text(deals)


def render_stocks(stocks: Sequence[StoredStock], fmt: RecordFormat) -> str:
    """Render stored stock estimates as ``text``, ``json`` (a list) or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_STOCK_COLUMNS, (_stock_row(s) for s in stocks))
    return records_json(stocks) if fmt == "json" else stocks_text(stocks)


def error_line(message: str) -> str:
    """The one-line form of an error for stderr: ``detente: error: <message>``."""
    return f"detente: error: {one_line(message)}"


def render_analyses(analyses: Iterable[Analysis], fmt: AnalysisFormat) -> Iterator[str]:
    """Render a stream of analyses; ``json`` is pretty for one document, JSON Lines for several."""
    it = iter(analyses)
    first = next(it, None)
    if first is None:
        return
    second = next(it, None)
    if fmt == "json" and second is not None:
        fmt = "jsonl"
    yield render_analysis(first, fmt)
    if second is None:
        return
    for analysis in itertools.chain([second], it):
        if fmt in ("text", "markdown"):
            yield "\n"
        yield render_analysis(analysis, fmt)
