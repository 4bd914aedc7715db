"""Reading the evaluation corpus: layouts, gold files, and one-line errors for bad ones."""

from __future__ import annotations

import json
import shutil

import pytest

from detente.errors import EvalError
from detente.evaluation import evaluate
from detente.evaluation.corpus import corpus_splits, load_corpus, load_gold

from .conftest import CORPUS, DEV


@pytest.fixture
def corpus(tmp_path):
    """A writable copy of the dev fixture split."""
    return shutil.copytree(DEV, tmp_path / "dev")


def test_single_directory_is_one_split_named_after_it():
    assert corpus_splits(DEV) == [("dev", DEV)]
    assert corpus_splits(CORPUS) == [("dev", CORPUS / "dev"), ("heldout", CORPUS / "heldout")]


def test_items_are_sorted_by_slug_and_carry_ingested_documents():
    [(name, items)] = load_corpus(DEV)
    assert name == "dev"
    assert [i.document.source.rsplit("/", 1)[-1] for i in items] == [
        "film-premiere.txt",
        "minsk-release.txt",
        "potash-renewal.txt",
        "tehran-swap.txt",
    ]
    minsk = items[1]
    assert minsk.document.published == "2025-09-11"
    ev = minsk.gold.events[0].evidence[0]
    assert minsk.document.text[ev.start : ev.end] == ev.text


def test_empty_split_is_left_out(tmp_path):
    shutil.copytree(DEV, tmp_path / "dev")
    (tmp_path / "heldout").mkdir()
    assert [name for name, _ in load_corpus(tmp_path)] == ["dev"]


def break_gold(corpus, slug, change):
    path = corpus / f"{slug}.events.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    ("damage", "fragment"),
    [
        (lambda c: (c / "potash-renewal.events.json").unlink(), "no gold file potash-renewal"),
        (lambda c: (c / "potash-renewal.txt").unlink(), "gold file without an article"),
        (lambda c: (c / "potash-renewal.events.json").write_text("{"), "invalid gold file"),
        (
            lambda c: break_gold(c, "potash-renewal", lambda d: d["events"][0].update(type="x")),
            "invalid gold file: events.0.type",
        ),
        (
            lambda c: break_gold(
                c, "potash-renewal", lambda d: d["events"][0]["evidence"][0].update(text="Nope.")
            ),
            "gold evidence not in the article: 'Nope.'",
        ),
    ],
)
def test_bad_corpus_is_a_one_line_error(corpus, damage, fragment, extractor):
    damage(corpus)
    with pytest.raises(EvalError, match=fragment) as info:
        evaluate(corpus, extractor())
    assert "\n" not in str(info.value)


def test_empty_or_missing_corpus(tmp_path, extractor):
    with pytest.raises(EvalError, match="no articles"):
        evaluate(tmp_path, extractor())
    with pytest.raises(EvalError, match="no such file"):
        evaluate(tmp_path / "absent", extractor())


def test_offsets_already_in_gold_are_kept(corpus):
    text = (corpus / "potash-renewal.txt").read_text()
    gold = json.loads((corpus / "potash-renewal.events.json").read_text())
    gold["events"][0]["evidence"] = [{"text": "EU", "start": 0, "end": 2}]
    (corpus / "potash-renewal.events.json").write_text(json.dumps(gold))
    loaded = load_gold(corpus / "potash-renewal.events.json", text)
    assert loaded.events[0].evidence[0].start == 0


def test_cross_document_labels_are_ignored_by_extraction_scoring(corpus):
    path = corpus / "tehran-swap.events.json"
    text = (corpus / "tehran-swap.txt").read_text()
    plain = load_gold(path, text)
    gold = json.loads(path.read_text())
    assert gold["events"] and gold["exchanges"]
    for n, event in enumerate(gold["events"]):
        event["cluster"] = f"happening-{n}"
    for exchange in gold["exchanges"]:
        exchange["deal"] = "deal-1"
    path.write_text(json.dumps(gold))
    assert load_gold(path, text) == plain


def _undate(corpus, slug, dateline):
    """Replace the article's dateline line (line 2) with ``dateline``."""
    path = corpus / f"{slug}.txt"
    lines = path.read_text().split("\n")
    lines[1] = dateline + " " + lines[1].split("--", 1)[1].strip()
    path.write_text("\n".join(lines))


def test_gold_publication_date_stands_in_when_the_article_gives_no_year(corpus):
    _undate(corpus, "minsk-release", "MINSK, Sept. 11 --")
    [(_, items)] = load_corpus(corpus)
    minsk = next(i for i in items if i.document.source.endswith("minsk-release.txt"))
    assert minsk.gold.document.published == "2025-09-11"
    assert minsk.document.published == "2025-09-11"


def test_date_found_in_the_article_is_never_replaced_by_gold(corpus):
    path = corpus / "minsk-release.events.json"
    gold = json.loads(path.read_text())
    gold["document"]["published"] = "2020-01-01"
    path.write_text(json.dumps(gold))
    [(_, items)] = load_corpus(corpus)
    minsk = next(i for i in items if i.document.source.endswith("minsk-release.txt"))
    assert minsk.document.published == "2025-09-11"


def test_no_date_anywhere_stays_none(corpus):
    _undate(corpus, "minsk-release", "MINSK --")
    path = corpus / "minsk-release.events.json"
    gold = json.loads(path.read_text())
    gold["document"]["published"] = None
    path.write_text(json.dumps(gold))
    [(_, items)] = load_corpus(corpus)
    minsk = next(i for i in items if i.document.source.endswith("minsk-release.txt"))
    assert minsk.document.published is None
