"""The dashboard in a real browser (Playwright + Debian's Chromium) against uvicorn on 127.0.0.1,
over the demo samples: home, timeline filter, deal, event evidence, search, phone width."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from detente.aggregate import deals

from .conftest import ARTIFACTS, Live


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A desktop-sized page whose console errors and dialogs are collected (none expected)."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda m: tab.problems.append(f"console {m.type}: {m.text}"))
    tab.on("pageerror", lambda e: tab.problems.append(f"page error: {e}"))
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield tab
    assert tab.problems == []  # no CSP violation, no script error, no dialog
    context.close()


def test_home_timeline_deal_event(page: Any, live: Live) -> None:
    page.goto(live.url + "/")
    cards = page.locator("article.card.deal")
    expected = deals(live.store)
    assert cards.count() == len(expected) >= 3
    newest = expected[-1]
    first = cards.nth(0)
    assert first.locator("a.date").inner_text() == newest.date
    assert f"{newest.sources} source" in first.locator(".badge").inner_text()
    assert first.locator("li.side").count() == len(newest.events)
    page.screenshot(path=ARTIFACTS / "dashboard.png", full_page=True)

    page.click("header.top >> text=Timeline")
    page.select_option("select#country", "BLR")
    page.fill("input#since", "2025-01")
    page.click("form.filters button")
    assert re.search(r"[?&]country=BLR\b", page.url) and "since=2025-01" in page.url
    assert page.locator("h1").inner_text() == "Timeline: Belarus"
    periods = page.locator("table.timeline tbody td:first-child").all_inner_texts()
    assert periods and all(p >= "2025-01" for p in periods)
    assert page.locator("svg rect.bar").count() >= 2  # the September and December releases
    assert page.locator("svg polygon.marker.eased").count() >= 2
    page.screenshot(path=ARTIFACTS / "timeline-blr.png", full_page=True)

    page.goto(live.url + "/")
    page.locator("article.card.deal").nth(0).locator("a.open").click()
    assert page.locator("h1").inner_text() == f"Deal of {newest.date}"
    release = next(e for e in newest.events if e.type == "release")
    page.screenshot(path=ARTIFACTS / "deal.png", full_page=True)
    page.locator(f"a.evidence-link[href$='{release.id.replace(':', '%3A')}']").click()
    assert page.locator("h1").inner_text().startswith("Belarus: released")
    mention = release.mentions[0]
    marked = page.locator("section.mention blockquote.context mark").first
    assert marked.inner_text() == " ".join(mention.evidence[0].text.split())
    quote = marked.locator("xpath=..").inner_text()
    assert len(quote) > len(marked.inner_text())  # shown in context, not alone
    page.screenshot(path=ARTIFACTS / "event.png", full_page=True)


def test_search_finds_articles_and_the_person(page: Any, live: Live) -> None:
    page.goto(live.url + "/")
    page.fill("input#q", "Kolesnikova")  # another spelling of the samples' Kalesnikava
    page.press("input#q", "Enter")
    assert "/ui/search?q=Kolesnikova" in page.url
    page.locator("section.person-hit a").click()
    assert page.locator("h1").inner_text() == "Maria Kalesnikava"
    assert page.locator("ul.releases > li").count() >= 1
    page.goto(live.url + "/ui/search?q=potash")
    titles = page.locator("ol.hits li.hit > a").all_inner_texts()
    assert any("potash" in t.lower() for t in titles)
    page.screenshot(path=ARTIFACTS / "search.png", full_page=True)


@pytest.mark.parametrize("path", ["/", "/ui/timeline?country=BLR", "/ui/search?q=Belarus"])
def test_readable_at_phone_width_without_javascript(browser: Any, live: Live, path: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live.url + path)
    overflow = tab.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # no sideways scrolling on a phone
    assert tab.locator("main h1").is_visible()
    name = re.sub(r"\W+", "-", path).strip("-") or "home"
    tab.screenshot(path=ARTIFACTS / f"phone-{name}.png", full_page=True)
    context.close()
