"""Installing sayso's inference paths on the layers of a loaded pipeline's models."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from thinc.api import Model


def install(nlp: Language, wanted: Callable[[Model], bool], forward_for: Callable) -> int:
    """Give every node of the pipeline's models that is ``wanted`` the forward pass that
    ``forward_for`` makes of thinc's own, once per node; how many nodes got it now."""
    done = 0
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if wanted(node) and getattr(node._func, "made_by", None) is not forward_for:
                node._func = forward_for(node._func)
                node._func.made_by = forward_for
                done += 1
    return done
