"""Tests for detente.web.views: every page over clustered fixture documents (in-process client),
headers, the timeline form's validation, 404 pages, static files and the read-key setting."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from detente.aggregate import canonical_events, deals, persons, timeline
from detente.api import create_app
from detente.model import Filter
from detente.settings import Settings, key_digest
from detente.store import Store
from detente.web import SECURITY_HEADERS

from .conftest import KEY


def _page(web: TestClient, path: str, status: int = 200) -> str:
    response = web.get(path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    return response.text


def test_security_headers_forbid_scripts_and_framing() -> None:
    csp = dict(
        part.strip().split(" ", 1)
        for part in SECURITY_HEADERS["Content-Security-Policy"].split(";")
    )
    assert csp["default-src"] == "'none'" and csp["script-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'" and "unsafe" not in str(csp)
    assert SECURITY_HEADERS["X-Frame-Options"] == "DENY"


def test_home_shows_latest_deals_first(web: TestClient, web_store: Store) -> None:
    html = _page(web, "/")
    expected = deals(web_store)
    assert len(expected) == 2
    shown = re.findall(r'class="date" href="/ui/deals/([^"]+)">([^<]+)<', html)
    assert [date for _, date in shown] == [d.date for d in reversed(expected)]
    newest = expected[-1]
    card = html.split('<article class="card deal">')[1]
    assert f"{newest.sources} source" in card
    assert "Belarus</strong> released 123" in card and "United States</strong> eased" in card


def test_pages_are_not_in_the_openapi_schema(web: TestClient) -> None:
    paths = web.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p == "/" or p.startswith("/ui")]


def test_timeline_for_a_country(web: TestClient, web_store: Store) -> None:
    html = _page(web, "/ui/timeline?country=blr&since=2025-09&until=2025-12")
    expected = timeline(web_store, Filter(actor="BLR", since="2025-09", until="2025-12"))
    months = [r for r in expected.rows if len(r.period) == 7]
    assert "<h1>Timeline: Belarus</h1>" in html
    assert html.count('<rect class="bar"') == sum(1 for r in months if r.people_released)
    assert html.count('class="marker eased"') == sum(1 for r in months if r.sanctions_eased)
    assert html.count('class="held-dot"') == sum(1 for r in months if r.stock)
    assert '<option value="BLR" selected>' in html
    table = re.findall(r"<tr>\s*<td>(\d{4}-\d{2})</td>", html)
    assert table == [r.period for r in months if r.releases or r.sanctions_eased or r.stock]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=B1R", "Country:"),
        ("since=Sept", "From:"),
        ("since=2025-13", "From:"),
        ("until=2025-13-99x", "To:"),
    ],
)
def test_timeline_form_errors_are_shown_on_the_page(
    web: TestClient, query: str, message: str
) -> None:
    html = _page(web, f"/ui/timeline?{query}", status=400)
    assert f'role="alert">{message}' in html
    assert "<svg" not in html


def test_empty_form_fields_mean_no_filter(web: TestClient, web_store: Store) -> None:
    html = _page(web, "/ui/timeline?country=&since=&until=")
    assert "<h1>Timeline</h1>" in html
    assert html.count("<tr>") - 1 == sum(
        1
        for r in timeline(web_store).rows
        if r.releases or r.sanctions_imposed or r.sanctions_eased or r.stock
    )


def test_deal_page_lists_both_sides_and_the_reports(web: TestClient, web_store: Store) -> None:
    deal = deals(web_store)[-1]
    html = _page(web, f"/ui/deals/{deal.id}")
    assert html.count('class="evidence-link"') == len(deal.events)
    for report in deal.reports:
        assert f"/ui/documents/{report.document.id}" in html
    assert html.count("<mark>") == sum(len(r.evidence) for r in deal.reports)
    assert '<a href="/ui/persons/Ales%20Bialiatski">Ales Bialiatski</a>' in html


def test_event_page_marks_each_evidence_sentence_in_context(
    web: TestClient, web_store: Store
) -> None:
    event = next(e for e in canonical_events(web_store) if len(e.mentions) > 1)
    html = _page(web, f"/ui/events/{event.id}")
    marks = re.findall(r"<mark>(.*?)</mark>", html)
    assert marks == [" ".join(ev.text.split()) for m in event.mentions for ev in m.evidence]
    assert html.count('class="report mention"') == len(event.mentions)
    assert "the deal of " in html  # the event's deal is linked


def test_person_page_by_id_and_by_spelling(web: TestClient, web_store: Store) -> None:
    who = next(p for p in persons(web_store) if p.id == "maria-kalesnikava")
    html = _page(web, "/ui/persons/maria-kalesnikava")
    assert f"<h1>{who.name}</h1>" in html
    assert html.count("Released by Belarus") == len(who.releases)
    assert "<h1>Maria Kalesnikava</h1>" in _page(web, "/ui/persons/Maria Kolesnikova")


def test_document_page_marks_evidence_in_the_whole_text(web: TestClient, docs: dict) -> None:
    doc, analysis = docs["minsk-september"]
    html = _page(web, f"/ui/documents/{doc.id}")
    marked = {" ".join(m.split()) for m in re.findall(r"<mark>(.*?)</mark>", html, re.S)}
    evidence = {" ".join(ev.text.split()) for e in analysis.events for ev in e.evidence}
    assert marked == evidence
    assert html.count('<li class="side') == len(analysis.events)
    store = web.app.state.store  # each event links to the canonical event it belongs to
    owner = {m.key: c.id for c in canonical_events(store) for m in c.mentions}
    for key in (e.key for e in store.view().events(Filter(document=doc.id))):
        assert f'href="/ui/events/{quote(owner[key], safe="")}"' in html


def test_search_finds_documents_and_a_person(web: TestClient) -> None:
    html = _page(web, "/ui/search?q=Kolesnikova")
    assert '<a href="/ui/persons/maria-kalesnikava">Maria Kalesnikava</a>' in html
    html = _page(web, "/ui/search?q=potash+deal")
    assert html.count('<li class="hit">') == 1
    assert "Nothing found." in _page(web, "/ui/search?q=zanzibar")
    assert "Type words" in _page(web, "/ui/search")


@pytest.mark.parametrize(
    "path", ["/ui/deals/deal:nope", "/ui/events/nope:e1", "/ui/persons/nobody", "/ui/documents/0"]
)
def test_unknown_records_are_404_pages(web: TestClient, path: str) -> None:
    assert "<h1>Not found</h1>" in _page(web, path, status=404)


def test_static_files_are_a_fixed_list(web: TestClient) -> None:
    css = web.get("/ui/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert web.get("/favicon.ico").headers["content-type"] == "image/svg+xml"
    for name in ("../views.py", "..%2Fviews.py", "views.py", "missing.css"):
        assert web.get(f"/ui/static/{name}").status_code == 404


def test_pages_need_a_key_when_reads_do(web_store: Store, shared_db_url: str) -> None:
    settings = Settings(db=shared_db_url, api_keys=(key_digest(KEY),), api_open_reads=False)
    with TestClient(create_app(settings, store=web_store)) as client:
        assert client.get("/").status_code == 401
        assert client.get("/", headers={"X-API-Key": KEY}).status_code == 200
        assert client.get("/ui/static/style.css").status_code == 200


def test_every_page_is_documented() -> None:
    from fastapi.routing import APIRoute

    from detente.web.views import pages, router

    text = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([^`?]+)", text, re.M))
    routes = [*router.routes, *pages.routes]
    paths = {r.path for r in routes if isinstance(r, APIRoute)}
    assert paths - {"/favicon.ico", "/ui"} == documented


def test_event_page_shows_the_official_list_status(store: Store) -> None:
    """A news easing on Belavia, confirmed by an OFAC delisting, says so on its event page."""
    from lists.test_corroborate import HISTORIES, _history, add_news  # tests/ is on sys.path

    from detente.aggregate import recluster
    from detente.lists.corroborate import corroborate

    fmt, files, source, airline = HISTORIES[0]
    _history(store, fmt, files)
    keys = add_news(store)
    corroborate(store, window_days=14)
    recluster(store)
    event = next(
        e for e in canonical_events(store) if keys["Belavia"] in {m.key for m in e.mentions}
    )
    app = create_app(Settings(db="sqlite://"), store=store)
    with TestClient(app) as client:
        html = _page(client, f"/ui/events/{event.id}")
    assert f"Official lists: confirmed by {source}:{airline}" in html
    other = next(
        e for e in canonical_events(store) if keys["Belavia"] not in {m.key for m in e.mentions}
    )
    with TestClient(app) as client:
        assert "Official lists: confirmed by" not in _page(client, f"/ui/events/{other.id}")
