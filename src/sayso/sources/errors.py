"""The one error type of ``sayso.sources``.

Readers raise it inside; ``read_inputs`` yields it instead of raising, so one bad file in a
thousand is reported and the run goes on.
"""

from __future__ import annotations


class SourceError(Exception):
    """A problem with one input: ``str(e)`` is one line, ``"<input>: <reason>"``."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{_one_line(name)}: {self.reason}")


def _one_line(name: str) -> str:
    return name.replace("\r", " ").replace("\n", " ")
