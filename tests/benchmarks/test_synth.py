"""The synthetic corpus generator: deterministic, lazy, the right share, length and vocabulary."""

import re
from collections.abc import Iterator
from itertools import islice

import pytest

from benchmarks import synth
from detente.model import Document

N = 400
ON_TOPIC_WORDS = re.compile(
    r"\b(releas\w*|freed|free|pardon\w*|sanction\w*|swap|exchange|prisoners?|detainees?)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return list(synth.generate(N, on_topic_share=0.05, seed=7))


def test_deterministic(corpus: list[Document]) -> None:
    again = list(synth.generate(N, on_topic_share=0.05, seed=7))
    assert [d.model_dump() for d in again] == [d.model_dump() for d in corpus]
    other_seed = list(synth.generate(20, on_topic_share=0.05, seed=8))
    assert [d.text for d in other_seed] != [d.text for d in corpus[:20]]


def test_is_lazy_and_slices_match() -> None:
    docs = synth.generate(10**9)
    assert isinstance(docs, Iterator)
    first = list(islice(docs, 30))
    assert [d.text for d in synth.generate_range(10, 30, seed=synth.DEFAULT_SEED)] == [
        d.text for d in first[10:30]
    ]


@pytest.mark.parametrize(("share", "n", "expected"), [(0.05, 1000, 50), (0.2, 55, 11), (0, 30, 0)])
def test_on_topic_share(share: float, n: int, expected: int) -> None:
    labels = [synth.is_on_topic_index(i, share) for i in range(n)]
    assert sum(labels) == expected
    on = list(synth.on_topic(n, share))
    assert len(on) == expected
    assert all(synth.is_on_topic(d) for d in on)


def test_share_of_generated_corpus(corpus: list[Document]) -> None:
    assert sum(synth.is_on_topic(d) for d in corpus) == N // 20


def test_bad_share_rejected() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        next(synth.generate(10, on_topic_share=1.5))


def test_word_counts_in_range(corpus: list[Document]) -> None:
    counts = [len(d.text.split()) for d in corpus]
    assert min(counts) >= synth.MIN_WORDS
    assert max(counts) <= synth.MAX_WORDS
    on = [c for c, d in zip(counts, corpus, strict=True) if synth.is_on_topic(d)]
    off = [c for c, d in zip(counts, corpus, strict=True) if not synth.is_on_topic(d)]
    # "of similar length": mean lengths within 25% of each other
    assert abs(sum(on) / len(on) - sum(off) / len(off)) < 0.25 * sum(off) / len(off)


def test_documents_are_valid(corpus: list[Document]) -> None:
    for doc in corpus:
        assert doc.id == Document.content_id(doc.text)
        assert doc.title is not None and doc.text.startswith(doc.title + "\n")
        assert doc.published is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published)
        assert "{" not in doc.text and "}" not in doc.text
    assert len({d.id for d in corpus}) == len(corpus)


def test_on_topic_vocabulary() -> None:
    for doc in synth.on_topic(2000, 0.05):
        words = {m.lower() for m in ON_TOPIC_WORDS.findall(doc.text)}
        assert len(words) >= 2, doc.text


def test_off_topic_vocabulary(corpus: list[Document]) -> None:
    off = [d for d in corpus if not synth.is_on_topic(d)]
    assert len(off) == N - N // 20
    for doc in off:
        lowered = doc.text.lower()
        assert "prisoner" not in lowered, doc.text
        assert "sanction" not in lowered, doc.text


def test_off_topics_are_varied(corpus: list[Document]) -> None:
    titles = {d.title for d in corpus if not synth.is_on_topic(d)}
    assert len(titles) > 100


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (15, "fifteen"),
        (40, "forty"),
        (123, "one hundred and twenty-three"),
        (1100, "one thousand one hundred"),
        (2005, "two thousand and five"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert synth.number_words(n) == words


def test_write(tmp_path) -> None:
    assert synth.main(["--docs", "25", "--on-topic-share", "0.2", "--write", str(tmp_path)]) == 0
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) == 25
    assert sum(f.name.startswith("on-") for f in files) == 5
    first = next(synth.generate(1, 0.2))
    assert files[0].read_text(encoding="utf-8") == first.text + "\n"
