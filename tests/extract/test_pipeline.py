"""The whole extractor over short own-words articles (tests/fixtures/extract/*.txt)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from detente.extract import codes, pipeline
from detente.model import Document, EventType

from .builders import inline
from .conftest import ARTICLES

SCHEMA = Path(__file__).resolve().parents[2] / "detente" / "schema" / "analysis.schema.json"
EMPTY = ["considered-relief.txt", "film-release.txt", "sports-ban.txt"]


def only(items):
    assert len(items) == 1, items
    return items[0]


@pytest.fixture(scope="module")
def deal(analyses):
    return analyses["potash-deal.txt"]


def test_deal_release(deal):
    e = only([e for e in deal.events if e.type == "release" and e.count == 123])
    assert (e.actor, e.count_qualifier, e.persons) == ("BLR", "exact", ["Ales Bialiatski"])
    assert e.date == "2025-12-13"  # "on Saturday", published Sunday 14 December
    assert any("on Saturday" in ev.text for ev in e.evidence)


def test_deal_release_category(deal):
    """The headline's "123 prisoners" and the lead's "123 political prisoners": the specific
    category wins when the mentions merge."""
    e = only([e for e in deal.events if e.type == "release" and e.count == 123])
    assert e.category == "political_prisoners"


def test_deal_relief(deal):
    e = only([e for e in deal.events if "potash" in e.sectors])
    assert (e.type, e.actor, e.target) == ("sanctions_eased", "USA", "BLR")


def test_deal_exchange(deal):
    release = only([e.id for e in deal.events if e.count == 123])
    relief = only([e.id for e in deal.events if "potash" in e.sectors])
    assert any({release, relief} <= set(x.events) for x in deal.exchanges)


def test_deal_background_release(deal):
    e = only([e for e in deal.events if e.type == "release" and e.count == 50])
    assert (e.actor, e.count_qualifier, e.date) == ("BLR", "approx", "2025-09")


def test_deal_stock(deal):
    s = only(deal.stocks)
    assert (s.country, s.count, s.count_qualifier, s.source) == (
        "BLR",
        1100,
        "at_least",
        "Rights groups",
    )
    assert s.as_of == "2025-12-14"


def test_word_count_yesterday_and_destination(analyses):
    e = only(analyses["tehran-dozen.txt"].events)
    assert (e.type, e.actor, e.count, e.count_qualifier) == ("release", "IRN", 12, "exact")
    assert (e.category, e.destination, e.date) == ("foreign_nationals", "OMN", "2024-11-05")


def test_stock_of_foreign_nationals(analyses):
    s = only(analyses["tehran-dozen.txt"].stocks)
    assert (s.country, s.count, s.count_qualifier) == ("IRN", 40, "approx")


def test_renewal_and_bloc(analyses):
    a = analyses["separate-acts.txt"]
    imposed = only([e for e in a.events if e.type == "sanctions_imposed"])
    assert (imposed.actor, imposed.target, imposed.renewal, imposed.date) == (
        "EU",
        "BLR",
        True,
        "2025-04-17",
    )
    release = only([e for e in a.events if e.type == "release"])
    assert (release.actor, release.count, release.date) == ("BLR", 20, "2025-04-14")


def test_new_listing(analyses):
    e = only(analyses["eu-listing.txt"].events)
    assert (e.type, e.actor, e.target, e.renewal) == ("sanctions_imposed", "EU", "IRN", False)
    assert e.date == "2024-10-14"


@pytest.mark.parametrize("name", EMPTY)
def test_distractors_give_nothing(analyses, name):
    a = analyses[name]
    assert (a.events, a.exchanges, a.stocks) == ([], [], [])


@pytest.mark.parametrize("name", ARTICLES)
def test_evidence_offsets_index_the_text(analyses, documents, name):
    text = documents[name].text
    a = analyses[name]
    evidence = [ev for item in (*a.events, *a.exchanges, *a.stocks) for ev in item.evidence]
    for ev in evidence:
        assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("name", ARTICLES)
def test_events_are_well_formed(analyses, name):
    a = analyses[name]
    assert [e.id for e in a.events] == [f"e{i}" for i in range(1, len(a.events) + 1)]
    for e in a.events:
        assert (e.cameo, e.plover) == codes.run(EventType(e.type))
        assert (e.count is None) == (e.count_qualifier is None)
        assert e.evidence
        if e.type == "release":
            assert e.target is None and e.renewal is None and e.sectors == []
        else:
            assert e.count is None and e.category is None and e.persons == []
    ids = {e.id for e in a.events}
    for x in a.exchanges:
        assert set(x.events) <= ids


@pytest.mark.parametrize(
    ("event_type", "cameo", "plover"),
    [
        (EventType.RELEASE, "0841", "RETREAT/release"),
        (EventType.SANCTIONS_EASED, "085", "RETREAT/ease"),
        (EventType.SANCTIONS_IMPOSED, "163", "SANCTION"),
    ],
)
def test_codes(event_type, cameo, plover):
    assert codes.run(event_type) == (cameo, plover)


@pytest.mark.parametrize("name", ARTICLES)
def test_output_validates_against_schema(analyses, name):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(analyses[name].model_dump(mode="json"))


def test_pipe_matches_single_calls(spacy_extractor, documents, analyses):
    for name, doc in documents.items():
        assert spacy_extractor(doc) == analyses[name]


def test_small_batches_change_nothing(spacy_extractor, documents, analyses, monkeypatch):
    monkeypatch.setattr(pipeline, "SPACY_BATCH", 3)
    monkeypatch.setattr(pipeline, "DOC_BATCH", 2)
    assert list(spacy_extractor.pipe(documents.values())) == list(analyses.values())


def test_entities_only_where_read_change_nothing(spacy_extractor, documents, analyses):
    """Named entities for every parsed sentence give the same analyses."""
    everywhere = copy.copy(spacy_extractor)
    everywhere.parse = lambda texts, _: spacy_extractor.parse(texts, [True] * len(texts))
    assert list(everywhere.pipe(documents.values())) == list(analyses.values())


def test_parse_predicts_entities_as_the_whole_pipeline(spacy_extractor):
    texts = [
        "Belarus freed Ales Bialiatski and 122 others on Saturday, said Sviatlana Tsikhanouskaya.",
        "The Treasury lifted sanctions on Belaruskali and Belavia in September 2025.",
        "More than 1,100 political prisoners remain behind bars, according to Viasna.",
    ]
    whole = list(spacy_extractor.nlp.pipe(texts))
    for entities in (True, False):
        parsed = spacy_extractor.parse(texts, [entities] * len(texts))
        for a, b in zip(parsed, whole, strict=True):
            assert [(t.tag_, t.dep_, t.head.i, t.lemma_, t.pos_) for t in a] == [
                (t.tag_, t.dep_, t.head.i, t.lemma_, t.pos_) for t in b
            ]
            expected = [(e.text, e.label_) for e in b.ents] if entities else []
            assert [(e.text, e.label_) for e in a.ents] == expected
    assert any(doc.ents for doc in whole)


def test_off_topic_documents_are_not_parsed(spacy_extractor, monkeypatch):
    doc = Document(
        id="x",
        source="inline",
        published="2025-12-14",
        text="Band releases album\nThe band released its new album on Friday. Fans cheered.",
    )

    def fail(*_args):
        raise AssertionError("parsed an article the document filter should drop")

    monkeypatch.setattr(spacy_extractor, "parse", fail)
    a = spacy_extractor(doc)
    assert (a.events, a.exchanges, a.stocks) == ([], [], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus freed political prisoners on Monday.", ("release", "BLR", None, None)),
        (
            "Washington lifted sanctions on Belavia on Monday.",
            ("sanctions_eased", "USA", None, None),
        ),
        ("The bloc imposed sanctions on Minsk on Monday.", ("sanctions_imposed", "EU", None, None)),
        ("Iran freed half a dozen journalists on Monday.", ("release", "IRN", 6, "exact")),
        ("Belarus freed hundreds of prisoners on Monday.", ("release", "BLR", None, None)),
        ("Activists demanded that Belarus free all political prisoners.", None),
        ("The band will release its new album on Monday.", None),
    ],
    ids=["plain", "eased", "imposed", "half-dozen", "hundreds", "demanded", "album"],
)
def test_sentence_events(spacy_extractor, text, expected):
    doc = inline(text, "2025-12-14")
    events = spacy_extractor(doc).events
    got = [(e.type, e.actor, e.count, e.count_qualifier) for e in events]
    assert got == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v14: an act whose freed are told only as one person the name of which it did not keep
        (
            "Headline\nA French researcher held in Iran for a year landed in Paris on Monday "
            "after Tehran freed her.",
            1,
        ),
        ("Headline\nBelarus pardoned him on Friday, and he crossed into Lithuania.", 1),
        (
            "Headline\nThe Iranian judiciary said on Monday that it had released her from Evin "
            "prison.",
            1,
        ),
        # negative: a vague amount
        ("Headline\nBelarus freed dozens of prisoners on Friday.", None),
    ],
)
def test_one_person_told_by_an_anaphor_counts_one(spacy_extractor, text, expected):
    freed = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert freed and freed[0].count == expected
