"""Untrusted article text on every page: articles carrying <script>, on*= attributes and
javascript: links are ingested through the API, then every dashboard page and the API's JSON is
loaded in Chromium (dialog, console and page-error hooks, DOM checks) and read raw (escaping)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from detente.web import SECURITY_HEADERS

from .conftest import ARTIFACTS, FIXTURES, KEY, Live

PAYLOADS = (
    '<script>alert("headline")</script>',
    '<script>alert("body")</script>',
    '<img src=x onerror=alert("img")>',
    "<a href=\"javascript:alert('link')\"",
    '<svg onload=alert("svg")>',
    "<iframe src=\"javascript:alert('frame')\">",
    '<script>alert("entity")</script>',
    '<img src=x onerror=alert("h1")>',
)
"""Markup in the hostile fixtures that must never reach a page unescaped."""
MAX_PAGES = 80
DOM_PROBLEMS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
      if (value.startsWith('javascript:') || value.startsWith('data:text/html'))
        found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
  }
  for (const tag of ['script', 'iframe', 'object', 'embed', 'frame'])
    if (document.getElementsByTagName(tag).length) found.push(`<${tag}> element`);
  return found;
}"""


@pytest.fixture(scope="module")
def hostile(live: Live) -> list[dict[str, Any]]:
    """The hostile articles, posted to ``POST /documents`` of the live server."""
    posted = [
        {"text": (FIXTURES / "hostile.txt").read_text(encoding="utf-8")},
        {
            "html": (FIXTURES / "hostile.html").read_text(encoding="utf-8"),
            "url": "javascript:alert('url')//https://example.org/",
        },
    ]
    results = []
    for body in posted:
        answer = httpx.post(
            live.url + "/documents", json=body, headers={"X-API-Key": KEY}, timeout=60
        )
        assert answer.status_code == 201, answer.text
        results.append(answer.json())
    assert all(r["events"] for r in results)
    return results


def _crawl(live: Live, hostile: list[dict[str, Any]]) -> dict[str, httpx.Response]:
    """Every dashboard page reachable from the home page, the timelines and the hostile
    articles' pages (same origin, links followed breadth-first)."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.found += [v for k, v in attrs if k == "href" and v]

    start = ["/", "/ui/timeline", "/ui/timeline?country=BLR", "/ui/timeline?country=VEN"]
    start += [f"/ui/documents/{r['document']['id']}" for r in hostile]
    start += [f"/ui/search?q={word}" for word in ("script", "onerror", "javascript", "Losik")]
    queue, seen = list(start), {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        response = httpx.get(live.url + path, timeout=30)
        seen[path] = response
        links = Links()
        links.feed(response.text)
        for href in links.found:
            target = urlsplit(urljoin(live.url + path, href))
            local = target.path + (f"?{target.query}" if target.query else "")
            if target.netloc == urlsplit(live.url).netloc and (
                local == "/" or local.startswith("/ui/")
            ):
                if not local.startswith("/ui/static/") and local not in seen:
                    queue.append(local)
    return seen


@pytest.fixture(scope="module")
def crawled(live: Live, hostile: list[dict[str, Any]]) -> dict[str, httpx.Response]:
    """The crawled pages by path."""
    pages = _crawl(live, hostile)
    kinds = {urlsplit(path).path.split("/")[2] if path != "/" else "home" for path in pages}
    assert {"home", "deals", "events", "documents", "persons", "search", "timeline"} <= kinds
    return pages


def test_no_markup_survives_unescaped(crawled: dict[str, httpx.Response]) -> None:
    for path, response in crawled.items():
        assert response.status_code == 200, path
        body = response.text
        assert "<script" not in body.lower(), path
        for payload in PAYLOADS:
            assert payload not in body, (path, payload)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (path, name)


def test_hostile_text_is_shown_as_text(
    crawled: dict[str, httpx.Response], hostile: list[dict[str, Any]]
) -> None:
    page = crawled[f"/ui/documents/{hostile[0]['document']['id']}"].text
    assert "&lt;script&gt;alert(&#34;body&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(&#34;img&#34;)&gt;" in page
    assert 'href="javascript:' not in page and "href='javascript:" not in page


@pytest.fixture
def watched(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A page with JavaScript on, recording dialogs, console messages and page errors."""
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    tab = context.new_page()
    events: list[str] = []
    tab.on("dialog", lambda d: (events.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("console", lambda m: events.append(f"console {m.type}: {m.text}"))
    tab.on("pageerror", lambda e: events.append(f"page error: {e}"))
    yield tab, events
    context.close()


def test_the_hooks_catch_a_script(watched: tuple[Any, list[str]]) -> None:
    tab, events = watched  # control: the same hooks do see a script that runs
    tab.set_content("<p>x</p><img src=x onerror=\"alert('control')\">")
    tab.wait_for_timeout(200)
    assert "dialog: control" in events
    assert tab.evaluate(DOM_PROBLEMS)


def test_nothing_executes_in_the_browser(
    watched: tuple[Any, list[str]], live: Live, crawled: dict[str, httpx.Response]
) -> None:
    tab, events = watched
    for path in crawled:
        tab.goto(live.url + path)
        assert tab.evaluate(DOM_PROBLEMS) == [], path  # no handler, no javascript: link
    hostile_page = next(p for p in crawled if p.startswith("/ui/documents/"))
    tab.goto(live.url + hostile_page)
    assert '<script>alert("body")</script>' in tab.locator("div.article").inner_text()
    tab.screenshot(path=ARTIFACTS / "hostile-article.png", full_page=True)
    tab.wait_for_timeout(300)  # let any delayed handler (onload, onerror) fire
    assert events == []


def test_api_json_is_not_rendered_as_html(
    watched: tuple[Any, list[str]], live: Live, hostile: list[dict[str, Any]]
) -> None:
    tab, events = watched
    doc_id = hostile[0]["document"]["id"]
    for path in (f"/documents/{doc_id}", "/events?actor=BLR", "/exchanges", "/search?q=script"):
        answer = httpx.get(live.url + path, timeout=30)
        assert answer.headers["content-type"].startswith("application/json"), path
        assert "<script" in answer.text.lower(), path  # the payload is there, as JSON data
        tab.goto(live.url + path)
        assert tab.evaluate("document.getElementsByTagName('script').length") == 0, path
        assert tab.evaluate(DOM_PROBLEMS) == [], path
    tab.wait_for_timeout(300)
    assert events == []
