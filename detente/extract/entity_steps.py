"""spaCy's entity recogniser decoded over arrays: its own scores, its own moves, no C state loop.

:class:`fastparse.GreedySteps` scores each step of a batch in one call and lets spaCy's
``transition_states`` apply the best valid move. For the entity recogniser that C function was a
third of the recogniser's CPU: it asks each of the 74 moves whether it is valid in each state, and
with the profiling hooks of spaCy's wheels (see ``GreedySteps``) every such question costs a
round-trip to the interpreter. The BILUO system is small enough to run here instead: each state
is a position and an open entity, the moves' validity is a few array tests per step for the whole
batch (spaCy's ``Begin/In/Last/Unit/Out.is_valid`` for documents with no preset entities), and the
best valid move is taken as spaCy takes it (the first of the highest scores). The states and
scores are spaCy's step model's, in the same order, so the entities are the same
(``tests/extract/test_entity_steps.py``, ``tests/extract/test_fastparse.py``). Documents with
preset entities, or a model whose step features are not spaCy's three entity features, go through
``GreedySteps``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import numpy
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.pipeline.transition_parser import Parser as TransitionParser
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps

from detente.extract.fastparse import GreedySteps

# The kinds of BILUO moves, by the first letter of their names ("B-PERSON", "U-GPE", "O").
BEGIN, IN, LAST, UNIT, OUT, OTHER = range(6)
KINDS = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
# The step model's features of an entity state: the next word, the open entity's first word and
# the word before the next (spaCy's StateC.set_context_tokens with three features).
FEATURES = 3
# An entity found: document, first word, word after the last, label.
Found = tuple[int, int, int, str]


@dataclass
class Batch:
    """Where each document of a batch stands: next word, open entity (start -1: none)."""

    lengths: numpy.ndarray
    offsets: numpy.ndarray  # of each document's first word in the batch's features
    sentence_next: numpy.ndarray  # per word of the batch: the next word starts a sentence
    space: numpy.ndarray  # per word of the batch: a whitespace token
    position: numpy.ndarray
    start: numpy.ndarray
    label: numpy.ndarray

    @classmethod
    def of(cls, docs: list[Doc]) -> Batch:
        lengths = numpy.array([len(d) for d in docs], dtype=numpy.int64)
        offsets = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1])).astype(numpy.int64)
        marks = [d.to_array(["SENT_START", "IS_SPACE"]).astype(numpy.int64) for d in docs if len(d)]
        words = numpy.concatenate(marks) if marks else numpy.zeros((0, 2), dtype=numpy.int64)
        starts = words[:, 0] == 1
        sentence_next = numpy.zeros(len(words), dtype=bool)
        sentence_next[:-1] = starts[1:]
        sentence_next[numpy.maximum(offsets + lengths - 1, 0)[lengths > 0]] = False
        n = len(docs)
        return cls(
            lengths, offsets, sentence_next, words[:, 1] != 0,
            numpy.zeros(n, dtype=numpy.int64), numpy.full(n, -1, dtype=numpy.int64),
            numpy.zeros(n, dtype=numpy.int64),
        )  # fmt: skip


class EntitySteps(GreedySteps):
    """Greedy BILUO decoding of spaCy's entity recogniser over arrays (see the module)."""

    def __init__(self, component: TransitionParser) -> None:
        super().__init__(component)
        moves = component.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.kinds = numpy.array([KINDS.get(n.split("-", 1)[0], OTHER) for n in names])
        labels = [n.split("-", 1)[1] if "-" in n else "" for n in names]
        self.names = [""] + sorted({label for label in labels if label})
        self.labels = numpy.array([self.names.index(label) for label in labels])

    @classmethod
    def of(cls, component: object) -> EntitySteps | None:
        """The array form of a greedy entity recogniser, else None."""
        greedy = GreedySteps.of(component)
        if greedy is None or not isinstance(greedy.component.moves, BiluoPushDown):
            return None
        return cls(greedy.component)

    def pipe(self, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
        """Predict and set the entities of each doc, in order."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            preset = any(d.has_annotation("ENT_IOB") for d in batch)
            found = None if preset else self.entities(batch)
            if found is None:
                self.component.set_annotations(batch, self.decode(batch))
            else:
                self._annotate(batch, found)
            yield from batch

    def entities(self, docs: list[Doc]) -> list[Found] | None:
        """The entities greedy decoding finds in docs with no preset entities (None: the step
        model's features are not the three this decoder gives)."""
        component = self.component
        component._ensure_labels_are_added(docs)
        at = Batch.of(docs)
        active = numpy.flatnonzero(at.lengths > 0)
        if not active.size:
            return []
        model = component.model.predict(docs)
        found: list[Found] = []
        try:
            if model.state2vec.nF != FEATURES:
                return None
            while active.size:
                active = self._step(model, at, active, found)
        finally:
            model.clear_memory()
        return found

    def _step(self, model: Any, at: Batch, active: numpy.ndarray, found: list[Found]) -> Any:
        """One move for each active document; the documents still active after it."""
        here = at.position[active]
        word = at.offsets[active] + here
        opened = at.start[active] >= 0
        ids = numpy.full((len(active), FEATURES), -1, dtype=numpy.int32)
        ids[:, 0] = word
        ids[opened, 1] = at.offsets[active][opened] + at.start[active][opened]
        ids[opened, 2] = word[opened] - 1
        valid = self._valid(at, active, here, word, opened)
        scores = numpy.where(valid, _scores(model, ids), -numpy.inf)
        guess = scores.argmax(axis=1)
        kind = numpy.where(valid.any(axis=1), self.kinds[guess], OTHER)
        label = self.labels[guess]
        for doc, start, end, name in zip(
            numpy.concatenate((active[kind == UNIT], active[kind == LAST])),
            numpy.concatenate((here[kind == UNIT], at.start[active][kind == LAST])),
            numpy.concatenate((here[kind == UNIT], here[kind == LAST])) + 1,
            numpy.concatenate((label[kind == UNIT], at.label[active][kind == LAST])),
            strict=True,
        ):
            found.append((int(doc), int(start), int(end), self.names[name]))
        at.start[active[kind == LAST]] = -1
        at.start[active[kind == BEGIN]] = here[kind == BEGIN]
        at.label[active[kind == BEGIN]] = label[kind == BEGIN]
        at.position[active] += 1
        at.position[active[kind == OTHER]] = at.lengths[active[kind == OTHER]]  # no valid move
        return active[at.position[active] < at.lengths[active]]

    def _valid(
        self,
        at: Batch,
        active: numpy.ndarray,
        here: numpy.ndarray,
        word: numpy.ndarray,
        opened: numpy.ndarray,
    ) -> numpy.ndarray:
        """Which moves are valid in each active state (spaCy's ``is_valid`` of each move, with
        no preset entity): begin on a word not last, not space, within its sentence; in and last
        continue the open entity's label (in not onto the last word or a new sentence); unit on
        a word not space; out only with no entity open; a move with no label only out."""
        kinds, labelled = self.kinds[None, :], (self.labels != 0)[None, :]
        room = (at.lengths[active] - here >= 2) & ~at.sentence_next[word]
        free = ~opened & ~at.space[word]
        same = (at.label[active][:, None] == self.labels[None, :]) & opened[:, None]
        return (  # type: ignore[no-any-return]
            ((kinds == BEGIN) & (free & room)[:, None] & labelled)
            | ((kinds == IN) & room[:, None] & same & labelled)
            | ((kinds == LAST) & same & labelled)
            | ((kinds == UNIT) & free[:, None] & labelled)
            | ((kinds == OUT) & ~opened[:, None])
        )

    @staticmethod
    def _annotate(docs: list[Doc], found: list[Found]) -> None:
        """spaCy's ``BiluoPushDown.set_annotations``: the entities, every other word outside."""
        by_doc: list[list[Span]] = [[] for _ in docs]
        for i, start, end, name in found:
            by_doc[i].append(Span(docs[i], start, end, label=name))
        for doc, ents in zip(docs, by_doc, strict=True):
            doc.set_ents(ents, default="outside")


def _scores(model: Any, ids: numpy.ndarray) -> numpy.ndarray:
    """The step model's scores of the states with these features (spaCy's ``step_forward``)."""
    vector = model.state2vec.predict(ids)
    if model.attrs["has_upper"]:
        scores = model.vec2scores.predict(vector)
    else:
        scores = NumpyOps().asarray(vector)
    scores[:, model._class_mask == 0] = numpy.nanmin(scores)
    return scores  # type: ignore[no-any-return]
