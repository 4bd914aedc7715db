"""The markets brief's self-contained HTML in the real browser (Playwright + Debian's Chromium):
it renders its deals, chart and footnotes from a file, loads nothing from the network, runs no script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from detente.markets.brief import BriefOptions, build_brief
from detente.markets.brief_render import render_brief

from .conftest import ARTIFACTS, Live

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_html_brief_renders_offline(browser: Any, live: Live, tmp_path: Path) -> None:
    brief = build_brief(live.store, BriefOptions(prices=SAMPLES / "prices.csv", market="MKT"))
    path = tmp_path / "brief.html"
    path.write_text(render_brief(brief, "html"), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    requests: list[str] = []
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}"))
    tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    tab.on("request", lambda r: requests.append(r.url))
    tab.goto(path.as_uri())
    assert tab.locator("svg").count() >= 1  # the timeline chart is inline
    text = tab.inner_text("body")
    assert "Belarus" in text or "BLR" in text
    assert tab.locator("a[href^='#']").count() >= 1  # statements point at footnotes
    assert tab.locator("script").count() == 0
    tab.screenshot(path=str(ARTIFACTS / "brief.png"), full_page=True)
    context.close()
    assert problems == []
    assert requests == [path.as_uri()]  # self-contained: nothing else is fetched
