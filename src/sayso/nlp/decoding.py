"""Greedy decoding for the model's parser and entity recognizer, with the GIL held.

spaCy's ``greedy_parse`` releases the GIL around its C loop, but the state methods that loop
calls for every candidate action (``StateC.B_`` and ``safe_get``, compiled by Cython 3 with C++
exception handling) take it back on each call: about 150 times per token for the entity
recognizer, which made lock traffic 40% of its time. With the GIL held by the caller, taking it
again costs nothing. This decoder drives the same model and transition system through spaCy's
public step API, the one its training uses: the model's token features and precomputed hidden
layer (``ParserStepModel``), one matrix product per step for every live state's scores, and
``Parser.transition_states``, which checks each action's validity and applies the best, exactly
as ``greedy_parse`` does. Scores may differ from spaCy's own in a float's last bits where the
two loops use different BLAS libraries; the annotations have not (a test compares them with
spaCy's, and the claims of the bench corpus, the dev set and tests/gold are unchanged).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from spacy.util import minibatch

from sayso.nlp.biluo import BiluoSteps, token_cases


class HeldGreedyDecoder:
    """Runs the transition-based component ``pipe`` (the parser or the NER) in its place."""

    def __init__(self, pipe: Parser) -> None:
        if pipe.cfg.get("beam_width", 1) != 1:
            raise ValueError("sayso's greedy decoder only stands in for a greedy component")
        self.component = pipe
        #: the entity recognizer's batched transitions (``sayso.nlp.biluo``); None for others
        self.biluo = (
            BiluoSteps(pipe.moves, pipe.vocab.strings)
            if isinstance(pipe.moves, BiluoPushDown) else None
        )

    def __call__(self, doc: Doc) -> Doc:
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.component.set_annotations(batch, self.predict(batch))
            yield from batch

    def predict(self, docs: list[Doc]) -> list:
        """The final state of every Doc, decoded greedily a step at a time over the batch."""
        parser = self.component
        batch = parser.moves.init_batch(docs)
        if not any(len(doc) for doc in docs):
            return batch
        parser._ensure_labels_are_added(docs)  # as greedy_parse: entities set before it
        step = parser.model.predict(docs)
        upper = parser.model.layers[-1]
        weights, bias = upper.get_param("W").T, upper.get_param("b")
        unseen = sorted(parser.model.attrs["unseen_classes"])
        token_ids, hidden, transition = (
            step.get_token_ids,
            step.state2vec.predict,
            parser.transition_states,
        )
        cases = [token_cases(doc) for doc in docs] if self.biluo is not None else [None]
        if all(c is not None for c in cases):  # no preset entities: BiluoSteps decides
            by_state = {id(state): c for state, c in zip(batch, cases, strict=True)}
            opened = dict.fromkeys(by_state, 0)
            biluo = self.biluo

            def transition(states: list, scores: numpy.ndarray) -> list:
                return biluo.transition(states, scores, by_state, opened)

        states = [state for state in batch if not state.is_final()]
        while states:
            scores = numpy.dot(hidden(token_ids(states)), weights)
            scores += bias
            if unseen:
                scores[:, unseen] = numpy.nanmin(scores)
            states = transition(states, scores)
        step.clear_memory()
        return batch


@Language.factory("sayso_greedy", default_config={"component": "parser"})
def make_held_greedy_decoder(nlp: Language, name: str, component: str) -> HeldGreedyDecoder:
    """Takes over from the pipeline's transition-based component named ``component``."""
    return HeldGreedyDecoder(nlp.get_pipe(component))
