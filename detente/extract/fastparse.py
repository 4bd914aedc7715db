"""Faster spaCy inference with the same output: the parser and entity recogniser decoded step by
step from Python, matrix products by numpy's BLAS, the attribute ruler and rule lemmatizer as lookups.

:func:`stages` lists a loaded pipeline's components in their fast forms, :func:`numpy_products` swaps
the models' CPU operations, :func:`separable` finds a component that can run apart (named entities,
predicted only where the rules read them). ``tests/extract/test_fastparse.py`` checks that parses,
lemmas and entities equal the stock pipeline's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol, cast

import numpy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, TrainablePipe
from spacy.pipeline._parser_internals.stateclass import StateClass
from spacy.pipeline.transition_parser import Parser as TransitionParser
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps, Ops
from thinc.types import Floats2d, Floats3d, Ints2d
from threadpoolctl import threadpool_limits

from detente.extract.attributes import Lemmas, compile_ruler

log = logging.getLogger(__name__)
# What NumpyProducts.maxout gives for the winning pieces (see there).
NO_PIECES = numpy.zeros((0, 0), dtype="int32")


class NumpyProducts(NumpyOps):  # type: ignore[misc]  # a Cython class, untyped
    """thinc's CPU operations with matrix products computed by numpy's BLAS instead of blis.

    Matrix products are most of the statistical components' cost, and numpy's OpenBLAS computes
    the ones of spaCy's small English model about twice as fast per CPU-second as the blis build
    that thinc bundles here (the other operations stay thinc's). The products differ only in float
    rounding: the analyses of the test articles, the dev corpus and the benchmark's documents are
    the same (``tests/extract/test_pipeline.py``).

    Maxout units take the best of their pieces by a chain of numpy maxima, several times faster
    than thinc's loop, which also records which piece won; only training's backprop reads that,
    so an empty array stands for it here (the extractor never trains)."""

    def gemm(
        self,
        x: Floats2d,
        y: Floats2d,
        out: Floats2d | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Floats2d:
        """Matrix product ``x @ y`` (either transposed), into ``out`` if given."""
        return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)

    def maxout(self, X: Floats3d) -> tuple[Floats2d, Ints2d]:
        """The best of each unit's pieces (the same values as thinc's), with no winning piece."""
        cube = cast(numpy.ndarray, X)
        best = numpy.array(cube[..., 0])
        for piece in range(1, cube.shape[-1]):
            numpy.maximum(best, cube[..., piece], out=best)
        return cast(Floats2d, best), cast(Ints2d, NO_PIECES)


def numpy_products(nlp: Language) -> None:
    """Let every layer of the pipeline's models compute its matrix products with numpy."""
    ops = NumpyProducts()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for layer in model.walk():
                layer.ops = ops


def limit_blas(threads: int) -> None:
    """Let the BLAS library behind numpy's products use at most ``threads`` threads (0: its own
    default). The model's matrices are small: more threads only busy-wait on other work's cores."""
    if threads > 0:
        threadpool_limits(limits=threads, user_api="blas")


class Stage(Protocol):
    def pipe(self, docs: Iterable[Doc], batch_size: int) -> Iterable[Doc]: ...


def stages(nlp: Language, without: str | None) -> list[Stage]:
    """The pipeline's components in order (but ``without``), the attribute ruler and the rule
    lemmatizer as lookups (:mod:`detente.extract.attributes`) when they allow, the parser
    decoded by :class:`GreedySteps`."""
    out: list[Stage] = []
    for name, component in nlp.pipeline:
        if name == without:
            continue
        fast = (
            compile_ruler(component)
            if isinstance(component, AttributeRuler)
            else Lemmas.of(component) or GreedySteps.of(component)
        )
        out.append(fast or cast(Stage, component))
    return out


class GreedySteps:
    """A greedy transition-based component (spaCy's ``parser`` and ``ner``) decoded one step at a
    time from Python: the same decisions as its own decoder, about half of the parser's decoding
    CPU and a fifth of the entity recogniser's.

    spaCy's greedy decoder runs its C loop without the GIL, and spaCy 3.8.18's wheels for Python
    3.11 are built with Cython's profiling hooks: every state lookup in that loop (context tokens,
    the validity of each move) takes the GIL back and releases it again to ask whether a profiler
    is set, about half of the parser's decoding time (measured with ``perf``). Here each step is
    one call for the whole batch with the GIL held, where the hooks cost nearly nothing: the
    component's step model scores the states (as spaCy's beam search does) and its
    ``transition_states`` applies the best valid move (the greedy decoder's own C function).
    The scores' last matrix product is numpy's instead of blis's, so they may differ in float
    rounding: the parses and entities of the test articles, the dev corpus and the benchmark's
    documents are the same (``tests/extract/test_pipeline.py``). A batch is decoded whole rather
    than in quarters sorted by length: fewer steps, each over more states."""

    def __init__(self, component: TransitionParser) -> None:
        self.component = component

    @classmethod
    def of(cls, component: object) -> GreedySteps | None:
        """The stepwise form of a greedy transition-based component, else None."""
        if isinstance(component, TransitionParser) and component.cfg.get("beam_width") == 1:
            return cls(component)
        return None

    def pipe(self, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
        """Predict and set the component's annotations on each doc, in order."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            self.component.set_annotations(batch, self.decode(batch))
            yield from batch

    def decode(self, docs: list[Doc]) -> list[StateClass]:
        """The final states of greedy decoding, one per doc (empty docs: their initial state)."""
        component = self.component
        component._ensure_labels_are_added(docs)
        states: list[StateClass] = component.moves.init_batch(docs)
        todo = [state for state in states if not state.is_final()]
        if todo:
            model = component.model.predict(docs)
            while todo:
                todo = component.transition_states(todo, model.predict(todo))
            model.clear_memory()
        return states


def separable(nlp: Language, name: str) -> TrainablePipe | None:
    """The component ``name`` when it can run on its own after the others (it is last and has its
    own embedding rather than listening to a shared one), else None."""
    if not nlp.pipe_names or nlp.pipe_names[-1] != name:
        return None
    component = nlp.get_pipe(name)
    if not isinstance(component, TrainablePipe):
        return None
    if any(node.name.endswith("listener") for node in component.model.walk()):
        log.info("%s shares its embedding: named entities are predicted for every sentence", name)
        return None
    return component
