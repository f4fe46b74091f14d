"""The entity recognizer's transitions, chosen for a whole batch of states at once.

spaCy's ``Parser.transition_states`` checks, for every state and step, each of the entity
recognizer's 74 actions in turn (``BiluoPushDown.set_valid``), each check reading the state's
next tokens again: 6-7 µs a token, a third of the recognizer's decoding. With no entity set on
the Doc beforehand (sayso's pipeline sets none: the recognizer runs on fresh Docs), whether an
action is valid depends only on five things: the label of the entity open (if one is), whether
a token follows the first of the buffer, whether that next token starts a sentence, and whether
the first is white space. So the valid actions of every such case are worked out once, as rows
of a table; a step picks each state's row, masks the scores with it, takes the best (the first
best, as spaCy does) and applies it through the state's own methods. The rules are those of
spaCy's ``ner.pyx`` (``Begin``, ``In``, ``Last``, ``Unit``, ``Out``, ``Missing``.is_valid) for
tokens with no preset entity; Docs with any preset entity go to spaCy's own loop.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc

#: the bits of a buffer position's case: a token follows it; that token starts a sentence; the
#: token itself is white space
_HAS_NEXT, _NEXT_STARTS, _SPACE = 4, 2, 1


class BiluoSteps:
    """Steps of a ``BiluoPushDown`` transition system over states made by its ``init_batch``."""

    def __init__(self, moves, strings) -> None:
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        kinds = [name.split("-", 1)[0] for name in names]
        labels = [name.split("-", 1)[1] if "-" in name else "" for name in names]
        self.kinds = kinds
        #: each action's label as the state stores it (a string's hash), 0 for none
        self.label_ids = [strings.add(label) if label else 0 for label in labels]
        entity_labels = sorted({label for label in labels if label})
        #: the index of an open entity's label in the table (0: no entity open)
        self.open_of = {strings.add(label): k + 1 for k, label in enumerate(entity_labels)}
        self.masks = numpy.zeros((8 * (len(entity_labels) + 1), len(names)), dtype=bool)
        for open_k in range(len(entity_labels) + 1):
            open_label = entity_labels[open_k - 1] if open_k else None
            for case in range(8):
                row = self.masks[open_k * 8 + case]
                for i, (kind, label) in enumerate(zip(kinds, labels, strict=True)):
                    row[i] = _valid(kind, label, open_label, case)

    def transition(self, states: list, scores: numpy.ndarray, cases: dict, opened: dict) -> list:
        """Apply each state's best valid action; the states not yet final. ``cases``: each
        state's per-token cases (by ``id``); ``opened``: the table index of its open label."""
        rows = [opened[id(s)] * 8 + cases[id(s)][s.B(0)] for s in states]
        valid = self.masks[rows]
        if not valid.any(axis=1).all():
            raise ValueError("no valid entity transition for a state")
        best = numpy.where(valid, scores, -numpy.inf).argmax(axis=1).tolist()
        kinds, label_ids = self.kinds, self.label_ids
        for state, action in zip(states, best, strict=True):
            kind = kinds[action]
            if kind == "B":
                state.open_ent(label_ids[action])
                opened[id(state)] = self.open_of[label_ids[action]]
            elif kind == "L":
                state.close_ent()
                opened[id(state)] = 0
            elif kind == "U":
                state.open_ent(label_ids[action])
                state.close_ent()
            state.push()
            state.pop()
        return [state for state in states if not state.is_final()]


def _valid(kind: str, label: str, open_label: str | None, case: int) -> bool:
    """spaCy's BILUO validity for a token with no preset entity (``ent_iob`` 0, as is the
    token after it)."""
    has_next, next_starts, space = case & _HAS_NEXT, case & _NEXT_STARTS, case & _SPACE
    if kind == "B":
        return open_label is None and bool(has_next) and bool(label) and not next_starts \
            and not space
    if kind == "I":
        return open_label is not None and bool(has_next) and bool(label) \
            and label == open_label and not next_starts
    if kind == "L":
        return bool(label) and open_label is not None and label == open_label
    if kind == "U":
        return bool(label) and open_label is None and not space
    if kind == "O":
        return open_label is None
    return False  # "Missing" and anything unknown


def token_cases(doc: Doc) -> list[int] | None:
    """Each token's case (the bits above), or None where the Doc has a preset entity (then
    spaCy's own transitions run)."""
    table = doc.to_array([ENT_IOB, SENT_START, IS_SPACE]).astype("int64")
    if len(doc) and table[:, 0].any():
        return None
    n = len(doc)
    cases = []
    for i, (_, _, space) in enumerate(table.tolist()):
        case = _SPACE if space else 0
        if i + 1 < n:
            case |= _HAS_NEXT
            if table[i + 1, 1] == 1:
                case |= _NEXT_STARTS
        cases.append(case)
    return cases
