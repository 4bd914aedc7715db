"""The dashboard: server-rendered pages over the same query functions as the API.

Mounted by :func:`detente.api.app.create_app` (``app.include_router(web.router)``). Pages hold no
domain logic: they call :mod:`detente.aggregate` and :mod:`detente.store.search`, and the
Jinja2 templates (autoescaped) lay the results out. No script is served; every page response
carries a strict Content-Security-Policy and the other standard headers.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute

from detente.aggregate import (
    canonical_events,
    deal,
    deal_summaries,
    deals_with,
    event_clusters,
    person,
    timeline,
)
from detente.aggregate.render import count_line
from detente.api.deps import StoreDep, require_read
from detente.errors import ConfigError
from detente.lists.snapshots import stored_corroborations
from detente.model import Filter
from detente.render import deal_summary, official_text, side_phrase
from detente.store import Store
from detente.store.filters import check_date
from detente.store.search import search_documents
from detente.web.chart import timeline_chart
from detente.web.present import country, in_context, marked_text, safe_url

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
STATIC_FILES = {"style.css": "text/css", "favicon.svg": "image/svg+xml"}
"""The files under ``/ui/static/`` (a fixed list: no path from the request reaches the disk)."""
HOME_DEALS = 12
"""Deals shown on the home page, newest first."""
SEARCH_LIMIT = 30
MAX_QUERY = 200
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
"""Headers of every dashboard response: only this origin's files load, no inline script,
no framing, no referrer sent to the article sites the pages link to."""
_CODE = re.compile(r"[A-Za-z]{2,3}")

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every value is escaped: article text is untrusted
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters.update(country=country, safe_url=safe_url, side=side_phrase, summary=deal_summary)
_env.globals.update(count_line=count_line, in_context=in_context, marked_text=marked_text)


class PageRoute(APIRoute):
    """A route whose responses carry :data:`SECURITY_HEADERS`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """The default handler, adding the headers to its response."""
        handler = super().get_route_handler()

        async def with_headers(request: Request) -> Response:
            response = await handler(request)
            response.headers.update(SECURITY_HEADERS)
            return response

        return with_headers


router = APIRouter(route_class=PageRoute, include_in_schema=False)
pages = APIRouter(
    route_class=PageRoute, include_in_schema=False, dependencies=[Depends(require_read)]
)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered as an HTML response."""
    html = _env.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def not_found(request: Request, what: str) -> HTMLResponse:
    """The 404 page."""
    return render(request, "error.html", 404, title="Not found", message=f"No {what}.")


@router.get("/ui/static/{name}")
def static(name: str) -> Response:
    """A file of the dashboard's stylesheet and icon."""
    if name not in STATIC_FILES:
        return Response("not found", status_code=404, media_type="text/plain")
    return FileResponse(STATIC / name, media_type=STATIC_FILES[name])


@router.get("/favicon.ico")
def favicon() -> Response:
    """The icon browsers ask for on every page, the API's JSON included."""
    return FileResponse(STATIC / "favicon.svg", media_type=STATIC_FILES["favicon.svg"])


@router.get("/ui")
def ui_root() -> RedirectResponse:
    """``/ui`` is the home page."""
    return RedirectResponse("/", status_code=307)


@pages.get("/")
def home(request: Request, store: StoreDep) -> HTMLResponse:
    """The latest deals as cards: what each side gave, date, number of sources."""
    latest = deal_summaries(store)[::-1][:HOME_DEALS]  # cards need no reports
    return render(request, "home.html", title="Latest deals", deals=latest)


def _timeline_filter(country_code: str, since: str, until: str) -> tuple[Filter | None, str | None]:
    """The filter of the timeline form, or the message for an invalid field."""
    if country_code and not _CODE.fullmatch(country_code):
        return None, "Country: a 2- or 3-letter code, e.g. BLR."
    for label, value in (("From", since), ("To", until)):
        try:
            if value:
                check_date(value)
        except ConfigError:
            return None, f"{label}: a date as YYYY, YYYY-MM or YYYY-MM-DD."
    flt = Filter(actor=country_code.upper() or None, since=since or None, until=until or None)
    return flt, None


@pages.get("/ui/timeline")
def timeline_page(
    request: Request,
    store: StoreDep,
    country: str = "",
    since: str = "",
    until: str = "",
) -> HTMLResponse:
    """Releases per month, sanctions actions and stock estimates, for one country or all."""
    flt, problem = _timeline_filter(country.strip(), since.strip(), until.strip())
    actors = store.view().actors()  # a canonical event's actor is that of its stored events
    form = {
        "country": country.strip().upper()[:3],
        "since": since.strip()[:10],
        "until": until.strip()[:10],
    }
    if flt is None:
        return render(
            request, "timeline.html", 400, title="Timeline", form=form, actors=actors,
            problem=problem, tl=None, chart=None,
        )  # fmt: skip
    tl = timeline(store, flt)
    return render(
        request, "timeline.html", title="Timeline", form=form, actors=actors, problem=None,
        tl=tl, chart=timeline_chart(tl),
    )  # fmt: skip


@pages.get("/ui/deals/{deal_id}")
def deal_page(request: Request, deal_id: str, store: StoreDep) -> HTMLResponse:
    """One deal: each side's canonical events, and the articles presenting the trade."""
    found = deal(store, deal_id)
    if found is None:
        return not_found(request, "such deal")
    texts = {r.document.id: _text(store, r.document.id) for r in found.reports}
    return render(request, "deal.html", title="Deal", deal=found, texts=texts)


def _text(store: Store, doc_id: str) -> str:
    doc = store.view().document(doc_id)
    return doc.text if doc is not None else ""


@pages.get("/ui/events/{event_id}")
def event_page(request: Request, event_id: str, store: StoreDep) -> HTMLResponse:
    """One canonical event: reconciled fields and every supporting article, evidence marked."""
    found = next((e for e in canonical_events(store) if e.id == event_id), None)
    if found is None:
        return not_found(request, "such event")
    texts = {m.document.id: _text(store, m.document.id) for m in found.mentions}
    in_deals = deals_with(store, found.id)
    # lists layer: do the official lists back the news? (only this event's reports are read)
    stored = stored_corroborations(store, {m.key for m in found.mentions})
    official = {m.key: official_text(stored[m.key]) for m in found.mentions if m.key in stored}
    return render(request, "event.html", title="Event", event=found, texts=texts, deals=in_deals,
                  official=official)  # fmt: skip


@pages.get("/ui/persons/{person_id}")
def person_page(request: Request, person_id: str, store: StoreDep) -> HTMLResponse:
    """One released person: every release they were part of, with the articles naming them."""
    found = person(store, person_id)
    if found is None:
        return not_found(request, "such person")
    return render(request, "person.html", title=found.name, person=found)


@pages.get("/ui/documents/{doc_id}")
def document_page(request: Request, doc_id: str, store: StoreDep) -> HTMLResponse:
    """One stored article (escaped), its evidence sentences marked, and its events."""
    view = store.view()
    doc = view.document(doc_id)
    if doc is None:
        return not_found(request, "such article")
    events = view.events(Filter(document=doc_id))
    evidence = [ev for e in events for ev in e.evidence]
    clusters = event_clusters(store)  # an unclustered event is its own canonical event (its key)
    return render(
        request, "document.html", title=doc.title or "Article", doc=doc, events=events,
        segments=marked_text(doc.text, evidence), clusters=clusters,
    )  # fmt: skip


@pages.get("/ui/search")
def search_page(
    request: Request, store: StoreDep, q: Annotated[str, Query(max_length=MAX_QUERY)] = ""
) -> HTMLResponse:
    """Articles containing every word of the query, and the person the query names."""
    query = q.strip()
    hits = search_documents(store, query, SEARCH_LIMIT) if query else []
    named = person(store, query) if query else None
    return render(request, "search.html", title="Search", q=query, hits=hits, person=named)


router.include_router(pages)
