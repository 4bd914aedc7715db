"""End-to-end metric arithmetic on the fixture corpus (tests/fixtures/eval/corpus)."""

from __future__ import annotations

import pytest

from detente.evaluation import ALL, EvalReport, evaluate
from detente.model import Analysis, Event, EventType

from .conftest import CORPUS, DEV, PRED


def drop_eased(a: Analysis) -> Analysis:
    """Minsk without the sanctions relief (and so without its exchange)."""
    a.events = [e for e in a.events if e.type != EventType.SANCTIONS_EASED]
    a.exchanges = []
    return a


def test_perfect_prediction_scores_one(extractor):
    report = evaluate(DEV, extractor())
    assert list(report.splits) == ["dev"]
    dev = report.splits["dev"]
    assert (dev.documents, dev.distractors, dev.distractor_false_events) == (4, 1, 0)
    assert (dev.events.tp, dev.events.fp, dev.events.fn) == (6, 0, 0)
    assert dev.events.precision == dev.events.recall == dev.events.f1 == 1.0
    assert {t: s.tp for t, s in dev.event_types.items()} == {
        "release": 4,
        "sanctions_imposed": 1,
        "sanctions_eased": 1,
    }
    assert {f: (a.accuracy, a.n) for f, a in dev.fields.items()} == {
        "count": (1.0, 4),
        "category": (1.0, 4),
        "persons": (1.0, 4),
        "destination": (1.0, 4),
        "date": (1.0, 6),
        "sectors": (1.0, 2),
        "entities": (1.0, 2),
        "renewal": (1.0, 2),
    }
    assert (dev.exchanges.tp, dev.exchanges.f1) == (2, 1.0)
    assert (dev.stocks.tp, dev.stocks.f1) == (1, 1.0)
    assert {f: a.accuracy for f, a in dev.stock_fields.items()} == {"qualifier": 1.0, "source": 1.0}
    assert report.errors == []


def test_split_layout_reports_each_split_and_all(extractor):
    run = extractor()
    report = evaluate(CORPUS, run)
    assert list(report.splits) == ["dev", "heldout", ALL]
    assert len(run.seen) == 6  # every article extracted once, though scored in two splits
    dev, heldout, total = (report.splits[s] for s in ("dev", "heldout", ALL))
    assert (heldout.documents, heldout.distractors, heldout.events.tp) == (2, 1, 1)
    assert (total.documents, total.distractors, total.events.tp, total.stocks.tp) == (6, 2, 7, 2)
    assert total.fields["count"].n == dev.fields["count"].n + heldout.fields["count"].n == 5
    assert heldout.fields["renewal"].accuracy is None  # no sanctions in heldout: nothing scored


def test_missing_event_lowers_recall(extractor):
    report = evaluate(DEV, extractor({"minsk-release": drop_eased}))
    dev = report.splits["dev"]
    assert (dev.events.tp, dev.events.fp, dev.events.fn) == (5, 0, 1)
    assert dev.events.precision == 1.0
    assert dev.events.recall == pytest.approx(5 / 6)
    assert dev.events.f1 == pytest.approx(10 / 11)
    eased = dev.event_types["sanctions_eased"]
    assert (eased.tp, eased.fn, eased.recall, eased.f1) == (0, 1, 0.0, 0.0)
    assert dev.event_types["release"].f1 == 1.0
    assert (dev.exchanges.tp, dev.exchanges.fn, dev.exchanges.recall) == (1, 1, 0.5)
    [errors] = report.errors
    assert errors.document.endswith("minsk-release.txt")
    assert [e.id for e in errors.false_negatives] == ["e2"]
    assert errors.false_positives == [] and errors.mismatches == []


def set_count(value: int, qualifier: str):
    def edit(a: Analysis) -> Analysis:
        a.events[0].count, a.events[0].count_qualifier = value, qualifier
        return a

    return edit


@pytest.mark.parametrize(
    ("slug", "edit", "shown"),
    [
        ("minsk-release", set_count(50, "exact"), ("50 exact", "52 exact")),
        ("tehran-swap", set_count(2, "approx"), ("2 approx", "2 exact")),
    ],
)
def test_wrong_count_lowers_count_accuracy_only(extractor, slug, edit, shown):
    dev = (report := evaluate(DEV, extractor({slug: edit}))).splits["dev"]
    assert (dev.fields["count"].correct, dev.fields["count"].n) == (3, 4)
    assert dev.fields["count"].accuracy == 0.75
    assert dev.events.f1 == 1.0
    assert all(a.accuracy == 1.0 for f, a in dev.fields.items() if f != "count")
    [mismatch] = report.errors[0].mismatches
    assert (mismatch.field, mismatch.predicted, mismatch.gold) == ("count", *shown)


def test_extra_event_on_distractor_is_counted(extractor):
    def invent(a: Analysis) -> Analysis:
        a.events.append(Event(id="e1", type=EventType.RELEASE, actor="USA", date="2025-05"))
        return a

    report = evaluate(DEV, extractor({"film-premiere": invent}))
    dev = report.splits["dev"]
    assert (dev.distractors, dev.distractor_false_events) == (1, 1)
    assert (dev.events.tp, dev.events.fp) == (6, 1)
    assert dev.events.precision == pytest.approx(6 / 7)
    assert dev.figures()["distractor_false_events"] == 1.0
    assert [e.actor for e in report.errors[0].false_positives] == ["USA"]


def test_exchange_ids_are_mapped_through_the_matching(extractor):
    predicted = Analysis.model_validate_json((PRED / "tehran-swap.json").read_text())
    report = evaluate(DEV, extractor({"tehran-swap": lambda _gold: predicted}))
    dev = report.splits["dev"]
    # p1-p2 is gold e2-e1; p2-p3 links an event with no gold counterpart.
    assert (dev.exchanges.tp, dev.exchanges.fp, dev.exchanges.fn) == (2, 1, 0)
    assert dev.exchanges.precision == pytest.approx(2 / 3)
    assert dev.exchanges.f1 == pytest.approx(0.8)
    release = dev.event_types["release"]
    assert (release.tp, release.fp, release.fn) == (4, 1, 0)
    assert dev.fields["persons"].accuracy == 1.0  # "mark  dalton" = "Mark Dalton"
    assert [e.id for e in report.errors[0].false_positives] == ["p3"]


def test_matching_follows_dates_not_order_or_ids(extractor):
    def reorder(a: Analysis) -> Analysis:
        first, eased, background = a.events
        first.id, eased.id, background.id = "x3", "x2", "x1"
        a.events = [background, eased, first]
        a.exchanges[0].events = ["x2", "x3"]
        return a

    report = evaluate(DEV, extractor({"minsk-release": reorder}))
    dev = report.splits["dev"]
    assert (dev.events.f1, dev.exchanges.f1) == (1.0, 1.0)
    assert all(a.accuracy == 1.0 for a in dev.fields.values())


def test_stock_source_and_qualifier_are_field_accuracies(extractor):
    def restate(a: Analysis) -> Analysis:
        a.stocks[0].source, a.stocks[0].count_qualifier = "rights groups in Vilnius", "approx"
        return a

    def miscount(a: Analysis) -> Analysis:
        a.stocks[0].count = 1000
        return a

    dev = evaluate(DEV, extractor({"minsk-release": restate})).splits["dev"]
    assert dev.stocks.f1 == 1.0
    assert dev.stock_fields["source"].accuracy == 1.0  # gold "Rights groups" is contained
    assert dev.stock_fields["qualifier"].accuracy == 0.0
    dev = evaluate(DEV, extractor({"minsk-release": miscount})).splits["dev"]
    assert (dev.stocks.tp, dev.stocks.fp, dev.stocks.fn) == (0, 1, 1)


def test_report_json_round_trips(extractor):
    report = evaluate(CORPUS, extractor({"minsk-release": drop_eased}))
    assert EvalReport.model_validate_json(report.to_json()) == report
