"""The report's text form and the figure names the baseline may use."""

from __future__ import annotations

from pathlib import Path

from detente.evaluation import evaluate, figure_names
from detente.model import Analysis, EventType

from .conftest import CORPUS, DEV


def drop_eased(a: Analysis) -> Analysis:
    a.events = [e for e in a.events if e.type != EventType.SANCTIONS_EASED]
    a.exchanges = []
    return a


def test_text_table_is_aligned(extractor):
    text = evaluate(DEV, extractor({"minsk-release": drop_eased})).to_text()
    lines = text.splitlines()
    assert lines[0] == f"corpus: {DEV}"
    assert "== dev: 4 documents, 1 distractors ==" in lines
    row = next(line for line in lines if line.startswith("events (micro)"))
    assert row.split()[2:] == ["5", "0", "1", "1.000", "0.833", "0.909"]
    date = next(line for line in lines if line.startswith("  date"))
    assert date.split() == ["date", "1.000", "5"]
    assert "false events on distractors: 0" in lines
    header = next(line for line in lines if "precision" in line)
    assert all(len(line) == len(header) for line in lines if line.startswith("  release"))
    assert "== errors ==" not in text


def test_verbose_lists_document_errors(extractor):
    text = evaluate(DEV, extractor({"minsk-release": drop_eased})).to_text(verbose=True)
    errors = text.split("== errors ==\n", 1)[1]
    assert errors.splitlines()[0].endswith("minsk-release.txt")
    assert errors.splitlines()[1] == (
        "  FN e2 sanctions_eased USA->BLR date=2025-09-11 entities=Belavia sectors=aviation"
    )


def _links_and_stocks_wrong(a: Analysis) -> Analysis:
    a.exchanges = [a.exchanges[0].model_copy(update={"events": ["e1", "e3"]})]
    a.stocks = [a.stocks[0].model_copy(update={"count": 1200})]
    return a


def _swap_half_missed(a: Analysis) -> Analysis:
    a.events = a.events[:1]
    a.exchanges = []
    return a


def test_verbose_lists_link_and_stock_errors(extractor):
    edits = {"minsk-release": _links_and_stocks_wrong, "tehran-swap": _swap_half_missed}
    text = evaluate(DEV, extractor(edits)).to_text(verbose=True)
    errors = text.split("== errors ==\n", 1)[1].splitlines()
    minsk = errors[errors.index(next(e for e in errors if e.endswith("minsk-release.txt"))) :]
    assert "  FN link gold e1 + e2 (both events found)" in minsk
    assert "  FP link e1 (gold e1) + e3 (gold e3)" in minsk
    assert any(e.startswith("  FN stock BLR count=1100 ") for e in minsk)
    assert any(e.startswith("  FP stock BLR count=1200 ") for e in minsk)
    assert "  FN link gold e1 + e2 (event e2 missed)" in errors


def test_unmeasured_accuracy_is_a_dash(extractor):
    lines = evaluate(CORPUS, extractor()).to_text().splitlines()
    heldout = lines[lines.index("== heldout: 2 documents, 1 distractors ==") :]
    assert next(line for line in heldout if line.startswith("  renewal")).split() == [
        "renewal",
        "-",
        "0",
    ]


def test_every_reported_figure_has_a_known_name(extractor):
    report = evaluate(CORPUS, extractor())
    names = set(figure_names())
    assert all(set(s.figures()) <= names for s in report.splits.values())
    assert "event_f1" in names and "count_accuracy" in names
    assert len(names) == len(figure_names())


def test_every_figure_name_is_documented():
    docs = (Path(__file__).parent.parent.parent / "docs" / "evaluation.md").read_text()
    types = tuple(t.value for t in EventType)
    for name in figure_names():
        if name.startswith(types):
            metric = name.rsplit("_", 1)[1]
            assert f"`<type>_{metric}`" in docs and f"`{name.rsplit('_', 1)[0]}`" in docs, name
        else:
            assert f"`{name}`" in docs, name


def test_public_names():
    import detente.evaluation as evaluation

    assert evaluation.__all__ == sorted(evaluation.__all__)
    assert all(getattr(evaluation, name) is not None for name in evaluation.__all__)
