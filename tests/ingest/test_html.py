"""HTML articles through trafilatura."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import E_NO_ARTICLE, InputError
from detente.ingest import IngestOptions
from detente.ingest.html import read_html
from detente.model import Document


def _page(fixtures: Path, *parts: str) -> str:
    return fixtures.joinpath(*parts).read_text(encoding="utf-8")


def test_article_text_and_metadata(fixtures: Path) -> None:
    html = _page(fixtures, "articles", "nested", "caracas-swap.html")
    doc = read_html("swap.html", html, IngestOptions())
    assert doc.title == "Venezuela and US complete prisoner swap"
    assert doc.text.startswith(doc.title + "\n\nVenezuela released ten American citizens")
    assert doc.text.count(doc.title) == 1  # the <h1> repeating the title is not kept twice
    assert doc.text.endswith("encourage further detentions of foreigners.")
    assert "All rights reserved" not in doc.text and "Business" not in doc.text
    assert doc.published == "2023-12-20"
    assert doc.author == "Ana Torres"
    assert doc.id == Document.content_id(doc.text)


def test_override_and_given_metadata(fixtures: Path) -> None:
    html = _page(fixtures, "articles", "nested", "caracas-swap.html")
    doc = read_html(
        "swap.html",
        html,
        IngestOptions(published="2024-01-01"),
        title="Own title",
        url="https://news.example/swap",
    )
    assert doc.published == "2024-01-01"
    assert doc.title == "Own title"
    assert doc.text.startswith("Own title\n\nVenezuela and US complete prisoner swap\n")
    assert doc.url == "https://news.example/swap"


def test_dateline_when_no_metadata_date() -> None:
    html = (
        "<html><head><title>Envoy secures release</title></head><body><article>"
        "<p>MINSK, Dec. 13, 2025 -- Two detained aid workers were set free on Saturday and left "
        "the country by car, their employer said in a short statement.</p></article></body></html>"
    )
    doc = read_html("x.html", html, IngestOptions())
    assert doc.text.startswith("Envoy secures release\n\nMINSK, Dec. 13, 2025 -- Two detained")
    assert doc.published == "2025-12-13"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav></body></html>",
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head></html>",
        "not html at all",
    ],
)
def test_no_article(html: str) -> None:
    with pytest.raises(InputError) as info:
        read_html("page.html", html, IngestOptions())
    assert str(info.value) == f"page.html: {E_NO_ARTICLE}"


def test_menu_only_fixture(fixtures: Path) -> None:
    with pytest.raises(InputError, match=E_NO_ARTICLE):
        read_html("menu.html", _page(fixtures, "bad", "menu-only.html"), IngestOptions())
