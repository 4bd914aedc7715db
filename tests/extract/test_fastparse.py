"""The fast forms of spaCy's components (detente/extract/fastparse.py) give the stock pipeline's output."""

from __future__ import annotations

import copy

import numpy
import pytest
import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info, threadpool_limits

from detente.extract import fastparse
from detente.extract.pipeline import Extractor
from detente.extract.sentences import split
from detente.settings import get_settings


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True)])
def test_numpy_products_are_thincs(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.random((7, 5), dtype="float32")
    y = rng.random((5, 3), dtype="float32")
    x, y = (
        (numpy.ascontiguousarray(x.T) if trans1 else x),
        (numpy.ascontiguousarray(y.T) if trans2 else y),
    )
    ours, theirs = fastparse.NumpyProducts(), NumpyOps()
    expected = theirs.gemm(x, y, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(ours.gemm(x, y, trans1=trans1, trans2=trans2), expected, 1e-5)
    out = numpy.zeros_like(expected)
    assert ours.gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, 1e-5)


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
def test_numpy_maxout_keeps_thincs_best(pieces):
    rng = numpy.random.default_rng(1)
    x = rng.standard_normal((9, 5, pieces), dtype="float32")
    x[0, :, :] = 0.5  # ties
    x[1, 0, :] = [-1.0, 2.0, 2.0, 3.0][:pieces]
    best, which = fastparse.NumpyProducts().maxout(x)
    expected, _ = NumpyOps().maxout(x)
    assert best.dtype == expected.dtype and best.flags.c_contiguous
    assert best.tolist() == expected.tolist()
    assert which.size == 0
    assert fastparse.NumpyProducts().maxout(x[:0])[0].shape == (0, 5)


def test_parse_with_numpy_products_as_stock_spacy(spacy_extractor):
    """The extractor's parse (numpy's matrix products, attribute ruler as lookups, parser and
    entities decoded step by step) gives the stock pipeline's tags, parse, lemmas and entities on
    every sentence of a fixed quarter of the dev corpus (some 13,000 sentences)."""
    from .test_gate import ITEMS, quarter

    assert isinstance(spacy_extractor._ner, fastparse.GreedySteps)
    assert any(isinstance(stage, fastparse.GreedySteps) for stage in spacy_extractor._stages)
    assert all(
        isinstance(layer.ops, fastparse.NumpyProducts)
        for _, component in spacy_extractor.nlp.pipeline
        if getattr(component, "model", None) is not None
        for layer in component.model.walk()
    )
    texts = [s.text for item in quarter(ITEMS) for s in split(item.document.text)]
    stock = spacy.load(get_settings().model)
    ours = spacy_extractor.parse(texts, [True] * len(texts))
    for a, b in zip(ours, stock.pipe(texts), strict=True):
        assert [
            (t.tag_, t.dep_, t.head.i, t.lemma_, t.pos_, t.ent_iob_, t.ent_type_) for t in a
        ] == [(t.tag_, t.dep_, t.head.i, t.lemma_, t.pos_, t.ent_iob_, t.ent_type_) for t in b], (
            a.text
        )


def test_greedy_steps_only_for_greedy_transition_components(spacy_extractor):
    nlp = spacy_extractor.nlp
    assert fastparse.GreedySteps.of(nlp.get_pipe("tagger")) is None
    assert fastparse.GreedySteps.of(nlp.get_pipe("ner")) is not None
    assert fastparse.GreedySteps.of(nlp.get_pipe("parser")) is not None
    wide = copy.copy(nlp.get_pipe("ner"))
    wide.cfg = {**wide.cfg, "beam_width": 4}
    assert fastparse.GreedySteps.of(wide) is None


def test_greedy_steps_keep_order_and_empty_docs(spacy_extractor):
    """Docs come back in input order, whatever their length, with the stock pipeline's parse
    and entities; empty ones get none."""
    nlp = spacy_extractor.nlp
    texts = ["", "Ales Bialiatski was freed in Minsk.", "", "Belarus freed Maria Kolesnikova."]
    stock = list(spacy.load(get_settings().model).pipe(texts))
    docs = [nlp.make_doc(t) for t in texts]
    for stage in spacy_extractor._stages:
        docs = list(stage.pipe(docs, batch_size=2))
    out = list(fastparse.GreedySteps(nlp.get_pipe("ner")).pipe(iter(docs), batch_size=3))
    assert [d.text for d in out] == texts
    assert [[(e.text, e.label_) for e in d.ents] for d in out] == [
        [(e.text, e.label_) for e in d.ents] for d in stock
    ]
    assert [[(t.dep_, t.head.i) for t in d] for d in out] == [
        [(t.dep_, t.head.i) for t in d] for d in stock
    ]
    assert out[1].ents and not out[0].ents
    for name in ("parser", "ner"):
        empty = [nlp.make_doc("")] * 2
        assert list(fastparse.GreedySteps(nlp.get_pipe(name)).pipe(empty, batch_size=8)) == empty


def _blas_threads() -> set[int]:
    return {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}


def test_limit_blas_caps_the_blas_threads_and_zero_leaves_them():
    with threadpool_limits(limits=2, user_api="blas"):  # a known start, restored on leaving
        assert _blas_threads() == {2}
        fastparse.limit_blas(0)
        assert _blas_threads() == {2}
        fastparse.limit_blas(1)
        assert _blas_threads() == {1}


def test_the_extractor_runs_the_model_on_the_configured_blas_threads(monkeypatch):
    with threadpool_limits(limits=2, user_api="blas"):
        monkeypatch.setenv("DETENTE_BLAS_THREADS", "1")
        Extractor()
        assert _blas_threads() == {1}
        threadpool_limits(limits=2, user_api="blas")
        monkeypatch.setenv("DETENTE_BLAS_THREADS", "0")
        Extractor()
        assert _blas_threads() == {2}
