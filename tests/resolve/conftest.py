"""Hand-made claims for the resolve tests: only what grouping and verdicts read is set."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from sayso.records import EVENT_TYPE_OF_MEASURE, Claim, Span

_offsets = itertools.count()


def make_claim(
    article: str,
    measure: str,
    from_code: str | None,
    to_code: str | None,
    value: int | None,
    claimant: str = "SELF",
    *,
    when: date | None = date(2025, 6, 14),
    event_type: str | None = None,
    precision: str | None = None,
    **fields: object,
) -> Claim:
    """A claim as the extractor would hand it over: event type and date set, no event id."""
    start = next(_offsets) * 10
    undisclosed = bool(fields.pop("undisclosed", False))
    return Claim(
        article_id=article,
        measure=measure,
        from_code=from_code,
        to_code=to_code,
        value=None if undisclosed else value,
        undisclosed=undisclosed,
        span=Span(start, start + 5),
        quote=f"{measure} {value}",
        claimant=claimant,
        event_type=event_type or EVENT_TYPE_OF_MEASURE[measure],
        event_date=when,
        date_precision=precision if precision else ("day" if when else None),
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def claim():
    return make_claim


def _store_fixtures():
    """tests/store/conftest.py's backends (SQLite, throwaway PostgreSQL), reused as they are."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "store" / "conftest.py"
    spec = importlib.util.spec_from_file_location("sayso_store_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_backends = _store_fixtures()
store_url = _backends.store_url  # its PostgreSQL server fixture is in tests/conftest.py
