"""Shared helpers of the sources tests (a uniquely named module: conftest is not importable)."""

from __future__ import annotations

from pathlib import Path

from sayso.records import Article
from sayso.sources import SourceError, read_inputs

BODY = (
    "The river ferry between the two towns resumed service on Tuesday, the operator said.\n\n"
    "It had been suspended for a week after a storm damaged the landing stage, and local "
    "officials said that repairs were finished ahead of schedule."
)


def read_all(*paths: str | Path, **kwargs) -> list[Article | SourceError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def read_one(path: str | Path, **kwargs) -> Article:
    (item,) = read_all(path, **kwargs)
    assert isinstance(item, Article), item
    return item


def read_error(path: str | Path, **kwargs) -> SourceError:
    (item,) = read_all(path, **kwargs)
    assert isinstance(item, SourceError), item
    return item
